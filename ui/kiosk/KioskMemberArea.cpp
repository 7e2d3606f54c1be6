#include "KioskMemberArea.h"

#include "Accessibility.h"
#include "AdminExitOverlay.h"
#include "BookingEnd.h"
#include "BookingModels.h"
#include "CheckoutPage.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "CourtsPage.h"
#include "domain/MemberValidation.h"
#include "domain/Restrictions.h"
#include "FacilityBrowser.h"
#include "KioskOverlay.h"
#include "KioskParts.h"

using namespace KioskParts;
#include "MemberBookings.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "OrderPanel.h"
#include "ReceiptView.h"
#include "RowDelegate.h"
#include "services/BookingFlow.h"
#include "services/Services.h"
#include "SessionBrowser.h"
#include "SessionControls.h"
#include "SessionListModel.h"
#include "util/Clock.h"
#include "util/Text.h"
#include "Widgets.h"
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

// ---------------------------------------------------------------------------------------------------------------
KioskMemberArea::KioskMemberArea(Services *services, const Member &member, QWidget *parent)
    : QWidget(parent), m_services(services), m_member(member)
{
    setObjectName(QStringLiteral("kioskMemberArea"));
    m_browser = new SessionBrowser(services, this);
    m_browser->setMember(member, true);
    m_bookings = new MemberBookings(services, this);
    m_flow = new BookingFlow(services, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildBar(layout);
    buildPages(layout);
    wireFlow();
    m_profile->showMember(member);
    m_sessions->start();
    showPage(Page::Sessions);
    // While the member browses, QtWebEngine gets ready so that "Book" does not wait for it; the spare goes with the
    // member (log-out or walk-away destroys this area).
    m_checkout->keepWarm(true);
}

// The greeting, the sections and Log out.
void KioskMemberArea::buildBar(QVBoxLayout *layout)
{
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("kioskMemberBar"));
    bar->setProperty("role", QStringLiteral("kioskBar"));
    auto *b = new QHBoxLayout(bar);
    b->setContentsMargins(24, 10, 24, 10);
    b->setSpacing(12);
    m_greeting = label(tr("Hello, %1").arg(m_member.person.givenName), "title", bar, "kioskGreeting");
    m_greeting->setWordWrap(false);
    b->addWidget(m_greeting, 1);
    auto *tabs = new QWidget(bar);
    Accessibility::markNavigation(tabs, tr("Sections"));
    auto *tabsLayout = new QHBoxLayout(tabs);
    tabsLayout->setContentsMargins(0, 0, 0, 0);
    tabsLayout->setSpacing(12);
    b->addWidget(tabs);
    auto nav = [&](const char *name, const QString &text, Page page) {
        auto *button = new QPushButton(text, tabs);
        button->setObjectName(QLatin1String(name));
        button->setCheckable(true);
        button->setProperty("role", QStringLiteral("kioskNav"));
        Accessibility::markNavigationTab(button);
        connect(button, &QPushButton::clicked, this, [this, page]() { showPage(page); });
        tabsLayout->addWidget(button);
        m_nav << button;
        return button;
    };
    nav("navSessions", tr("Book"), Page::Sessions);
    nav("navCourts", tr("Courts"), Page::Courts);
    nav("navBookings", tr("My bookings"), Page::Bookings);
    nav("navProfile", tr("My details"), Page::Profile);
    auto *logOut = new QPushButton(tr("Log out"), bar);
    logOut->setObjectName(QStringLiteral("kioskLogOut"));
    logOut->setProperty("role", QStringLiteral("danger"));
    b->addSpacing(12);
    b->addWidget(logOut);
    layout->addWidget(bar);
    connect(logOut, &QPushButton::clicked, this, &KioskMemberArea::logOutRequested);
}

// The scan notice, then the pages: sessions, checkout, bookings, details, courts.
void KioskMemberArea::buildPages(QVBoxLayout *layout)
{
    // A card scanned while someone is logged in: said here, and nothing of it lands in a field.
    m_scanNotice = new Notice(this);
    m_scanNotice->setObjectName(QStringLiteral("kioskScanNotice"));
    layout->addWidget(m_scanNotice);
    m_scanNoticeTimer.setSingleShot(true);
    m_scanNoticeTimer.setInterval(10000);
    connect(&m_scanNoticeTimer, &QTimer::timeout, m_scanNotice, &Notice::clear);

    m_pages = new QStackedWidget(this);
    m_confirm = new ConfirmOverlay(this);
    m_sessions = new KioskSessionsPage(m_services, m_browser, m_pages);
    m_checkout = new CheckoutPage(m_flow, m_pages);
    m_bookingsPage = new KioskBookingsPage(m_services, m_bookings, m_confirm, m_pages);
    m_profile = new KioskProfilePage(m_services, m_pages);
    m_courts = new CourtsPage(m_services, true, m_pages);
    m_courts->setMember(m_member);
    m_pages->addWidget(touchScrollArea(m_pages, m_sessions));
    m_pages->addWidget(m_checkout);
    m_pages->addWidget(touchScrollArea(m_pages, m_bookingsPage));
    m_pages->addWidget(m_profile); // scrolls by itself
    m_pages->addWidget(m_courts);  // its grid scrolls by itself
    layout->addWidget(m_pages, 1);
}

// Book starts the checkout; its end says where to go; saved details are the member's from then on.
void KioskMemberArea::wireFlow()
{
    connect(m_sessions, &KioskSessionsPage::bookRequested, this, [this]() {
        const BookingFlow::Choice choice = m_browser->choice();
        if (!choice.memberId)
            return;
        showPage(Page::Checkout);
        m_flow->start(choice);
    });
    connect(m_courts, &CourtsPage::bookRequested, this, [this](const BookingFlow::Choice &choice) {
        showPage(Page::Checkout);
        m_flow->start(choice);
    });
    connect(m_flow, &BookingFlow::ended, this, &KioskMemberArea::bookingEnded);
    connect(m_profile, &KioskProfilePage::saved, this, [this](const Member &m) {
        m_member = m;
        m_browser->setMember(m, true);
        m_courts->setMember(m);
        m_greeting->setText(tr("Hello, %1").arg(m.person.givenName));
    });
}

void KioskMemberArea::bookingEnded(BookingFlow::Ending how, const BookingFlow::Choice &choice)
{
    switch (BookingEnd::follow(how, choice, m_browser, m_courts->browser(), page() == Page::Checkout)) {
    case BookingEnd::Next::Bookings:
        m_bookingsPage->showFor(m_member, choice.opportunityIdentifier);
        showPage(Page::Bookings);
        break;
    case BookingEnd::Next::Courts:
        showPage(Page::Courts);
        break;
    case BookingEnd::Next::Sessions:
        showPage(Page::Sessions);
        break;
    case BookingEnd::Next::Stay:
        break;
    }
}

void KioskMemberArea::cardScanned(const QString &number)
{
    if (number == m_member.membershipNumber)
        m_scanNotice->showInfo(tr("That is your card, %1: you are logged in already.").arg(m_member.person.givenName));
    else
        m_scanNotice->showInfo(tr("A card was scanned. %1 is using this kiosk: tap Log out first, then scan the card "
                                  "again.")
                                   .arg(m_member.person.givenName));
    m_scanNoticeTimer.start();
}

KioskMemberArea::~KioskMemberArea()
{
    shutDown();
}

void KioskMemberArea::shutDown()
{
    m_confirm->dismiss();
    m_flow->reset();
    m_checkout->keepWarm(false);
    m_checkout->clear();
}

KioskMemberArea::Page KioskMemberArea::page() const
{
    return Page(m_pages->currentIndex());
}

void KioskMemberArea::showPage(Page page)
{
    if (this->page() == Page::Checkout && page != Page::Checkout && m_flow->isActive())
        m_flow->leave(); // leaving the checkout ends it (and destroys its page)
    m_pages->setCurrentIndex(int(page));
    const Page nav[] = {Page::Sessions, Page::Courts, Page::Bookings, Page::Profile};
    for (int i = 0; i < m_nav.size(); ++i)
        m_nav.at(i)->setChecked(nav[i] == page);
    if (page == Page::Courts && m_courts->browser()->grid()->rowCount() == 0 && !m_courts->browser()->isLoading())
        m_courts->refresh();
    if (page == Page::Bookings && !m_bookings->hasMember())
        m_bookingsPage->showFor(m_member);
    if (page == Page::Profile)
        m_profile->showMember(m_services->store().member(m_member.id).value_or(m_member));
}

void KioskMemberArea::setPortrait(bool portrait)
{
    m_sessions->setPortrait(portrait);
    m_bookingsPage->setPortrait(portrait);
}

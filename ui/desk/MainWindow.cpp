#include "MainWindow.h"

#include "domain/Restrictions.h"

#include "Accessibility.h"
#include "BookingEnd.h"
#include "BookingsPage.h"
#include "CheckoutPage.h"
#include "CourtsPage.h"
#include "FacilityBrowser.h"
#include "FirstRunPage.h"
#include "LoginPage.h"
#include "MemberBookings.h"
#include "MembersPage.h"
#include "MessageBox.h"
#include "ScanCatcher.h"
#include "services/BookingFlow.h"
#include "services/Services.h"
#include "SessionBrowser.h"
#include "SessionsPage.h"
#include "SettingsDialog.h"
#include "util/Clock.h"
#include "util/StartupTrace.h"
#include "Widgets.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(Services *services, const QString &apiKey, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_apiKey(apiKey), m_flow(new BookingFlow(services, this)),
      m_scans(new ScanCatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // A card scanned anywhere at the desk finds that member; its digits never land in a field.
    connect(m_scans, &ScanCatcher::scanned, this, &MainWindow::cardScanned);
    build();
    connect(services, &Services::loggedIn, this, &MainWindow::enterDesk);
    if (services->isOpen()) {
        showAccess();
        // The sections and their shortcuts: after the log-in window is on screen (asking for one builds them sooner).
        afterFirstPaint(this, [this]() { buildDesk(); });
    } else {
        // The database opens after the first paint (Application): until then the log-in form is shown, not yet usable.
        m_login = new LoginPage(m_services, m_root);
        m_root->addWidget(m_login);
        m_root->setCurrentWidget(m_login);
        m_login->reset();
        m_settings->hide();
        m_logout->hide();
    }
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
    resize(QSize(1280, 800).boundedTo(available));
    setMinimumSize(QSize(1000, 620).boundedTo(available));
}

// Everything with text on it. A language change builds it again (see changeEvent); what the person was doing is
// carried over.
void MainWindow::build()
{
    setWindowTitle(tr("ActiveDesk"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *bar = new QFrame(central);
    bar->setObjectName(QStringLiteral("topBar"));
    bar->setProperty("role", QStringLiteral("sidebar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(16, 8, 16, 8);
    auto *title = new QLabel(tr("ActiveDesk"), bar);
    title->setProperty("role", QStringLiteral("title"));
    m_badge = new QLabel(tr("Sandbox — no real bookings"), bar);
    m_badge->setObjectName(QStringLiteral("sandboxBadge"));
    m_badge->setAccessibleName(tr("Sandbox mode: no real bookings are made"));
    m_badge->setVisible(m_services->isSandbox());
    m_staffLabel = new QLabel(bar);
    m_staffLabel->setObjectName(QStringLiteral("staffLabel"));
    m_settings = new QPushButton(tr("Se&ttings"), bar);
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_logout = new QPushButton(tr("Log &out"), bar);
    m_logout->setObjectName(QStringLiteral("logoutButton"));
    barLayout->addWidget(title);
    barLayout->addSpacing(12);
    barLayout->addWidget(m_badge);
    barLayout->addStretch();
    barLayout->addWidget(m_staffLabel);
    barLayout->addWidget(m_settings);
    barLayout->addWidget(m_logout);
    outer->addWidget(bar);

    m_root = new QStackedWidget(central);
    m_desk = new QWidget(m_root); // its sections are built after the first paint (buildDesk)
    m_root->addWidget(m_desk);
    m_firstRun = nullptr; // made when first shown (showAccess)
    m_login = nullptr;
    outer->addWidget(m_root, 1);
    setCentralWidget(central);
    m_nav.clear();
    m_pages = nullptr;
    m_members = nullptr;
    m_sessions = nullptr;
    m_bookings = nullptr;
    m_checkout = nullptr;
    m_courts = nullptr;
    m_inHandLabel = nullptr;

    connect(m_settings, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_logout, &QPushButton::clicked, this, &MainWindow::logOut);
}

// The sections (members, sessions, bookings, checkout): built once the log-in window has been painted, or at once when
// something needs them sooner, so that the window appears as fast as a bare one.
void MainWindow::buildDesk() const
{
    if (!m_members)
        const_cast<MainWindow *>(this)->buildDeskNow();
}

void MainWindow::buildDeskNow()
{
    QWidget *central = centralWidget();
    auto *deskLayout = new QHBoxLayout(m_desk);
    deskLayout->setContentsMargins(0, 0, 0, 0);
    deskLayout->setSpacing(0);
    auto *nav = new QFrame(m_desk);
    nav->setProperty("role", QStringLiteral("sidebar"));
    nav->setFixedWidth(170);
    Accessibility::markNavigation(nav, tr("Sections"));
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(8, 12, 8, 12);
    auto *group = new QButtonGroup(central);
    const QStringList names{tr("&Members"), tr("&Sessions"), tr("&Bookings"), tr("&Courts")};
    const QStringList ids{QStringLiteral("navMembers"), QStringLiteral("navSessions"), QStringLiteral("navBookings"),
                          QStringLiteral("navCourts")};
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QPushButton(names.at(i), nav);
        b->setObjectName(ids.at(i));
        b->setCheckable(true);
        b->setProperty("role", QStringLiteral("nav"));
        Accessibility::markNavigationTab(b);
        b->setToolTip(tr("Ctrl+%1").arg(i + 1));
        group->addButton(b, i);
        navLayout->addWidget(b);
        m_nav << b;
    }
    navLayout->addStretch();
    m_pages = new QStackedWidget(m_desk);
    m_members = new MembersPage(m_services, m_pages);
    m_sessions = new SessionsPage(m_services, m_pages);
    m_bookings = new BookingsPage(m_services, m_pages);
    m_courts = new CourtsPage(m_services, false, m_pages);
    m_checkout = new CheckoutPage(m_flow, m_pages);
    for (QWidget *p :
         {static_cast<QWidget *>(m_members), static_cast<QWidget *>(m_sessions), static_cast<QWidget *>(m_bookings),
          static_cast<QWidget *>(m_courts), static_cast<QWidget *>(m_checkout)})
        m_pages->addWidget(p);
    // The member in hand, above every section.
    auto *right = new QWidget(m_desk);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    auto *inHand = new QFrame(right);
    inHand->setObjectName(QStringLiteral("memberInHandBar"));
    inHand->setProperty("role", QStringLiteral("card"));
    auto *inHandLayout = new QHBoxLayout(inHand);
    inHandLayout->setContentsMargins(16, 6, 16, 6);
    m_inHandLabel = new QLabel(inHand);
    m_inHandLabel->setObjectName(QStringLiteral("memberInHand"));
    m_inHandLabel->setTextFormat(Qt::PlainText);
    inHandLayout->addWidget(m_inHandLabel, 1);
    rightLayout->addWidget(inHand);
    rightLayout->addWidget(m_pages, 1);
    deskLayout->addWidget(nav);
    deskLayout->addWidget(right, 1);
    // Shown now: a layout shows a widget added to a parent already on screen only on the next turn of the event loop,
    // so after a language change the sections were hidden until then (a test found the members page hidden).
    nav->show();
    right->show();
    inHand->show();
    m_pages->show();

    connect(group, &QButtonGroup::idClicked, this, [this](int id) { showSection(Section(id)); });
    if (!m_shortcutsMade)
        makeShortcuts();
    // One member in hand for the whole desk: the one open on Members (opened, found by card, saved), else none.
    connect(m_members->editor(), &MemberEditor::memberChanged, this,
            [this](const std::optional<Member> &m) { setMemberInHand(m); });
    connect(m_members, &MembersPage::bookRequested, this, [this](const Member &m) {
        if (setMemberInHand(m))
            showSection(Section::Sessions);
    });
    connect(m_members, &MembersPage::bookCourtRequested, this, [this](const Member &m) {
        if (setMemberInHand(m))
            showSection(Section::Courts);
    });
    connect(m_members, &MembersPage::bookingsRequested, this, [this](const Member &m) {
        if (setMemberInHand(m))
            showSection(Section::Bookings);
    });
    // (A deleted member's form empties, which already leaves nobody in hand.)
    connect(m_members->editor(), &MemberEditor::deleted, this, [this]() { m_bookings->clearAll(); });
    connect(m_bookings, &BookingsPage::findMemberRequested, this, [this]() {
        showSection(Section::Members);
        m_members->focusSearch();
    });
    auto startBooking = [this](const BookingFlow::Choice &choice) {
        // The checkout is for the member in hand: the bar never names another while it is open.
        if (const auto m = m_services->store().member(choice.memberId); m && (!m_inHand || m_inHand->id != m->id))
            setMemberInHand(*m);
        showSection(Section::Checkout);
        m_flow->start(choice);
    };
    connect(m_sessions, &SessionsPage::bookRequested, this, startBooking);
    connect(m_courts, &CourtsPage::bookRequested, this, startBooking);
    connect(m_flow, &BookingFlow::checkoutReady, central, // dies with the pages it serves
            [this](const BookingFlow::Checkout &c) { Q_EMIT checkoutPageRequested(c.target); });
    connect(m_flow, &BookingFlow::ended, central,
            [this](BookingFlow::Ending how, const BookingFlow::Choice &choice, bool) {
                switch (BookingEnd::follow(how, choice, m_sessions->browser(), m_courts->browser(),
                                           m_pages->currentWidget() == m_checkout)) {
                case BookingEnd::Next::Bookings:
                    if (const auto m = m_services->store().member(choice.memberId)) {
                        setMemberInHand(*m); // the member just booked for (it is already, unless a test skipped it)
                        m_bookings->showMember(*m, choice.opportunityIdentifier);
                    }
                    showSection(Section::Bookings);
                    break;
                case BookingEnd::Next::Courts:
                    showSection(Section::Courts);
                    break;
                case BookingEnd::Next::Sessions:
                    showSection(Section::Sessions);
                    break;
                case BookingEnd::Next::Stay:
                    break;
                }
            });
}

void MainWindow::makeShortcuts()
{
    m_shortcutsMade = true;
    auto shortcut = [this](const QKeySequence &keys, std::function<void()> action) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, [this, action]() {
            if (m_services->staff())
                action();
        });
    };
    shortcut(QKeySequence::Find, [this]() {
        showSection(Section::Members);
        m_members->focusSearch();
    });
    shortcut(QKeySequence::New, [this]() {
        showSection(Section::Members);
        m_members->newMember();
    });
    for (int i = 0; i < 4; ++i)
        shortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, i]() { showSection(Section(i)); });
}

void MainWindow::dataOpened()
{
    m_badge->setVisible(m_services->isSandbox());
    if (m_services->store().credentials().staffCount() == 0)
        showAccess(); // the first run's page instead of the log-in form: nobody has an account yet
    QTimer::singleShot(0, this, [this]() { buildDesk(); });
}

MembersPage *MainWindow::membersPage() const
{
    buildDesk();
    return m_members;
}

SessionsPage *MainWindow::sessionsPage() const
{
    buildDesk();
    return m_sessions;
}

BookingsPage *MainWindow::bookingsPage() const
{
    buildDesk();
    return m_bookings;
}

CourtsPage *MainWindow::courtsPage() const
{
    buildDesk();
    return m_courts;
}

CheckoutPage *MainWindow::checkoutPage() const
{
    buildDesk();
    return m_checkout;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && !m_rebuildQueued) {
        // Qt sends one event per translator replaced: rebuild once, after the last.
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
}

void MainWindow::retranslate()
{
    m_rebuildQueued = false;
    const bool inDesk = m_services->staff().has_value() && m_root->currentWidget() == m_desk && m_members;
    int section = 0;
    MembersPage::State members;
    std::optional<Member> bookingFor, bookingsOf;
    if (inDesk) {
        section = std::min(m_pages->currentIndex(), int(Section::Courts)); // a checkout ends: its page goes
        members = m_members->state();
        bookingFor = m_inHand;
        if (m_bookings->bookings()->hasMember())
            bookingsOf = m_bookings->bookings()->member();
    }
    m_flow->reset();
    // The old pages leave the window at once (nothing can find or show them any more) and are deleted on the next
    // turn of the event loop, with their views and models.
    if (QWidget *old = takeCentralWidget()) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    build();
    centralWidget()->show(); // at once (a layout would show it only on the next turn of the event loop)
    if (!inDesk) {
        showAccess();
        return;
    }
    enterDesk();
    m_inHand.reset(); // the new pages are told who is in hand below
    setMemberInHand(bookingFor);
    m_members->restoreState(members);
    if (bookingsOf)
        m_bookings->showMember(*bookingsOf);
    showSection(Section(section));
}

void MainWindow::showForScreen()
{
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    if (available.width() < 1500 || available.height() < 900) {
        // A small desk screen: use all of it (also where no window manager would maximise the window).
        setGeometry(available);
        showMaximized();
    } else {
        show();
    }
}

void MainWindow::setApiKey(const QString &apiKey, const QString &problem)
{
    m_apiKey = apiKey;
    if (!problem.isEmpty())
        statusBar()->showMessage(problem);
}

void MainWindow::showAccess()
{
    const bool firstRun = m_services->store().credentials().staffCount() == 0;
    if (firstRun && !m_firstRun) {
        m_firstRun = new FirstRunPage(m_services, m_root);
        m_root->addWidget(m_firstRun);
    } else if (!firstRun && !m_login) {
        m_login = new LoginPage(m_services, m_root);
        m_root->addWidget(m_login);
    }
    m_root->setCurrentWidget(firstRun ? static_cast<QWidget *>(m_firstRun) : static_cast<QWidget *>(m_login));
    m_scans->setEnabled(false); // a PIN typed at the log-in is a person's
    m_staffLabel->clear();
    m_settings->hide();
    m_logout->hide();
    if (firstRun)
        m_firstRun->focusFirstField();
    else
        m_login->reset();
}

void MainWindow::enterDesk()
{
    buildDesk();
    const auto staff = m_services->staff();
    m_staffLabel->setText(
        tr("%1 (%2)").arg(staff->username, staff->role == StaffRole::Admin ? tr("administrator") : tr("staff")));
    m_settings->setVisible(staff->role == StaffRole::Admin);
    m_logout->show();
    m_root->setCurrentWidget(m_desk);
    m_scans->setEnabled(true);
    showMemberInHand();
    m_sessions->loadFacets();
    m_sessions->refresh();
    showSection(Section::Members);
    m_members->focusSearch();
    m_checkout->keepWarm(true); // the first "Book" will not wait for QtWebEngine to start
}

bool MainWindow::mayLeaveCheckout(const QString &why)
{
    if (!m_flow->isActive())
        return true;
    if (m_flow->state() == BookingFlow::State::InCheckout) {
        const auto choice = m_flow->choice();
        const auto member = choice ? m_services->store().member(choice->memberId) : std::nullopt;
        const QString who = member ? member->displayName() : tr("this member");
        if (!MessageBox::confirm(this, tr("Leave the checkout?"),
                                 tr("%1\n\nThe checkout for %2 is still open. Nothing is booked until imin's page "
                                    "confirms it.")
                                     .arg(why, who),
                                 tr("Leave the checkout"), tr("Stay in the checkout"), false))
            return false;
    }
    m_flow->leave(); // leaving the checkout's screen ends it: nothing of it stays behind
    return true;
}

bool MainWindow::setMemberInHand(const std::optional<Member> &member)
{
    buildDesk();
    const qint64 was = m_inHand ? m_inHand->id : 0;
    const qint64 now = member ? member->id : 0;
    if (was != now && m_flow->isActive()) {
        const auto choice = m_flow->choice();
        if (choice && choice->memberId != now &&
            !mayLeaveCheckout(member ? tr("You opened %1.").arg(member->displayName())
                                     : tr("You closed the member."))) {
            // Staff stay with the checkout: the member it is for is the one on Members again.
            if (const auto back = m_services->store().member(choice->memberId)) {
                m_inHand = back;
                m_members->editor()->showMember(*back);
            }
            showSection(Section::Checkout);
            return false;
        }
    }
    m_inHand = member;
    // Another member starts afresh (the browsers drop the last one's session, date, slot and level); the same member,
    // saved again, keeps the choice with its levels checked again.
    m_sessions->setMember(member);
    m_courts->setMember(member);
    if (was != now) {
        if (member && m_pages->currentWidget() == m_bookings)
            m_bookings->showMember(*member);
        else if (m_bookings->bookings()->hasMember())
            m_bookings->clearAll(); // read again when Bookings is shown
    }
    showMemberInHand();
    return true;
}

void MainWindow::showMemberInHand()
{
    if (!m_inHandLabel)
        return;
    if (!m_inHand) {
        m_inHandLabel->setText(tr("No member in hand: find one on Members (Ctrl+F) or scan their card."));
        m_inHandLabel->setProperty("role", QStringLiteral("muted"));
    } else {
        const std::optional<int> age = ageOn(m_inHand->person, Clock::instance().localDate());
        QStringList parts{m_inHand->displayName(), tr("card %1").arg(m_inHand->membershipNumber)};
        parts << (age ? tr("age %1").arg(*age) : tr("age not recorded"));
        parts << Restrictions::holdingText(m_inHand->person.membership, Clock::instance().localDate());
        m_inHandLabel->setText(tr("Member in hand: %1").arg(parts.join(QStringLiteral(" · "))));
        m_inHandLabel->setProperty("role", QStringLiteral("subtitle"));
    }
    m_inHandLabel->setAccessibleName(m_inHandLabel->text());
    m_inHandLabel->style()->unpolish(m_inHandLabel);
    m_inHandLabel->style()->polish(m_inHandLabel);
}

void MainWindow::cardScanned(const QString &number)
{
    if (!m_services->staff() || m_root->currentWidget() != m_desk)
        return;
    if (!mayLeaveCheckout(tr("A card was scanned (%1).").arg(number)))
        return;
    showSection(Section::Members);
    m_members->findCard(number);
}

void MainWindow::showSection(Section section)
{
    buildDesk();
    if (section != Section::Checkout && m_flow->isActive() && !mayLeaveCheckout(tr("You chose another section.")))
        section = Section::Checkout;
    if (section == Section::Bookings && m_inHand &&
        (!m_bookings->bookings()->hasMember() || m_bookings->bookings()->member().id != m_inHand->id))
        m_bookings->showMember(*m_inHand); // the member in hand's, never another's
    const int index = int(section);
    m_pages->setCurrentIndex(index);
    for (int i = 0; i < m_nav.size(); ++i)
        m_nav.at(i)->setChecked(i == index);
    // Focus goes into the page, never to the top bar.
    switch (section) {
    case Section::Members:
        m_members->focusSearch();
        break;
    case Section::Sessions:
        m_sessions->focusList();
        break;
    case Section::Bookings:
        m_bookings->focusList();
        break;
    case Section::Courts:
        if (m_courts->browser()->grid()->rowCount() == 0 && !m_courts->browser()->isLoading())
            m_courts->refresh();
        m_courts->focusGrid();
        break;
    case Section::Checkout:
        break;
    }
}

void MainWindow::logOut()
{
    m_flow->reset();
    m_scans->setEnabled(false);
    m_inHand.reset();
    buildDesk();
    m_members->clearAll();
    m_sessions->clearAll();
    m_bookings->clearAll();
    m_courts->clearAll();
    m_checkout->keepWarm(false);
    m_checkout->clear();
    m_services->logOut();
    showAccess();
}

void MainWindow::openSettings()
{
    if (!m_services->staff() || m_services->staff()->role != StaffRole::Admin)
        return;
    buildDesk();
    SettingsDialog dialog(m_services, m_apiKey, this);
    connect(&dialog, &SettingsDialog::applied, this, [this](const ImminConfig &c) {
        m_apiKey = c.apiKey;
        m_flow->reset();
        m_services->connectImin(c, false);
        m_badge->hide();
        m_sessions->loadFacets();
        m_sessions->refresh();
    });
    dialog.exec();
}

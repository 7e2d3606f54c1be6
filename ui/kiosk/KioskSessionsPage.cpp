#include "KioskSessionsPage.h"

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
KioskSessionsPage::KioskSessionsPage(Services *services, SessionBrowser *browser, QWidget *parent)
    : QWidget(parent), m_services(services), m_browser(browser)
{
    setObjectName(QStringLiteral("kioskSessions"));
    m_split = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_split->setContentsMargins(24, 12, 24, 12);
    m_split->setSpacing(24);

    buildList();
    buildDetail();
    wireList();
    wireDetail();
}

// The title, the filters, and the sessions found.
void KioskSessionsPage::buildList()
{
    auto *left = new QWidget(this);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(10);
    l->addWidget(label(tr("Book a session"), "title", left));
    auto *filters = new QGridLayout;
    filters->setSpacing(10);
    m_activity = new QComboBox(left);
    m_activity->setObjectName(QStringLiteral("kioskActivity"));
    m_activity->setAccessibleName(tr("Activity"));
    m_activity->addItem(tr("All activities"), QString());
    m_day = new QComboBox(left);
    m_day->setObjectName(QStringLiteral("kioskDay"));
    m_day->setAccessibleName(tr("Day"));
    SessionControls::addDayChoices(m_day);
    m_time = new QComboBox(left);
    m_time->setObjectName(QStringLiteral("kioskTime"));
    m_time->setAccessibleName(tr("Time of day"));
    SessionControls::addTimeChoices(m_time);
    m_kind = new QComboBox(left);
    m_kind->setObjectName(QStringLiteral("kioskKind"));
    m_kind->setAccessibleName(tr("What to show"));
    SessionControls::addKindChoices(m_kind);
    m_forMyAge = new QCheckBox(left);
    m_forMyAge->setObjectName(QStringLiteral("kioskForMyAge"));
    filters->addWidget(m_activity, 0, 0);
    filters->addWidget(m_kind, 0, 1);
    filters->addWidget(m_day, 1, 0);
    filters->addWidget(m_time, 1, 1);
    filters->addWidget(m_forMyAge, 2, 0, 1, 2);
    l->addLayout(filters);
    m_busy = new BusyIndicator(left);
    m_busy->setObjectName(QStringLiteral("kioskSessionsBusy"));
    m_notice = new Notice(left);
    m_notice->setObjectName(QStringLiteral("kioskSessionsNotice"));
    m_count = label(QString(), "muted", left, "kioskSessionCount");
    l->addWidget(m_busy);
    l->addWidget(m_notice);
    l->addWidget(m_count);
    m_list = touchList<QListView>(left, "kioskSessionList", tr("Sessions"));
    m_list->setModel(m_browser->results());
    l->addWidget(m_list, 1);
    m_split->addWidget(left, 1);
}

// The chosen session, its dates, its prices and Book and pay.
void KioskSessionsPage::buildDetail()
{
    m_detailScroll = touchScrollArea(this);
    m_detailScroll->setObjectName(QStringLiteral("kioskSessionDetailScroll"));
    // (Scrolled by its bar: a drag gesture here would take the taps meant for the lists inside it.)
    auto *detailHolder = new QWidget(m_detailScroll);
    auto *dh = new QVBoxLayout(detailHolder);
    dh->setContentsMargins(0, 0, 0, 0);
    m_detailEmpty =
        label(tr("Choose a session to see its dates and prices."), "lead", detailHolder, "kioskDetailEmpty");
    dh->addWidget(m_detailEmpty);
    m_detail = new QFrame(detailHolder);
    m_detail->setObjectName(QStringLiteral("kioskSessionDetail"));
    m_detail->setProperty("role", QStringLiteral("card"));
    auto *d = new QVBoxLayout(m_detail);
    d->setContentsMargins(20, 16, 20, 16);
    d->setSpacing(10);
    m_name = label(QString(), "title", m_detail, "kioskSessionName");
    m_facts = label(QString(), "muted", m_detail, "kioskSessionFacts");
    m_description = label(QString(), "body", m_detail, "kioskSessionDescription");
    // Whose open data this is (imin's licence, contract 2.5): the publisher's name, no link (the kiosk opens nothing).
    m_source = label(QString(), "muted", m_detail, "kioskSessionSource");
    m_detailBusy = new BusyIndicator(m_detail);
    m_detailBusy->setObjectName(QStringLiteral("kioskDetailBusy"));
    m_detailNotice = new Notice(m_detail);
    m_detailNotice->setObjectName(QStringLiteral("kioskDetailNotice"));
    m_dates = touchList<QListView>(m_detail, "kioskDateList", tr("Dates and times"), false);
    m_dates->setModel(m_browser->dates());
    m_dates->setMinimumHeight(220);
    m_venue = label(QString(), "body", m_detail, "kioskVenue");
    m_venue->setTextFormat(Qt::RichText);
    m_offers = touchList<QListView>(m_detail, "kioskOfferList", tr("Price levels"), false);
    m_offers->setModel(m_browser->offers());
    m_offersEmpty = label(QString(), "muted", m_detail, "kioskOffersEmpty");
    m_hint = label(QString(), "muted", m_detail, "kioskBookHint");
    m_book = new QPushButton(tr("Book and pay"), m_detail);
    m_book->setObjectName(QStringLiteral("kioskBookButton"));
    m_book->setProperty("role", QStringLiteral("primary"));
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_facts),
                       static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_source),
                       static_cast<QWidget *>(m_detailBusy), static_cast<QWidget *>(m_detailNotice)})
        d->addWidget(w);
    d->addWidget(label(tr("1. Choose a date"), "subtitle", m_detail));
    d->addWidget(m_dates, 1);
    d->addWidget(m_venue);
    d->addWidget(label(tr("2. Choose a price"), "subtitle", m_detail));
    d->addWidget(m_offersEmpty);
    d->addWidget(m_offers);
    d->addWidget(m_hint);
    d->addWidget(m_book);
    dh->addWidget(m_detail);
    dh->addStretch();
    m_detailScroll->setWidget(detailHolder);
    m_split->addWidget(m_detailScroll, 1);
    m_detail->hide();
}

void KioskSessionsPage::wireList()
{
    connect(&m_services->attribution(), &Attribution::loaded, this, &KioskSessionsPage::showSource);
    for (QComboBox *c : {m_activity, m_day, m_time, m_kind})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &KioskSessionsPage::applyFilters);
    connect(m_forMyAge, &QCheckBox::toggled, this, &KioskSessionsPage::applyFilters);
    SessionListModel *results = m_browser->results();
    connect(results, &SessionListModel::loadingChanged, this,
            [this](bool loading) { loading ? m_busy->start(tr("Finding sessions…"), true) : m_busy->stop(); });
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this]() {
        m_browser->cancelSearch();
        m_notice->showError(tr("Stopped looking. Try again when you are ready."), true);
    });
    connect(results, &SessionListModel::failed, m_notice, &Notice::showProblem);
    connect(m_notice, &Notice::retryRequested, this, [this]() { m_browser->search(); });
    connect(results, &SessionListModel::loaded, this, [this]() {
        m_notice->clear();
        const int total = m_browser->results()->totalItems();
        m_count->setText(!m_browser->results()->rowCount() ? tr("No sessions match. Try another day, time or activity.")
                         : m_browser->filters().kind == SessionBrowser::Filters::Kind::DropIn
                             ? SessionBrowser::dropInCount(total)
                             : tr("%Ln session(s)", nullptr, total));
    });
    connect(m_browser, &SessionBrowser::activitiesLoaded, this, [this](const QVector<Concept> &activities) {
        const QString selected = m_activity->currentData().toString();
        QSignalBlocker block(m_activity);
        while (m_activity->count() > 1)
            m_activity->removeItem(1);
        for (const Concept &c : activities)
            m_activity->addItem(c.prefLabel, c.id);
        m_activity->setCurrentIndex(std::max(0, m_activity->findData(selected)));
    });
}

void KioskSessionsPage::wireDetail()
{
    auto open = [this](const QModelIndex &i) { m_browser->open(i.row()); };
    connect(m_list, &QListView::clicked, this, open);
    connect(m_list, &QListView::activated, this, open);
    connect(m_browser, &SessionBrowser::detailChanged, this, &KioskSessionsPage::showDetail);
    connect(m_browser, &SessionBrowser::choiceChanged, this, &KioskSessionsPage::syncChoice);
    connect(m_browser, &SessionBrowser::detailLoadingChanged, this, [this](bool loading) {
        loading ? m_detailBusy->start(tr("Loading dates and prices…"), true) : m_detailBusy->stop();
        syncChoice();
    });
    connect(m_detailBusy, &BusyIndicator::cancelRequested, this, [this]() {
        m_browser->cancelDetail();
        m_detailNotice->showError(tr("Stopped loading this session. Try again when you are ready."), true);
    });
    connect(m_browser, &SessionBrowser::detailFailed, m_detailNotice, &Notice::showProblem);
    connect(m_detailNotice, &Notice::retryRequested, this, [this]() { m_browser->reloadDetail(); });
    connect(m_browser, &SessionBrowser::chosenDateFilled, this,
            [this]() { m_detailNotice->showWarning(tr("The date you chose is now full. Choose another date.")); });
    SessionControls::bindChoiceLists(m_browser, m_dates, m_offers);
    connect(m_book, &QPushButton::clicked, this, [this]() {
        if (m_browser->canBook())
            Q_EMIT bookRequested();
    });
}

void KioskSessionsPage::start()
{
    const std::optional<int> age = m_browser->memberAgeOn({});
    m_forMyAge->setVisible(age.has_value());
    {
        QSignalBlocker block(m_forMyAge);
        m_forMyAge->setChecked(age.has_value());
        m_forMyAge->setText(age ? tr("Only sessions for my age (%1)").arg(*age) : QString());
    }
    m_browser->loadActivities();
    applyFilters();
}

void KioskSessionsPage::setPortrait(bool portrait)
{
    m_split->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void KioskSessionsPage::applyFilters()
{
    SessionBrowser::Filters f;
    f.activityId = m_activity->currentData().toString();
    SessionControls::renewDayChoices(m_day);
    SessionControls::readDayAndTime(m_day, m_time, &f);
    const std::optional<int> age = m_browser->memberAgeOn({});
    f.age = m_forMyAge->isChecked() && age ? *age : 0;
    f.kind = SessionControls::kindOf(m_kind);
    m_browser->setFilters(f);
    m_count->clear();
    m_browser->search();
}

void KioskSessionsPage::showDetail()
{
    const bool shown = m_browser->hasDetail();
    m_detail->setVisible(shown);
    m_detailEmpty->setVisible(!shown);
    if (!shown)
        return;
    const EventSeries &e = m_browser->timetable().series();
    m_name->setText(e.name);
    const QStringList facts = m_browser->detailFacts();
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_facts->setVisible(!facts.isEmpty());
    m_description->setText(e.description);
    m_description->setVisible(!e.description.isEmpty());
    showSource();
    syncChoice();
}

void KioskSessionsPage::showSource()
{
    Attribution &attribution = m_services->attribution();
    attribution.load();
    const QString source =
        m_browser->hasDetail() ? attribution.sourceText(m_browser->timetable().series().dataSource, false) : QString();
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
}

void KioskSessionsPage::syncChoice()
{
    const int date = m_browser->chosenDate();
    const int offer = m_browser->chosenOffer();
    m_venue->setText(m_browser->venueText());
    m_venue->setVisible(!m_venue->text().isEmpty());
    const int offers = m_browser->offers()->rowCount();
    fitToRows(m_offers, 64);
    m_offers->setVisible(offers > 0);
    m_offersEmpty->setText(date >= 0 ? tr("No prices are listed for this date. Please ask at reception.")
                                     : tr("Choose a date to see its prices."));
    m_offersEmpty->setVisible(offers == 0);
    m_hint->setText(m_browser->hint());
    m_book->setEnabled(m_browser->canBook());
    m_book->setText(
        m_browser->canBook()
            ? tr("Book and pay %1")
                  .arg(m_browser->offers()->data(m_browser->offers()->index(offer), RowRole::Trailing).toString())
            : tr("Book and pay"));
}

#include "KioskMemberArea.h"

#include "domain/Restrictions.h"

#include "Accessibility.h"
#include "BookingModels.h"
#include "CheckoutPage.h"
#include "CourtsPage.h"
#include "domain/MemberValidation.h"
#include "FacilityBrowser.h"
#include "KioskOverlay.h"
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

namespace {
QDate today()
{
    return Clock::instance().localDate();
}

QLabel *label(const QString &text, const char *role, QWidget *parent, const char *name = nullptr)
{
    return roleLabel(text, role, parent, name);
}

// A list drawn with the shared row delegate. `kinetic`: scrolled by dragging a finger as well as by its bar (not for a
// list inside a scrolling panel: the drag there would swallow its taps).
template <typename View>
View *touchList(QWidget *parent, const char *name, const QString &accessibleName, bool kinetic = true)
{
    auto *view = new View(parent);
    view->setObjectName(QLatin1String(name));
    view->setAccessibleName(accessibleName);
    view->setItemDelegate(new RowDelegate(false, view));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    view->verticalScrollBar()->setAccessibleName(accessibleName);
    if (!kinetic)
        return view;
    // A finger's drag scrolls (touch events only: a tap, a mouse click and a test's click select as ever).
    QScroller::grabGesture(view->viewport(), QScroller::TouchGesture);
    return view;
}

void setRole(QWidget *w, const QString &role)
{
    w->setProperty("role", role);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

// ---------------------------------------------------------------------------------------------------------------
KioskSessionsPage::KioskSessionsPage(Services *services, SessionBrowser *browser, QWidget *parent)
    : QWidget(parent), m_services(services), m_browser(browser)
{
    setObjectName(QStringLiteral("kioskSessions"));
    m_split = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_split->setContentsMargins(24, 12, 24, 12);
    m_split->setSpacing(24);

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

    connect(&services->attribution(), &Attribution::loaded, this, &KioskSessionsPage::showSource);
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

// ---------------------------------------------------------------------------------------------------------------
KioskBookingsPage::KioskBookingsPage(Services *services, MemberBookings *bookings, ConfirmOverlay *confirm,
                                     QWidget *parent)
    : QWidget(parent), m_bookings(bookings), m_confirm(confirm)
{
    setObjectName(QStringLiteral("kioskBookings"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 12, 24, 12);
    outer->addWidget(label(tr("My bookings"), "title", this));
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("kioskBookingsBusy"));
    m_notice = new Notice(this);
    m_notice->setObjectName(QStringLiteral("kioskBookingsNotice"));
    outer->addWidget(m_busy);
    outer->addWidget(m_notice);
    m_split = new QBoxLayout(QBoxLayout::LeftToRight);
    m_split->setSpacing(24);
    outer->addLayout(m_split, 1);

    auto *left = new QWidget(this);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(label(tr("Coming up"), "subtitle", left));
    m_upcoming = touchList<QListView>(left, "kioskUpcomingList", tr("Coming up"));
    m_upcoming->setModel(m_bookings->upcoming());
    m_upcomingEmpty = label(tr("Nothing booked yet."), "muted", left, "kioskUpcomingEmpty");
    m_upcomingEmpty->hide();
    m_cancel = new QPushButton(tr("Cancel this booking"), left);
    m_cancel->setObjectName(QStringLiteral("kioskCancelButton"));
    m_cancel->setProperty("role", QStringLiteral("danger"));
    m_cancel->setEnabled(false);
    m_cancelWhy = label(QString(), "muted", left, "kioskCancelReason");
    l->addWidget(m_upcoming, 3);
    l->addWidget(m_upcomingEmpty);
    l->addWidget(m_cancel);
    l->addWidget(m_cancelWhy);
    l->addWidget(label(tr("Past orders"), "subtitle", left));
    m_history = touchList<QTreeView>(left, "kioskHistoryList", tr("Past orders"));
    m_history->setModel(m_bookings->history());
    m_history->setHeaderHidden(true);
    m_history->setUniformRowHeights(false);
    m_historyEmpty = label(tr("No orders yet."), "muted", left, "kioskHistoryEmpty");
    m_historyEmpty->hide();
    l->addWidget(m_history, 2);
    l->addWidget(m_historyEmpty);
    m_split->addWidget(left, 1);

    auto *card = new OrderPanel(services, m_bookings, true, this);
    m_order = card;
    card->clear(tr("Choose a booking or an order to see it here."));
    m_split->addWidget(card, 1);

    connect(m_bookings, &MemberBookings::busyChanged, this, [this](bool busy, const QString &what, bool cancellable) {
        busy ? m_busy->start(what, cancellable) : m_busy->stop();
    });
    connect(m_busy, &BusyIndicator::cancelRequested, m_bookings, &MemberBookings::stopLoading);
    connect(m_bookings, &MemberBookings::failed, m_notice, &Notice::showProblem);
    connect(m_bookings, &MemberBookings::info, this, [this](const QString &m) { m_notice->showInfo(m); });
    connect(m_notice, &Notice::retryRequested, m_bookings, &MemberBookings::reload);
    connect(m_bookings, &MemberBookings::upcomingLoaded, this, [this](int highlighted) {
        m_upcomingEmpty->setVisible(m_bookings->upcoming()->rowCount() == 0);
        if (highlighted >= 0)
            m_upcoming->setCurrentIndex(m_bookings->upcoming()->index(highlighted));
        upcomingChosen();
    });
    connect(m_bookings, &MemberBookings::historyLoaded, this,
            [this]() { m_historyEmpty->setVisible(m_bookings->history()->rowCount() == 0); });
    connect(m_upcoming, &QListView::clicked, this, &KioskBookingsPage::upcomingChosen);
    connect(m_upcoming->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &KioskBookingsPage::upcomingChosen);
    connect(m_history, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        m_upcoming->selectionModel()->clear();
        m_cancel->setEnabled(false);
        m_cancelWhy->clear();
        m_bookings->loadOrder(i.data(OrderHistoryModel::OrderIdRole).toString());
    });
    connect(card, &OrderPanel::failed, this, [this](const Problem &problem) {
        m_notice->showError(tr("The order could not be read: %1").arg(problem.sentence()), false);
    });
    connect(m_cancel, &QPushButton::clicked, this, &KioskBookingsPage::cancelSelected);
}

void KioskBookingsPage::setPortrait(bool portrait)
{
    m_split->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void KioskBookingsPage::showFor(const Member &member, const QString &highlight)
{
    m_notice->clear();
    m_order->clear(tr("Choose a booking or an order to see it here."));
    m_bookings->show(member, highlight);
}

void KioskBookingsPage::upcomingChosen()
{
    const QModelIndex current = m_upcoming->currentIndex();
    const QString why = current.isValid() ? m_bookings->chooseUpcoming(current.row()) : QString();
    m_cancel->setEnabled(current.isValid() && why.isEmpty());
    // Said beside the button, not only in a tooltip.
    m_cancelWhy->setText(why);
    m_cancel->setAccessibleDescription(why);
}

void KioskBookingsPage::cancelSelected()
{
    const QModelIndex current = m_upcoming->currentIndex();
    if (!current.isValid())
        return;
    const OrderItem item = m_bookings->upcoming()->item(current.row());
    m_confirm->ask(tr("Cancel booking"), m_bookings->cancelQuestion(item, true), tr("Cancel booking"),
                   tr("Keep booking"), [this, item](bool yes) {
                       if (!yes)
                           return;
                       m_cancel->setEnabled(false);
                       m_bookings->cancel(item);
                   });
}

// ---------------------------------------------------------------------------------------------------------------
KioskProfilePage::KioskProfilePage(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("kioskProfile"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = touchScrollArea(this);
    outer->addWidget(m_scroll);
    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 12, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(label(tr("My details"), "title", content));
    m_number = label(QString(), "muted", content, "kioskMemberNumber");
    m_holding = label(QString(), "muted", content, "kioskMembership");
    m_sync = label(QString(), "muted", content, "kioskSyncState");
    m_notice = new Notice(content);
    m_notice->setObjectName(QStringLiteral("kioskProfileNotice"));
    layout->addWidget(m_number);
    layout->addWidget(m_holding);
    layout->addWidget(m_sync);
    layout->addWidget(m_notice);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(10);
    auto add = [&](const QString &name, const QString &text, int row, int column, Qt::InputMethodHints hints,
                   int span = 1) {
        auto *line = new QLineEdit(content);
        line->setMaxLength(MemberValidation::maxFieldLength);
        line->setInputMethodHints(hints);
        auto *f = new Field(name, text, line, content);
        m_fields.add(name, f);
        grid->addWidget(f, row, column, 1, span);
    };
    add(QStringLiteral("givenName"), tr("First name"), 0, 0, Qt::ImhNoPredictiveText);
    add(QStringLiteral("familyName"), tr("Last name"), 0, 1, Qt::ImhNoPredictiveText);
    add(QStringLiteral("email"), tr("Email"), 1, 0, Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase, 2);
    add(QStringLiteral("telephone"), tr("Phone"), 2, 0, Qt::ImhDialableCharactersOnly);
    add(QStringLiteral("streetAddress"), tr("Street address"), 3, 0, Qt::ImhNoPredictiveText, 2);
    add(QStringLiteral("addressLocality"), tr("Town"), 4, 0, Qt::ImhNoPredictiveText);
    add(QStringLiteral("postalCode"), tr("Postcode"), 4, 1, Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
    add(QStringLiteral("emergencyContactName"), tr("Emergency contact"), 5, 0, Qt::ImhNoPredictiveText);
    add(QStringLiteral("emergencyContactTelephone"), tr("Emergency contact's phone"), 5, 1,
        Qt::ImhDialableCharactersOnly);
    layout->addLayout(grid);
    m_fields.chainReturn(this, [this]() { save(); }); // Enter moves on; from the last field it saves
    m_save = new QPushButton(tr("Save my details"), content);
    m_save->setObjectName(QStringLiteral("kioskSaveProfile"));
    m_save->setProperty("role", QStringLiteral("primary"));
    layout->addWidget(m_save);
    layout->addStretch();
    m_scroll->setWidget(content);
    connect(m_save, &QPushButton::clicked, this, &KioskProfilePage::save);
    connect(m_services, &Services::memberSyncChanged, this, [this](qint64 id) {
        if (id == m_member.id)
            refreshSync();
    });
}

void KioskProfilePage::showMember(const Member &member)
{
    m_member = member;
    fill(member.person);
    m_loaded = member.person;
    QMap<QString, QString> ignored;
    m_loaded = read(&ignored); // as the form shows it
    m_fields.show({});
    m_notice->clear();
    m_number->setText(tr("Membership number %1").arg(member.membershipNumber));
    // What they hold, set at reception (a member does not change it here).
    m_holding->setText(Restrictions::holdingText(member.person.membership, Clock::instance().localDate()));
    refreshSync();
}

void KioskProfilePage::refreshSync()
{
    if (const auto fresh = m_services->store().member(m_member.id))
        m_member.sync = fresh->sync;
    m_sync->setText(Text::syncState(m_member.sync, true));
    setRole(m_sync,
            m_member.sync.state == SyncState::State::Failed ? QStringLiteral("error") : QStringLiteral("muted"));
}

void KioskProfilePage::fill(const Person &p)
{
    for (const QString &name : m_fields.names())
        m_fields.line(name)->setText(MemberMerge::value(p, name));
}

Person KioskProfilePage::read(QMap<QString, QString> *problems) const
{
    Person p = m_member.person; // date of birth and gender are kept as they are
    for (const QString &name : m_fields.names())
        MemberMerge::setValue(p, name, m_fields.line(name)->text().trimmed());
    p.address.postalCode = p.address.postalCode.toUpper();
    *problems = MemberValidation::check(p, today());
    for (auto it = problems->begin(); it != problems->end();) {
        if (!m_fields.contains(it.key()))
            it = problems->erase(it); // not a field on this form (checked at the desk)
        else
            ++it;
    }
    return p;
}

void KioskProfilePage::save()
{
    QMap<QString, QString> problems;
    const Person p = read(&problems);
    if (Field *first = m_fields.show(problems)) {
        m_notice->showError(tr("Check the details marked in red."), false);
        m_scroll->ensureWidgetVisible(first);
        return;
    }
    Member m = m_member;
    m.person = p;
    const Services::MergedSave r = m_services->saveMerging(m, m_loaded, today());
    switch (r.outcome) {
    case MemberStore::SaveOutcome::Saved:
        showMember(r.saved);
        m_notice->showInfo(r.mergedFromOthers.isEmpty()
                               ? tr("Saved. Your new details are on their way to the booking system.")
                               : tr("Saved, together with a change reception made just now (%1).")
                                     .arg(r.mergedFromOthers.join(QStringLiteral(", ")).toLower()));
        Q_EMIT saved(m_member);
        return;
    case MemberStore::SaveOutcome::Deleted:
    case MemberStore::SaveOutcome::Failed:
        m_notice->showError(tr("Your details could not be saved. Please ask at reception."), false);
        return;
    case MemberStore::SaveOutcome::Conflict:
        break;
    }
    // Reception changed a field the member changed too: show them what reception wrote, keep theirs in the field,
    // and the next Save keeps the member's.
    for (const MemberMerge::Conflict &c : r.conflicts.conflicts) {
        if (Field *f = m_fields.field(c.field))
            f->setError(tr("Reception changed this to “%1” just now. Save again to keep yours.")
                            .arg(c.theirs.isEmpty() ? tr("(empty)") : c.theirs));
    }
    fill(r.conflicts.merged);
    m_loaded = r.theirs->person;
    m_member.version = r.theirs->version;
    m_notice->showWarning(tr("Not saved yet: reception changed your details while you were editing."));
}

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
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("kioskMemberBar"));
    bar->setProperty("role", QStringLiteral("kioskBar"));
    auto *b = new QHBoxLayout(bar);
    b->setContentsMargins(24, 10, 24, 10);
    b->setSpacing(12);
    m_greeting = label(tr("Hello, %1").arg(member.person.givenName), "title", bar, "kioskGreeting");
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
    // A card scanned while someone is logged in: said here, and nothing of it lands in a field.
    m_scanNotice = new Notice(this);
    m_scanNotice->setObjectName(QStringLiteral("kioskScanNotice"));
    layout->addWidget(m_scanNotice);
    m_scanNoticeTimer.setSingleShot(true);
    m_scanNoticeTimer.setInterval(10000);
    connect(&m_scanNoticeTimer, &QTimer::timeout, m_scanNotice, &Notice::clear);

    m_pages = new QStackedWidget(this);
    m_confirm = new ConfirmOverlay(this);
    m_sessions = new KioskSessionsPage(services, m_browser, m_pages);
    m_checkout = new CheckoutPage(m_flow, m_pages);
    m_bookingsPage = new KioskBookingsPage(services, m_bookings, m_confirm, m_pages);
    m_profile = new KioskProfilePage(services, m_pages);
    m_courts = new CourtsPage(services, true, m_pages);
    m_courts->setMember(member);
    m_pages->addWidget(touchScrollArea(m_pages, m_sessions));
    m_pages->addWidget(m_checkout);
    m_pages->addWidget(touchScrollArea(m_pages, m_bookingsPage));
    m_pages->addWidget(m_profile); // scrolls by itself
    m_pages->addWidget(m_courts);  // its grid scrolls by itself
    layout->addWidget(m_pages, 1);

    connect(logOut, &QPushButton::clicked, this, &KioskMemberArea::logOutRequested);
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
    connect(m_flow, &BookingFlow::ended, this,
            [this](BookingFlow::Ending how, const BookingFlow::Choice &choice, bool) {
                const bool slot = choice.opportunityType == QLatin1String("Slot");
                if (slot)
                    m_courts->browser()->refreshAfterCheckout(choice.opportunityIdentifier,
                                                              how == BookingFlow::Ending::Completed);
                else
                    m_browser->refreshAvailability(choice.eventSeriesId);
                if (how == BookingFlow::Ending::Completed) {
                    m_bookingsPage->showFor(m_member, choice.opportunityIdentifier);
                    showPage(Page::Bookings);
                } else if (page() == Page::Checkout) {
                    showPage(slot ? Page::Courts : Page::Sessions);
                }
            });
    connect(m_profile, &KioskProfilePage::saved, this, [this](const Member &m) {
        m_member = m;
        m_browser->setMember(m, true);
        m_courts->setMember(m);
        m_greeting->setText(tr("Hello, %1").arg(m.person.givenName));
    });
    m_profile->showMember(member);
    m_sessions->start();
    showPage(Page::Sessions);
    // While the member browses, QtWebEngine gets ready so that "Book" does not wait for it; the spare goes with the
    // member (log-out or walk-away destroys this area).
    m_checkout->keepWarm(true);
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

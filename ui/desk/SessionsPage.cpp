#include "SessionsPage.h"

#include "app/DeskServices.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "RowDelegate.h"
#include "SessionListModel.h"
#include "util/Clock.h"
#include "util/Text.h"
#include "Widgets.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QListView *rowList(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *list = new QListView(parent);
    list->setObjectName(QLatin1String(name));
    list->setAccessibleName(accessibleName);
    list->setItemDelegate(new RowDelegate(false, list));
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->verticalScrollBar()->setAccessibleName(accessibleName);
    return list;
}
} // namespace

SessionsPage::SessionsPage(DeskServices *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("sessionsPage"));
    const MasterDetail md = MasterDetail::build(this, 560, 620);
    QWidget *left = md.leftColumn;
    QVBoxLayout *leftLayout = md.left;
    m_memberLabel = new QLabel(left);
    m_memberLabel->setObjectName(QStringLiteral("sessionsMember"));
    m_memberLabel->setProperty("role", QStringLiteral("subtitle"));
    m_memberLabel->setWordWrap(true);
    leftLayout->addWidget(m_memberLabel);

    auto *filters = new QGridLayout;
    m_activity = new QComboBox(left);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("All activities"), QString());
    m_day = new QComboBox(left);
    m_day->setObjectName(QStringLiteral("dayFilter"));
    m_day->addItem(tr("Any day (next 14 days)"), QDate());
    const QDate today = Clock::instance().currentDateTimeUtc().toLocalTime().date();
    for (int i = 0; i < 14; ++i) {
        const QDate d = today.addDays(i);
        m_day->addItem(i == 0   ? tr("Today")
                       : i == 1 ? tr("Tomorrow")
                                : QLocale().toString(d, QStringLiteral("dddd d MMMM")),
                       d);
    }
    m_time = new QComboBox(left);
    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_time->addItem(tr("Any time"), QStringList());
    m_time->addItem(tr("Morning (before 12:00)"), QStringList{QStringLiteral("00:00"), QStringLiteral("11:59")});
    m_time->addItem(tr("Afternoon (12:00–17:00)"), QStringList{QStringLiteral("12:00"), QStringLiteral("16:59")});
    m_time->addItem(tr("Evening (from 17:00)"), QStringList{QStringLiteral("17:00"), QStringLiteral("23:59")});
    m_age = new QSpinBox(left);
    m_age->setObjectName(QStringLiteral("ageFilter"));
    m_age->setRange(0, 120);
    m_age->setSpecialValueText(tr("Any age"));
    m_sort = new QComboBox(left);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->addItem(tr("Soonest first"), QStringLiteral("upcoming-sessions"));
    m_sort->addItem(tr("Nearest first"), QStringLiteral("discovery-geo"));
    m_sort->addItem(tr("Cheapest first"), QStringLiteral("discovery-price-asc"));
    auto addFilter = [&](const QString &label, QWidget *w, int row, int column) {
        auto *l = new QLabel(label, left);
        l->setBuddy(w);
        w->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        filters->addWidget(l, row * 2, column);
        filters->addWidget(w, row * 2 + 1, column);
    };
    addFilter(tr("&Activity"), m_activity, 0, 0);
    addFilter(tr("&Day"), m_day, 0, 1);
    addFilter(tr("T&ime"), m_time, 1, 0);
    addFilter(tr("For a&ge"), m_age, 1, 1);
    addFilter(tr("S&ort"), m_sort, 2, 0);
    leftLayout->addLayout(filters);
    m_busy = new BusyIndicator(left);
    m_busy->setObjectName(QStringLiteral("sessionsBusy"));
    m_notice = new Notice(left);
    m_notice->setObjectName(QStringLiteral("sessionsNotice"));
    m_resultCount = new QLabel(left);
    m_resultCount->setObjectName(QStringLiteral("sessionCount"));
    m_resultCount->setProperty("role", QStringLiteral("muted"));
    leftLayout->addWidget(m_busy);
    leftLayout->addWidget(m_notice);
    leftLayout->addWidget(m_resultCount);
    m_model = new SessionListModel(services, this);
    m_list = rowList(left, "sessionResults", tr("Sessions found"));
    m_list->setModel(m_model);
    leftLayout->addWidget(m_list, 1);

    QScrollArea *scroll = md.right;
    m_detail = new QWidget(scroll);
    m_detail->setObjectName(QStringLiteral("sessionDetail"));
    auto *d = new QVBoxLayout(m_detail);
    d->setContentsMargins(16, 12, 16, 12);
    m_name = new QLabel(m_detail);
    m_name->setObjectName(QStringLiteral("sessionName"));
    m_name->setProperty("role", QStringLiteral("title"));
    m_name->setWordWrap(true);
    m_meta = new QLabel(m_detail);
    m_meta->setObjectName(QStringLiteral("sessionMeta"));
    m_meta->setProperty("role", QStringLiteral("muted"));
    m_meta->setWordWrap(true);
    m_venue = new QLabel(m_detail);
    m_venue->setObjectName(QStringLiteral("sessionVenue"));
    m_venue->setWordWrap(true);
    m_description = new QLabel(m_detail);
    m_description->setObjectName(QStringLiteral("sessionDescription"));
    m_description->setWordWrap(true);
    m_detailBusy = new BusyIndicator(m_detail);
    m_detailBusy->setObjectName(QStringLiteral("detailBusy"));
    m_detailNotice = new Notice(m_detail);
    m_detailNotice->setObjectName(QStringLiteral("detailNotice"));
    auto *dateLabel = new QLabel(tr("1. Choose a &date"), m_detail);
    dateLabel->setProperty("role", QStringLiteral("subtitle"));
    m_dates = new OccurrenceModel(this);
    m_dateList = rowList(m_detail, "occurrenceList", tr("Dates and times"));
    m_dateList->setModel(m_dates);
    m_dateList->setMinimumHeight(200);
    dateLabel->setBuddy(m_dateList);
    auto *offerLabel = new QLabel(tr("2. Choose a &price level"), m_detail);
    offerLabel->setProperty("role", QStringLiteral("subtitle"));
    m_offers = new OfferModel(this);
    m_offerList = rowList(m_detail, "offerList", tr("Price levels"));
    m_offerList->setModel(m_offers);
    offerLabel->setBuddy(m_offerList);
    m_offersEmpty = new QLabel(tr("Choose a date to see its price levels."), m_detail);
    m_offersEmpty->setObjectName(QStringLiteral("offersEmpty"));
    m_offersEmpty->setProperty("role", QStringLiteral("muted"));
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_meta),
                       static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_detailBusy),
                       static_cast<QWidget *>(m_detailNotice), static_cast<QWidget *>(dateLabel)})
        d->addWidget(w);
    d->addWidget(m_dateList, 1);
    d->addWidget(m_venue);
    d->addWidget(offerLabel);
    d->addWidget(m_offersEmpty);
    d->addWidget(m_offerList);
    scroll->setWidget(m_detail);
    m_detail->setVisible(false);

    // Always in view under the detail: what is still missing, and the button.
    m_bookHint = new QLabel(md.footer);
    m_bookHint->setObjectName(QStringLiteral("bookHint"));
    m_bookHint->setProperty("role", QStringLiteral("muted"));
    m_bookHint->setWordWrap(true);
    m_book = new QPushButton(md.footer);
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_book->setProperty("role", QStringLiteral("primary"));
    md.footerLayout->addWidget(m_bookHint, 1);
    md.footerLayout->addWidget(m_book);
    md.footer->show();

    for (QComboBox *c : {m_activity, m_day, m_time, m_sort})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &SessionsPage::refresh);
    connect(m_age, qOverload<int>(&QSpinBox::valueChanged), this, &SessionsPage::refresh);
    connect(m_model, &SessionListModel::loadingChanged, this,
            [this](bool loading) { loading ? m_busy->start(tr("Looking for sessions…"), true) : m_busy->stop(); });
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this]() {
        m_model->cancel();
        m_notice->showError(tr("Stopped waiting for imin. Try again when you are ready."), true);
    });
    connect(m_model, &SessionListModel::failed, this,
            [this](const QString &message) { m_notice->showError(message, true); });
    connect(m_notice, &Notice::retryRequested, this, &SessionsPage::refresh);
    connect(m_model, &SessionListModel::loaded, this, [this]() {
        m_notice->clear();
        m_resultCount->setText(m_model->rowCount() ? tr("%Ln session(s)", nullptr, m_model->totalItems())
                                                   : tr("No sessions match. Try another day, time or activity."));
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) { openSeries(i.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &i) { openSeries(i.row()); });
    connect(m_dateList->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionsPage::dateChosen);
    connect(m_offerList->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionsPage::updateBookButton);
    connect(m_book, &QPushButton::clicked, this, &SessionsPage::book);
    connect(m_detailNotice, &Notice::retryRequested, this, [this]() { loadDetail(m_currentId); });
    connect(m_detailBusy, &BusyIndicator::cancelRequested, this, [this]() {
        delete m_detailContext;
        m_detailNotice->showError(tr("Stopped waiting for this session's dates. Try again when you are ready."), true);
    });
    setMember(std::nullopt);
}

void SessionsPage::setMember(const std::optional<Member> &member)
{
    m_member = member;
    m_memberLabel->setText(member ? tr("Booking for %1 (%2)").arg(member->displayName(), member->membershipNumber)
                                  : tr("Choose a member first to book (Members page, Ctrl+F)."));
    if (m_dateList->currentIndex().isValid())
        dateChosen(); // price levels explained for this member's age
    updateBookButton();
}

void SessionsPage::focusList()
{
    m_list->setFocus();
    if (!m_list->currentIndex().isValid() && m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(0));
}

void SessionsPage::clearAll()
{
    delete m_detailContext;
    m_currentId.clear();
    m_member.reset();
    m_detail->setVisible(false);
    m_dates->setTimetable({});
    m_offers->setOffers({});
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_detailBusy->stop();
    m_detailNotice->clear();
    m_notice->clear();
    for (QComboBox *c : {m_activity, m_day, m_time, m_sort}) {
        QSignalBlocker block(c);
        c->setCurrentIndex(0);
    }
    {
        QSignalBlocker block(m_age);
        m_age->setValue(0);
    }
    m_model->clear();
    m_resultCount->clear();
    setMember(std::nullopt);
}

void SessionsPage::loadFacets()
{
    auto *context = new QObject(this);
    m_services->client().facets(context, [this, context](const Result<Facets> &r) {
        context->deleteLater();
        if (!r.ok())
            return; // the filter keeps "All activities"; searching still works
        const QString selected = m_activity->currentData().toString();
        QSignalBlocker block(m_activity);
        while (m_activity->count() > 1)
            m_activity->removeItem(1);
        QVector<Concept> sorted = r.value->activities;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Concept &a, const Concept &b) { return a.prefLabel < b.prefLabel; });
        for (const Concept &c : sorted)
            m_activity->addItem(
                c.totalItems >= 0 ? QStringLiteral("%1 (%2)").arg(c.prefLabel).arg(c.totalItems) : c.prefLabel, c.id);
        m_activity->setCurrentIndex(std::max(0, m_activity->findData(selected)));
    });
}

EventSearchQuery SessionsPage::query() const
{
    EventSearchQuery q;
    const DeskServices::Site site = m_services->site();
    q.latitude = site.latitude;
    q.longitude = site.longitude;
    q.radiusKm = site.radiusKm;
    q.mode = m_sort->currentData().toString();
    q.limit = 25;
    const QDate day = m_day->currentData().toDate();
    if (day.isValid()) {
        q.startFrom = QDateTime(day, QTime(0, 0)).toUTC();
        q.startTo = QDateTime(day, QTime(23, 59, 59)).toUTC();
    }
    const QStringList time = m_time->currentData().toStringList();
    if (time.size() == 2) {
        q.timeFrom = time.at(0);
        q.timeTo = time.at(1);
    }
    if (m_age->value() > 0)
        q.ageMin = m_age->value();
    if (!m_activity->currentData().toString().isEmpty())
        q.activityIds = {m_activity->currentData().toString()};
    return q;
}

void SessionsPage::refresh()
{
    m_resultCount->clear();
    m_model->search(query());
}

void SessionsPage::openSeries(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SessionTimetable &summary = m_model->timetable(row);
    showDetail(summary, false); // what the search already knows, at once
    const EventSeries &e = summary.series();
    loadDetail(e.id.isEmpty() ? e.identifier : e.id);
}

void SessionsPage::loadDetail(const QString &seriesId)
{
    if (seriesId.isEmpty())
        return;
    delete m_detailContext;
    m_detailContext = new QObject(this);
    m_currentId = seriesId;
    m_detailBusy->start(tr("Loading dates and prices…"), true);
    m_detailNotice->clear();
    m_services->client().eventSeries(seriesId, m_detailContext, [this](const Result<EventSeries> &r) {
        m_detailBusy->stop();
        if (!r.ok()) {
            m_detailNotice->showError(r.error.message(), true);
            return;
        }
        m_model->updateAvailability(*r.value);
        showDetail(SessionTimetable(*r.value), true); // a date chosen meanwhile stays chosen
    });
}

void SessionsPage::refreshAvailability(const QString &eventSeriesId)
{
    if (eventSeriesId.isEmpty())
        return;
    if (eventSeriesId == m_currentId) {
        loadDetail(eventSeriesId); // updates the list's rows of this series too
        return;
    }
    auto *context = new QObject(this);
    m_services->client().eventSeries(eventSeriesId, context, [this, context](const Result<EventSeries> &r) {
        context->deleteLater();
        if (r.ok())
            m_model->updateAvailability(*r.value);
    });
}

void SessionsPage::showDetail(const SessionTimetable &t, bool keepChoice)
{
    const EventSeries &e = t.series();
    const QString keptDate =
        keepChoice && m_dateList->currentIndex().isValid()
            ? m_dates->data(m_dateList->currentIndex(), OccurrenceModel::OccurrenceIdRole).toString()
            : QString();
    const QString keptOffer = keepChoice && m_offerList->currentIndex().isValid()
                                  ? m_offers->offer(m_offerList->currentIndex().row()).name
                                  : QString();
    const QString id = e.id.isEmpty() ? e.identifier : e.id;
    const bool sameSeries = keepChoice || id == m_currentId;
    m_currentId = id;
    m_detail->setVisible(true);
    m_name->setText(e.name);
    QStringList meta;
    if (!e.activities.isEmpty())
        meta << e.activities.first().prefLabel;
    if (!e.levels.isEmpty())
        meta << e.levels.join(QStringLiteral(", "));
    if (e.ageMin || e.ageMax)
        meta << (e.ageMax ? tr("ages %1–%2").arg(e.ageMin.value_or(0)).arg(*e.ageMax)
                          : tr("ages %1+").arg(e.ageMin.value_or(0)));
    if (!e.organizerName.isEmpty())
        meta << tr("run by %1").arg(e.organizerName);
    if (t.venueCount() > 1)
        meta << t.venueSummary();
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_meta->setVisible(!meta.isEmpty());
    m_description->setText(e.description);
    m_description->setVisible(!e.description.isEmpty());

    if (sameSeries && keepChoice)
        m_dates->updateAvailability(t);
    else
        m_dates->setTimetable(t);
    const int dateRow = keptDate.isEmpty() ? -1 : t.indexOf(keptDate);
    if (dateRow >= 0 && m_dates->date(dateRow).isBookable()) {
        m_dateList->setCurrentIndex(m_dates->index(dateRow));
    } else {
        if (dateRow >= 0)
            m_detailNotice->showWarning(tr("The date you chose is now full. Choose another date."));
        m_dateList->selectionModel()->clearCurrentIndex();
        m_dateList->clearSelection();
    }
    dateChosen();
    if (!keptOffer.isEmpty()) {
        for (int i = 0; i < m_offers->rowCount(); ++i) {
            if (m_offers->offer(i).name == keptOffer)
                m_offerList->setCurrentIndex(m_offers->index(i));
        }
    }
    updateBookButton();
}

std::optional<int> SessionsPage::memberAgeOn(const QDateTime &when) const
{
    if (!m_member || !m_member->person.birthDate.isValid())
        return std::nullopt;
    const QDate day = (when.isValid() ? when.toLocalTime() : Clock::instance().currentDateTimeUtc()).date();
    const QDate birth = m_member->person.birthDate;
    int age = day.year() - birth.year();
    if (day < birth.addYears(age))
        --age;
    return age;
}

void SessionsPage::dateChosen()
{
    const QModelIndex current = m_dateList->currentIndex();
    const SessionTimetable &t = m_dates->timetable();
    std::optional<Place> place;
    QVector<Offer> offers;
    QDateTime start;
    if (current.isValid()) {
        const DatedOccurrence &date = m_dates->date(current.row());
        place = date.place;
        offers = t.offersFor(date);
        start = date.session.startDate;
    } else if (t.venueCount() == 1) {
        place = t.venues().constFirst();
    }
    // The venue and the price levels are always those of the chosen date's series.
    if (place) {
        QString address = place->address.fullAddress;
        if (address.startsWith(place->name + QStringLiteral(", ")))
            address = address.mid(place->name.size() + 2); // imin's full address may begin with the venue's name
        m_venue->setText(QStringLiteral("<b>%1</b><br>%2").arg(place->name.toHtmlEscaped(), address.toHtmlEscaped()));
    } else if (t.venueCount() > 1) {
        QStringList names;
        for (const Place &p : t.venues())
            names << p.name.toHtmlEscaped();
        m_venue->setText(tr("Runs at %1 venues: %2. Choose a date to see where.")
                             .arg(t.venueCount())
                             .arg(names.join(QStringLiteral(", "))));
    } else {
        m_venue->clear();
    }
    m_venue->setVisible(!m_venue->text().isEmpty());
    const QString keptOffer =
        m_offerList->currentIndex().isValid() ? m_offers->offer(m_offerList->currentIndex().row()).name : QString();
    m_offers->setOffers(offers, memberAgeOn(start), false);
    int select = -1;
    for (int i = 0; i < m_offers->rowCount(); ++i) {
        if (!keptOffer.isEmpty() && m_offers->offer(i).name == keptOffer)
            select = i;
    }
    if (select < 0 && m_offers->rowCount() == 1)
        select = 0; // a session's only price level is chosen already
    if (select >= 0)
        m_offerList->setCurrentIndex(m_offers->index(select));
    // The list shows every level without scrolling (they are few); with no date chosen, a line says why it is empty.
    int height = 2 * m_offerList->frameWidth() + 4;
    for (int i = 0; i < m_offers->rowCount(); ++i)
        height += m_offerList->sizeHintForRow(i);
    m_offerList->setFixedHeight(std::max(height, 48));
    m_offerList->setVisible(m_offers->rowCount() > 0);
    m_offersEmpty->setText(current.isValid() ? tr("imin lists no price levels for this date.")
                                             : tr("Choose a date to see its price levels."));
    m_offersEmpty->setVisible(m_offers->rowCount() == 0);
    updateBookButton();
}

void SessionsPage::updateBookButton()
{
    const QModelIndex date = m_dateList->currentIndex();
    const QModelIndex offer = m_offerList->currentIndex();
    const bool choices = date.isValid() && offer.isValid() && m_dates->date(date.row()).isBookable();
    m_book->setText(m_member ? tr("&Book for %1").arg(m_member->person.givenName) : tr("&Book"));
    m_book->setEnabled(m_member.has_value() && choices);
    if (!m_member)
        m_bookHint->setText(tr("Choose a member first to book (Members page)."));
    else if (!m_detail->isVisible())
        m_bookHint->setText(tr("Choose a session."));
    else if (!date.isValid())
        m_bookHint->setText(tr("Choose a date."));
    else if (m_offers->rowCount() == 0)
        m_bookHint->setText(m_detailBusy->isBusy() ? tr("Loading price levels…")
                                                   : tr("imin lists no price levels for this date."));
    else if (!offer.isValid())
        m_bookHint->setText(tr("Choose a price level."));
    else
        m_bookHint->setText(tr("%1 at %2")
                                .arg(Text::when(m_dates->date(date.row()).session.startDate),
                                     m_offers->data(offer, RowRole::Trailing).toString()));
}

void SessionsPage::book()
{
    const QModelIndex date = m_dateList->currentIndex();
    const QModelIndex offer = m_offerList->currentIndex();
    if (!m_member || !date.isValid() || !offer.isValid())
        return;
    const DatedOccurrence &d = m_dates->date(date.row());
    BookingFlow::Choice choice;
    choice.memberId = m_member->id;
    choice.eventName = m_dates->timetable().series().name;
    choice.eventSeriesId = m_currentId;
    choice.venueName = d.place ? d.place->name : QString();
    choice.opportunityIdentifier = d.session.identifier;
    choice.start = d.session.startDate;
    choice.offer = m_offers->offer(offer.row());
    Q_EMIT bookRequested(choice);
}

#include "SessionsPage.h"

#include "app/DeskServices.h"
#include "Widgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QString priceRange(const EventSeries &e)
{
    auto part = [](const PriceSummary &p) -> QString {
        if (p.price)
            return Theme::money(*p.price);
        if (p.lowPrice && p.highPrice)
            return Theme::money(*p.lowPrice) + QStringLiteral("–") + Theme::money(*p.highPrice);
        if (p.lowPrice)
            return QObject::tr("from %1").arg(Theme::money(*p.lowPrice));
        return {};
    };
    QStringList parts;
    if (const QString a = part(e.publicAdult); !a.isEmpty())
        parts << QObject::tr("Adult %1").arg(a);
    if (const QString j = part(e.publicJunior); !j.isEmpty())
        parts << QObject::tr("Junior %1").arg(j);
    return parts.isEmpty() ? QObject::tr("Price on booking") : parts.join(QStringLiteral(" · "));
}

QString when(const QDateTime &start, const QDateTime &end)
{
    const QDateTime local = start.toLocalTime();
    QString text = QLocale().toString(local.date(), QStringLiteral("ddd d MMM")) + QStringLiteral(", ") +
                   local.time().toString(QStringLiteral("HH:mm"));
    if (end.isValid())
        text += QStringLiteral("–") + end.toLocalTime().time().toString(QStringLiteral("HH:mm"));
    return text;
}

QString places(const ScheduledSession &s)
{
    if (!s.remainingAttendeeCapacity)
        return {};
    if (*s.remainingAttendeeCapacity <= 0)
        return QObject::tr("Full");
    return QObject::tr("%n place(s) left", nullptr, *s.remainingAttendeeCapacity);
}
} // namespace

SessionListModel::SessionListModel(DeskServices *services, QObject *parent)
    : QAbstractListModel(parent), m_services(services)
{}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const EventSeries &e = m_items.at(index.row());
    ScheduledSession next;
    for (const SessionSeries &ss : e.sessionSeries) {
        for (const ScheduledSession &o : ss.occurrences) {
            if (!next.startDate.isValid() || o.startDate < next.startDate)
                next = o;
        }
    }
    std::optional<Place> venue = e.sessionSeries.isEmpty() ? std::nullopt : e.placeOf(e.sessionSeries.first());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        QStringList line2;
        if (venue)
            line2 << venue->name + (venue->distanceKm ? QStringLiteral(" (%1 km)").arg(*venue->distanceKm, 0, 'f', 1)
                                                      : QString());
        if (next.startDate.isValid())
            line2 << QObject::tr("next %1").arg(when(next.startDate, next.endDate));
        QStringList line3{priceRange(e)};
        if (const QString p = places(next); !p.isEmpty())
            line3 << p;
        return e.name + QLatin1Char('\n') + line2.join(QStringLiteral("  ·  ")) + QLatin1Char('\n') +
               line3.join(QStringLiteral("  ·  "));
    }
    return {};
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_next.isEmpty() && !m_loading;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(m_next, false);
}

void SessionListModel::search(const EventSearchQuery &query)
{
    QUrl url(m_services->client().config().searchBase.toString(QUrl::StripTrailingSlash) +
             QStringLiteral("/events-api/v2/event-series"));
    url.setQuery(query.toQuery());
    load(url.toString(QUrl::FullyEncoded), true);
}

void SessionListModel::load(const QString &url, bool reset)
{
    if (reset) {
        delete m_requestContext; // drops the answer of any search still in flight
        m_requestContext = nullptr;
        beginResetModel();
        m_items.clear();
        m_next.clear();
        m_total = 0;
        endResetModel();
    }
    if (!m_requestContext)
        m_requestContext = new QObject(this);
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_services->client().eventsPage(url, m_requestContext, [this](const Result<Page<EventSeries>> &r) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!r.ok()) {
            Q_EMIT failed(r.error.message());
            return;
        }
        if (!r.value->items.isEmpty()) {
            beginInsertRows({}, int(m_items.size()), int(m_items.size() + r.value->items.size() - 1));
            m_items += r.value->items;
            endInsertRows();
        }
        m_next = r.value->next;
        m_total = r.value->totalItems >= 0 ? r.value->totalItems : int(m_items.size());
        Q_EMIT loaded();
    });
}

SessionsPage::SessionsPage(DeskServices *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("sessionsPage"));
    const MasterDetail md = MasterDetail::build(this, 620, 560);
    QWidget *left = md.leftColumn;
    QVBoxLayout *leftLayout = md.left;
    m_memberLabel = new QLabel(left);
    m_memberLabel->setObjectName(QStringLiteral("sessionsMember"));
    m_memberLabel->setProperty("role", QStringLiteral("subtitle"));
    leftLayout->addWidget(m_memberLabel);

    auto *filters = new QGridLayout;
    m_activity = new QComboBox(left);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("All activities"), QString());
    m_day = new QComboBox(left);
    m_day->setObjectName(QStringLiteral("dayFilter"));
    m_day->addItem(tr("Any day (next 14 days)"), QDate());
    for (int i = 0; i < 14; ++i) {
        const QDate d = QDate::currentDate().addDays(i);
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
    addFilter(tr("&Sort"), m_sort, 2, 0);
    leftLayout->addLayout(filters);
    m_busy = new BusyIndicator(left);
    m_busy->setObjectName(QStringLiteral("sessionsBusy"));
    m_notice = new Notice(left);
    m_resultCount = new QLabel(left);
    m_resultCount->setObjectName(QStringLiteral("sessionCount"));
    m_resultCount->setProperty("role", QStringLiteral("muted"));
    leftLayout->addWidget(m_busy);
    leftLayout->addWidget(m_notice);
    leftLayout->addWidget(m_resultCount);
    m_model = new SessionListModel(services, this);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("sessionResults"));
    m_list->setAccessibleName(tr("Sessions found"));
    m_list->setModel(m_model);
    m_list->setSpacing(3);
    m_list->setWordWrap(true);
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
    m_meta->setProperty("role", QStringLiteral("muted"));
    m_meta->setWordWrap(true);
    m_venue = new QLabel(m_detail);
    m_venue->setObjectName(QStringLiteral("sessionVenue"));
    m_venue->setWordWrap(true);
    m_description = new QLabel(m_detail);
    m_description->setWordWrap(true);
    m_detailBusy = new BusyIndicator(m_detail);
    m_detailBusy->setObjectName(QStringLiteral("detailBusy"));
    m_detailNotice = new Notice(m_detail);
    auto *occLabel = new QLabel(tr("1. Choose a &date"), m_detail);
    occLabel->setProperty("role", QStringLiteral("subtitle"));
    m_occurrences = new QListWidget(m_detail);
    m_occurrences->setObjectName(QStringLiteral("occurrenceList"));
    m_occurrences->setAccessibleName(tr("Dates and times"));
    occLabel->setBuddy(m_occurrences);
    auto *offerLabel = new QLabel(tr("2. Choose a &price level"), m_detail);
    offerLabel->setProperty("role", QStringLiteral("subtitle"));
    m_offers = new QListWidget(m_detail);
    m_offers->setObjectName(QStringLiteral("offerList"));
    m_offers->setAccessibleName(tr("Price levels"));
    offerLabel->setBuddy(m_offers);
    m_book = new QPushButton(m_detail);
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_book->setProperty("role", QStringLiteral("primary"));
    m_bookHint = new QLabel(m_detail);
    m_bookHint->setObjectName(QStringLiteral("bookHint"));
    m_bookHint->setProperty("role", QStringLiteral("muted"));
    m_bookHint->setWordWrap(true);
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_meta), static_cast<QWidget *>(m_venue),
          static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_detailBusy),
          static_cast<QWidget *>(m_detailNotice), static_cast<QWidget *>(occLabel),
          static_cast<QWidget *>(m_occurrences), static_cast<QWidget *>(offerLabel), static_cast<QWidget *>(m_offers),
          static_cast<QWidget *>(m_bookHint), static_cast<QWidget *>(m_book)})
        d->addWidget(w);
    d->addStretch();
    scroll->setWidget(m_detail);
    m_detail->setVisible(false);

    for (QComboBox *c : {m_activity, m_day, m_time, m_sort})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &SessionsPage::refresh);
    connect(m_age, qOverload<int>(&QSpinBox::valueChanged), this, &SessionsPage::refresh);
    connect(m_model, &SessionListModel::loadingChanged, this,
            [this](bool loading) { loading ? m_busy->start(tr("Looking for sessions…")) : m_busy->stop(); });
    connect(m_model, &SessionListModel::failed, this,
            [this](const QString &message) { m_notice->showError(message, true); });
    connect(m_notice, &Notice::retryRequested, this, &SessionsPage::refresh);
    connect(m_model, &SessionListModel::loaded, this, [this]() {
        m_notice->clear();
        m_resultCount->setText(m_model->rowCount() ? tr("%n session(s)", nullptr, m_model->totalItems())
                                                   : tr("No sessions match. Try another day, time or activity."));
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) { openSeries(i.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &i) { openSeries(i.row()); });
    connect(m_occurrences, &QListWidget::currentRowChanged, this, &SessionsPage::updateBookButton);
    connect(m_offers, &QListWidget::currentRowChanged, this, &SessionsPage::updateBookButton);
    connect(m_book, &QPushButton::clicked, this, [this]() {
        const int o = m_occurrences->currentRow(), p = m_offers->currentRow();
        if (!m_member || o < 0 || p < 0)
            return;
        const auto occurrence = m_occurrences->item(o)->data(Qt::UserRole).value<int>();
        const auto offer = m_offers->item(p)->data(Qt::UserRole).value<int>();
        int index = 0;
        for (const SessionSeries &ss : m_current.sessionSeries) {
            for (const ScheduledSession &s : ss.occurrences) {
                if (index++ == occurrence) {
                    Q_EMIT bookRequested(*m_member, s, ss.offers.value(offer), m_current.name);
                    return;
                }
            }
        }
    });
    setMember(std::nullopt);
}

void SessionsPage::setMember(const std::optional<Member> &member)
{
    m_member = member;
    m_memberLabel->setText(member ? tr("Booking for %1 (%2)").arg(member->displayName(), member->membershipNumber)
                                  : tr("Choose a member first to book (Members page, Ctrl+F)."));
    updateBookButton();
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
    const EventSeries summary = m_model->series(row);
    showDetail(summary); // what the search already knows, at once
    delete m_detailContext;
    m_detailContext = new QObject(this);
    m_detailBusy->start(tr("Loading dates and prices…"));
    m_detailNotice->clear();
    const QString id = summary.id.isEmpty() ? summary.identifier : summary.id;
    m_services->client().eventSeries(id, m_detailContext, [this, row](const Result<EventSeries> &r) {
        m_detailBusy->stop();
        if (!r.ok()) {
            m_detailNotice->showError(r.error.message(), true);
            disconnect(m_detailNotice, &Notice::retryRequested, nullptr, nullptr);
            connect(m_detailNotice, &Notice::retryRequested, this, [this, row]() { openSeries(row); });
            return;
        }
        showDetail(*r.value);
    });
}

void SessionsPage::showDetail(const EventSeries &e)
{
    m_current = e;
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
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_meta->setVisible(!meta.isEmpty());
    m_description->setText(e.description);
    m_description->setVisible(!e.description.isEmpty());
    const std::optional<Place> venue = e.sessionSeries.isEmpty() ? std::nullopt : e.placeOf(e.sessionSeries.first());
    m_venue->setText(venue ? QStringLiteral("<b>%1</b><br>%2")
                                 .arg(venue->name.toHtmlEscaped(), venue->address.fullAddress.toHtmlEscaped())
                           : QString());
    m_venue->setVisible(venue.has_value());
    m_occurrences->clear();
    // Every date of every session series, in time order; each item remembers its place in the series order.
    struct Dated
    {
        int index;
        ScheduledSession session;
    };
    QVector<Dated> dated;
    int index = 0;
    for (const SessionSeries &ss : e.sessionSeries) {
        for (const ScheduledSession &s : ss.occurrences)
            dated.append({index++, s});
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const Dated &a, const Dated &b) { return a.session.startDate < b.session.startDate; });
    for (const Dated &entry : std::as_const(dated)) {
        {
            const ScheduledSession &s = entry.session;
            QString text = when(s.startDate, s.endDate);
            if (const QString p = places(s); !p.isEmpty())
                text += QStringLiteral("   ") + p;
            auto *item = new QListWidgetItem(text, m_occurrences);
            item->setData(Qt::UserRole, entry.index);
            if (s.isFull() || !s.isBookable()) {
                item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
                if (!s.isBookable() && !s.isFull())
                    item->setText(text + QStringLiteral("   ") + tr("(not bookable here)"));
            }
        }
    }
    m_offers->clear();
    const QVector<Offer> offers = e.sessionSeries.isEmpty() ? QVector<Offer>() : e.sessionSeries.first().offers;
    for (int i = 0; i < offers.size(); ++i) {
        const Offer &o = offers.at(i);
        QString text = o.name + QStringLiteral("   ") + (o.price ? Theme::money(*o.price) : tr("price on booking"));
        if (!o.description.isEmpty())
            text += QLatin1Char('\n') + o.description;
        auto *item = new QListWidgetItem(text, m_offers);
        item->setData(Qt::UserRole, i);
    }
    updateBookButton();
}

void SessionsPage::updateBookButton()
{
    const bool choices = m_occurrences->currentRow() >= 0 && m_offers->currentRow() >= 0;
    m_book->setText(m_member ? tr("&Book for %1").arg(m_member->person.givenName) : tr("&Book"));
    m_book->setEnabled(m_member.has_value() && choices);
    if (!m_member)
        m_bookHint->setText(tr("Choose a member first to book (Members page)."));
    else if (m_offers->count() == 0 && m_occurrences->count() > 0)
        m_bookHint->setText(tr("Loading price levels…"));
    else if (!choices)
        m_bookHint->setText(tr("Choose a date and a price level."));
    else
        m_bookHint->clear();
    m_bookHint->setVisible(!m_bookHint->text().isEmpty());
}

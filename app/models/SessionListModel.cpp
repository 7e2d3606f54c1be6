#include "SessionListModel.h"

#include "RowRole.h"
#include "services/Services.h"
#include "util/Text.h"

namespace {
QString priceRange(const EventSeries &e)
{
    auto part = [](const PriceSummary &p) -> QString {
        if (p.price)
            return Text::money(*p.price);
        if (p.lowPrice && p.highPrice && *p.lowPrice != *p.highPrice)
            return Text::money(*p.lowPrice) + QStringLiteral("–") + Text::money(*p.highPrice);
        if (p.lowPrice)
            return SessionListModel::tr("from %1").arg(Text::money(*p.lowPrice));
        return {};
    };
    QStringList parts;
    if (const QString a = part(e.publicAdult); !a.isEmpty())
        parts << SessionListModel::tr("Adult %1").arg(a);
    if (const QString j = part(e.publicJunior); !j.isEmpty())
        parts << SessionListModel::tr("Junior %1").arg(j);
    // The member's own price where imin knows their entitlement (asked with their entitlementFilter).
    if (const QString own = part(e.activeEntitlement); !own.isEmpty())
        parts << (e.activeEntitlement.indicative ? SessionListModel::tr("With entitlement %1 (indicative)").arg(own)
                                                 : SessionListModel::tr("With entitlement %1").arg(own));
    return parts.isEmpty() ? SessionListModel::tr("Price on booking") : parts.join(QStringLiteral(" · "));
}
} // namespace

SessionListModel::SessionListModel(Services *services, QObject *parent)
    : QAbstractListModel(parent), m_services(services)
{}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeriesIdRole, "seriesId");
    names.insert(VenueCountRole, "venueCount");
    names.insert(NextStartRole, "nextStart");
    names.insert(PlacesLeftRole, "placesLeft");
    names.insert(AllFullRole, "allFull");
    names.insert(BookableRole, "bookable");
    return names;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SessionTimetable &t = m_rows.at(index.row());
    const EventSeries &e = t.series();
    const std::optional<DatedOccurrence> open = t.nextOpen();
    const std::optional<DatedOccurrence> shown = open ? open : t.first();
    const bool allFull = t.allFull();
    auto venueLine = [&]() {
        QStringList parts;
        const QString venue = t.venueSummary();
        if (t.series().isOnline()) {
            parts << tr("Online"); // its place only names where the organiser is based (contract 7.5)
        } else if (!venue.isEmpty()) {
            QString v = venue;
            if (t.venueCount() == 1 && t.venues().constFirst().distanceKm)
                v += tr(" (%1 km)").arg(QLocale().toString(*t.venues().constFirst().distanceKm, 'f', 1));
            parts << v;
        }
        if (shown) {
            const QString when = Text::when(shown->session.startDate, shown->session.endDate);
            parts << (open ? tr("next %1").arg(when) : when);
        }
        return parts.join(QStringLiteral("  ·  "));
    };
    auto chip = [&]() -> QString {
        if (allFull)
            return tr("Full");
        if (open)
            return Text::placesLeft(open->session.remainingAttendeeCapacity);
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::AccessibleTextRole: {
        QStringList parts{e.name, venueLine(), priceRange(e)};
        if (const QString c = chip(); !c.isEmpty())
            parts << c;
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case RowRole::Title:
        return e.name;
    case RowRole::Subtitle:
        return venueLine();
    case RowRole::Detail:
        return priceRange(e);
    case RowRole::Chip:
        return chip();
    case RowRole::ChipKind: {
        if (allFull)
            return QStringLiteral("bad");
        const int left = open ? open->session.remainingAttendeeCapacity.value_or(99) : 99;
        return left <= 3 ? QStringLiteral("warn") : QStringLiteral("ok");
    }
    case RowRole::Unavailable:
        return allFull;
    case SeriesIdRole:
        return e.id.isEmpty() ? e.identifier : e.id;
    case VenueCountRole:
        return t.venueCount();
    case NextStartRole:
        return shown ? shown->session.startDate : QDateTime();
    case PlacesLeftRole:
        return shown && shown->session.remainingAttendeeCapacity ? QVariant(*shown->session.remainingAttendeeCapacity)
                                                                 : QVariant();
    case AllFullRole:
        return allFull;
    case BookableRole:
        return open.has_value();
    default:
        return {};
    }
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

void SessionListModel::clear()
{
    delete m_requestContext;
    beginResetModel();
    m_rows.clear();
    m_next.clear();
    m_total = 0;
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
}

void SessionListModel::cancel()
{
    delete m_requestContext; // its answer, if it still comes, goes nowhere
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
}

void SessionListModel::updateAvailability(const EventSeries &fresh)
{
    const QString id = fresh.id.isEmpty() ? fresh.identifier : fresh.id;
    for (int row = 0; row < m_rows.size(); ++row) {
        const EventSeries &e = m_rows.at(row).series();
        if ((e.id.isEmpty() ? e.identifier : e.id) != id)
            continue;
        EventSeries merged = e;
        if (SessionTimetable::mergeAvailability(merged, fresh)) {
            m_rows[row] = SessionTimetable(merged);
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

void SessionListModel::appendSeries(const QVector<EventSeries> &items)
{
    if (items.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
    for (const EventSeries &e : items)
        m_rows.append(SessionTimetable(e));
    endInsertRows();
}

void SessionListModel::load(const QString &url, bool reset)
{
    if (reset)
        clear();
    if (!m_requestContext)
        m_requestContext = new QObject(this);
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_services->client().eventsPage(url, m_requestContext, [this](const Result<Page<EventSeries>> &r) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!r.ok()) {
            Q_EMIT failed(r.error);
            return;
        }
        appendSeries(r.value->items);
        m_next = r.value->next;
        m_total = r.value->totalItems >= 0 ? r.value->totalItems : int(m_rows.size());
        Q_EMIT loaded();
    });
}

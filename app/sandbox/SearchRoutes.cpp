// Events API and Facilities API (contract sections 7 and 8).
#include "CatalogueJson.h"
#include "SandboxServer.h"

#include "util/Clock.h"
#include "util/Iso8601.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Sandbox {

namespace {
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr int defaultLimit = 10;
constexpr int maxLimit = 50;

int parseClock(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^([01]\d|2[0-3]):([0-5]\d)$)"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
}

bool parseGeo(const QString &text, double *lat, double *lng, double *radius)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return false;
    bool a = false, b = false, c = false;
    *lat = parts.at(0).trimmed().toDouble(&a);
    *lng = parts.at(1).trimmed().toDouble(&b);
    *radius = parts.at(2).trimmed().toDouble(&c);
    return a && b && c && std::abs(*lat) <= 90 && std::abs(*lng) <= 180 && *radius > 0 && *radius <= 1000;
}

bool parsePaging(const HttpRequest &r, int *page, int *limit, QJsonArray *problems)
{
    bool ok = true;
    if (r.queryValues(QStringLiteral("page")).size()) {
        *page = r.queryValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || *page < 1) {
            problems->append(
                SandboxServer::invalidParam(QStringLiteral("page"), QStringLiteral("must be a whole number from 1")));
            return false;
        }
    }
    if (limit && r.queryValues(QStringLiteral("limit")).size()) {
        *limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || *limit < 1 || *limit > maxLimit) {
            problems->append(
                SandboxServer::invalidParam(QStringLiteral("limit"), QStringLiteral("must be from 1 to 50")));
            return false;
        }
    }
    return true;
}

HttpResponse badSearch(const QJsonArray &problems)
{
    return SandboxServer::error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid search"),
                                QStringLiteral("Some search parameters are missing or not valid."), problems);
}
} // namespace

bool SandboxServer::parseSearch(const HttpRequest &r, SearchQuery *q, QJsonArray *problems) const
{
    // isVirtual=true: only online classes, for which imin's own example sends no geo[radial] (contract 7.5).
    const QString isVirtual = r.queryValue(QStringLiteral("isVirtual"));
    if (isVirtual == QLatin1String("true"))
        q->attendance = SearchQuery::Attendance::VirtualOnly;
    else if (isVirtual == QLatin1String("false"))
        q->attendance = SearchQuery::Attendance::InPersonOnly;
    else if (!isVirtual.isEmpty())
        problems->append(invalidParam(QStringLiteral("isVirtual"), QStringLiteral("must be true or false")));
    const QString geo = r.queryValue(QStringLiteral("geo[radial]"));
    if (geo.isEmpty() && q->attendance != SearchQuery::Attendance::VirtualOnly)
        problems->append(
            invalidParam(QStringLiteral("geo[radial]"), QStringLiteral("is required, as LAT,LNG,RADIUS_KM")));
    else if (!geo.isEmpty() && !parseGeo(geo, &q->lat, &q->lng, &q->radiusKm))
        problems->append(invalidParam(QStringLiteral("geo[radial]"),
                                      QStringLiteral("must be LAT,LNG,RADIUS_KM with a radius above 0")));
    const QString mode = r.queryValue(QStringLiteral("mode"));
    if (mode == QLatin1String("upcoming-sessions"))
        q->mode = SearchQuery::Mode::UpcomingSessions;
    else if (mode == QLatin1String("discovery-geo"))
        q->mode = SearchQuery::Mode::DiscoveryGeo;
    else if (mode == QLatin1String("discovery-price-asc"))
        q->mode = SearchQuery::Mode::PriceAsc;
    else if (mode == QLatin1String("discovery-price-desc"))
        q->mode = SearchQuery::Mode::PriceDesc;
    else
        problems->append(invalidParam(QStringLiteral("mode"),
                                      mode.isEmpty() ? QStringLiteral("is required")
                                                     : QStringLiteral("must be upcoming-sessions, discovery-geo, "
                                                                      "discovery-price-asc or discovery-price-desc")));
    q->limit = defaultLimit;
    parsePaging(r, &q->page, &q->limit, problems);

    const qint64 now = nowMs();
    q->fromMs = now;
    q->toMs = now + 14 * dayMs; // the Events API shows the next 14 days only
    for (const char *key : {"startDate[gte]", "startDate[lte]"}) {
        const QString v = r.queryValue(QLatin1String(key));
        if (v.isEmpty())
            continue;
        const QDateTime dt = Iso8601::parseDateTime(v);
        if (!dt.isValid()) {
            problems->append(
                invalidParam(QLatin1String(key), QStringLiteral("must be an ISO 8601 date-time with a zone")));
            continue;
        }
        if (key[10] == 'g')
            q->fromMs = std::max(q->fromMs, dt.toMSecsSinceEpoch());
        else
            q->toMs = std::min(q->toMs, dt.toMSecsSinceEpoch());
    }
    for (const char *key : {"startTime[gte]", "startTime[lte]"}) {
        const QString v = r.queryValue(QLatin1String(key));
        if (v.isEmpty())
            continue;
        const int minute = parseClock(v);
        if (minute < 0)
            problems->append(invalidParam(QLatin1String(key), QStringLiteral("must be HH:MM")));
        else if (key[10] == 'g')
            q->timeFromMinute = minute;
        else
            q->timeToMinute = minute;
    }
    auto ageParam = [&](const char *key, int *target) {
        const QString v = r.queryValue(QLatin1String(key));
        if (v.isEmpty())
            return;
        bool ok = false;
        *target = v.toInt(&ok);
        if (!ok || *target < 0 || *target > 120)
            problems->append(invalidParam(QLatin1String(key), QStringLiteral("must be an age from 0 to 120")));
    };
    ageParam("ageRangeMin[gte]", &q->ageMinGte);
    ageParam("ageRangeMax[lte]", &q->ageMaxLte);
    const QString include = r.queryValue(QStringLiteral("ageRange[includeRange]"));
    if (!include.isEmpty()) {
        const QStringList parts = include.split(QLatin1Char(','));
        bool a = false, b = true;
        q->includeMin = parts.value(0).toInt(&a);
        q->includeMax = parts.size() > 1 ? parts.at(1).toInt(&b) : q->includeMin;
        if (!a || !b || parts.size() > 2 || q->includeMin < 0 || q->includeMax < q->includeMin)
            problems->append(
                invalidParam(QStringLiteral("ageRange[includeRange]"), QStringLiteral("must be MIN or MIN,MAX")));
    }

    // Activities: a parent includes its children; several values allowed.
    QVector<int> wanted;
    bool activityFilter = false;
    for (const QString &id : r.queryValues(QStringLiteral("activityId"))) {
        activityFilter = true;
        const int a = m_catalogue->activityIndex(id);
        if (a >= 0)
            wanted.append(a);
    }
    for (const QString &label : r.queryValues(QStringLiteral("activityPrefLabel"))) {
        activityFilter = true;
        wanted += m_catalogue->activityIndexesByLabel(label);
    }
    for (const QString &id : r.queryValues(QStringLiteral("activityConceptCollectionId"))) {
        activityFilter = true;
        const int c = m_catalogue->collectionIndex(id);
        if (c >= 0)
            wanted += m_catalogue->collections().at(c).members;
    }
    if (activityFilter) {
        const auto &acts = m_catalogue->activities();
        q->activityAllowed = QVector<bool>(acts.size(), false);
        for (int a = 0; a < acts.size(); ++a) {
            for (int ancestor : acts.at(a).selfAndAncestors) {
                if (wanted.contains(ancestor)) {
                    q->activityAllowed[a] = true;
                    break;
                }
            }
        }
    }
    const QStringList tags = r.queryValues(QStringLiteral("iminTag"));
    const QStringList notTags = r.queryValues(QStringLiteral("iminTag[not]"));
    if (!tags.isEmpty() && !notTags.isEmpty())
        problems->append(
            invalidParam(QStringLiteral("iminTag"), QStringLiteral("cannot be combined with iminTag[not]")));
    if (r.queryValue(QStringLiteral("showAllSessions")) == QLatin1String("true"))
        q->highFrequency = SearchQuery::HighFrequency::All;
    else if (tags.contains(QStringLiteral("HighFrequencySession")))
        q->highFrequency = SearchQuery::HighFrequency::Only;
    return problems->isEmpty();
}

HttpResponse SandboxServer::searchEvents(Context &ctx)
{
    SearchQuery q;
    QJsonArray problems;
    if (!parseSearch(ctx.request, &q, &problems))
        return badSearch(problems);
    // entitlementFilter (contract 3.5): an opaque token imin gives the broker; the sandbox's stand for its
    // membership and concession entitlements. Any other token is refused, as a filter imin never gave would be.
    const QString filter = ctx.request.queryValue(QStringLiteral("entitlementFilter"));
    std::optional<OfferKind> entitled;
    if (filter == QLatin1String("sandbox-membership"))
        entitled = OfferKind::Members;
    else if (filter == QLatin1String("sandbox-concession"))
        entitled = OfferKind::Concession;
    else if (!filter.isEmpty())
        return badSearch({invalidParam(QStringLiteral("entitlementFilter"),
                                       QStringLiteral("is not an entitlement filter given to this broker"))});
    const qint64 now = nowMs();
    const SearchResult result = m_catalogue->search(q, now);
    CatalogueJson json(*m_catalogue, ctx.origin, ctx.taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    json.setQueryCentre(q.lat, q.lng);
    QVector<QJsonObject> items;
    for (const SearchHit &hit : result.hits) {
        QJsonObject item = json.eventSeries(hit.event, hit.sessions, std::max(q.fromMs, now), q.toMs,
                                            CatalogueJson::Detail::Summary, hit.occurrenceStart);
        if (entitled && !hit.sessions.isEmpty() && item.contains(QStringLiteral("imin:aggregateOffer")))
            json.addActiveEntitlement(item, hit.sessions.constFirst(), *entitled);
        items.append(item);
    }
    // By default the API behaves as if iminTag[not]=HighFrequencySession were added; it shows in view.id.
    const bool implicitTag = ctx.request.queryValues(QStringLiteral("iminTag")).isEmpty() &&
                             ctx.request.queryValues(QStringLiteral("iminTag[not]")).isEmpty() &&
                             q.highFrequency == SearchQuery::HighFrequency::Exclude;
    return collectionResponse(ctx, items, result.totalItems, q.page, q.limit,
                              implicitTag ? QStringLiteral("iminTag[not]=HighFrequencySession") : QString());
}

HttpResponse SandboxServer::eventSeriesById(Context &ctx)
{
    const int e = m_catalogue->eventByIdentifier(ctx.match.captured(1));
    const qint64 now = nowMs();
    QVector<int> sessions;
    if (e >= 0) {
        for (int s : m_catalogue->events().at(e).sessions) {
            if (!m_catalogue->occurrences(s, now, now + 14 * dayMs).isEmpty())
                sessions.append(s);
        }
    }
    if (sessions.isEmpty()) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Event not found"),
                     QStringLiteral("There is no upcoming event series %1.").arg(ctx.match.captured(1)));
    }
    CatalogueJson json(*m_catalogue, ctx.origin, ctx.taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    QJsonObject out = json.eventSeries(e, sessions, now, now + 14 * dayMs, CatalogueJson::Detail::Full);
    out.insert(QStringLiteral("@context"), byIdContext());
    return jsonResponse(200, out);
}

// imin's by-id answers name every vocabulary their terms come from (its published samples list these four).
QJsonArray SandboxServer::byIdContext()
{
    return {QStringLiteral("https://openactive.io/"), QStringLiteral("https://schema.imin.co/"),
            QStringLiteral("https://openactive.io/ns-beta"), QStringLiteral("http://data.emduk.org/ns/emduk.jsonld")};
}

// The SessionSeries and ScheduledSession ids the data hands out resolve: each answers its EventSeries narrowed to
// that series (its next 14 days) or that one occurrence. (imin's orders name ScheduledSessions by such search URLs;
// imin documents no route for them, so the sandbox answers with the by-id shape.)
HttpResponse SandboxServer::sessionSeriesById(Context &ctx)
{
    bool ok = false;
    const int s = ctx.match.captured(1).toInt(&ok);
    const qint64 now = nowMs();
    if (!ok || s < 0 || s >= m_catalogue->sessions().size() ||
        m_catalogue->occurrences(s, now, now + 14 * dayMs).isEmpty()) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Session series not found"),
                     QStringLiteral("There is no upcoming session series %1.").arg(ctx.match.captured(1)));
    }
    CatalogueJson json(*m_catalogue, ctx.origin, ctx.taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    QJsonObject out =
        json.eventSeries(m_catalogue->sessions().at(s).event, {s}, now, now + 14 * dayMs, CatalogueJson::Detail::Full);
    out.insert(QStringLiteral("@context"), byIdContext());
    return jsonResponse(200, out);
}

HttpResponse SandboxServer::scheduledSessionById(Context &ctx)
{
    const QString key = QUrl::fromPercentEncoding(ctx.match.captured(1).toUtf8());
    const auto o = m_catalogue->findOpportunity(key);
    if (!o || o->type != Opportunity::ScheduledSession || o->startMs < nowMs()) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Session not found"),
                     QStringLiteral("There is no upcoming scheduled session %1.").arg(key));
    }
    CatalogueJson json(*m_catalogue, ctx.origin, ctx.taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    const int s = o->owner;
    QJsonObject out = json.eventSeries(m_catalogue->sessions().at(s).event, {s}, o->startMs, o->startMs + 1,
                                       CatalogueJson::Detail::Full, o->startMs);
    out.insert(QStringLiteral("@context"), byIdContext());
    return jsonResponse(200, out);
}

HttpResponse SandboxServer::places(Context &ctx)
{
    SearchQuery q;
    QJsonArray problems;
    if (!parseSearch(ctx.request, &q, &problems))
        return badSearch(problems);
    const int page = q.page, limit = q.limit;
    q.mode = SearchQuery::Mode::DiscoveryGeo;
    q.page = 1;
    q.limit = std::numeric_limits<int>::max();
    const SearchResult all = m_catalogue->search(q, nowMs());
    QMap<int, int> perVenue;
    for (const SearchHit &hit : all.hits) {
        QVector<int> venues;
        for (int s : hit.sessions) {
            const int v = m_catalogue->sessions().at(s).venue;
            if (!venues.contains(v))
                venues.append(v);
        }
        for (int v : venues)
            perVenue[v] += 1;
    }
    QVector<int> order = perVenue.keys().toVector();
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &va = m_catalogue->venues().at(a), &vb = m_catalogue->venues().at(b);
        return Catalogue::distanceKm(q.lat, q.lng, va.lat, va.lng) <
               Catalogue::distanceKm(q.lat, q.lng, vb.lat, vb.lng);
    });
    CatalogueJson json(*m_catalogue, ctx.origin, ctx.taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    json.setQueryCentre(q.lat, q.lng);
    QVector<QJsonObject> items;
    for (int i = (page - 1) * limit; i < order.size() && i < page * limit; ++i) {
        const int v = order.at(i);
        QJsonObject p = json.place(v, true);
        p.remove(QStringLiteral("id"));
        const Venue &venue = m_catalogue->venues().at(v);
        // A search URL that returns this place's events: the same filters around the venue itself.
        QString query;
        for (const auto &item : ctx.request.queryItems()) {
            if (item.first == QLatin1String("geo[radial]") || item.first == QLatin1String("page") ||
                item.first == QLatin1String("mode") || item.first == QLatin1String("limit"))
                continue;
            query += QLatin1Char('&') + QString::fromLatin1(QUrl::toPercentEncoding(item.first, "[]")) +
                     QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(item.second, ",:"));
        }
        p.insert(
            QStringLiteral("imin:event"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("imin:RestrictedCollection")},
                        {QStringLiteral("id"),
                         ctx.origin + QStringLiteral("/events-api/v2/event-series?mode=discovery-geo&geo[radial]=") +
                             QString::number(venue.lat, 'f', 6) + QLatin1Char(',') +
                             QString::number(venue.lng, 'f', 6) + QStringLiteral(",0.05") + query},
                        {QStringLiteral("imin:totalItems"), perVenue.value(v)}});
        items.append(p);
    }
    return collectionResponse(ctx, items, int(order.size()), page, limit);
}

HttpResponse SandboxServer::datasets(Context &ctx)
{
    Q_UNUSED(ctx);
    // One Dataset for every imin:dataSource.identifier the sandbox emits: each organiser publishes its own.
    QJsonArray out;
    for (int i = 0; i < m_catalogue->organizers().size(); ++i) {
        const Organizer &org = m_catalogue->organizers().at(i);
        const QString base = m_catalogue->providerBase(i) + QStringLiteral("/OpenActive/");
        out.append(
            QJsonObject{{QStringLiteral("@context"),
                         QJsonArray{QStringLiteral("https://schema.org/"), QStringLiteral("https://openactive.io/")}},
                        {QStringLiteral("@type"), QStringLiteral("Dataset")},
                        {QStringLiteral("@id"), base},
                        {QStringLiteral("url"), base},
                        {QStringLiteral("identifier"), org.slug},
                        {QStringLiteral("name"), org.name + QStringLiteral(" Sessions and Facilities")},
                        {QStringLiteral("publisher"),
                         QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                     {QStringLiteral("name"), org.name},
                                     {QStringLiteral("legalName"), org.name + QStringLiteral(" Ltd")}}},
                        {QStringLiteral("license"), QStringLiteral("https://creativecommons.org/licenses/by/4.0/")}});
    }
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

HttpResponse SandboxServer::facets(Context &ctx)
{
    // Activities used by the catalogue (and their ancestors), with how many event series fall under each.
    const auto &acts = m_catalogue->activities();
    QVector<int> counts(acts.size(), 0);
    for (const EventSeriesDef &ev : m_catalogue->events()) {
        if (ev.activity < 0)
            continue;
        for (int a : acts.at(ev.activity).selfAndAncestors)
            counts[a] += 1;
    }
    QJsonArray activityItems;
    for (int a = 0; a < acts.size(); ++a) {
        if (!counts.at(a))
            continue;
        QJsonArray broader;
        for (int i = 1; i < acts.at(a).selfAndAncestors.size(); ++i)
            broader.append(acts.at(acts.at(a).selfAndAncestors.at(i)).id);
        QJsonObject item{{QStringLiteral("type"), QStringLiteral("Concept")},
                         {QStringLiteral("id"), acts.at(a).id},
                         {QStringLiteral("prefLabel"), acts.at(a).prefLabel},
                         {QStringLiteral("inScheme"), QStringLiteral("https://openactive.io/activity-list")},
                         {QStringLiteral("imin:totalItems"), counts.at(a)}};
        if (!broader.isEmpty())
            item.insert(QStringLiteral("broaderTransitive"), broader);
        activityItems.append(item);
    }
    QJsonArray collectionItems;
    for (const ConceptCollection &c : m_catalogue->collections()) {
        int total = 0;
        for (const EventSeriesDef &ev : m_catalogue->events()) {
            if (ev.activity < 0)
                continue;
            for (int a : acts.at(ev.activity).selfAndAncestors) {
                if (c.members.contains(a)) {
                    ++total;
                    break;
                }
            }
        }
        collectionItems.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("imin:ConceptCollection")},
                                           {QStringLiteral("id"), c.id},
                                           {QStringLiteral("prefLabel"), c.prefLabel},
                                           {QStringLiteral("imin:totalItems"), total}});
    }
    QJsonObject index{
        {QStringLiteral("activity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("imin:FacetCollection")},
                                                 {QStringLiteral("imin:item"), activityItems}}}};
    index.insert(QStringLiteral("activityConceptCollection"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("imin:FacetCollection")},
                             {QStringLiteral("imin:item"), collectionItems}});
    return jsonResponse(200, {{QStringLiteral("@context"), QJsonArray{QStringLiteral("https://openactive.io/"),
                                                                      QStringLiteral("https://schema.imin.co/")}},
                              {QStringLiteral("id"), ctx.origin + ctx.request.path},
                              {QStringLiteral("type"), QStringLiteral("imin:Facets")},
                              {QStringLiteral("imin:index"), index}});
}

HttpResponse SandboxServer::searchFacilities(Context &ctx)
{
    const HttpRequest &r = ctx.request;
    QJsonArray problems;
    double lat = 0, lng = 0, radius = 0;
    const QString geo = r.queryValue(QStringLiteral("geo[radial]"));
    if (geo.isEmpty())
        problems.append(
            invalidParam(QStringLiteral("geo[radial]"), QStringLiteral("is required, as LAT,LNG,RADIUS_KM")));
    else if (!parseGeo(geo, &lat, &lng, &radius))
        problems.append(invalidParam(QStringLiteral("geo[radial]"),
                                     QStringLiteral("must be LAT,LNG,RADIUS_KM with a radius above 0")));
    const QString mode = r.queryValue(QStringLiteral("mode"));
    const bool slotsMode = mode == QLatin1String("upcoming-slots");
    if (!slotsMode && mode != QLatin1String("discovery-geo"))
        problems.append(invalidParam(QStringLiteral("mode"),
                                     mode.isEmpty() ? QStringLiteral("is required")
                                                    : QStringLiteral("must be discovery-geo or upcoming-slots")));
    int page = 1, limit = defaultLimit;
    parsePaging(r, &page, &limit, &problems);
    const QString gte = r.queryValue(QStringLiteral("startDate[gte]"));
    const QString lte = r.queryValue(QStringLiteral("startDate[lte]"));
    const qint64 now = nowMs();
    qint64 from = now, to = now + 14 * dayMs;
    if (!slotsMode && (!gte.isEmpty() || !lte.isEmpty())) {
        problems.append(
            invalidParam(gte.isEmpty() ? QStringLiteral("startDate[lte]") : QStringLiteral("startDate[gte]"),
                         QStringLiteral("is not allowed in discovery-geo mode")));
    } else if (slotsMode) {
        const QDateTime g = Iso8601::parseDateTime(gte), l = Iso8601::parseDateTime(lte);
        if (gte.isEmpty() && lte.isEmpty())
            problems.append(
                invalidParam(QStringLiteral("startDate[gte]"),
                             QStringLiteral("startDate[gte] or startDate[lte] is required in upcoming-slots mode")));
        else if ((!gte.isEmpty() && !g.isValid()) || (!lte.isEmpty() && !l.isValid()))
            problems.append(invalidParam(!gte.isEmpty() && !g.isValid() ? QStringLiteral("startDate[gte]")
                                                                        : QStringLiteral("startDate[lte]"),
                                         QStringLiteral("must be an ISO 8601 date-time with a zone")));
        else if (g.isValid() && l.isValid() && Clock::toLocal(g).date() != Clock::toLocal(l).date())
            problems.append(invalidParam(QStringLiteral("startDate[lte]"),
                                         QStringLiteral("must fall on the same calendar day as startDate[gte]")));
        else {
            // One calendar day at the centre (UK time, whatever zone the request wrote): from gte to the day's
            // end, or from the day's start to lte. A day is 23 or 25 hours when the clocks change.
            const QDate day = Clock::toLocal(g.isValid() ? g : l).date();
            const qint64 dayStart = Clock::startOfLocalDay(day).toMSecsSinceEpoch();
            const qint64 nextDay = Clock::startOfLocalDay(day.addDays(1)).toMSecsSinceEpoch();
            from = std::max(now, g.isValid() ? g.toMSecsSinceEpoch() : dayStart);
            to = l.isValid() ? l.toMSecsSinceEpoch() : nextDay - 1;
        }
    }
    if (!problems.isEmpty())
        return badSearch(problems);

    QVector<bool> activityOk;
    const QStringList labels = r.queryValues(QStringLiteral("activityPrefLabel"));
    const QStringList ids = r.queryValues(QStringLiteral("activityId"));
    const QString provider = r.queryValue(QStringLiteral("providerId"));
    struct Hit
    {
        int facility;
        qint64 first;
        double distance;
        QVector<qint64> slots;
    };
    QVector<Hit> hits;
    CatalogueJson json(*m_catalogue, ctx.origin, ctx.taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    json.setQueryCentre(lat, lng);
    for (int f = 0; f < m_catalogue->facilityUses().size(); ++f) {
        const FacilityUseDef &fu = m_catalogue->facilityUses().at(f);
        const Venue &v = m_catalogue->venues().at(fu.venue);
        const double d = Catalogue::distanceKm(lat, lng, v.lat, v.lng);
        if (d > radius)
            continue;
        if (!provider.isEmpty() && m_catalogue->organizers().at(v.organizer).slug != provider)
            continue;
        if (!labels.isEmpty() || !ids.isEmpty()) {
            bool ok = false;
            if (fu.activity >= 0) {
                for (int a : m_catalogue->activities().at(fu.activity).selfAndAncestors) {
                    const Activity &act = m_catalogue->activities().at(a);
                    ok = ok || labels.contains(act.prefLabel) || ids.contains(act.id);
                }
            }
            if (!ok)
                continue;
        }
        Hit h{f, 0, d, {}};
        if (slotsMode) {
            for (qint64 start : m_catalogue->slots(f, from, to)) {
                const auto o = m_catalogue->slot(f, start);
                if (o && json.remaining(*o) > 0)
                    h.slots.append(start);
            }
            if (h.slots.isEmpty())
                continue;
            h.first = h.slots.constFirst();
        }
        hits.append(h);
    }
    std::sort(hits.begin(), hits.end(), [&](const Hit &a, const Hit &b) {
        if (slotsMode && a.first != b.first)
            return a.first < b.first;
        return a.distance != b.distance ? a.distance < b.distance : a.facility < b.facility;
    });
    QVector<QJsonObject> items;
    for (int i = (page - 1) * limit; i < hits.size() && i < page * limit; ++i)
        items.append(json.facilityUse(hits.at(i).facility, hits.at(i).slots, true));
    return collectionResponse(ctx, items, int(hits.size()), page, limit);
}

HttpResponse SandboxServer::facilityUseById(Context &ctx)
{
    const int f = m_catalogue->facilityByIdentifier(ctx.match.captured(1));
    if (f < 0) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Facility not found"),
                     QStringLiteral("There is no facility use %1.").arg(ctx.match.captured(1)));
    }
    const qint64 now = nowMs();
    CatalogueJson json(*m_catalogue, ctx.origin, ctx.taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    QJsonObject out = json.facilityUse(f, m_catalogue->slots(f, now, now + 7 * dayMs), true);
    out.insert(QStringLiteral("@context"), byIdContext());
    return jsonResponse(200, out);
}

HttpResponse SandboxServer::slotById(Context &ctx)
{
    const auto o = m_catalogue->slotBySearchKey(ctx.match.captured(1));
    if (!o || o->startMs < nowMs()) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Slot not found"),
                     QStringLiteral("There is no upcoming slot %1.").arg(ctx.match.captured(1)));
    }
    CatalogueJson json(*m_catalogue, ctx.origin, ctx.taken);
    json.setNow(nowMs(), m_options.enforceBookingWindows);
    QJsonObject out = json.slot(*o);
    if (o->court != 0) {
        // A named court's slot says which court, as an order item does.
        QJsonObject court = json.individualFacilityUse(o->owner, o->court);
        court.insert(QStringLiteral("aggregateFacilityUse"), json.facilityUseId(o->owner));
        out.insert(QStringLiteral("facilityUse"), court);
    }
    out.insert(QStringLiteral("@context"), byIdContext());
    return jsonResponse(200, out);
}

} // namespace Sandbox

#include "Catalogue.h"
#include "CatalogueJson.h"

#include <QtTest>

using namespace Sandbox;

class TestCatalogue : public QObject
{
    Q_OBJECT
    CatalogueOptions options(int sessions = 600)
    {
        CatalogueOptions o;
        o.seed = 7;
        o.sessions = sessions;
        return o;
    }
    const qint64 now = QDateTime(QDate(2030, 1, 7), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 dayMs = 24LL * 3600 * 1000;

    SearchQuery query(SearchQuery::Mode mode)
    {
        SearchQuery q;
        q.mode = mode;
        q.lat = 51.7520;
        q.lng = -1.2578;
        q.radiusKm = 50;
        q.limit = 50;
        q.fromMs = now;
        q.toMs = now + 14 * dayMs;
        return q;
    }

private Q_SLOTS:
    void sameSeedSameCatalogue()
    {
        Catalogue a(options()), b(options());
        QCOMPARE(a.sessions().size(), 600);
        QCOMPARE(a.events().size(), b.events().size());
        for (int e = 0; e < a.events().size(); ++e) {
            QCOMPARE(a.events().at(e).name, b.events().at(e).name);
            QCOMPARE(a.events().at(e).adultPrice, b.events().at(e).adultPrice);
        }
        CatalogueOptions other = options();
        other.seed = 8;
        Catalogue c(other);
        int differences = 0;
        for (int e = 0; e < std::min(a.events().size(), c.events().size()); ++e)
            differences += a.events().at(e).name != c.events().at(e).name;
        QVERIFY(differences > 0);
    }
    void catalogueHasTheVarietyTheIssueAsksFor()
    {
        Catalogue c(options(2000));
        int golden = 0, sparse = 0, free = 0, maxOffers = 0, minOffers = 9;
        for (const EventSeriesDef &e : c.events()) {
            golden += e.kind == RecordKind::Golden;
            sparse += e.kind == RecordKind::Sparse;
            free += e.adultPrice == 0.0;
            maxOffers = std::max(maxOffers, int(e.offers.size()));
            minOffers = std::min(minOffers, int(e.offers.size()));
        }
        QVERIFY(golden > 0);
        QVERIFY(sparse > 0);
        QVERIFY(free > 0);
        QCOMPARE(minOffers, 1);
        QCOMPARE(maxOffers, 4);
        int full = 0, nearlyFull = 0, total = 0;
        for (int s = 0; s < 300; ++s) {
            for (qint64 start : c.occurrences(s, now, now + 14 * dayMs)) {
                const auto o = c.occurrence(s, start);
                QVERIFY(o.has_value());
                full += o->baseRemaining == 0;
                nearlyFull += o->baseRemaining == 1;
                ++total;
                QVERIFY(o->baseRemaining <= o->capacity);
            }
        }
        QVERIFY(full > 0);
        QVERIFY(nearlyFull > 0);
        QVERIFY(total > 300);
    }
    void identifiersRoundTrip()
    {
        Catalogue c(options());
        const qint64 start = c.occurrences(5, now, now + 14 * dayMs).constFirst();
        const QString id = c.occurrenceIdentifier(5, start);
        const auto found = c.findOpportunity(id);
        QVERIFY(found.has_value());
        QCOMPARE(found->owner, 5);
        QCOMPARE(found->startMs, start);
        // The imin search `id` form resolves too.
        const QString searchId =
            QStringLiteral("http://h/events-api/v2/scheduled-sessions/") + QUrl::toPercentEncoding(id);
        QCOMPARE(c.findOpportunity(searchId)->startMs, start);
        // A time that is not on the timetable is not an occurrence.
        QVERIFY(!c.findOpportunity(c.occurrenceIdentifier(5, start + 60000)).has_value());
        QVERIFY(!c.findOpportunity(QStringLiteral("https://elsewhere.example/api/scheduled-sessions/5-203001010900"))
                     .has_value());
        QVERIFY(c.facilityUses().size() > 0);
        const qint64 slotStart = c.slots(0, now, now + dayMs).constFirst();
        QCOMPARE(c.slotBySearchKey(c.slotSearchKey(0, slotStart))->startMs, slotStart);
        QCOMPARE(c.findOpportunity(c.slotIdentifier(0, slotStart))->type, Opportunity::Slot);
        QCOMPARE(c.eventByIdentifier(c.eventIdentifier(3)), 3);
        QCOMPARE(c.eventByIdentifier(QStringLiteral("nope-EventSeries-3")), -1);
    }
    // A facility that names its courts (contract 8.1) is booked court by court: each court's Slot has one use and
    // its own identifier; the facility's own slot is only their sum and resolves to nothing; courts taken lower it.
    void namedCourtsAddUpToTheirFacility()
    {
        Catalogue c(options());
        int named = 0, flat = 0, checkedStarts = 0;
        for (int f = 0; f < c.facilityUses().size(); ++f) {
            const FacilityUseDef &fu = c.facilityUses().at(f);
            if (!fu.namedCourts) {
                flat += fu.courts > 1 ? 1 : 0;
                QVERIFY(c.courtSlots(f, c.slots(f, now, now + dayMs).constFirst()).isEmpty());
                continue;
            }
            ++named;
            QVERIFY(fu.courts > 1);
            for (qint64 start : c.slots(f, now, now + dayMs)) {
                const auto any = c.slot(f, start);
                QVERIFY(any.has_value());
                const QVector<Opportunity> courts = c.courtSlots(f, start);
                QCOMPARE(courts.size(), fu.courts);
                int free = 0;
                for (const Opportunity &o : courts) {
                    QCOMPARE(o.capacity, 1);
                    free += o.baseRemaining;
                    const auto found = c.findOpportunity(o.identifier);
                    QVERIFY(found.has_value());
                    QCOMPARE(found->court, o.court);
                    QCOMPARE(c.slotBySearchKey(c.slotSearchKey(f, start, o.court))->identifier, o.identifier);
                }
                QCOMPARE(free, any->baseRemaining);
                QVERIFY(!c.findOpportunity(any->identifier).has_value());
                QVERIFY(!c.slot(f, start, fu.courts + 1).has_value());
                ++checkedStarts;
                // Booking a free court leaves the others; the facility's slot counts one fewer.
                for (const Opportunity &o : courts) {
                    if (o.baseRemaining == 0)
                        continue;
                    QHash<QString, int> taken{{o.identifier, 1}};
                    CatalogueJson json(c, QStringLiteral("http://h"), taken);
                    QCOMPARE(json.remaining(o), 0);
                    QCOMPARE(json.remaining(*any), any->baseRemaining - 1);
                    const QJsonArray events = json.facilityUse(f, {start}, true).value("event").toArray();
                    for (const QJsonValue &e : events) {
                        QCOMPARE(e.toObject().value("type").toString(), QStringLiteral("IndividualFacilityUse"));
                        QVERIFY(e.toObject().value("name").toString() != fu.courtName(o.court));
                    }
                    QCOMPARE(events.size(), any->baseRemaining - 1);
                    break;
                }
            }
        }
        QVERIFY2(named > 0 && flat > 0, qPrintable(QStringLiteral("%1 named, %2 flat").arg(named).arg(flat)));
        QVERIFY(checkedStarts > 0);
    }
    void upcomingSessionsAreOneOccurrenceEachInTimeOrder()
    {
        Catalogue c(options());
        c.refreshIndexes(now);
        const SearchResult r = c.search(query(SearchQuery::Mode::UpcomingSessions), now);
        QCOMPARE(r.hits.size(), 50);
        QVERIFY(r.totalItems > 500);
        for (int i = 1; i < r.hits.size(); ++i)
            QVERIFY(r.hits.at(i - 1).occurrenceStart <= r.hits.at(i).occurrenceStart);
        for (const SearchHit &h : r.hits)
            QVERIFY(h.occurrenceStart >= now);
    }
    void discoveryGeoIsNearestFirst()
    {
        Catalogue c(options());
        c.refreshIndexes(now);
        const SearchQuery q = query(SearchQuery::Mode::DiscoveryGeo);
        const SearchResult r = c.search(q, now);
        QVERIFY(r.hits.size() > 10);
        auto nearest = [&](const SearchHit &h) {
            double best = 1e9;
            for (int s : h.sessions) {
                const Venue &v = c.venues().at(c.sessions().at(s).venue);
                best = std::min(best, Catalogue::distanceKm(q.lat, q.lng, v.lat, v.lng));
            }
            return best;
        };
        for (int i = 1; i < r.hits.size(); ++i)
            QVERIFY(nearest(r.hits.at(i - 1)) <= nearest(r.hits.at(i)));
    }
    void priceModesSortByPublicAdultPrice()
    {
        Catalogue c(options());
        c.refreshIndexes(now);
        const SearchResult asc = c.search(query(SearchQuery::Mode::PriceAsc), now);
        const SearchResult desc = c.search(query(SearchQuery::Mode::PriceDesc), now);
        QCOMPARE(asc.totalItems, desc.totalItems);
        for (int i = 1; i < asc.hits.size(); ++i) {
            const double a = c.events().at(asc.hits.at(i - 1).event).adultPrice,
                         b = c.events().at(asc.hits.at(i).event).adultPrice;
            QVERIFY(b < 0 || a <= b);
        }
        for (int i = 1; i < desc.hits.size(); ++i) {
            const double a = c.events().at(desc.hits.at(i - 1).event).adultPrice,
                         b = c.events().at(desc.hits.at(i).event).adultPrice;
            QVERIFY(b < 0 || a >= b);
        }
    }
    void highFrequencySessionsOnlyWhenAsked()
    {
        Catalogue c(options());
        c.refreshIndexes(now);
        SearchQuery q = query(SearchQuery::Mode::UpcomingSessions);
        q.limit = 5000;
        for (const SearchHit &h : c.search(q, now).hits)
            QVERIFY(!c.events().at(h.event).highFrequency);
        q.highFrequency = SearchQuery::HighFrequency::Only;
        const SearchResult only = c.search(q, now);
        QVERIFY(only.totalItems > 0);
        for (const SearchHit &h : only.hits)
            QVERIFY(c.events().at(h.event).highFrequency);
        SearchQuery geo = query(SearchQuery::Mode::DiscoveryGeo);
        geo.highFrequency = SearchQuery::HighFrequency::All;
        geo.limit = 5000;
        for (const SearchHit &h : c.search(geo, now).hits)
            QVERIFY(!c.events().at(h.event).highFrequency); // discovery modes never return them
    }
    void parentActivityIncludesChildren()
    {
        Catalogue c(options());
        c.refreshIndexes(now);
        const int groupExercise =
            c.activityIndex(QStringLiteral("https://openactive.io/activity-list#984068a7-5b7b-4989-bb33-f96953d8960c"));
        const int yoga =
            c.activityIndex(QStringLiteral("https://openactive.io/activity-list#bf1a5e00-cdcf-465d-8c5a-6f57040b7f7e"));
        QVERIFY(groupExercise >= 0 && yoga >= 0);
        SearchQuery q = query(SearchQuery::Mode::DiscoveryGeo);
        q.limit = 5000;
        q.activityAllowed = QVector<bool>(c.activities().size(), false);
        for (int a = 0; a < c.activities().size(); ++a)
            q.activityAllowed[a] = c.activities().at(a).selfAndAncestors.contains(groupExercise);
        const SearchResult r = c.search(q, now);
        bool sawYoga = false;
        for (const SearchHit &h : r.hits) {
            QVERIFY(c.activities().at(c.events().at(h.event).activity).selfAndAncestors.contains(groupExercise));
            sawYoga = sawYoga || c.events().at(h.event).activity == yoga;
        }
        QVERIFY(sawYoga);
    }
    void pagesDoNotOverlap()
    {
        Catalogue c(options());
        c.refreshIndexes(now);
        SearchQuery q = query(SearchQuery::Mode::UpcomingSessions);
        q.limit = 7;
        QSet<QString> seen;
        for (q.page = 1; q.page <= 4; ++q.page) {
            for (const SearchHit &h : c.search(q, now).hits) {
                const QString key = c.occurrenceIdentifier(h.occurrenceSession, h.occurrenceStart);
                QVERIFY2(!seen.contains(key), qPrintable(key));
                seen.insert(key);
            }
        }
        QCOMPARE(seen.size(), 28);
    }
    void searchSummaryHasNoOffersButByIdHas()
    {
        Catalogue c(options());
        QHash<QString, int> taken;
        CatalogueJson json(c, QStringLiteral("http://h"), taken);
        const int e = 1;
        const QJsonObject summary =
            json.eventSeries(e, c.events().at(e).sessions, now, now + 14 * dayMs, CatalogueJson::Detail::Summary);
        const QJsonObject full =
            json.eventSeries(e, c.events().at(e).sessions, now, now + 14 * dayMs, CatalogueJson::Detail::Full);
        for (const QJsonValue &s : summary.value("subEvent").toArray())
            QVERIFY(!s.toObject().contains("offers"));
        for (const QJsonValue &s : full.value("subEvent").toArray())
            QVERIFY(!s.toObject().value("offers").toArray().isEmpty());
        // No nulls anywhere.
        QVERIFY(!QJsonDocument(full).toJson().contains("null"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "TestCatalogue.moc"

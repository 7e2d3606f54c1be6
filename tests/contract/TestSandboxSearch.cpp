// Contract tests: Events API and Facilities API search over HTTP.
#include "SandboxBooking.h"
#include "SandboxProcess.h"
#include "util/Clock.h"

#include "util/Iso8601.h"

#include <QtTest>

class TestSandboxSearch : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    const QString geo = QStringLiteral("geo%5Bradial%5D=51.7520,-1.2578,15");

    // The ScheduledSession of an upcoming-sessions item (one SessionSeries with one occurrence).
    static QJsonObject firstOccurrence(const QJsonValue &item)
    {
        const QJsonObject series = item.toObject().value("subEvent").toArray().first().toObject();
        return series.value("subEvent").toArray().first().toObject();
    }
    HttpResult search(const QString &query) { return m_http->get("/events-api/v2/event-series?" + geo + "&" + query); }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList args{"--sessions", "1500", "--seed", "3"};
        const QString list = SandboxProcess::activityList();
        if (!list.isEmpty())
            args << "--activity-list" << list;
        m_sandbox = std::make_unique<SandboxProcess>(args);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
    }
    void theSandboxRunsOnTheProductsClockAndUkDays()
    {
        // ACTIVEDESK_NOW moves the sandbox's clock as it moves the app's: 08:00 BST on 1 July 2027.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACTIVEDESK_NOW"), QStringLiteral("2027-07-01T08:00:00+01:00"));
        env.remove(QStringLiteral("ACTIVEDESK_NOW_SINCE"));
        SandboxProcess summer({"--sessions", "300", "--seed", "3"});
        summer.setEnvironment(env);
        QVERIFY2(summer.start(), qPrintable(summer.errorText()));
        TestHttp http(summer.baseUrl());
        const QString fgeo = QStringLiteral("geo%5Bradial%5D=51.7520,-1.2578,10");
        const auto london = [](const QJsonValue &v) {
            return Iso8601::parseDateTime(v.toObject().value("startDate").toString()).toTimeZone(Clock::zone());
        };
        const auto slotsOf = [&](const QString &params, int *status) {
            const HttpResult r =
                http.get("/facilities-api/v2/facility-uses?" + fgeo + "&mode=upcoming-slots&" + params);
            *status = r.status;
            QVector<QDateTime> out;
            for (const QJsonValue &use : r.json().value("imin:item").toArray()) {
                for (const SandboxBooking::FacilitySlot &s : SandboxBooking::slotsOf(use.toObject()))
                    out.append(london(s.slot));
            }
            return out;
        };
        // Today from now: nothing before 08:00, the wall clock's 08:00.
        int status = 0;
        QVector<QDateTime> today =
            slotsOf("startDate%5Bgte%5D=" + QUrl::toPercentEncoding("2027-07-01T00:00:00+01:00"), &status);
        QCOMPARE(status, 200);
        QVERIFY(!today.isEmpty());
        for (const QDateTime &t : today) {
            QCOMPARE(t.date(), QDate(2027, 7, 1));
            QVERIFY2(t.time() >= QTime(8, 0), qPrintable(t.toString(Qt::ISODate)));
        }
        // 2 July asked from its UK midnight written in UTC (23:00Z the day before): the whole UK day, opening at 07:00
        // on the wall clock and nothing at or after closing (22:00); it was one hour of 1 July.
        QVector<QDateTime> next =
            slotsOf("startDate%5Bgte%5D=" + QUrl::toPercentEncoding("2027-07-01T23:00:00Z"), &status);
        QCOMPARE(status, 200);
        QVERIFY(next.size() > 10);
        QTime first(23, 59), last(0, 0);
        for (const QDateTime &t : next) {
            QCOMPARE(t.date(), QDate(2027, 7, 2));
            first = std::min(first, t.time());
            last = std::max(last, t.time());
        }
        QCOMPARE(first, QTime(7, 0));
        QVERIFY(last < QTime(22, 0));
        // Both bounds in BST on one UK day are one calendar day, though their UTC dates differ.
        slotsOf("startDate%5Bgte%5D=" + QUrl::toPercentEncoding("2027-07-02T00:00:00+01:00") +
                    "&startDate%5Blte%5D=" + QUrl::toPercentEncoding("2027-07-02T23:59:59+01:00"),
                &status);
        QCOMPARE(status, 200);
        // Sessions: none before now, and the timetable on the wall clock (classes start from 06:00, not 07:00 BST).
        const HttpResult events =
            http.get("/events-api/v2/event-series?geo%5Bradial%5D=51.7520,-1.2578,100&mode=upcoming-sessions&limit=50");
        QCOMPARE(events.status, 200);
        int sessions = 0;
        for (const QJsonValue &e : events.json().value("imin:item").toArray()) {
            for (const QJsonValue &ss : e.toObject().value("subEvent").toArray()) {
                for (const QJsonValue &o : ss.toObject().value("subEvent").toArray()) {
                    const QDateTime t = london(o);
                    QVERIFY2(t >= QDateTime(QDate(2027, 7, 1), QTime(8, 0), Clock::zone()), qPrintable(t.toString()));
                    QCOMPARE(t.time().minute() % 15, 0);
                    ++sessions;
                }
            }
        }
        QVERIFY(sessions > 0);
    }
    void repeatedSearchesAreServedFromTheCacheUntilAPlaceIsTaken()
    {
        // A search answered twice is serialised once; a booking anywhere makes the next answer fresh.
        const auto hits = [this]() { return m_http->get("/sandbox/stats").json().value("searchCacheHits").toInt(); };
        const QString q = QStringLiteral("mode=upcoming-sessions&limit=50&startDate%5Bgte%5D=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              Clock::instance().currentDateTimeUtc().addDays(3).toString(Qt::ISODate)));
        const int before = hits();
        const HttpResult first = search(q);
        QCOMPARE(first.status, 200);
        const HttpResult again = search(q);
        QCOMPARE(again.body, first.body);
        QCOMPARE(hits(), before + 1);
        // Another broker (tenant) does not get this one's answer from the cache.
        const HttpResult otherTenant =
            m_http->get("/events-api/v2/event-series?" + geo + "&" + q, {{"X-Broker-Identifier", "elsewhere"}});
        QCOMPARE(otherTenant.status, 200);
        QCOMPARE(hits(), before + 1);
        // Book an occurrence of that page: its remaining places drop in the very next answer.
        int index = -1;
        QJsonObject occurrence;
        const QJsonArray items = first.json().value("imin:item").toArray();
        for (int i = 0; i < items.size() && index < 0; ++i) {
            occurrence = firstOccurrence(items.at(i));
            if (occurrence.contains("imin:checkoutUrlTemplate") &&
                occurrence.value("remainingAttendeeCapacity").toInt() > 0)
                index = i;
        }
        QVERIFY(index >= 0);
        const int remaining = occurrence.value("remainingAttendeeCapacity").toInt();
        const QString customer =
            SandboxBooking::createCustomer(*m_http, QStringLiteral("Cai"), QStringLiteral("cai@cache.example"));
        const auto candidate =
            SandboxBooking::find(*m_http, Clock::instance().currentDateTimeUtc().addDays(3),
                                 [&occurrence](const SandboxBooking::Candidate &c) {
                                     return c.occurrence.value("identifier") == occurrence.value("identifier");
                                 });
        QVERIFY(candidate);
        const SandboxBooking::Booked booked = SandboxBooking::book(
            *m_http, customer, occurrence.value("identifier").toString(), candidate->offer.value("id").toString());
        QVERIFY(booked.ok);
        const HttpResult after = search(q);
        QVERIFY(after.body != first.body);
        QCOMPARE(firstOccurrence(after.json().value("imin:item").toArray().at(index))
                     .value("remainingAttendeeCapacity")
                     .toInt(),
                 remaining - 1);
    }
    void requiredParameters()
    {
        const HttpResult none = m_http->get("/events-api/v2/event-series");
        QCOMPARE(none.status, 400);
        QCOMPARE(none.json().value("invalidParams").toArray().size(), 2);
        QCOMPARE(search("mode=sideways").status, 400);
        QCOMPARE(m_http->get("/events-api/v2/event-series?mode=discovery-geo&geo%5Bradial%5D=1,2").status, 400);
        QCOMPARE(search("mode=discovery-geo&limit=51").status, 400);
        QCOMPARE(search("mode=discovery-geo&page=0").status, 400);
        QCOMPARE(search("mode=discovery-geo&startDate%5Bgte%5D=yesterday").status, 400);
    }
    void envelopeAndPagingFollowNext()
    {
        HttpResult r = search("mode=upcoming-sessions&limit=50");
        QCOMPARE(r.status, 200);
        QJsonObject page = r.json();
        QCOMPARE(page.value("type").toString(), QStringLiteral("imin:RestrictedCollection"));
        const int total = page.value("imin:totalItems").toInt();
        QVERIFY(total > 100);
        const QJsonObject view = page.value("view").toObject();
        QCOMPARE(view.value("imin:currentPage").toInt(), 1);
        QCOMPARE(view.value("imin:itemsPerPage").toInt(), 50);
        QVERIFY(!view.contains("previous"));
        QVERIFY(view.value("first").toString().contains("page=1"));
        QVERIFY(view.value("urlTemplate").toString().contains("page={page}"));
        QVERIFY(view.value("id").toString().contains("iminTag[not]=HighFrequencySession"));
        // Follow `next` to the end: every item once, pages of 50, the last page without `next`.
        int seen = 0, pages = 0;
        QString previousStart;
        QSet<QString> occurrences;
        while (true) {
            ++pages;
            const QJsonArray items = page.value("imin:item").toArray();
            for (const QJsonValue &v : items) {
                const QJsonObject occ = firstOccurrence(v);
                QCOMPARE(v.toObject().value("subEvent").toArray().size(), 1); // one-to-one grouping
                const QString start = occ.value("startDate").toString();
                QVERIFY(previousStart <= start); // earliest first
                previousStart = start;
                QVERIFY(!occurrences.contains(occ.value("identifier").toString()));
                occurrences.insert(occ.value("identifier").toString());
                ++seen;
            }
            const QString next = page.value("view").toObject().value("next").toString();
            if (next.isEmpty()) {
                QCOMPARE(page.value("view").toObject().value("last").toString(),
                         page.value("id").toString().replace("page=" + QString::number(pages),
                                                             "page=" + QString::number(pages)));
                break;
            }
            QVERIFY(pages < 200);
            r = m_http->get(next);
            QCOMPARE(r.status, 200);
            page = r.json();
            QCOMPARE(page.value("view").toObject().value("imin:currentPage").toInt(), pages + 1);
            QVERIFY(page.value("view").toObject().contains("previous"));
        }
        QCOMPARE(seen, total);
        QCOMPARE(pages, (total + 49) / 50);
    }
    void searchResultsCarryAggregateOffersNotOffers()
    {
        const QJsonArray items = search("mode=discovery-geo&limit=50").json().value("imin:item").toArray();
        QCOMPARE(items.size(), 50);
        bool sawTemplate = false, sawPrice = false;
        double lastDistance = -1;
        for (const QJsonValue &v : items) {
            const QJsonObject e = v.toObject();
            QVERIFY(!QJsonDocument(e).toJson().contains("\"offers\""));
            QVERIFY(!QJsonDocument(e).toJson().contains("null"));
            sawPrice = sawPrice || e.value("imin:aggregateOffer").toObject().contains("publicAdult");
            double nearest = 1e9;
            for (const QJsonValue &p : e.value("imin:locationSummary").toArray())
                nearest = std::min(nearest, p.toObject()
                                                .value("geo")
                                                .toObject()
                                                .value("imin:distanceFromGeoQueryCenter")
                                                .toObject()
                                                .value("value")
                                                .toDouble());
            QVERIFY(nearest + 0.011 >= lastDistance); // nearest first (distances are rounded to 10 m)
            lastDistance = nearest;
            for (const QJsonValue &ss : e.value("subEvent").toArray()) {
                const QString ref = ss.toObject().value("location").toObject().value("id").toString();
                QVERIFY(ref.startsWith("#/imin:locationSummary/"));
                sawTemplate = sawTemplate || ss.toObject()
                                                 .value("imin:checkoutUrlTemplate")
                                                 .toString()
                                                 .startsWith("{checkoutBaseUrl}/v1/events/");
            }
        }
        QVERIFY(sawTemplate);
        QVERIFY(sawPrice);
    }
    void priceModes()
    {
        for (const QString mode : {"discovery-price-asc", "discovery-price-desc"}) {
            const QJsonArray items = search("mode=" + mode + "&limit=50").json().value("imin:item").toArray();
            QVERIFY(items.size() > 10);
            double last = mode.endsWith("asc") ? -1 : 1e9;
            for (const QJsonValue &v : items) {
                const QJsonObject adult =
                    v.toObject().value("imin:aggregateOffer").toObject().value("publicAdult").toObject();
                if (adult.isEmpty())
                    continue;
                const double price = adult.value("price").toDouble();
                QVERIFY(mode.endsWith("asc") ? price >= last : price <= last);
                last = price;
            }
        }
    }
    void filters()
    {
        // Date window: every occurrence inside it.
        const QDateTime from = Clock::instance().currentDateTimeUtc().addDays(2);
        const QDateTime to = from.addDays(1);
        const QString window = "&startDate%5Bgte%5D=" + QUrl::toPercentEncoding(Iso8601::formatDateTime(from)) +
                               "&startDate%5Blte%5D=" + QUrl::toPercentEncoding(Iso8601::formatDateTime(to));
        for (const QJsonValue &v :
             search("mode=upcoming-sessions&limit=50" + window).json().value("imin:item").toArray()) {
            const QDateTime start = Iso8601::parseDateTime(firstOccurrence(v).value("startDate").toString());
            QVERIFY(start >= from.addSecs(-1) && start <= to);
        }
        // Time of day.
        for (const QJsonValue &v :
             search("mode=upcoming-sessions&limit=50&startTime%5Bgte%5D=18:00&startTime%5Blte%5D=20:00")
                 .json()
                 .value("imin:item")
                 .toArray()) {
            // startTime is the centre's wall clock (UK time), whatever the UTC offset that day.
            const QString t = Iso8601::parseDateTime(firstOccurrence(v).value("startDate").toString())
                                  .toTimeZone(Clock::zone())
                                  .toString("HH:mm");
            QVERIFY2(t >= "18:00" && t <= "20:00", qPrintable(t));
        }
        // Activity by label: a parent (Group Exercise) includes Yoga; a child label only itself.
        const QJsonArray yoga =
            search("mode=discovery-geo&limit=50&activityPrefLabel=Yoga").json().value("imin:item").toArray();
        QVERIFY(!yoga.isEmpty());
        for (const QJsonValue &v : yoga)
            QCOMPARE(v.toObject().value("activity").toArray().first().toObject().value("prefLabel").toString(),
                     QStringLiteral("Yoga"));
        const int groupTotal =
            search("mode=discovery-geo&activityPrefLabel=Group%20Exercise").json().value("imin:totalItems").toInt();
        const int yogaTotal =
            search("mode=discovery-geo&activityPrefLabel=Yoga").json().value("imin:totalItems").toInt();
        QVERIFY(groupTotal > yogaTotal);
        const int byId =
            search("mode=discovery-geo&activityId=" +
                   QUrl::toPercentEncoding("https://openactive.io/activity-list#bf1a5e00-cdcf-465d-8c5a-6f57040b7f7e"))
                .json()
                .value("imin:totalItems")
                .toInt();
        QCOMPARE(byId, yogaTotal);
        // Ages: juniors only.
        for (const QJsonValue &v :
             search("mode=discovery-geo&limit=50&ageRangeMax%5Blte%5D=15").json().value("imin:item").toArray())
            QVERIFY(v.toObject().value("ageRange").toObject().value("maxValue").toInt(999) <= 15);
        // High-frequency sessions are only shown when asked for.
        const QJsonArray hf =
            search("mode=upcoming-sessions&limit=50&iminTag=HighFrequencySession").json().value("imin:item").toArray();
        QVERIFY(!hf.isEmpty());
        const auto isDropIn = [](const QJsonValue &v) {
            const QString name = v.toObject().value("name").toString();
            return name.contains("Swim") || name.contains("Gym ");
        };
        for (const QJsonValue &v : hf)
            QVERIFY2(isDropIn(v), qPrintable(v.toObject().value("name").toString()));
        // Left out by default and in the discovery orders; all of them with showAllSessions.
        for (const char *mode : {"upcoming-sessions", "discovery-geo", "discovery-price-asc"}) {
            for (const QJsonValue &v : search(QStringLiteral("mode=%1&limit=50").arg(QLatin1String(mode)))
                                           .json()
                                           .value("imin:item")
                                           .toArray())
                QVERIFY2(!isDropIn(v) || v.toObject().value("name").toString().contains("Lessons"),
                         qPrintable(v.toObject().value("name").toString()));
        }
        const int classes = search("mode=upcoming-sessions").json().value("imin:totalItems").toInt();
        const int dropIns =
            search("mode=upcoming-sessions&iminTag=HighFrequencySession").json().value("imin:totalItems").toInt();
        QCOMPARE(search("mode=upcoming-sessions&showAllSessions=true").json().value("imin:totalItems").toInt(),
                 classes + dropIns);
        QCOMPARE(
            search("mode=upcoming-sessions&iminTag=HighFrequencySession&iminTag%5Bnot%5D=HighFrequencySession").status,
            400);
        // A tiny radius far away finds nothing.
        QCOMPARE(m_http->get("/events-api/v2/event-series?mode=discovery-geo&geo%5Bradial%5D=0,0,1")
                     .json()
                     .value("imin:totalItems")
                     .toInt(),
                 0);
    }
    void eventSeriesByIdHasOffers()
    {
        const QJsonObject first =
            search("mode=discovery-geo&limit=1").json().value("imin:item").toArray().first().toObject();
        const HttpResult r = m_http->get(first.value("id").toString());
        QCOMPARE(r.status, 200);
        const QJsonObject e = r.json();
        QCOMPARE(e.value("identifier").toString(), first.value("identifier").toString());
        for (const QJsonValue &ss : e.value("subEvent").toArray()) {
            const QJsonArray offers = ss.toObject().value("offers").toArray();
            QVERIFY(!offers.isEmpty());
            for (const QJsonValue &o : offers) {
                QVERIFY(!o.toObject().value("id").toString().isEmpty());
                QVERIFY(o.toObject().contains("price"));
                QCOMPARE(o.toObject().value("priceCurrency").toString(), QStringLiteral("GBP"));
            }
        }
        QCOMPARE(m_http->get("/events-api/v2/event-series/oxford-leisure-EventSeries-999999").status, 404);
    }
    void goldenAndSparseRecords()
    {
        bool golden = false, sparse = false;
        QString next =
            "/events-api/v2/event-series?geo%5Bradial%5D=51.7520,-1.2578,100&mode=discovery-price-asc&limit=50";
        for (int page = 0; page < 40 && !next.isEmpty() && !(golden && sparse); ++page) {
            const QJsonObject p = m_http->get(next).json();
            for (const QJsonValue &v : p.value("imin:item").toArray()) {
                const QJsonObject e = v.toObject();
                if (e.value("name").toString().startsWith("GOLDEN:")) {
                    golden = true;
                    QVERIFY(e.contains("image") && e.contains("organizer") && e.contains("imin:level") &&
                            e.contains("description"));
                }
                if (!e.contains("description") && !e.contains("imin:aggregateOffer")) {
                    sparse = true;
                    QVERIFY(!QJsonDocument(e).toJson().contains("checkoutUrlTemplate")); // not bookable
                    // Sparse, but never without its organizer (imin's data always names one; OpenActive requires it).
                    QVERIFY(!e.value("organizer").toObject().value("name").toString().isEmpty());
                }
            }
            next = p.value("view").toObject().value("next").toString();
        }
        QVERIFY(golden);
        QVERIFY(sparse);
    }
    void placesAndFacets()
    {
        const HttpResult places = m_http->get("/events-api/v2/places?" + geo + "&mode=discovery-geo&limit=50");
        QCOMPARE(places.status, 200);
        const QJsonArray items = places.json().value("imin:item").toArray();
        QVERIFY(!items.isEmpty());
        const QJsonObject first = items.first().toObject();
        QCOMPARE(first.value("type").toString(), QStringLiteral("Place"));
        const QJsonObject events = first.value("imin:event").toObject();
        QVERIFY(events.value("imin:totalItems").toInt() > 0);
        QCOMPARE(m_http->get(events.value("id").toString()).json().value("imin:totalItems").toInt(),
                 events.value("imin:totalItems").toInt());

        const HttpResult facets = m_http->get("/events-api/v2/facets");
        QCOMPARE(facets.status, 200);
        const QJsonArray activities =
            facets.json().value("imin:index").toObject().value("activity").toObject().value("imin:item").toArray();
        QVERIFY(activities.size() > 10);
        bool yogaHasParent = false;
        for (const QJsonValue &a : activities) {
            if (a.toObject().value("prefLabel").toString() == "Yoga")
                yogaHasParent = a.toObject()
                                    .value("broaderTransitive")
                                    .toArray()
                                    .contains(QJsonValue(
                                        "https://openactive.io/activity-list#984068a7-5b7b-4989-bb33-f96953d8960c"));
        }
        QVERIFY(yogaHasParent);
        if (!SandboxProcess::activityList().isEmpty()) {
            const QJsonArray collections = facets.json()
                                               .value("imin:index")
                                               .toObject()
                                               .value("activityConceptCollection")
                                               .toObject()
                                               .value("imin:item")
                                               .toArray();
            QVERIFY(!collections.isEmpty());
            const QString id = collections.first().toObject().value("id").toString();
            QCOMPARE(search("mode=discovery-geo&activityConceptCollectionId=" + QUrl::toPercentEncoding(id)).status,
                     200);
        }
    }
    void theDatasetListNamesEverySourceTheDataCarries()
    {
        // Attribution is a licence duty (contract 2.5): every imin:dataSource an item carries, sparse records and
        // facilities included, is named in /firehose/datasets, which needs the key like every other call.
        TestHttp anonymous(m_sandbox->baseUrl(), QByteArray());
        QVERIFY(anonymous.get("/firehose/datasets").status == 401 || anonymous.get("/firehose/datasets").status == 403);
        const HttpResult list = m_http->get("/firehose/datasets");
        QCOMPARE(list.status, 200);
        QHash<QString, QJsonObject> datasets;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.body).array()) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value("@type").toString(), QStringLiteral("Dataset"));
            QVERIFY(!d.value("publisher").toObject().value("name").toString().isEmpty());
            QVERIFY(d.value("url").toString().startsWith("https://"));
            QVERIFY(!d.value("license").toString().isEmpty());
            datasets.insert(d.value("identifier").toString(), d);
        }
        QVERIFY(datasets.size() >= 2);
        QSet<QString> seen;
        for (const char *mode : {"upcoming-sessions", "discovery-geo"}) {
            for (const QJsonValue &v : search(QStringLiteral("mode=%1&limit=50&showAllSessions=true").arg(mode))
                                           .json()
                                           .value("imin:item")
                                           .toArray()) {
                const QString source = v.toObject().value("imin:dataSource").toObject().value("identifier").toString();
                QVERIFY2(datasets.contains(source), qPrintable(v.toObject().value("name").toString()));
                seen.insert(source);
            }
        }
        const QJsonArray facilities = m_http->get("/facilities-api/v2/facility-uses?mode=discovery-geo&" + geo)
                                          .json()
                                          .value("imin:item")
                                          .toArray();
        QVERIFY(!facilities.isEmpty());
        for (const QJsonValue &v : facilities)
            QVERIFY(datasets.contains(v.toObject().value("imin:dataSource").toObject().value("identifier").toString()));
        QVERIFY(seen.size() >= 2);
    }

    void facilityDataIsVariedAsRealCentres()
    {
        // Several courts per facility, slots of different lengths, peak prices above off-peak ones, and evenings
        // booked out, as real centres' data has.
        const QString fgeo = "geo%5Bradial%5D=51.7520,-1.2578,50";
        QDate day = Clock::instance().localDate().addDays(1);
        while (day.dayOfWeek() > 5)
            day = day.addDays(1); // a weekday: its evening is peak, its morning is not
        const QString gte = QUrl::toPercentEncoding(day.toString(Qt::ISODate) + "T00:00:00Z");
        QSet<QString> lengths;
        int severalCourts = 0, namedCourts = 0, peakDearer = 0, fullEvenings = 0, facilities = 0;
        for (const char *activity : {"Badminton", "Squash", "Tennis"}) {
            const QJsonArray uses =
                m_http
                    ->get("/facilities-api/v2/facility-uses?" + fgeo +
                          "&mode=upcoming-slots&limit=50&activityPrefLabel=" + activity + "&startDate%5Bgte%5D=" + gte)
                    .json()
                    .value("imin:item")
                    .toArray();
            for (const QJsonValue &u : uses) {
                ++facilities;
                const QVector<SandboxBooking::FacilitySlot> slots = SandboxBooking::slotsOf(u.toObject());
                QVERIFY(!slots.isEmpty());
                const QJsonObject first = slots.first().slot;
                lengths.insert(first.value("duration").toString());
                if (first.value("maximumUses").toInt() > 1)
                    ++severalCourts;
                if (!slots.first().court.isEmpty()) {
                    // A named court: its own Slots of one use, its name on each.
                    ++namedCourts;
                    QVERIFY2(QRegularExpression("^(Court|Pitch) \\d+$").match(slots.first().court).hasMatch(),
                             qPrintable(slots.first().court));
                    QCOMPARE(first.value("maximumUses").toInt(), 1);
                }
                // The same facility (or court) at 10:00 and 19:00 UK time that day, by id (full slots too). Slot ids
                // carry the UTC start: 19:00 in summer is 18:00Z.
                static const QRegularExpression stamp("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}");
                const QString id = first.value("id").toString();
                const auto at = [&](int hour) {
                    return QString(id).replace(
                        stamp, QDateTime(day, QTime(hour, 0), Clock::zone()).toUTC().toString("yyyy-MM-ddTHH-mm-ss"));
                };
                const HttpResult morningReply = m_http->get(at(10)), eveningReply = m_http->get(at(19));
                if (morningReply.status != 200 || eveningReply.status != 200)
                    continue; // not a slot start for this facility's length
                const QJsonObject morning = morningReply.json(), evening = eveningReply.json();
                const double offPeak = morning.value("offers").toArray().first().toObject().value("price").toDouble();
                const double peak = evening.value("offers").toArray().first().toObject().value("price").toDouble();
                QVERIFY(evening.value("offers").toArray().first().toObject().value("name").toString().contains("peak"));
                if (peak > offPeak)
                    ++peakDearer;
                if (evening.value("remainingUses").toInt() == 0)
                    ++fullEvenings;
            }
        }
        QVERIFY2(facilities >= 10, qPrintable(QString::number(facilities)));
        QVERIFY2(severalCourts > 0, "no facility with several courts sold as one slot");
        QVERIFY2(namedCourts > 0, "no facility with named courts");
        QVERIFY2(lengths.contains("PT1H") && lengths.contains("PT40M"),
                 qPrintable(QStringList(lengths.values()).join(",")));
        QVERIFY2(peakDearer > 0, "peak never dearer");
        QVERIFY2(fullEvenings > 0, "no evening booked out");
    }
    void facilities()
    {
        const QString fgeo = "geo%5Bradial%5D=51.7520,-1.2578,50";
        QCOMPARE(m_http->get("/facilities-api/v2/facility-uses?" + fgeo).status, 400);
        const HttpResult discovery = m_http->get("/facilities-api/v2/facility-uses?" + fgeo + "&mode=discovery-geo");
        QCOMPARE(discovery.status, 200);
        for (const QJsonValue &v : discovery.json().value("imin:item").toArray())
            QVERIFY(!v.toObject().contains("event")); // never Slots in discovery-geo
        QCOMPARE(m_http
                     ->get("/facilities-api/v2/facility-uses?" + fgeo +
                           "&mode=discovery-geo&startDate%5Bgte%5D=2030-01-01T00:00:00Z")
                     .status,
                 400);
        QCOMPARE(m_http->get("/facilities-api/v2/facility-uses?" + fgeo + "&mode=upcoming-slots").status, 400);
        const QDate day = Clock::instance().localDate().addDays(1);
        const QString gte = QUrl::toPercentEncoding(day.toString(Qt::ISODate) + "T06:00:00Z");
        const QString otherDay = QUrl::toPercentEncoding(day.addDays(1).toString(Qt::ISODate) + "T10:00:00Z");
        QCOMPARE(m_http
                     ->get("/facilities-api/v2/facility-uses?" + fgeo +
                           "&mode=upcoming-slots&startDate%5Bgte%5D=" + gte + "&startDate%5Blte%5D=" + otherDay)
                     .status,
                 400);
        const HttpResult slots =
            m_http->get("/facilities-api/v2/facility-uses?" + fgeo +
                        "&mode=upcoming-slots&activityPrefLabel=Badminton&startDate%5Bgte%5D=" + gte);
        QCOMPARE(slots.status, 200);
        const QJsonArray uses = slots.json().value("imin:item").toArray();
        QVERIFY(!uses.isEmpty());
        QString lastFirst;
        for (const QJsonValue &v : uses) {
            const QVector<SandboxBooking::FacilitySlot> events = SandboxBooking::slotsOf(v.toObject());
            QVERIFY(!events.isEmpty());
            QCOMPARE(v.toObject().value("activity").toArray().first().toObject().value("prefLabel").toString(),
                     QStringLiteral("Badminton"));
            QString first;
            for (const SandboxBooking::FacilitySlot &e : events) {
                const QJsonObject s = e.slot;
                QCOMPARE(s.value("startDate").toString().left(10), day.toString(Qt::ISODate)); // one calendar day
                QVERIFY(s.value("remainingUses").toInt() > 0);
                QVERIFY(s.value("id").toString().contains(
                    QRegularExpression("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}(-court-\\d+)?$")));
                if (first.isEmpty() || s.value("startDate").toString() < first)
                    first = s.value("startDate").toString();
            }
            QVERIFY(lastFirst <= first);
            lastFirst = first;
        }
        const QJsonObject use = uses.first().toObject();
        const HttpResult byId = m_http->get(use.value("id").toString());
        QCOMPARE(byId.status, 200);
        QVERIFY(SandboxBooking::slotsOf(byId.json()).size() > SandboxBooking::slotsOf(use).size());
        const QJsonObject slot = SandboxBooking::slotsOf(use).first().slot;
        const HttpResult slotById = m_http->get(slot.value("id").toString());
        QCOMPARE(slotById.status, 200);
        QCOMPARE(slotById.json().value("identifier").toString(), slot.value("identifier").toString());
        QVERIFY(!slotById.json().value("offers").toArray().isEmpty());
        QCOMPARE(m_http->get("/facilities-api/v2/slots/oxford-leisure-Slot-0-2001-01-01T10-00-00").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSearch)
#include "TestSandboxSearch.moc"

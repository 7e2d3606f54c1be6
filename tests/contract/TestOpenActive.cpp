// The sandbox's answers, route by route, through OpenActive's own data model validator
// (@openactive/data-model-validator, installed from npm by the test command into the build folder): search data in
// RPDEFeed mode, orders and order items in OrderStatus mode, the checkout's initial order in C1Request mode. Any error
// outside tests/openactive/allow.json (imin's documented extensions, each with the imin document that shows it) fails.
#include "SandboxBooking.h"
#include "SandboxProcess.h"
#include "util/Clock.h"

#include "imin/ImminClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString geo = QStringLiteral("geo%5Bradial%5D=51.7520,-1.2578,50");

struct Sample
{
    QString kind, mode;
    QJsonObject item;
};
} // namespace

class TestOpenActive : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QVector<Sample> m_samples;

    // A collection's items carry no @context of their own: they are read with the collection's.
    void addItems(const QString &kind, const QString &mode, const QJsonObject &page, int most)
    {
        const QJsonValue context = page.value(QStringLiteral("@context"));
        int n = 0;
        for (const QJsonValue &v : page.value(QStringLiteral("imin:item")).toArray()) {
            if (n++ >= most)
                break;
            QJsonObject item = v.toObject();
            if (!item.contains(QStringLiteral("@context")))
                item.insert(QStringLiteral("@context"), context);
            m_samples.append({kind, mode, item});
        }
    }
    void add(const QString &kind, const QString &mode, const HttpResult &r)
    {
        QVERIFY2(r.isJson(), qPrintable(kind + QStringLiteral(": ") + QString::fromUtf8(r.body.left(200))));
        m_samples.append({kind, mode, r.json()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--sessions"), QStringLiteral("400")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
    }

    void gatherEverySortOfAnswer()
    {
        TestHttp &http = *m_http;
        const QString rpde = QStringLiteral("RPDEFeed");
        // Events: three search modes, by-id, places.
        for (const QString mode : {QStringLiteral("upcoming-sessions"), QStringLiteral("discovery-geo"),
                                   QStringLiteral("discovery-price-asc")}) {
            const HttpResult page = http.get(QStringLiteral("/events-api/v2/event-series?") + geo +
                                             QStringLiteral("&mode=") + mode + QStringLiteral("&limit=8"));
            QCOMPARE(page.status, 200);
            addItems(QStringLiteral("EventSeries (search, ") + mode + QLatin1Char(')'), rpde, page.json(), 8);
        }
        const QJsonArray found = http.get(QStringLiteral("/events-api/v2/event-series?") + geo +
                                          QStringLiteral("&mode=discovery-geo&limit=6"))
                                     .json()
                                     .value(QStringLiteral("imin:item"))
                                     .toArray();
        QVERIFY(found.size() >= 6);
        QStringList urls;
        for (const QJsonValue &v : found) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            const HttpResult byId = http.get(id);
            QCOMPARE(byId.status, 200);
            add(QStringLiteral("EventSeries (by id)"), rpde, byId);
            // Every URL the data hands out for its sessions and series answers.
            const QJsonObject e = byId.json();
            for (const QJsonValue &ss : e.value(QStringLiteral("subEvent")).toArray()) {
                urls << ss.toObject().value(QStringLiteral("id")).toString();
                const QJsonArray sessions = ss.toObject().value(QStringLiteral("subEvent")).toArray();
                if (!sessions.isEmpty())
                    urls << sessions.first().toObject().value(QStringLiteral("id")).toString();
            }
        }
        const HttpResult places =
            http.get(QStringLiteral("/events-api/v2/places?") + geo + QStringLiteral("&mode=discovery-geo&limit=6"));
        QCOMPARE(places.status, 200);
        addItems(QStringLiteral("Place"), rpde, places.json(), 6);

        // Facilities: discovery, a day of slots, by-id, a slot.
        const HttpResult uses = http.get(QStringLiteral("/facilities-api/v2/facility-uses?") + geo +
                                         QStringLiteral("&mode=discovery-geo&limit=6"));
        QCOMPARE(uses.status, 200);
        addItems(QStringLiteral("FacilityUse (search)"), rpde, uses.json(), 6);
        const QString day = QString::fromLatin1(QUrl::toPercentEncoding(
            Clock::instance().localDate().addDays(1).toString(Qt::ISODate) + QStringLiteral("T06:00:00Z")));
        const HttpResult slots = http.get(QStringLiteral("/facilities-api/v2/facility-uses?") + geo +
                                          QStringLiteral("&mode=upcoming-slots&activityPrefLabel=Badminton&limit=3"
                                                         "&startDate%5Bgte%5D=") +
                                          day);
        QCOMPARE(slots.status, 200);
        addItems(QStringLiteral("FacilityUse (upcoming slots)"), rpde, slots.json(), 3);
        const QJsonObject firstUse = uses.json().value(QStringLiteral("imin:item")).toArray().first().toObject();
        add(QStringLiteral("FacilityUse (by id)"), rpde, http.get(firstUse.value(QStringLiteral("id")).toString()));
        const QJsonObject slotUse = slots.json().value(QStringLiteral("imin:item")).toArray().first().toObject();
        const QJsonObject slot = slotUse.value(QStringLiteral("event")).toArray().first().toObject();
        add(QStringLiteral("Slot (by id)"), rpde, http.get(slot.value(QStringLiteral("id")).toString()));

        // Orders: one paid booking, one free one (no broker named), then every way they are read.
        const QString customer =
            SandboxBooking::createCustomer(http, QStringLiteral("Val"), QStringLiteral("val@example.org"));
        QVERIFY(!customer.isEmpty());
        const auto paid =
            // Two places: one for the booking, one still free for the checkout session made after it.
            SandboxBooking::find(http, Clock::instance().currentDateTimeUtc().addDays(2), [](const auto &c) {
                return c.occurrence.value(QStringLiteral("remainingAttendeeCapacity")).toInt() >= 2 &&
                       c.offer.value(QStringLiteral("price")).toDouble() > 0;
            });
        QVERIFY(paid);
        const SandboxBooking::Booked booked =
            SandboxBooking::book(http, customer, paid->occurrence.value(QStringLiteral("identifier")).toString(),
                                 paid->offer.value(QStringLiteral("id")).toString());
        QVERIFY(booked.ok);
        add(QStringLiteral("Order (by id)"), QStringLiteral("OrderStatus"),
            http.get(QStringLiteral("/api/v2/orders/") + booked.orderId));
        addItems(QStringLiteral("Order (history)"), QStringLiteral("OrderStatus"),
                 http.get(QStringLiteral("/api/v2/orders?customerIdentifier=") + customer).json(), 3);
        // An OrderItem on its own is no Order Status response: checked against its own model.
        addItems(QStringLiteral("OrderItem (upcoming)"), QString(),
                 http.get(QStringLiteral("/api/v2/order-items?customerIdentifier=") + customer).json(), 3);

        // The checkout's initial order, as ActiveDesk sends it, and as the sandbox echoes it.
        ImminConfig config;
        config.brokerName = QStringLiteral("ActiveDesk");
        ImminClient client(config);
        CheckoutRequest request;
        request.customerIdentifier = customer;
        request.opportunityType = QStringLiteral("ScheduledSession");
        request.opportunityIdentifier = paid->occurrence.value(QStringLiteral("identifier")).toString();
        request.offerId = paid->offer.value(QStringLiteral("id")).toString();
        const QJsonObject body = client.checkoutBody(request);
        QJsonObject initial = body.value(QStringLiteral("imin:initialOrder")).toObject();
        initial.insert(QStringLiteral("@context"), body.value(QStringLiteral("@context")));
        m_samples.append(
            {QStringLiteral("OrderQuote (ActiveDesk's initial order)"), QStringLiteral("C1Request"), initial});
        const HttpResult session = http.postJson(QStringLiteral("/api/checkout-sessions"), body);
        QVERIFY2(session.status == 200 || session.status == 201, session.body.constData());
        QJsonObject echoed = session.json().value(QStringLiteral("imin:initialOrder")).toObject();
        if (!echoed.isEmpty()) {
            echoed.insert(QStringLiteral("@context"), session.json().value(QStringLiteral("@context")));
            m_samples.append({QStringLiteral("OrderQuote (sandbox's echo)"), QStringLiteral("C1Request"), echoed});
        }

        // Error bodies.
        TestHttp noKey(m_sandbox->baseUrl(), QByteArray());
        TestHttp wrongKey(m_sandbox->baseUrl(), "wrong");
        const QString errorMode; // OpenBookingError bodies: the validator's default mode
        auto error = [&](const QString &kind, const HttpResult &r, int status) {
            QCOMPARE(r.status, status);
            add(kind, errorMode, r);
        };
        error(QStringLiteral("Error (no key)"), noKey.get(QStringLiteral("/api/v2/entitlements")), 403);
        error(QStringLiteral("Error (wrong key)"), wrongKey.get(QStringLiteral("/api/v2/entitlements")), 401);
        error(QStringLiteral("Error (unknown order)"), http.get(QStringLiteral("/api/v2/orders/no-such-order")), 404);
        error(QStringLiteral("Error (invalid customer)"),
              http.postJson(QStringLiteral("/api/v2/customer-accounts"),
                            QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")}}),
              400);
        error(QStringLiteral("Error (bad search)"), http.get(QStringLiteral("/events-api/v2/event-series?mode=nope")),
              400);
        error(QStringLiteral("Error (unsupported media type)"),
              http.send("POST", QStringLiteral("/api/v2/customer-accounts"), "x=1", "text/plain"), 415);

        // Every SessionSeries and ScheduledSession id the data hands out (on the sandbox's own origin) answers.
        urls.removeDuplicates();
        for (const QString &u : std::as_const(urls)) {
            if (u.isEmpty())
                continue;
            const HttpResult r = http.get(u);
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("%1 answered %2").arg(u).arg(r.status)));
        }
        QVERIFY(m_samples.size() >= 50);
    }

    void theValidatorFindsNoErrorOutsideImminsExtensions()
    {
        const QString validator = QStringLiteral(ACTIVEDESK_OPENACTIVE_DIR "/validate.js");
        if (!QFile::exists(QStringLiteral(ACTIVEDESK_OPENACTIVE_DIR "/node_modules/@openactive/data-model-validator")))
            QFAIL("The OpenActive validator is not installed: scripts/test.sh runs `npm ci` "
                  "in " ACTIVEDESK_OPENACTIVE_DIR);
        QTemporaryDir dir;
        QJsonArray samples;
        for (const Sample &s : std::as_const(m_samples))
            samples.append(QJsonObject{
                {QStringLiteral("kind"), s.kind}, {QStringLiteral("mode"), s.mode}, {QStringLiteral("item"), s.item}});
        QFile f(dir.filePath(QStringLiteral("samples.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(samples).toJson());
        f.close();
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACTIVITY_LIST"), SandboxProcess::activityList());
        node.setProcessEnvironment(env);
        node.start(QStringLiteral("node"),
                   {validator, f.fileName(), QStringLiteral(ACTIVEDESK_SOURCE_DIR "/tests/openactive/allow.json")});
        QVERIFY(node.waitForFinished(300000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        if (!result.value(QStringLiteral("activitiesChecked")).toBool())
            qWarning("activities were not checked: no activity list (ACTIVEDESK_SHARED_DATA/activity-list.jsonld)");
        const QString report = qEnvironmentVariable("ACTIVEDESK_OPENACTIVE_REPORT");
        if (!report.isEmpty()) {
            QFile out(report);
            if (out.open(QIODevice::WriteOnly))
                out.write(QJsonDocument(result).toJson());
        }
        // The figures, kind by kind.
        const QJsonObject counts = result.value(QStringLiteral("counts")).toObject();
        int errors = 0, warnings = 0, allowedErrors = 0, allowedWarnings = 0, items = 0;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            qInfo("%-44s %3d items: %3d errors, %3d warnings; allowed extensions: %3d errors, %3d warnings",
                  qPrintable(it.key()), c.value(QStringLiteral("items")).toInt(),
                  c.value(QStringLiteral("errors")).toInt(), c.value(QStringLiteral("warnings")).toInt(),
                  c.value(QStringLiteral("allowedErrors")).toInt(), c.value(QStringLiteral("allowedWarnings")).toInt());
            errors += c.value(QStringLiteral("errors")).toInt();
            warnings += c.value(QStringLiteral("warnings")).toInt();
            allowedErrors += c.value(QStringLiteral("allowedErrors")).toInt();
            allowedWarnings += c.value(QStringLiteral("allowedWarnings")).toInt();
            items += c.value(QStringLiteral("items")).toInt();
        }
        qInfo("in all: %d items of %d kinds: %d errors, %d warnings; allowed: %d errors, %d warnings", items,
              int(counts.size()), errors, warnings, allowedErrors, allowedWarnings);
        QStringList failures;
        QSet<QString> seen;
        for (const QJsonValue &v : result.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("allowed")).toBool() ||
                m.value(QStringLiteral("severity")) != QLatin1String("error"))
                continue;
            const QString line =
                QStringLiteral("%1: %2 at %3: %4")
                    .arg(m.value(QStringLiteral("kind")).toString(), m.value(QStringLiteral("type")).toString(),
                         m.value(QStringLiteral("path")).toString(),
                         m.value(QStringLiteral("message")).toString().left(160));
            if (!seen.contains(line)) {
                seen.insert(line);
                failures << line;
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 80).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestOpenActive)
#include "TestOpenActive.moc"

// Every ImminClient call against the real sandbox over loopback, then under 30 % faults.
#include "RecordingServer.h"
#include "SandboxProcess.h"
#include "util/Clock.h"

#include "domain/SessionTimetable.h"
#include "imin/ImminClient.h"

#include <QTcpServer>
#include <QtTest>

namespace {
// Waits for one callback (tests may wait; the application never does).
template <typename T> Result<T> wait(const std::function<void(ImminClient::Callback<T>)> &call, int timeoutMs = 60000)
{
    std::optional<Result<T>> result;
    call([&result](const Result<T> &r) { result = r; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return result ? *result
                  : Result<T>::failure(ApiError(ApiError::Kind::Timeout, 0, {}, QStringLiteral("test timed out")));
}

Person louis()
{
    Person p;
    p.givenName = QStringLiteral("Louis");
    p.familyName = QStringLiteral("Martin");
    p.email = QStringLiteral("louis@example.org");
    p.telephone = QStringLiteral("01865 123456");
    p.birthDate = QDate(1990, 4, 2);
    p.is13OrOver = true;
    return p;
}
} // namespace

class TestImminClient : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ImminClient> m_client;
    std::unique_ptr<TestHttp> m_http;
    QObject m_context;

    EventSearchQuery oxford(const QString &mode = QStringLiteral("upcoming-sessions"))
    {
        EventSearchQuery q;
        q.latitude = 51.7520;
        q.longitude = -1.2578;
        q.radiusKm = 30;
        q.mode = mode;
        q.limit = 50;
        return q;
    }
    // An upcoming bookable occurrence with places and a paid offer.
    std::pair<ScheduledSession, Offer> bookable()
    {
        EventSearchQuery q = oxford();
        q.startFrom = Clock::instance().currentDateTimeUtc().addDays(2);
        const auto page = wait<Page<EventSeries>>([&](auto cb) { m_client->searchEvents(q, &m_context, cb); });
        for (const EventSeries &e : page.value->items) {
            const ScheduledSession occ = e.sessionSeries.value(0).occurrences.value(0);
            if (!occ.isBookable() || occ.remainingAttendeeCapacity.value_or(0) < 2)
                continue;
            const auto full = wait<EventSeries>([&](auto cb) { m_client->eventSeries(e.id, &m_context, cb); });
            for (const SessionSeries &ss : full.value->sessionSeries) {
                for (const ScheduledSession &o : ss.occurrences) {
                    if (o.identifier != occ.identifier)
                        continue;
                    for (const Offer &offer : ss.offers) {
                        if (offer.price.value_or(0) > 0)
                            return {o, offer};
                    }
                }
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--sessions", "600"});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        ImminConfig config = ImminConfig::forSandbox(m_sandbox->baseUrl(), QStringLiteral("sandbox-key"));
        config.retryBaseMs = 50;
        config.timeoutMs = 5000;
        config.brokerName = QStringLiteral("Test Leisure");
        config.backUrl = QStringLiteral("https://broker.example/search");
        config.profileUrl = QStringLiteral("https://broker.example/bookings");
        m_client = std::make_unique<ImminClient>(config);
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
    }

    void customersLifecycle()
    {
        const auto created = wait<CustomerAccount>([&](auto cb) { m_client->createCustomer(louis(), &m_context, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error.message()));
        const QString id = created.value->identifier;
        QCOMPARE(created.value->customer.email, QStringLiteral("louis@example.org"));
        const auto got = wait<CustomerAccount>([&](auto cb) { m_client->getCustomer(id, &m_context, cb); });
        QCOMPARE(got.value->customer.birthDate, QDate(1990, 4, 2));
        Person changed = louis();
        changed.email = QStringLiteral("louis.new@example.org");
        const auto updated =
            wait<CustomerUpdateResult>([&](auto cb) { m_client->updateCustomer(id, changed, &m_context, cb); });
        QVERIFY(updated.ok());
        QCOMPARE(updated.value->actionStatus, QStringLiteral("CompletedActionStatus"));
        QCOMPARE(updated.value->changedFields, QStringList{QStringLiteral("email")});
        const auto deleted = wait<Nothing>([&](auto cb) { m_client->deleteCustomer(id, &m_context, cb); });
        QVERIFY(deleted.ok());
        const auto missing = wait<CustomerAccount>(
            [&](auto cb) { m_client->getCustomer(QStringLiteral("NoSuchOne1"), &m_context, cb); });
        QCOMPARE(missing.error.kind(), ApiError::Kind::Imin);
        QCOMPARE(missing.error.httpStatus(), 404);
        QVERIFY(!missing.error.message().isEmpty());
    }
    void createIsIdempotentWithAKey()
    {
        const auto a = wait<CustomerAccount>(
            [&](auto cb) { m_client->createCustomer(louis(), &m_context, cb, QStringLiteral("key-1")); });
        const auto b = wait<CustomerAccount>(
            [&](auto cb) { m_client->createCustomer(louis(), &m_context, cb, QStringLiteral("key-1")); });
        const auto c = wait<CustomerAccount>(
            [&](auto cb) { m_client->createCustomer(louis(), &m_context, cb, QStringLiteral("key-2")); });
        QCOMPARE(a.value->identifier, b.value->identifier);
        QVERIFY(c.value->identifier != a.value->identifier);
    }
    void invalidCustomerIsATypedError()
    {
        Person p = louis();
        p.email = QStringLiteral("nope");
        const auto r = wait<CustomerAccount>([&](auto cb) { m_client->createCustomer(p, &m_context, cb); });
        QCOMPARE(r.error.httpStatus(), 400);
        QCOMPARE(r.error.iminType(), QStringLiteral("OpenBookingError"));
        QVERIFY(!r.error.invalidParams().isEmpty());
        QVERIFY(!r.error.isTransient());
    }
    void searchesAndFollowsNext()
    {
        const auto first = wait<Page<EventSeries>>([&](auto cb) { m_client->searchEvents(oxford(), &m_context, cb); });
        QVERIFY(first.ok());
        QCOMPARE(first.value->items.size(), 50);
        QVERIFY(!first.value->next.isEmpty());
        const auto second =
            wait<Page<EventSeries>>([&](auto cb) { m_client->eventsPage(first.value->next, &m_context, cb); });
        QCOMPARE(second.value->currentPage, 2);
        QVERIFY(second.value->items.first().sessionSeries.first().occurrences.first().startDate >=
                first.value->items.last().sessionSeries.first().occurrences.first().startDate);
        const EventSeries &e = first.value->items.first();
        QVERIFY(!e.name.isEmpty());
        QVERIFY(e.placeOf(e.sessionSeries.first()).has_value());
        const auto byId = wait<EventSeries>([&](auto cb) { m_client->eventSeries(e.identifier, &m_context, cb); });
        QVERIFY2(byId.ok(), qPrintable(byId.error.message()));
        QVERIFY(!byId.value->sessionSeries.first().offers.isEmpty());
        const auto facets = wait<Facets>([&](auto cb) { m_client->facets(&m_context, cb); });
        QVERIFY(facets.value->activities.size() > 5);
        EventSearchQuery bad = oxford(QStringLiteral("sideways"));
        const auto refused = wait<Page<EventSeries>>([&](auto cb) { m_client->searchEvents(bad, &m_context, cb); });
        QCOMPARE(refused.error.httpStatus(), 400);
    }
    void facilities()
    {
        FacilitySearchQuery q;
        q.latitude = 51.7520;
        q.longitude = -1.2578;
        q.radiusKm = 40;
        q.startFrom = QDateTime(Clock::instance().localDate().addDays(1), QTime(6, 0), Qt::UTC);
        q.activityPrefLabel = QStringLiteral("Badminton");
        const auto page = wait<Page<FacilityUse>>([&](auto cb) { m_client->searchFacilities(q, &m_context, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.message()));
        QVERIFY(!page.value->items.isEmpty());
        const FacilityUse &f = page.value->items.first();
        QVERIFY(!f.slots.isEmpty());
        const auto byId = wait<FacilityUse>([&](auto cb) { m_client->facilityUse(f.id, &m_context, cb); });
        QVERIFY(byId.value->slots.size() >= f.slots.size());
        const auto slot = wait<Slot>([&](auto cb) { m_client->slot(f.slots.first().id, &m_context, cb); });
        QCOMPARE(slot.value->identifier, f.slots.first().identifier);
        QVERIFY(!slot.value->offers.isEmpty());
    }
    void checkoutAndOrders()
    {
        const auto customer =
            wait<CustomerAccount>([&](auto cb) { m_client->createCustomer(louis(), &m_context, cb); });
        const auto [occurrence, offer] = bookable();
        QVERIFY(!offer.id.isEmpty());
        CheckoutRequest request{customer.value->identifier, QStringLiteral("ScheduledSession"), occurrence.identifier,
                                offer.id};
        const auto session = wait<CheckoutSession>([&](auto cb) { m_client->createCheckout(request, &m_context, cb); });
        QVERIFY2(session.ok(), qPrintable(session.error.message()));
        QVERIFY(session.value->target.startsWith(m_sandbox->baseUrl().toString() + "/checkout/"));
        QVERIFY(session.value->location.startsWith(QStringLiteral("/checkout-sessions/")));
        // The request as imin documents it (contract 5.2): links in imin:navigationLinks by imin:linkType, the
        // offer a bare id, the customer's imin id inside imin:initialOrder.
        const QJsonArray links = session.value->body.value("imin:navigationLinks").toArray();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).toObject().value("type").toString(), QStringLiteral("WebPage"));
        QCOMPARE(links.at(0).toObject().value("imin:linkType").toString(),
                 QStringLiteral("https://imin.co/BackToBrokerLink"));
        QCOMPARE(links.at(0).toObject().value("url").toString(), QStringLiteral("https://broker.example/search"));
        QCOMPARE(links.at(1).toObject().value("imin:linkType").toString(),
                 QStringLiteral("https://imin.co/BackToBrokerUserProfileLink"));
        QVERIFY(!session.value->body.contains("imin:backToBrokerUrl"));
        const QJsonObject initial = session.value->body.value("imin:initialOrder").toObject();
        QCOMPARE(initial.value("customer").toString(), customer.value->identifier);
        const QJsonObject sentItem = initial.value("orderedItem").toArray().first().toObject();
        QVERIFY(sentItem.value("acceptedOffer").isString());
        QCOMPARE(sentItem.value("acceptedOffer").toString(), offer.id);
        QCOMPARE(sentItem.value("orderedItem").toObject().value("identifier").toString(), occurrence.identifier);
        // Complete it as the member would, through the hosted pages.
        const QString page = QUrl(session.value->target).path();
        QCOMPARE(m_http->postForm(page + "/review", {}).status, 303);
        QCOMPARE(m_http
                     ->postForm(page + "/payment", {{"cardNumber", "4242424242424242"},
                                                    {"expiry", "12/39"},
                                                    {"cvc", "123"},
                                                    {"nameOnCard", "Louis Martin"}})
                     .status,
                 303);
        const QString customerId = customer.value->identifier;
        const auto history =
            wait<QVector<Order>>([&](auto cb) { m_client->allOrderHistory(customerId, &m_context, cb); });
        QCOMPARE(history.value->size(), 1);
        const Order &order = history.value->first();
        QCOMPARE(order.items.first().opportunityIdentifier, occurrence.identifier);
        QCOMPARE(order.items.first().acceptedOffer.id, offer.id);
        QVERIFY(!order.receipts.isEmpty());
        const auto byId = wait<Order>([&](auto cb) { m_client->order(order.identifier, &m_context, cb); });
        QCOMPARE(byId.value->confirmationNumber, order.confirmationNumber);
        const auto upcoming =
            wait<QVector<OrderItem>>([&](auto cb) { m_client->allUpcomingItems(customerId, &m_context, cb); });
        QCOMPARE(upcoming.value->size(), 1);
        const OrderItem item = upcoming.value->first();
        QCOMPARE(item.orderIdentifier, order.identifier);
        QCOMPARE(item.isPresentlyCancellable, std::optional<bool>(true));
        const auto cancelled = wait<Nothing>(
            [&](auto cb) { m_client->cancelOrderItems(item.orderIdentifier, {item.id}, &m_context, cb); });
        QVERIFY(cancelled.ok());
        // Confirmed only when re-read.
        const auto after = wait<Order>([&](auto cb) { m_client->order(order.identifier, &m_context, cb); });
        QCOMPARE(after.value->items.first().status, QStringLiteral("CustomerCancelled"));
        const auto stale = wait<CheckoutSession>([&](auto cb) {
            m_client->createCheckout(
                {customerId, QStringLiteral("ScheduledSession"), QStringLiteral("https://x.example/none"), offer.id},
                &m_context, cb);
        });
        QCOMPARE(stale.error.httpStatus(), 400);
        QCOMPARE(stale.error.iminType(), QStringLiteral("UnknownOpportunityError"));
    }
    void allPagesOfALongHistory()
    {
        // 23 orders: three pages of 10 followed by `next`.
        const auto customer =
            wait<CustomerAccount>([&](auto cb) { m_client->createCustomer(louis(), &m_context, cb); });
        int made = 0;
        EventSearchQuery q = oxford();
        q.startFrom = Clock::instance().currentDateTimeUtc().addDays(3);
        const auto page = wait<Page<EventSeries>>([&](auto cb) { m_client->searchEvents(q, &m_context, cb); });
        for (const EventSeries &e : page.value->items) {
            if (made == 23)
                break;
            const ScheduledSession occ = e.sessionSeries.first().occurrences.first();
            if (!occ.isBookable() || occ.remainingAttendeeCapacity.value_or(0) < 1)
                continue;
            const auto full = wait<EventSeries>([&](auto cb) { m_client->eventSeries(e.id, &m_context, cb); });
            // The offer of the series this date belongs to (a session at several venues has one series each).
            const SessionTimetable timetable(*full.value);
            const int at = timetable.indexOf(SessionTimetable::occurrenceKey(e.sessionSeries.first(), occ));
            if (at < 0)
                continue;
            const Offer offer = timetable.offersFor(timetable.dates().at(at)).first();
            const auto s = wait<CheckoutSession>([&](auto cb) {
                m_client->createCheckout(
                    {customer.value->identifier, QStringLiteral("ScheduledSession"), occ.identifier, offer.id},
                    &m_context, cb);
            });
            if (!s.ok())
                continue;
            const QString path = QUrl(s.value->target).path();
            const HttpResult review = m_http->postForm(path + "/review", {});
            if (review.header("Location").endsWith("/payment"))
                m_http->postForm(
                    path + "/payment",
                    {{"cardNumber", "4242424242424242"}, {"expiry", "12/39"}, {"cvc", "123"}, {"nameOnCard", "L"}});
            ++made;
        }
        QCOMPARE(made, 23);
        const auto all = wait<QVector<Order>>(
            [&](auto cb) { m_client->allOrderHistory(customer.value->identifier, &m_context, cb); });
        QCOMPARE(all.value->size(), 23);
        for (int i = 1; i < all.value->size(); ++i)
            QVERIFY(all.value->at(i - 1).orderDate >= all.value->at(i).orderDate);
    }
    // The key goes only to the configured origins: a redirect to another host is not followed (so the key does not
    // go with it), a redirect within the origin is; an absolute URL found in data on another host is not fetched.
    void theKeyNeverFollowsARedirectToAnotherHost()
    {
        RecordingServer elsewhere([](const RecordingServer::Request &) {
            return RecordingServer::answer(200, {},
                                           "{\"@context\":\"https://openactive.io/\",\"type\":\"ConceptScheme\"}");
        });
        RecordingServer imin([&elsewhere](const RecordingServer::Request &r) {
            if (r.path.startsWith("/api/v2/customer-accounts/away"))
                return RecordingServer::answer(302, "Location: " + elsewhere.origin().toUtf8() + "/steal\r\n", {});
            if (r.path.startsWith("/api/v2/customer-accounts/moved"))
                return RecordingServer::answer(302, "Location: /api/v2/customer-accounts/here\r\n", {});
            return RecordingServer::answer(
                200, {},
                "{\"@type\":\"CustomerAccount\",\"identifier\":\"here\",\"customer\":{\"givenName\":\"Hal\"}}");
        });
        ImminConfig config = ImminConfig::forSandbox(QUrl(imin.origin()), QStringLiteral("the-secret-key"));
        ImminClient client(config);
        const auto away =
            wait<CustomerAccount>([&](auto cb) { client.getCustomer(QStringLiteral("away"), &m_context, cb); });
        QVERIFY(!away.ok());
        QCOMPARE(away.error.iminType(), QStringLiteral("ForeignAddress"));
        QVERIFY(!away.error.isTransient());      // a setting to fix: not retried for ever
        QVERIFY(elsewhere.requests().isEmpty()); // nothing (so no key) reached the other host
        const auto moved =
            wait<CustomerAccount>([&](auto cb) { client.getCustomer(QStringLiteral("moved"), &m_context, cb); });
        QVERIFY2(moved.ok(), qPrintable(moved.error.message()));
        QCOMPARE(moved.value->identifier, QStringLiteral("here"));
        QVERIFY(imin.requests().last().head.contains("X-API-KEY: the-secret-key")); // followed, within the origin
        // A `next` link or an `id` in data that points elsewhere is not fetched either.
        const auto next = wait<Page<EventSeries>>([&](auto cb) {
            client.eventsPage(elsewhere.origin() + QStringLiteral("/events-api/v2/event-series?page=2"), &m_context,
                              cb);
        });
        QCOMPARE(next.error.iminType(), QStringLiteral("ForeignAddress"));
        const auto byId = wait<EventSeries>([&](auto cb) {
            client.eventSeries(elsewhere.origin() + QStringLiteral("/events-api/v2/event-series/x"), &m_context, cb);
        });
        QCOMPARE(byId.error.iminType(), QStringLiteral("ForeignAddress"));
        QVERIFY(elsewhere.requests().isEmpty());
    }

    // One time limit per call, retries included: a server that accepts and never answers costs the limit, not the
    // limit times the number of tries.
    void retriesLiveInsideTheTimeLimit()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&]() {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s; // accepted, never answered
        });
        ImminConfig config = ImminConfig::forSandbox(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), QStringLiteral("k"));
        config.timeoutMs = 1500;
        ImminClient client(config);
        QElapsedTimer t;
        t.start();
        const auto r = wait<Facets>([&](auto cb) { client.facets(&m_context, cb); });
        const qint64 took = t.elapsed();
        QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
        QVERIFY2(took < 3000, qPrintable(QStringLiteral("took %1 ms for a 1500 ms limit").arg(took)));
        qDeleteAll(held);
    }

    void callerGoneMeansNoCallback()
    {
        m_http->postJson("/sandbox/faults", {{"latencyMs", 300}});
        bool called = false;
        {
            QObject shortLived;
            m_client->getCustomer(QStringLiteral("whoever"), &shortLived,
                                  [&called](const Result<CustomerAccount> &) { called = true; });
        } // destroyed while the request is in flight
        QTest::qWait(800);
        QVERIFY(!called);
        m_http->postJson("/sandbox/faults", {{"latencyMs", 0}});
    }
    void timeoutsAreTyped()
    {
        m_http->postJson("/sandbox/faults", {{"latencyMs", 1500}});
        ImminConfig config = m_client->config();
        config.timeoutMs = 300;
        config.getRetries = 1;
        ImminClient impatient(config);
        QElapsedTimer t;
        t.start();
        const auto r = wait<Facets>([&](auto cb) { impatient.facets(&m_context, cb); });
        QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
        QVERIFY(t.elapsed() < 5000);
        m_http->postJson("/sandbox/faults", {{"latencyMs", 0}});
    }
    void getsAreRetriedPostsAreNot()
    {
        // All errors: a GET tries 1 + getRetries times, a POST once.
        const int customersBefore = m_http->get("/sandbox/customers").json().value("totalItems").toInt();
        m_http->postJson("/sandbox/faults", {{"errorRate", 1}});
        const auto get = wait<Facets>([&](auto cb) { m_client->facets(&m_context, cb); });
        QCOMPARE(get.error.httpStatus(), 503);
        QVERIFY(get.error.isTransient());
        const auto post = wait<CustomerAccount>([&](auto cb) { m_client->createCustomer(louis(), &m_context, cb); });
        QCOMPARE(post.error.httpStatus(), 503);
        m_http->postJson("/sandbox/faults", {{"errorRate", 0}});
        QCOMPARE(m_http->get("/sandbox/customers").json().value("totalItems").toInt(),
                 customersBefore); // no stray create
    }
    void underThirtyPercentFaultsEveryCallEnds()
    {
        m_http->postJson("/sandbox/faults", {{"errorRate", 0.3}, {"dropRate", 0.3}, {"garbageRate", 0.3}});
        int ok = 0, typed = 0;
        QSet<ApiError::Kind> kinds;
        int outstanding = 0;
        for (int i = 0; i < 120; ++i) {
            ++outstanding;
            auto count = [&](bool success, const ApiError &e) {
                (success ? ok : typed) += 1;
                if (!success)
                    kinds.insert(e.kind());
                --outstanding;
            };
            switch (i % 4) {
            case 0:
                m_client->facets(&m_context, [count](const Result<Facets> &r) { count(r.ok(), r.error); });
                break;
            case 1:
                m_client->searchEvents(oxford(), &m_context,
                                       [count](const Result<Page<EventSeries>> &r) { count(r.ok(), r.error); });
                break;
            case 2:
                m_client->createCustomer(louis(), &m_context,
                                         [count](const Result<CustomerAccount> &r) { count(r.ok(), r.error); });
                break;
            default:
                m_client->getCustomer(QStringLiteral("NoSuchOne1"), &m_context,
                                      [count](const Result<CustomerAccount> &r) { count(r.ok(), r.error); });
                break;
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(outstanding, 0, 60000); // no hang
        m_http->postJson("/sandbox/faults", {{"errorRate", 0}, {"dropRate", 0}, {"garbageRate", 0}});
        QCOMPARE(ok + typed, 120);
        QVERIFY(ok > 0);
        QVERIFY(kinds.contains(ApiError::Kind::MalformedBody));
        QVERIFY(kinds.contains(ApiError::Kind::Network));
        QVERIFY(kinds.contains(ApiError::Kind::Imin) || kinds.contains(ApiError::Kind::Http));
    }
};

QTEST_GUILESS_MAIN(TestImminClient)
#include "TestImminClient.moc"

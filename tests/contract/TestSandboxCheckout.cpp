// Contract tests: Authenticated Checkout, the hosted pages (driven as a browser would), orders, cancellation,
// the mailbox, the race for the last place, faults, and durability across kill -9.
#include "SandboxBooking.h"
#include "SandboxProcess.h"
#include "util/Clock.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace {
struct Bookable
{
    QString occurrence; // open-data identifier
    QString paidOffer;
    QString freeOffer;
    QString eventId; // search id URL
    int remaining = 0;
    QString sessionName;
};

// A PDF a reader can open: the header and trailer, a cross-reference table whose every offset lands on its object,
// and streams as long as they say. (The desk's test reads the same bytes with Qt PDF.)
void verifyPdfStructure(const QByteArray &pdf)
{
    QVERIFY2(pdf.startsWith("%PDF-1."), pdf.left(16).constData());
    QVERIFY(pdf.endsWith("%%EOF\n"));
    const qsizetype at = pdf.lastIndexOf("startxref\n");
    QVERIFY(at > 0);
    const qsizetype xref = pdf.mid(at + 10, pdf.indexOf('\n', at + 10) - at - 10).toLongLong();
    QCOMPARE(pdf.mid(xref, 5), QByteArray("xref\n"));
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.at(1).split(' ').at(1).toInt();
    QVERIFY(count > 5);
    for (int i = 1; i < count; ++i) {
        const qsizetype offset = lines.at(2 + i).left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray::number(i) + " 0 obj"), qPrintable(QString::number(i)));
    }
    const QRegularExpression stream(QStringLiteral("/Length (\\d+) >>\nstream\n"));
    int streams = 0;
    for (auto it = stream.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); ++streams) {
        const QRegularExpressionMatch m = it.next();
        QCOMPARE(pdf.mid(m.capturedEnd() + m.captured(1).toLongLong(), 9), QByteArray("endstream"));
    }
    QVERIFY(streams > 0);
}
} // namespace

class TestSandboxCheckout : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QString m_dataDir;
    QTemporaryDir m_temp;

    QString createCustomer(const QString &given, const QString &email)
    {
        const QJsonObject body{
            {"@context", "https://openactive.io/"},
            {"@type", "CustomerAccount"},
            {"customer",
             QJsonObject{{"@type", "Person"}, {"email", email}, {"givenName", given}, {"familyName", "Tester"}}}};
        const HttpResult r = m_http->postJson("/api/v2/customer-accounts", body);
        return r.json().value("identifier").toString();
    }
    // Walks the upcoming sessions to find an occurrence matching `accept` with its offers.
    Bookable find(const std::function<bool(const QJsonObject &occ, const QJsonArray &offers)> &accept)
    {
        QString next = "/events-api/v2/event-series?geo%5Bradial%5D=51.752,-1.2578,50&mode=upcoming-sessions&limit=50"
                       "&startDate%5Bgte%5D=" +
                       QUrl::toPercentEncoding(Clock::instance().currentDateTimeUtc().addDays(2).toString(Qt::ISODate));
        for (int page = 0; page < 30 && !next.isEmpty(); ++page) {
            const QJsonObject p = m_http->get(next).json();
            for (const QJsonValue &v : p.value("imin:item").toArray()) {
                const QJsonObject e = v.toObject();
                const QJsonObject occ =
                    e.value("subEvent").toArray().first().toObject().value("subEvent").toArray().first().toObject();
                if (!occ.contains("imin:checkoutUrlTemplate"))
                    continue;
                const QJsonObject full = m_http->get(e.value("id").toString()).json();
                QJsonArray offers;
                for (const QJsonValue &ss : full.value("subEvent").toArray()) {
                    for (const QJsonValue &o : ss.toObject().value("subEvent").toArray()) {
                        if (o.toObject().value("identifier") == occ.value("identifier"))
                            offers = ss.toObject().value("offers").toArray();
                    }
                }
                if (!accept(occ, offers))
                    continue;
                Bookable b;
                b.occurrence = occ.value("identifier").toString();
                b.eventId = e.value("id").toString();
                b.remaining = occ.value("remainingAttendeeCapacity").toInt();
                b.sessionName = e.value("name").toString();
                for (const QJsonValue &o : offers) {
                    if (o.toObject().value("price").toDouble() > 0 && b.paidOffer.isEmpty())
                        b.paidOffer = o.toObject().value("id").toString();
                    if (o.toObject().value("price").toDouble() == 0 && b.freeOffer.isEmpty())
                        b.freeOffer = o.toObject().value("id").toString();
                }
                return b;
            }
            next = p.value("view").toObject().value("next").toString();
        }
        return {};
    }
    static bool hasPaid(const QJsonArray &offers)
    {
        return std::any_of(offers.begin(), offers.end(),
                           [](const QJsonValue &o) { return o.toObject().value("price").toDouble() > 0; });
    }
    QJsonObject checkoutBody(const QString &customer, const QString &occurrence, const QString &offer,
                             const QString &type = QStringLiteral("ScheduledSession"))
    {
        return {
            {"@context", QJsonArray{"https://openactive.io/", "https://imin.co/"}},
            {"type", "imin:CheckoutSession"},
            {"imin:initialOrder",
             QJsonObject{
                 {"type", "OrderQuote"},
                 {"broker",
                  QJsonObject{{"type", "Organization"}, {"name", "Test Leisure"}, {"url", "https://broker.example"}}},
                 {"customer", customer},
                 {"orderedItem",
                  QJsonArray{QJsonObject{{"type", "OrderItem"},
                                         {"acceptedOffer", offer},
                                         {"orderedItem", QJsonObject{{"type", type}, {"identifier", occurrence}}}}}}}},
            {"imin:navigationLinks",
             QJsonArray{
                 navigationLink("https://imin.co/BackToBrokerLink", "Back to Broker", "https://broker.example/search"),
                 navigationLink("https://imin.co/BackToBrokerUserProfileLink", "Back to Broker User Profile",
                                "https://broker.example/bookings")}}};
    }
    static QJsonObject navigationLink(const QString &linkType, const QString &name, const QString &url)
    {
        return {{"type", "WebPage"}, {"name", name}, {"imin:linkType", linkType}, {"url", url}};
    }
    QString checkoutPath(const QString &customer, const QString &occurrence, const QString &offer,
                         const QString &type = QStringLiteral("ScheduledSession"))
    {
        const HttpResult r =
            m_http->postJson("/api/checkout-sessions", checkoutBody(customer, occurrence, offer, type));
        if (r.status != 201)
            qWarning("checkout: %d %s", r.status, r.body.constData());
        return QUrl(r.json().value("potentialAction").toArray().first().toObject().value("target").toString()).path();
    }
    // The facilities near the centre with their free slots from 08:00Z the day after tomorrow.
    QJsonObject slotsInTwoDays()
    {
        const QString day = Clock::instance().currentDateTimeUtc().addDays(2).date().toString(Qt::ISODate);
        return m_http
            ->get("/facilities-api/v2/facility-uses?geo%5Bradial%5D=51.752,-1.2578,50&mode=upcoming-slots"
                  "&limit=50&startDate%5Bgte%5D=" +
                  day + "T08:00:00Z")
            .json();
    }
    QList<QPair<QString, QString>> card(const QString &number)
    {
        return {{"cardNumber", number}, {"expiry", "12/39"}, {"cvc", "123"}, {"nameOnCard", "Test Person"}};
    }
    QJsonArray mails(const QString &to)
    {
        return m_http->get("/sandbox/mailbox?to=" + QUrl::toPercentEncoding(to)).json().value("items").toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dataDir = m_temp.path();
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--sessions", "800", "--seed", "5"}, m_dataDir);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
    }

    void checkoutRequestValidation()
    {
        const QString customer = createCustomer("Val", "val@example.org");
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() > 1 && hasPaid(offers);
        });
        QVERIFY(!b.occurrence.isEmpty());
        auto expect400 = [&](const QJsonObject &body, const QString &type) {
            const HttpResult r = m_http->postJson("/api/checkout-sessions", body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value("@type").toString(), type);
            QVERIFY(!r.json().value("description").toString().isEmpty());
        };
        expect400(checkoutBody(customer, "https://nowhere.example/api/scheduled-sessions/1-203001010900", b.paidOffer),
                  "UnknownOpportunityError");
        expect400(checkoutBody(customer, b.occurrence, "https://nowhere.example/offers/x"),
                  "OpportunityOfferPairNotBookableError");
        expect400(checkoutBody("NoSuchCust", b.occurrence, b.paidOffer), "OpenBookingError");
        QJsonObject noCustomer = checkoutBody(customer, b.occurrence, b.paidOffer);
        QJsonObject initial = noCustomer.value("imin:initialOrder").toObject();
        initial.remove("customer");
        noCustomer.insert("imin:initialOrder", initial);
        expect400(noCustomer, "OpenBookingError");
        QJsonObject badUrl = checkoutBody(customer, b.occurrence, b.paidOffer);
        badUrl.insert("imin:navigationLinks",
                      QJsonArray{navigationLink("https://imin.co/BackToBrokerLink", "Back", "broker.example/search")});
        expect400(badUrl, "OpenBookingError");
        QJsonObject notWebPages = checkoutBody(customer, b.occurrence, b.paidOffer);
        notWebPages.insert("imin:navigationLinks", "https://broker.example/search");
        expect400(notWebPages, "OpenBookingError");
        // The customer only inside imin:initialOrder, as documented: at the top level it is missing.
        QJsonObject topLevel = noCustomer;
        topLevel.insert("customer", customer);
        expect400(topLevel, "OpenBookingError");
        // A full occurrence is refused.
        const Bookable full = find([](const QJsonObject &occ, const QJsonArray &) {
            return occ.value("remainingAttendeeCapacity").toInt() == 0;
        });
        QVERIFY(!full.occurrence.isEmpty());
        const QJsonObject fullEvent = m_http->get(full.eventId).json();
        QString anyOffer;
        for (const QJsonValue &ss : fullEvent.value("subEvent").toArray()) {
            for (const QJsonValue &o : ss.toObject().value("subEvent").toArray()) {
                if (o.toObject().value("identifier").toString() == full.occurrence)
                    anyOffer = ss.toObject().value("offers").toArray().first().toObject().value("id").toString();
            }
        }
        expect400(checkoutBody(customer, full.occurrence, anyOffer), "OpportunityIsFullError");
        // Customer as a Person, opportunity by `id`, the offer as an object: all accepted (Standalone).
        QJsonObject alt = checkoutBody(customer, b.occurrence, b.paidOffer);
        QJsonObject altInitial = alt.value("imin:initialOrder").toObject();
        altInitial.insert("customer", QJsonObject{{"type", "Person"},
                                                  {"givenName", "Pat"},
                                                  {"familyName", "Guest"},
                                                  {"email", "pat@example.org"}});
        QJsonArray items = altInitial.value("orderedItem").toArray();
        QJsonObject item = items.first().toObject();
        item.insert("orderedItem", QJsonObject{{"type", "ScheduledSession"}, {"id", b.occurrence}});
        item.insert("acceptedOffer", QJsonObject{{"type", "Offer"}, {"id", b.paidOffer}});
        altInitial.insert("orderedItem", QJsonArray{item});
        alt.insert("imin:initialOrder", altInitial);
        const HttpResult ok = m_http->postJson("/checkout-sessions", alt);
        QCOMPARE(ok.status, 201);
        QVERIFY(ok.json()
                    .value("potentialAction")
                    .toArray()
                    .first()
                    .toObject()
                    .value("target")
                    .toString()
                    .contains("/opendata/"));
        QCOMPARE(ok.json().value("imin:initialOrder").toObject().value("broker").toObject().value("name").toString(),
                 QStringLiteral("Test Leisure"));
    }

    void testingModeRunsAsLiveAndBooksNothing()
    {
        // Contract 5.2.2: with every value a test value the checkout runs as live (a card step for -paid, any card
        // number accepted), then creates no Order, takes no place and issues no receipt, but still sends the e-mail.
        const QString customer = createCustomer("Tess", "tess@example.org");
        auto testBody = [&](const QJsonValue &who, const QString &item, const QString &type, const QString &offer) {
            QJsonObject body = checkoutBody(QString(), item, offer);
            QJsonObject initial = body.value("imin:initialOrder").toObject();
            initial.insert("customer", who);
            QJsonArray items = initial.value("orderedItem").toArray();
            QJsonObject first = items.first().toObject();
            first.insert("orderedItem", QJsonObject{{"type", type}, {"identifier", item}});
            items[0] = first;
            initial.insert("orderedItem", items);
            body.insert("imin:initialOrder", initial);
            return body;
        };
        const HttpResult created =
            m_http->postJson("/api/checkout-sessions", testBody(customer, "test-item-ScheduledSession-paid",
                                                                "ScheduledSession", "test-offer-adult-guest"));
        QCOMPARE(created.status, 201);
        TestHttp browser(m_sandbox->baseUrl(), QByteArray());
        const QString page =
            QUrl(created.json().value("potentialAction").toArray().first().toObject().value("target").toString())
                .path();
        const HttpResult review = browser.get(page);
        QCOMPARE(review.status, 200);
        QVERIFY(review.body.contains("Test session (testing mode)"));
        const HttpResult reviewed = browser.postForm(page + "/review", {});
        QCOMPARE(reviewed.status, 303);
        QVERIFY(reviewed.header("Location").endsWith("/payment")); // -paid: a card step
        // Any card number succeeds (a declined test number too).
        const HttpResult paid = browser.postForm(page + "/payment", card("4000 0000 0000 0002"));
        QCOMPARE(paid.status, 303);
        const HttpResult done = browser.get(QString::fromUtf8(paid.header("Location")));
        QVERIFY2(done.body.contains("Test checkout complete"), done.body.left(400).constData());
        QVERIFY(done.body.contains("nothing was booked and no payment was taken"));
        QVERIFY(done.body.contains("id=\"view-bookings\"")); // the way back is there, as live
        QCOMPARE(m_http->get("/api/v2/orders?customerIdentifier=" + customer).json().value("imin:totalItems").toInt(),
                 0);
        const QJsonArray sent = mails("tess@example.org");
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().toObject().value("subject").toString().contains("testing mode"));

        // A member offer needs imin's test customer, as a string or as customer.identifier; -free has no card step.
        const auto status = [&](const QJsonObject &body) { return m_http->postJson("/api/checkout-sessions", body); };
        HttpResult r = status(testBody(customer, "test-item-Slot-free", "Slot", "test-offer-adult-member"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("imin:initialOrder.customer"));
        QCOMPARE(
            status(testBody("test-customer-member", "test-item-Slot-free", "Slot", "test-offer-adult-member")).status,
            201);
        // The type must match the test item; test and real values cannot be mixed; unknown test values are named.
        r = status(testBody(customer, "test-item-Slot-paid", "ScheduledSession", "test-offer-adult-guest"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("orderedItem.type"));
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() > 0 && hasPaid(offers);
        });
        QVERIFY(!b.paidOffer.isEmpty());
        r = status(testBody(customer, b.occurrence, "ScheduledSession", "test-offer-adult-guest"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("orderedItem[0].orderedItem.identifier"));
        r = status(testBody(customer, "test-item-ScheduledSession-free", "ScheduledSession", b.paidOffer));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("orderedItem[0].acceptedOffer"));
        r = status(testBody(customer, "test-item-Nothing-free", "ScheduledSession", "test-offer-adult-guest"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("is not one of imin"));
    }

    void backLinksComeOnlyFromNavigationLinksByTheirType()
    {
        // imin documents the back links as WebPage objects in imin:navigationLinks, told apart by imin:linkType.
        // The flat names an earlier client sent are unknown keys: that page has no way back. Order and labels do not
        // matter.
        const QString customer = createCustomer("Nav", "nav@example.org");
        const auto confirmationOf = [&](const QJsonObject &body) -> QByteArray {
            const HttpResult created = m_http->postJson("/api/checkout-sessions", body);
            if (created.status != 201)
                return "status " + QByteArray::number(created.status) + ": " + created.body;
            const QString page =
                QUrl(created.json().value("potentialAction").toArray().first().toObject().value("target").toString())
                    .path();
            const HttpResult next = m_http->postForm(page + "/review", {});
            const QString payment = QString::fromUtf8(next.header("Location"));
            const HttpResult paid = m_http->postForm(payment, card("4242 4242 4242 4242"));
            return m_http->get(QString::fromUtf8(paid.header("Location"))).body;
        };
        const auto bookable = [&]() {
            return find([](const QJsonObject &occ, const QJsonArray &offers) {
                return occ.value("remainingAttendeeCapacity").toInt() > 3 && hasPaid(offers);
            });
        };
        const Bookable b = bookable();
        QVERIFY(!b.occurrence.isEmpty());

        QJsonObject flat = checkoutBody(customer, b.occurrence, b.paidOffer);
        flat.remove("imin:navigationLinks");
        flat.insert("imin:backToBrokerUrl", "https://broker.example/search");
        flat.insert("imin:backToBrokerUserProfileUrl", "https://broker.example/bookings");
        const QByteArray noWayBack = confirmationOf(flat);
        QVERIFY2(noWayBack.contains("Booking confirmed"), noWayBack.left(300).constData());
        QVERIFY(!noWayBack.contains("https://broker.example/search"));
        QVERIFY(!noWayBack.contains("https://broker.example/bookings"));
        QVERIFY(!noWayBack.contains("View my bookings"));

        QJsonObject reordered = checkoutBody(customer, b.occurrence, b.paidOffer);
        reordered.insert(
            "imin:navigationLinks",
            QJsonArray{navigationLink("https://imin.co/BackToBrokerUserProfileLink", "Back to Broker",
                                      "https://broker.example/mine"),
                       navigationLink("https://imin.co/SomeOtherLink", "Elsewhere", "https://broker.example/elsewhere"),
                       navigationLink("https://imin.co/BackToBrokerLink", "Back to Broker User Profile",
                                      "https://broker.example/find")});
        const QByteArray page = confirmationOf(reordered);
        QVERIFY2(page.contains("Booking confirmed"), page.left(300).constData());
        const QString html = QString::fromUtf8(page);
        const QRegularExpression bookings("href=\"([^\"]+)\"[^>]*>\\s*View my bookings");
        QVERIFY2(bookings.match(html).hasMatch(), qPrintable(html.right(800)));
        QCOMPARE(bookings.match(html).captured(1), QStringLiteral("https://broker.example/mine"));
        QVERIFY(html.contains("href=\"https://broker.example/find\""));
        QVERIFY(!html.contains("https://broker.example/elsewhere"));
    }

    void paidCheckoutThroughThePages()
    {
        const QString customer = createCustomer("Louis", "louis@example.org");
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() > 2 && hasPaid(offers);
        });
        QVERIFY(!b.paidOffer.isEmpty());
        const HttpResult created =
            m_http->postJson("/api/checkout-sessions", checkoutBody(customer, b.occurrence, b.paidOffer));
        QCOMPARE(created.status, 201);
        QVERIFY(created.header("Location").startsWith("/checkout-sessions/"));
        const QJsonObject action = created.json().value("potentialAction").toArray().first().toObject();
        QCOMPARE(action.value("type").toString(), QStringLiteral("OrderAction"));
        const QString page = QUrl(action.value("target").toString()).path();

        HttpResult review = m_http->get(page);
        QCOMPARE(review.status, 200);
        QVERIFY(review.header("Content-Type").startsWith("text/html"));
        QVERIFY(review.body.contains("Louis Tester"));
        QVERIFY(review.body.contains("louis@example.org"));
        QVERIFY(review.body.contains("Continue to payment"));
        QVERIFY(review.body.contains(b.sessionName.toHtmlEscaped().toUtf8()));

        // The member changes their email before paying: the confirmation goes to the address as it is then.
        QCOMPARE(m_http
                     ->postJson("/api/v2/customer-accounts/" + customer + "/actions",
                                {{"@type", "CustomerUpdateAction"},
                                 {"object", QJsonObject{{"email", "louis.new@example.org"}}}})
                     .status,
                 200);

        HttpResult next = m_http->postForm(page + "/review", {});
        QCOMPARE(next.status, 303);
        const QString paymentPath = QString::fromUtf8(next.header("Location"));
        QVERIFY(paymentPath.endsWith("/payment"));
        HttpResult payment = m_http->get(paymentPath);
        QCOMPARE(payment.status, 200);
        for (const char *label : {"Card number", "Expiry", "CVC", "Name on card", "Pay £"})
            QVERIFY2(payment.body.contains(label), label);

        HttpResult bad = m_http->postForm(
            paymentPath,
            {{"cardNumber", "4242 4242 4242 4241"}, {"expiry", "13/20"}, {"cvc", "1"}, {"nameOnCard", ""}});
        QCOMPARE(bad.status, 200);
        QVERIFY(bad.body.contains("Enter a valid card number"));
        QVERIFY(bad.body.contains("Enter the expiry date as MM/YY"));
        QVERIFY(bad.body.contains("Enter the 3 or 4 digit security code"));
        QVERIFY(bad.body.contains("Enter the name as it appears on the card"));
        QVERIFY(bad.body.contains("aria-invalid=\"true\""));

        HttpResult declined = m_http->postForm(paymentPath, card("4000 0000 0000 0002"));
        QCOMPARE(declined.status, 200);
        QVERIFY(declined.body.contains("payment-declined"));
        QVERIFY(declined.body.contains("declined"));
        QCOMPARE(m_http->get("/api/v2/orders?customerIdentifier=" + customer).json().value("imin:totalItems").toInt(),
                 0);

        HttpResult paid = m_http->postForm(paymentPath, card("4242 4242 4242 4242"));
        QCOMPARE(paid.status, 303);
        const QString confirmationPath = QString::fromUtf8(paid.header("Location"));
        QVERIFY(confirmationPath.endsWith("/confirmation"));
        HttpResult confirmation = m_http->get(confirmationPath);
        QVERIFY(confirmation.body.contains("Booking confirmed"));
        QVERIFY(confirmation.body.contains("href=\"https://broker.example/search\""));
        QVERIFY(confirmation.body.contains("Back to Test Leisure"));
        QVERIFY(confirmation.body.contains("href=\"https://broker.example/bookings\""));
        QVERIFY(confirmation.body.contains("View my bookings"));
        const QRegularExpressionMatch number =
            QRegularExpression("id=\"confirmation-number\">([A-Z0-9]{6})<").match(QString::fromUtf8(confirmation.body));
        QVERIFY(number.hasMatch());
        // Paying again does not book twice.
        QCOMPARE(m_http->postForm(paymentPath, card("4242 4242 4242 4242")).status, 303);

        // Orders: history, order by id, upcoming items, receipt, capacity.
        const QJsonObject history = m_http->get("/api/v2/orders?customerIdentifier=" + customer).json();
        QCOMPARE(history.value("imin:totalItems").toInt(), 1);
        const QJsonObject order = history.value("imin:item").toArray().first().toObject();
        QCOMPARE(order.value("confirmationNumber").toString(), number.captured(1));
        QCOMPARE(order.value("customer").toObject().value("identifier").toString(), customer);
        const QString orderId = order.value("identifier").toString();
        const HttpResult byId = m_http->get("/api/v2/orders/" + orderId);
        QCOMPARE(byId.status, 200);
        const QJsonObject item = byId.json().value("orderedItem").toArray().first().toObject();
        QCOMPARE(item.value("orderItemStatus").toString(), QStringLiteral("https://openactive.io/OrderItemConfirmed"));
        QCOMPARE(item.value("acceptedOffer").toObject().value("id").toString(), b.paidOffer);
        QCOMPARE(item.value("orderedItem").toObject().value("identifier").toString(), b.occurrence);
        QVERIFY(item.value("id").toString().startsWith(m_sandbox->baseUrl().toString() + "/api/v2/orders/" + orderId +
                                                       "/order-items/"));
        const QString receiptUrl =
            byId.json().value("imin:receipt").toArray().first().toObject().value("url").toString();
        // A receipt is a PDF that needs the key (contract 6.5): a browser without it is refused, an unknown id is a
        // 404.
        TestHttp browser(m_sandbox->baseUrl(), QByteArray());
        QVERIFY(browser.get(receiptUrl).status == 401 || browser.get(receiptUrl).status == 403);
        QCOMPARE(m_http->get("/api/v2/receipts/987654").status, 404);
        QVERIFY(m_http->get("/api/v2/receipts/987654").isJson());
        const HttpResult receipt = m_http->get(receiptUrl);
        QCOMPARE(receipt.status, 200);
        QCOMPARE(receipt.header("Content-Type"), QByteArray("application/pdf"));
        verifyPdfStructure(receipt.body);
        QVERIFY(receipt.body.contains("(" + number.captured(1).toUtf8() + ")"));
        // The order's UUID only in the small print ("… Order <uuid>."), never as a value of its own.
        QVERIFY(!receipt.body.contains("(" + orderId.toUtf8() + ")"));
        QVERIFY(receipt.body.contains("Order " + orderId.toUtf8() + "."));
        const QJsonObject upcoming = m_http->get("/api/v2/order-items?customerIdentifier=" + customer).json();
        QCOMPARE(upcoming.value("imin:totalItems").toInt(), 1);
        QVERIFY(upcoming.value("imin:item").toArray().first().toObject().value("imin:isPresentlyCancellable").toBool());
        // The parent Order is named by the item's id, as imin documents (no "imin:order" property).
        const QJsonObject first = upcoming.value("imin:item").toArray().first().toObject();
        QVERIFY(!first.contains("imin:order"));
        QVERIFY2(first.value("id").toString().contains("/api/v2/orders/" + orderId + "/order-items/"),
                 qPrintable(first.value("id").toString()));
        int remainingNow = -1;
        for (const QJsonValue &ss : m_http->get(b.eventId).json().value("subEvent").toArray())
            for (const QJsonValue &o : ss.toObject().value("subEvent").toArray())
                if (o.toObject().value("identifier").toString() == b.occurrence)
                    remainingNow = o.toObject().value("remainingAttendeeCapacity").toInt();
        QCOMPARE(remainingNow, b.remaining - 1);

        // The mailbox: one confirmation, to the new address.
        QCOMPARE(mails("louis@example.org").size(), 0);
        const QJsonArray sent = mails("louis.new@example.org");
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().toObject().value("subject").toString().startsWith("Booking confirmed"));
        QCOMPARE(sent.first().toObject().value("orderIdentifier").toString(), orderId);
        QVERIFY(sent.first().toObject().value("text").toString().contains(number.captured(1)));

        // Cancellation: errors first, then 204, idempotent, then the item is gone from upcoming and an email is sent.
        const QString itemId = item.value("id").toString();
        auto patch = [&](const QJsonObject &body, const QString &order) {
            return m_http->send("PATCH", "/api/v2/orders/" + order, TestHttp::toBytes(body));
        };
        auto cancelBody = [&](const QString &status, const QString &id) {
            return QJsonObject{{"@context", "https://openactive.io/"},
                               {"@type", "Order"},
                               {"orderedItem", QJsonArray{QJsonObject{
                                                   {"@type", "OrderItem"}, {"@id", id}, {"orderItemStatus", status}}}}};
        };
        QCOMPARE(patch(cancelBody("https://openactive.io/CustomerCancelled", itemId), "no-such-order")
                     .json()
                     .value("@type")
                     .toString(),
                 QStringLiteral("UnknownOrderError"));
        QCOMPARE(patch(cancelBody("https://openactive.io/SellerCancelled", itemId), orderId)
                     .json()
                     .value("@type")
                     .toString(),
                 QStringLiteral("PatchNotAllowedOnPropertyError"));
        QJsonObject excess = cancelBody("https://openactive.io/CustomerCancelled", itemId);
        excess.insert("orderDate", "2030-01-01T00:00:00Z");
        QCOMPARE(patch(excess, orderId).json().value("@type").toString(),
                 QStringLiteral("PatchContainsExcessivePropertiesError"));
        QCOMPARE(patch(cancelBody("https://openactive.io/CustomerCancelled", itemId + "x"), orderId)
                     .json()
                     .value("@type")
                     .toString(),
                 QStringLiteral("OrderItemNotWithinOrderError"));
        QCOMPARE(patch(cancelBody("https://openactive.io/CustomerCancelled", itemId), orderId).status, 204);
        QCOMPARE(patch(cancelBody("https://openactive.io/CustomerCancelled", itemId), orderId).status, 204);
        QCOMPARE(
            m_http->get("/api/v2/order-items?customerIdentifier=" + customer).json().value("imin:totalItems").toInt(),
            0);
        QCOMPARE(m_http->get("/api/v2/orders/" + orderId)
                     .json()
                     .value("orderedItem")
                     .toArray()
                     .first()
                     .toObject()
                     .value("orderItemStatus")
                     .toString(),
                 QStringLiteral("https://openactive.io/CustomerCancelled"));
        const QJsonArray after = mails("louis.new@example.org");
        QCOMPARE(after.size(), 2);
        QVERIFY(after.last().toObject().value("subject").toString().startsWith("Booking cancelled"));
    }

    void freeOfferSkipsPayment()
    {
        const QString customer = createCustomer("Fay", "fay@example.org");
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() > 0 &&
                   std::any_of(offers.begin(), offers.end(),
                               [](const QJsonValue &o) { return o.toObject().value("price").toDouble() == 0; });
        });
        QVERIFY(!b.freeOffer.isEmpty());
        const QString page = checkoutPath(customer, b.occurrence, b.freeOffer);
        const HttpResult review = m_http->get(page);
        QVERIFY(review.body.contains("Confirm booking"));
        QVERIFY(!review.body.contains("Continue to payment"));
        const HttpResult done = m_http->postForm(page + "/review", {});
        QCOMPARE(done.status, 303);
        QVERIFY(done.header("Location").endsWith("/confirmation"));
        QVERIFY(m_http->get(QString::fromUtf8(done.header("Location"))).body.contains("Booking confirmed"));
        QCOMPARE(mails("fay@example.org").size(), 1);
    }

    void guestCheckoutAsksForDetails()
    {
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() > 0 && hasPaid(offers);
        });
        const QJsonObject occ = m_http->get(b.eventId).json();
        QString link;
        for (const QJsonValue &ss : occ.value("subEvent").toArray())
            for (const QJsonValue &o : ss.toObject().value("subEvent").toArray())
                if (o.toObject().value("identifier").toString() == b.occurrence)
                    link = o.toObject()
                               .value("imin:checkoutUrlTemplate")
                               .toString()
                               .replace("{checkoutBaseUrl}", m_sandbox->baseUrl().toString());
        TestHttp browser(m_sandbox->baseUrl(), QByteArray());
        const HttpResult start = browser.get(link);
        QCOMPARE(start.status, 303);
        const QString page = QString::fromUtf8(start.header("Location"));
        const HttpResult review = browser.get(page);
        QVERIFY(review.body.contains("First name"));
        QVERIFY(review.body.contains("Choose a price level"));
        const HttpResult errors =
            browser.postForm(page + "/review", {{"givenName", ""}, {"familyName", "Guest"}, {"email", "nope"}});
        QCOMPARE(errors.status, 200);
        QVERIFY(errors.body.contains("Enter your first name."));
        QVERIFY(errors.body.contains("Enter an email address like name@example.com."));
        QVERIFY(errors.body.contains("value=\"Guest\"")); // what was typed is kept
        const HttpResult ok = browser.postForm(
            page + "/review",
            {{"givenName", "Gus"}, {"familyName", "Guest"}, {"email", "gus@example.org"}, {"offer", b.paidOffer}});
        QCOMPARE(ok.status, 303);
        QVERIFY(ok.header("Location").endsWith("/payment"));
    }

    // Every kind of imin:checkoutUrlTemplate link, paid to the end as a guest in a browser: a session series (choose a
    // date), one occurrence, and a facility slot. Each ends in "Booking confirmed" and an email to the guest.
    void aFullDatesPageSaysFullWithNoContinue()
    {
        // A guest link to a date with no places left once showed the form with "Places left 0" and a Continue that
        // returned to the same page. It says the date is full, offers no Continue, and takes no payment.
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() == 0 && !offers.isEmpty();
        });
        QVERIFY2(!b.occurrence.isEmpty(), "no full date in the data");
        QString link;
        for (const QJsonValue &ss : m_http->get(b.eventId).json().value("subEvent").toArray()) {
            for (const QJsonValue &o : ss.toObject().value("subEvent").toArray()) {
                if (o.toObject().value("identifier").toString() == b.occurrence)
                    link = o.toObject().value("imin:checkoutUrlTemplate").toString();
            }
        }
        QVERIFY2(!link.isEmpty(), qPrintable(b.occurrence));
        link.replace(QStringLiteral("{checkoutBaseUrl}"), m_sandbox->baseUrl().toString());
        TestHttp browser(m_sandbox->baseUrl(), QByteArray());
        const HttpResult start = browser.get(link);
        QCOMPARE(start.status, 303);
        const HttpResult page = browser.get(QString::fromUtf8(start.header("Location")));
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("This session is full"), page.body.left(600).constData());
        QVERIFY(page.body.contains("No payment has been taken"));
        QVERIFY(!page.body.contains("id=\"continue\""));
        QVERIFY(!page.body.contains("name=\"offer\""));
    }

    // A facility that names its courts (contract 8.1) is booked court by court: the court's Slot is the opportunity,
    // the Order names the court (OpenActive's IndividualFacilityUse inside the Slot, the FacilityUse in it), the
    // receipt prints it, and only that court is taken.
    void aNamedCourtIsBookedByItselfAndNamedOnTheOrder()
    {
        const QJsonObject page = slotsInTwoDays();
        QJsonObject use, slot;
        QString court;
        int flat = 0, freeThen = 0;
        for (const QJsonValue &f : page.value("imin:item").toArray()) {
            const QVector<SandboxBooking::FacilitySlot> slots = SandboxBooking::slotsOf(f.toObject());
            for (const SandboxBooking::FacilitySlot &s : slots) {
                if (s.court.isEmpty()) {
                    ++flat;
                    continue;
                }
                const auto sameStart = [&](const SandboxBooking::FacilitySlot &o) {
                    return o.slot.value("startDate") == s.slot.value("startDate");
                };
                const int others = int(std::count_if(slots.begin(), slots.end(), sameStart));
                if (court.isEmpty() && others >= 2) {
                    use = f.toObject(), slot = s.slot, court = s.court, freeThen = others;
                }
            }
        }
        QVERIFY2(flat > 0, "no facility whose Slots sit straight in event[]");
        QVERIFY2(!court.isEmpty(), "no named court with another free at the same time");
        QCOMPARE(slot.value("maximumUses").toInt(), 1);
        QCOMPARE(slot.value("remainingUses").toInt(), 1);
        const QString identifier = slot.value("identifier").toString();
        QVERIFY2(identifier.contains(QRegularExpression("-court-\\d+$")), qPrintable(identifier));
        // The Slot read by id names its court too.
        const HttpResult byId = m_http->get(slot.value("id").toString());
        QCOMPARE(byId.status, 200);
        QCOMPARE(byId.json().value("facilityUse").toObject().value("type").toString(),
                 QStringLiteral("IndividualFacilityUse"));
        QCOMPARE(byId.json().value("facilityUse").toObject().value("name").toString(), court);
        // The facility's slot for "any court" is no opportunity of its own.
        QString anyCourt = identifier;
        anyCourt.remove(QRegularExpression("-court-\\d+$"));
        const QString customer = createCustomer("Cora", "cora@example.org");
        const QString offer = slot.value("offers").toArray().first().toObject().value("id").toString();
        const HttpResult refused =
            m_http->postJson("/api/checkout-sessions", checkoutBody(customer, anyCourt, offer, "Slot"));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("UnknownOpportunityError"));

        const QString path = checkoutPath(customer, identifier, offer, "Slot");
        QVERIFY(!path.isEmpty());
        const HttpResult review = m_http->get(path);
        QVERIFY2(review.body.contains((use.value("name").toString().section(" at ", 0, 0) + ", " + court).toUtf8()),
                 review.body.left(600).constData());
        HttpResult next = m_http->postForm(path + "/review", {});
        QCOMPARE(next.status, 303);
        if (next.header("Location").endsWith("/payment"))
            next = m_http->postForm(QString::fromUtf8(next.header("Location")), card("4242 4242 4242 4242"));
        QCOMPARE(next.status, 303);
        QVERIFY(next.header("Location").endsWith("/confirmation"));

        // The Order: the court, and the facility it belongs to with its venue.
        const QJsonObject history = m_http->get("/api/v2/orders?customerIdentifier=" + customer).json();
        QCOMPARE(history.value("imin:totalItems").toInt(), 1);
        const QString orderId = history.value("imin:item").toArray().first().toObject().value("identifier").toString();
        const QJsonObject order = m_http->get("/api/v2/orders/" + orderId).json();
        const QJsonObject booked =
            order.value("orderedItem").toArray().first().toObject().value("orderedItem").toObject();
        QCOMPARE(booked.value("identifier").toString(), identifier);
        const QJsonObject individual = booked.value("facilityUse").toObject();
        QCOMPARE(individual.value("type").toString(), QStringLiteral("IndividualFacilityUse"));
        QCOMPARE(individual.value("name").toString(), court);
        const QJsonObject aggregate = individual.value("aggregateFacilityUse").toObject();
        QCOMPARE(aggregate.value("type").toString(), QStringLiteral("FacilityUse"));
        QCOMPARE(aggregate.value("name").toString(), use.value("name").toString());
        QCOMPARE(aggregate.value("location").toObject().value("name").toString(),
                 use.value("location").toObject().value("name").toString());
        const QString receiptUrl = order.value("imin:receipt").toArray().first().toObject().value("url").toString();
        const HttpResult receipt = m_http->get(receiptUrl);
        QCOMPARE(receipt.status, 200);
        // The receipt's text, its wrapped lines joined again.
        QStringList shown;
        for (const QRegularExpressionMatch &m :
             QRegularExpression("\\(([^)]*)\\)").globalMatch(QString::fromLatin1(receipt.body)))
            shown << m.captured(1);
        // Its table's columns interleave: the session's words come in order, with the other columns' between them.
        const QStringList words = shown.join(' ').split(' ', Qt::SkipEmptyParts);
        const QStringList wanted = (use.value("name").toString() + ", " + court).split(' ');
        int found = 0;
        for (const QString &w : words)
            found += found < wanted.size() && w == wanted.at(found) ? 1 : 0;
        QVERIFY2(found == wanted.size(), qPrintable(shown.join(' ')));

        // Only that court is taken: it is full, by id and in the search; the others at that time are still free.
        QCOMPARE(m_http->get(slot.value("id").toString()).json().value("remainingUses").toInt(), 0);
        const HttpResult again =
            m_http->postJson("/api/checkout-sessions", checkoutBody(customer, identifier, offer, "Slot"));
        QCOMPARE(again.status, 400);
        QVERIFY(again.body.contains("OpportunityIsFullError"));
        const QJsonObject afterwards = m_http->get(use.value("id").toString()).json();
        int freeNow = 0;
        for (const SandboxBooking::FacilitySlot &s : SandboxBooking::slotsOf(afterwards)) {
            if (s.slot.value("startDate") != slot.value("startDate"))
                continue;
            QVERIFY2(s.court != court, "the booked court is still listed as free");
            ++freeNow;
        }
        QCOMPARE(freeNow, freeThen - 1);
    }

    void guestLinksCompleteAndEmail_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("occurrence") << QStringLiteral("occurrence");
        QTest::newRow("series") << QStringLiteral("series");
        QTest::newRow("slot") << QStringLiteral("slot");
        QTest::newRow("named court") << QStringLiteral("court");
    }
    void guestLinksCompleteAndEmail()
    {
        QFETCH(QString, kind);
        const QString base = m_sandbox->baseUrl().toString();
        QString link;
        QString court;
        if (kind == QLatin1String("slot") || kind == QLatin1String("court")) {
            const QJsonObject page = slotsInTwoDays();
            for (const QJsonValue &f : page.value("imin:item").toArray()) {
                for (const SandboxBooking::FacilitySlot &s : SandboxBooking::slotsOf(f.toObject())) {
                    if (link.isEmpty() && s.slot.value("remainingUses").toInt() > 0 &&
                        s.court.isEmpty() == (kind == QLatin1String("slot"))) {
                        link = s.slot.value("imin:checkoutUrlTemplate").toString();
                        court = s.court;
                    }
                }
            }
        } else {
            const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
                return occ.value("remainingAttendeeCapacity").toInt() > 1 && hasPaid(offers);
            });
            const QJsonObject full = m_http->get(b.eventId).json();
            for (const QJsonValue &ss : full.value("subEvent").toArray()) {
                for (const QJsonValue &o : ss.toObject().value("subEvent").toArray()) {
                    if (o.toObject().value("identifier").toString() == b.occurrence)
                        link = kind == QLatin1String("series")
                                   ? ss.toObject().value("imin:checkoutUrlTemplate").toString()
                                   : o.toObject().value("imin:checkoutUrlTemplate").toString();
                }
            }
        }
        QVERIFY2(link.startsWith(QStringLiteral("{checkoutBaseUrl}/v1/")), qPrintable(link));
        link.replace(QStringLiteral("{checkoutBaseUrl}"), base);
        TestHttp browser(m_sandbox->baseUrl(), QByteArray()); // a browser sends no API key
        HttpResult start = browser.get(link);
        if (kind == QLatin1String("series")) {
            // The series link lists its dates; the guest follows one.
            QCOMPARE(start.status, 200);
            const QRegularExpression date(QStringLiteral("href=\"(/v1/events/\\d+/\\d{12})\""));
            const QRegularExpressionMatch m = date.match(QString::fromUtf8(start.body));
            QVERIFY2(m.hasMatch(), start.body.left(400).constData());
            start = browser.get(m.captured(1));
        }
        QCOMPARE(start.status, 303);
        const QString page = QString::fromUtf8(start.header("Location"));
        const QString email = QStringLiteral("guest-%1@example.org").arg(kind);
        const HttpResult review = browser.get(page);
        const QRegularExpression offer(QStringLiteral("name=\"offer\" value=\"([^\"]+)\""));
        QString chosen;
        for (const QRegularExpressionMatch &m : offer.globalMatch(QString::fromUtf8(review.body))) {
            if (chosen.isEmpty())
                chosen = m.captured(1);
        }
        QVERIFY(!chosen.isEmpty());
        if (!court.isEmpty()) // the page says which court
            QVERIFY2(review.body.contains(court.toUtf8()), qPrintable(court));
        const HttpResult details = browser.postForm(
            page + "/review", {{"givenName", "Gail"}, {"familyName", "Guest"}, {"email", email}, {"offer", chosen}});
        QCOMPARE(details.status, 303);
        QString next = QString::fromUtf8(details.header("Location"));
        if (next.endsWith(QLatin1String("/payment"))) {
            const HttpResult paid = browser.postForm(next, card("4242 4242 4242 4242"));
            QCOMPARE(paid.status, 303); // no loop back to the review page
            next = QString::fromUtf8(paid.header("Location"));
        }
        QVERIFY2(next.endsWith(QLatin1String("/confirmation")), qPrintable(next));
        const HttpResult done = browser.get(next);
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains("Booking confirmed"));
        QVERIFY(done.body.contains(email.toUtf8()));
        const QJsonArray sent = mails(email);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().toObject().value("subject").toString().startsWith(QStringLiteral("Booking confirmed")));
    }

    // A write behind a hosted page that fails (here: another connection holds SQLite's write lock) shows a page that
    // says nothing was booked or taken, and offers the same step again; it never sends the payer round in a loop.
    void failedWriteShowsAnErrorPageNotALoop()
    {
        QTemporaryDir dir;
        SandboxProcess sandbox(QStringList{"--sessions", "200", "--busy-timeout-ms", "150"}, dir.path());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        std::unique_ptr<TestHttp> main = std::move(m_http); // the helpers below talk to this sandbox
        m_http = std::make_unique<TestHttp>(sandbox.baseUrl());
        const QString customer = createCustomer("Lock", "lock@example.org");
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() > 0 && hasPaid(offers);
        });
        const QString path = checkoutPath(customer, b.occurrence, b.paidOffer);
        QCOMPARE(m_http->postForm(path + "/review", {}).status, 303);
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
            lock.setDatabaseName(dir.filePath(QStringLiteral("sandbox.sqlite")));
            QVERIFY(lock.open());
            QSqlQuery q(lock);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const HttpResult failed = m_http->postForm(path + "/payment", card("4242424242424242"));
            QCOMPARE(failed.status, 503);
            QVERIFY(failed.body.contains("Your booking could not be completed"));
            QVERIFY(failed.body.contains("no payment has been taken"));
            QVERIFY(failed.body.contains(("href=\"" + path + "/payment\"").toUtf8()));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            lock.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lock"));
        QCOMPARE(mails("lock@example.org").size(), 0); // nothing was booked
        const HttpResult again = m_http->postForm(path + "/payment", card("4242424242424242"));
        QCOMPARE(again.status, 303);
        QVERIFY(again.header("Location").endsWith("/confirmation"));
        QCOMPARE(mails("lock@example.org").size(), 1);
        m_http = std::move(main);
    }

    void raceForTheLastPlace()
    {
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() == 1 && hasPaid(offers);
        });
        QVERIFY(!b.occurrence.isEmpty());
        QStringList paymentPaths;
        for (const QString &who : {"Ann", "Ben"}) {
            const QString page =
                checkoutPath(createCustomer(who, who.toLower() + "@race.example"), b.occurrence, b.paidOffer);
            QVERIFY(!page.isEmpty()); // both may start: the place is only taken on payment
            paymentPaths << QString::fromUtf8(m_http->postForm(page + "/review", {}).header("Location"));
        }
        // Both pay at the same moment on two connections.
        QNetworkAccessManager nam;
        nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        QList<QNetworkReply *> replies;
        for (const QString &path : paymentPaths) {
            QNetworkRequest req(m_sandbox->baseUrl().resolved(QUrl(path)));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
            replies << nam.post(req, QByteArray("cardNumber=4242424242424242&expiry=12%2F39&cvc=123&nameOnCard=X"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 20000);
        QStringList outcomes;
        for (QNetworkReply *r : replies) {
            const QString location = QString::fromUtf8(r->rawHeader("Location"));
            outcomes << QString::fromUtf8(m_http->get(location).body);
            r->deleteLater();
        }
        const int confirmed = int(outcomes.filter("Booking confirmed").size());
        const int full = int(outcomes.filter("This session is now full").size());
        QCOMPARE(confirmed, 1);
        QCOMPARE(full, 1);
        QVERIFY(outcomes.filter("No payment has been taken").size() == 1);
        QCOMPARE(m_http
                     ->postJson("/api/checkout-sessions",
                                checkoutBody(createCustomer("Cy", "cy@race.example"), b.occurrence, b.paidOffer))
                     .json()
                     .value("@type")
                     .toString(),
                 QStringLiteral("OpportunityIsFullError"));
    }

    void faultsCanBeSwitchedOnAndOff()
    {
        auto setFaults = [&](const QJsonObject &f) { return m_http->postJson("/sandbox/faults", f); };
        QCOMPARE(setFaults({{"errorRate", 2}}).status, 400);
        QCOMPARE(setFaults({{"errorRate", 1}}).status, 200);
        HttpResult r = m_http->get("/api/v2/entitlements");
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json().value("statusCode").toInt(), 503);
        QCOMPARE(m_http->get("/sandbox/faults").status, 200); // the sandbox's own routes are never faulty
        QCOMPARE(setFaults({{"errorRate", 0}, {"dropRate", 1}}).status, 200);
        r = m_http->get("/api/v2/entitlements");
        QCOMPARE(r.status, 0);
        QVERIFY(r.networkError != 0);
        QCOMPARE(setFaults({{"dropRate", 0}, {"garbageRate", 1}}).status, 200);
        r = m_http->get("/api/v2/entitlements");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.isJson());
        QCOMPARE(setFaults({{"garbageRate", 0}, {"latencyMs", 400}}).status, 200);
        QElapsedTimer t;
        t.start();
        QCOMPARE(m_http->get("/api/v2/entitlements").status, 200);
        QVERIFY(t.elapsed() >= 390);
        QCOMPARE(setFaults({{"latencyMs", 0}}).status, 200);
        QCOMPARE(m_http->get("/api/v2/entitlements").status, 200);
    }

    void nothingAcknowledgedIsLostOnKill9()
    {
        const QString customer = createCustomer("Kim", "kim@example.org");
        const Bookable b = find([](const QJsonObject &occ, const QJsonArray &offers) {
            return occ.value("remainingAttendeeCapacity").toInt() > 2 && hasPaid(offers);
        });
        const QString page = checkoutPath(customer, b.occurrence, b.paidOffer);
        const QString payment = QString::fromUtf8(m_http->postForm(page + "/review", {}).header("Location"));
        QCOMPARE(m_http->postForm(payment, card("4242424242424242")).status, 303);
        const int mailsBefore = m_http->get("/sandbox/mailbox").json().value("totalItems").toInt();
        const int customersBefore = m_http->get("/sandbox/customers").json().value("totalItems").toInt();

        m_sandbox->kill();
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--sessions", "800", "--seed", "5"}, m_dataDir);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());

        QCOMPARE(m_http->get("/api/v2/customer-accounts/" + customer).status, 200);
        QCOMPARE(m_http->get("/sandbox/customers").json().value("totalItems").toInt(), customersBefore);
        QCOMPARE(m_http->get("/sandbox/mailbox").json().value("totalItems").toInt(), mailsBefore);
        const QJsonObject history = m_http->get("/api/v2/orders?customerIdentifier=" + customer).json();
        QCOMPARE(history.value("imin:totalItems").toInt(), 1);
        // Ids follow the new address (the port changed), and the place stays taken.
        QVERIFY(history.value("imin:item")
                    .toArray()
                    .first()
                    .toObject()
                    .value("id")
                    .toString()
                    .startsWith(m_sandbox->baseUrl().toString()));
        int remaining = -1;
        for (const QJsonValue &ss : m_http->get(QUrl(b.eventId).path()).json().value("subEvent").toArray())
            for (const QJsonValue &o : ss.toObject().value("subEvent").toArray())
                if (o.toObject().value("identifier").toString() == b.occurrence)
                    remaining = o.toObject().value("remainingAttendeeCapacity").toInt();
        QCOMPARE(remaining, b.remaining - 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCheckout)
#include "TestSandboxCheckout.moc"

// Contract tests: customer accounts, entitlements and the error shapes, against the real sandbox over HTTP.
#include "SandboxProcess.h"

#include <QtTest>

class TestSandboxCustomers : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;

    static QJsonObject ada()
    {
        return QJsonObject{{"@context", "https://openactive.io/"},
                           {"@type", "CustomerAccount"},
                           {"customer", QJsonObject{{"@type", "Person"},
                                                    {"email", "ada.lovelace@example.org"},
                                                    {"telephone", "020 7946 0000"},
                                                    {"givenName", "Ada"},
                                                    {"familyName", "Lovelace"},
                                                    {"birthDate", "1985-12-10"},
                                                    {"gender", "https://schema.org/Female"},
                                                    {"imin:is13OrOver", true}}}};
    }
    static void verifyErrorBody(const HttpResult &r, int status, const QString &type)
    {
        QCOMPARE(r.status, status);
        const QJsonObject e = r.json();
        QCOMPARE(e.value("@context").toString(), QStringLiteral("https://openactive.io/"));
        QCOMPARE(e.value("@type").toString(), type);
        QCOMPARE(e.value("statusCode").toInt(), status);
        QVERIFY(!e.value("description").toString().isEmpty());
        QVERIFY(!e.value("name").toString().isEmpty());
    }
    QString create()
    {
        const HttpResult r = m_http->postJson("/api/v2/customer-accounts", ada());
        return r.json().value("identifier").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--sessions", "200"});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
    }

    void createReturns201WithIdAndIdentifier()
    {
        const HttpResult r = m_http->postJson("/api/v2/customer-accounts", ada());
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json();
        const QString id = o.value("identifier").toString();
        QVERIFY(QRegularExpression("^[A-Za-z0-9]{10}$").match(id).hasMatch());
        QCOMPARE(o.value("@id").toString(), m_sandbox->baseUrl().toString() + "/api/v2/customer-accounts/" + id);
        QCOMPARE(o.value("@type").toString(), QStringLiteral("CustomerAccount"));
        QCOMPARE(o.value("customer").toObject().value("email").toString(), QStringLiteral("ada.lovelace@example.org"));
        QCOMPARE(QString::fromUtf8(r.header("Location")), o.value("@id").toString());
        // Duplicate emails are allowed and get a new identifier (contract 3.1 [S]).
        QVERIFY(create() != id);
    }
    void createEnforcesRequiredFields_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("param");
        QTest::newRow("@context") << "@context"
                                  << "@context";
        QTest::newRow("@type") << "@type"
                               << "@type";
        QTest::newRow("customer") << "customer"
                                  << "customer";
        QTest::newRow("customer.@type") << "customer.@type"
                                        << "customer.@type";
        QTest::newRow("customer.email") << "customer.email"
                                        << "customer.email";
        QTest::newRow("customer.givenName") << "customer.givenName"
                                            << "customer.givenName";
        QTest::newRow("customer.familyName") << "customer.familyName"
                                             << "customer.familyName";
    }
    void createEnforcesRequiredFields()
    {
        QFETCH(QString, remove);
        QFETCH(QString, param);
        QJsonObject body = ada();
        if (remove.startsWith("customer.")) {
            QJsonObject c = body.value("customer").toObject();
            c.remove(remove.mid(9));
            body.insert("customer", c);
        } else {
            body.remove(remove);
        }
        const HttpResult r = m_http->postJson("/api/v2/customer-accounts", body);
        verifyErrorBody(r, 400, "OpenBookingError");
        bool named = false;
        for (const QJsonValue &p : r.json().value("invalidParams").toArray())
            named = named || p.toObject().value("name").toString() == param;
        QVERIFY2(named, r.body.constData());
    }
    void createRejectsBadValues()
    {
        QJsonObject body = ada();
        QJsonObject c = body.value("customer").toObject();
        c.insert("email", "not-an-email");
        c.insert("birthDate", "2999-01-01");
        c.insert("gender", "https://schema.org/Robot");
        body.insert("customer", c);
        const HttpResult r = m_http->postJson("/api/v2/customer-accounts", body);
        verifyErrorBody(r, 400, "OpenBookingError");
        QCOMPARE(r.json().value("invalidParams").toArray().size(), 3);
    }
    void getReturnsTheAccountOr404()
    {
        const QString id = create();
        const HttpResult r = m_http->get("/api/v2/customer-accounts/" + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("identifier").toString(), id);
        QCOMPARE(r.json().value("customer").toObject().value("givenName").toString(), QStringLiteral("Ada"));
        verifyErrorBody(m_http->get("/api/v2/customer-accounts/NoSuchOne1"), 404, "NotFoundError");
    }
    void updateByActionReturnsOnlyChangedFields()
    {
        const QString id = create();
        const QJsonObject action{
            {"@context", "https://openactive.io/"},
            {"@type", "CustomerUpdateAction"},
            {"object", QJsonObject{{"@type", "Person"}, {"email", "ada.new@example.org"}, {"givenName", "Ada"}}}};
        const HttpResult r = m_http->postJson("/api/v2/customer-accounts/" + id + "/actions", action);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("actionStatus").toString(), QStringLiteral("https://schema.org/CompletedActionStatus"));
        QCOMPARE(o.value("object").toObject().value("email").toString(), QStringLiteral("ada.new@example.org"));
        QVERIFY(!o.value("object").toObject().contains("givenName")); // unchanged, so not reported
        QVERIFY(!o.contains("error"));
        QCOMPARE(m_http->get("/api/v2/customer-accounts/" + id)
                     .json()
                     .value("customer")
                     .toObject()
                     .value("email")
                     .toString(),
                 QStringLiteral("ada.new@example.org"));
        // Sellers without a Linked Account are reported in `error`.
        QJsonObject withSeller = action;
        withSeller.insert("object", QJsonObject{{"@type", "Person"}, {"telephone", "020 1111 2222"}});
        withSeller.insert("seller", QJsonArray{"https://id.bookingsystem.example.com/organizers/1"});
        const HttpResult s = m_http->postJson("/api/v2/customer-accounts/" + id + "/actions", withSeller);
        QCOMPARE(s.status, 200);
        QCOMPARE(s.json().value("error").toArray().size(), 1);
        // An empty update is refused.
        QJsonObject empty = action;
        empty.insert("object", QJsonObject{{"@type", "Person"}});
        verifyErrorBody(m_http->postJson("/api/v2/customer-accounts/" + id + "/actions", empty), 400,
                        "OpenBookingError");
    }
    void patchMergesFlatPerson()
    {
        const QString id = create();
        const HttpResult r = m_http->send("PATCH", "/api/v2/customer-accounts/" + id,
                                          TestHttp::toBytes({{"email", "flat@example.org"}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("customer").toObject().value("email").toString(), QStringLiteral("flat@example.org"));
        QCOMPARE(r.json().value("customer").toObject().value("familyName").toString(), QStringLiteral("Lovelace"));
    }
    void deleteAnonymises()
    {
        const QString id = create();
        const HttpResult d = m_http->send("DELETE", "/api/v2/customer-accounts/" + id, {});
        QCOMPARE(d.status, 202);
        QVERIFY(d.body.isEmpty());
        const QJsonObject after = m_http->get("/api/v2/customer-accounts/" + id).json();
        const QJsonObject person = after.value("customer").toObject();
        QCOMPARE(person.value("givenName").toString(), QStringLiteral("Deleted"));
        QVERIFY(!QJsonDocument(after).toJson().contains("Lovelace"));
        QVERIFY(!QJsonDocument(after).toJson().contains("020 7946"));
        QCOMPARE(m_http->send("DELETE", "/api/v2/customer-accounts/" + id, {}).status, 202); // repeatable
        verifyErrorBody(
            m_http->postJson("/api/v2/customer-accounts/" + id + "/actions",
                             {{"@type", "CustomerUpdateAction"}, {"object", QJsonObject{{"email", "x@example.org"}}}}),
            404, "NotFoundError");
    }
    void entitlements()
    {
        const HttpResult list = m_http->get("/api/v2/entitlements");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value("type").toString(), QStringLiteral("ConceptScheme"));
        const QJsonArray concepts = list.json().value("concept").toArray();
        QVERIFY(concepts.size() >= 2);
        const QString typeId = concepts.first().toObject().value("id").toString();
        const QString id = create();
        const QJsonObject action{{"@context", "https://openactive.io/"},
                                 {"@type", "imin:EntitlementUpdateAction"},
                                 {"actionStatus", "https://schema.org/CompletedActionStatus"},
                                 {"object", QJsonObject{{"@type", "Entitlement"},
                                                        {"validUntil", "2031-01-31T00:00:00Z"},
                                                        {"entitlementType", QJsonObject{{"id", typeId}}}}}};
        QCOMPARE(m_http->postJson("/api/v2/customer-accounts/" + id + "/actions", action).status, 200);
        const QJsonObject got = m_http->get("/api/v2/customer-accounts/" + id).json();
        QCOMPARE(got.value("entitlement").toObject().value("entitlementType").toObject().value("id").toString(),
                 typeId);
        QCOMPARE(got.value("entitlement").toObject().value("expires").toString(),
                 QStringLiteral("2031-01-31T00:00:00Z"));
    }
    void brokerIdentifierSeparatesTenants()
    {
        const HttpResult r = m_http->send("POST", "/api/v2/customer-accounts", TestHttp::toBytes(ada()),
                                          "application/json", {{"X-Broker-Identifier", "other-broker"}});
        QCOMPARE(r.status, 201);
        const QString id = r.json().value("identifier").toString();
        QCOMPARE(m_http->get("/api/v2/customer-accounts/" + id, {{"X-Broker-Identifier", "other-broker"}}).status, 200);
        QCOMPARE(m_http->get("/api/v2/customer-accounts/" + id).status, 404);
    }

    // Error cases of the issue: 401, 400 malformed, 404 route, 405, 413, 415.
    void missingOrWrongKeyIs401()
    {
        TestHttp noKey(m_sandbox->baseUrl(), QByteArray());
        verifyErrorBody(noKey.get("/api/v2/customer-accounts/abc"), 403, "NoAPITokenError");
        TestHttp wrong(m_sandbox->baseUrl(), "wrong-key");
        verifyErrorBody(wrong.get("/api/v2/customer-accounts/abc"), 401, "InvalidAPITokenError");
        verifyErrorBody(wrong.get("/sandbox/mailbox"), 401, "InvalidAPITokenError");
        // The public Events API test key works on search routes only.
        TestHttp testKey(m_sandbox->baseUrl(), "7gsdzogPG2elvc9XAvx0qQday6W637js");
        QCOMPARE(testKey.get("/events-api/v2/facets").status, 200);
        QCOMPARE(testKey.get("/api/v2/entitlements").status, 401);
    }
    void malformedJsonIs400()
    {
        const HttpResult r = m_http->send("POST", "/api/v2/customer-accounts", "{\"@type\": \"CustomerAccount\", ");
        verifyErrorBody(r, 400, "OpenBookingError");
        QCOMPARE(r.json().value("invalidParams").toArray().first().toObject().value("name").toString(),
                 QStringLiteral("body"));
        verifyErrorBody(m_http->send("POST", "/api/v2/customer-accounts", "[1,2]"), 400, "OpenBookingError");
    }
    void unknownRouteIs404()
    {
        verifyErrorBody(m_http->get("/api/v2/no-such-thing"), 404, "NotFoundError");
        verifyErrorBody(m_http->get("/"), 404, "NotFoundError");
    }
    void wrongMethodIs405()
    {
        const HttpResult r = m_http->send("PUT", "/api/v2/customer-accounts/abc", "{}");
        verifyErrorBody(r, 405, "MethodNotAllowedError");
        QVERIFY(r.header("Allow").contains("GET"));
        QVERIFY(r.header("Allow").contains("DELETE"));
    }
    void bodyOver1MiBIs413()
    {
        const QByteArray big = "{\"pad\": \"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
        const HttpResult r = m_http->send("POST", "/api/v2/customer-accounts", big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json().value("statusCode").toInt(), 413);
        QCOMPARE(m_http->get("/api/v2/entitlements").status, 200); // still serving
    }
    void nonJsonBodyIs415()
    {
        verifyErrorBody(
            m_http->send("POST", "/api/v2/customer-accounts", "email=a@b.c", "application/x-www-form-urlencoded"), 415,
            "OpenBookingError");
        verifyErrorBody(m_http->send("POST", "/api/v2/customer-accounts", "hello", "text/plain"), 415,
                        "OpenBookingError");
    }
    void garbageNeverCrashesIt()
    {
        // Random and hostile bodies and paths: every answer is a 4xx with an error body, never a 500 or a crash.
        QRandomGenerator rng(42);
        const QStringList paths{"/api/v2/customer-accounts", "/api/checkout-sessions", "/api/v2/orders/x",
                                "/api/v2/customer-accounts/x/actions", "/sandbox/faults"};
        for (int i = 0; i < 200; ++i) {
            QByteArray body(rng.bounded(300), '\0');
            for (char &c : body)
                c = char(rng.bounded(256));
            if (i % 3 == 0)
                body = "{\"@type\": " + QByteArray::number(i) +
                       ", \"customer\": [null, {\"email\": 7}], \"imin:initialOrder\": \"x\"}";
            const QByteArray method = i % 2 ? "POST" : "PATCH";
            const HttpResult r = m_http->send(method, paths.at(i % paths.size()), body);
            QVERIFY2(r.status >= 400 && r.status < 500,
                     qPrintable(QString::number(r.status) + " " + QString::fromUtf8(r.body)));
            QVERIFY(r.isJson());
        }
        QCOMPARE(m_http->get("/api/v2/entitlements").status, 200);
    }
    void terminatesCleanlyOnSigterm() { QVERIFY(m_sandbox->terminate()); }
};

QTEST_GUILESS_MAIN(TestSandboxCustomers)
#include "TestSandboxCustomers.moc"

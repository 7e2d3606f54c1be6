// Decoding imin's JSON-LD defensively: sparse, golden and odd variants (contract section 9).
#include "imin/ApiError.h"
#include "imin/Decode.h"

#include <QtTest>

#include "DecodeFixtures.h"
#include "DescribeDecoded.h"

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad fixture: %s", qPrintable(e.errorString()));
    return d.object();
}
} // namespace

class TestDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDatasetListIsReadAsAnArrayOrAnEnvelope()
    {
        // imin's attribution catalogue (contract 2.5): publisher names by dataset identifier.
        const QByteArray item = "{\"@type\":\"Dataset\",\"@id\":\"https://data.example-operator.com/OpenActive/\","
                                "\"identifier\":\"example-operator\",\"name\":\"Example Operator Sessions\","
                                "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Operator\"},"
                                "\"license\":\"https://creativecommons.org/licenses/by/4.0/\"}";
        for (const QByteArray &body : {QByteArray("[") + item + "]", QByteArray("{\"imin:item\":[") + item + "]}"}) {
            const QVector<Dataset> list = Decode::datasets(QJsonDocument::fromJson(body));
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().identifier, QStringLiteral("example-operator"));
            QCOMPARE(list.first().publisherName, QStringLiteral("Example Operator"));
            QCOMPARE(list.first().url, QStringLiteral("https://data.example-operator.com/OpenActive/")); // from @id
        }
        QVERIFY(Decode::datasets(QJsonDocument::fromJson("[{\"name\":\"no identifier\"}, 3, \"x\"]")).isEmpty());
    }
    void bothJsonReadersDecodeTheSame_data()
    {
        QTest::addColumn<QByteArray>("body");
        // The odd shapes imin's data takes (contract section 9), in one page: @id/@type, numbers as strings, single
        // objects where arrays are modelled, a ScheduledSession straight under its EventSeries, nulls, miles, an
        // out-of-range count, unicode and escapes.
        QTest::newRow("odd shapes") << QByteArray(fixtureOddPage);
        // Every other fixture as an item of a page, read as an EventSeries (whatever it is, both readers agree).
        const char *const fixtures[] = {fixture0, fixture1, fixture2, fixture3, fixture4,          fixture5,
                                        fixture6, fixture7, fixture8, fixture9, fixtureImminSample};
        for (int i = 0; i < int(std::size(fixtures)); ++i) {
            QTest::newRow(qPrintable(QStringLiteral("fixture %1").arg(i)))
                << QByteArray("{\"imin:item\": [") + QByteArray(fixtures[i]) + QByteArray("]}");
        }
        QTest::newRow("an object, no list") << QByteArray("{\"view\":{}}");
    }
    void bothJsonReadersDecodeTheSame()
    {
        QFETCH(QByteArray, body);
        QString problem;
        const auto fast = Decode::eventSeriesPage(body, &problem);
        QVERIFY2(fast, qPrintable(problem));
        const Page<EventSeries> qt =
            Decode::page<EventSeries>(QJsonDocument::fromJson(body).object(), Decode::eventSeries);
        QCOMPARE(DescribeDecoded::page(*fast), DescribeDecoded::page(qt));
        if (Decode::fastJsonReader())
            qInfo("compared simdjson with QJsonDocument");
    }
    void notACollectionIsAnError()
    {
        QString problem;
        QVERIFY(!Decode::eventSeriesPage(QByteArray("{\"type\":\"EventSeries\"}"), &problem));
        QCOMPARE(problem, QStringLiteral("not a collection"));
        QVERIFY(!Decode::eventSeriesPage(QByteArray("[1,2]"), &problem));
        QVERIFY(problem.startsWith(QStringLiteral("not a JSON object")));
        QVERIFY(!Decode::eventSeriesPage(QByteArray("{\"imin:item\": [ truncated"), &problem));
        QVERIFY(problem.startsWith(QStringLiteral("not a JSON object")));
        // An integer beyond 64 bits simdjson refuses: the page is read by QJsonDocument instead.
        const auto big = Decode::eventSeriesPage(QByteArray(fixtureBigIntegerPage), &problem);
        QVERIFY2(big, qPrintable(problem));
        QCOMPARE(big->items.size(), 1);
        QCOMPARE(big->totalItems, -1);
    }
    void customerAccountDocumentedShape()
    {
        const CustomerAccount c = Decode::customerAccount(json(fixture0));
        QCOMPARE(c.identifier, QStringLiteral("Xy12AbCdEf"));
        QCOMPARE(c.id, QStringLiteral("https://book.imin.co/api/v2/customer-accounts/Xy12AbCdEf"));
        QCOMPARE(c.customer.gender, QStringLiteral("Female"));
        QCOMPARE(c.customer.birthDate, QDate(1985, 12, 10));
        QCOMPARE(c.customer.is13OrOver, std::optional<bool>(true));
        QCOMPARE(c.customer.address.postalCode, QStringLiteral("N1 1AA"));
        QCOMPARE(c.customer.emergencyContactTelephone, QStringLiteral("020 7946 0001"));
        QCOMPARE(c.accessPass, QStringLiteral("ZX9-001-442"));
        QCOMPARE(c.entitlements.size(), 1);
        QCOMPARE(c.entitlements.first().label, QStringLiteral("Resident Discount"));
        QCOMPARE(c.entitlements.first().expires.date(), QDate(2030, 1, 31));
    }
    void customerAccountLegacyFlatPerson()
    {
        // The Example Scenario's flat Person with bare `type`/`id`; entitlement as an array.
        const CustomerAccount c = Decode::customerAccount(json(fixture1));
        QCOMPARE(c.identifier, QStringLiteral("MAlnTNiZut"));
        QCOMPARE(c.id, QStringLiteral("https://book.imin.co/api/v2/customers/MAlnTNiZut"));
        QCOMPARE(c.customer.givenName, QStringLiteral("X"));
        QCOMPARE(c.customer.gender, QStringLiteral("Male"));
        QCOMPARE(c.entitlements.size(), 2);
        QCOMPARE(c.entitlements.at(1).typeId, QStringLiteral("b"));
    }
    void emptyObjectsDecodeToEmptyValues()
    {
        const EventSeries e = Decode::eventSeries({});
        QVERIFY(e.name.isEmpty() && e.sessionSeries.isEmpty() && !e.ageMin && e.publicAdult.isEmpty());
        const Order o = Decode::order({});
        QVERIFY(o.items.isEmpty() && !o.totalPaymentDue && !o.orderDate.isValid());
        const CustomerAccount c = Decode::customerAccount({});
        QVERIFY(c.identifier.isEmpty());
        const Page<Order> p = Decode::page<Order>({}, Decode::order);
        QCOMPARE(p.totalItems, -1);
        QVERIFY(p.next.isEmpty());
    }
    void sparseEventSeries()
    {
        // Only what is required: no organizer, no prices, ScheduledSession directly under the EventSeries,
        // a location given inline rather than through imin:locationSummary.
        const EventSeries e = Decode::eventSeries(json(fixture2));
        QCOMPARE(e.name, QStringLiteral("Swim"));
        QCOMPARE(e.locations.size(), 1);
        QCOMPARE(e.locations.first().address.fullAddress, QStringLiteral("OX1 1AA"));
        QCOMPARE(e.sessionSeries.size(), 1);
        const ScheduledSession s = e.sessionSeries.first().occurrences.first();
        QCOMPARE(s.endDate, QDateTime(QDate(2030, 1, 14), QTime(18, 45), Qt::UTC)); // from the duration
        QVERIFY(!s.isBookable());
        QVERIFY(!s.isFull()); // unknown capacity is not "full"
        QCOMPARE(e.placeOf(e.sessionSeries.first())->name, QStringLiteral("Pool"));
    }
    void goldenEventSeries()
    {
        const EventSeries e = Decode::eventSeries(json(fixture3));
        QCOMPARE(e.ageMin, std::optional<int>(16)); // a number sent as a string
        QCOMPARE(e.genderRestriction, QStringLiteral("NoRestriction"));
        QCOMPARE(e.levels, QStringList{QStringLiteral("Beginner")});
        QCOMPARE(e.organizerName, QStringLiteral("Provider"));
        QCOMPARE(e.imageUrl, QStringLiteral("https://img/y.jpg"));
        QVERIFY(!e.publicAdult.price);
        QCOMPARE(e.publicAdult.highPrice, std::optional<double>(6.5));
        QVERIFY(e.publicAdult.indicative);
        QCOMPARE(e.locations.first().identifier, QStringLiteral("138"));
        QCOMPARE(e.locations.first().longitude, std::optional<double>(-0.2));
        QCOMPARE(e.locations.first().distanceKm, std::optional<double>(1.81));
        const SessionSeries &ss = e.sessionSeries.first();
        QCOMPARE(e.placeOf(ss)->name, QStringLiteral("B"));
        QCOMPARE(ss.offers.size(), 2);
        QCOMPARE(ss.offers.at(1).id, QStringLiteral("https://p/offers/junior"));
        QCOMPARE(ss.offers.at(1).price, std::optional<double>(3));
        const ScheduledSession &s = ss.occurrences.first();
        QCOMPARE(s.startDate, QDateTime(QDate(2030, 1, 14), QTime(17, 0), Qt::UTC));
        QCOMPARE(s.eventStatus, QStringLiteral("EventScheduled"));
        QVERIFY(s.isBookable());
        QVERIFY(s.isFull());
    }
    // imin's published sample shape (written afresh): every part the desk shows comes through.
    void imminsPublishedSampleShape()
    {
        const EventSeries e = Decode::eventSeries(json(fixtureImminSample));
        QCOMPARE(e.identifier, QStringLiteral("riverside-7001"));
        QCOMPARE(e.genderRestriction, QStringLiteral("FemaleOnly")); // "oa:FemaleOnly"
        QCOMPARE(e.ageMin, std::optional<int>(18));
        QCOMPARE(e.ageMax, std::optional<int>(80));
        QCOMPARE(e.levels, QStringList{QStringLiteral("Beginner")});
        QCOMPARE(e.activities.first().prefLabel, QStringLiteral("Aqua Aerobics"));
        QCOMPARE(e.organizerName, QStringLiteral("Dee Hughes"));
        QCOMPARE(e.imageUrl, QStringLiteral("https://images.example/aqua.jpg"));
        QCOMPARE(e.publicAdult.price, std::optional<double>(6.2));
        QCOMPARE(e.publicJunior.price, std::optional<double>(3.1));
        QCOMPARE(e.sessionSeries.size(), 1);
        const SessionSeries &ss = e.sessionSeries.first();
        // The opaque fragment finds its Place in imin:locationSummary.
        QVERIFY(e.placeOf(ss));
        QCOMPARE(e.placeOf(ss)->name, QStringLiteral("Boathouse Centre"));
        QCOMPARE(e.placeOf(ss)->address.postalCode, QStringLiteral("OX1 4AA"));
        QCOMPARE(e.placeOf(ss)->latitude, std::optional<double>(51.7432));
        // An offer without an id (imin names it by url) is still an offer with its price and ages.
        QCOMPARE(ss.offers.size(), 1);
        QCOMPARE(ss.offers.first().name, QStringLiteral("Adult"));
        QCOMPARE(ss.offers.first().price, std::optional<double>(6.2));
        QCOMPARE(ss.offers.first().ageMin, std::optional<int>(18));
        QCOMPARE(ss.offers.first().id, QStringLiteral("https://riverside.example/listings/7001#booking-adult"));
        const ScheduledSession &s = ss.occurrences.first();
        QCOMPARE(s.identifier, QStringLiteral("2030-01-10T18:30:00Z")); // a time, not a URL
        QCOMPARE(s.startDate, QDateTime(QDate(2030, 1, 10), QTime(18, 30), Qt::UTC));
        QCOMPARE(s.eventStatus, QStringLiteral("EventScheduled")); // "schema:EventScheduled"
        QVERIFY(s.isFull());
        QCOMPARE(s.duration, QStringLiteral("PT45M"));
    }

    void pagesFollowNext()
    {
        const Page<OrderItem> p = Decode::page<OrderItem>(json(fixture4), Decode::orderItem);
        QCOMPARE(p.totalItems, 23);
        QCOMPARE(p.totalPages, 1); // a hint the example contradicts; `next` is what counts
        QCOMPARE(p.next, QStringLiteral("https://b/order-items?page=2"));
        QCOMPARE(p.items.size(), 1); // a single object where an array is modelled
        const OrderItem &i = p.items.first();
        QCOMPARE(i.orderIdentifier, QStringLiteral("ORD-1")); // parsed from the id URL
        QCOMPARE(i.status, QStringLiteral("OrderItemConfirmed"));
        QCOMPARE(i.isPresentlyCancellable, std::optional<bool>(false));
        QCOMPARE(i.name, QStringLiteral("Beginners Yoga"));
        QCOMPARE(i.venueName, QStringLiteral("Centre"));
        QCOMPARE(i.acceptedOffer.price, std::optional<double>(10));
    }
    void facilityUseWithIndividualCourts()
    {
        // Both of imin's structures (contract 8.1) in one FacilityUse: the named court's Slots keep its name.
        const FacilityUse f = Decode::facilityUse(json(fixture5));
        QCOMPARE(f.slots.size(), 3);
        QCOMPARE(f.slots.at(0).courtName, QStringLiteral("Court 3"));
        QCOMPARE(f.slots.at(1).courtName, QStringLiteral("Court 3"));
        QCOMPARE(f.slots.at(2).courtName, QString());
        QCOMPARE(f.slots.at(2).offers.size(), 1);
        // A Slot by id names its court through its facilityUse.
        const Slot s = Decode::slot(json(fixtureCourtSlot));
        QCOMPARE(s.courtName, QStringLiteral("Court 2"));
        QCOMPARE(s.remainingUses, std::optional<int>(0));
        // A booked court: the court, the facility's name and venue from aggregateFacilityUse, and a title with both.
        const OrderItem i = Decode::orderItem(json(fixtureCourtItem));
        QCOMPARE(i.opportunityType, QStringLiteral("Slot"));
        QCOMPARE(i.courtName, QStringLiteral("Court 3"));
        QCOMPARE(i.name, QStringLiteral("Badminton Court at Riverside"));
        QCOMPARE(i.venueName, QStringLiteral("Riverside"));
        QCOMPARE(i.title(), QStringLiteral("Badminton Court at Riverside, Court 3"));
        QCOMPARE(i.orderIdentifier, QStringLiteral("ORD-2"));
    }
    void errorsSayWhatHappened()
    {
        const ApiError full = ApiError::fromHttp(400, fixture6);
        QCOMPARE(full.kind(), ApiError::Kind::Imin);
        QCOMPARE(full.iminType(), QStringLiteral("OpportunityIsFullError"));
        QCOMPARE(full.message(), QStringLiteral("This session is full."));
        QVERIFY(!full.isTransient());
        const ApiError key = ApiError::fromHttp(401, fixture7);
        QVERIFY(key.message().contains(QStringLiteral("API key")));
        const ApiError busy = ApiError::fromHttp(503, "<html>busy</html>");
        QCOMPARE(busy.kind(), ApiError::Kind::Http);
        QVERIFY(busy.isTransient());
        QVERIFY(ApiError::timeout().isTransient());
        QVERIFY(ApiError::network(QStringLiteral("refused")).isTransient());
        QVERIFY(!ApiError::cancelled().isTransient());
        const ApiError invalid = ApiError::fromHttp(400, fixture8);
        QVERIFY(invalid.message().contains(QStringLiteral("email is not valid")));
        QCOMPARE(invalid.invalidParams().size(), 1);
    }
    void personRoundTrip()
    {
        Person p;
        p.givenName = QStringLiteral("Ada");
        p.familyName = QStringLiteral("Lovelace");
        p.email = QStringLiteral("ada@example.org");
        p.birthDate = QDate(1985, 12, 10);
        p.gender = QStringLiteral("Female");
        p.is13OrOver = true;
        p.address.postalCode = QStringLiteral("OX1 1AA");
        const QJsonObject o = Decode::encodePerson(p);
        QCOMPARE(o.value("gender").toString(), QStringLiteral("https://schema.org/Female"));
        QVERIFY(!o.contains("telephone")); // empty fields are left out, never null
        const Person back = Decode::person(o);
        QCOMPARE(back.birthDate, p.birthDate);
        QCOMPARE(back.address.postalCode, p.address.postalCode);
        QCOMPARE(back.gender, p.gender);
    }
    void numbersOutOfRangeAreAbsent()
    {
        // Found by fuzz_decode (tests/fuzz): 1e25 places was cast to int, which is undefined behaviour.
        QCOMPARE(Decode::integer(QJsonValue(1e25)), std::nullopt);
        QCOMPARE(Decode::integer(QJsonValue(QStringLiteral("-4e58"))), std::nullopt);
        QCOMPARE(Decode::integer(QJsonValue(QStringLiteral("nan"))), std::nullopt);
        QCOMPARE(Decode::number(QJsonValue(QStringLiteral("inf"))), std::nullopt);
        QCOMPARE(Decode::integer(QJsonValue(2147483647.0)), std::optional<int>(2147483647));
        QCOMPARE(Decode::integer(QJsonValue(QStringLiteral(" 12 "))), std::optional<int>(12));
    }
    void fuzzedInputNeverCrashes()
    {
        // Random mutations of a real body: decoding must survive any of them.
        const QByteArray seed = fixture9;
        QRandomGenerator rng(5);
        for (int i = 0; i < 3000; ++i) {
            QByteArray b = seed;
            for (int k = 0; k < 4; ++k)
                b[rng.bounded(int(b.size()))] = char(rng.bounded(32, 127));
            const QJsonObject o = QJsonDocument::fromJson(b).object();
            Decode::order(o);
            Decode::eventSeries(o);
            Decode::customerAccount(o);
            Decode::page<Order>(o, Decode::order);
        }
    }
};

QTEST_GUILESS_MAIN(TestDecode)
#include "TestDecode.moc"

#include "jsonld/JsonLd.h"
#include "util/Iso8601.h"

#include <QtTest>

class TestJsonLd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typeAndIdInBothSpellings()
    {
        QCOMPARE(JsonLd::typeOf(QJsonObject{{"@type", "Person"}}), QStringLiteral("Person"));
        QCOMPARE(JsonLd::typeOf(QJsonObject{{"type", "Person"}}), QStringLiteral("Person"));
        QCOMPARE(JsonLd::typeOf(QJsonObject{{"@type", 3}, {"type", "Order"}}), QStringLiteral("Order"));
        QCOMPARE(JsonLd::idOf(QJsonObject{{"id", "https://x/1"}}), QStringLiteral("https://x/1"));
        QCOMPARE(JsonLd::idOf(QJsonObject{{"@id", "https://x/2"}, {"id", "https://x/3"}}),
                 QStringLiteral("https://x/2"));
        QVERIFY(JsonLd::typeOf(QJsonObject{}).isEmpty());
    }
    void enumerationsInAnyForm_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("local");
        QTest::newRow("url") << "https://schema.org/EventScheduled"
                             << "EventScheduled";
        QTest::newRow("prefixed") << "schema:EventScheduled"
                                  << "EventScheduled";
        QTest::newRow("bare") << "EventScheduled"
                              << "EventScheduled";
        QTest::newRow("imin prefix") << "imin:CheckoutSession"
                                     << "CheckoutSession";
        QTest::newRow("oa") << "https://openactive.io/OrderItemConfirmed"
                            << "OrderItemConfirmed";
        QTest::newRow("fragment") << "https://openactive.io/activity-list#abc"
                                  << "abc";
    }
    void enumerationsInAnyForm()
    {
        QFETCH(QString, value);
        QFETCH(QString, local);
        QCOMPARE(JsonLd::localName(value), local);
    }
    void singleObjectOrArray()
    {
        QCOMPARE(JsonLd::asArray(QJsonValue(QJsonObject{{"a", 1}})).size(), 1);
        QCOMPARE(JsonLd::asArray(QJsonArray{1, 2}).size(), 2);
        QCOMPARE(JsonLd::asArray(QJsonValue()).size(), 0);
        QCOMPARE(JsonLd::firstObject(QJsonArray{1, QJsonObject{{"k", "v"}}}).value("k").toString(),
                 QStringLiteral("v"));
    }
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("P1D") << "P1D" << qint64(86400000);
        QTest::newRow("PT12H") << "PT12H" << qint64(43200000);
        QTest::newRow("PT1H30M") << "PT1H30M" << qint64(5400000);
        QTest::newRow("P1DT2H") << "P1DT2H" << qint64(93600000);
        QTest::newRow("PT45M") << "PT45M" << qint64(2700000);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(Iso8601::parseDurationMs(text).value_or(-1), ms);
        QCOMPARE(Iso8601::parseDurationMs(Iso8601::formatDuration(ms)).value_or(-1), ms);
    }
    void badDurationsAreRefused()
    {
        for (const char *bad : {"", "P", "PT", "1D", "P1Y", "PTXH", "P1DT",
                                // Found by fuzz_iso8601: parts this long overflowed 64 bits.
                                "P99999999999999999999W", "PT99999999999S", "P1234567890D"})
            QVERIFY2(!Iso8601::parseDurationMs(QLatin1String(bad)).has_value(), bad);
    }
    void epochFormattingMatchesQDateTime()
    {
        QRandomGenerator rng(11);
        for (int i = 0; i < 2000; ++i) {
            const qint64 ms = qint64(rng.bounded(4102444800.0)) * 1000 - qint64(rng.bounded(1000)) * 86400000LL;
            QCOMPARE(Iso8601::formatEpochMs(ms), Iso8601::formatDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
        }
        QCOMPARE(Iso8601::formatEpochMs(0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(Iso8601::formatEpochMs(951782400000), QStringLiteral("2000-02-29T00:00:00Z"));
    }
    void dateTimes()
    {
        QCOMPARE(Iso8601::parseDateTime("2030-01-16T10:00:00Z").toMSecsSinceEpoch(),
                 QDateTime(QDate(2030, 1, 16), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(Iso8601::parseDateTime("2030-01-16T10:00:00+01:00").toUTC().time(), QTime(9, 0));
        QVERIFY(!Iso8601::parseDateTime("2030-01-16").isValid());       // no time
        QVERIFY(!Iso8601::parseDateTime("2030-01-16T10:00").isValid()); // no zone
        QVERIFY(!Iso8601::parseDateTime("tomorrow").isValid());
        QVERIFY(!Iso8601::parseDateTime("2030-02-30T10:00:00Z").isValid());
        QVERIFY(!Iso8601::parseDateTime("2030-01-16T24:00:00Z").isValid());
        QVERIFY(!Iso8601::parseDateTime("2030-01-16T10:00:00Zjunk").isValid());
        QCOMPARE(Iso8601::parseDateTime("2030-01-16T10:00:00.25-05:30").toMSecsSinceEpoch(),
                 QDateTime(QDate(2030, 1, 16), QTime(15, 30, 0, 250), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(Iso8601::parseDateTime("1969-12-31T23:59:59Z").toMSecsSinceEpoch(), qint64(-1000));
        // The hand-written reader agrees with QDateTime over many instants.
        QRandomGenerator rng(3);
        for (int i = 0; i < 2000; ++i) {
            const QDateTime dt = QDateTime::fromSecsSinceEpoch(qint64(rng.bounded(4102444800.0)) - 1000000000, Qt::UTC);
            QCOMPARE(Iso8601::parseDateTime(dt.toString(Qt::ISODate)), dt);
        }
        QCOMPARE(Iso8601::formatDateTime(QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC)),
                 QStringLiteral("2030-01-02T03:04:05Z"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLd)
#include "TestJsonLd.moc"

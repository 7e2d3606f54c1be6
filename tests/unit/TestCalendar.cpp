// Bookings as an iCalendar file, read back by an independent, well-kept parser (Python's icalendar).
#include "services/Calendar.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace {
OrderItem item(const QString &id, const QString &name, const QString &start, const QString &end)
{
    OrderItem i;
    i.id = id;
    i.orderIdentifier = QStringLiteral("ORD-1");
    i.name = name;
    i.venueName = QStringLiteral("Marston Pool");
    i.venueAddress = QStringLiteral("70 Church Lane, Marston, OX13 8JE");
    i.startDate = QDateTime::fromString(start, Qt::ISODate);
    i.endDate = QDateTime::fromString(end, Qt::ISODate);
    i.acceptedOffer.name = QStringLiteral("Adult");
    return i;
}
} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    // Debian's python3-icalendar is for Debian's Python (a machine may put another python3 first on its PATH).
    static QString pythonPath()
    {
        return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                     : QStringLiteral("python3");
    }

    QJsonObject readBack(const QByteArray &ics)
    {
        const QString path = m_dir.filePath(QStringLiteral("bookings.ics"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(ics) != ics.size())
            return {};
        f.close();
        QProcess python;
        python.start(pythonPath(), {QStringLiteral(ACTIVEDESK_SOURCE_DIR "/tests/unit/read_ics.py"), path});
        python.waitForFinished(30000);
        if (python.exitCode() != 0)
            qWarning("%s", python.readAllStandardError().constData());
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess probe;
        probe.start(pythonPath(), {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        probe.waitForFinished(30000);
        QVERIFY2(probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0,
                 "python3-icalendar is missing (scripts/install-deps.sh installs it)");
    }

    void eachBookingIsAnEventInLondonTime()
    {
        const QVector<OrderItem> items{
            item(QStringLiteral("https://imin.example/orders/ORD-1/order-items/1"), QStringLiteral("HIIT Blast"),
                 QStringLiteral("2030-01-16T10:00:00Z"), QStringLiteral("2030-01-16T10:45:00Z")),
            // Summer time: 09:30 UTC is 10:30 in London. Every character text needs escaping, and a long name.
            item(QStringLiteral("https://imin.example/orders/ORD-1/order-items/2"),
                 QStringLiteral("Aqua; Fit, \"Splash\" \\ Zumba — Côr Cymraeg\nLevel 2 with a very long name that "
                                "goes well past seventy-five octets, so it is folded"),
                 QStringLiteral("2030-07-03T09:30:00Z"), QStringLiteral("2030-07-03T10:30:00Z"))};
        QVector<Calendar::Event> events;
        for (const OrderItem &i : items)
            events << Calendar::eventFor(i);
        const QByteArray ics = Calendar::write(events, Clock::instance().currentDateTimeUtc());

        // RFC 5545's own rules, as bytes: CRLF line ends, no line over 75 octets.
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("\r\n\r\n"));
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }

        const QJsonObject cal = readBack(ics);
        QCOMPARE(cal.value("version").toString(), QStringLiteral("2.0"));
        QCOMPARE(cal.value("zones").toArray(), QJsonArray{QStringLiteral("Europe/London")});
        const QJsonArray read = cal.value("events").toArray();
        QCOMPARE(read.size(), 2);
        const QJsonObject winter = read.at(0).toObject(), summer = read.at(1).toObject();
        QCOMPARE(winter.value("summary").toString(), QStringLiteral("HIIT Blast"));
        QCOMPARE(winter.value("start").toString(), QStringLiteral("2030-01-16T10:00:00+00:00"));
        QCOMPARE(winter.value("end").toString(), QStringLiteral("2030-01-16T10:45:00+00:00"));
        QCOMPARE(winter.value("zone").toString(), QStringLiteral("Europe/London"));
        QCOMPARE(winter.value("location").toString(),
                 QStringLiteral("Marston Pool, 70 Church Lane, Marston, OX13 8JE"));
        QCOMPARE(summer.value("start").toString(), QStringLiteral("2030-07-03T10:30:00+01:00"));
        QCOMPARE(summer.value("end").toString(), QStringLiteral("2030-07-03T11:30:00+01:00"));
        QCOMPARE(summer.value("summary").toString(), items.at(1).name);
        QVERIFY(summer.value("description").toString().contains(QStringLiteral("ORD-1")));
        // The UID comes from the order item: the same booking gives the same UID, another booking another.
        QCOMPARE(winter.value("uid").toString(), Calendar::eventFor(items.at(0)).uid);
        QVERIFY(winter.value("uid").toString() != summer.value("uid").toString());
        QCOMPARE(Calendar::eventFor(items.at(0)).uid, Calendar::eventFor(items.at(0)).uid);
    }

    void fileNamesSayWhatAndWhen()
    {
        const Calendar::Event one = Calendar::eventFor(
            item(QStringLiteral("x"), QStringLiteral("Yoga: Slow Flow!"), QStringLiteral("2030-07-03T09:30:00Z"), {}));
        QCOMPARE(Calendar::fileNameFor({one}), QStringLiteral("yoga-slow-flow-2030-07-03.ics"));
        QCOMPARE(Calendar::fileNameFor({one, one}), QStringLiteral("activedesk-bookings.ics"));
        // No end given: an hour.
        QCOMPARE(one.end, one.start.addSecs(3600));
    }

    void bookingsWithoutATimeAreLeftOut()
    {
        OrderItem timeless = item(QStringLiteral("y"), QStringLiteral("Gift card"), {}, {});
        const QJsonObject cal =
            readBack(Calendar::write({Calendar::eventFor(timeless)}, Clock::instance().currentDateTimeUtc()));
        QCOMPARE(cal.value("events").toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "TestCalendar.moc"

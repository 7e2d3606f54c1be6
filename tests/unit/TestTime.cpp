// Time is an input: the product's one "now" (ACTIVEDESK_NOW), UK wall-clock time without the zone database, and the
// sandbox's timetable on the days the clocks change, across midnight and on 29 February.
#include "Catalogue.h"
#include "CatalogueJson.h"
#include "util/Clock.h"
#include "util/LondonTime.h"
#include "util/Text.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace Sandbox;

namespace {
constexpr qint64 minuteMs = 60LL * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

qint64 utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
}

QDateTime london(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Clock::zone());
}
} // namespace

class TestTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void londonOffsetMatchesTheZoneDatabase()
    {
        // Every hour from 1997 to 2040, and the minutes either side of each change.
        const QTimeZone zone = Clock::zone();
        int changes = 0;
        for (qint64 t = utc(1997, 1, 1, 0, 0); t < utc(2040, 12, 31, 0, 0); t += hourMs) {
            const qint64 expected = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC))) * 1000;
            QCOMPARE(LondonTime::offsetMs(t), expected);
            if (LondonTime::offsetMs(t) != LondonTime::offsetMs(t + hourMs)) {
                ++changes;
                QCOMPARE(LondonTime::offsetMs(t + hourMs - 1), expected); // the change is at the hour, exactly
            }
        }
        QCOMPARE(changes, 44 * 2);
    }

    void wallClockTimesOnTheDaysTheClocksChange()
    {
        const auto local = [](int y, int m, int d, int h, int min) { return utc(y, m, d, h, min); };
        // Ordinary winter and summer times.
        QCOMPARE(LondonTime::fromLocalMs(local(2027, 1, 10, 7, 0)), utc(2027, 1, 10, 7, 0));
        QCOMPARE(LondonTime::fromLocalMs(local(2027, 7, 10, 7, 0)), utc(2027, 7, 10, 6, 0));
        // Sunday 28 March 2027: 00:30 is GMT, 01:30 never happens (read as 02:30 BST), 02:30 is BST.
        QCOMPARE(LondonTime::fromLocalMs(local(2027, 3, 28, 0, 30)), utc(2027, 3, 28, 0, 30));
        QCOMPARE(LondonTime::fromLocalMs(local(2027, 3, 28, 1, 30)), utc(2027, 3, 28, 1, 30));
        QCOMPARE(london(utc(2027, 3, 28, 1, 30)).time(), QTime(2, 30));
        QCOMPARE(LondonTime::fromLocalMs(local(2027, 3, 28, 2, 30)), utc(2027, 3, 28, 1, 30));
        // Sunday 31 October 2027: 01:30 happens twice; the wall clock names the first (BST).
        QCOMPARE(LondonTime::fromLocalMs(local(2027, 10, 31, 1, 30)), utc(2027, 10, 31, 0, 30));
        QCOMPARE(LondonTime::fromLocalMs(local(2027, 10, 31, 2, 30)), utc(2027, 10, 31, 2, 30));
        // Round trips everywhere else, a leap day included.
        for (qint64 t = utc(2027, 1, 1, 0, 0); t < utc(2029, 1, 1, 0, 0); t += 15 * minuteMs)
            QCOMPARE(LondonTime::fromLocalMs(LondonTime::toLocalMs(t)) == t,
                     !(london(t).date() == QDate(2027, 10, 31) || london(t).date() == QDate(2028, 10, 29)) ||
                         london(t).time().hour() != 1 || LondonTime::offsetMs(t) == hourMs);
        QCOMPARE(london(LondonTime::fromLocalMs(local(2028, 2, 29, 12, 0))).date(), QDate(2028, 2, 29));
    }

    void todayIsTheCentresDateNotUtcs()
    {
        // 00:05 BST on 1 July is still 30 June in UTC; 23:30 GMT on 31 December is 31 December everywhere.
        struct Fixed : Clock
        {
            qint64 at = 0;
            QDateTime currentDateTimeUtc() const override { return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC); }
        } fixed;
        Clock::setInstance(&fixed);
        fixed.at = utc(2027, 6, 30, 23, 5);
        QCOMPARE(Clock::instance().localDate(), QDate(2027, 7, 1));
        QCOMPARE(Clock::instance().currentDateTimeLocal().time(), QTime(0, 5));
        fixed.at = utc(2027, 12, 31, 23, 50);
        QCOMPARE(Clock::instance().localDate(), QDate(2027, 12, 31));
        fixed.at = utc(2028, 2, 29, 12, 0);
        QCOMPARE(Clock::instance().localDate(), QDate(2028, 2, 29));
        Clock::setInstance(nullptr);
        // A day at the centre is 23 hours in March and 25 in October.
        QCOMPARE(Clock::startOfLocalDay(QDate(2027, 3, 28)).secsTo(Clock::startOfLocalDay(QDate(2027, 3, 29))),
                 23 * 3600);
        QCOMPARE(Clock::startOfLocalDay(QDate(2027, 10, 31)).secsTo(Clock::startOfLocalDay(QDate(2027, 11, 1))),
                 25 * 3600);
    }

    void timesAreShownOnTheCentresClockWhateverTheMachinesZone()
    {
        // The machine may be on UTC (CI is): 06:00Z on 1 July is 07:00 at the centre, 06:00Z on 1 January 06:00.
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "UTC");
        const QDateTime summer(QDate(2027, 7, 1), QTime(6, 0), Qt::UTC),
            winter(QDate(2027, 1, 1), QTime(6, 0), Qt::UTC);
        QVERIFY2(Text::when(summer).contains(QLatin1String("07:00")), qPrintable(Text::when(summer)));
        QVERIFY2(Text::when(winter).contains(QLatin1String("06:00")), qPrintable(Text::when(winter)));
        QVERIFY(Text::when(summer, summer.addSecs(3600)).endsWith(QLatin1String("08:00")));
        // 23:30Z on 30 June is already 1 July at the centre.
        const QString late = Text::whenWithYear(QDateTime(QDate(2027, 6, 30), QTime(23, 30), Qt::UTC));
        QVERIFY2(late.contains(QLatin1String(" 1 ")) && late.contains(QLatin1String("00:30")), qPrintable(late));
        zone.isNull() ? qunsetenv("TZ") : qputenv("TZ", zone);
    }

    void environmentNowIsReadAndAnchored()
    {
        qputenv("ACTIVEDESK_NOW", "2027-10-31T01:30:00+01:00");
        QString error;
        QCOMPARE(Clock::environmentNow(&error).toMSecsSinceEpoch(), utc(2027, 10, 31, 0, 30));
        QVERIFY(error.isEmpty());
        qputenv("ACTIVEDESK_NOW", "half past one");
        QVERIFY(!Clock::environmentNow(&error).isValid());
        QVERIFY(error.contains(QLatin1String("ACTIVEDESK_NOW")));
        qunsetenv("ACTIVEDESK_NOW");
        QVERIFY(!Clock::environmentNow().isValid());
        // Two processes that start apart but share the anchor agree on "now".
        const qint64 anchor = QDateTime::currentMSecsSinceEpoch() - 5 * 60 * 1000; // ctest started 5 minutes ago
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(utc(2027, 12, 31, 23, 59) + 30 * 1000, Qt::UTC);
        const OffsetClock first(at, anchor), second(at, anchor);
        QVERIFY(std::abs(first.currentMSecsSinceEpoch() - second.currentMSecsSinceEpoch()) < 1000);
        QVERIFY(first.currentDateTimeUtc() >= at.addSecs(5 * 60)); // the run has moved on past midnight
        QCOMPARE(first.localDate(), QDate(2028, 1, 1));
    }

    void timetableKeepsTheWallClockThroughTheYear()
    {
        CatalogueOptions o;
        o.seed = 7;
        o.sessions = 400;
        const Catalogue c(o);
        // A class at 07:00 is at 07:00 in January and in July, on its own weekdays, once a day.
        for (int s = 0; s < c.sessions().size(); ++s) {
            const SessionSeriesDef &ss = c.sessions().at(s);
            for (const qint64 from : {utc(2027, 1, 4, 0, 0), utc(2027, 7, 5, 0, 0)}) {
                const QVector<qint64> starts = c.occurrences(s, from, from + 7 * dayMs - 1);
                int weekdays = 0;
                for (int d = 0; d < 7; ++d)
                    weekdays += (ss.weekdays >> d) & 1;
                QCOMPARE(starts.size(), weekdays);
                for (qint64 start : starts) {
                    const QDateTime at = london(start);
                    QCOMPARE(at.time().hour() * 60 + at.time().minute(), int(ss.startMinute));
                    QVERIFY(ss.weekdays & (1u << (at.date().dayOfWeek() - 1)));
                    QVERIFY(c.occurrence(s, start).has_value());
                    QVERIFY(!c.occurrence(s, start + hourMs).has_value());
                }
            }
        }
    }

    void daysTheClocksChangeListEachSessionAndSlotOnce()
    {
        CatalogueOptions o;
        o.seed = 7;
        o.sessions = 400;
        const Catalogue c(o);
        for (const QDate day : {QDate(2027, 3, 28), QDate(2027, 10, 31), QDate(2028, 2, 29), QDate(2027, 12, 31)}) {
            const qint64 from = Clock::startOfLocalDay(day).toMSecsSinceEpoch();
            const qint64 to = Clock::startOfLocalDay(day.addDays(1)).toMSecsSinceEpoch() - 1;
            int sessions = 0;
            for (int s = 0; s < c.sessions().size(); ++s) {
                const QVector<qint64> starts = c.occurrences(s, from, to);
                const bool onDay = c.sessions().at(s).weekdays & (1u << (day.dayOfWeek() - 1));
                QCOMPARE(starts.size(), onDay ? 1 : 0);
                sessions += int(starts.size());
                // The hour repeated in October does not make a second occurrence.
                for (qint64 start : starts)
                    QVERIFY(!c.occurrence(s, start + hourMs).has_value() ||
                            london(start + hourMs).time() != london(start).time());
            }
            QVERIFY2(sessions > 20, qPrintable(day.toString(Qt::ISODate)));
            for (int f = 0; f < c.facilityUses().size(); ++f) {
                const FacilityUseDef &def = c.facilityUses().at(f);
                const QVector<qint64> starts = c.slots(f, from, to);
                QCOMPARE(starts.size(), (def.closeMinute - def.openMinute) / def.slotMinutes);
                QCOMPARE(QSet<qint64>(starts.begin(), starts.end()).size(), starts.size());
                QCOMPARE(london(starts.constFirst()).time(), QTime(def.openMinute / 60, def.openMinute % 60));
                QVERIFY(london(starts.constLast()).time() < QTime(def.closeMinute / 60, def.closeMinute % 60));
                for (qint64 start : starts) {
                    QCOMPARE(london(start).date(), day);
                    QVERIFY(c.slot(f, start).has_value());
                }
            }
        }
    }

    void everySeriesNamesItsOrganizerAtAnyHour()
    {
        // Sparse records too: imin's data always names the organizer, and OpenActive requires it.
        CatalogueOptions o;
        o.seed = 7;
        o.sessions = 600;
        const Catalogue c(o);
        const QHash<QString, int> taken; // the JSON writer keeps a reference
        const CatalogueJson json(c, QStringLiteral("http://127.0.0.1:1"), taken);
        QVector<QVector<int>> byEvent(c.events().size());
        for (int s = 0; s < c.sessions().size(); ++s)
            byEvent[c.sessions().at(s).event].append(s);
        int sparse = 0;
        for (int e = 0; e < c.events().size(); ++e) {
            sparse += c.events().at(e).kind == RecordKind::Sparse;
            for (const auto detail : {CatalogueJson::Detail::Summary, CatalogueJson::Detail::Full}) {
                const QJsonObject series =
                    json.eventSeries(e, byEvent.at(e), utc(2027, 12, 31, 23, 50), utc(2028, 1, 14, 23, 50), detail);
                const QJsonObject organizer = series.value(QStringLiteral("organizer")).toObject();
                QVERIFY2(!organizer.value(QStringLiteral("name")).toString().isEmpty(),
                         qPrintable(c.events().at(e).name));
                QCOMPARE(organizer.value(QStringLiteral("type")).toString(), QStringLiteral("Organization"));
            }
        }
        QVERIFY(sparse > 0);
    }
};

QTEST_GUILESS_MAIN(TestTime)
#include "TestTime.moc"

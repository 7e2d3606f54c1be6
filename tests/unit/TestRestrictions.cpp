// Who may book what, from imin's data (contract 7.1, 7.5, 5.1): each restriction gives the sentence the screen shows,
// for staff and for the member at a kiosk, and nothing is refused for what the desk does not know.
#include "domain/Restrictions.h"
#include "domain/SessionTimetable.h"
#include "FixedClock.h"
#include "RestrictionsFixtures.h"
#include "util/Clock.h"

#include <QtTest>

namespace {
EventSeries series()
{
    EventSeries e;
    e.name = QStringLiteral("Under 30s Running Club");
    e.publicAdult.price = 5.0;
    return e;
}
} // namespace

class TestRestrictions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSingleSexSeriesRefusesTheOtherSexButNotAnUnknownOne()
    {
        EventSeries e = series();
        e.genderRestriction = QStringLiteral("MaleOnly");
        QCOMPARE(Restrictions::facts(e), QStringList{QStringLiteral("Men only")});
        QCOMPARE(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Priya"), 38, QStringLiteral("Female"))),
                 QStringLiteral("This session is for men only; Priya's details say female."));
        QCOMPARE(Restrictions::whyNotSeries(
                     e, restrictedPerson(QStringLiteral("Priya"), 38, QStringLiteral("Female"), true)),
                 QStringLiteral("This session is for men only."));
        QVERIFY(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Jon"), 38, QStringLiteral("Male")))
                    .isEmpty());
        QVERIFY(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Sam"), 38, QString())).isEmpty());
        e.genderRestriction = QStringLiteral("FemaleOnly");
        QCOMPARE(Restrictions::facts(e), QStringList{QStringLiteral("Women only")});
        QVERIFY(!Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Jon"), 38, QStringLiteral("Male")))
                     .isEmpty());
        e.genderRestriction = QStringLiteral("NoRestriction");
        QVERIFY(Restrictions::facts(e).isEmpty());
    }

    void theSeriesAgeRangeIsCheckedAgainstTheAgeOnTheDay()
    {
        EventSeries e = series();
        e.ageMin = 21;
        e.ageMax = 29;
        QCOMPARE(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), 38, QString())),
                 QStringLiteral("This session is for ages 21 to 29; Aarav is 38 on that day."));
        QCOMPARE(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), 20, QString(), true)),
                 QStringLiteral("This session is for ages 21 to 29; you are 20."));
        QVERIFY(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), 21, QString())).isEmpty());
        QVERIFY(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), 29, QString())).isEmpty());
        QVERIFY(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), std::nullopt, QString()))
                    .isEmpty());
        e.ageMax.reset();
        e.ageMin = 50;
        QCOMPARE(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), 38, QString())),
                 QStringLiteral("This session is for ages 50 and over; Aarav is 38 on that day."));
    }

    void membersOnlySeriesAndLevelsNeedAMembership()
    {
        EventSeries e = series();
        e.publicAdult.membershipRequired = true;
        QVERIFY(Restrictions::needsMembership(e));
        QVERIFY(Restrictions::facts(e).contains(QStringLiteral("Members only")));
        QCOMPARE(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Jon"), 38, QString())),
                 QStringLiteral("This session is for members with a membership; Jon has none on record."));
        Restrictions::Who member = restrictedPerson(QStringLiteral("Jon"), 38, QString());
        member.hasMembership = true;
        QVERIFY(Restrictions::whyNotSeries(e, member).isEmpty());
        // A public junior price without a membership: the series as a whole does not need one.
        e.publicJunior.price = 3.0;
        QVERIFY(!Restrictions::needsMembership(e));

        Offer members;
        members.name = QStringLiteral("Members");
        members.eligibleCustomerTypes = {QStringLiteral("Member")}; // beta:Member, as imin's samples mark it
        QVERIFY(members.isMembersOnly());
        QCOMPARE(Restrictions::whyNotOffer(members, restrictedPerson(QStringLiteral("Jon"), 38, QString())),
                 QStringLiteral("Members only: Jon has no membership on record."));
        QCOMPARE(Restrictions::whyNotOffer(members, restrictedPerson(QStringLiteral("Jon"), 38, QString(), true)),
                 QStringLiteral("Members only. Ask at reception about membership."));
        QVERIFY(Restrictions::whyNotOffer(members, member).isEmpty());
        Offer adult;
        adult.name = QStringLiteral("Adult");
        QVERIFY(Restrictions::whyNotOffer(adult, restrictedPerson(QStringLiteral("Jon"), 38, QString())).isEmpty());
    }

    void theRecordSaysWhoHoldsAMembershipOrAConcession()
    {
        // Issue 20 finding 4: a joiner took the Members price for £0 because nobody was known to hold anything.
        Membership held;
        held.type = QStringLiteral("Full");
        held.validFrom = QDate(2026, 1, 1);
        held.validUntil = QDate(2026, 12, 2); // expires today
        Offer members;
        members.name = QStringLiteral("Members");
        members.membershipRequired = true;
        Offer concession;
        concession.name = QStringLiteral("Concession");
        concession.identifier = QStringLiteral("12-concession");
        QVERIFY(concession.isConcession());
        QVERIFY(!members.isConcession());
        Restrictions::Who today = restrictedPerson(QStringLiteral("Jon"), 38, QString());
        Restrictions::setHolding(today, held, QDate(2026, 12, 2));
        QVERIFY(today.hasMembership);
        QVERIFY(Restrictions::whyNotOffer(members, today).isEmpty());
        // The day after it expires: the members' price is gone, and the reason says it ended.
        Restrictions::Who tomorrow = restrictedPerson(QStringLiteral("Jon"), 38, QString());
        Restrictions::setHolding(tomorrow, held, QDate(2026, 12, 3));
        QVERIFY(!tomorrow.hasMembership);
        QCOMPARE(Restrictions::whyNotOffer(members, tomorrow),
                 QStringLiteral("Members only: Jon's Full membership has ended by then."));
        // Not started yet is not held either.
        Restrictions::setHolding(tomorrow, held, QDate(2025, 12, 31));
        QVERIFY(!tomorrow.hasMembership);
        QVERIFY(tomorrow.membershipExpired.isEmpty());
        // A concession needs its kind and proof seen within the year.
        QCOMPARE(Restrictions::whyNotOffer(concession, today),
                 QStringLiteral("Concession price: Jon has no concession with proof seen on record."));
        held.concession = QStringLiteral("Over 60");
        Restrictions::setHolding(today, held, QDate(2026, 12, 2));
        QVERIFY(!today.hasConcession);
        held.concessionProofSeen = QDate(2025, 12, 3);
        Restrictions::setHolding(today, held, QDate(2026, 12, 2));
        QVERIFY(today.hasConcession);
        QVERIFY(Restrictions::whyNotOffer(concession, today).isEmpty());
        Restrictions::setHolding(today, held, QDate(2026, 12, 3)); // proof a year old that day
        QVERIFY(!today.hasConcession);
        Restrictions::Who you = restrictedPerson(QStringLiteral("Jon"), 38, QString(), true);
        QCOMPARE(Restrictions::whyNotOffer(concession, you),
                 QStringLiteral("Concession price: show your proof at reception first."));
        // What the header and the banner say.
        QCOMPARE(Restrictions::holdingText(held, QDate(2026, 12, 2)),
                 QStringLiteral("Full membership to 2 Dec 2026 · Over 60 concession"));
        QCOMPARE(Restrictions::holdingText(held, QDate(2026, 12, 3)),
                 QStringLiteral("Full membership ended 2 Dec 2026 · Over 60 concession (proof needed)"));
        QCOMPARE(Restrictions::holdingText(Membership(), QDate(2026, 12, 3)), QStringLiteral("No membership"));
        QVERIFY(Restrictions::holdingWarning(held, QDate(2026, 12, 3), QStringLiteral("Jon"))
                    .startsWith(QStringLiteral("Jon's Full membership ended on 2 Dec 2026")));
        QVERIFY(Restrictions::holdingWarning(held, QDate(2026, 11, 25), QStringLiteral("Jon"))
                    .startsWith(QStringLiteral("Jon's Full membership ends on 2 Dec 2026")));
        held.validUntil = QDate(2027, 6, 30);
        QVERIFY(Restrictions::holdingWarning(held, QDate(2026, 12, 2), QStringLiteral("Jon")).isEmpty());
    }

    void theBookingWindowSaysWhenBookingOpens()
    {
        const QDateTime start(QDate(2026, 12, 10), QTime(9, 0), Qt::UTC); // a Thursday
        Offer week;
        week.validFromBeforeStartDate = QStringLiteral("P7D");
        EventSeries e = series();
        QCOMPARE(Restrictions::bookingOpens(week, e, start), start.addDays(-7));
        // No window on the offer: the aggregate's (imin's samples put it there), else none.
        Offer plain;
        QVERIFY(!Restrictions::bookingOpens(plain, e, start).isValid());
        e.publicAdult.validFromBeforeStartDate = QStringLiteral("P2D");
        QCOMPARE(Restrictions::bookingOpens(plain, e, start), start.addDays(-2));
        // A date opens with the earliest of its levels; a level without a window is open now.
        QCOMPARE(Restrictions::bookingOpens(QVector<Offer>{week, plain}, e, start), start.addDays(-7));
        e.publicAdult.validFromBeforeStartDate.clear();
        QVERIFY(!Restrictions::bookingOpens(QVector<Offer>{week, plain}, e, start).isValid());
        // The sentence, in the centre's time: 09:00 UTC in December is 09:00 in London.
        QCOMPARE(Restrictions::notOpenYet(start.addDays(-7), start.addDays(-8)),
                 QStringLiteral("Booking opens Thu 3 Dec, 09:00"));
        QVERIFY(Restrictions::notOpenYet(start.addDays(-7), start.addDays(-7)).isEmpty());
        // In summer the window opens on the UK clock an hour ahead of UTC.
        const QDateTime june(QDate(2027, 6, 10), QTime(8, 0), Qt::UTC);
        QCOMPARE(Restrictions::notOpenYet(june, june.addDays(-1)), QStringLiteral("Booking opens Thu 10 Jun, 09:00"));
    }

    void aDateWhoseWindowHasNotOpenedCannotBeChosen()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
        FixedClock clock(now);
        Clock::setInstance(&clock);
        EventSeries e = series();
        SessionSeries ss;
        Offer o;
        o.id = QStringLiteral("o1");
        o.validFromBeforeStartDate = QStringLiteral("P3D");
        ss.offers = {o};
        for (int day : {1, 5}) {
            ScheduledSession s;
            s.identifier = QString::number(day);
            s.startDate = now.addDays(day);
            s.remainingAttendeeCapacity = 5;
            s.checkoutUrlTemplate = QStringLiteral("{checkoutBaseUrl}/x");
            ss.occurrences.append(s);
        }
        e.sessionSeries = {ss};
        const SessionTimetable t(e);
        QVERIFY(t.dates().at(0).isBookable());
        QVERIFY(!t.dates().at(1).isBookable()); // imin may still send a template; the window says not yet
        QVERIFY(t.dates().at(1).isNotOpenYet());
        QCOMPARE(t.dates().at(1).opens, now.addDays(2));
        QCOMPARE(t.nextOpen()->key, t.dates().at(0).key);
        Clock::setInstance(nullptr);
    }

    void anOnlineClassNamesNoVenueToGoTo()
    {
        EventSeries e = series();
        e.attendanceMode = QStringLiteral("OnlineEventAttendanceMode");
        QVERIFY(e.isOnline());
        QVERIFY(Restrictions::facts(e).contains(QStringLiteral("Online class")));
        QVERIFY(Restrictions::onlineText(e).contains(QStringLiteral("no venue to go to")));
        e.attendanceMode = QStringLiteral("MixedEventAttendanceMode");
        QVERIFY(!e.isOnline());
        QCOMPARE(Restrictions::onlineText(e), QStringLiteral("Can also be joined online."));
        e.attendanceMode = QStringLiteral("OfflineEventAttendanceMode");
        QVERIFY(Restrictions::onlineText(e).isEmpty());
        QVERIFY(Restrictions::facts(e).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestrictions)
#include "TestRestrictions.moc"

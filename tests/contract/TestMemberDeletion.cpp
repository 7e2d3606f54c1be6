// MemberDeletion and Cancellation, the member delete flow and the "cancel, then confirm by reading back" step it
// shares with a member's own cancellation, against the real sandbox process with no display.
#include "SandboxBooking.h"
#include "SandboxProcess.h"

#include "auth/PinHasher.h"
#include "services/Cancellation.h"
#include "services/MemberDeletion.h"
#include "services/Services.h"
#include "util/Clock.h"

#include <QtTest>

class TestMemberDeletion : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;

    Member synced(const QString &given)
    {
        Member m;
        m.person.givenName = given;
        m.person.familyName = QStringLiteral("Gone");
        m.person.email = given.toLower() + QStringLiteral("@deletion.example");
        LocalError error;
        if (m_services->saveMember(m, &error) != MemberStore::SaveOutcome::Saved)
            qFatal("%s", qPrintable(error.message()));
        QElapsedTimer t;
        t.start();
        while (m_services->store().member(m.id)->iminIdentifier.isEmpty() && t.elapsed() < 20000)
            QTest::qWait(20);
        return *m_services->store().member(m.id);
    }
    // Books `count` different occurrences with places for `customer`, one order each.
    int book(const QString &customer, int count)
    {
        int booked = 0;
        QSet<QString> taken;
        for (int day = 2; day < 12 && booked < count; ++day) {
            const auto c = SandboxBooking::find(
                *m_http, Clock::instance().currentDateTimeUtc().addDays(day), [&taken](const auto &c) {
                    return c.occurrence.value(QStringLiteral("remainingAttendeeCapacity")).toInt() >= 1 &&
                           !taken.contains(c.occurrence.value(QStringLiteral("identifier")).toString());
                });
            if (!c)
                continue;
            const QString occurrence = c->occurrence.value(QStringLiteral("identifier")).toString();
            if (SandboxBooking::book(*m_http, customer, occurrence, c->offer.value(QStringLiteral("id")).toString())
                    .ok) {
                taken << occurrence;
                ++booked;
            }
        }
        return booked;
    }
    int upcomingAtImin(const QString &customer)
    {
        return m_http->get(QStringLiteral("/api/v2/order-items?customerIdentifier=") + customer)
            .json()
            .value(QStringLiteral("imin:totalItems"))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PinHasher::setFastForTests(true);
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--sessions", "200"});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
        m_services = std::make_unique<Services>(m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        QVERIFY2(m_services->open(m_dir.filePath(QStringLiteral("members")), &error), qPrintable(error));
        m_services->connectImin(ImminConfig::forSandbox(m_sandbox->baseUrl(), QStringLiteral("sandbox-key")), true);
    }
    void cleanupTestCase() { m_services.reset(); }

    void aMemberWithoutBookingsIsCheckedThenDeleted()
    {
        const Member m = synced(QStringLiteral("Nell"));
        QVERIFY(!m.iminIdentifier.isEmpty());
        MemberDeletion deletion(m_services.get());
        QSignalSpy stages(&deletion, &MemberDeletion::stageChanged);
        QSignalSpy checked(&deletion, &MemberDeletion::checked);
        QSignalSpy deleted(&deletion, &MemberDeletion::deleted);
        deletion.check(m);
        QCOMPARE(deletion.stage(), MemberDeletion::Stage::Checking);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QVERIFY(checked.at(0).at(0).value<QVector<OrderItem>>().isEmpty());
        QCOMPARE(deletion.stage(), MemberDeletion::Stage::Idle);
        QVERIFY(!m_services->store().member(m.id)->deleted); // nothing happens before the person answers
        deletion.deleteNow();
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.at(0).at(0).toString(), QStringLiteral("Nell Gone"));
        QVERIFY(m_services->store().member(m.id)->deleted);
    }

    void everyBookingIsCancelledAndConfirmedBeforeTheMemberIsDeleted()
    {
        const Member m = synced(QStringLiteral("Otto"));
        QCOMPARE(book(m.iminIdentifier, 2), 2);
        MemberDeletion deletion(m_services.get());
        QSignalSpy checked(&deletion, &MemberDeletion::checked);
        QSignalSpy deleted(&deletion, &MemberDeletion::deleted);
        QSignalSpy incomplete(&deletion, &MemberDeletion::cancellationIncomplete);
        deletion.check(m);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(deletion.upcoming().size(), 2);
        QCOMPARE(deletion.cancellableCount(), 2);
        deletion.cancelBookingsThenDelete();
        QCOMPARE(deletion.stage(), MemberDeletion::Stage::Cancelling);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 20000);
        QCOMPARE(incomplete.count(), 0);
        QCOMPARE(upcomingAtImin(m.iminIdentifier), 0);
        QVERIFY(m_services->store().member(m.id)->deleted);
    }

    void aCancellationImminDoesNotConfirmKeepsTheMember()
    {
        // imin failing while cancelling: nothing is confirmed, so nothing is deleted, and the reason is given.
        const Member m = synced(QStringLiteral("Pia"));
        QCOMPARE(book(m.iminIdentifier, 1), 1);
        MemberDeletion deletion(m_services.get());
        QSignalSpy checked(&deletion, &MemberDeletion::checked);
        QSignalSpy deleted(&deletion, &MemberDeletion::deleted);
        QSignalSpy incomplete(&deletion, &MemberDeletion::cancellationIncomplete);
        deletion.check(m);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        ImminConfig wrong = m_services->client().config();
        const ImminConfig right = wrong;
        wrong.apiKey = QStringLiteral("not-the-key"); // every call refused
        m_services->connectImin(wrong, true);
        deletion.cancelBookingsThenDelete();
        QTRY_COMPARE_WITH_TIMEOUT(incomplete.count(), 1, 20000);
        m_services->connectImin(right, true);
        const Problem why = incomplete.at(0).at(0).value<Problem>();
        QVERIFY(why.isError());
        QVERIFY(!why.canRetry()); // a refused key
        QCOMPARE(deleted.count(), 0);
        QVERIFY(!m_services->store().member(m.id)->deleted);
        QCOMPARE(upcomingAtImin(m.iminIdentifier), 1);
    }

    void aDeletionAbandonedWhileCheckingDoesNothing()
    {
        const Member m = synced(QStringLiteral("Quin"));
        MemberDeletion deletion(m_services.get());
        QSignalSpy checked(&deletion, &MemberDeletion::checked);
        QSignalSpy failed(&deletion, &MemberDeletion::checkFailed);
        deletion.check(m);
        deletion.abandon(); // staff logged out
        QCOMPARE(deletion.stage(), MemberDeletion::Stage::Idle);
        QTest::qWait(1500);
        QCOMPARE(checked.count() + failed.count(), 0);
        deletion.deleteNow(); // no member any more: nothing to delete
        QVERIFY(!m_services->store().member(m.id)->deleted);
    }

    void cancellingAnOrderImminDoesNotHaveIsNotConfirmed()
    {
        Cancellation::Outcome outcome;
        bool done = false;
        QObject context;
        Cancellation::cancelAndConfirm(m_services->client(), {{QStringLiteral("no-such-order"), {QStringLiteral("x")}}},
                                       &context, [&](const Cancellation::Outcome &o) {
                                           outcome = o;
                                           done = true;
                                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(!outcome.allConfirmed());
        QCOMPARE(outcome.confirmed, 0);
        QCOMPARE(outcome.unconfirmed, 1);
        QVERIFY(outcome.problem.isError());
    }
};

QTEST_GUILESS_MAIN(TestMemberDeletion)
#include "TestMemberDeletion.moc"

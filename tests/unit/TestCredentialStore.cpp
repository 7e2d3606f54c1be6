// Staff and member PIN records (CredentialStore) as Authenticator uses them: hashed, locked out after wrong PINs,
// alike for numbers nobody has; on SQLite and on a real PostgreSQL server (ACTIVEDESK_TEST_PG_URL).
#include "auth/Authenticator.h"
#include "auth/PinHasher.h"
#include "store/CredentialStore.h"
#include "store/MemberStore.h"
#include "util/Clock.h"

#include "FixedClock.h"
#include "StoreFixture.h"

#include <QtTest>

class TestCredentialStore : public QObject, public StoreFixture
{
    Q_OBJECT
    FixedClock m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        PinHasher::setFastForTests(true);
        Clock::setInstance(&m_clock);
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void init() { openFresh(); }
    void cleanup() { m_store.reset(); }

    // A staff PIN is kept as an argon2id hash; wrong PINs lock the account for longer each time.
    void staffPinsAreHashedAndLockOut_data() { addBackends(); }
    void staffPinsAreHashedAndLockOut()
    {
        Authenticator auth(m_store.get());
        QString error;
        QVERIFY(!auth.addStaff(QStringLiteral("sam"), StaffRole::Admin, QStringLiteral("12a4"), &error));
        QVERIFY(auth.addStaff(QStringLiteral("sam"), StaffRole::Admin, QStringLiteral("2468"), &error));
        QVERIFY(!m_store->credentials().staffPin(QStringLiteral("sam"))->hash.contains(QStringLiteral("2468")));
        QVERIFY(m_store->credentials().staffPin(QStringLiteral("sam"))->hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(auth.staffLogin(QStringLiteral("sam"), QStringLiteral("2468")).ok);
        QCOMPARE(auth.staffLogin(QStringLiteral("sam"), QStringLiteral("2468")).staff->role, StaffRole::Admin);
        const Authenticator::Outcome unknown = auth.staffLogin(QStringLiteral("nobody"), QStringLiteral("2468"));
        const Authenticator::Outcome wrong = auth.staffLogin(QStringLiteral("sam"), QStringLiteral("1111"));
        QVERIFY(!unknown.ok && !wrong.ok);
        QCOMPARE(unknown.message, wrong.message); // does not reveal which usernames exist
        for (int i = 0; i < 3; ++i)
            QVERIFY(!auth.staffLogin(QStringLiteral("sam"), QStringLiteral("1111")).lockedForMs);
        const Authenticator::Outcome locked = auth.staffLogin(QStringLiteral("sam"), QStringLiteral("1111"));
        QCOMPARE(locked.lockedForMs, qint64(30000)); // the fifth wrong PIN
        // Even the right PIN is refused while locked.
        QVERIFY(!auth.staffLogin(QStringLiteral("sam"), QStringLiteral("2468")).ok);
        m_clock.now = m_clock.now.addSecs(31);
        QCOMPARE(auth.staffLogin(QStringLiteral("sam"), QStringLiteral("1111")).lockedForMs, qint64(60000)); // it grows
        m_clock.now = m_clock.now.addSecs(61);
        QVERIFY(auth.staffLogin(QStringLiteral("sam"), QStringLiteral("2468")).ok);
        QCOMPARE(m_store->credentials().staffPin(QStringLiteral("sam"))->failures, 0);
    }

    // Members log in at the kiosk with their number and PIN.
    void membersLogInWithTheirNumberAndPin_data() { addBackends(); }
    void membersLogInWithTheirNumberAndPin()
    {
        Authenticator auth(m_store.get());
        Member m = add(testPerson("Kim", "Kiosk", "kim@example.org"), QStringLiteral("K1"));
        QVERIFY(m_store->credentials().setMemberPin(m.id, PinHasher::hash(QStringLiteral("9753"))));
        QCOMPARE(auth.memberLogin(QStringLiteral("K1"), QStringLiteral("9753")).member->id, m.id);
        QVERIFY(!auth.memberLogin(QStringLiteral("K1"), QStringLiteral("0000")).ok);
        // A number nobody has locks the same way as a real one, so lock-outs tell nothing (the decoy PIN matches
        // no account either).
        Member k2 = add(testPerson("Kit", "Kiosk", "kit@example.org"), QStringLiteral("K2"));
        QVERIFY(m_store->credentials().setMemberPin(k2.id, PinHasher::hash(QStringLiteral("8642"))));
        QStringList real, none;
        for (int i = 0; i < 6; ++i) {
            real << auth.memberLogin(QStringLiteral("K2"), QStringLiteral("1470")).message;
            none << auth.memberLogin(QStringLiteral("K999"), QStringLiteral("1470")).message;
        }
        QCOMPARE(none, real);
        QVERIFY(real.at(4).startsWith(QStringLiteral("Too many wrong PINs")));
        QVERIFY(!auth.memberLogin(QStringLiteral("K999"), QStringLiteral("00000000")).ok);
        QVERIFY(!auth.staffLogin(QStringLiteral("nobody"), QStringLiteral("00000000")).ok);
    }

    // A lock-out is the database's, not the terminal's: walking to the next kiosk does not start the count again;
    // a new PIN set by staff lifts it.
    void aLockOutHoldsAtEveryTerminalUntilANewPin_data() { addBackends(); }
    void aLockOutHoldsAtEveryTerminalUntilANewPin()
    {
        Member m = add(testPerson("Lou", "Locked", "lou@example.org"), QStringLiteral("L1"));
        QVERIFY(m_store->credentials().setMemberPin(m.id, PinHasher::hash(QStringLiteral("9753"))));
        Authenticator here(m_store.get());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!here.memberLogin(QStringLiteral("L1"), QStringLiteral("1470")).ok);
        auto second = other();
        Authenticator there(second.get());
        const Authenticator::Outcome refused = there.memberLogin(QStringLiteral("L1"), QStringLiteral("9753"));
        QVERIFY(!refused.ok);
        QVERIFY(refused.lockedForMs > 0);
        QCOMPARE(second->credentials().memberPin(m.id)->failures, 5);
        QVERIFY(second->credentials().setMemberPin(m.id, PinHasher::hash(QStringLiteral("2580"))));
        QCOMPARE(m_store->credentials().memberPin(m.id)->lockedUntilMs, qint64(0));
        QVERIFY(here.memberLogin(QStringLiteral("L1"), QStringLiteral("2580")).ok);
        QVERIFY(!here.memberLogin(QStringLiteral("L1"), QStringLiteral("9753")).ok); // the old PIN is gone
    }

    // Easily guessed PINs are refused where people choose one.
    void easilyGuessedPinsAreRefused()
    {
        for (const char *weak : {"1111", "1234", "98765", "0123", "7890", "12a4", "", "123456789"})
            QVERIFY2(!PinHasher::weakness(QLatin1String(weak)).isEmpty(), weak);
        for (const char *fine : {"2580", "4719", "13579", "8152"})
            QVERIFY2(PinHasher::weakness(QLatin1String(fine)).isEmpty(), fine);
        QVERIFY(!PinHasher::weakness(QStringLiteral("١٢٣٤٥")).isEmpty()); // digits of another script are not digits
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"

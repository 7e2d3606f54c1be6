// The PIN log-ins and PIN changes whose slow hashing runs on a worker thread: their answers reach a caller that is
// still there, and nothing at all happens for one that has gone (a member who walks away from the kiosk mid-hash).
// Built with ACTIVEDESK_SANITIZE (the "debug" preset), AddressSanitizer reports any touch of the gone caller.
#include "auth/Authenticator.h"
#include "auth/PinHasher.h"
#include "store/MemberStore.h"

#include <QtTest>

#include <memory>

class TestAuthenticator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MemberStore> m_store;
    qint64 m_memberId = 0;

    // Waits until every hash on the pool is done and its answer has been delivered (or dropped).
    static void settle()
    {
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PinHasher::setFastForTests(false); // argon2id at the product's cost: a hash takes long enough to walk away
        m_store = std::make_unique<MemberStore>();
        LocalError error;
        QString opened;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("members")), &opened), qPrintable(opened));
        Member m;
        m.person.givenName = QStringLiteral("Walt");
        m.person.familyName = QStringLiteral("Away");
        m.person.email = QStringLiteral("walt@example.org");
        m.membershipNumber = QStringLiteral("W1");
        QVERIFY2(m_store->createMember(m, &error), qPrintable(error.message()));
        m_memberId = m.id;
        QVERIFY(m_store->credentials().setMemberPin(m.id, PinHasher::hash(QStringLiteral("9753"))));
        QString staffError;
        QVERIFY2(Authenticator(m_store.get())
                     .addStaff(QStringLiteral("sam"), StaffRole::Staff, QStringLiteral("2468"), &staffError),
                 qPrintable(staffError));
    }

    void anAnswerReachesACallerThatIsStillThere()
    {
        Authenticator auth(m_store.get());
        QObject screen;
        std::optional<Authenticator::Outcome> member, staff;
        auth.memberLoginAsync(QStringLiteral("W1"), QStringLiteral("9753"), &screen,
                              [&](const Authenticator::Outcome &o) { member = o; });
        auth.staffLoginAsync(QStringLiteral("sam"), QStringLiteral("1111"), &screen,
                             [&](const Authenticator::Outcome &o) { staff = o; });
        QString hash;
        Authenticator::hashAsync(QStringLiteral("4826"), &screen, [&](const QString &h) { hash = h; });
        QTRY_VERIFY_WITH_TIMEOUT(member && staff && !hash.isEmpty(), 60000);
        QVERIFY(member->ok);
        QCOMPARE(member->member->id, m_memberId);
        QVERIFY(!staff->ok);
        QVERIFY(PinHasher::verify(QStringLiteral("4826"), hash));
        QCOMPARE(m_store->credentials().staffPin(QStringLiteral("sam"))->failures, 1);
    }

    // The walk-away: the screen that asked is deleted while the PIN is being hashed.
    void aCallerDeletedWhileHashingIsNeverTouched()
    {
        Authenticator auth(m_store.get());
        const int failuresBefore = m_store->credentials().staffPin(QStringLiteral("sam"))->failures;
        int answers = 0;
        for (int i = 0; i < 4; ++i) {
            auto *screen = new QObject;
            auth.memberLoginAsync(QStringLiteral("W1"), QStringLiteral("9753"), screen,
                                  [&](const Authenticator::Outcome &) { ++answers; });
            auth.staffLoginAsync(QStringLiteral("sam"), QStringLiteral("1111"), screen,
                                 [&](const Authenticator::Outcome &) { ++answers; });
            auth.setMemberPinAsync(m_memberId, QStringLiteral("4826"), screen,
                                   [&](bool, const QString &) { ++answers; });
            Authenticator::hashAsync(QStringLiteral("4826"), screen, [&](const QString &) { ++answers; });
            delete screen; // the member walked away: the kiosk dropped the screen with its request
        }
        settle();
        QCOMPARE(answers, 0);
        // Nothing was counted or changed for a caller that was gone: the wrong staff PIN was not counted, and the
        // member's PIN is still the old one.
        QCOMPARE(m_store->credentials().staffPin(QStringLiteral("sam"))->failures, failuresBefore);
        QVERIFY(PinHasher::verify(QStringLiteral("9753"), m_store->credentials().memberPin(m_memberId)->hash));
    }

    // The program ends with a hash still running: nothing is delivered to a caller deleted on the way out.
    void aHashStillRunningAtTheEndDeliversNothing()
    {
        Authenticator auth(m_store.get());
        int answers = 0;
        {
            QObject screen;
            auth.memberLoginAsync(QStringLiteral("W1"), QStringLiteral("0000"), &screen,
                                  [&](const Authenticator::Outcome &) { ++answers; });
        }
        settle();
        QCOMPARE(answers, 0);
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "TestAuthenticator.moc"

// The outbox: the changes waiting for imin, in each member's order, leased to one worker at a time, with imin's
// answers recorded; on SQLite and on a real PostgreSQL server (ACTIVEDESK_TEST_PG_URL, started by scripts/test.sh).
#include "store/MemberStore.h"
#include "store/Outbox.h"
#include "util/Clock.h"

#include "FixedClock.h"
#include "StoreFixture.h"

#include <QtTest>

class TestOutbox : public QObject, public StoreFixture
{
    Q_OBJECT
    FixedClock m_clock;

private Q_SLOTS:
    void initTestCase() { Clock::setInstance(&m_clock); }
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void init() { openFresh(); }
    void cleanup() { m_store.reset(); }

    void changesAndOutboxEntriesGoTogether_data() { addBackends(); }
    void changesAndOutboxEntriesGoTogether()
    {
        Member ada = add(testPerson("Ada", "Lovelace", "ada@example.org"));
        QVERIFY(ada.id > 0);
        QCOMPARE(ada.membershipNumber, QStringLiteral("100001"));
        QCOMPARE(m_store->member(ada.id)->sync.state, SyncState::State::Pending);
        QVector<OutboxEntry> ready = claimNow(m_clock.now.toMSecsSinceEpoch());
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().kind, OutboxEntry::Kind::Create);
        ada.person.email = QStringLiteral("ada.new@example.org");
        LocalError error;
        QCOMPARE(m_store->updateMember(ada, &error), MemberStore::SaveOutcome::Saved);
        // Still only the create is ready: a member's entries go in order.
        ready = claimNow(m_clock.now.toMSecsSinceEpoch());
        QCOMPARE(ready.size(), 1);
        QVERIFY(linked(ready.first(), QStringLiteral("IMIN123456")));
        ready = claimNow(m_clock.now.toMSecsSinceEpoch());
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().kind, OutboxEntry::Kind::Update);
        QCOMPARE(m_store->member(ada.id)->iminIdentifier, QStringLiteral("IMIN123456"));
        QVERIFY(m_store->outbox().completeEntries({ready.first().id}));
        QCOMPARE(m_store->member(ada.id)->sync.state, SyncState::State::Synced);
        QCOMPARE(m_store->syncCounts().synced, 1);
    }

    void retriesWaitAndFailuresAreVisible_data() { addBackends(); }
    void retriesWaitAndFailuresAreVisible()
    {
        Member m = add(testPerson("Ray", "Try", "ray@example.org"));
        const qint64 now = m_clock.now.toMSecsSinceEpoch();
        OutboxEntry e = claimNow(now).first();
        QVERIFY(m_store->outbox().scheduleRetry(e, QStringLiteral("imin did not answer in time."), now + 60000));
        QVERIFY(claimNow(now).isEmpty());
        QCOMPARE(m_store->outbox().nextAttemptAt(), std::optional<qint64>(now + 60000));
        const SyncState pending = m_store->syncState(m.id);
        QCOMPARE(pending.state, SyncState::State::Pending);
        QCOMPARE(pending.attempts, 1);
        e = claimNow(now + 60000).first();
        QVERIFY(m_store->outbox().markFailed(e, QStringLiteral("imin could not accept this: email is not valid")));
        const SyncState failed = m_store->syncState(m.id);
        QCOMPARE(failed.state, SyncState::State::Failed);
        QVERIFY(failed.reason.contains(QStringLiteral("email")));
        QVERIFY(!failed.advice.isEmpty());
        QCOMPARE(m_store->failedMembers().size(), 1);
        QCOMPARE(m_store->syncCounts().failed, 1);
        // Saving the member again gives failed entries another go.
        LocalError error;
        m.person.email = QStringLiteral("ray.fixed@example.org");
        QCOMPARE(m_store->updateMember(m, &error), MemberStore::SaveOutcome::Saved);
        QCOMPARE(m_store->syncState(m.id).state, SyncState::State::Pending);
        QCOMPARE(claimNow(now).first().id, e.id);
    }

    void leasesKeepWorkersApart_data() { addBackends(); }
    void leasesKeepWorkersApart()
    {
        for (int i = 0; i < 6; ++i)
            add(testPerson(QStringLiteral("L%1").arg(i), "Lease", QStringLiteral("l%1@example.org").arg(i)));
        auto second = other();
        const qint64 now = m_clock.now.toMSecsSinceEpoch();
        // Two terminals claim at once: between them every entry once, never one twice.
        const QVector<OutboxEntry> a = m_store->outbox().claimEntries(QStringLiteral("desk-a"), now, 60000, 3);
        const QVector<OutboxEntry> b = second->outbox().claimEntries(QStringLiteral("desk-b"), now, 60000, 10);
        QCOMPARE(a.size(), 3);
        QCOMPARE(b.size(), 3);
        QSet<qint64> seen;
        for (const OutboxEntry &e : a + b)
            seen.insert(e.id);
        QCOMPARE(seen.size(), 6);
        QVERIFY(second->outbox().claimEntries(QStringLiteral("desk-b"), now, 60000, 10).isEmpty());
        // Workers that die leave their leases; when they run out, another takes the entries over.
        QCOMPARE(m_store->outbox().nextAttemptAt(), std::optional<qint64>(now + 60000));
        QVERIFY(second->outbox().claimEntries(QStringLiteral("desk-b"), now + 59999, 60000, 10).isEmpty());
        QCOMPARE(second->outbox().claimEntries(QStringLiteral("desk-b"), now + 60001, 60000, 10).size(), 6);
        // One that stops hands its entries back at once.
        QVERIFY(second->outbox().releaseLeases(QStringLiteral("desk-b")));
        QCOMPARE(m_store->outbox().claimEntries(QStringLiteral("desk-a"), now + 60001, 60000, 10).size(), 6);
        // A member's later entries wait for the first even while it is leased.
        Member m = *m_store->member(a.first().memberId);
        m.person.telephone = QStringLiteral("01865 222222");
        LocalError error;
        QCOMPARE(m_store->updateMember(m, &error), MemberStore::SaveOutcome::Saved);
        QVERIFY(second->outbox().claimEntries(QStringLiteral("desk-b"), now + 60002, 60000, 10).isEmpty());
    }

    void twoCreatesForOneMemberKeepTheFirst_data() { addBackends(); }
    void twoCreatesForOneMemberKeepTheFirst()
    {
        const Member m = add(testPerson("Dup", "Licate", "dup@example.org"));
        const OutboxEntry e = claimNow(m_clock.now.toMSecsSinceEpoch()).first();
        QString existing;
        QCOMPARE(m_store->outbox().completeCreate(e, QStringLiteral("FIRST00001"), &existing),
                 Outbox::CreateOutcome::Linked);
        QCOMPARE(m_store->outbox().completeCreate(e, QStringLiteral("SECOND0002"), &existing),
                 Outbox::CreateOutcome::AlreadyLinked);
        QCOMPARE(existing, QStringLiteral("FIRST00001"));
        QCOMPARE(m_store->member(m.id)->iminIdentifier, QStringLiteral("FIRST00001"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"

#pragma once

#include "util/Problem.h"

#include "imin/ImminClient.h"
#include "store/MemberStore.h"

#include <QObject>
#include <QSet>
#include <QTimer>

// Sends the outbox to imin. Entries of one member go in order; different members go in parallel.
//
// Several workers may share one database (a desk's, another terminal's, activedesk-admin's): each entry is claimed
// with a lease (MemberStore::claimEntries), so no two send it at once; a worker that dies leaves a lease that runs
// out, and then another takes the entry over. The lease outlasts the longest call (the client's time limit covers
// its retries), so a slow answer is never sent twice by two live workers.
//
// Exactly-once effects: a create carries its outbox entry's key as Idempotency-Key, so a create whose answer was
// lost (timeout, dropped connection, the process killed after sending) is sent again with the same key and a server
// that honours it answers with the customer it already made. Real imin documents no such header: there, only a lost
// answer can make a second customer. If two creates for one member ever both succeed, the member keeps the first and
// the surplus customer is deleted from imin. Updates send the member's latest details and deletes are idempotent, so
// repeating them is harmless. An entry is marked done only after its effect is committed locally.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(MemberStore *store, ImminClient *client, QObject *parent = nullptr);

    void setParallelism(int n) { m_parallel = std::max(1, n); }
    void setLeaseMs(qint64 ms) { m_leaseMs = std::max<qint64>(1000, ms); }
    QString owner() const { return m_owner; }
    void setBackoff(int baseMs, int maxMs) { m_backoffBase = baseMs, m_backoffMax = maxMs; }
    // Keep running: wake up for new entries (call poke()) and for retries that come due.
    void start();
    // Send what can be sent now and retries due within `waitMs`, then emit drained().
    void drain(int waitMs);
    void stop();
    void poke();
    bool isIdle() const { return m_inFlight.isEmpty(); }

    struct Stats
    {
        int sent = 0;
        int succeeded = 0;
        int retried = 0;
        int failed = 0;
        int surplusRemoved = 0; // customers made twice for one member, deleted again
        int entitlements = 0;   // imin:EntitlementUpdateActions sent
    };
    Stats stats() const { return m_stats; }

Q_SIGNALS:
    void entryFinished(qint64 memberId, bool ok);
    void progress(int done, int remaining);
    void drained();

private:
    void pump();
    void process(const OutboxEntry &entry);
    void finish(const OutboxEntry &entry, const Problem &error);
    // imin took the call but this computer could not record it: the entry goes again (imin's calls are idempotent).
    static LocalError localWriteFailed();
    // After a create or update: sends the entitlement the member's membership or concession calls for, if it differs
    // from the one last sent (contract 3.5); `done` with no error when nothing was needed.
    void sendEntitlement(qint64 memberId, const std::function<void(const Problem &)> &done);
    void scheduleWake();
    qint64 now() const;

    MemberStore *m_store;
    ImminClient *m_client;
    QSet<qint64> m_inFlight; // member ids
    QString m_owner;         // this worker's name on its leases
    qint64 m_leaseMs = 60000;
    QTimer m_wake;
    int m_parallel = 4;
    int m_backoffBase = 2000;
    int m_backoffMax = 5 * 60 * 1000;
    bool m_running = false;
    bool m_draining = false;
    qint64 m_drainDeadline = 0;
    Stats m_stats;
};

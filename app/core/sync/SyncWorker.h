#pragma once

#include "imin/ImminClient.h"
#include "store/MemberStore.h"

#include <QObject>
#include <QSet>
#include <QTimer>

// Sends the outbox to imin. Entries of one member go in order; different members go in parallel.
//
// Exactly-once effects: a create carries its outbox entry's key as Idempotency-Key, so a create whose answer was
// lost (timeout, dropped connection, the process killed after sending) is sent again with the same key and the
// server answers with the customer it already made. Updates send the member's latest details and deletes are
// idempotent, so repeating them is harmless. An entry is marked done only after its effect is committed locally.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(MemberStore *store, ImminClient *client, QObject *parent = nullptr);

    void setParallelism(int n) { m_parallel = std::max(1, n); }
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
    };
    Stats stats() const { return m_stats; }

Q_SIGNALS:
    void entryFinished(qint64 memberId, bool ok);
    void progress(int done, int remaining);
    void drained();

private:
    void pump();
    void process(const OutboxEntry &entry);
    void finish(const OutboxEntry &entry, const ApiError &error);
    void scheduleWake();
    qint64 now() const;

    MemberStore *m_store;
    ImminClient *m_client;
    QSet<qint64> m_inFlight; // member ids
    QTimer m_wake;
    int m_parallel = 4;
    int m_backoffBase = 2000;
    int m_backoffMax = 5 * 60 * 1000;
    bool m_running = false;
    bool m_draining = false;
    qint64 m_drainDeadline = 0;
    Stats m_stats;
};

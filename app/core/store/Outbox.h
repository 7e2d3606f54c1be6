#pragma once

#include "Database.h"

#include <optional>
#include <QString>
#include <QVector>

class MemberStore;

// A change still to be sent to imin. Entries of one member are sent in order.
struct OutboxEntry
{
    enum class Kind { Create, Update, Delete };
    qint64 id = 0;
    qint64 memberId = 0;
    Kind kind = Kind::Create;
    QString key; // idempotency key, stable across retries and restarts
    int attempts = 0;
    QString lastError;
    static QString kindName(Kind k);
};

// The outbox, for the sync workers (several may share a database: one per terminal, plus activedesk-admin): what is
// still to be sent to imin, leased so that two workers never send one entry, and what imin answered. Entries are
// written by MemberStore in the transaction of the change they carry.
class Outbox
{
public:
    Outbox(Database &db, MemberStore &members);

    // Claims and leases, in one atomic step, the first unsent entry of members whose entry is due and not leased.
    QVector<OutboxEntry> claimEntries(const QString &owner, qint64 nowMs, qint64 leaseMs, int limit);
    bool releaseLeases(const QString &owner);
    QVector<qint64> laterUpdates(const OutboxEntry &entry) const; // consecutive pending updates after `entry`
    std::optional<qint64> nextAttemptAt() const;                  // earliest retry still waiting
    enum class CreateOutcome { Linked, AlreadyLinked, Failed };
    // AlreadyLinked: the member already had another imin customer (`existing`); this one is surplus.
    CreateOutcome completeCreate(const OutboxEntry &entry, const QString &iminIdentifier, QString *existing);
    bool completeEntries(const QVector<qint64> &entryIds);
    bool completeDelete(const OutboxEntry &entry); // and erase the member's personal data
    // The entitlement last sent to imin for a member (Entitlements::Plan::signature), empty for none.
    QString entitlementSent(qint64 memberId) const;
    bool setEntitlementSent(qint64 memberId, const QString &signature);
    // Queues an update of the member for imin (what they hold changed without a save, or an entitlement must be
    // sent again).
    bool queueUpdate(qint64 memberId);
    bool scheduleRetry(const OutboxEntry &entry, const QString &error, qint64 atMs);
    bool markFailed(const OutboxEntry &entry, const QString &reason);
    int pendingCount() const;
    bool makePendingDueNow(); // a person asked to sync now: skip the back-off of waiting retries

private:
    Database &m_db;
    MemberStore &m_members;
};

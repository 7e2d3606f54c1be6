#pragma once

#include "Database.h"
#include "domain/Member.h"
#include "util/Problem.h"

#include <optional>
#include <QCoreApplication>
#include <QVector>

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

struct SyncCounts
{
    int synced = 0;
    int pending = 0;
    int failed = 0;
};

// Members and staff in SQLite or PostgreSQL. Every change to a member and its outbox entry are written in one
// transaction, so a crash at any instant leaves both or neither.
class MemberStore
{
    Q_DECLARE_TR_FUNCTIONS(MemberStore)
public:
    MemberStore();
    bool open(const QString &location, QString *error);
    Database &database() { return m_db; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Members. `error` receives a sentence for a person (duplicate membership number, database trouble).
    bool createMember(Member &member, LocalError *error);
    enum class SaveOutcome { Saved, Conflict, Deleted, Failed };
    // Saves over `member.version` only (0: whatever is there): Conflict when another desk saved meanwhile, Deleted
    // when it was deleted. On success `member.version` is the new version.
    SaveOutcome updateMember(Member &member, LocalError *error);
    // Hides the member at once; personal data is erased when imin has accepted the deletion (or at once if
    // imin never had the member).
    bool deleteMember(qint64 id, LocalError *error);
    // Two records of one person become one, in one transaction: `keep` is saved with the details chosen (over its
    // version), `gone` (as read, its version checked) is hidden with its personal details erased and points at
    // `keep` (Member::mergedInto); its imin customer stays, since its orders are there (imin cannot merge customers,
    // contract 12), and changes still waiting for it are dropped. Conflict when either changed meanwhile.
    SaveOutcome mergeMembers(Member &keep, const Member &gone, LocalError *error);
    // The imin customers of members merged into this one (directly or through others): their bookings are this
    // member's too.
    QStringList mergedIdentifiers(qint64 memberId) const;
    std::optional<Member> member(qint64 id) const;
    std::optional<Member> memberByNumber(const QString &number) const;
    std::optional<Member> memberByEmail(const QString &email) const;
    // Members who may be the same person as `person` (other than `exceptId`): the same email and date of birth, the
    // same name and date of birth, or the same telephone number. Each with what matched ("same email and date of
    // birth"). A family sharing an email (a parent's, for a child) is not a match on the email alone.
    struct PossibleDuplicate
    {
        Member member;
        QString why;
    };
    QVector<PossibleDuplicate> possibleDuplicates(const Person &person, qint64 exceptId = 0) const;
    // A name or email as search compares it: case-folded, accents off, spaces simplified.
    static QString normalise(const QString &text);
    // Type-ahead: exact membership number first, then prefix matches on number, names, email, telephone.
    QVector<Member> search(const QString &text, int limit = 20) const;
    QVector<Member> allMembers() const; // not deleted, by membership number
    int memberCount() const;

    // Sync state, derived from the outbox.
    SyncState syncState(qint64 memberId) const;
    SyncCounts syncCounts() const;
    QVector<Member> failedMembers() const;
    bool retryMember(qint64 memberId);

    // The outbox, for the sync workers (several may share a database: one per terminal, plus activedesk-admin).
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

    // Changes, for other desks: every member write takes the next change number (and, on PostgreSQL, notifies
    // channel changeChannel() with the member's id).
    qint64 latestChange() const;
    QVector<qint64> changedSince(qint64 seq, qint64 *latest) const;
    static QString changeChannel() { return QStringLiteral("activedesk_members"); }

    // Staff and PINs (hashes only; see auth/PinHasher).
    bool createStaff(const QString &username, StaffRole role, const QString &pinHash, LocalError *error);
    std::optional<StaffAccount> staff(const QString &username) const;
    int staffCount() const;
    struct PinRecord
    {
        QString hash;
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    std::optional<PinRecord> staffPin(const QString &username) const;
    bool setStaffPinState(const QString &username, int failures, qint64 lockedUntilMs);
    std::optional<PinRecord> memberPin(qint64 memberId) const;
    bool setMemberPin(qint64 memberId, const QString &hash);
    bool setMemberPinState(qint64 memberId, int failures, qint64 lockedUntilMs);
    bool hasMemberPin(qint64 memberId) const;
    // Wrong PINs for a `login` (a username or membership number, `kind` "staff" or "member") with no PIN behind it:
    // counted like a real account's, so the lock-out does not tell whether the account exists. The hash is empty.
    std::optional<PinRecord> unknownLogin(const QString &kind, const QString &login) const;
    bool setUnknownLogin(const QString &kind, const QString &login, int failures, qint64 lockedUntilMs);

private:
    // The sentences of LocalError::Kind::InUse for a membership number, and of Kind::Busy. Callers branch on the kind.
    static QString numberInUseMessage(const QString &number);
    static QString busyMessage();
    bool migrate(QString *error);
    bool addOutbox(qint64 memberId, OutboxEntry::Kind kind);
    SaveOutcome writeMember(Member &member, LocalError *error); // updateMember inside the caller's transaction
    bool markChanged(qint64 memberId);
    QString nextMembershipNumber() const;
    Member memberFrom(const class QSqlQuery &q) const;
    static QString digits(const QString &text);

    Database m_db;
};

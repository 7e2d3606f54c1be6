#pragma once

#include "CredentialStore.h"
#include "Database.h"
#include "domain/Member.h"
#include "Outbox.h"
#include "util/Problem.h"

#include <optional>
#include <QCoreApplication>
#include <QVector>

struct SyncCounts
{
    int synced = 0;
    int pending = 0;
    int failed = 0;
};

// Members in SQLite or PostgreSQL, for the screens: saving, merging, deleting, search, sync state and the change feed
// other desks follow. Every change to a member and its outbox entry are written in one transaction, so a crash at any
// instant leaves both or neither. The outbox (Outbox), staff and PINs (CredentialStore) and the tables (Schema) are
// parts of their own on the same connection.
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

    // The outbox, for the sync workers; staff and PINs, for log-in. Parts of this database, on its connection.
    Outbox &outbox() { return m_outbox; }
    const Outbox &outbox() const { return m_outbox; }
    CredentialStore &credentials() { return m_credentials; }
    const CredentialStore &credentials() const { return m_credentials; }

    // Changes, for other desks: every member write takes the next change number (and, on PostgreSQL, notifies
    // channel changeChannel() with the member's id).
    qint64 latestChange() const;
    QVector<qint64> changedSince(qint64 seq, qint64 *latest) const;
    static QString changeChannel() { return QStringLiteral("activedesk_members"); }

private:
    // The sentences of LocalError::Kind::InUse for a membership number, and of Kind::Busy. Callers branch on the kind.
    static QString numberInUseMessage(const QString &number);
    static QString busyMessage();
    bool addOutbox(qint64 memberId, OutboxEntry::Kind kind);
    SaveOutcome writeMember(Member &member, LocalError *error); // updateMember inside the caller's transaction
    bool markChanged(qint64 memberId);
    QString nextMembershipNumber() const;
    Member memberFrom(const class QSqlQuery &q) const;
    static QString digits(const QString &text);

    friend class Outbox; // its entries are written with the member change they carry
    Database m_db;
    Outbox m_outbox{m_db, *this};
    CredentialStore m_credentials{m_db};
};

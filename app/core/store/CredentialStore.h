#pragma once

#include "Database.h"
#include "domain/Member.h"
#include "util/Problem.h"

#include <optional>
#include <QString>

// Staff accounts and the PIN records of staff and members (argon2id hashes only; see auth/PinHasher), with their
// failure counts and lock-outs, for Authenticator. Shares the member database's connection.
class CredentialStore
{
public:
    explicit CredentialStore(Database &db);

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
    Database &m_db;
};

#pragma once

#include "store/MemberStore.h"

#include <QCoreApplication>

// Staff and member log-in with PIN, lockout included. Messages never say whether a username exists.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
public:
    explicit Authenticator(MemberStore *store) : m_store(store) {}

    struct Outcome
    {
        bool ok = false;
        qint64 lockedForMs = 0; // > 0: no attempt allowed for this long
        QString message;
        std::optional<StaffAccount> staff;
        std::optional<Member> member;
    };
    Outcome staffLogin(const QString &username, const QString &pin);
    Outcome memberLogin(const QString &membershipNumber, const QString &pin);
    // Creates a staff account after checking the PIN's shape.
    bool addStaff(const QString &username, StaffRole role, const QString &pin, QString *error);

    // The same, with the slow hashing on a worker thread so the window never freezes; `done` runs on `context`'s
    // thread. The database is only touched on the caller's thread.
    void staffLoginAsync(const QString &username, const QString &pin, QObject *context,
                         std::function<void(const Outcome &)> done);
    void addStaffAsync(const QString &username, StaffRole role, const QString &pin, QObject *context,
                       std::function<void(bool ok, const QString &error)> done);
    // A member's kiosk log-in: membership number and PIN. The lock-out message is the same whether or not the number
    // exists (failures for unknown numbers are counted too).
    void memberLoginAsync(const QString &membershipNumber, const QString &pin, QObject *context,
                          std::function<void(const Outcome &)> done);
    // Hashes a PIN on a worker thread (argon2id is slow on purpose); `done` gets the hash, or an empty string when
    // libsodium is not usable, on `context`'s thread (not at all if `context` is gone).
    static void hashAsync(const QString &pin, QObject *context, std::function<void(const QString &hash)> done);
    // Sets (or resets) a member's kiosk PIN after checking it is not easily guessed.
    void setMemberPinAsync(qint64 memberId, const QString &pin, QObject *context,
                           std::function<void(bool ok, const QString &error)> done);

private:
    struct Account
    {
        std::optional<CredentialStore::PinRecord> record; // an empty hash: no PIN behind this name or number
        std::function<void(int, qint64)> save;
        qint64 memberId = 0;
    };
    Account staffAccount(const QString &username) const;
    Account memberAccount(const QString &membershipNumber) const;
    void loginAsync(const std::function<Account()> &account, const QString &pin, QObject *context,
                    std::function<void(const Outcome &)> done, const std::function<void(Outcome &)> &fill);
    Outcome check(const std::optional<CredentialStore::PinRecord> &record, const QString &pin,
                  const std::function<void(int, qint64)> &save);
    // Before hashing: a locked account gets its answer without any attempt.
    std::optional<Outcome> lockedOutcome(const std::optional<CredentialStore::PinRecord> &record) const;
    // After hashing: count the failure or clear the counter.
    Outcome settle(const std::optional<CredentialStore::PinRecord> &record, bool match,
                   const std::function<void(int, qint64)> &save);
    MemberStore *m_store;
};

#include "CredentialStore.h"

#include "StoreSql.h"

#include <QCoreApplication>
#include <QVariant>

using namespace StoreSql;

CredentialStore::CredentialStore(Database &db) : m_db(db) {}

bool CredentialStore::createStaff(const QString &username, StaffRole role, const QString &pinHash, LocalError *error)
{
    if (staff(username)) {
        *error = LocalError(LocalError::Kind::InUse,
                            QCoreApplication::translate("MemberStore", "The username %1 is taken.").arg(username));
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO staff (username, role, pin_hash, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(username.trimmed());
    q.addBindValue(role == StaffRole::Admin ? QStringLiteral("admin") : QStringLiteral("staff"));
    q.addBindValue(pinHash);
    q.addBindValue(nowText());
    if (!run(q)) {
        *error = LocalError(LocalError::Kind::Storage,
                            QCoreApplication::translate("MemberStore", "The staff account could not be saved."));
        return false;
    }
    return true;
}

std::optional<StaffAccount> CredentialStore::staff(const QString &username) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, username, role FROM staff WHERE username = ?"));
    q.addBindValue(username.trimmed());
    if (!run(q) || !q.next())
        return std::nullopt;
    return StaffAccount{q.value(0).toLongLong(), q.value(1).toString(),
                        q.value(2).toString() == QLatin1String("admin") ? StaffRole::Admin : StaffRole::Staff};
}

int CredentialStore::staffCount() const
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<CredentialStore::PinRecord> CredentialStore::staffPin(const QString &username) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT pin_hash, pin_failures, pin_locked_until FROM staff WHERE username = ?"));
    q.addBindValue(username.trimmed());
    if (!run(q) || !q.next())
        return std::nullopt;
    return PinRecord{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()};
}

bool CredentialStore::setStaffPinState(const QString &username, int failures, qint64 lockedUntilMs)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE staff SET pin_failures = ?, pin_locked_until = ? WHERE username = ?"));
    q.addBindValue(failures);
    q.addBindValue(lockedUntilMs);
    q.addBindValue(username.trimmed());
    return run(q);
}

std::optional<CredentialStore::PinRecord> CredentialStore::memberPin(qint64 memberId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("SELECT pin_hash, pin_failures, pin_locked_until FROM members WHERE id = ? AND deleted = 0"));
    q.addBindValue(memberId);
    if (!run(q) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return PinRecord{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()};
}

bool CredentialStore::setMemberPin(qint64 memberId, const QString &hash)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE members SET pin_hash = ?, pin_failures = 0, pin_locked_until = 0 WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(memberId);
    return run(q);
}

bool CredentialStore::setMemberPinState(qint64 memberId, int failures, qint64 lockedUntilMs)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE members SET pin_failures = ?, pin_locked_until = ? WHERE id = ?"));
    q.addBindValue(failures);
    q.addBindValue(lockedUntilMs);
    q.addBindValue(memberId);
    return run(q);
}

std::optional<CredentialStore::PinRecord> CredentialStore::unknownLogin(const QString &kind, const QString &login) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT failures, locked_until FROM login_attempts WHERE kind = ? AND login = ?"));
    q.addBindValue(kind);
    q.addBindValue(login.trimmed().toLower());
    PinRecord r;
    if (run(q) && q.next()) {
        r.failures = q.value(0).toInt();
        r.lockedUntilMs = q.value(1).toLongLong();
    }
    return r;
}

bool CredentialStore::setUnknownLogin(const QString &kind, const QString &login, int failures, qint64 lockedUntilMs)
{
    QSqlQuery q(m_db.db());
    if (failures == 0) {
        q.prepare(QStringLiteral("DELETE FROM login_attempts WHERE kind = ? AND login = ?"));
        q.addBindValue(kind);
        q.addBindValue(login.trimmed().toLower());
        return run(q);
    }
    q.prepare(QStringLiteral("INSERT INTO login_attempts (kind, login, failures, locked_until) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (kind, login) DO UPDATE SET failures = excluded.failures,"
                             " locked_until = excluded.locked_until"));
    q.addBindValue(kind);
    q.addBindValue(login.trimmed().toLower());
    q.addBindValue(failures);
    q.addBindValue(lockedUntilMs);
    return run(q);
}

bool CredentialStore::hasMemberPin(qint64 memberId) const
{
    return memberPin(memberId).has_value();
}

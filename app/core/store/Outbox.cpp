#include "Outbox.h"

#include "MemberStore.h"
#include "StoreSql.h"

#include <QVariant>

using namespace StoreSql;

Outbox::Outbox(Database &db, MemberStore &members) : m_db(db), m_members(members) {}

QString OutboxEntry::kindName(Kind k)
{
    switch (k) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QVector<OutboxEntry> Outbox::claimEntries(const QString &owner, qint64 nowMs, qint64 leaseMs, int limit)
{
    // The first unsent entry of each member that is due and not leased by a live worker. Claiming it and leasing it
    // is one atomic step, so no two workers (threads, processes, terminals) ever send the same entry at once.
    const QString candidates = QStringLiteral(
        "SELECT o.id FROM outbox o"
        " WHERE o.state = 'pending' AND o.next_attempt_at <= :now AND o.lease_until <= :now"
        " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.member_id = o.member_id AND p.state <> 'done' AND p.id < o.id)"
        " ORDER BY o.id LIMIT :limit");
    QVector<OutboxEntry> out;
    QSqlDatabase db = m_db.db();
    QSqlQuery q(db);
    auto read = [&out](QSqlQuery &rows) {
        while (rows.next()) {
            OutboxEntry e;
            e.id = rows.value(0).toLongLong();
            e.memberId = rows.value(1).toLongLong();
            const QString kind = rows.value(2).toString();
            e.kind = kind == QLatin1String("create")   ? OutboxEntry::Kind::Create
                     : kind == QLatin1String("update") ? OutboxEntry::Kind::Update
                                                       : OutboxEntry::Kind::Delete;
            e.key = rows.value(3).toString();
            e.attempts = rows.value(4).toInt();
            e.lastError = rows.value(5).toString();
            out.append(e);
        }
    };
    if (m_db.kind() == Database::Kind::Postgres) {
        q.prepare(QStringLiteral("UPDATE outbox SET lease_owner = :owner, lease_until = :until WHERE id IN (") +
                  candidates +
                  QStringLiteral(" FOR UPDATE SKIP LOCKED) RETURNING id, member_id, kind, key, attempts, last_error"));
        q.bindValue(QStringLiteral(":owner"), owner);
        q.bindValue(QStringLiteral(":until"), nowMs + leaseMs);
        q.bindValue(QStringLiteral(":now"), nowMs);
        q.bindValue(QStringLiteral(":limit"), limit);
        if (run(q))
            read(q);
        std::sort(out.begin(), out.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
        return out;
    }
    // SQLite: BEGIN IMMEDIATE takes the file's write lock first, so claims from other processes wait their turn.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return out;
    QVector<qint64> ids;
    QSqlQuery pick(db);
    pick.prepare(candidates);
    pick.bindValue(QStringLiteral(":now"), nowMs);
    pick.bindValue(QStringLiteral(":limit"), limit);
    if (run(pick)) {
        while (pick.next())
            ids.append(pick.value(0).toLongLong());
    }
    pick.finish();
    bool ok = true;
    QSqlQuery lease(db);
    lease.prepare(QStringLiteral("UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id = ?"));
    for (qint64 id : std::as_const(ids)) {
        lease.addBindValue(owner);
        lease.addBindValue(nowMs + leaseMs);
        lease.addBindValue(id);
        ok = ok && run(lease);
    }
    if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
        q.exec(QStringLiteral("ROLLBACK"));
        return out;
    }
    for (qint64 id : std::as_const(ids)) {
        QSqlQuery row(db);
        row.prepare(QStringLiteral("SELECT id, member_id, kind, key, attempts, last_error FROM outbox WHERE id = ?"));
        row.addBindValue(id);
        if (run(row))
            read(row);
    }
    return out;
}

bool Outbox::releaseLeases(const QString &owner)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET lease_owner = '', lease_until = 0 WHERE lease_owner = ? AND state = 'pending'"));
    q.addBindValue(owner);
    return run(q);
}

QVector<qint64> Outbox::laterUpdates(const OutboxEntry &entry) const
{
    QVector<qint64> out;
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("SELECT id, kind FROM outbox WHERE member_id = ? AND state = 'pending' AND id > ? ORDER BY id"));
    q.addBindValue(entry.memberId);
    q.addBindValue(entry.id);
    if (!run(q))
        return out;
    while (q.next() && q.value(1).toString() == QLatin1String("update"))
        out.append(q.value(0).toLongLong());
    return out;
}

std::optional<qint64> Outbox::nextAttemptAt() const
{
    QSqlQuery q(m_db.db());
    // A retry's time, or when another worker's lease runs out (a worker that died leaves its entries leased).
    if (!q.exec(QStringLiteral("SELECT MIN(CASE WHEN lease_until > next_attempt_at THEN lease_until"
                               " ELSE next_attempt_at END) FROM outbox WHERE state = 'pending'")) ||
        !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

bool Outbox::makePendingDueNow()
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'pending'"));
}

bool Outbox::completeEntries(const QVector<qint64> &entryIds)
{
    Transaction t(m_db.db());
    QSqlQuery q(m_db.db());
    for (qint64 id : entryIds) {
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'done', done_at = ?, last_error = '', lease_owner = '',"
                                 " lease_until = 0 WHERE id = ?"));
        q.addBindValue(nowText());
        q.addBindValue(id);
        if (!run(q))
            return false;
    }
    return t.commit();
}

Outbox::CreateOutcome Outbox::completeCreate(const OutboxEntry &entry, const QString &iminIdentifier, QString *existing)
{
    Transaction t(m_db.db());
    QSqlQuery q(m_db.db());
    // Only a member without an imin customer takes this one: if another worker's create got there first, the member
    // keeps that customer and the caller removes this second one from imin.
    q.prepare(
        QStringLiteral("UPDATE members SET imin_identifier = ?"
                       " WHERE id = ? AND (imin_identifier IS NULL OR imin_identifier = '' OR imin_identifier = ?)"));
    q.addBindValue(iminIdentifier);
    q.addBindValue(entry.memberId);
    q.addBindValue(iminIdentifier);
    if (!t.ok() || !run(q))
        return CreateOutcome::Failed;
    const bool linked = q.numRowsAffected() == 1;
    if (!linked) {
        q.prepare(QStringLiteral("SELECT imin_identifier FROM members WHERE id = ?"));
        q.addBindValue(entry.memberId);
        if (!run(q) || !q.next())
            return CreateOutcome::Failed;
        *existing = q.value(0).toString();
    }
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'done', done_at = ?, last_error = '', lease_owner = '',"
                             " lease_until = 0 WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(entry.id);
    if (!run(q) || (linked && !m_members.markChanged(entry.memberId)) || !t.commit())
        return CreateOutcome::Failed;
    return linked ? CreateOutcome::Linked : CreateOutcome::AlreadyLinked;
}

QString Outbox::entitlementSent(qint64 memberId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT entitlement_sent FROM members WHERE id = ?"));
    q.addBindValue(memberId);
    return run(q) && q.next() ? q.value(0).toString() : QString();
}

bool Outbox::setEntitlementSent(qint64 memberId, const QString &signature)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE members SET entitlement_sent = COALESCE(?, '') WHERE id = ?"));
    q.addBindValue(signature);
    q.addBindValue(memberId);
    return run(q);
}

bool Outbox::queueUpdate(qint64 memberId)
{
    Transaction t(m_db.db());
    return t.ok() && m_members.addOutbox(memberId, OutboxEntry::Kind::Update) && t.commit();
}

bool Outbox::completeDelete(const OutboxEntry &entry)
{
    Transaction t(m_db.db());
    QSqlQuery q(m_db.db());
    // Erasure: every personal field goes; the row keeps only its id, membership number and imin identifier.
    q.prepare(QStringLiteral("UPDATE members SET given_name = '', family_name = '', email = '', telephone = '',"
                             " birth_date = NULL, gender = '', is13 = NULL, street = '', locality = '', postcode = '',"
                             " emergency_name = '', emergency_phone = '', pin_hash = NULL, s_given = '', s_family = '',"
                             " membership_type = '', membership_from = '', membership_until = '', concession = '',"
                             " concession_proof = '',"
                             " s_email = '', s_phone = '', deleted = 1, updated_at = ?, version = version + 1"
                             " WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(entry.memberId);
    if (!t.ok() || !run(q) || !m_members.markChanged(entry.memberId))
        return false;
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'done', done_at = ?, last_error = '' WHERE member_id = ? AND state <> 'done'"));
    q.addBindValue(nowText());
    q.addBindValue(entry.memberId);
    return run(q) && t.commit();
}

bool Outbox::scheduleRetry(const OutboxEntry &entry, const QString &error, qint64 atMs)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, lease_owner = '',"
        " lease_until = 0 WHERE id = ?"));
    q.addBindValue(atMs);
    q.addBindValue(error);
    q.addBindValue(entry.id);
    return run(q);
}

bool Outbox::markFailed(const OutboxEntry &entry, const QString &reason)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, lease_owner = '',"
                       " lease_until = 0 WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(entry.id);
    return run(q);
}

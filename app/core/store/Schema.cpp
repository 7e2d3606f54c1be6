#include "Schema.h"

#include "StoreSql.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <QVector>

using namespace StoreSql;

namespace {

// Each migration is a list of statements; {{id}} is the auto-increment key and {{c}} a byte-order collation, so
// prefix searches use the index on both databases.
const QVector<QStringList> migrations = {
    {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE members ("
            " id {{id}},"
            " membership_number TEXT NOT NULL UNIQUE,"
            " given_name TEXT, family_name TEXT,"
            " email TEXT, telephone TEXT,"
            " birth_date TEXT, gender TEXT, is13 INTEGER,"
            " street TEXT, locality TEXT, postcode TEXT,"
            " emergency_name TEXT, emergency_phone TEXT,"
            " imin_identifier TEXT,"
            " pin_hash TEXT, pin_failures INTEGER NOT NULL DEFAULT 0, pin_locked_until BIGINT NOT NULL DEFAULT 0,"
            " deleted INTEGER NOT NULL DEFAULT 0,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
            " s_number TEXT {{c}}, s_given TEXT {{c}},"
            " s_family TEXT {{c}}, s_email TEXT {{c}},"
            " s_phone TEXT {{c}})"),
        QStringLiteral("CREATE INDEX members_s_number ON members (s_number)"),
        QStringLiteral("CREATE INDEX members_s_given ON members (s_given, s_family)"),
        QStringLiteral("CREATE INDEX members_s_family ON members (s_family, s_given)"),
        QStringLiteral("CREATE INDEX members_s_email ON members (s_email)"),
        QStringLiteral("CREATE INDEX members_s_phone ON members (s_phone)"),
        QStringLiteral("CREATE TABLE outbox ("
                       " id {{id}},"
                       " member_id BIGINT NOT NULL REFERENCES members (id),"
                       " kind TEXT NOT NULL, key TEXT NOT NULL UNIQUE,"
                       " state TEXT NOT NULL DEFAULT 'pending', sent INTEGER NOT NULL DEFAULT 0,"
                       " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, done_at TEXT)"),
        QStringLiteral("CREATE INDEX outbox_by_member ON outbox (member_id, state, id)"),
        QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at)"),
        QStringLiteral("CREATE TABLE staff ("
                       " id {{id}}, username TEXT NOT NULL UNIQUE, role TEXT NOT NULL, pin_hash TEXT NOT NULL,"
                       " pin_failures INTEGER NOT NULL DEFAULT 0, pin_locked_until BIGINT NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL)"),
    },
    // 2: several terminals on one database. Outbox entries are leased by one sync worker at a time; every member row
    // has a version (a save against an older one is a conflict, not an overwrite) and the change sequence number of
    // its last change, so other desks see it.
    {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE members ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE members ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX members_change_seq ON members (change_seq)"),
        QStringLiteral("CREATE TABLE change_counter (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO change_counter (id, seq) VALUES (1, 0)"),
    },
    // 3: wrong PINs for a name or number with no PIN behind it are counted too, so a lock-out (and its message)
    // comes the same way whether or not the account exists.
    {
        QStringLiteral("CREATE TABLE login_attempts (kind TEXT NOT NULL, login TEXT NOT NULL,"
                       " failures INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (kind, login))"),
    },
    // 4: what a member holds (a membership and a concession, the centre's own record); the entitlement last sent to
    // imin for it (contract 3.5), so a change is sent once; and, for a member merged into another, which one.
    {
        QStringLiteral("ALTER TABLE members ADD COLUMN membership_type TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN membership_from TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN membership_until TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN concession TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN concession_proof TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN entitlement_sent TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE members ADD COLUMN merged_into BIGINT NOT NULL DEFAULT 0"),
    },
};

} // namespace

namespace Schema {

int latestVersion()
{
    return int(migrations.size());
}

int version(const Database &db)
{
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool migrate(Database &db, QString *error, int upTo)
{
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    for (int v = version(db); v < std::min(upTo, int(migrations.size())); ++v) {
        Transaction t(db.db());
        for (QString sql : migrations.at(v)) {
            sql.replace(QStringLiteral("{{c}}"),
                        db.kind() == Database::Kind::Postgres ? QStringLiteral("COLLATE \"C\"") : QString());
            if (!q.exec(db.dialect(sql))) {
                *error =
                    QCoreApplication::translate("MemberStore", "Can't upgrade the member database to version %1: %2")
                        .arg(v + 1)
                        .arg(q.lastError().text());
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(v + 1);
        q.addBindValue(nowText());
        if (!run(q) || !t.commit()) {
            *error = QCoreApplication::translate("MemberStore", "Can't record the database upgrade.");
            return false;
        }
    }
    return true;
}

} // namespace Schema

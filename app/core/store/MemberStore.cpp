#include "MemberStore.h"

#include "util/Clock.h"

#include <algorithm>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

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

const char *const memberColumns =
    "id, membership_number, given_name, family_name, email, telephone, birth_date, gender, is13, street, locality,"
    " postcode, emergency_name, emergency_phone, imin_identifier, deleted, created_at, updated_at, version, change_seq,"
    " membership_type, membership_from, membership_until, concession, concession_proof, merged_into";

QString nowText()
{
    return Clock::instance().currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qWarning("member store: %s", qPrintable(q.lastError().text()));
    return false;
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(db), m_open(db.transaction()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool ok() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace

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

namespace {
// A write refused because others hold the database's lock (SQLite's BUSY or LOCKED; PostgreSQL's lock, serialisation
// or deadlock failures) is worth trying again; any other refusal is the storage's.
LocalError::Kind writeFailure(const QSqlError &e)
{
    static const QStringList busy = {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("55P03"),
                                     QStringLiteral("40001"), QStringLiteral("40P01")};
    return busy.contains(e.nativeErrorCode()) ? LocalError::Kind::Busy : LocalError::Kind::Storage;
}
} // namespace

MemberStore::MemberStore() = default;

int MemberStore::latestSchemaVersion()
{
    return int(migrations.size());
}

QString MemberStore::busyMessage()
{
    return tr("The member database is busy. Try again.");
}

QString MemberStore::numberInUseMessage(const QString &number)
{
    return tr("Membership number %1 is already in use.").arg(number);
}

bool MemberStore::open(const QString &location, QString *error)
{
    return m_db.open(location, error) && migrate(error);
}

int MemberStore::schemaVersion() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool MemberStore::migrate(QString *error)
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    for (int v = schemaVersion(); v < migrations.size(); ++v) {
        Transaction t(m_db.db());
        for (QString sql : migrations.at(v)) {
            sql.replace(QStringLiteral("{{c}}"),
                        m_db.kind() == Database::Kind::Postgres ? QStringLiteral("COLLATE \"C\"") : QString());
            if (!q.exec(m_db.dialect(sql))) {
                *error = tr("Can't upgrade the member database to version %1: %2").arg(v + 1).arg(q.lastError().text());
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(v + 1);
        q.addBindValue(nowText());
        if (!run(q) || !t.commit()) {
            *error = tr("Can't record the database upgrade.");
            return false;
        }
    }
    return true;
}

QString MemberStore::normalise(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    out.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    return out.simplified();
}

QString MemberStore::digits(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    if (out.startsWith(QLatin1String("44")) && text.trimmed().startsWith(QLatin1Char('+')))
        out = QLatin1Char('0') + out.mid(2); // +44 20 … and 020 … are the same number
    return out;
}

QString MemberStore::nextMembershipNumber() const
{
    QSqlQuery q(m_db.db());
    qint64 next = 100001;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'next_member_number'")) && q.next())
        next = q.value(0).toLongLong();
    for (;; ++next) {
        q.prepare(QStringLiteral("SELECT 1 FROM members WHERE membership_number = ?"));
        q.addBindValue(QString::number(next));
        if (!run(q) || !q.next())
            break;
    }
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('next_member_number', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(next + 1));
    run(q);
    return QString::number(next);
}

namespace {
void bindPerson(QSqlQuery &q, const Person &p)
{
    q.bindValue(QStringLiteral(":given"), p.givenName.trimmed());
    q.bindValue(QStringLiteral(":family"), p.familyName.trimmed());
    q.bindValue(QStringLiteral(":email"), p.email.trimmed());
    q.bindValue(QStringLiteral(":phone"), p.telephone.trimmed());
    q.bindValue(QStringLiteral(":birth"),
                p.birthDate.isValid() ? QVariant(p.birthDate.toString(Qt::ISODate)) : QVariant(QString()));
    q.bindValue(QStringLiteral(":gender"), p.gender);
    q.bindValue(QStringLiteral(":is13"), p.is13OrOver ? QVariant(*p.is13OrOver ? 1 : 0) : QVariant(-1));
    q.bindValue(QStringLiteral(":street"), p.address.streetAddress);
    q.bindValue(QStringLiteral(":locality"), p.address.addressLocality);
    q.bindValue(QStringLiteral(":postcode"), p.address.postalCode);
    q.bindValue(QStringLiteral(":ename"), p.emergencyContactName);
    q.bindValue(QStringLiteral(":ephone"), p.emergencyContactTelephone);
    const auto day = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    q.bindValue(QStringLiteral(":mtype"), p.membership.type.trimmed());
    q.bindValue(QStringLiteral(":mfrom"), day(p.membership.validFrom));
    q.bindValue(QStringLiteral(":muntil"), day(p.membership.validUntil));
    q.bindValue(QStringLiteral(":concession"), p.membership.concession.trimmed());
    q.bindValue(QStringLiteral(":proof"), day(p.membership.concessionProofSeen));
}
} // namespace

bool MemberStore::addOutbox(qint64 memberId, OutboxEntry::Kind kind)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO outbox (member_id, kind, key, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(OutboxEntry::kindName(kind));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(nowText());
    return run(q);
}

bool MemberStore::markChanged(qint64 memberId)
{
    // Inside the caller's transaction: the member takes the next change number, and (PostgreSQL) every listening desk
    // is told at commit.
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("UPDATE change_counter SET seq = seq + 1 WHERE id = 1")))
        return false;
    q.prepare(
        QStringLiteral("UPDATE members SET change_seq = (SELECT seq FROM change_counter WHERE id = 1) WHERE id = ?"));
    q.addBindValue(memberId);
    if (!run(q))
        return false;
    if (m_db.kind() == Database::Kind::Postgres) {
        q.prepare(QStringLiteral("SELECT pg_notify('%1', ?)").arg(changeChannel()));
        q.addBindValue(QString::number(memberId));
        return run(q);
    }
    return true;
}

qint64 MemberStore::latestChange() const
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT seq FROM change_counter WHERE id = 1")) && q.next() ? q.value(0).toLongLong()
                                                                                             : 0;
}

QVector<qint64> MemberStore::changedSince(qint64 seq, qint64 *latest) const
{
    QVector<qint64> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, change_seq FROM members WHERE change_seq > ? ORDER BY change_seq"));
    q.addBindValue(seq);
    *latest = seq;
    if (!run(q))
        return out;
    while (q.next()) {
        out.append(q.value(0).toLongLong());
        *latest = std::max(*latest, q.value(1).toLongLong());
    }
    return out;
}

bool MemberStore::createMember(Member &member, LocalError *error)
{
    Transaction t(m_db.db());
    if (!t.ok()) {
        *error = LocalError(LocalError::Kind::Busy, busyMessage());
        return false;
    }
    QString number = member.membershipNumber.trimmed();
    if (number.isEmpty())
        number = nextMembershipNumber();
    if (memberByNumber(number)) {
        *error = LocalError(LocalError::Kind::InUse, numberInUseMessage(number));
        return false;
    }
    const QString now = nowText();
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "INSERT INTO members (membership_number, given_name, family_name, email, telephone, birth_date,"
        " gender, is13, street, locality, postcode, emergency_name, emergency_phone, created_at, updated_at,"
        " s_number, s_given, s_family, s_email, s_phone, membership_type, membership_from, membership_until,"
        " concession, concession_proof)"
        " VALUES (:number, :given, :family, :email, :phone, :birth, :gender, :is13, :street, :locality,"
        " :postcode, :ename, :ephone, :created, :updated, :snumber, :sgiven, :sfamily, :semail, :sphone,"
        " COALESCE(:mtype, ''), COALESCE(:mfrom, ''), COALESCE(:muntil, ''), COALESCE(:concession, ''),"
        " COALESCE(:proof, ''))"
        " RETURNING id"));
    q.bindValue(QStringLiteral(":number"), number);
    bindPerson(q, member.person);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    q.bindValue(QStringLiteral(":snumber"), normalise(number));
    q.bindValue(QStringLiteral(":sgiven"), normalise(member.person.givenName));
    q.bindValue(QStringLiteral(":sfamily"), normalise(member.person.familyName));
    q.bindValue(QStringLiteral(":semail"), normalise(member.person.email));
    q.bindValue(QStringLiteral(":sphone"), digits(member.person.telephone));
    if (!run(q) || !q.next()) {
        *error = LocalError(writeFailure(q.lastError()),
                            tr("The member could not be saved: %1").arg(q.lastError().databaseText()));
        return false;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!addOutbox(id, OutboxEntry::Kind::Create) || !markChanged(id) || !t.commit()) {
        *error = LocalError(LocalError::Kind::Storage, tr("The member could not be saved. Try again."));
        return false;
    }
    member.id = id;
    member.membershipNumber = number;
    member.version = 1;
    return true;
}

MemberStore::SaveOutcome MemberStore::updateMember(Member &member, LocalError *error)
{
    Transaction t(m_db.db());
    if (!t.ok()) {
        *error =
            LocalError(LocalError::Kind::Busy, tr("The member database could not be reached. Try again in a moment."));
        return SaveOutcome::Failed;
    }
    const qint64 version = member.version;
    const SaveOutcome outcome = writeMember(member, error);
    if (outcome != SaveOutcome::Saved)
        return outcome;
    if (!t.commit()) {
        member.version = version;
        *error = LocalError(LocalError::Kind::Storage, tr("The change could not be saved. Try again."));
        return SaveOutcome::Failed;
    }
    return SaveOutcome::Saved;
}

MemberStore::SaveOutcome MemberStore::writeMember(Member &member, LocalError *error)
{
    const auto before = this->member(member.id);
    if (!before || before->deleted) {
        *error = LocalError(LocalError::Kind::Deleted,
                            tr("This member was deleted (perhaps at another desk), so the change was not saved."));
        return SaveOutcome::Deleted;
    }
    if (member.version != 0 && before->version != member.version) {
        *error = LocalError(LocalError::Kind::Conflict, tr("Someone else changed this member meanwhile."));
        return SaveOutcome::Conflict;
    }
    const QString number =
        member.membershipNumber.trimmed().isEmpty() ? before->membershipNumber : member.membershipNumber.trimmed();
    if (number != before->membershipNumber && memberByNumber(number)) {
        *error = LocalError(LocalError::Kind::InUse, numberInUseMessage(number));
        return SaveOutcome::Failed;
    }
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("UPDATE members SET membership_number = :number, given_name = :given, family_name = :family,"
                       " email = :email, telephone = :phone, birth_date = :birth, gender = :gender, is13 = :is13,"
                       " street = :street, locality = :locality, postcode = :postcode, emergency_name = :ename,"
                       " emergency_phone = :ephone, membership_type = COALESCE(:mtype, ''),"
                       " membership_from = COALESCE(:mfrom, ''), membership_until = COALESCE(:muntil, ''),"
                       " concession = COALESCE(:concession, ''), concession_proof = COALESCE(:proof, ''),"
                       " updated_at = :updated, s_number = :snumber, s_given = :sgiven,"
                       " s_family = :sfamily, s_email = :semail, s_phone = :sphone, version = version + 1"
                       " WHERE id = :id AND version = :version AND deleted = 0"));
    q.bindValue(QStringLiteral(":number"), number);
    bindPerson(q, member.person);
    q.bindValue(QStringLiteral(":updated"), nowText());
    q.bindValue(QStringLiteral(":snumber"), normalise(number));
    q.bindValue(QStringLiteral(":sgiven"), normalise(member.person.givenName));
    q.bindValue(QStringLiteral(":sfamily"), normalise(member.person.familyName));
    q.bindValue(QStringLiteral(":semail"), normalise(member.person.email));
    q.bindValue(QStringLiteral(":sphone"), digits(member.person.telephone));
    q.bindValue(QStringLiteral(":id"), member.id);
    q.bindValue(QStringLiteral(":version"), before->version);
    if (!run(q)) {
        *error = LocalError(writeFailure(q.lastError()),
                            tr("The change could not be saved: %1").arg(q.lastError().databaseText()));
        return SaveOutcome::Failed;
    }
    if (q.numRowsAffected() != 1) {
        *error = LocalError(LocalError::Kind::Conflict, tr("Someone else changed this member meanwhile."));
        return SaveOutcome::Conflict;
    }
    // Saving again is how a person fixes a change imin refused: failed entries get another go.
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = 0, lease_owner = '', lease_until = 0"
                       " WHERE member_id = ? AND state = 'failed'"));
    q.addBindValue(member.id);
    if (!run(q) || !addOutbox(member.id, OutboxEntry::Kind::Update) || !markChanged(member.id)) {
        *error = LocalError(LocalError::Kind::Storage, tr("The change could not be saved. Try again."));
        return SaveOutcome::Failed;
    }
    member.version = before->version + 1;
    member.membershipNumber = number;
    return SaveOutcome::Saved;
}

MemberStore::SaveOutcome MemberStore::mergeMembers(Member &keep, const Member &gone, LocalError *error)
{
    if (keep.id == gone.id) {
        *error = LocalError(LocalError::Kind::Invalid, tr("A member cannot be merged with themselves."));
        return SaveOutcome::Failed;
    }
    Transaction t(m_db.db());
    if (!t.ok()) {
        *error =
            LocalError(LocalError::Kind::Busy, tr("The member database could not be reached. Try again in a moment."));
        return SaveOutcome::Failed;
    }
    const auto other = member(gone.id);
    if (!other || other->deleted) {
        *error =
            LocalError(LocalError::Kind::Deleted,
                       tr("%1 was deleted (perhaps at another desk), so nothing was merged.").arg(gone.displayName()));
        return SaveOutcome::Deleted;
    }
    if (gone.version != 0 && other->version != gone.version) {
        *error =
            LocalError(LocalError::Kind::Conflict,
                       tr("Someone else changed %1 meanwhile. Look again before merging.").arg(gone.displayName()));
        return SaveOutcome::Conflict;
    }
    const qint64 version = keep.version;
    const SaveOutcome kept = writeMember(keep, error);
    if (kept != SaveOutcome::Saved)
        return kept;
    // The merged record: hidden, its personal details gone (they live on in the kept member), pointing at the kept
    // member. Its imin customer stays (its orders are there; imin has no merge): the kept member's bookings list it.
    // Changes still waiting for it are not sent; one that would have created it at imin is not needed.
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE members SET given_name = '', family_name = '', email = '', telephone = '',"
                             " birth_date = NULL, gender = '', is13 = NULL, street = '', locality = '', postcode = '',"
                             " emergency_name = '', emergency_phone = '', s_given = '', s_family = '', s_email = '',"
                             " s_phone = '', membership_type = '', membership_from = '', membership_until = '',"
                             " concession = '', concession_proof = '', deleted = 1, merged_into = ?, updated_at = ?,"
                             " version = version + 1 WHERE id = ? AND version = ? AND deleted = 0"));
    q.addBindValue(keep.id);
    q.addBindValue(nowText());
    q.addBindValue(gone.id);
    q.addBindValue(other->version);
    bool ok = run(q) && q.numRowsAffected() == 1;
    if (ok) {
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'done', done_at = ?, last_error = 'merged',"
                                 " lease_owner = '', lease_until = 0 WHERE member_id = ? AND state <> 'done'"));
        q.addBindValue(nowText());
        q.addBindValue(gone.id);
        ok = run(q);
    }
    // A kiosk PIN moves over when the kept member has none.
    if (ok && !hasMemberPin(keep.id)) {
        q.prepare(QStringLiteral("UPDATE members SET pin_hash = (SELECT pin_hash FROM members WHERE id = ?),"
                                 " pin_failures = 0, pin_locked_until = 0 WHERE id = ?"));
        q.addBindValue(gone.id);
        q.addBindValue(keep.id);
        ok = run(q);
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE members SET pin_hash = NULL WHERE id = ?"));
        q.addBindValue(gone.id);
        ok = run(q) && markChanged(gone.id);
    }
    if (!ok || !t.commit()) {
        keep.version = version;
        *error = LocalError(LocalError::Kind::Storage, tr("The members could not be merged. Try again."));
        return SaveOutcome::Failed;
    }
    return SaveOutcome::Saved;
}

QStringList MemberStore::mergedIdentifiers(qint64 memberId) const
{
    // Merges can chain (A into B, then B into C): every imin customer that ended up in this member.
    QStringList out;
    QVector<qint64> frontier{memberId};
    QSet<qint64> seen{memberId};
    while (!frontier.isEmpty()) {
        const qint64 id = frontier.takeLast();
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral("SELECT id, imin_identifier FROM members WHERE merged_into = ?"));
        q.addBindValue(id);
        if (!run(q))
            break;
        while (q.next()) {
            const qint64 child = q.value(0).toLongLong();
            if (seen.contains(child))
                continue;
            seen.insert(child);
            frontier.append(child);
            if (const QString identifier = q.value(1).toString(); !identifier.isEmpty())
                out << identifier;
        }
    }
    return out;
}

bool MemberStore::deleteMember(qint64 id, LocalError *error)
{
    Transaction t(m_db.db());
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "UPDATE members SET deleted = 1, updated_at = ?, version = version + 1 WHERE id = ? AND deleted = 0"));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!t.ok() || !run(q) || q.numRowsAffected() != 1) {
        *error = LocalError(LocalError::Kind::Deleted, tr("This member no longer exists."));
        return false;
    }
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = 0, lease_owner = '', lease_until = 0"
                       " WHERE member_id = ? AND state = 'failed'"));
    q.addBindValue(id);
    bool ok = run(q) && addOutbox(id, OutboxEntry::Kind::Delete) && markChanged(id);
    // The right to be forgotten covers the imin customers of records merged into this one, whose orders stayed there.
    QVector<qint64> frontier{id};
    for (int guard = 0; ok && !frontier.isEmpty() && guard < 1000; ++guard) {
        q.prepare(QStringLiteral("SELECT id, imin_identifier FROM members WHERE merged_into = ?"));
        q.addBindValue(frontier.takeLast());
        ok = run(q);
        QVector<qint64> merged;
        while (ok && q.next()) {
            frontier.append(q.value(0).toLongLong());
            if (!q.value(1).toString().isEmpty())
                merged.append(q.value(0).toLongLong());
        }
        for (qint64 m : std::as_const(merged))
            ok = ok && addOutbox(m, OutboxEntry::Kind::Delete);
    }
    if (!ok || !t.commit()) {
        *error = LocalError(LocalError::Kind::Storage, tr("The member could not be deleted. Try again."));
        return false;
    }
    return true;
}

Member MemberStore::memberFrom(const QSqlQuery &q) const
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.membershipNumber = q.value(1).toString();
    m.person.givenName = q.value(2).toString();
    m.person.familyName = q.value(3).toString();
    m.person.email = q.value(4).toString();
    m.person.telephone = q.value(5).toString();
    m.person.birthDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    m.person.gender = q.value(7).toString();
    const int is13 = q.value(8).isNull() ? -1 : q.value(8).toInt();
    if (is13 >= 0)
        m.person.is13OrOver = is13 == 1;
    m.person.address.streetAddress = q.value(9).toString();
    m.person.address.addressLocality = q.value(10).toString();
    m.person.address.postalCode = q.value(11).toString();
    m.person.emergencyContactName = q.value(12).toString();
    m.person.emergencyContactTelephone = q.value(13).toString();
    m.iminIdentifier = q.value(14).toString();
    m.deleted = q.value(15).toInt() != 0;
    m.created = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    m.updated = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    m.version = q.value(18).toLongLong();
    m.changeSeq = q.value(19).toLongLong();
    m.person.membership.type = q.value(20).toString();
    m.person.membership.validFrom = QDate::fromString(q.value(21).toString(), Qt::ISODate);
    m.person.membership.validUntil = QDate::fromString(q.value(22).toString(), Qt::ISODate);
    m.person.membership.concession = q.value(23).toString();
    m.person.membership.concessionProofSeen = QDate::fromString(q.value(24).toString(), Qt::ISODate);
    m.mergedInto = q.value(25).toLongLong();
    return m;
}

std::optional<Member> MemberStore::member(qint64 id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(QLatin1String(memberColumns)));
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    Member m = memberFrom(q);
    m.sync = syncState(m.id);
    return m;
}

std::optional<Member> MemberStore::memberByNumber(const QString &number) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM members WHERE membership_number = ?").arg(QLatin1String(memberColumns)));
    q.addBindValue(number.trimmed());
    if (!run(q) || !q.next())
        return std::nullopt;
    Member m = memberFrom(q);
    m.sync = syncState(m.id);
    return m;
}

std::optional<Member> MemberStore::memberByEmail(const QString &email) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM members WHERE s_email = ? AND deleted = 0 ORDER BY id LIMIT 1")
                  .arg(QLatin1String(memberColumns)));
    q.addBindValue(normalise(email));
    if (!run(q) || !q.next())
        return std::nullopt;
    Member m = memberFrom(q);
    m.sync = syncState(m.id);
    return m;
}

QVector<MemberStore::PossibleDuplicate> MemberStore::possibleDuplicates(const Person &person, qint64 exceptId) const
{
    QVector<PossibleDuplicate> out;
    const QString birth = person.birthDate.isValid() ? person.birthDate.toString(Qt::ISODate) : QString();
    const struct
    {
        QString where;
        QStringList values;
        QString why;
    } rules[] = {
        {QStringLiteral("s_email = ? AND birth_date = ?"),
         {normalise(person.email), birth},
         tr("same email and date of birth")},
        {QStringLiteral("s_given = ? AND s_family = ? AND birth_date = ?"),
         {normalise(person.givenName), normalise(person.familyName), birth},
         tr("same name and date of birth")},
        {QStringLiteral("s_phone = ?"), {digits(person.telephone)}, tr("same telephone number")},
    };
    for (const auto &rule : rules) {
        if (std::any_of(rule.values.begin(), rule.values.end(), [](const QString &v) { return v.isEmpty(); }))
            continue; // nothing to compare: an empty field matches nobody
        if (rule.values.constFirst().size() < 6 && rule.where == QLatin1String("s_phone = ?"))
            continue; // a few digits are no telephone number
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral("SELECT %1 FROM members WHERE %2 AND deleted = 0 AND id <> ? ORDER BY id LIMIT 5")
                      .arg(QLatin1String(memberColumns), rule.where));
        for (const QString &v : rule.values)
            q.addBindValue(v);
        q.addBindValue(exceptId);
        if (!run(q))
            continue;
        while (q.next()) {
            const Member m = memberFrom(q);
            const bool seen =
                std::any_of(out.begin(), out.end(), [&m](const PossibleDuplicate &d) { return d.member.id == m.id; });
            if (!seen)
                out.append({m, rule.why});
        }
    }
    return out;
}

QVector<Member> MemberStore::search(const QString &text, int limit) const
{
    QVector<Member> out;
    const QString needle = normalise(text);
    if (needle.isEmpty() || limit <= 0)
        return out;
    const QStringList words = needle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Clause
    {
        QString where;
        QStringList values;
        QString order; // the indexed column(s) of the range, so LIMIT stops early instead of sorting the range
    };
    auto prefix = [](const char *column) { return QStringLiteral("(%1 >= ? AND %1 < ?)").arg(QLatin1String(column)); };
    auto bounds = [](const QString &p) { return QStringList{p, p + QChar(0xFFFF)}; };
    QVector<Clause> ranked;
    ranked.append({QStringLiteral("s_number = ?"), {needle}, QStringLiteral("s_number")});
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9 +()-]+$"));
    const QString phoneDigits = digits(text);
    if (phoneLike.match(text.trimmed()).hasMatch() && phoneDigits.size() >= 3) {
        // Digits, however they are spaced: a membership number or a telephone number.
        const QString compact = QString(needle).remove(QLatin1Char(' '));
        ranked.append({QStringLiteral("s_number = ?"), {compact}, QStringLiteral("s_number")});
        ranked.append({prefix("s_number"), bounds(compact), QStringLiteral("s_number")});
        ranked.append({prefix("s_phone"), bounds(phoneDigits), QStringLiteral("s_phone")});
    } else if (words.size() == 1) {
        ranked.append({prefix("s_number"), bounds(needle), QStringLiteral("s_number")});
        ranked.append({prefix("s_family"), bounds(needle), QStringLiteral("s_family, s_given")});
        ranked.append({prefix("s_given"), bounds(needle), QStringLiteral("s_given, s_family")});
        ranked.append({prefix("s_email"), bounds(needle), QStringLiteral("s_email")});
    } else {
        const QString first = words.first(), rest = words.mid(1).join(QLatin1Char(' '));
        ranked.append({prefix("s_given") + QStringLiteral(" AND ") + prefix("s_family"), bounds(first) + bounds(rest),
                       QStringLiteral("s_given, s_family")});
        ranked.append({prefix("s_family") + QStringLiteral(" AND ") + prefix("s_given"), bounds(first) + bounds(rest),
                       QStringLiteral("s_family, s_given")});
        ranked.append({prefix("s_family"), bounds(needle), QStringLiteral("s_family, s_given")});
    }
    QSet<qint64> seen;
    QSqlQuery q(m_db.db());
    for (const Clause &c : std::as_const(ranked)) {
        if (out.size() >= limit)
            break;
        q.prepare(QStringLiteral("SELECT %1 FROM members WHERE deleted = 0 AND %2 ORDER BY %3 LIMIT %4")
                      .arg(QLatin1String(memberColumns), c.where, c.order)
                      .arg(limit));
        for (const QString &v : c.values)
            q.addBindValue(v);
        if (!run(q))
            continue;
        while (q.next() && out.size() < limit) {
            Member m = memberFrom(q);
            if (seen.contains(m.id))
                continue;
            seen.insert(m.id);
            out.append(m);
        }
    }
    for (Member &m : out)
        m.sync = syncState(m.id);
    return out;
}

QVector<Member> MemberStore::allMembers() const
{
    QVector<Member> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM members WHERE deleted = 0 ORDER BY membership_number")
                  .arg(QLatin1String(memberColumns)));
    if (!run(q))
        return out;
    while (q.next())
        out.append(memberFrom(q));
    // Sync states in one pass rather than one query per member.
    QHash<qint64, SyncState> states;
    QSqlQuery s(m_db.db());
    s.setForwardOnly(true);
    if (s.exec(QStringLiteral(
            "SELECT member_id, state, attempts, last_error FROM outbox WHERE state <> 'done' ORDER BY id"))) {
        while (s.next()) {
            SyncState &st = states[s.value(0).toLongLong()];
            if (s.value(1).toString() == QLatin1String("failed")) {
                st.state = SyncState::State::Failed;
                st.reason = s.value(3).toString();
            } else if (st.state != SyncState::State::Failed) {
                st.state = SyncState::State::Pending;
                st.attempts = std::max(st.attempts, s.value(2).toInt());
            }
        }
    }
    for (Member &m : out)
        m.sync = states.value(m.id);
    return out;
}

int MemberStore::memberCount() const
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE deleted = 0")) && q.next() ? q.value(0).toInt()
                                                                                                : 0;
}

SyncState MemberStore::syncState(qint64 memberId) const
{
    SyncState s;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT state, attempts, last_error, next_attempt_at FROM outbox"
                             " WHERE member_id = ? AND state <> 'done' ORDER BY id"));
    q.addBindValue(memberId);
    if (!run(q))
        return s;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("failed")) {
            s.state = SyncState::State::Failed;
            s.reason = q.value(2).toString();
            s.advice = tr("Check the member's details and save again, or press Retry.");
            return s;
        }
        if (s.state == SyncState::State::Synced) {
            s.state = SyncState::State::Pending;
            s.attempts = q.value(1).toInt();
            s.reason = q.value(2).toString();
            const qint64 next = q.value(3).toLongLong();
            if (next > 0)
                s.nextAttempt = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
        }
    }
    return s;
}

SyncCounts MemberStore::syncCounts() const
{
    SyncCounts c;
    QSqlQuery q(m_db.db());
    const QString sql =
        QStringLiteral("SELECT COALESCE(s.worst, 0), COUNT(*) FROM members m"
                       " LEFT JOIN (SELECT member_id, MAX(CASE WHEN state = 'failed' THEN 2 ELSE 1 END) AS worst"
                       "            FROM outbox WHERE state <> 'done' GROUP BY member_id) s ON s.member_id = m.id"
                       " WHERE m.deleted = 0 OR s.worst IS NOT NULL GROUP BY COALESCE(s.worst, 0)");
    if (!q.exec(sql))
        return c;
    while (q.next()) {
        const int worst = q.value(0).toInt();
        (worst == 2 ? c.failed : worst == 1 ? c.pending : c.synced) += q.value(1).toInt();
    }
    return c;
}

QVector<Member> MemberStore::failedMembers() const
{
    QVector<Member> out;
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT member_id FROM outbox WHERE state = 'failed' ORDER BY member_id")))
        return out;
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids) {
        if (auto m = member(id))
            out.append(*m);
    }
    return out;
}

bool MemberStore::retryMember(qint64 memberId)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = 0, lease_owner = '', lease_until = 0"
                       " WHERE member_id = ? AND state = 'failed'"));
    q.addBindValue(memberId);
    return run(q);
}

QVector<OutboxEntry> MemberStore::claimEntries(const QString &owner, qint64 nowMs, qint64 leaseMs, int limit)
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

bool MemberStore::releaseLeases(const QString &owner)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET lease_owner = '', lease_until = 0 WHERE lease_owner = ? AND state = 'pending'"));
    q.addBindValue(owner);
    return run(q);
}

QVector<qint64> MemberStore::laterUpdates(const OutboxEntry &entry) const
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

std::optional<qint64> MemberStore::nextAttemptAt() const
{
    QSqlQuery q(m_db.db());
    // A retry's time, or when another worker's lease runs out (a worker that died leaves its entries leased).
    if (!q.exec(QStringLiteral("SELECT MIN(CASE WHEN lease_until > next_attempt_at THEN lease_until"
                               " ELSE next_attempt_at END) FROM outbox WHERE state = 'pending'")) ||
        !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

int MemberStore::pendingCount() const
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

bool MemberStore::makePendingDueNow()
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'pending'"));
}

bool MemberStore::completeEntries(const QVector<qint64> &entryIds)
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

MemberStore::CreateOutcome MemberStore::completeCreate(const OutboxEntry &entry, const QString &iminIdentifier,
                                                       QString *existing)
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
    if (!run(q) || (linked && !markChanged(entry.memberId)) || !t.commit())
        return CreateOutcome::Failed;
    return linked ? CreateOutcome::Linked : CreateOutcome::AlreadyLinked;
}

QString MemberStore::entitlementSent(qint64 memberId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT entitlement_sent FROM members WHERE id = ?"));
    q.addBindValue(memberId);
    return run(q) && q.next() ? q.value(0).toString() : QString();
}

bool MemberStore::setEntitlementSent(qint64 memberId, const QString &signature)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE members SET entitlement_sent = COALESCE(?, '') WHERE id = ?"));
    q.addBindValue(signature);
    q.addBindValue(memberId);
    return run(q);
}

bool MemberStore::queueUpdate(qint64 memberId)
{
    Transaction t(m_db.db());
    return t.ok() && addOutbox(memberId, OutboxEntry::Kind::Update) && t.commit();
}

bool MemberStore::completeDelete(const OutboxEntry &entry)
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
    if (!t.ok() || !run(q) || !markChanged(entry.memberId))
        return false;
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'done', done_at = ?, last_error = '' WHERE member_id = ? AND state <> 'done'"));
    q.addBindValue(nowText());
    q.addBindValue(entry.memberId);
    return run(q) && t.commit();
}

bool MemberStore::scheduleRetry(const OutboxEntry &entry, const QString &error, qint64 atMs)
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

bool MemberStore::markFailed(const OutboxEntry &entry, const QString &reason)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, lease_owner = '',"
                       " lease_until = 0 WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(entry.id);
    return run(q);
}

bool MemberStore::createStaff(const QString &username, StaffRole role, const QString &pinHash, LocalError *error)
{
    if (staff(username)) {
        *error = LocalError(LocalError::Kind::InUse, tr("The username %1 is taken.").arg(username));
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO staff (username, role, pin_hash, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(username.trimmed());
    q.addBindValue(role == StaffRole::Admin ? QStringLiteral("admin") : QStringLiteral("staff"));
    q.addBindValue(pinHash);
    q.addBindValue(nowText());
    if (!run(q)) {
        *error = LocalError(LocalError::Kind::Storage, tr("The staff account could not be saved."));
        return false;
    }
    return true;
}

std::optional<StaffAccount> MemberStore::staff(const QString &username) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, username, role FROM staff WHERE username = ?"));
    q.addBindValue(username.trimmed());
    if (!run(q) || !q.next())
        return std::nullopt;
    return StaffAccount{q.value(0).toLongLong(), q.value(1).toString(),
                        q.value(2).toString() == QLatin1String("admin") ? StaffRole::Admin : StaffRole::Staff};
}

int MemberStore::staffCount() const
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<MemberStore::PinRecord> MemberStore::staffPin(const QString &username) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT pin_hash, pin_failures, pin_locked_until FROM staff WHERE username = ?"));
    q.addBindValue(username.trimmed());
    if (!run(q) || !q.next())
        return std::nullopt;
    return PinRecord{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()};
}

bool MemberStore::setStaffPinState(const QString &username, int failures, qint64 lockedUntilMs)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE staff SET pin_failures = ?, pin_locked_until = ? WHERE username = ?"));
    q.addBindValue(failures);
    q.addBindValue(lockedUntilMs);
    q.addBindValue(username.trimmed());
    return run(q);
}

std::optional<MemberStore::PinRecord> MemberStore::memberPin(qint64 memberId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("SELECT pin_hash, pin_failures, pin_locked_until FROM members WHERE id = ? AND deleted = 0"));
    q.addBindValue(memberId);
    if (!run(q) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return PinRecord{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()};
}

bool MemberStore::setMemberPin(qint64 memberId, const QString &hash)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE members SET pin_hash = ?, pin_failures = 0, pin_locked_until = 0 WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(memberId);
    return run(q);
}

bool MemberStore::setMemberPinState(qint64 memberId, int failures, qint64 lockedUntilMs)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE members SET pin_failures = ?, pin_locked_until = ? WHERE id = ?"));
    q.addBindValue(failures);
    q.addBindValue(lockedUntilMs);
    q.addBindValue(memberId);
    return run(q);
}

std::optional<MemberStore::PinRecord> MemberStore::unknownLogin(const QString &kind, const QString &login) const
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

bool MemberStore::setUnknownLogin(const QString &kind, const QString &login, int failures, qint64 lockedUntilMs)
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

bool MemberStore::hasMemberPin(qint64 memberId) const
{
    return memberPin(memberId).has_value();
}

#include "MemberStore.h"

#include "Schema.h"
#include "StoreSql.h"

#include "util/Clock.h"

#include <algorithm>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace StoreSql;

namespace {
const char *const memberColumns =
    "id, membership_number, given_name, family_name, email, telephone, birth_date, gender, is13, street, locality,"
    " postcode, emergency_name, emergency_phone, imin_identifier, deleted, created_at, updated_at, version, change_seq,"
    " membership_type, membership_from, membership_until, concession, concession_proof, merged_into";
} // namespace

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
    return Schema::latestVersion();
}

int MemberStore::schemaVersion() const
{
    return Schema::version(m_db);
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
    return m_db.open(location, error) && Schema::migrate(m_db, error);
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
    if (ok && !m_credentials.hasMemberPin(keep.id)) {
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

#include "MemberCsv.h"

#include <QThread>

#include "domain/MemberValidation.h"
#include "util/Csv.h"

const QStringList MemberCsv::columns = {
    QStringLiteral("membershipNumber"),
    QStringLiteral("givenName"),
    QStringLiteral("familyName"),
    QStringLiteral("email"),
    QStringLiteral("telephone"),
    QStringLiteral("birthDate"),
    QStringLiteral("gender"),
    QStringLiteral("streetAddress"),
    QStringLiteral("addressLocality"),
    QStringLiteral("postalCode"),
    QStringLiteral("emergencyContactName"),
    QStringLiteral("emergencyContactTelephone"),
    QStringLiteral("membershipType"),
    QStringLiteral("membershipValidFrom"),
    QStringLiteral("membershipValidUntil"),
    QStringLiteral("concession"),
    QStringLiteral("concessionProofSeen"),
};

namespace {
bool samePerson(const Person &a, const Person &b)
{
    return a.givenName == b.givenName && a.familyName == b.familyName && a.email == b.email &&
           a.telephone == b.telephone && a.birthDate == b.birthDate && a.gender == b.gender &&
           a.address.streetAddress == b.address.streetAddress &&
           a.address.addressLocality == b.address.addressLocality && a.address.postalCode == b.address.postalCode &&
           a.emergencyContactName == b.emergencyContactName &&
           a.emergencyContactTelephone == b.emergencyContactTelephone && a.membership.type == b.membership.type &&
           a.membership.validFrom == b.membership.validFrom && a.membership.validUntil == b.membership.validUntil &&
           a.membership.concession == b.membership.concession &&
           a.membership.concessionProofSeen == b.membership.concessionProofSeen;
}
} // namespace

MemberCsv::ImportReport MemberCsv::import(MemberStore &store, const QByteArray &csv, const QString &encoding,
                                          bool allowDuplicates)
{
    ImportReport report;
    // A save that fails while other processes hold the database (terminals syncing) is tried again; in all, an import
    // waits at most a minute for that, so a database that is really broken still ends the import quickly.
    qint64 waitedMs = 0;
    constexpr qint64 maxWaitMs = 60000;
    auto wait = [&waitedMs](int attempt) {
        const unsigned long ms = std::min(100UL << attempt, 2000UL);
        QThread::msleep(ms);
        waitedMs += qint64(ms);
    };
    QVector<Csv::Row> rows;
    QString error, text;
    LocalError saveError; // a row that could not be written
    if (!Csv::decode(csv, encoding, &text, &error)) {
        report.fatal = tr("The file cannot be read as text: %1.").arg(error);
        return report;
    }
    if (!Csv::parse(text, &rows, &error)) {
        report.fatal = tr("The file is not valid CSV: %1").arg(error);
        return report;
    }
    if (rows.isEmpty()) {
        report.fatal = tr("The file is empty: it needs a header row with givenName,familyName,email.");
        return report;
    }
    QHash<QString, int> index;
    for (int i = 0; i < rows.first().fields.size(); ++i) {
        const QString name = rows.first().fields.at(i).trimmed();
        if (index.contains(name)) {
            // Which of two "email" columns is meant? Refused rather than guessed.
            report.fatal = tr("The header names the column \"%1\" twice (columns %2 and %3).")
                               .arg(name)
                               .arg(index.value(name) + 1)
                               .arg(i + 1);
            return report;
        }
        index.insert(name, i);
    }
    QStringList missing;
    for (const char *required : {"givenName", "familyName", "email"}) {
        if (!index.contains(QLatin1String(required)))
            missing << QLatin1String(required);
    }
    if (!missing.isEmpty()) {
        report.fatal = tr("The header row lacks the required column(s) %1.").arg(missing.join(QStringLiteral(", ")));
        return report;
    }
    for (const QString &name : index.keys()) {
        if (!columns.contains(name))
            report.skipped.append({rows.first().line, tr("unknown column \"%1\" ignored").arg(name)});
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Csv::Row &row = rows.at(r);
        auto value = [&](const char *column) {
            const int i = index.value(QLatin1String(column), -1);
            // Fields this program exported carry a leading apostrophe against spreadsheet formulas: taken off again.
            return i >= 0 && i < row.fields.size() ? Csv::unneutralise(row.fields.at(i).trimmed()) : QString();
        };
        Person p;
        p.givenName = value("givenName");
        p.familyName = value("familyName");
        p.email = value("email");
        p.telephone = value("telephone");
        const QString birth = value("birthDate");
        p.birthDate = QDate::fromString(birth, Qt::ISODate);
        const QString gender = value("gender");
        p.gender = MemberValidation::normaliseGender(gender);
        p.address.streetAddress = value("streetAddress");
        p.address.addressLocality = value("addressLocality");
        p.address.postalCode = value("postalCode");
        p.emergencyContactName = value("emergencyContactName");
        p.emergencyContactTelephone = value("emergencyContactTelephone");
        // Membership columns are optional: a file without them leaves what members hold as it is.
        const bool hasMembership =
            index.contains(QStringLiteral("membershipType")) || index.contains(QStringLiteral("concession"));
        QMap<QString, QString> dateProblems;
        auto dateValue = [&](const char *column, QDate *out) {
            const QString text = value(column);
            *out = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !out->isValid())
                dateProblems.insert(QLatin1String(column), tr("Write the date as YYYY-MM-DD."));
        };
        if (hasMembership) {
            p.membership.type = value("membershipType");
            dateValue("membershipValidFrom", &p.membership.validFrom);
            dateValue("membershipValidUntil", &p.membership.validUntil);
            p.membership.concession = value("concession");
            dateValue("concessionProofSeen", &p.membership.concessionProofSeen);
        }
        QMap<QString, QString> problems = MemberValidation::check(p);
        problems.insert(dateProblems);
        if (!birth.isEmpty() && !p.birthDate.isValid())
            problems.insert(QStringLiteral("birthDate"), tr("Write the date of birth as YYYY-MM-DD."));
        if (!gender.isEmpty() && p.gender.isEmpty())
            problems.insert(QStringLiteral("gender"),
                            tr("Write the gender as Female, Male, F or M, or leave it blank."));
        if (const QString bad = MemberValidation::checkText(value("membershipNumber")); !bad.isEmpty())
            problems.insert(QStringLiteral("membershipNumber"), bad);
        if (row.fields.size() != rows.first().fields.size())
            problems.insert(
                QStringLiteral("row"),
                tr("It has %1 fields; the header has %2.").arg(row.fields.size()).arg(rows.first().fields.size()));
        if (!problems.isEmpty()) {
            QStringList reasons;
            for (auto it = problems.constBegin(); it != problems.constEnd(); ++it)
                reasons << it.key() + QStringLiteral(": ") + it.value();
            report.skipped.append({row.line, reasons.join(QStringLiteral("; "))});
            continue;
        }
        p.is13OrOver = MemberValidation::is13OrOver(p.birthDate);
        const QString number = value("membershipNumber");
        std::optional<Member> existing = number.isEmpty() ? std::nullopt : store.memberByNumber(number);
        if (existing && existing->deleted) {
            report.skipped.append({row.line, tr("membership number %1 belongs to a deleted member").arg(number)});
            continue;
        }
        if (!existing) {
            // By email only when it is the same person: a family shares one email (a parent's, for the children),
            // and a child's row must not overwrite the parent.
            existing = store.memberByEmail(p.email);
            if (existing && MemberStore::normalise(existing->person.givenName) != MemberStore::normalise(p.givenName) &&
                !(existing->person.birthDate.isValid() && existing->person.birthDate == p.birthDate))
                existing.reset();
        }
        if (existing && !number.isEmpty() && existing->membershipNumber != number) {
            report.skipped.append(
                {row.line,
                 tr("the email %1 belongs to member %2, not %3").arg(p.email, existing->membershipNumber, number)});
            continue;
        }
        if (existing) {
            // The file's details win over the ones read a moment ago; a sync worker that records imin's reply
            // meanwhile (a new version of the record, same person) is not a reason to drop the row: read again and
            // save again, a few times.
            std::optional<Member> current = existing;
            MemberStore::SaveOutcome outcome = MemberStore::SaveOutcome::Failed;
            bool unchanged = false;
            for (int attempt = 0; attempt < 8 && current; ++attempt) {
                Person wanted = p;
                if (!hasMembership)
                    wanted.membership = current->person.membership;
                if (samePerson(current->person, wanted)) {
                    unchanged = true;
                    break;
                }
                Member m = *current;
                m.person = wanted;
                outcome = store.updateMember(m, &saveError);
                const bool worthWaiting = outcome == MemberStore::SaveOutcome::Failed &&
                                          ::Problem(saveError).canRetry() && waitedMs < maxWaitMs;
                if (outcome != MemberStore::SaveOutcome::Conflict && !worthWaiting)
                    break;
                if (worthWaiting) // others hold the database's lock (terminals syncing): wait, then again
                    wait(attempt);
                current = store.member(existing->id);
            }
            if (unchanged) {
                ++report.unchanged;
                continue;
            }
            if (outcome != MemberStore::SaveOutcome::Saved) {
                report.skipped.append({row.line, saveError.message()});
                continue;
            }
            ++report.updated;
            continue;
        }
        if (!allowDuplicates) {
            const QVector<MemberStore::PossibleDuplicate> twins = store.possibleDuplicates(p);
            if (!twins.isEmpty()) {
                const Member &other = twins.constFirst().member;
                report.skipped.append(
                    {row.line, tr("possible duplicate of %1 (member %2): %3; not imported (use "
                                  "--allow-duplicates to create it anyway)")
                                   .arg(other.displayName(), other.membershipNumber, twins.constFirst().why)});
                continue;
            }
        }
        Member m;
        m.membershipNumber = number;
        m.person = p;
        bool created = store.createMember(m, &saveError);
        for (int attempt = 0; !created && ::Problem(saveError).canRetry() && waitedMs < maxWaitMs && attempt < 8;
             ++attempt) {
            wait(attempt);
            created = store.createMember(m, &saveError);
        }
        if (!created) {
            report.skipped.append({row.line, saveError.message()});
            continue;
        }
        ++report.created;
    }
    return report;
}

QByteArray MemberCsv::exportAll(const MemberStore &store)
{
    // The membership columns come last, so a script reading an older export by position still finds its columns.
    QStringList header = columns.mid(0, columns.indexOf(QStringLiteral("membershipType")));
    header << QStringLiteral("iminIdentifier") << QStringLiteral("syncState");
    header << columns.mid(columns.indexOf(QStringLiteral("membershipType")));
    QByteArray out = Csv::line(header);
    const auto day = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    for (const Member &m : store.allMembers()) {
        const Person &p = m.person;
        const QString state = m.sync.state == SyncState::State::Synced    ? QStringLiteral("synced")
                              : m.sync.state == SyncState::State::Pending ? QStringLiteral("pending")
                                                                          : QStringLiteral("failed");
        out += Csv::line({m.membershipNumber, p.givenName, p.familyName, p.email, p.telephone,
                          p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString(), p.gender,
                          p.address.streetAddress, p.address.addressLocality, p.address.postalCode,
                          p.emergencyContactName, p.emergencyContactTelephone, m.iminIdentifier, state,
                          p.membership.type, day(p.membership.validFrom), day(p.membership.validUntil),
                          p.membership.concession, day(p.membership.concessionProofSeen)});
    }
    return out;
}

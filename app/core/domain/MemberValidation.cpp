#include "MemberValidation.h"

#include "jsonld/JsonLd.h"

#include <QRegularExpression>

bool MemberValidation::isEmail(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$)"));
    return text.size() <= 254 && re.match(text.trimmed()).hasMatch();
}

bool MemberValidation::isUkTelephone(const QString &text)
{
    QString d;
    for (const QChar c : text) {
        if (c.isDigit())
            d += c;
        else if (!QStringLiteral(" +-()").contains(c))
            return false;
    }
    if (text.trimmed().startsWith(QLatin1Char('+'))) {
        if (!d.startsWith(QLatin1String("44")))
            return false;
        d = QLatin1Char('0') + d.mid(2);
    }
    return d.startsWith(QLatin1Char('0')) && (d.size() == 10 || d.size() == 11);
}

std::optional<bool> MemberValidation::is13OrOver(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid())
        return std::nullopt;
    return birthDate.addYears(13) <= today;
}

QString MemberValidation::normaliseGender(const QString &text)
{
    const QString g = JsonLd::localName(text.trimmed()).toLower();
    if (g == QLatin1String("f") || g == QLatin1String("female"))
        return QStringLiteral("Female");
    if (g == QLatin1String("m") || g == QLatin1String("male"))
        return QStringLiteral("Male");
    return {};
}

QString MemberValidation::checkText(const QString &text)
{
    if (text.size() > maxFieldLength)
        return tr("This is too long: at most %1 characters.").arg(maxFieldLength);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            return tr("Remove the control character (such as a tab or line break) from this.");
    }
    return {};
}

QString MemberValidation::parseDate(const QString &text, QDate *date)
{
    const QString t = text.trimmed();
    for (const char *format : {"dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy"}) {
        *date = QDate::fromString(t, QLatin1String(format));
        if (date->isValid())
            return {};
    }
    return tr("Write the date of birth as DD/MM/YYYY, like 24/05/1990.");
}

QMap<QString, QString> MemberValidation::check(const Person &p, const QDate &today)
{
    QMap<QString, QString> problems;
    const QList<QPair<const char *, QString>> texts = {
        {"givenName", p.givenName},
        {"familyName", p.familyName},
        {"email", p.email},
        {"telephone", p.telephone},
        {"streetAddress", p.address.streetAddress},
        {"addressLocality", p.address.addressLocality},
        {"postalCode", p.address.postalCode},
        {"emergencyContactName", p.emergencyContactName},
        {"emergencyContactTelephone", p.emergencyContactTelephone},
        {"membershipType", p.membership.type},
        {"concession", p.membership.concession},
    };
    for (const auto &[key, value] : texts) {
        if (const QString problem = checkText(value); !problem.isEmpty())
            problems.insert(QLatin1String(key), problem);
    }
    auto add = [&problems](const QString &key, const QString &message) {
        if (!problems.contains(key))
            problems.insert(key, message);
    };
    if (p.givenName.trimmed().isEmpty())
        add(QStringLiteral("givenName"), tr("Enter the first name."));
    if (p.familyName.trimmed().isEmpty())
        add(QStringLiteral("familyName"), tr("Enter the last name."));
    if (p.email.trimmed().isEmpty())
        add(QStringLiteral("email"), tr("Enter an email address: imin sends booking confirmations there."));
    else if (!isEmail(p.email))
        add(QStringLiteral("email"), tr("Enter an email address like name@example.com."));
    if (!p.telephone.trimmed().isEmpty() && !isUkTelephone(p.telephone))
        add(QStringLiteral("telephone"), tr("Enter a UK phone number, like 01865 123456 or 07700 900123."));
    if (!p.emergencyContactTelephone.trimmed().isEmpty() && !isUkTelephone(p.emergencyContactTelephone))
        add(QStringLiteral("emergencyContactTelephone"), tr("Enter a UK phone number for the emergency contact."));
    if (p.birthDate.isValid()) {
        if (p.birthDate >= today)
            add(QStringLiteral("birthDate"), tr("The date of birth must be in the past."));
        else if (p.birthDate.year() < 1900)
            add(QStringLiteral("birthDate"), tr("Check the year of birth."));
    }
    if (!p.gender.isEmpty() && normaliseGender(p.gender).isEmpty())
        add(QStringLiteral("gender"), tr("Choose female, male, or leave it blank."));
    const Membership &m = p.membership;
    if (m.type.trimmed().isEmpty() && (m.validFrom.isValid() || m.validUntil.isValid()))
        add(QStringLiteral("membershipType"), tr("Choose the membership these dates are for, or clear the dates."));
    if (m.validFrom.isValid() && m.validUntil.isValid() && m.validUntil < m.validFrom)
        add(QStringLiteral("membershipUntil"), tr("The membership must end on or after the day it starts."));
    if (m.concession.trimmed().isEmpty() && m.concessionProofSeen.isValid())
        add(QStringLiteral("concession"), tr("Choose the concession the proof was for."));
    if (m.concessionProofSeen.isValid() && m.concessionProofSeen > today)
        add(QStringLiteral("concessionProofSeen"), tr("Proof cannot be seen on a day still to come."));
    return problems;
}

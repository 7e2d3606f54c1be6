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

QMap<QString, QString> MemberValidation::check(const Person &p, const QDate &today)
{
    QMap<QString, QString> problems;
    if (p.givenName.trimmed().isEmpty())
        problems.insert(QStringLiteral("givenName"), tr("Enter the first name."));
    if (p.familyName.trimmed().isEmpty())
        problems.insert(QStringLiteral("familyName"), tr("Enter the last name."));
    if (p.email.trimmed().isEmpty())
        problems.insert(QStringLiteral("email"), tr("Enter an email address: imin sends booking confirmations there."));
    else if (!isEmail(p.email))
        problems.insert(QStringLiteral("email"), tr("Enter an email address like name@example.com."));
    if (!p.telephone.trimmed().isEmpty() && !isUkTelephone(p.telephone))
        problems.insert(QStringLiteral("telephone"), tr("Enter a UK phone number, like 01865 123456 or 07700 900123."));
    if (!p.emergencyContactTelephone.trimmed().isEmpty() && !isUkTelephone(p.emergencyContactTelephone))
        problems.insert(QStringLiteral("emergencyContactTelephone"),
                        tr("Enter a UK phone number for the emergency contact."));
    if (p.birthDate.isValid()) {
        if (p.birthDate >= today)
            problems.insert(QStringLiteral("birthDate"), tr("The date of birth must be in the past."));
        else if (p.birthDate.year() < 1900)
            problems.insert(QStringLiteral("birthDate"), tr("Check the year of birth."));
    }
    if (!p.gender.isEmpty() && normaliseGender(p.gender).isEmpty())
        problems.insert(QStringLiteral("gender"), tr("Choose female, male, or leave it blank."));
    return problems;
}

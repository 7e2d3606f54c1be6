#include "MemberMerge.h"

QList<QPair<QString, QString>> MemberMerge::fields()
{
    return {{QStringLiteral("givenName"), tr("First name")},
            {QStringLiteral("familyName"), tr("Last name")},
            {QStringLiteral("email"), tr("Email")},
            {QStringLiteral("telephone"), tr("Telephone")},
            {QStringLiteral("birthDate"), tr("Date of birth")},
            {QStringLiteral("gender"), tr("Gender")},
            {QStringLiteral("streetAddress"), tr("Street address")},
            {QStringLiteral("addressLocality"), tr("Town")},
            {QStringLiteral("postalCode"), tr("Postcode")},
            {QStringLiteral("emergencyContactName"), tr("Emergency contact")},
            {QStringLiteral("emergencyContactTelephone"), tr("Emergency contact phone")},
            {QStringLiteral("membershipType"), tr("Membership")},
            {QStringLiteral("membershipFrom"), tr("Membership valid from")},
            {QStringLiteral("membershipUntil"), tr("Membership valid until")},
            {QStringLiteral("concession"), tr("Concession")},
            {QStringLiteral("concessionProofSeen"), tr("Concession proof seen")}};
}

QString MemberMerge::value(const Person &p, const QString &field)
{
    if (field == QLatin1String("givenName"))
        return p.givenName;
    if (field == QLatin1String("familyName"))
        return p.familyName;
    if (field == QLatin1String("email"))
        return p.email;
    if (field == QLatin1String("telephone"))
        return p.telephone;
    if (field == QLatin1String("birthDate"))
        return p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString();
    if (field == QLatin1String("gender"))
        return p.gender;
    if (field == QLatin1String("streetAddress"))
        return p.address.streetAddress;
    if (field == QLatin1String("addressLocality"))
        return p.address.addressLocality;
    if (field == QLatin1String("postalCode"))
        return p.address.postalCode;
    if (field == QLatin1String("emergencyContactName"))
        return p.emergencyContactName;
    if (field == QLatin1String("emergencyContactTelephone"))
        return p.emergencyContactTelephone;
    const auto day = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    if (field == QLatin1String("membershipType"))
        return p.membership.type;
    if (field == QLatin1String("membershipFrom"))
        return day(p.membership.validFrom);
    if (field == QLatin1String("membershipUntil"))
        return day(p.membership.validUntil);
    if (field == QLatin1String("concession"))
        return p.membership.concession;
    if (field == QLatin1String("concessionProofSeen"))
        return day(p.membership.concessionProofSeen);
    return {};
}

void MemberMerge::setValue(Person &p, const QString &field, const QString &value)
{
    if (field == QLatin1String("givenName"))
        p.givenName = value;
    else if (field == QLatin1String("familyName"))
        p.familyName = value;
    else if (field == QLatin1String("email"))
        p.email = value;
    else if (field == QLatin1String("telephone"))
        p.telephone = value;
    else if (field == QLatin1String("birthDate"))
        p.birthDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("gender"))
        p.gender = value;
    else if (field == QLatin1String("streetAddress"))
        p.address.streetAddress = value;
    else if (field == QLatin1String("addressLocality"))
        p.address.addressLocality = value;
    else if (field == QLatin1String("postalCode"))
        p.address.postalCode = value;
    else if (field == QLatin1String("emergencyContactName"))
        p.emergencyContactName = value;
    else if (field == QLatin1String("emergencyContactTelephone"))
        p.emergencyContactTelephone = value;
    else if (field == QLatin1String("membershipType"))
        p.membership.type = value;
    else if (field == QLatin1String("membershipFrom"))
        p.membership.validFrom = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("membershipUntil"))
        p.membership.validUntil = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("concession"))
        p.membership.concession = value;
    else if (field == QLatin1String("concessionProofSeen"))
        p.membership.concessionProofSeen = QDate::fromString(value, Qt::ISODate);
}

MemberMerge::Result MemberMerge::merge(const Person &base, const Person &mine, const Person &theirs)
{
    Result r;
    r.merged = mine;
    for (const auto &[field, label] : fields()) {
        const QString b = value(base, field), m = value(mine, field), t = value(theirs, field);
        if (t == b || t == m)
            continue; // only this desk changed it, or both made the same change
        if (m == b) {
            setValue(r.merged, field, t); // only the other desk changed it
            r.takenFromTheirs << label;
            continue;
        }
        r.conflicts.append({field, label, m, t});
    }
    if (r.merged.birthDate.isValid())
        r.merged.is13OrOver = theirs.birthDate == r.merged.birthDate ? theirs.is13OrOver : mine.is13OrOver;
    return r;
}

Person MemberMerge::resolve(const Result &result, const Person &theirs, const QStringList &useTheirs)
{
    Person p = result.merged;
    for (const Conflict &c : result.conflicts) {
        if (useTheirs.contains(c.field))
            setValue(p, c.field, value(theirs, c.field));
    }
    return p;
}

#include "domain/Restrictions.h"

#include "util/Iso8601.h"
#include "util/Text.h"

#include <QLocale>

namespace Restrictions {

namespace {
QString ageRangeText(const std::optional<int> &min, const std::optional<int> &max)
{
    if (min && max)
        return *min <= 0 ? QCoreApplication::translate("Restrictions", "ages %1 and under").arg(*max)
                         : QCoreApplication::translate("Restrictions", "ages %1 to %2").arg(*min).arg(*max);
    if (min)
        return QCoreApplication::translate("Restrictions", "ages %1 and over").arg(*min);
    if (max)
        return QCoreApplication::translate("Restrictions", "ages %1 and under").arg(*max);
    return {};
}
} // namespace

bool needsMembership(const EventSeries &s)
{
    const bool adult = !s.publicAdult.isEmpty(), junior = !s.publicJunior.isEmpty();
    if (!adult && !junior)
        return false;
    return (!adult || s.publicAdult.membershipRequired) && (!junior || s.publicJunior.membershipRequired);
}

QStringList facts(const EventSeries &s)
{
    QStringList out;
    if (s.genderRestriction == QLatin1String("MaleOnly"))
        out << QCoreApplication::translate("Restrictions", "Men only");
    else if (s.genderRestriction == QLatin1String("FemaleOnly"))
        out << QCoreApplication::translate("Restrictions", "Women only");
    if (needsMembership(s))
        out << QCoreApplication::translate("Restrictions", "Members only");
    if (s.isOnline())
        out << QCoreApplication::translate("Restrictions", "Online class");
    else if (s.isMixed())
        out << QCoreApplication::translate("Restrictions", "In person or online");
    return out;
}

QString whyNotSeries(const EventSeries &s, const Who &who)
{
    if (s.genderRestriction == QLatin1String("MaleOnly") && who.gender == QLatin1String("Female"))
        return who.you ? QCoreApplication::translate("Restrictions", "This session is for men only.")
                       : QCoreApplication::translate("Restrictions",
                                                     "This session is for men only; %1's details say female.")
                             .arg(who.name);
    if (s.genderRestriction == QLatin1String("FemaleOnly") && who.gender == QLatin1String("Male"))
        return who.you ? QCoreApplication::translate("Restrictions", "This session is for women only.")
                       : QCoreApplication::translate("Restrictions",
                                                     "This session is for women only; %1's details say male.")
                             .arg(who.name);
    if (who.age && ((s.ageMin && *who.age < *s.ageMin) || (s.ageMax && *who.age > *s.ageMax))) {
        const QString range = ageRangeText(s.ageMin, s.ageMax);
        return who.you ? QCoreApplication::translate("Restrictions", "This session is for %1; you are %2.")
                             .arg(range)
                             .arg(*who.age)
                       : QCoreApplication::translate("Restrictions", "This session is for %1; %2 is %3 on that day.")
                             .arg(range, who.name)
                             .arg(*who.age);
    }
    if (needsMembership(s) && !who.hasMembership)
        return who.you ? QCoreApplication::translate(
                             "Restrictions",
                             "This session is for members with a membership. Ask at reception about joining.")
                       : QCoreApplication::translate(
                             "Restrictions", "This session is for members with a membership; %1 has none on record.")
                             .arg(who.name);
    return {};
}

void setHolding(Who &who, const Membership &membership, const QDate &day)
{
    who.hasMembership = membership.activeOn(day);
    who.hasConcession = membership.concessionOn(day);
    who.membershipExpired = !who.hasMembership && membership.validUntil.isValid() && day > membership.validUntil
                                ? membership.type
                                : QString();
}

namespace {
QString day(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}
} // namespace

QString holdingText(const Membership &m, const QDate &today)
{
    QString text;
    if (m.type.isEmpty())
        text = QCoreApplication::translate("Restrictions", "No membership");
    else if (m.validFrom.isValid() && today < m.validFrom)
        text = QCoreApplication::translate("Restrictions", "%1 membership from %2").arg(m.type, day(m.validFrom));
    else if (m.validUntil.isValid() && today > m.validUntil)
        text = QCoreApplication::translate("Restrictions", "%1 membership ended %2").arg(m.type, day(m.validUntil));
    else if (m.validUntil.isValid())
        text = QCoreApplication::translate("Restrictions", "%1 membership to %2").arg(m.type, day(m.validUntil));
    else
        text = QCoreApplication::translate("Restrictions", "%1 membership").arg(m.type);
    if (m.concessionOn(today))
        text += QStringLiteral(" · ") + QCoreApplication::translate("Restrictions", "%1 concession").arg(m.concession);
    else if (!m.concession.isEmpty())
        text += QStringLiteral(" · ") +
                QCoreApplication::translate("Restrictions", "%1 concession (proof needed)").arg(m.concession);
    return text;
}

QString holdingWarning(const Membership &m, const QDate &today, const QString &name)
{
    QStringList out;
    if (!m.type.isEmpty() && m.validUntil.isValid()) {
        if (today > m.validUntil)
            out << QCoreApplication::translate("Restrictions",
                                               "%1's %2 membership ended on %3: member prices are not offered until "
                                               "it is renewed.")
                       .arg(name, m.type, day(m.validUntil));
        else if (today.daysTo(m.validUntil) < 14)
            out << QCoreApplication::translate("Restrictions",
                                               "%1's %2 membership ends on %3: member prices stop after that day.")
                       .arg(name, m.type, day(m.validUntil));
    }
    if (!m.concession.isEmpty() && m.concessionProofSeen.isValid() && today > m.concessionProofUntil())
        out << QCoreApplication::translate("Restrictions",
                                           "Proof of %1's %2 concession was last seen on %3, over a year ago: see it "
                                           "again to give concession prices.")
                   .arg(name, m.concession, day(m.concessionProofSeen));
    else if (!m.concession.isEmpty() && !m.concessionProofSeen.isValid())
        out << QCoreApplication::translate("Restrictions",
                                           "%1's %2 concession needs proof seen before concession prices are offered.")
                   .arg(name, m.concession);
    return out.join(QLatin1Char(' '));
}

QString whyNotOffer(const Offer &o, const Who &who)
{
    if (o.isMembersOnly() && !who.hasMembership) {
        if (!who.membershipExpired.isEmpty())
            return who.you ? QCoreApplication::translate(
                                 "Restrictions", "Members only: your membership has ended. Ask at reception to renew.")
                           : QCoreApplication::translate("Restrictions",
                                                         "Members only: %1's %2 membership has ended by then.")
                                 .arg(who.name, who.membershipExpired);
        return who.you ? QCoreApplication::translate("Restrictions", "Members only. Ask at reception about membership.")
                       : QCoreApplication::translate("Restrictions", "Members only: %1 has no membership on record.")
                             .arg(who.name);
    }
    if (o.isConcession() && !who.hasConcession)
        return who.you ? QCoreApplication::translate("Restrictions",
                                                     "Concession price: show your proof at reception first.")
                       : QCoreApplication::translate(
                             "Restrictions", "Concession price: %1 has no concession with proof seen on record.")
                             .arg(who.name);
    return {};
}

QDateTime bookingOpens(const Offer &o, const EventSeries &s, const QDateTime &start)
{
    QString window = o.validFromBeforeStartDate;
    if (window.isEmpty())
        window = s.publicAdult.validFromBeforeStartDate;
    if (window.isEmpty())
        window = s.publicJunior.validFromBeforeStartDate;
    const std::optional<qint64> ms = window.isEmpty() ? std::nullopt : Iso8601::parseDurationMs(window);
    if (!ms || !start.isValid())
        return {};
    return start.addMSecs(-*ms);
}

QDateTime bookingOpens(const QVector<Offer> &offers, const EventSeries &s, const QDateTime &start)
{
    if (offers.isEmpty())
        return bookingOpens(Offer{}, s, start);
    QDateTime earliest;
    for (const Offer &o : offers) {
        const QDateTime at = bookingOpens(o, s, start);
        if (!at.isValid())
            return {}; // a level without a window can be booked now
        if (!earliest.isValid() || at < earliest)
            earliest = at;
    }
    return earliest;
}

QString notOpenYet(const QDateTime &opens, const QDateTime &now)
{
    if (!opens.isValid() || opens <= now)
        return {};
    return QCoreApplication::translate("Restrictions", "Booking opens %1").arg(Text::when(opens));
}

QString onlineText(const EventSeries &s)
{
    if (s.isOnline())
        return QCoreApplication::translate("Restrictions",
                                           "Online class: joined from home by video link. There is no venue to go to.");
    if (s.isMixed())
        return QCoreApplication::translate("Restrictions", "Can also be joined online.");
    return {};
}

} // namespace Restrictions

#include "Entitlements.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Entitlements {

namespace {
// The moment a centre's day ends: midnight at its start of the next day, London time.
QDateTime endOf(const QDate &day)
{
    return QDateTime(day.addDays(1), QTime(0, 0), Clock::zone()).toUTC();
}
} // namespace

QString Plan::signature() const
{
    return typeId.isEmpty() ? QString() : typeId + QLatin1Char('|') + validUntil.toString(Qt::ISODate);
}

Plan planFor(const Membership &m, const QDate &today, const ImminConfig &config)
{
    Plan p;
    const bool membershipGoing = !m.type.isEmpty() && (!m.validUntil.isValid() || today <= m.validUntil);
    if (membershipGoing && !config.membershipEntitlement.isEmpty()) {
        p.typeId = config.membershipEntitlement;
        p.validUntil = endOf(m.validUntil.isValid() ? m.validUntil : today.addYears(5));
        // Search asks for the member's prices only while the membership covers today.
        if (m.activeOn(today))
            p.filter = config.membershipEntitlementFilter;
        return p;
    }
    if (m.concessionOn(today) && !config.concessionEntitlement.isEmpty()) {
        p.typeId = config.concessionEntitlement;
        p.validUntil = endOf(m.concessionProofUntil());
        p.filter = config.concessionEntitlementFilter;
    }
    return p;
}

Plan ending(const QString &sentSignature, const QDateTime &now)
{
    Plan p;
    p.typeId = sentSignature.section(QLatin1Char('|'), 0, 0);
    p.validUntil = now.toUTC();
    return p;
}

QJsonObject actionBody(const Plan &plan, const ImminConfig &config, QString *error)
{
    QString text = config.entitlementObject;
    text.replace(QLatin1String("{entitlementType}"), plan.typeId);
    text.replace(QLatin1String("{validUntil}"), plan.validUntil.toUTC().toString(Qt::ISODate));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("Entitlements",
                                             "The entitlement body in the settings (entitlements/object) is not a JSON "
                                             "object: %1.")
                     .arg(parse.errorString());
        return {};
    }
    return {{QStringLiteral("@context"), QStringLiteral("https://openactive.io/")},
            {QStringLiteral("@type"), QStringLiteral("imin:EntitlementUpdateAction")},
            {QStringLiteral("actionStatus"), QStringLiteral("https://schema.org/CompletedActionStatus")},
            {QStringLiteral("object"), doc.object()}};
}

} // namespace Entitlements

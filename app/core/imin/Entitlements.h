#pragma once

#include "domain/Domain.h"
#include "ImminConfig.h"

#include <QDateTime>
#include <QJsonObject>

// What a member's membership and concession mean at imin (contract 3.5): the one entitlement a customer holds (a
// new one replaces the last), and the entitlementFilter that search asks with for its prices.
namespace Entitlements {

struct Plan
{
    QString typeId;       // the entitlement type to hold; empty: none
    QDateTime validUntil; // when it ends
    QString filter;       // the entitlementFilter token for search; empty: none configured
    // What was sent, as recorded against the member: a change of type or end is sent again, nothing else is.
    QString signature() const;
};

// The entitlement `membership` calls for on `today`: the membership while it has not ended (it comes first), else a
// concession with proof seen; none when neither is configured or held. A membership without an end date is sent as
// ending five years after `today` (imin needs a validUntil); a concession ends when its proof is a year old.
Plan planFor(const Membership &membership, const QDate &today, const ImminConfig &config);

// A plan that ends what `sentSignature` recorded, now (the member no longer holds it).
Plan ending(const QString &sentSignature, const QDateTime &now);

// The imin:EntitlementUpdateAction body for `plan`, from the configured Entitlement object; empty with `error` set
// when that object is not valid JSON.
QJsonObject actionBody(const Plan &plan, const ImminConfig &config, QString *error);

} // namespace Entitlements

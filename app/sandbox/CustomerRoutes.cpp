// Customer Account Management (contract section 3) and entitlements (3.5).
#include "SandboxServer.h"

#include "jsonld/JsonLd.h"
#include "util/Clock.h"
#include "util/Iso8601.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Sandbox {

namespace {

const QString context = QStringLiteral("https://openactive.io/");

QString nowText()
{
    return Iso8601::formatDateTime(Clock::instance().currentDateTimeUtc());
}

QString newIdentifier()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < 10; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return out;
}

bool isEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(text).hasMatch();
}

// Person fields a CustomerUpdateAction or PATCH may change.
const QStringList personFields{
    QStringLiteral("email"),           QStringLiteral("telephone"), QStringLiteral("givenName"),
    QStringLiteral("familyName"),      QStringLiteral("birthDate"), QStringLiteral("gender"),
    QStringLiteral("imin:is13OrOver"), QStringLiteral("address"),   QStringLiteral("emergencyContact")};

struct Entitlement
{
    const char *key;
    const char *label;
};
const Entitlement entitlementList[] = {{"membership", "Full Membership"},
                                       {"resident", "Resident Discount"},
                                       {"concession", "Concession"},
                                       {"staff", "Staff Rate"}};

QString entitlementBase()
{
    return QStringLiteral("https://meta.imin.co/v2/activedesk-sandbox/entitlements");
}

} // namespace

QJsonArray SandboxServer::validatePerson(const QJsonObject &person, const QString &prefix, bool requireNames)
{
    QJsonArray problems;
    auto textField = [&](const char *key, bool required) {
        const QJsonValue v = person.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                problems.append(invalidParam(prefix + QLatin1String(key), QStringLiteral("is required")));
            return;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty())
            problems.append(invalidParam(prefix + QLatin1String(key), QStringLiteral("must be a non-empty string")));
    };
    textField("email", requireNames);
    textField("givenName", requireNames);
    textField("familyName", requireNames);
    textField("telephone", false);
    const QString email = person.value(QStringLiteral("email")).toString();
    if (person.value(QStringLiteral("email")).isString() && !email.trimmed().isEmpty() && !isEmail(email))
        problems.append(invalidParam(prefix + QStringLiteral("email"), QStringLiteral("is not an email address")));
    if (person.contains(QStringLiteral("birthDate"))) {
        const QDate d = QDate::fromString(person.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
        if (!d.isValid() || d > Clock::instance().localDate())
            problems.append(invalidParam(prefix + QStringLiteral("birthDate"),
                                         QStringLiteral("must be a past date as YYYY-MM-DD")));
    }
    if (person.contains(QStringLiteral("gender"))) {
        const QString g = JsonLd::localName(person.value(QStringLiteral("gender")).toString());
        if (g != QLatin1String("Female") && g != QLatin1String("Male"))
            problems.append(
                invalidParam(prefix + QStringLiteral("gender"),
                             QStringLiteral("must be https://schema.org/Female or https://schema.org/Male")));
    }
    if (person.contains(QStringLiteral("imin:is13OrOver")) && !person.value(QStringLiteral("imin:is13OrOver")).isBool())
        problems.append(
            invalidParam(prefix + QStringLiteral("imin:is13OrOver"), QStringLiteral("must be true or false")));
    for (const char *objectKey : {"address", "emergencyContact"}) {
        if (person.contains(QLatin1String(objectKey)) && !person.value(QLatin1String(objectKey)).isObject())
            problems.append(invalidParam(prefix + QLatin1String(objectKey), QStringLiteral("must be an object")));
    }
    return problems;
}

QJsonObject SandboxServer::renderCustomer(const Context &ctx, const CustomerRecord &c) const
{
    QJsonObject out = c.account;
    out.insert(QStringLiteral("@id"), ctx.origin + QStringLiteral("/api/v2/customer-accounts/") + c.identifier);
    out.insert(QStringLiteral("identifier"), c.identifier);
    return out;
}

HttpResponse SandboxServer::createCustomer(Context &ctx)
{
    QJsonObject body;
    HttpResponse failure;
    if (!readJsonBody(ctx.request, &body, &failure))
        return failure;
    QJsonArray problems;
    if (!body.contains(QStringLiteral("@context")))
        problems.append(invalidParam(QStringLiteral("@context"), QStringLiteral("is required")));
    if (!body.contains(QStringLiteral("@type")) && !body.contains(QStringLiteral("type")))
        problems.append(invalidParam(QStringLiteral("@type"), QStringLiteral("is required")));
    else if (!JsonLd::hasType(body, QStringLiteral("CustomerAccount")))
        problems.append(invalidParam(QStringLiteral("@type"), QStringLiteral("must be CustomerAccount")));
    const QJsonValue customerValue = body.value(QStringLiteral("customer"));
    QJsonObject person = customerValue.toObject();
    if (!customerValue.isObject()) {
        problems.append(invalidParam(QStringLiteral("customer"), QStringLiteral("is required and must be an object")));
    } else {
        if (JsonLd::typeOf(person).isEmpty())
            problems.append(invalidParam(QStringLiteral("customer.@type"), QStringLiteral("is required")));
        else if (!JsonLd::hasType(person, QStringLiteral("Person")))
            problems.append(invalidParam(QStringLiteral("customer.@type"), QStringLiteral("must be Person")));
        for (const QJsonValue &p : validatePerson(person, QStringLiteral("customer."), true))
            problems.append(p);
    }
    if (!problems.isEmpty()) {
        return error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid customer account"),
                     QStringLiteral("The customer account is missing required fields or has invalid values."),
                     problems);
    }
    // A repeated create with the same Idempotency-Key returns the customer the first one made (gap 12.6).
    const QString key =
        m_options.honourIdempotencyKey ? QString::fromUtf8(ctx.request.header("idempotency-key")).trimmed() : QString();
    // Counted for exactly-once tests: every create that reached imin, and those repeating a key already seen (a
    // create whose answer was lost, sent again) whether or not the key is honoured.
    ++m_stats.createCalls;
    const QString seenKey = QString::fromUtf8(ctx.request.header("idempotency-key")).trimmed();
    if (!seenKey.isEmpty() && m_keysSeen.contains(seenKey))
        ++m_stats.repeatedKeys;
    if (!seenKey.isEmpty())
        m_keysSeen.insert(seenKey);
    if (!key.isEmpty()) {
        const QString existing = m_store.customerForIdempotencyKey(key, ctx.tenant);
        if (const auto c = existing.isEmpty() ? std::nullopt : m_store.customer(ctx.tenant, existing)) {
            const QJsonObject out = renderCustomer(ctx, *c);
            HttpResponse r = jsonResponse(201, out);
            r.setHeader("Location", out.value(QStringLiteral("@id")).toString().toUtf8());
            r.setHeader("Idempotent-Replayed", "true");
            return r;
        }
    }
    CustomerRecord c;
    c.identifier = newIdentifier();
    c.tenant = ctx.tenant;
    c.created = c.updated = nowText();
    QJsonObject account = body;
    account.remove(QStringLiteral("@id"));
    account.remove(QStringLiteral("id"));
    account.remove(QStringLiteral("identifier"));
    c.account = account;
    const bool saved = m_store.begin() && m_store.insertCustomer(c) &&
                       (key.isEmpty() || m_store.rememberIdempotencyKey(key, ctx.tenant, c.identifier, c.created)) &&
                       m_store.commit();
    if (!saved) {
        m_store.rollback();
        return storageBusy();
    }
    const QJsonObject out = renderCustomer(ctx, c);
    HttpResponse r = jsonResponse(201, out);
    r.setHeader("Location", out.value(QStringLiteral("@id")).toString().toUtf8());
    return r;
}

HttpResponse SandboxServer::getCustomer(Context &ctx)
{
    const auto c = m_store.customer(ctx.tenant, ctx.match.captured(1));
    if (!c) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Customer not found"),
                     QStringLiteral("There is no customer account %1.").arg(ctx.match.captured(1)));
    }
    return jsonResponse(200, renderCustomer(ctx, *c));
}

HttpResponse SandboxServer::customerAction(Context &ctx)
{
    QJsonObject body;
    HttpResponse failure;
    if (!readJsonBody(ctx.request, &body, &failure))
        return failure;
    auto c = m_store.customer(ctx.tenant, ctx.match.captured(1));
    if (!c || c->deleted) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Customer not found"),
                     QStringLiteral("There is no customer account %1%2.")
                         .arg(ctx.match.captured(1), c ? QStringLiteral(" (it was deleted)") : QString()));
    }
    const QString type = JsonLd::localName(JsonLd::typeOf(body));
    const QJsonObject object = body.value(QStringLiteral("object")).toObject();
    if (type == QLatin1String("EntitlementUpdateAction")) {
        QJsonArray problems;
        const QString typeId = JsonLd::idOf(object.value(QStringLiteral("entitlementType")).toObject()).isEmpty()
                                   ? object.value(QStringLiteral("entitlementType")).toString()
                                   : JsonLd::idOf(object.value(QStringLiteral("entitlementType")).toObject());
        QString label;
        for (const Entitlement &e : entitlementList) {
            if (typeId == entitlementBase() + QLatin1Char('#') + QLatin1String(e.key))
                label = QLatin1String(e.label);
        }
        if (label.isEmpty())
            problems.append(invalidParam(QStringLiteral("object.entitlementType"),
                                         QStringLiteral("must be the id of one of /entitlements")));
        const QString until =
            object.value(QStringLiteral("validUntil")).toString(object.value(QStringLiteral("expires")).toString());
        if (!Iso8601::parseDateTime(until).isValid())
            problems.append(
                invalidParam(QStringLiteral("object.validUntil"), QStringLiteral("must be an ISO 8601 date-time")));
        if (!problems.isEmpty()) {
            return error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid entitlement"),
                         QStringLiteral("The entitlement update is not valid."), problems);
        }
        const QJsonObject entitlement{
            {QStringLiteral("@type"), QStringLiteral("Entitlement")},
            {QStringLiteral("expires"), until},
            {QStringLiteral("entitlementType"), QJsonObject{{QStringLiteral("id"), typeId},
                                                            {QStringLiteral("type"), QStringLiteral("Concept")},
                                                            {QStringLiteral("prefLabel"), label}}}};
        c->account.insert(QStringLiteral("entitlement"), entitlement);
        c->updated = nowText();
        if (!m_store.updateCustomer(*c))
            return storageBusy();
        return jsonResponse(
            200, {{QStringLiteral("@context"), context},
                  {QStringLiteral("@type"), QStringLiteral("imin:EntitlementUpdateAction")},
                  {QStringLiteral("actionStatus"), QStringLiteral("https://schema.org/CompletedActionStatus")},
                  {QStringLiteral("object"), entitlement}});
    }
    if (type != QLatin1String("CustomerUpdateAction")) {
        return error(
            400, QStringLiteral("OpenBookingError"), QStringLiteral("Unknown action"),
            QStringLiteral("The action must be a CustomerUpdateAction or imin:EntitlementUpdateAction."),
            QJsonArray{invalidParam(QStringLiteral("@type"),
                                    QStringLiteral("must be CustomerUpdateAction or imin:EntitlementUpdateAction"))});
    }
    QJsonArray problems = validatePerson(object, QStringLiteral("object."), false);
    bool any = false;
    for (const QString &field : personFields)
        any = any || object.contains(field);
    if (!body.value(QStringLiteral("object")).isObject() || !any)
        problems.append(
            invalidParam(QStringLiteral("object"), QStringLiteral("must hold at least one Person field to change")));
    if (!problems.isEmpty()) {
        return error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid update"),
                     QStringLiteral("The customer update is not valid; nothing was changed."), problems);
    }
    QJsonObject person = c->account.value(QStringLiteral("customer")).toObject();
    QJsonObject changed{{QStringLiteral("@type"), QStringLiteral("Person")}};
    for (const QString &field : personFields) {
        if (object.contains(field) && person.value(field) != object.value(field)) {
            person.insert(field, object.value(field));
            changed.insert(field, object.value(field));
        }
    }
    c->account.insert(QStringLiteral("customer"), person);
    c->updated = nowText();
    if (!m_store.updateCustomer(*c))
        return storageBusy();
    QJsonObject out{{QStringLiteral("@context"), context},
                    {QStringLiteral("@type"), QStringLiteral("CustomerUpdateAction")},
                    {QStringLiteral("actionStatus"), QStringLiteral("https://schema.org/CompletedActionStatus")},
                    {QStringLiteral("object"), changed}};
    // The sandbox has no Linked Accounts, so every named Seller is reported as a failure.
    QJsonArray sellerErrors;
    for (const QJsonValue &seller : JsonLd::asArray(body.value(QStringLiteral("seller")))) {
        sellerErrors.append(
            QJsonObject{{QStringLiteral("@type"), QStringLiteral("OpenBookingError")},
                        {QStringLiteral("description"),
                         QStringLiteral("The customer has no linked account with %1.").arg(seller.toString())}});
    }
    if (!sellerErrors.isEmpty())
        out.insert(QStringLiteral("error"), sellerErrors);
    return jsonResponse(200, out);
}

HttpResponse SandboxServer::patchCustomer(Context &ctx)
{
    QJsonObject body;
    HttpResponse failure;
    if (!readJsonBody(ctx.request, &body, &failure))
        return failure;
    auto c = m_store.customer(ctx.tenant, ctx.match.captured(1));
    if (!c || c->deleted) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Customer not found"),
                     QStringLiteral("There is no customer account %1.").arg(ctx.match.captured(1)));
    }
    // The worked example's flat Person; a nested `customer` object is accepted too.
    const QJsonObject fields =
        body.value(QStringLiteral("customer")).isObject() ? body.value(QStringLiteral("customer")).toObject() : body;
    QJsonArray problems = validatePerson(fields, QString(), false);
    bool any = false;
    for (const QString &field : personFields)
        any = any || fields.contains(field);
    if (!any)
        problems.append(
            invalidParam(QStringLiteral("body"), QStringLiteral("must hold at least one Person field to change")));
    if (!problems.isEmpty()) {
        return error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid update"),
                     QStringLiteral("The customer update is not valid; nothing was changed."), problems);
    }
    QJsonObject person = c->account.value(QStringLiteral("customer")).toObject();
    for (const QString &field : personFields) {
        if (fields.contains(field))
            person.insert(field, fields.value(field));
    }
    c->account.insert(QStringLiteral("customer"), person);
    c->updated = nowText();
    if (!m_store.updateCustomer(*c))
        return storageBusy();
    return jsonResponse(200, renderCustomer(ctx, *c));
}

HttpResponse SandboxServer::deleteCustomer(Context &ctx)
{
    auto c = m_store.customer(ctx.tenant, ctx.match.captured(1));
    if (!c) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Customer not found"),
                     QStringLiteral("There is no customer account %1.").arg(ctx.match.captured(1)));
    }
    if (!c->deleted) {
        // Erasure: personal data replaced by placeholders; orders that embed the customer show them too.
        const QJsonObject placeholder{
            {QStringLiteral("@type"), QStringLiteral("Person")},
            {QStringLiteral("givenName"), QStringLiteral("Deleted")},
            {QStringLiteral("familyName"), QStringLiteral("Deleted")},
            {QStringLiteral("email"), QStringLiteral("deleted-%1@deleted.invalid").arg(c->identifier.toLower())}};
        c->account = QJsonObject{{QStringLiteral("@context"), context},
                                 {QStringLiteral("@type"), QStringLiteral("CustomerAccount")},
                                 {QStringLiteral("customer"), placeholder}};
        c->deleted = true;
        c->updated = nowText();
        if (!m_store.updateCustomer(*c))
            return storageBusy(); // never 202 for an erasure that was not saved
    }
    HttpResponse r;
    r.status = 202;
    return r;
}

HttpResponse SandboxServer::entitlements(Context &)
{
    QJsonArray concepts;
    for (const Entitlement &e : entitlementList) {
        concepts.append(QJsonObject{{QStringLiteral("id"), entitlementBase() + QLatin1Char('#') + QLatin1String(e.key)},
                                    {QStringLiteral("type"), QStringLiteral("Concept")},
                                    {QStringLiteral("prefLabel"), QLatin1String(e.label)},
                                    {QStringLiteral("inScheme"), entitlementBase()}});
    }
    return jsonResponse(200, {{QStringLiteral("@context"), context},
                              {QStringLiteral("id"), entitlementBase()},
                              {QStringLiteral("title"), QStringLiteral("ActiveDesk sandbox entitlements")},
                              {QStringLiteral("type"), QStringLiteral("ConceptScheme")},
                              {QStringLiteral("concept"), concepts}});
}

} // namespace Sandbox

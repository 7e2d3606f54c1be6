// Orders, order history, upcoming order items, cancellation and receipts (contract section 6).
#include "CheckoutPages.h"
#include "ReceiptPdf.h"
#include "SandboxServer.h"

#include "jsonld/JsonLd.h"
#include "util/Iso8601.h"
#include "util/LondonTime.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Sandbox {

namespace {
constexpr int perPage = 10;

// Stored orders say "{origin}" where the sandbox's own address belongs; it is filled in per request,
// so records stay right when the sandbox restarts on another port.
HttpResponse withOrigin(int status, const QJsonObject &body, const QString &origin)
{
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    bytes.replace("{origin}", origin.toUtf8());
    return HttpResponse::json(status, bytes);
}

// What was booked, as a person calls it: the EventSeries name of a session, or the facility's name for a slot.
// The FacilityUse of a booked Slot: its facilityUse, or the aggregateFacilityUse of the named court booked.
QJsonObject facilityOf(const QJsonObject &booked)
{
    const QJsonObject fu = booked.value(QStringLiteral("facilityUse")).toObject();
    return fu.value(QStringLiteral("type")).toString() == QLatin1String("IndividualFacilityUse")
               ? fu.value(QStringLiteral("aggregateFacilityUse")).toObject()
               : fu;
}

// The named court of a booked Slot ("Court 3"), if the facility names its courts.
QString courtOf(const QJsonObject &booked)
{
    const QJsonObject fu = booked.value(QStringLiteral("facilityUse")).toObject();
    return fu.value(QStringLiteral("type")).toString() == QLatin1String("IndividualFacilityUse")
               ? fu.value(QStringLiteral("name")).toString()
               : QString();
}

QString itemName(const OrderItemRecord &item)
{
    const QJsonObject booked = item.data.value(QStringLiteral("orderedItem")).toObject();
    const QJsonObject series = booked.value(QStringLiteral("superEvent")).toObject();
    const QString facility = facilityOf(booked).value(QStringLiteral("name")).toString();
    return series.value(QStringLiteral("superEvent")).toObject().value(QStringLiteral("name")).toString(facility);
}
} // namespace

QJsonObject SandboxServer::renderItem(const Context &ctx, const OrderItemRecord &item, bool upcoming) const
{
    QJsonObject out = item.data;
    const QString orderUrl = QStringLiteral("{origin}/api/v2/orders/") + item.orderId;
    out.insert(QStringLiteral("id"), orderUrl + QStringLiteral("/order-items/") + item.itemId);
    out.insert(QStringLiteral("orderItemStatus"), QStringLiteral("https://openactive.io/") + item.status);
    const bool cancellable = item.status == QLatin1String("OrderItemConfirmed") && nowMs() < item.cancelDeadlineMs;
    out.insert(QStringLiteral("imin:isPresentlyCancellable"), cancellable);
    // The parent Order is named by the item's id (…/orders/{order}/order-items/{item}), as imin documents; no
    // extra property (an earlier "imin:order" was not an imin term).
    Q_UNUSED(upcoming);
    Q_UNUSED(ctx);
    return out;
}

QJsonObject SandboxServer::renderOrder(const Context &ctx, const OrderRecord &order, bool withContext) const
{
    QJsonObject out = order.data;
    out.remove(QStringLiteral("imin:sentTo"));
    Q_UNUSED(withContext);
    out.insert(QStringLiteral("@context"),
               QJsonArray{QStringLiteral("https://openactive.io/"), QStringLiteral("https://openactive.io/ns-beta")});
    out.insert(QStringLiteral("id"), QStringLiteral("{origin}/api/v2/orders/") + order.identifier);
    if (!order.customerId.isEmpty()) {
        // The customer as they are now: after an erasure this shows the placeholders.
        QJsonObject customer{{QStringLiteral("type"), QStringLiteral("Person")},
                             {QStringLiteral("identifier"), order.customerId}};
        if (const auto c = m_store.customer(order.tenant, order.customerId)) {
            const QJsonObject p = c->account.value(QStringLiteral("customer")).toObject();
            for (const char *k : {"givenName", "familyName", "email"}) {
                if (p.contains(QLatin1String(k)))
                    customer.insert(QLatin1String(k), p.value(QLatin1String(k)));
            }
        }
        out.insert(QStringLiteral("customer"), customer);
    }
    QJsonArray receipts;
    for (const auto &r : m_store.receiptsOf(order.identifier)) {
        receipts.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Invoice")},
                        {QStringLiteral("url"), QStringLiteral("{origin}/api/v2/receipts/") + QString::number(r.first)},
                        {QStringLiteral("dateCreated"), r.second}});
    }
    if (!receipts.isEmpty())
        out.insert(QStringLiteral("imin:receipt"), receipts);
    QJsonArray items;
    for (const OrderItemRecord &item : m_store.orderItems(order.identifier))
        items.append(renderItem(ctx, item, false));
    out.insert(QStringLiteral("orderedItem"), items);
    return out;
}

HttpResponse SandboxServer::orderById(Context &ctx)
{
    const auto order = m_store.order(ctx.tenant, ctx.match.captured(1));
    if (!order) {
        return error(404, QStringLiteral("UnknownOrderError"), QStringLiteral("Order not found"),
                     QStringLiteral("There is no order %1.").arg(ctx.match.captured(1)));
    }
    return withOrigin(200, renderOrder(ctx, *order, true), ctx.origin);
}

namespace {
bool readCustomerAndPage(const HttpRequest &r, QString *customer, int *page, QJsonArray *problems)
{
    *customer = r.queryValue(QStringLiteral("customerIdentifier"));
    if (customer->isEmpty())
        problems->append(
            SandboxServer::invalidParam(QStringLiteral("customerIdentifier"), QStringLiteral("is required")));
    *page = 1;
    if (!r.queryValues(QStringLiteral("page")).isEmpty()) {
        bool ok = false;
        *page = r.queryValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || *page < 1)
            problems->append(
                SandboxServer::invalidParam(QStringLiteral("page"), QStringLiteral("must be a whole number from 1")));
    }
    return problems->isEmpty();
}
} // namespace

HttpResponse SandboxServer::orderHistory(Context &ctx)
{
    QString customer;
    int page = 1;
    QJsonArray problems;
    if (!readCustomerAndPage(ctx.request, &customer, &page, &problems))
        return error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid request"),
                     QStringLiteral("Give a customerIdentifier."), problems);
    if (!m_store.customer(ctx.tenant, customer)) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Customer not found"),
                     QStringLiteral("There is no customer account %1.").arg(customer));
    }
    int total = 0;
    QJsonArray items;
    for (const OrderRecord &o : m_store.ordersOf(ctx.tenant, customer, (page - 1) * perPage, perPage, &total))
        items.append(renderOrder(ctx, o, true));
    return withOrigin(200, collection(ctx, items, total, page, perPage), ctx.origin);
}

HttpResponse SandboxServer::upcomingItems(Context &ctx)
{
    QString customer;
    int page = 1;
    QJsonArray problems;
    if (!readCustomerAndPage(ctx.request, &customer, &page, &problems))
        return error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid request"),
                     QStringLiteral("Give a customerIdentifier."), problems);
    if (!m_store.customer(ctx.tenant, customer)) {
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Customer not found"),
                     QStringLiteral("There is no customer account %1.").arg(customer));
    }
    int total = 0;
    QJsonArray items;
    for (const OrderItemRecord &i :
         m_store.upcomingItemsOf(ctx.tenant, customer, nowMs(), (page - 1) * perPage, perPage, &total))
        items.append(renderItem(ctx, i, true));
    return withOrigin(200, collection(ctx, items, total, page, perPage), ctx.origin);
}

HttpResponse SandboxServer::cancelItems(Context &ctx)
{
    QJsonObject body;
    HttpResponse failure;
    if (!readJsonBody(ctx.request, &body, &failure))
        return failure;
    const auto order = m_store.order(ctx.tenant, ctx.match.captured(1));
    if (!order) {
        return error(404, QStringLiteral("UnknownOrderError"), QStringLiteral("Order not found"),
                     QStringLiteral("There is no order %1.").arg(ctx.match.captured(1)));
    }
    auto refuse = [](const QString &type, const QString &name, const QString &description, const QString &param) {
        return error(400, type, name, description, QJsonArray{invalidParam(param, description)});
    };
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        static const QStringList allowed{QStringLiteral("@context"), QStringLiteral("@type"), QStringLiteral("type"),
                                         QStringLiteral("orderedItem")};
        if (!allowed.contains(it.key()))
            return refuse(QStringLiteral("PatchContainsExcessivePropertiesError"), QStringLiteral("Excess properties"),
                          QStringLiteral("Only orderedItem may be sent when cancelling; remove %1.").arg(it.key()),
                          it.key());
    }
    if (!JsonLd::hasType(body, QStringLiteral("Order")))
        return refuse(QStringLiteral("OpenBookingError"), QStringLiteral("Not an Order"),
                      QStringLiteral("The body must be an Order."), QStringLiteral("@type"));
    const QJsonArray requested = JsonLd::asArray(body.value(QStringLiteral("orderedItem")));
    if (requested.isEmpty())
        return refuse(QStringLiteral("OpenBookingError"), QStringLiteral("Nothing to cancel"),
                      QStringLiteral("List the OrderItems to cancel in orderedItem."), QStringLiteral("orderedItem"));
    const QVector<OrderItemRecord> items = m_store.orderItems(order->identifier);
    const qint64 now = nowMs();
    QVector<OrderItemRecord> toCancel;
    for (const QJsonValue &v : requested) {
        const QJsonObject r = v.toObject();
        for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
            static const QStringList allowed{QStringLiteral("@type"), QStringLiteral("type"), QStringLiteral("@id"),
                                             QStringLiteral("id"), QStringLiteral("orderItemStatus")};
            if (!allowed.contains(it.key()))
                return refuse(QStringLiteral("PatchContainsExcessivePropertiesError"),
                              QStringLiteral("Excess properties"),
                              QStringLiteral(
                                  "An OrderItem in a cancellation may hold only its id and orderItemStatus; remove %1.")
                                  .arg(it.key()),
                              QStringLiteral("orderedItem.") + it.key());
        }
        if (JsonLd::localName(r.value(QStringLiteral("orderItemStatus")).toString()) !=
            QLatin1String("CustomerCancelled"))
            return refuse(QStringLiteral("PatchNotAllowedOnPropertyError"), QStringLiteral("Status not allowed"),
                          QStringLiteral("orderItemStatus may only be set to https://openactive.io/CustomerCancelled."),
                          QStringLiteral("orderedItem.orderItemStatus"));
        const QString id = JsonLd::idOf(r);
        const QString itemId = id.section(QLatin1Char('/'), -1);
        const bool inOrder =
            id.contains(QStringLiteral("/orders/") + order->identifier + QStringLiteral("/order-items/"));
        const auto found =
            std::find_if(items.begin(), items.end(), [&](const OrderItemRecord &i) { return i.itemId == itemId; });
        if (!inOrder || found == items.end())
            return refuse(QStringLiteral("OrderItemNotWithinOrderError"), QStringLiteral("Item not in order"),
                          QStringLiteral("The OrderItem %1 is not part of order %2.").arg(id, order->identifier),
                          QStringLiteral("orderedItem.@id"));
        if (found->status == QLatin1String("CustomerCancelled"))
            continue; // idempotent
        if (found->status != QLatin1String("OrderItemConfirmed") || now >= found->cancelDeadlineMs)
            return refuse(
                QStringLiteral("CancellationNotPermittedError"), QStringLiteral("Cancellation not permitted"),
                QStringLiteral("This booking can no longer be cancelled: the cancellation window has closed."),
                QStringLiteral("orderedItem.@id"));
        toCancel.append(*found);
    }
    if (!toCancel.isEmpty()) {
        QString email;
        if (const auto c = m_store.customer(order->tenant, order->customerId))
            email = c->account.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).toString();
        else
            email = order->data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).toString();
        bool ok = m_store.begin();
        QStringList names;
        for (const OrderItemRecord &i : std::as_const(toCancel)) {
            ok = ok && m_store.setOrderItemStatus(i.orderId, i.itemId, QStringLiteral("CustomerCancelled")) &&
                 m_store.addTaken(i.opportunityId, -1);
            const QString name = itemName(i);
            names.append(name + QStringLiteral(" on ") +
                         QDateTime::fromMSecsSinceEpoch(i.startMs, Qt::UTC)
                             .toString(QStringLiteral("dddd d MMMM yyyy 'at' HH:mm")));
        }
        MailRecord mail;
        mail.to = email;
        mail.subject = QStringLiteral("Booking cancelled: %1").arg(names.join(QStringLiteral(", ")));
        mail.text =
            QStringLiteral("Your booking has been cancelled:\n\n%1\n\nConfirmation number: %2\n"
                           "Any payment will be refunded to the card you paid with.\n")
                .arg(names.join(QLatin1Char('\n')), order->data.value(QStringLiteral("confirmationNumber")).toString());
        mail.orderId = order->identifier;
        mail.created = Iso8601::formatDateTime(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        ok = ok && m_store.insertMail(mail);
        if (!ok || !m_store.commit()) {
            m_store.rollback();
            return storageBusy();
        }
        for (const OrderItemRecord &i : std::as_const(toCancel))
            m_taken[i.opportunityId] = std::max(0, m_taken.value(i.opportunityId) - 1);
        takenChanged();
    }
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse SandboxServer::receiptPage(Context &ctx)
{
    // A PDF, as imin serves it (contract 6.5); the key is checked before this runs, and an unknown id is a 404.
    const auto receipt = m_store.receipt(ctx.match.captured(1).toLongLong());
    const auto order = receipt ? m_store.order(ctx.tenant, receipt->first) : std::nullopt;
    if (!order)
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Receipt not found"),
                     QStringLiteral("There is no receipt with this id."));
    const QJsonObject o = renderOrder(ctx, *order, false);
    const auto ukTime = [](const QString &iso, bool withDay) {
        const QDateTime utc = Iso8601::parseDateTime(iso);
        if (!utc.isValid())
            return iso;
        const qint64 local = LondonTime::toLocalMs(utc.toMSecsSinceEpoch());
        return QDateTime::fromMSecsSinceEpoch(local, Qt::UTC)
            .toString(withDay ? QStringLiteral("ddd d MMM yyyy, HH:mm") : QStringLiteral("d MMM yyyy, HH:mm"));
    };
    ReceiptContent c;
    const QJsonObject seller = o.value(QStringLiteral("seller")).toObject();
    c.sellerName = seller.value(QStringLiteral("name")).toString();
    const QJsonObject address = seller.value(QStringLiteral("address")).toObject();
    QStringList addressParts;
    for (const char *k : {"streetAddress", "addressLocality", "postalCode"}) {
        if (!address.value(QLatin1String(k)).toString().isEmpty())
            addressParts.append(address.value(QLatin1String(k)).toString());
    }
    c.sellerAddress = addressParts.join(QStringLiteral(", "));
    c.sellerTelephone = seller.value(QStringLiteral("telephone")).toString();
    const QJsonObject customer = o.value(QStringLiteral("customer")).toObject();
    c.customerName = QStringList{customer.value(QStringLiteral("givenName")).toString(),
                                 customer.value(QStringLiteral("familyName")).toString()}
                         .join(QLatin1Char(' '))
                         .trimmed();
    c.reference = o.value(QStringLiteral("confirmationNumber")).toString();
    c.issued = ukTime(receipt->second, false) + QStringLiteral(" (UK time)");
    c.payment = o.value(QStringLiteral("payment")).toObject().value(QStringLiteral("name")).toString();
    for (const OrderItemRecord &i : m_store.orderItems(order->identifier)) {
        const QJsonObject offer = i.data.value(QStringLiteral("acceptedOffer")).toObject();
        const QJsonObject booked = i.data.value(QStringLiteral("orderedItem")).toObject();
        QString where = booked.value(QStringLiteral("superEvent"))
                            .toObject()
                            .value(QStringLiteral("location"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString();
        if (where.isEmpty())
            where = facilityOf(booked)
                        .value(QStringLiteral("location"))
                        .toObject()
                        .value(QStringLiteral("name"))
                        .toString();
        QString what = itemName(i);
        const QString court = courtOf(booked);
        if (!court.isEmpty())
            what += QStringLiteral(", ") + court;
        // A facility's name already says where ("Badminton Court at Riverside"): the venue is not said twice.
        if (!where.isEmpty() && !itemName(i).endsWith(QStringLiteral(" at ") + where))
            what += QStringLiteral(" at ") + where;
        if (i.status != QLatin1String("OrderItemConfirmed"))
            what += QStringLiteral(" (cancelled)");
        const QString name = offer.value(QStringLiteral("name")).toString();
        c.lines.append({what, ukTime(booked.value(QStringLiteral("startDate")).toString(), true),
                        name.isEmpty() ? QStringLiteral("Standard price") : name,
                        Html::money(offer.value(QStringLiteral("price")).toDouble())});
    }
    double taxTotal = 0;
    QString taxName;
    for (const QJsonValue &t : JsonLd::asArray(o.value(QStringLiteral("totalPaymentTax")))) {
        taxTotal += t.toObject().value(QStringLiteral("price")).toDouble();
        taxName = t.toObject().value(QStringLiteral("name")).toString();
    }
    if (!taxName.isEmpty()) {
        c.taxLine = taxName + QStringLiteral(" included");
        c.tax = Html::money(taxTotal);
    }
    c.total =
        Html::money(o.value(QStringLiteral("totalPaymentDue")).toObject().value(QStringLiteral("price")).toDouble());
    c.footer = QStringLiteral("Sold by %1 through %2, as its agent. Order %3.")
                   .arg(c.sellerName,
                        o.value(QStringLiteral("broker"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString(m_options.brokerName),
                        order->identifier);
    HttpResponse r;
    r.status = 200;
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/pdf"));
    r.setHeader(QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("inline; filename=\"receipt-") +
                                                              c.reference.toLatin1() + QByteArrayLiteral(".pdf\""));
    r.body = receiptPdf(c);
    return r;
}

} // namespace Sandbox

#include "MemberBookings.h"

#include "BookingModels.h"
#include "services/Cancellation.h"
#include "services/Services.h"
#include "util/Text.h"

MemberBookings::MemberBookings(Services *services, QObject *parent)
    : QObject(parent), m_services(services), m_upcoming(new UpcomingItemsModel(this)),
      m_history(new OrderHistoryModel(this))
{}

void MemberBookings::show(const Member &member, const QString &highlightOpportunity)
{
    m_member = member;
    m_highlight = highlightOpportunity;
    reload();
}

void MemberBookings::clear()
{
    delete m_context;
    delete m_orderContext;
    m_member = Member();
    m_order = Order();
    m_highlight.clear();
    m_upcoming->setItems({});
    m_history->setOrders({});
    Q_EMIT busyChanged(false, {}, false);
}

void MemberBookings::stopLoading()
{
    delete m_context;
    Q_EMIT busyChanged(false, {}, false);
    Q_EMIT failed(Problem::notYet(tr("Stopped waiting for imin. Try again when you are ready.")));
}

void MemberBookings::reload()
{
    delete m_context;
    delete m_orderContext;
    m_context = new QObject(this);
    // The order on show is read again with the lists (after a cancel it must not still say "Booked").
    const QString shownOrder = m_order.identifier;
    m_order = Order();
    m_upcoming->setItems({});
    m_history->setOrders({});
    if (m_member.iminIdentifier.isEmpty()) {
        if (const auto fresh = m_services->store().member(m_member.id))
            m_member = *fresh;
    }
    if (m_member.iminIdentifier.isEmpty()) {
        Q_EMIT busyChanged(false, {}, false);
        Q_EMIT info(tr("%1 is not in imin yet, so there are no bookings to show.").arg(m_member.displayName()));
        return;
    }
    if (!shownOrder.isEmpty())
        loadOrder(shownOrder);
    Q_EMIT busyChanged(true, tr("Reading bookings from imin…"), true);
    // The member's own imin customer, and those of records merged into them (imin cannot merge customers: their
    // orders stay where they were made).
    const QStringList customers =
        QStringList{m_member.iminIdentifier} + m_services->store().mergedIdentifiers(m_member.id);
    struct Gathered
    {
        int pending = 0;
        bool failed = false;
        QVector<OrderItem> upcoming;
        QVector<Order> history;
        int upcomingLeft = 0;
        int historyLeft = 0;
    };
    auto g = std::make_shared<Gathered>();
    g->upcomingLeft = g->historyLeft = int(customers.size());
    g->pending = 2 * int(customers.size());
    auto done = [this, g]() {
        if (--g->pending == 0)
            Q_EMIT busyChanged(false, {}, false);
    };
    auto fail = [this, g](const ApiError &error) {
        if (!g->failed)           // one sentence for the page, however many calls failed
            Q_EMIT failed(error); // Try again only where it can help (never for a refused key)
        g->failed = true;
    };
    for (const QString &customer : customers) {
        m_services->client().allUpcomingItems(
            customer, m_context, [this, g, done, fail](const Result<QVector<OrderItem>> &r) {
                done();
                if (!r.ok()) {
                    fail(r.error);
                    return;
                }
                g->upcoming += *r.value;
                if (--g->upcomingLeft > 0 || g->failed)
                    return;
                std::stable_sort(g->upcoming.begin(), g->upcoming.end(),
                                 [](const OrderItem &a, const OrderItem &b) { return a.startDate < b.startDate; });
                m_upcoming->setItems(g->upcoming, m_highlight);
                Q_EMIT upcomingLoaded(m_upcoming->highlightedRow());
            });
        m_services->client().allOrderHistory(
            customer, m_context, [this, g, done, fail](const Result<QVector<Order>> &r) {
                done();
                if (!r.ok()) {
                    fail(r.error);
                    return;
                }
                g->history += *r.value;
                if (--g->historyLeft > 0 || g->failed)
                    return;
                std::stable_sort(g->history.begin(), g->history.end(),
                                 [](const Order &a, const Order &b) { return a.orderDate > b.orderDate; });
                m_history->setOrders(g->history);
                Q_EMIT historyLoaded();
            });
    }
}

void MemberBookings::loadOrder(const QString &orderIdentifier)
{
    if (orderIdentifier.isEmpty())
        return;
    delete m_orderContext;
    m_orderContext = new QObject(this);
    m_order = Order();
    Q_EMIT orderLoading();
    m_services->client().order(orderIdentifier, m_orderContext, [this](const Result<Order> &r) {
        if (!r.ok()) {
            Q_EMIT orderFailed(r.error);
            return;
        }
        m_order = *r.value;
        Q_EMIT orderLoaded(m_order);
    });
}

QString MemberBookings::chooseUpcoming(int row)
{
    if (row < 0 || row >= m_upcoming->rowCount())
        return {};
    const OrderItem &item = m_upcoming->item(row);
    loadOrder(item.orderIdentifier);
    return UpcomingItemsModel::whyNotCancellable(item);
}

QString MemberBookings::orderHtml(const Order &o)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2")
                       .arg(tr("Order %1").arg(o.confirmationNumber.toHtmlEscaped()),
                            tr("Placed %1").arg(Text::whenWithYear(o.orderDate)));
    if (!o.sellerName.isEmpty())
        html += QStringLiteral("<br>") + tr("Sold by %1").arg(o.sellerName.toHtmlEscaped());
    html += QStringLiteral("</p><ul>");
    double refunded = 0;
    bool anyCancelled = false;
    for (const OrderItem &i : o.items) {
        const bool cancelled = i.status.contains(QLatin1String("Cancelled"));
        anyCancelled = anyCancelled || cancelled;
        if (cancelled && i.acceptedOffer.price)
            refunded += *i.acceptedOffer.price;
        html += QStringLiteral("<li><b>%1</b><br>%2 · %3<br>%4 %5 · <b>%6</b></li>")
                    .arg(i.title().toHtmlEscaped(), Text::when(i.startDate, i.endDate), i.venueName.toHtmlEscaped(),
                         Text::offerName(i.acceptedOffer).toHtmlEscaped(),
                         i.acceptedOffer.price ? Text::money(*i.acceptedOffer.price) : QString(),
                         BookingText::status(i.status));
    }
    html += QStringLiteral("</ul>");
    if (o.totalPaymentDue)
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Total paid %1").arg(Text::money(*o.totalPaymentDue)));
    if (refunded > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Refund for cancelled bookings: %1, to the card used to pay.").arg(Text::money(refunded)));
    else if (anyCancelled)
        html += QStringLiteral("<p>%1</p>").arg(tr("Cancelled; nothing was paid, so there is nothing to refund."));
    return html;
}

QString MemberBookings::cancelQuestion(const OrderItem &item, bool selfService) const
{
    if (selfService)
        return tr("Cancel %1 on %2?\n\nThe payment goes back to the card you paid with, and you get an email at %3.")
            .arg(item.title(), Text::when(item.startDate), m_member.person.email);
    return tr("Cancel %1 on %2 for %3?\n\nimin refunds the payment to the card used, and emails %4.")
        .arg(item.title(), Text::when(item.startDate), m_member.displayName(), m_member.person.email);
}

void MemberBookings::cancel(const OrderItem &item)
{
    if (!m_context)
        m_context = new QObject(this);
    Q_EMIT busyChanged(true, tr("Cancelling…"), false);
    Cancellation::cancelAndConfirm(
        m_services->client(), {{item.orderIdentifier, {item.id}}}, m_context, [this](const Cancellation::Outcome &o) {
            Q_EMIT busyChanged(false, {}, false);
            if (o.confirmed == 0 && o.problem.isError()) {
                Q_EMIT failed(o.problem);
                Q_EMIT cancelFinished(false);
                return;
            }
            m_highlight.clear();
            reload();
            if (o.allConfirmed())
                Q_EMIT info(tr("Cancelled. imin will refund the payment and email %1.")
                                .arg(m_member.person.email.isEmpty() ? m_member.displayName() : m_member.person.email));
            else
                Q_EMIT failed(Problem::notYet(tr("imin accepted the cancellation but has not confirmed it yet. "
                                                 "Check again in a few minutes.")));
            Q_EMIT cancelFinished(o.allConfirmed());
        });
}

#include "BookingModels.h"

#include "RowRole.h"
#include "util/Text.h"

namespace BookingText {
QString status(const QString &s)
{
    if (s == QLatin1String("OrderItemConfirmed"))
        return UpcomingItemsModel::tr("Booked");
    if (s == QLatin1String("CustomerCancelled"))
        return UpcomingItemsModel::tr("Cancelled");
    if (s == QLatin1String("SellerCancelled"))
        return UpcomingItemsModel::tr("Cancelled by the centre");
    if (s == QLatin1String("CustomerAttended"))
        return UpcomingItemsModel::tr("Attended");
    return s;
}

QString chipKind(const QString &s)
{
    if (s == QLatin1String("OrderItemConfirmed") || s == QLatin1String("CustomerAttended"))
        return QStringLiteral("ok");
    if (s.contains(QLatin1String("Cancelled")))
        return QStringLiteral("bad");
    return QStringLiteral("muted");
}
} // namespace BookingText

namespace {
QString offerText(const Offer &o)
{
    QStringList parts{Text::offerName(o)};
    if (o.price)
        parts << Text::money(*o.price);
    return parts.join(QStringLiteral(" · "));
}

QString whereAndWhen(const OrderItem &i)
{
    QStringList parts{Text::when(i.startDate, i.endDate)};
    if (!i.venueName.isEmpty())
        parts << i.venueName;
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  ·  "));
}
} // namespace

QString UpcomingItemsModel::whyNotCancellable(const OrderItem &item)
{
    if (item.isPresentlyCancellable.value_or(false))
        return {};
    if (item.status != QLatin1String("OrderItemConfirmed") && !item.status.isEmpty())
        return tr("This booking is %1.").arg(BookingText::status(item.status).toLower());
    if (!item.acceptedOffer.latestCancellationBeforeStartDate.isEmpty())
        return tr("It can no longer be cancelled: the centre allows cancelling only until shortly before it starts.");
    return tr("imin says this booking cannot be cancelled now.");
}

QVariant UpcomingItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OrderItem &i = m_items.at(index.row());
    const bool isNew = !m_highlight.isEmpty() && i.opportunityIdentifier == m_highlight;
    switch (role) {
    case Qt::DisplayRole:
    case RowRole::Title:
        return i.title();
    case RowRole::Subtitle:
        return whereAndWhen(i);
    case RowRole::Detail:
        return offerText(i.acceptedOffer);
    case RowRole::Chip:
        return isNew ? tr("NEW") : QString();
    case RowRole::ChipKind:
        return QStringLiteral("new");
    case Qt::AccessibleTextRole: {
        QStringList parts{i.title(), whereAndWhen(i), offerText(i.acceptedOffer)};
        if (isNew)
            parts << tr("just booked");
        if (!i.isPresentlyCancellable.value_or(false))
            parts << tr("cannot be cancelled");
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case ItemIdRole:
        return i.id;
    case OrderIdRole:
        return i.orderIdentifier;
    case StartRole:
        return i.startDate;
    case CancellableRole:
        return i.isPresentlyCancellable.value_or(false);
    case NewRole:
        return isNew;
    default:
        return {};
    }
}

void UpcomingItemsModel::setItems(const QVector<OrderItem> &items, const QString &highlightOpportunity)
{
    beginResetModel();
    m_items = items;
    m_highlight = highlightOpportunity;
    endResetModel();
}

int UpcomingItemsModel::highlightedRow() const
{
    for (int i = 0; i < m_items.size() && !m_highlight.isEmpty(); ++i) {
        if (m_items.at(i).opportunityIdentifier == m_highlight)
            return i;
    }
    return -1;
}

QModelIndex OrderHistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_orders.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_orders.size())
        return {};
    return row < m_orders.at(parent.row()).items.size() ? createIndex(row, 0, quintptr(parent.row() + 1))
                                                        : QModelIndex();
}

QModelIndex OrderHistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int OrderHistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_orders.size());
    if (parent.internalId() != 0 || parent.row() >= m_orders.size())
        return 0;
    return int(m_orders.at(parent.row()).items.size());
}

QVariant OrderHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != 0) {
        const Order &o = m_orders.at(int(index.internalId() - 1));
        const OrderItem &i = o.items.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case RowRole::Title:
            return i.title();
        case RowRole::Subtitle:
            return whereAndWhen(i);
        case RowRole::Detail:
            return offerText(i.acceptedOffer);
        case RowRole::Chip:
            return BookingText::status(i.status);
        case RowRole::ChipKind:
            return BookingText::chipKind(i.status);
        case Qt::AccessibleTextRole:
            return QStringList{i.title(), whereAndWhen(i), offerText(i.acceptedOffer), BookingText::status(i.status)}
                .join(QStringLiteral(", "));
        case OrderIdRole:
            return o.identifier;
        default:
            return {};
        }
    }
    const Order &o = m_orders.at(index.row());
    int cancelled = 0;
    for (const OrderItem &i : o.items)
        cancelled += i.status.contains(QLatin1String("Cancelled")) ? 1 : 0;
    const bool allCancelled = !o.items.isEmpty() && cancelled == o.items.size();
    QString title = o.items.isEmpty() ? tr("Order %1").arg(o.confirmationNumber) : o.items.first().title();
    if (o.items.size() > 1)
        title = tr("%1 and %n more", nullptr, int(o.items.size() - 1)).arg(title);
    const QString subtitle =
        tr("Placed %1  ·  confirmation %2").arg(Text::whenWithYear(o.orderDate), o.confirmationNumber);
    const QString chip = allCancelled ? tr("Cancelled") : (cancelled ? tr("Part cancelled") : QString());
    switch (role) {
    case Qt::DisplayRole:
    case RowRole::Title:
        return title;
    case RowRole::Subtitle:
        return subtitle;
    case RowRole::Trailing:
        return o.totalPaymentDue ? Text::money(*o.totalPaymentDue) : QString();
    case RowRole::Chip:
        return chip;
    case RowRole::ChipKind:
        return allCancelled ? QStringLiteral("bad") : QStringLiteral("warn");
    case Qt::AccessibleTextRole: {
        QStringList parts{title, subtitle};
        if (o.totalPaymentDue)
            parts << Text::money(*o.totalPaymentDue);
        if (!chip.isEmpty())
            parts << chip;
        return parts.join(QStringLiteral(", "));
    }
    case OrderIdRole:
        return o.identifier;
    case CancelledRole:
        return allCancelled;
    default:
        return {};
    }
}

void OrderHistoryModel::setOrders(const QVector<Order> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

int OrderHistoryModel::rowOf(const QString &orderIdentifier) const
{
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).identifier == orderIdentifier)
            return i;
    }
    return -1;
}

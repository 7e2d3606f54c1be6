#pragma once

#include "domain/Domain.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>

namespace BookingText {
// "Booked", "Cancelled", "Cancelled by the centre", "Attended".
QString status(const QString &orderItemStatus);
QString chipKind(const QString &orderItemStatus);
} // namespace BookingText

// A member's upcoming OrderItems (contract 6.3), earliest first; the one just booked is marked NEW.
class UpcomingItemsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        OrderIdRole,
        StartRole,
        CancellableRole,
        NewRole,
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    // `highlightOpportunity`: the occurrence identifier of a booking just made.
    void setItems(const QVector<OrderItem> &items, const QString &highlightOpportunity = {});
    const OrderItem &item(int row) const { return m_items.at(row); }
    int highlightedRow() const;
    // Why an item cannot be cancelled, in words (empty when it can).
    static QString whyNotCancellable(const OrderItem &item);

private:
    QVector<OrderItem> m_items;
    QString m_highlight;
};

// A member's orders, newest first, each with its items as children (contract 6.2).
class OrderHistoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        CancelledRole, // every item cancelled
    };
    using QAbstractItemModel::QAbstractItemModel;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &) const override { return 1; }
    QVariant data(const QModelIndex &index, int role) const override;
    void setOrders(const QVector<Order> &orders);
    const Order &order(int row) const { return m_orders.at(row); }
    int rowOf(const QString &orderIdentifier) const;

private:
    QVector<Order> m_orders;
};

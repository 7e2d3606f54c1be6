#pragma once

#include "domain/Domain.h"
#include "domain/Member.h"
#include "util/Problem.h"

#include <QObject>
#include <QPointer>

class Services;
class OrderHistoryModel;
class UpcomingItemsModel;

// One member's bookings for any view (the desk's Bookings page, the kiosk's): upcoming items and order history read
// from imin, one order's detail, and cancelling an item, reported as done only when imin shows it cancelled. Views
// draw the two models and the signals; the confirmation question is theirs to ask.
class MemberBookings : public QObject
{
    Q_OBJECT
public:
    MemberBookings(Services *services, QObject *parent = nullptr);
    UpcomingItemsModel *upcoming() const { return m_upcoming; }
    OrderHistoryModel *history() const { return m_history; }

    // Loads the member's bookings; `highlightOpportunity` (an occurrence identifier) is marked NEW.
    void show(const Member &member, const QString &highlightOpportunity = {});
    void reload();
    void stopLoading();
    // Forgets the member, both lists and the order.
    void clear();
    const Member &member() const { return m_member; }
    QString highlighted() const { return m_highlight; }
    bool hasMember() const { return m_member.id != 0; }

    void loadOrder(const QString &orderIdentifier);
    // A person chose an upcoming item: its order is loaded; returns why it cannot be cancelled (empty if it can, or
    // if nothing is chosen).
    QString chooseUpcoming(int row);
    const Order &order() const { return m_order; }
    // The order as rich text: confirmation number, when, seller, each item with its price and state, the total and
    // what is refunded.
    static QString orderHtml(const Order &order);
    // The confirmation question for cancelling `item`; `selfService`: asked of the member, not of staff.
    QString cancelQuestion(const OrderItem &item, bool selfService) const;
    // Cancels (after the view asked), then reads the order back and reloads.
    void cancel(const OrderItem &item);

Q_SIGNALS:
    void busyChanged(bool busy, const QString &what, bool cancellable);
    void failed(const Problem &problem);
    void info(const QString &message);
    void upcomingLoaded(int highlightedRow);
    void historyLoaded();
    void orderLoading();
    void orderLoaded(const Order &order);
    void orderFailed(const Problem &problem); // the order beside the lists could not be read
    void cancelFinished(bool confirmed);

private:
    Services *m_services;
    UpcomingItemsModel *m_upcoming;
    OrderHistoryModel *m_history;
    Member m_member;
    QString m_highlight;
    Order m_order;
    QPointer<QObject> m_context;
    QPointer<QObject> m_orderContext;
};

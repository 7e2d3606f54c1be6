#pragma once

#include "domain/Domain.h"
#include "domain/Member.h"

#include <QPointer>
#include <QWidget>

class Services;
class BusyIndicator;
class MemberBookings;
class Notice;
class OrderHistoryModel;
class ReceiptView;
class UpcomingItemsModel;
class QLabel;
class QListView;
class QPushButton;
class QVBoxLayout;
class QTreeView;

// A member's upcoming bookings, order history and one order's detail with its receipt; cancelling asks first and is
// reported only when imin shows it.
class BookingsPage : public QWidget
{
    Q_OBJECT
public:
    BookingsPage(Services *services, QWidget *parent = nullptr);
    // Loads the member's bookings; `highlightOpportunity` (an occurrence identifier) is selected and marked new.
    void showMember(const Member &member, const QString &highlightOpportunity = {});
    void clearAll();
    void focusList();
    QString highlighted() const;
    MemberBookings *bookings() const { return m_bookings; }
    UpcomingItemsModel *upcoming() const { return m_upcomingModel; }
    OrderHistoryModel *history() const { return m_historyModel; }

Q_SIGNALS:
    void findMemberRequested();

private:
    // The constructor's parts.
    void buildNoMember(QVBoxLayout *layout);
    void buildLists(QVBoxLayout *layout);
    void buildOrderPanel(QVBoxLayout *layout);
    void wireLists();
    void upcomingChosen();
    void historyChosen(const QModelIndex &index);
    void cancelSelected();
    // Writes bookings to an iCalendar file the person chooses; says where, or why not.
    void saveToCalendar(const QVector<OrderItem> &items);
    void showNoMember();
    void clearOrder();
    Services *m_services;
    MemberBookings *m_bookings;
    QLabel *m_title;
    QWidget *m_noMember, *m_content;
    BusyIndicator *m_busy;
    Notice *m_notice;
    UpcomingItemsModel *m_upcomingModel;
    OrderHistoryModel *m_historyModel;
    QListView *m_upcoming;
    QTreeView *m_history;
    QLabel *m_upcomingEmpty, *m_historyEmpty;
    QPushButton *m_cancel;
    QPushButton *m_toCalendar, *m_allToCalendar;
    QLabel *m_cancelWhy;
    class OrderPanel *m_orderPanel;
};

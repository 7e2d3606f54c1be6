#pragma once

#include "domain/Member.h"
#include "Widgets.h"
#include <QPointer>
#include <QTimer>
#include <QWidget>

class BusyIndicator;
class ConfirmOverlay;
class Services;
class MemberBookings;
class Notice;
class QBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QTreeView;

// The member's upcoming bookings and order history, an order with its receipt (read here; nothing to print or save
// on a kiosk), and cancelling with the same question and read-back as the desk. Draws MemberBookings.
class KioskBookingsPage : public QWidget
{
    Q_OBJECT
public:
    KioskBookingsPage(Services *services, MemberBookings *bookings, ConfirmOverlay *confirm, QWidget *parent = nullptr);
    void setPortrait(bool portrait);
    void showFor(const Member &member, const QString &highlight = {});

private:
    void upcomingChosen();
    void cancelSelected();
    MemberBookings *m_bookings;
    ConfirmOverlay *m_confirm;
    QBoxLayout *m_split;
    QListView *m_upcoming;
    QTreeView *m_history;
    QLabel *m_upcomingEmpty, *m_historyEmpty, *m_cancelWhy;
    QPushButton *m_cancel;
    BusyIndicator *m_busy;
    Notice *m_notice;
    class OrderPanel *m_order;
};

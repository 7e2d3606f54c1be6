#pragma once

#include "util/Problem.h"

#include <QFrame>

class Services;
class MemberBookings;
class QLabel;
class QPushButton;
class ReceiptView;

// One order as the desk and the kiosk show it: what was booked, paid and refunded, and its receipt read inside the
// app. Follows the order a MemberBookings loads. `selfService`: the member reads it at a kiosk (no Print or Save).
class OrderPanel : public QFrame
{
    Q_OBJECT
public:
    OrderPanel(Services *services, MemberBookings *bookings, bool selfService, QWidget *parent = nullptr);
    // Nothing shown (`hint` says what to do to see an order).
    void clear(const QString &hint = {});
    QString text() const;

Q_SIGNALS:
    void failed(const Problem &problem);

private:
    MemberBookings *m_bookings;
    QLabel *m_order;
    QPushButton *m_showReceipt;
    ReceiptView *m_receipt;
};

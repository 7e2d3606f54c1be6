#pragma once

#include "domain/Domain.h"
#include "domain/Member.h"

#include <QWidget>

class DeskServices;
class BusyIndicator;
class Notice;
class QLabel;
class QListWidget;
class QPushButton;

class BookingsPage : public QWidget
{
    Q_OBJECT
public:
    BookingsPage(DeskServices *services, QWidget *parent = nullptr);
    // Loads the member's bookings; `highlightOpportunity` (an occurrence identifier) is selected and marked new.
    void showMember(const Member &member, const QString &highlightOpportunity = {});
    void clearAll();
    QString highlighted() const { return m_highlight; }

private:
    void reload();
    void showOrder(const QString &orderIdentifier);
    void cancelSelected();
    DeskServices *m_services;
    Member m_member;
    QString m_highlight;
    QLabel *m_title;
    BusyIndicator *m_busy;
    Notice *m_notice;
    QListWidget *m_upcoming, *m_history;
    QPushButton *m_cancel;
    QLabel *m_order;
    QVector<OrderItem> m_items;
    QVector<Order> m_orders;
    QObject *m_context = nullptr;
};

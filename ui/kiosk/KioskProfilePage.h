#pragma once

#include "domain/Member.h"
#include "Widgets.h"
#include <QPointer>
#include <QTimer>
#include <QWidget>

class Services;
class Notice;
class QLabel;
class QPushButton;
class QScrollArea;

// The member's own details: name, email, phone, address and emergency contact (not the membership number). Saved
// like the desk's form (validation beside each field, the same save that merges a change made at the desk
// meanwhile), sent to imin by the outbox, with the member's sync state.
class KioskProfilePage : public QWidget
{
    Q_OBJECT
public:
    KioskProfilePage(Services *services, QWidget *parent = nullptr);
    void showMember(const Member &member);
    const Member &member() const { return m_member; }

Q_SIGNALS:
    void saved(const Member &member);

private:
    void save();
    void fill(const Person &p);
    Person read(QMap<QString, QString> *problems) const;
    void refreshSync();
    Services *m_services;
    Member m_member;
    Person m_loaded;
    FieldSet m_fields;
    QLabel *m_number, *m_sync;
    QLabel *m_holding;
    Notice *m_notice;
    QPushButton *m_save;
    QScrollArea *m_scroll;
};

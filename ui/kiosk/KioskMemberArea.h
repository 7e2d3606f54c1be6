#pragma once

#include "domain/Member.h"
#include "Widgets.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class BookingFlow;
class BusyIndicator;
class CheckoutPage;
class CourtsPage;
class ConfirmOverlay;
class Services;
class Field;
class MemberBookings;
class Notice;
class QBoxLayout;
class QComboBox;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeView;
class ReceiptView;
class SessionBrowser;

// The kiosk's sessions: filters preset to the member's age, the results, and one session's dates and the price levels
// the member may use (the others say who they are for). Draws a SessionBrowser, as the desk's Sessions page does.
class KioskSessionsPage : public QWidget
{
    Q_OBJECT
public:
    KioskSessionsPage(Services *services, SessionBrowser *browser, QWidget *parent = nullptr);
    void start();
    void setPortrait(bool portrait);

Q_SIGNALS:
    void bookRequested();

private:
    void applyFilters();
    void showDetail();
    void showSource();
    void syncChoice();
    Services *m_services;
    SessionBrowser *m_browser;
    QBoxLayout *m_split;
    QComboBox *m_activity, *m_day, *m_time, *m_kind;
    QCheckBox *m_forMyAge;
    QListView *m_list;
    QLabel *m_count;
    BusyIndicator *m_busy;
    Notice *m_notice;
    QScrollArea *m_detailScroll;
    QWidget *m_detail, *m_detailEmpty;
    QLabel *m_name, *m_facts, *m_description, *m_source, *m_venue, *m_hint, *m_offersEmpty;
    QListView *m_dates, *m_offers;
    BusyIndicator *m_detailBusy;
    Notice *m_detailNotice;
    QPushButton *m_book;
};

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

// Everything a logged-in member sees: made at log-in and destroyed at log-out (or walk-away), so nothing of them can
// outlive it: not a field, a model, a selection, the checkout page or its profile.
class KioskMemberArea : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Sessions, Checkout, Bookings, Profile, Courts };
    KioskMemberArea(Services *services, const Member &member, QWidget *parent = nullptr);
    ~KioskMemberArea() override;
    void showPage(Page page);
    Page page() const;
    void setPortrait(bool portrait);
    // Ends any checkout (its web view and profile destroyed at once) and closes questions; before deletion.
    void shutDown();
    // A card was scanned while this member is logged in: they are told; nothing else happens.
    void cardScanned(const QString &number);

    const Member &member() const { return m_member; }
    SessionBrowser *browser() const { return m_browser; }
    MemberBookings *bookings() const { return m_bookings; }
    BookingFlow *flow() const { return m_flow; }
    CheckoutPage *checkout() const { return m_checkout; }
    CourtsPage *courts() const { return m_courts; }

Q_SIGNALS:
    void logOutRequested();

private:
    Services *m_services;
    Member m_member;
    SessionBrowser *m_browser;
    MemberBookings *m_bookings;
    BookingFlow *m_flow;
    QLabel *m_greeting;
    QStackedWidget *m_pages;
    KioskSessionsPage *m_sessions;
    CheckoutPage *m_checkout;
    KioskBookingsPage *m_bookingsPage;
    KioskProfilePage *m_profile;
    CourtsPage *m_courts;
    ConfirmOverlay *m_confirm;
    QList<QPushButton *> m_nav;
    Notice *m_scanNotice;
    QTimer m_scanNoticeTimer;
};

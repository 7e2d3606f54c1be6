#pragma once

#include "domain/Member.h"
#include "KioskBookingsPage.h"
#include "KioskProfilePage.h"
#include "KioskSessionsPage.h"
#include "services/BookingFlow.h"
#include "Widgets.h"
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QVBoxLayout;
class CheckoutPage;
class CourtsPage;
class ConfirmOverlay;
class Services;
class MemberBookings;
class Notice;
class QLabel;
class QPushButton;
class QStackedWidget;
class SessionBrowser;

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
    // The constructor's parts.
    void buildBar(QVBoxLayout *layout);
    void buildPages(QVBoxLayout *layout);
    void wireFlow();
    void bookingEnded(BookingFlow::Ending how, const BookingFlow::Choice &choice);
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

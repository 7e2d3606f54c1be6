#pragma once

#include "domain/Domain.h"
#include "domain/Member.h"

#include <QMainWindow>
#include <QUrl>

class BookingFlow;
class Services;
class FirstRunPage;
class LoginPage;
class MembersPage;
class SessionsPage;
class BookingsPage;
class CheckoutPage;
class CourtsPage;
class QLabel;
class ScanCatcher;
class QPushButton;
class QStackedWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `apiKey` is held in memory only, for the settings dialog's "Test connection".
    MainWindow(Services *services, const QString &apiKey, QWidget *parent = nullptr);

    enum class Section { Members, Sessions, Bookings, Courts, Checkout };
    void showSection(Section section);
    // Shows the window filling a small screen (a 1366×768 desk) or at a comfortable size on a large one.
    void showForScreen();
    // The member database and imin (or the sandbox) are open (when Application opened them after the first paint).
    void dataOpened();
    // The imin key arrived from the keychain (or did not: `problem` says why, in the status bar).
    void setApiKey(const QString &apiKey, const QString &problem);
    // The sections are built after the window's first paint; asking for one builds them at once.
    MembersPage *membersPage() const;
    SessionsPage *sessionsPage() const;
    BookingsPage *bookingsPage() const;
    CheckoutPage *checkoutPage() const;
    CourtsPage *courtsPage() const;
    BookingFlow *bookingFlow() const { return m_flow; }
    // The one member the desk acts for: shown above every section; Sessions, Courts and Bookings act for them.
    std::optional<Member> memberInHand() const { return m_inHand; }
    ScanCatcher *scanCatcher() const { return m_scans; }

Q_SIGNALS:
    void checkoutPageRequested(const QUrl &target); // for benchmarks and tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void buildDesk() const;
    void buildDeskNow();
    void makeShortcuts();
    void retranslate();
    void showAccess();
    void enterDesk();
    void logOut();
    void openSettings();
    // Another member (or none): every section starts afresh for them; with a checkout open for the one before, asks
    // first and returns false if staff stay with it.
    bool setMemberInHand(const std::optional<Member> &member);
    void showMemberInHand();
    // Staff leave an open checkout only when they say so; true when nothing is open or they chose to leave.
    bool mayLeaveCheckout(const QString &why);
    void cardScanned(const QString &number);

    Services *m_services;
    QString m_apiKey;
    BookingFlow *m_flow;
    QStackedWidget *m_root, *m_pages;
    FirstRunPage *m_firstRun;
    LoginPage *m_login;
    QWidget *m_desk;
    MembersPage *m_members;
    SessionsPage *m_sessions;
    BookingsPage *m_bookings;
    CheckoutPage *m_checkout;
    CourtsPage *m_courts;
    QLabel *m_staffLabel, *m_badge;
    QLabel *m_inHandLabel = nullptr;
    std::optional<Member> m_inHand;
    ScanCatcher *m_scans;
    QPushButton *m_settings, *m_logout;
    QVector<QPushButton *> m_nav;
    bool m_rebuildQueued = false;
    bool m_shortcutsMade = false;
};

#pragma once

#include "app/BookingFlow.h"

#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;
class QProgressBar;
class QLabel;
class QPushButton;
class QStackedWidget;
class QWebEngineLoadingInfo;

// Sees every request of a checkout page (frames, scripts, images, XHR, not only navigations) and blocks those to
// origins outside the allow-list. Blocked addresses are kept for tests.
class CheckoutRequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    CheckoutRequestGuard(const QList<QUrl> &allowedOrigins, QObject *parent);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    bool allows(const QUrl &url) const;
    QList<QUrl> blocked() const;

private:
    QList<QUrl> m_allowed;
    mutable QList<QUrl> m_blocked;
};

// The page of imin's hosted checkout: only the allowed origins may be shown; the broker's back and profile URLs end
// the checkout; no new windows, file pickers or JavaScript dialogs.
class CheckoutWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    CheckoutWebPage(QWebEngineProfile *profile, const BookingFlow::Checkout &rules, QObject *parent);

Q_SIGNALS:
    void finishedAt(bool viewBookings);
    void blocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;

private:
    BookingFlow::Checkout m_rules;
};

// Draws a BookingFlow: "preparing", an error with Try again, or imin's checkout in an embedded web view. Each
// checkout gets its own off-the-record profile; when the booking ends in any way (finished, left, log-out) the view,
// its page and its profile are destroyed, so nothing of it can be read again, not even through the accessibility tree.
class CheckoutPage : public QWidget
{
    Q_OBJECT
public:
    CheckoutPage(BookingFlow *flow, QWidget *parent = nullptr);
    ~CheckoutPage() override;

    // Destroys the web view, its page and its profile (at once hidden, deleted on the next turn of the event loop).
    void clear();
    QWebEngineView *view() const; // null when no checkout is open
    bool hasView() const { return view() != nullptr; }
    QUrl currentUrl() const;
    QList<QUrl> blockedRequests() const;
    int profilesCreated() const { return m_profilesCreated; }

Q_SIGNALS:
    void viewCreated(QWebEngineView *view); // for benchmarks and tests

private:
    void showState();
    void open(const BookingFlow::Checkout &checkout);
    void onLoading(const QWebEngineLoadingInfo &info);
    void showError(const QString &text, bool retry);

    BookingFlow *m_flow;
    QPointer<QObject> m_session; // owns the profile, the page and the view of the checkout shown
    QPointer<QWebEngineView> m_view;
    QPointer<CheckoutRequestGuard> m_guard;
    QStackedWidget *m_stack;
    QProgressBar *m_progress;
    QLabel *m_title, *m_message;
    QPushButton *m_retry;
    int m_profilesCreated = 0;
};

#pragma once

#include "services/BookingFlow.h"

#include "WebModuleApi.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QProgressBar;
class QLabel;
class QPushButton;
class QStackedWidget;

// Draws a BookingFlow: "preparing", an error with Try again, or imin's checkout in an embedded web view (from the
// web module, loaded on demand). Each checkout gets its own off-the-record profile; when the booking ends in any way
// (finished, left, log-out) the view, its page and its profile are destroyed, so nothing of it can be read again, not
// even through the accessibility tree.
// While someone is logged in (keepWarm), a spare profile with a blank page waits, so that "Book" never waits for
// QtWebEngine or its renderer to start; it never holds anything of a checkout and goes with the log-out.
class CheckoutPage : public QWidget
{
    Q_OBJECT
public:
    CheckoutPage(BookingFlow *flow, QWidget *parent = nullptr);
    ~CheckoutPage() override;

    // Destroys the open checkout's view, page and profile (at once hidden, deleted on the next turn of the event loop).
    void clear();
    // On: prepare a spare blank page when the desk is idle (and again after each checkout). Off: destroy the spare.
    void keepWarm(bool on);
    bool hasSpare() const { return m_spareShown && !m_spare.owner.isNull(); } // warmed up, renderer started
    QWidget *view() const; // the open checkout's web view (a QWebEngineView); null when no checkout is open
    bool hasView() const { return view() != nullptr; }
    QUrl currentUrl() const;
    QList<QUrl> blockedRequests() const;
    int profilesCreated() const { return m_profilesCreated; }
    QObject *session() const { return m_current.owner; } // the web module's session of the open checkout (tests)

Q_SIGNALS:
    void viewCreated(QWidget *view); // a QWebEngineView; for benchmarks and tests
    void spareReady();               // for benchmarks and tests
    void pageLoaded(bool ok);        // the checkout's page finished loading (for benchmarks and tests)

private:
    void showState();
    void open(const BookingFlow::Checkout &checkout);
    void onLoading(const WebModule::LoadResult &result);
    void showError(const QString &text, bool retry);
    struct Held
    {
        QPointer<QObject> owner; // the web module's session: owns the profile, the page and the view
        QPointer<QWidget> view;  // none until the checkout starts
    };
    void warmStep();
    bool prepare(Held *into, QString *error);
    void destroy(Held *held);

    BookingFlow *m_flow;
    Held m_current; // the checkout shown
    Held m_spare;   // a blank page waiting for the next checkout
    bool m_keepWarm = false;
    QTimer m_warmTimer;
    int m_warmStep = 0;
    bool m_spareShown = false;
    QStackedWidget *m_stack;
    QProgressBar *m_progress;
    QLabel *m_title, *m_message;
    QPushButton *m_retry;
    int m_profilesCreated = 0;
};

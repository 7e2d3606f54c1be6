#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;
class QProgressBar;
class QLabel;
class QPushButton;
class QStackedWidget;
class QWebEngineLoadingInfo;

// The page of imin's hosted checkout: only the checkout host may be shown; the broker's back and profile URLs end
// the checkout; no new windows.
class CheckoutWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    CheckoutWebPage(QWebEngineProfile *profile, QObject *parent);
    void setRules(const QUrl &allowedOrigin, const QUrl &backUrl, const QUrl &profileUrl);

Q_SIGNALS:
    void finishedAt(bool viewBookings);
    void blocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QUrl m_allowed, m_back, m_profile;
};

class CheckoutPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckoutPage(QWidget *parent = nullptr);
    ~CheckoutPage() override;
    void setRules(const QUrl &allowedOrigin, const QUrl &backUrl, const QUrl &profileUrl);
    void showPreparing(const QString &text);
    void showError(const QString &text, bool retry);
    void open(const QUrl &target, const QString &title);
    void clear();           // log-out: the web view forgets everything
    QWebEngineView *view(); // created on first use
    bool hasView() const { return m_view != nullptr; }
    QUrl currentUrl() const;

Q_SIGNALS:
    void finished(bool viewBookings);
    void retryRequested();
    void cancelled();

private:
    void onLoading(const QWebEngineLoadingInfo &info);
    void ensureView();
    QWebEngineProfile *m_profile = nullptr;
    CheckoutWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QStackedWidget *m_stack;
    QProgressBar *m_progress;
    QLabel *m_title, *m_message;
    QPushButton *m_retry;
    QUrl m_target;
    bool m_loadedOnce = false;
};

#include "CheckoutPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace {
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool startsWith(const QUrl &url, const QUrl &prefix)
{
    return prefix.isValid() && !prefix.isEmpty() && sameOrigin(url, prefix) && url.path().startsWith(prefix.path());
}
} // namespace

CheckoutWebPage::CheckoutWebPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent) {}

void CheckoutWebPage::setRules(const QUrl &allowedOrigin, const QUrl &backUrl, const QUrl &profileUrl)
{
    m_allowed = allowedOrigin;
    m_back = backUrl;
    m_profile = profileUrl;
}

bool CheckoutWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type);
    if (startsWith(url, m_profile)) {
        Q_EMIT finishedAt(true);
        return false;
    }
    if (startsWith(url, m_back)) {
        Q_EMIT finishedAt(false);
        return false;
    }
    if (url.scheme() == QLatin1String("about") || url.scheme() == QLatin1String("data"))
        return !isMainFrame || url.toString() == QLatin1String("about:blank");
    if (!sameOrigin(url, m_allowed)) {
        Q_EMIT blocked(url);
        return false;
    }
    return true;
}

QWebEnginePage *CheckoutWebPage::createWindow(WebWindowType)
{
    return nullptr; // no pop-ups or new windows from the checkout
}

CheckoutPage::CheckoutPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checkoutPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("checkoutTitle"));
    m_title->setProperty("role", QStringLiteral("subtitle"));
    auto *cancel = new QPushButton(tr("&Leave checkout"), this);
    cancel->setObjectName(QStringLiteral("leaveCheckoutButton"));
    top->addWidget(m_title, 1);
    top->addWidget(cancel);
    layout->addLayout(top);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkoutProgress"));
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading the checkout"));
    layout->addWidget(m_progress);
    m_stack = new QStackedWidget(this);
    auto *messagePage = new QWidget(m_stack);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    m_message = new QLabel(messagePage);
    m_message->setObjectName(QStringLiteral("checkoutMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_retry = new QPushButton(tr("&Try again"), messagePage);
    m_retry->setObjectName(QStringLiteral("checkoutRetryButton"));
    m_retry->setProperty("role", QStringLiteral("primary"));
    messageLayout->addWidget(m_message);
    auto *retryRow = new QHBoxLayout;
    retryRow->addStretch();
    retryRow->addWidget(m_retry);
    retryRow->addStretch();
    messageLayout->addLayout(retryRow);
    messageLayout->addStretch();
    m_stack->addWidget(messagePage);
    layout->addWidget(m_stack, 1);

    connect(m_retry, &QPushButton::clicked, this, &CheckoutPage::retryRequested);
    connect(cancel, &QPushButton::clicked, this, &CheckoutPage::cancelled);
}

CheckoutPage::~CheckoutPage()
{
    if (m_view) {
        m_view->setPage(nullptr);
        delete m_page; // before its profile
    }
}

QWebEngineView *CheckoutPage::view()
{
    ensureView();
    return m_view;
}

void CheckoutPage::ensureView()
{
    // QtWebEngine starts only when a checkout first needs it, not with the window.
    if (m_view)
        return;
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_page = new CheckoutWebPage(m_profile, this);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_view = new QWebEngineView(m_stack);
    m_view->setObjectName(QStringLiteral("checkoutView"));
    m_view->setPage(m_page);
    m_stack->addWidget(m_view);
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &CheckoutPage::onLoading);
    connect(m_page, &CheckoutWebPage::finishedAt, this, &CheckoutPage::finished);
}

void CheckoutPage::setRules(const QUrl &allowedOrigin, const QUrl &backUrl, const QUrl &profileUrl)
{
    ensureView();
    m_page->setRules(allowedOrigin, backUrl, profileUrl);
}

void CheckoutPage::showPreparing(const QString &text)
{
    m_title->setText(tr("Checkout"));
    m_message->setText(text);
    m_message->setProperty("role", QString());
    m_retry->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stack->setCurrentIndex(0);
}

void CheckoutPage::showError(const QString &text, bool retry)
{
    m_message->setText(text);
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_retry->setVisible(retry);
    m_progress->hide();
    m_stack->setCurrentIndex(0);
}

void CheckoutPage::open(const QUrl &target, const QString &title)
{
    m_target = target;
    m_title->setText(title);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    ensureView();
    m_stack->setCurrentIndex(1);
    m_loadedOnce = true;
    m_view->load(target);
    m_view->setFocus();
}

void CheckoutPage::onLoading(const QWebEngineLoadingInfo &info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus) {
        m_progress->show();
        return;
    }
    m_progress->hide();
    if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
        return;
    // Qt 6.4 reports pages that loaded with HTTP 2xx as "failed" with the HTTP status domain: judge by the code.
    const bool httpOk = info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain && info.errorCode() >= 200 &&
                        info.errorCode() < 400;
    if (httpOk || info.errorDomain() == QWebEngineLoadingInfo::NoErrorDomain)
        return;
    if (info.errorCode() == -3 /* aborted: a navigation we refused or replaced */)
        return;
    showError(info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain
                  ? tr("The checkout page could not be shown (the server answered %1). Try again, or book again from "
                       "the session.")
                        .arg(info.errorCode())
                  : tr("The checkout page could not be reached. Check the connection and try again."),
              true);
}

void CheckoutPage::clear()
{
    if (m_loadedOnce) {
        // Forget the last checkout; nothing to do (and no need to start QtWebEngine) if none was ever shown.
        m_view->stop();
        m_view->setUrl(QUrl(QStringLiteral("about:blank")));
        m_profile->clearHttpCache();
        m_profile->cookieStore()->deleteAllCookies();
    }
    m_target.clear();
    m_title->clear();
    m_stack->setCurrentIndex(0);
    m_message->clear();
}

QUrl CheckoutPage::currentUrl() const
{
    return m_view ? m_view->url() : QUrl();
}

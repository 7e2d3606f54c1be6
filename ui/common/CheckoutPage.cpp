#include "CheckoutPage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineView>

namespace {
QMutex guardMutex;

bool startsWith(const QUrl &url, const QUrl &prefix)
{
    return prefix.isValid() && !prefix.isEmpty() && CheckoutRequestGuard::sameOrigin(url, prefix) &&
           url.path().startsWith(prefix.path());
}

// Owns one checkout's profile, page and view, and deletes them in the only safe order: view, page, profile.
class CheckoutSessionHolder : public QObject
{
public:
    explicit CheckoutSessionHolder(QObject *parent) : QObject(parent) {}
    ~CheckoutSessionHolder() override
    {
        delete view;
        delete page;
        delete profile;
    }
    QPointer<QWebEngineProfile> profile;
    QPointer<QWebEnginePage> page;
    QPointer<QWebEngineView> view;
};
} // namespace

CheckoutRequestGuard::CheckoutRequestGuard(const QList<QUrl> &allowedOrigins, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent), m_allowed(allowedOrigins)
{}

bool CheckoutRequestGuard::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool CheckoutRequestGuard::allows(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("data") || scheme == QLatin1String("blob") || scheme == QLatin1String("about"))
        return true;
    return std::any_of(m_allowed.begin(), m_allowed.end(), [&url](const QUrl &o) { return sameOrigin(url, o); });
}

void CheckoutRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (allows(info.requestUrl()))
        return;
    info.block(true);
    QMutexLocker lock(&guardMutex);
    m_blocked.append(info.requestUrl());
}

QList<QUrl> CheckoutRequestGuard::blocked() const
{
    QMutexLocker lock(&guardMutex);
    return m_blocked;
}

CheckoutWebPage::CheckoutWebPage(QWebEngineProfile *profile, const BookingFlow::Checkout &rules, QObject *parent)
    : QWebEnginePage(profile, parent), m_rules(rules)
{
    settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings()->setAttribute(QWebEngineSettings::LocalStorageEnabled, true);
    settings()->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    settings()->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings()->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings()->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
}

bool CheckoutWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type);
    if (startsWith(url, m_rules.profileUrl)) {
        Q_EMIT finishedAt(true);
        return false;
    }
    if (startsWith(url, m_rules.backUrl)) {
        Q_EMIT finishedAt(false);
        return false;
    }
    if (url.scheme() == QLatin1String("about") || url.scheme() == QLatin1String("data"))
        return !isMainFrame || url.toString() == QLatin1String("about:blank");
    const bool checkoutHost =
        !m_rules.allowedOrigins.isEmpty() && CheckoutRequestGuard::sameOrigin(url, m_rules.allowedOrigins.constFirst());
    // The main frame stays on the checkout host; frames may also show the payment hosts it names.
    const bool allowed =
        checkoutHost ||
        (!isMainFrame && std::any_of(m_rules.allowedOrigins.begin(), m_rules.allowedOrigins.end(),
                                     [&url](const QUrl &o) { return CheckoutRequestGuard::sameOrigin(url, o); }));
    if (!allowed) {
        Q_EMIT blocked(url);
        return false;
    }
    return true;
}

QWebEnginePage *CheckoutWebPage::createWindow(WebWindowType)
{
    return nullptr; // no pop-ups or new windows from the checkout
}

QStringList CheckoutWebPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {}; // no file pickers: nothing of this computer is reachable from the checkout
}

CheckoutPage::CheckoutPage(BookingFlow *flow, QWidget *parent) : QWidget(parent), m_flow(flow)
{
    setObjectName(QStringLiteral("checkoutPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("checkoutTitle"));
    m_title->setProperty("role", QStringLiteral("subtitle"));
    m_title->setWordWrap(true);
    auto *leave = new QPushButton(tr("&Leave checkout"), this);
    leave->setObjectName(QStringLiteral("leaveCheckoutButton"));
    top->addWidget(m_title, 1);
    top->addWidget(leave);
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

    connect(m_retry, &QPushButton::clicked, m_flow, &BookingFlow::retry);
    connect(leave, &QPushButton::clicked, m_flow, &BookingFlow::leave);
    connect(m_flow, &BookingFlow::stateChanged, this, &CheckoutPage::showState);
    connect(m_flow, &BookingFlow::checkoutReady, this, &CheckoutPage::open);
    showState();
}

CheckoutPage::~CheckoutPage()
{
    delete m_session;
}

QWebEngineView *CheckoutPage::view() const
{
    return m_view;
}

QList<QUrl> CheckoutPage::blockedRequests() const
{
    return m_guard ? m_guard->blocked() : QList<QUrl>();
}

void CheckoutPage::showState()
{
    const BookingFlow::State state = m_flow->state();
    if (state != BookingFlow::State::InCheckout)
        clear();
    switch (state) {
    case BookingFlow::State::Idle:
        m_title->clear();
        m_message->clear();
        m_retry->hide();
        m_progress->hide();
        break;
    case BookingFlow::State::SendingMember:
    case BookingFlow::State::CreatingCheckout:
        m_title->setText(tr("Checkout"));
        m_message->setText(m_flow->message());
        m_message->setProperty("role", QString());
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
        m_retry->hide();
        m_progress->setRange(0, 0);
        m_progress->show();
        m_stack->setCurrentIndex(0);
        break;
    case BookingFlow::State::Failed:
        m_title->setText(tr("Checkout"));
        showError(m_flow->message(), m_flow->retryAllowed());
        break;
    case BookingFlow::State::InCheckout:
        break;
    }
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
    if (retry)
        m_retry->setFocus();
}

void CheckoutPage::open(const BookingFlow::Checkout &checkout)
{
    clear();
    // QtWebEngine starts only when a checkout first needs it, and every checkout starts from nothing.
    auto *session = new CheckoutSessionHolder(this);
    m_session = session;
    session->profile = new QWebEngineProfile(); // no storage name: off the record, nothing on disk
    session->profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    session->profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    session->profile->setHttpAcceptLanguage(QLocale().uiLanguages().join(QLatin1Char(',')));
    session->profile->setHttpUserAgent(session->profile->httpUserAgent() +
                                       QStringLiteral(" ActiveDesk/" ACTIVEDESK_VERSION));
    m_guard = new CheckoutRequestGuard(checkout.allowedOrigins, session->profile);
    session->profile->setUrlRequestInterceptor(m_guard);
    connect(session->profile, &QWebEngineProfile::downloadRequested, session->profile,
            [](QWebEngineDownloadRequest *download) { download->cancel(); });
    ++m_profilesCreated;
    auto *page = new CheckoutWebPage(session->profile, checkout, nullptr);
    session->page = page;
    auto *view = new QWebEngineView(m_stack);
    view->setObjectName(QStringLiteral("checkoutView"));
    view->setContextMenuPolicy(Qt::NoContextMenu);
    view->setAccessibleName(tr("imin checkout"));
    view->setPage(page);
    session->view = view;
    m_view = view;
    m_stack->addWidget(view);
    connect(view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(page, &QWebEnginePage::loadingChanged, this, &CheckoutPage::onLoading);
    connect(page, &CheckoutWebPage::finishedAt, m_flow, &BookingFlow::reachedEnd, Qt::QueuedConnection);
    Q_EMIT viewCreated(view);

    m_title->setText(checkout.title);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    m_stack->setCurrentWidget(view);
    view->load(checkout.target);
    view->setFocus();
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
    if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain && info.errorCode() >= 400 &&
        info.errorCode() < 500)
        return; // the checkout's own page explains (for example "checkout not found")
    clear();
    showError(info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain
                  ? tr("The checkout page could not be shown (the server answered %1). Try again, or book again from "
                       "the session.")
                        .arg(info.errorCode())
                  : tr("The checkout page could not be reached. Check the connection and try again."),
              true);
}

void CheckoutPage::clear()
{
    if (m_view) {
        m_stack->removeWidget(m_view);
        m_view->hide();
        m_view->page()->disconnect(this);
        m_view->page()->disconnect(m_flow);
        m_view->disconnect(this);
    }
    m_view = nullptr;
    m_guard = nullptr;
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    m_stack->setCurrentIndex(0);
}

QUrl CheckoutPage::currentUrl() const
{
    return m_view ? m_view->url() : QUrl();
}

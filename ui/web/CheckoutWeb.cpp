// activedesk-web: imin's hosted checkout in an embedded QtWebEngine view. Loaded on demand (see WebModuleApi.h).
#include "WebModuleApi.h"

#include <algorithm>
#include <QMutex>
#include <QPointer>
#include <QQuickWindow>
#include <QWebEngineDownloadRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool startsWith(const QUrl &url, const QUrl &prefix)
{
    return prefix.isValid() && !prefix.isEmpty() && sameOrigin(url, prefix) && url.path().startsWith(prefix.path());
}

// Sees every request of the page (frames, scripts, images, XHR, not only navigations) and blocks those to origins
// outside the allow-list. Until a checkout starts, only about:, data: and blob: pass.
class RequestGuard : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void setAllowed(const QList<QUrl> &origins)
    {
        QMutexLocker lock(&m_mutex);
        m_allowed = origins;
    }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("data") || scheme == QLatin1String("blob") || scheme == QLatin1String("about"))
            return;
        QMutexLocker lock(&m_mutex);
        if (std::any_of(m_allowed.begin(), m_allowed.end(), [&url](const QUrl &o) { return sameOrigin(url, o); }))
            return;
        info.block(true);
        m_blocked.append(url);
    }
    QList<QUrl> blocked() const
    {
        QMutexLocker lock(&m_mutex);
        return m_blocked;
    }

private:
    mutable QMutex m_mutex;
    QList<QUrl> m_allowed;
    QList<QUrl> m_blocked;
};

// The checkout's page: the main frame stays on the checkout host, frames may show the payment hosts; the broker's
// back and profile addresses end the checkout; no new windows or file pickers.
class CheckoutWebPage : public QWebEnginePage
{
public:
    CheckoutWebPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
    {
        QWebEngineSettings *s = settings();
        s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
        s->setAttribute(QWebEngineSettings::LocalStorageEnabled, true);
        s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
        s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
        s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
        s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    }
    WebModule::CheckoutRules rules;
    WebModule::CheckoutCallbacks callbacks;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
    {
        if (startsWith(url, rules.profileUrl) || startsWith(url, rules.backUrl)) {
            if (callbacks.finishedAt)
                callbacks.finishedAt(startsWith(url, rules.profileUrl));
            return false;
        }
        if (url.scheme() == QLatin1String("about") || url.scheme() == QLatin1String("data"))
            return !isMainFrame || url.toString() == QLatin1String("about:blank");
        const bool checkoutHost = !rules.allowedOrigins.isEmpty() && sameOrigin(url, rules.allowedOrigins.constFirst());
        const bool allowed =
            checkoutHost || (!isMainFrame && std::any_of(rules.allowedOrigins.begin(), rules.allowedOrigins.end(),
                                                         [&url](const QUrl &o) { return sameOrigin(url, o); }));
        if (!allowed && callbacks.blocked)
            callbacks.blocked(url);
        return allowed;
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
    QStringList chooseFiles(FileSelectionMode, const QStringList &, const QStringList &) override { return {}; }
};

// Owns one checkout's profile, page and view, and deletes them in the only safe order: view, page, profile.
class SessionOwner : public QObject
{
public:
    explicit SessionOwner(QObject *parent) : QObject(parent) {}
    ~SessionOwner() override
    {
        if (page)
            page->callbacks = {}; // nothing reaches the application while the page goes
        delete view;
        delete page;
        delete profile;
    }
    QPointer<QWebEngineProfile> profile;
    QPointer<CheckoutWebPage> page;
    QPointer<QWebEngineView> view;
    RequestGuard *guard = nullptr; // a child of the profile
};

SessionOwner *ownerOf(QObject *session)
{
    return dynamic_cast<SessionOwner *>(session);
}

QObject *prepare()
{
    // QtWebEngine renders through Qt Quick's OpenGL back end (it would set this itself had it been linked at start).
    const QSGRendererInterface::GraphicsApi api = QQuickWindow::graphicsApi();
    if (api != QSGRendererInterface::OpenGL && api != QSGRendererInterface::Vulkan)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    auto *owner = new SessionOwner(nullptr);
    owner->profile = new QWebEngineProfile(); // no storage name: off the record, nothing on disk
    owner->profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    owner->profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    owner->guard = new RequestGuard(owner->profile);
    owner->profile->setUrlRequestInterceptor(owner->guard);
    QObject::connect(owner->profile, &QWebEngineProfile::downloadRequested, owner->profile,
                     [](QWebEngineDownloadRequest *download) { download->cancel(); });
    owner->page = new CheckoutWebPage(owner->profile, nullptr);
    return owner;
}

void showBlank(QObject *session)
{
    SessionOwner *owner = ownerOf(session);
    if (owner && owner->page && owner->page->url().isEmpty())
        owner->page->setUrl(QUrl(QStringLiteral("about:blank")));
}

QWidget *start(QObject *session, QWidget *parent, const WebModule::CheckoutRules &rules,
               const WebModule::CheckoutCallbacks &callbacks)
{
    SessionOwner *owner = ownerOf(session);
    if (!owner || !owner->page)
        return nullptr;
    owner->setParent(parent);
    auto *view = new QWebEngineView(parent);
    view->setObjectName(QStringLiteral("checkoutView"));
    view->setContextMenuPolicy(Qt::NoContextMenu);
    view->setPage(owner->page);
    owner->view = view;
    owner->profile->setHttpAcceptLanguage(rules.acceptLanguage);
    owner->profile->setHttpUserAgent(owner->profile->httpUserAgent() + rules.userAgentSuffix);
    owner->guard->setAllowed(rules.allowedOrigins);
    owner->page->rules = rules;
    owner->page->callbacks = callbacks;
    owner->view->setAccessibleName(rules.accessibleName);
    CheckoutWebPage *page = owner->page;
    QObject::connect(owner->view, &QWebEngineView::loadProgress, owner, [page](int value) {
        if (page->callbacks.progress)
            page->callbacks.progress(value);
    });
    QObject::connect(page, &QWebEnginePage::loadingChanged, owner, [page](const QWebEngineLoadingInfo &info) {
        if (!page->callbacks.loading || info.url().scheme() == QLatin1String("about"))
            return; // the blank page the session was warmed with
        WebModule::LoadResult result;
        result.kind = info.status() == QWebEngineLoadingInfo::LoadStartedStatus ? WebModule::LoadResult::Kind::Started
                      : info.status() == QWebEngineLoadingInfo::LoadFailedStatus
                          ? WebModule::LoadResult::Kind::Failed
                          : WebModule::LoadResult::Kind::Succeeded;
        result.httpStatus = info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain;
        result.errorCode = info.errorDomain() == QWebEngineLoadingInfo::NoErrorDomain ? 0 : info.errorCode();
        page->callbacks.loading(result);
    });
    owner->view->load(rules.target);
    return view;
}

void release(QObject *session)
{
    SessionOwner *owner = ownerOf(session);
    if (!owner)
        return;
    if (owner->page) {
        owner->page->callbacks = {};
        owner->page->triggerAction(QWebEnginePage::Stop);
    }
    if (owner->view)
        owner->view->hide();
    owner->deleteLater();
}

QUrl currentUrl(QObject *session)
{
    SessionOwner *owner = ownerOf(session);
    return owner && owner->view ? owner->view->url() : QUrl();
}

QList<QUrl> blockedRequests(QObject *session)
{
    SessionOwner *owner = ownerOf(session);
    return owner && owner->guard ? owner->guard->blocked() : QList<QUrl>();
}

QWebEngineView *viewOf(QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (auto *view = qobject_cast<QWebEngineView *>(widget))
            return view;
    }
    return nullptr;
}

bool runScript(QWidget *widget, const QString &script, const std::function<void(const QVariant &)> &done)
{
    QWebEngineView *view = viewOf(widget);
    if (!view || !view->page())
        return false;
    view->page()->runJavaScript(script, done);
    return true;
}

bool isWebView(QWidget *widget)
{
    return viewOf(widget) != nullptr;
}

QObject *profile(QObject *session)
{
    SessionOwner *owner = ownerOf(session);
    return owner ? owner->profile.data() : nullptr;
}

bool offTheRecord(QObject *session)
{
    SessionOwner *owner = ownerOf(session);
    return owner && owner->profile && owner->profile->isOffTheRecord();
}

const WebModule::Api api = {WebModule::ApiVersion, prepare,   showBlank, start,   release,     currentUrl,
                            blockedRequests,       runScript, isWebView, profile, offTheRecord};

} // namespace

extern "C" Q_DECL_EXPORT const WebModule::Api *activedesk_web_api()
{
    return &api;
}

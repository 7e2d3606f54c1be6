#pragma once

// The contract between the application and its web module (activedesk-web), the only code that links QtWebEngine.
// The module is loaded when a checkout first needs it or when the desk warms it while idle, never before the first
// window is painted: QtWebEngine's libraries alone cost more to load than the rest of the program's start.
// Both sides are built from this tree by the same compiler, so the table may use Qt and standard C++ types.
#include <functional>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVariant>

class QObject;
class QWidget;

namespace WebModule {

constexpr int ApiVersion = 1;

// What a checkout page may do: show the checkout host (main frame) and the payment hosts it names (frames only);
// reaching the broker's back or profile address ends it.
struct CheckoutRules
{
    QUrl target;
    QList<QUrl> allowedOrigins; // the checkout host first
    QUrl backUrl;
    QUrl profileUrl;
    QString acceptLanguage;  // the HTTP Accept-Language of the app's language
    QString userAgentSuffix; // appended to QtWebEngine's user agent
    QString accessibleName;
};

// How a page load ended, in QtWebEngine's words without its types.
struct LoadResult
{
    enum class Kind { Started, Succeeded, Failed } kind = Kind::Started;
    bool httpStatus = false; // errorCode is an HTTP status
    int errorCode = 0;
};

struct CheckoutCallbacks
{
    std::function<void(int)> progress;
    std::function<void(const LoadResult &)> loading;
    std::function<void(bool viewBookings)> finishedAt;
    std::function<void(const QUrl &)> blocked;
};

// A session is the QObject that owns one checkout's profile, page and view, and destroys them in the only safe order
// (view, page, profile) when it is deleted.
struct Api
{
    int version;
    // A session with a fresh off-the-record profile (nothing on disk) and a page not yet in any view: no widget joins
    // the window (a web view makes its window switch to OpenGL drawing, which would take the focus). The first call
    // starts QtWebEngine itself.
    QObject *(*prepare)();
    // The session's page is asked for about:blank, so that its first navigation has begun before any checkout (it
    // completes when the page joins a view: measured, the next checkout loads in ~150 ms instead of ~210 ms).
    // Nothing of any checkout is loaded.
    void (*showBlank)(QObject *session);
    // Makes the prepared session a checkout: applies the rules to its page and request guard, puts the page in a new
    // web view (a child of `parent`, returned) and loads the target.
    QWidget *(*start)(QObject *session, QWidget *parent, const CheckoutRules &rules,
                      const CheckoutCallbacks &callbacks);
    // Nothing more reaches the callbacks from this moment; the view is hidden at once and the view, page and profile
    // are destroyed on the next turn of the event loop.
    void (*release)(QObject *session);
    QUrl (*currentUrl)(QObject *session);
    QList<QUrl> (*blockedRequests)(QObject *session);
    // Runs a script in the page of the web view containing `widget` (or does nothing and returns false when
    // `widget` is not inside one of the module's views).
    bool (*runScript)(QWidget *widget, const QString &script, const std::function<void(const QVariant &)> &done);
    bool (*isWebView)(QWidget *widget); // `widget` is, or is inside, one of the module's web views
    // For tests: the session's QWebEngineProfile (gone when the session is), and whether it keeps nothing on disk.
    QObject *(*profile)(QObject *session);
    bool (*offTheRecord)(QObject *session);
};

} // namespace WebModule

// The one symbol the module exports.
extern "C" {
using ActiveDeskWebApiFunction = const WebModule::Api *(*)();
}

#pragma once

#include "Catalogue.h"
#include "HttpServer.h"
#include "SandboxStore.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

class QCommandLineParser;
class Clock;

namespace Sandbox {

struct Faults
{
    int latencyMs = 0;
    double errorRate = 0;   // 503 with an error body
    double dropRate = 0;    // connection closed without an answer
    double garbageRate = 0; // 200 with a malformed body
};

struct SandboxOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataDir;
    QString apiKey = QStringLiteral("sandbox-key");
    QString publicOrigin; // the origin the sandbox names in its answers; empty: http://<bound address>:<port>
    bool honourIdempotencyKey = true; // false: ignore Idempotency-Key, as real imin does
    // A date whose booking window (validFromBeforeStartDate) has not opened has no imin:checkoutUrlTemplate, and a
    // checkout for it is refused (contract 5.1).
    bool enforceBookingWindows = true;
    int maxConnections = 256;
    int requestTimeoutMs = 10000;
    int idleTimeoutMs = 60000;
    QString brokerName = QStringLiteral("ActiveDesk");
    QDateTime now;            // invalid: the system clock
    int busyTimeoutMs = 5000; // how long a write waits for SQLite's lock before the answer is 503
    CatalogueOptions catalogue;
    Faults faults;

    // Adds the sandbox's options to a parser (used by activedesk-sandbox and by activedesk --sandbox).
    static void addTo(QCommandLineParser &parser);
    // Reads them back; on a bad value returns false with a message.
    static bool readFrom(const QCommandLineParser &parser, SandboxOptions *options, QString *error);
    static QString defaultDataDir();
};

// The public test key of the imin Events API (contract 1.4), accepted on search routes.
inline constexpr const char *eventsApiTestKey = "7gsdzogPG2elvc9XAvx0qQday6W637js";

// activedesk-sandbox: a faithful local imin (contract section 10) on one loopback origin.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error);
    QUrl baseUrl() const; // http://ADDR:PORT
    const Catalogue &catalogue() const { return *m_catalogue; }
    Faults faults() const { return m_options.faults; }
    void setFaults(const Faults &faults) { m_options.faults = faults; }

private:
    enum class Auth { None, Booking, Search, Admin };
    struct Context
    {
        const HttpRequest &request;
        QRegularExpressionMatch match;
        QString origin;            // http://host:port as the client addressed us
        QString tenant;            // X-Broker-Identifier, or "default"
        QHash<QString, int> taken; // places taken, as of the request (a shared copy: safe on a worker thread)
    };
    using Handler = std::function<HttpResponse(Context &)>;
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Auth auth;
        Handler handler;
    };

    void addRoute(const char *method, const QString &pattern, Auth auth, Handler handler);
    void registerRoutes();
    void handle(const HttpRequest &request, const HttpResponder &responder);
    HttpResponse dispatch(const HttpRequest &request, const Route &route, const QRegularExpressionMatch &match,
                          const QHash<QString, int> &taken);
    bool authorised(const HttpRequest &request, Auth auth) const;
    qint64 nowMs() const;

public:
    // Error bodies in the OpenActive shape of contract 2.4.
    static HttpResponse error(int status, const QString &type, const QString &name, const QString &description,
                              const QJsonArray &invalidParams = {});
    static QJsonObject invalidParam(const QString &name, const QString &reason);
    // A write that could not be saved (the database is locked or failing): 503, never a 2xx.
    static HttpResponse storageBusy();
    static HttpResponse jsonResponse(int status, const QJsonObject &body);

private:
    // Parses a JSON object body: sets `response` (415/400) and returns false when it is not one.
    static bool readJsonBody(const HttpRequest &request, QJsonObject *out, HttpResponse *response);
    QJsonObject collection(const Context &ctx, const QJsonArray &items, int total, int page, int perPage,
                           const QString &implicitQuery = {}) const;
    // The same envelope as an answer, with items serialised one by one (faster for large search pages).
    HttpResponse collectionResponse(const Context &ctx, const QVector<QJsonObject> &items, int total, int page,
                                    int perPage, const QString &implicitQuery = {}) const;

    // Customer accounts and entitlements (contract 3).
    HttpResponse createCustomer(Context &ctx);
    HttpResponse getCustomer(Context &ctx);
    HttpResponse customerAction(Context &ctx);
    HttpResponse patchCustomer(Context &ctx);
    HttpResponse deleteCustomer(Context &ctx);
    HttpResponse entitlements(Context &ctx);
    QJsonObject renderCustomer(const Context &ctx, const CustomerRecord &c) const;
    static QJsonArray validatePerson(const QJsonObject &person, const QString &prefix, bool requireNames);

    // Events and Facilities APIs (contract 7, 8).
    HttpResponse searchEvents(Context &ctx);
    HttpResponse eventSeriesById(Context &ctx);
    HttpResponse sessionSeriesById(Context &ctx);
    HttpResponse scheduledSessionById(Context &ctx);
    static QJsonArray byIdContext();
    HttpResponse places(Context &ctx);
    HttpResponse facets(Context &ctx);
    HttpResponse datasets(Context &ctx); // the attribution catalogue (contract 2.5)
    HttpResponse searchFacilities(Context &ctx);
    HttpResponse facilityUseById(Context &ctx);
    HttpResponse slotById(Context &ctx);
    bool parseSearch(const HttpRequest &request, SearchQuery *query, QJsonArray *problems) const;

    // Checkout (contract 5) and its hosted pages.
    HttpResponse createCheckoutSession(Context &ctx);
    HttpResponse checkoutPage(Context &ctx);
    HttpResponse checkoutReview(Context &ctx);
    HttpResponse checkoutPaymentPage(Context &ctx);
    HttpResponse checkoutPay(Context &ctx);
    HttpResponse guestCheckout(Context &ctx);
    HttpResponse checkoutAsset(Context &ctx);
    enum class CompleteResult { Completed, Full, Started, Failed };
    CompleteResult completeCheckout(CheckoutRecord &checkout, const QString &paymentNote);
    HttpResponse bookingNotSaved(const CheckoutRecord &record, bool paid);

    // Orders (contract 6).
    HttpResponse orderById(Context &ctx);
    HttpResponse orderHistory(Context &ctx);
    HttpResponse upcomingItems(Context &ctx);
    HttpResponse cancelItems(Context &ctx);
    HttpResponse receiptPage(Context &ctx);
    QJsonObject renderOrder(const Context &ctx, const OrderRecord &order, bool withContext) const;
    QJsonObject renderItem(const Context &ctx, const OrderItemRecord &item, bool upcoming) const;

    // Sandbox-only routes.
    HttpResponse mailbox(Context &ctx);
    HttpResponse customersDump(Context &ctx);
    HttpResponse getFaults(Context &ctx);
    HttpResponse statsRoute(Context &ctx);
    int searchCacheHits();
    HttpResponse setFaultsRoute(Context &ctx);

    SandboxOptions m_options;
    std::unique_ptr<Catalogue> m_catalogue;
    SandboxStore m_store;
    QHash<QString, int> m_taken; // mirror of the occupancy table
    quint64 m_takenVersion = 0;  // +1 whenever m_taken changes (the search cache's key holds it)
    void takenChanged() { ++m_takenVersion; }
    HttpServer *m_http = nullptr;
    QVector<Route> m_routes;
    std::unique_ptr<::Clock> m_clock;
    // Search routes touch no database and read only the catalogue, so they run here, off the main thread.
    QThreadPool m_searchPool;
    // Search answers, serialised, per request and per state of the catalogue: the places taken and the clock's minute
    // (a session that has started leaves the answers). Repeated searches (pages a desk reads again, a kiosk's idle
    // refresh, a crowd of clients) are answered without serialising 400 KB again.
    struct CachedAnswer
    {
        HttpResponse response;
        qint64 validUntilMs = 0;
    };
    QMutex m_searchCacheMutex;
    QHash<QByteArray, CachedAnswer> m_searchCache;
    qint64 m_searchCacheBytes = 0;
    int m_searchCacheHits = 0;
    QString m_origin; // http://ADDR:PORT, or the configured public origin
    struct Stats
    {
        int createCalls = 0;            // customer creates that reached the handler
        int repeatedKeys = 0;           // of those, creates repeating an Idempotency-Key already seen
        int checkoutPages = 0;          // hosted checkout review pages served
        int foreignCheckoutCookies = 0; // of those, requested with another checkout's session cookie
    } m_stats;
    QSet<QString> m_keysSeen;
};

} // namespace Sandbox

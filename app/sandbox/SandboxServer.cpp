#include "SandboxServer.h"

#include "util/Clock.h"
#include "util/Iso8601.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

namespace Sandbox {

void SandboxOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port to listen on (0 picks a free one)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("bind"), QStringLiteral("Address to listen on."), QStringLiteral("ADDR"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("data"), QStringLiteral("Folder for the sandbox's SQLite state."), QStringLiteral("DIR")},
        {QStringLiteral("api-key"),
         QStringLiteral("The X-API-KEY clients must send (visible in the process list: prefer --api-key-file or "
                        "ACTIVEDESK_SANDBOX_API_KEY)."),
         QStringLiteral("KEY")},
        {QStringLiteral("api-key-file"), QStringLiteral("Read the X-API-KEY clients must send from this file."),
         QStringLiteral("FILE")},
        {QStringLiteral("public-origin"),
         QStringLiteral("The origin the sandbox names in its answers (default: http://ADDR:PORT it listens on)."),
         QStringLiteral("URL")},
        {QStringLiteral("no-idempotency"),
         QStringLiteral("Ignore Idempotency-Key on creates, as real imin does (for exactly-once tests).")},
        {QStringLiteral("no-booking-windows"),
         QStringLiteral("Let every date be booked whatever its price levels' validFromBeforeStartDate says.")},
        {QStringLiteral("max-connections"), QStringLiteral("Connections open at once; more are answered 503."),
         QStringLiteral("N"), QStringLiteral("256")},
        {QStringLiteral("request-timeout-ms"),
         QStringLiteral("Time from a request's first byte to its last before it is answered 408."), QStringLiteral("N"),
         QStringLiteral("10000")},
        {QStringLiteral("idle-timeout-ms"),
         QStringLiteral("Time a keep-alive connection may idle before it is closed."), QStringLiteral("N"),
         QStringLiteral("60000")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the generated catalogue."), QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("center"), QStringLiteral("Centre of the catalogue's venues."), QStringLiteral("LAT,LNG"),
         QStringLiteral("51.7520,-1.2578")},
        {QStringLiteral("sessions"), QStringLiteral("Number of session series in the catalogue."), QStringLiteral("N"),
         QStringLiteral("2000")},
        {QStringLiteral("activity-list"),
         QStringLiteral("An OpenActive activity list (JSON-LD); collection-*.jsonld beside it are read too."),
         QStringLiteral("FILE")},
        {QStringLiteral("broker-name"),
         QStringLiteral("Broker name shown on checkout pages when a request gives none."), QStringLiteral("NAME"),
         QStringLiteral("ActiveDesk")},
        {QStringLiteral("now"), QStringLiteral("Start the sandbox's clock at this ISO 8601 date-time (for tests)."),
         QStringLiteral("DATETIME")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay every API answer by N ms."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("busy-timeout-ms"),
         QStringLiteral("How long a write waits for the database's lock before it is answered 503."),
         QStringLiteral("N"), QStringLiteral("5000")},
        {QStringLiteral("error-rate"), QStringLiteral("Share of API calls answered 503 (0 to 1)."), QStringLiteral("P"),
         QStringLiteral("0")},
        {QStringLiteral("drop-rate"),
         QStringLiteral("Share of API calls whose connection is closed unanswered (0 to 1)."), QStringLiteral("P"),
         QStringLiteral("0")},
        {QStringLiteral("garbage-rate"),
         QStringLiteral("Share of API calls answered 200 with a malformed body (0 to 1)."), QStringLiteral("P"),
         QStringLiteral("0")},
    });
}

QString SandboxOptions::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/activedesk/sandbox");
}

bool SandboxOptions::readFrom(const QCommandLineParser &p, SandboxOptions *o, QString *error)
{
    bool ok = false;
    const int port = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        *error = QStringLiteral("--port must be a number from 0 to 65535");
        return false;
    }
    o->port = quint16(port);
    if (!o->bind.setAddress(p.value(QStringLiteral("bind")))) {
        *error = QStringLiteral("--bind must be an IP address, such as 127.0.0.1");
        return false;
    }
    o->dataDir = p.isSet(QStringLiteral("data")) ? p.value(QStringLiteral("data")) : defaultDataDir();
    // The key: --api-key-file, else ACTIVEDESK_SANDBOX_API_KEY, else --api-key, else "sandbox-key".
    if (p.isSet(QStringLiteral("api-key-file"))) {
        QFile keyFile(p.value(QStringLiteral("api-key-file")));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--api-key-file: cannot read %1").arg(keyFile.fileName());
            return false;
        }
        o->apiKey = QString::fromUtf8(keyFile.readAll()).trimmed();
    } else if (!qEnvironmentVariableIsEmpty("ACTIVEDESK_SANDBOX_API_KEY")) {
        o->apiKey = qEnvironmentVariable("ACTIVEDESK_SANDBOX_API_KEY").trimmed();
    } else if (p.isSet(QStringLiteral("api-key"))) {
        o->apiKey = p.value(QStringLiteral("api-key"));
    }
    if (o->apiKey.isEmpty()) {
        *error = QStringLiteral("the API key must not be empty");
        return false;
    }
    if (p.isSet(QStringLiteral("public-origin"))) {
        const QUrl origin(p.value(QStringLiteral("public-origin")));
        if (!origin.isValid() || origin.host().isEmpty() ||
            (origin.scheme() != QLatin1String("http") && origin.scheme() != QLatin1String("https"))) {
            *error = QStringLiteral("--public-origin must be an http:// or https:// origin, such as "
                                    "https://sandbox.example.org");
            return false;
        }
        o->publicOrigin = origin.toString(QUrl::StripTrailingSlash);
    }
    o->honourIdempotencyKey = !p.isSet(QStringLiteral("no-idempotency"));
    o->enforceBookingWindows = !p.isSet(QStringLiteral("no-booking-windows"));
    for (const auto &[name, target] :
         {qMakePair("request-timeout-ms", &o->requestTimeoutMs), qMakePair("idle-timeout-ms", &o->idleTimeoutMs)}) {
        *target = p.value(QLatin1String(name)).toInt(&ok);
        if (!ok || *target < 100 || *target > 3600000) {
            *error = QStringLiteral("--%1 must be from 100 to 3600000").arg(QLatin1String(name));
            return false;
        }
    }
    o->maxConnections = p.value(QStringLiteral("max-connections")).toInt(&ok);
    if (!ok || o->maxConnections < 1 || o->maxConnections > 100000) {
        *error = QStringLiteral("--max-connections must be from 1 to 100000");
        return false;
    }
    o->brokerName = p.value(QStringLiteral("broker-name"));
    o->catalogue.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("--seed must be a whole number");
        return false;
    }
    const QStringList centre = p.value(QStringLiteral("center")).split(QLatin1Char(','));
    bool okLat = false, okLng = false;
    if (centre.size() == 2) {
        o->catalogue.centerLat = centre.at(0).trimmed().toDouble(&okLat);
        o->catalogue.centerLng = centre.at(1).trimmed().toDouble(&okLng);
    }
    if (!okLat || !okLng || std::abs(o->catalogue.centerLat) > 90 || std::abs(o->catalogue.centerLng) > 180) {
        *error = QStringLiteral("--center must be LAT,LNG, such as 51.7520,-1.2578");
        return false;
    }
    o->catalogue.sessions = p.value(QStringLiteral("sessions")).toInt(&ok);
    if (!ok || o->catalogue.sessions < 1 || o->catalogue.sessions > 1000000) {
        *error = QStringLiteral("--sessions must be from 1 to 1000000");
        return false;
    }
    o->catalogue.activityListFile = p.value(QStringLiteral("activity-list"));
    if (!o->catalogue.activityListFile.isEmpty() && !QFile::exists(o->catalogue.activityListFile)) {
        *error = QStringLiteral("--activity-list: no such file: %1").arg(o->catalogue.activityListFile);
        return false;
    }
    if (p.isSet(QStringLiteral("now"))) {
        o->now = Iso8601::parseDateTime(p.value(QStringLiteral("now")));
        if (!o->now.isValid()) {
            *error = QStringLiteral("--now must be an ISO 8601 date-time with a zone, such as 2030-01-10T09:00:00Z");
            return false;
        }
    }
    o->busyTimeoutMs = p.value(QStringLiteral("busy-timeout-ms")).toInt(&ok);
    if (!ok || o->busyTimeoutMs < 0 || o->busyTimeoutMs > 600000) {
        *error = QStringLiteral("--busy-timeout-ms must be from 0 to 600000");
        return false;
    }
    o->faults.latencyMs = p.value(QStringLiteral("latency-ms")).toInt(&ok);
    if (!ok || o->faults.latencyMs < 0 || o->faults.latencyMs > 600000) {
        *error = QStringLiteral("--latency-ms must be from 0 to 600000");
        return false;
    }
    const struct
    {
        const char *name;
        double *target;
    } rates[] = {{"error-rate", &o->faults.errorRate},
                 {"drop-rate", &o->faults.dropRate},
                 {"garbage-rate", &o->faults.garbageRate}};
    for (const auto &r : rates) {
        *r.target = p.value(QLatin1String(r.name)).toDouble(&ok);
        if (!ok || *r.target < 0 || *r.target > 1) {
            *error = QStringLiteral("--%1 must be a number from 0 to 1").arg(QLatin1String(r.name));
            return false;
        }
    }
    return true;
}

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent) : QObject(parent), m_options(options)
{
    if (m_options.now.isValid())
        m_clock = std::make_unique<OffsetClock>(m_options.now);
}

SandboxServer::~SandboxServer()
{
    m_searchPool.waitForDone();
}

qint64 SandboxServer::nowMs() const
{
    return m_clock ? m_clock->currentMSecsSinceEpoch() : Clock::instance().currentMSecsSinceEpoch();
}

bool SandboxServer::start(QString *error)
{
    if (!m_store.open(m_options.dataDir, error, m_options.busyTimeoutMs))
        return false;
    m_taken = m_store.allTaken();
    takenChanged();
    m_catalogue = std::make_unique<Catalogue>(m_options.catalogue);
    m_catalogue->refreshIndexes(nowMs());
    registerRoutes();
    m_http = new HttpServer([this](const HttpRequest &r, const HttpResponder &w) { handle(r, w); }, this);
    HttpServer::Limits limits = m_http->limits();
    limits.maxConnections = m_options.maxConnections;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    m_http->setLimits(limits);
    m_http->errorResponder = [](int status, const QString &why) {
        const QString type = QStringLiteral("OpenBookingError");
        return SandboxServer::error(status, type, QStringLiteral("Request rejected"), why);
    };
    if (!m_http->listen(m_options.bind, m_options.port)) {
        *error = m_http->errorString();
        return false;
    }
    m_origin = m_options.publicOrigin.isEmpty() ? baseUrl().toString(QUrl::StripTrailingSlash)
                                                : QUrl(m_options.publicOrigin).toString(QUrl::StripTrailingSlash);
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_http ? m_http->address().toString() : m_options.bind.toString());
    url.setPort(m_http ? m_http->port() : m_options.port);
    return url;
}

QJsonObject SandboxServer::invalidParam(const QString &name, const QString &reason)
{
    // A typed extension (OpenActive's OpenBookingError has no invalidParams): schema.org's PropertyValue.
    return {{QStringLiteral("@type"), QStringLiteral("PropertyValue")},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), reason}};
}

HttpResponse SandboxServer::storageBusy()
{
    HttpResponse r = error(503, QStringLiteral("OpenBookingError"), QStringLiteral("Storage busy"),
                           QStringLiteral("The change could not be saved, so nothing was changed. Try again in a "
                                          "moment."));
    r.setHeader("Retry-After", "1");
    return r;
}

HttpResponse SandboxServer::jsonResponse(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse SandboxServer::error(int status, const QString &type, const QString &name, const QString &description,
                                  const QJsonArray &invalidParams)
{
    QJsonObject body{{QStringLiteral("@context"), QStringLiteral("https://openactive.io/")},
                     {QStringLiteral("@type"), type},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("statusCode"), status}};
    if (!invalidParams.isEmpty())
        body.insert(QStringLiteral("invalidParams"), invalidParams);
    return jsonResponse(status, body);
}

bool SandboxServer::readJsonBody(const HttpRequest &request, QJsonObject *out, HttpResponse *response)
{
    if (!request.hasJsonBody()) {
        *response = error(415, QStringLiteral("OpenBookingError"), QStringLiteral("Unsupported media type"),
                          QStringLiteral("Send the body as JSON with Content-Type: application/json."));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? QStringLiteral("The body is not valid JSON (%1 at offset %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)
                                : QStringLiteral("The body must be a JSON object.");
        *response = error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Malformed JSON"), why,
                          QJsonArray{invalidParam(QStringLiteral("body"), why)});
        return false;
    }
    *out = doc.object();
    return true;
}

QJsonObject SandboxServer::collection(const Context &ctx, const QJsonArray &items, int total, int page, int perPage,
                                      const QString &implicitQuery) const
{
    // Rebuild the request URL with a given page, keeping every other parameter as sent.
    QList<QPair<QString, QString>> params = ctx.request.queryItems();
    auto urlForPage = [&](const QString &pageValue) {
        QString query;
        bool hadPage = false;
        for (const auto &p : params) {
            if (!query.isEmpty())
                query += QLatin1Char('&');
            const QString value = p.first == QLatin1String("page") ? (hadPage = true, pageValue) : p.second;
            query += QString::fromLatin1(QUrl::toPercentEncoding(p.first, "[]")) + QLatin1Char('=') +
                     (p.first == QLatin1String("page") ? value
                                                       : QString::fromLatin1(QUrl::toPercentEncoding(value, ",:{}")));
        }
        if (!hadPage)
            query += (query.isEmpty() ? QString() : QStringLiteral("&")) + QStringLiteral("page=") + pageValue;
        return ctx.origin + ctx.request.path + QLatin1Char('?') + query;
    };
    const int totalPages = std::max(1, (total + perPage - 1) / perPage);
    const QString self =
        ctx.origin + QString::fromUtf8(ctx.request.rawPath) +
        (ctx.request.rawQuery.isEmpty() ? QString() : QLatin1Char('?') + QString::fromUtf8(ctx.request.rawQuery));
    QJsonObject view{{QStringLiteral("id"), implicitQuery.isEmpty() ? self : self + QLatin1Char('&') + implicitQuery},
                     {QStringLiteral("type"), QStringLiteral("PartialCollectionView")},
                     {QStringLiteral("first"), urlForPage(QStringLiteral("1"))},
                     {QStringLiteral("last"), urlForPage(QString::number(totalPages))},
                     {QStringLiteral("imin:currentPage"), page},
                     {QStringLiteral("imin:itemsPerPage"), perPage},
                     {QStringLiteral("imin:totalPages"), totalPages},
                     {QStringLiteral("urlTemplate"), urlForPage(QStringLiteral("{page}"))}};
    if (page < totalPages)
        view.insert(QStringLiteral("next"), urlForPage(QString::number(page + 1)));
    if (page > 1)
        view.insert(QStringLiteral("previous"), urlForPage(QString::number(std::min(page - 1, totalPages))));
    return {{QStringLiteral("@context"),
             QJsonArray{QStringLiteral("https://openactive.io/"), QStringLiteral("https://schema.imin.co/"),
                        QStringLiteral("https://openactive.io/ns-beta")}},
            {QStringLiteral("id"), self},
            {QStringLiteral("type"), QStringLiteral("imin:RestrictedCollection")},
            {QStringLiteral("imin:totalItems"), total},
            {QStringLiteral("view"), view},
            {QStringLiteral("imin:item"), items}};
}

HttpResponse SandboxServer::collectionResponse(const Context &ctx, const QVector<QJsonObject> &items, int total,
                                               int page, int perPage, const QString &implicitQuery) const
{
    QByteArray envelope = QJsonDocument(collection(ctx, QJsonArray(), total, page, perPage, implicitQuery))
                              .toJson(QJsonDocument::Compact);
    QByteArray list = "\"imin:item\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            list += ',';
        list += QJsonDocument(items.at(i)).toJson(QJsonDocument::Compact);
    }
    list += ']';
    envelope.replace("\"imin:item\":[]", list);
    return HttpResponse::json(200, envelope);
}

void SandboxServer::addRoute(const char *method, const QString &pattern, Auth auth, Handler handler)
{
    m_routes.append(Route{QByteArray(method), QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')), auth,
                          std::move(handler)});
}

void SandboxServer::registerRoutes()
{
    using std::placeholders::_1;
    const QString id = QStringLiteral("([^/]+)");
    const QString book = QStringLiteral("/api/v2");
    // Customer accounts (contract 3).
    addRoute("POST", book + QStringLiteral("/customer-accounts"), Auth::Booking,
             std::bind(&SandboxServer::createCustomer, this, _1));
    addRoute("GET", book + QStringLiteral("/customer-accounts/") + id, Auth::Booking,
             std::bind(&SandboxServer::getCustomer, this, _1));
    addRoute("PATCH", book + QStringLiteral("/customer-accounts/") + id, Auth::Booking,
             std::bind(&SandboxServer::patchCustomer, this, _1));
    addRoute("DELETE", book + QStringLiteral("/customer-accounts/") + id, Auth::Booking,
             std::bind(&SandboxServer::deleteCustomer, this, _1));
    addRoute("POST", book + QStringLiteral("/customer-accounts/") + id + QStringLiteral("/actions"), Auth::Booking,
             std::bind(&SandboxServer::customerAction, this, _1));
    addRoute("GET", book + QStringLiteral("/entitlements"), Auth::Booking,
             std::bind(&SandboxServer::entitlements, this, _1));
    // Orders (contract 6).
    addRoute("GET", book + QStringLiteral("/orders"), Auth::Booking, std::bind(&SandboxServer::orderHistory, this, _1));
    addRoute("GET", book + QStringLiteral("/orders/") + id, Auth::Booking,
             std::bind(&SandboxServer::orderById, this, _1));
    addRoute("PATCH", book + QStringLiteral("/orders/") + id, Auth::Booking,
             std::bind(&SandboxServer::cancelItems, this, _1));
    addRoute("GET", book + QStringLiteral("/order-items"), Auth::Booking,
             std::bind(&SandboxServer::upcomingItems, this, _1));
    addRoute("GET", book + QStringLiteral("/receipts/(\\d+)"), Auth::Booking,
             std::bind(&SandboxServer::receiptPage, this, _1));
    // Search (contract 7, 8).
    addRoute("GET", QStringLiteral("/events-api/v2/event-series"), Auth::Search,
             std::bind(&SandboxServer::searchEvents, this, _1));
    addRoute("GET", QStringLiteral("/events-api/v2/event-series/") + id, Auth::Search,
             std::bind(&SandboxServer::eventSeriesById, this, _1));
    addRoute("GET", QStringLiteral("/events-api/v2/session-series/(\\d+)"), Auth::Search,
             std::bind(&SandboxServer::sessionSeriesById, this, _1));
    addRoute("GET", QStringLiteral("/events-api/v2/scheduled-sessions/(.+)"), Auth::Search,
             std::bind(&SandboxServer::scheduledSessionById, this, _1));
    addRoute("GET", QStringLiteral("/events-api/v2/places"), Auth::Search, std::bind(&SandboxServer::places, this, _1));
    addRoute("GET", QStringLiteral("/events-api/v2/facets"), Auth::Search, std::bind(&SandboxServer::facets, this, _1));
    addRoute("GET", QStringLiteral("/firehose/datasets"), Auth::Search, std::bind(&SandboxServer::datasets, this, _1));
    addRoute("GET", QStringLiteral("/facilities-api/v2/facility-uses"), Auth::Search,
             std::bind(&SandboxServer::searchFacilities, this, _1));
    addRoute("GET", QStringLiteral("/facilities-api/v2/facility-uses/") + id, Auth::Search,
             std::bind(&SandboxServer::facilityUseById, this, _1));
    addRoute("GET", QStringLiteral("/facilities-api/v2/slots/") + id, Auth::Search,
             std::bind(&SandboxServer::slotById, this, _1));
    // Checkout (contract 5): authenticated and standalone sessions, then the hosted pages.
    for (const char *method : {"POST", "PUT"}) {
        addRoute(method, QStringLiteral("/api/checkout-sessions/?"), Auth::Booking,
                 std::bind(&SandboxServer::createCheckoutSession, this, _1));
        addRoute(method, QStringLiteral("/checkout-sessions/?"), Auth::Booking,
                 std::bind(&SandboxServer::createCheckoutSession, this, _1));
    }
    addRoute("GET", QStringLiteral("/(?:checkout|opendata)/([A-Za-z0-9]+)"), Auth::None,
             std::bind(&SandboxServer::checkoutPage, this, _1));
    addRoute("POST", QStringLiteral("/checkout/([A-Za-z0-9]+)/review"), Auth::None,
             std::bind(&SandboxServer::checkoutReview, this, _1));
    addRoute("GET", QStringLiteral("/checkout/([A-Za-z0-9]+)/payment"), Auth::None,
             std::bind(&SandboxServer::checkoutPaymentPage, this, _1));
    addRoute("POST", QStringLiteral("/checkout/([A-Za-z0-9]+)/payment"), Auth::None,
             std::bind(&SandboxServer::checkoutPay, this, _1));
    addRoute("GET", QStringLiteral("/checkout/([A-Za-z0-9]+)/confirmation"), Auth::None,
             std::bind(&SandboxServer::checkoutPage, this, _1));
    addRoute("GET", QStringLiteral("/checkout/assets/([a-z0-9.-]+)"), Auth::None,
             std::bind(&SandboxServer::checkoutAsset, this, _1));
    addRoute("GET", QStringLiteral("/v1/(events|slots)/(\\d+)(?:/(\\d{12})(?:/(\\d{1,3}))?)?"), Auth::None,
             std::bind(&SandboxServer::guestCheckout, this, _1));
    // Sandbox-only aids.
    addRoute("GET", QStringLiteral("/sandbox/mailbox"), Auth::Admin, std::bind(&SandboxServer::mailbox, this, _1));
    addRoute("GET", QStringLiteral("/sandbox/customers"), Auth::Admin,
             std::bind(&SandboxServer::customersDump, this, _1));
    addRoute("GET", QStringLiteral("/sandbox/faults"), Auth::Admin, std::bind(&SandboxServer::getFaults, this, _1));
    addRoute("GET", QStringLiteral("/sandbox/stats"), Auth::Admin, std::bind(&SandboxServer::statsRoute, this, _1));
    addRoute("POST", QStringLiteral("/sandbox/faults"), Auth::Admin,
             std::bind(&SandboxServer::setFaultsRoute, this, _1));
}

bool SandboxServer::authorised(const HttpRequest &request, Auth auth) const
{
    if (auth == Auth::None)
        return true;
    const QString key = QString::fromUtf8(request.header("x-api-key"));
    if (key == m_options.apiKey)
        return true;
    return auth == Auth::Search && key == QLatin1String(eventsApiTestKey);
}

void SandboxServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    const Route *matched = nullptr;
    QRegularExpressionMatch match;
    QByteArrayList allowed;
    for (const Route &route : std::as_const(m_routes)) {
        QRegularExpressionMatch m = route.pattern.match(request.path);
        if (!m.hasMatch())
            continue;
        if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
            matched = &route;
            match = m;
            break;
        }
        if (!allowed.contains(route.method))
            allowed.append(route.method);
    }
    if (!matched) {
        if (!allowed.isEmpty()) {
            HttpResponse r = error(
                405, QStringLiteral("MethodNotAllowedError"), QStringLiteral("Method not allowed"),
                QStringLiteral("%1 is not supported on %2; use %3.")
                    .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed.join(", "))));
            r.setHeader("Allow", allowed.join(", "));
            responder.send(r);
            return;
        }
        responder.send(error(404, QStringLiteral("NotFoundError"), QStringLiteral("Not found"),
                             QStringLiteral("There is nothing at %1.").arg(request.path)));
        return;
    }
    if (!authorised(request, matched->auth)) {
        const bool missing = request.header("x-api-key").isEmpty();
        // OpenActive's data models fix these types' statuses: no key 403, a key not valid 401.
        responder.send(error(missing ? 403 : 401,
                             missing ? QStringLiteral("NoAPITokenError") : QStringLiteral("InvalidAPITokenError"),
                             missing ? QStringLiteral("API key missing") : QStringLiteral("API key not valid"),
                             missing ? QStringLiteral("Send your API key in the X-API-KEY header.")
                                     : QStringLiteral("The API key in the X-API-KEY header is not valid.")));
        return;
    }
    // Faults apply to the imin API routes only, never to the sandbox's own aids or the hosted pages.
    const Faults f = m_options.faults;
    const bool faulty = matched->auth == Auth::Booking || matched->auth == Auth::Search;
    const Route route = *matched;
    auto answer = [this, request, responder, route, match, f, faulty]() {
        if (faulty) {
            QRandomGenerator *rng = QRandomGenerator::global();
            if (f.dropRate > 0 && rng->generateDouble() < f.dropRate) {
                responder.drop();
                return;
            }
            if (f.errorRate > 0 && rng->generateDouble() < f.errorRate) {
                responder.send(error(503, QStringLiteral("OpenBookingError"), QStringLiteral("Service unavailable"),
                                     QStringLiteral("The service is busy. Try again in a moment.")));
                return;
            }
            if (f.garbageRate > 0 && rng->generateDouble() < f.garbageRate) {
                responder.send(HttpResponse::json(
                    200, QByteArrayLiteral("{\"@context\": [\"https://openactive.io/\", \"type\": ")));
                return;
            }
        }
        m_catalogue->refreshIndexes(nowMs());
        if (route.auth != Auth::Search) {
            HttpResponse r = dispatch(request, route, match, m_taken);
            if (request.method == "HEAD")
                r.body.clear();
            responder.send(r);
            return;
        }
        const qint64 now = nowMs();
        QByteArray key = request.header("x-broker-identifier").trimmed() + '\n' + request.rawPath + '?' +
                         request.rawQuery + '\n' + QByteArray::number(m_takenVersion) + '\n' +
                         QByteArray::number(now / 60000);
        m_searchPool.start([this, request, responder, route, match, taken = m_taken, key, now]() {
            HttpResponse r;
            bool cached = false;
            {
                QMutexLocker lock(&m_searchCacheMutex);
                const auto it = m_searchCache.constFind(key);
                if (it != m_searchCache.constEnd() && now < it->validUntilMs) {
                    r = it->response;
                    cached = true;
                    ++m_searchCacheHits;
                }
            }
            if (!cached) {
                r = dispatch(request, route, match, taken);
                if (r.status == 200) {
                    QMutexLocker lock(&m_searchCacheMutex);
                    // At most 64 answers and 64 MB: beyond, start again (old keys are of past minutes or states).
                    if (m_searchCache.size() >= 64 || m_searchCacheBytes > 64 * 1024 * 1024) {
                        m_searchCache.clear();
                        m_searchCacheBytes = 0;
                    }
                    m_searchCache.insert(key, {r, (now / 60000 + 1) * 60000});
                    m_searchCacheBytes += r.body.size();
                }
            }
            if (request.method == "HEAD")
                r.body.clear();
            QMetaObject::invokeMethod(
                this, [responder, r]() { responder.send(r); }, Qt::QueuedConnection);
        });
    };
    if (faulty && f.latencyMs > 0)
        QTimer::singleShot(f.latencyMs, this, answer);
    else
        answer();
}

HttpResponse SandboxServer::dispatch(const HttpRequest &request, const Route &route,
                                     const QRegularExpressionMatch &match, const QHash<QString, int> &taken)
{
    QString tenant = QString::fromUtf8(request.header("x-broker-identifier")).trimmed();
    if (tenant.isEmpty())
        tenant = QStringLiteral("default");
    // The origin named in answers is the sandbox's own, never the client's Host header (which a client may fill
    // with anything, of any size).
    Context ctx{request, match, m_origin, tenant, taken};
    return route.handler(ctx);
}

HttpResponse SandboxServer::mailbox(Context &ctx)
{
    const QString to = ctx.request.queryValue(QStringLiteral("to"));
    QJsonArray items;
    const QVector<MailRecord> mails = m_store.mails();
    for (const MailRecord &m : mails) {
        if (!to.isEmpty() && m.to.compare(to, Qt::CaseInsensitive) != 0)
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("to"), m.to},
                                 {QStringLiteral("subject"), m.subject},
                                 {QStringLiteral("text"), m.text},
                                 {QStringLiteral("orderIdentifier"), m.orderId},
                                 {QStringLiteral("sentAt"), m.created}});
    }
    return jsonResponse(200, {{QStringLiteral("totalItems"), items.size()}, {QStringLiteral("items"), items}});
}

HttpResponse SandboxServer::customersDump(Context &ctx)
{
    QJsonArray items;
    const QVector<CustomerRecord> all = m_store.customers();
    for (const CustomerRecord &c : all) {
        items.append(QJsonObject{{QStringLiteral("identifier"), c.identifier},
                                 {QStringLiteral("broker"), c.tenant},
                                 {QStringLiteral("deleted"), c.deleted},
                                 {QStringLiteral("created"), c.created},
                                 {QStringLiteral("updated"), c.updated},
                                 {QStringLiteral("account"), renderCustomer(ctx, c)}});
    }
    return jsonResponse(200, {{QStringLiteral("totalItems"), items.size()}, {QStringLiteral("items"), items}});
}

namespace {
QJsonObject faultsJson(const Faults &f)
{
    return {{QStringLiteral("latencyMs"), f.latencyMs},
            {QStringLiteral("errorRate"), f.errorRate},
            {QStringLiteral("dropRate"), f.dropRate},
            {QStringLiteral("garbageRate"), f.garbageRate}};
}
} // namespace

HttpResponse SandboxServer::getFaults(Context &)
{
    return jsonResponse(200, faultsJson(m_options.faults));
}

int SandboxServer::searchCacheHits()
{
    QMutexLocker lock(&m_searchCacheMutex);
    return m_searchCacheHits;
}

HttpResponse SandboxServer::statsRoute(Context &)
{
    return jsonResponse(200, {{QStringLiteral("createCalls"), m_stats.createCalls},
                              {QStringLiteral("repeatedIdempotencyKeys"), m_stats.repeatedKeys},
                              {QStringLiteral("honoursIdempotencyKey"), m_options.honourIdempotencyKey},
                              {QStringLiteral("checkoutPages"), m_stats.checkoutPages},
                              {QStringLiteral("foreignCheckoutCookies"), m_stats.foreignCheckoutCookies},
                              {QStringLiteral("connections"), m_http ? m_http->connectionCount() : 0},
                              {QStringLiteral("searchCacheHits"), searchCacheHits()}});
}

HttpResponse SandboxServer::setFaultsRoute(Context &ctx)
{
    QJsonObject body;
    HttpResponse failure;
    if (!readJsonBody(ctx.request, &body, &failure))
        return failure;
    Faults f = m_options.faults;
    QJsonArray problems;
    const QStringList known{QStringLiteral("latencyMs"), QStringLiteral("errorRate"), QStringLiteral("dropRate"),
                            QStringLiteral("garbageRate")};
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            problems.append(invalidParam(it.key(), QStringLiteral("unknown setting; use one of ") +
                                                       known.join(QStringLiteral(", "))));
            continue;
        }
        if (!it.value().isDouble()) {
            problems.append(invalidParam(it.key(), QStringLiteral("must be a number")));
            continue;
        }
        const double v = it.value().toDouble();
        if (it.key() == QLatin1String("latencyMs")) {
            if (v < 0 || v > 600000)
                problems.append(invalidParam(it.key(), QStringLiteral("must be from 0 to 600000")));
            else
                f.latencyMs = int(v);
        } else if (v < 0 || v > 1) {
            problems.append(invalidParam(it.key(), QStringLiteral("must be from 0 to 1")));
        } else {
            (it.key() == QLatin1String("errorRate")  ? f.errorRate
             : it.key() == QLatin1String("dropRate") ? f.dropRate
                                                     : f.garbageRate) = v;
        }
    }
    if (!problems.isEmpty()) {
        return error(400, QStringLiteral("OpenBookingError"), QStringLiteral("Invalid fault settings"),
                     QStringLiteral("Some fault settings are not valid; nothing was changed."), problems);
    }
    m_options.faults = f;
    return jsonResponse(200, faultsJson(f));
}

} // namespace Sandbox

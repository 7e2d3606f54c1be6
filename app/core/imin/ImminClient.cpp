#include "ImminClient.h"

#include "Decode.h"
#include "jsonld/JsonLd.h"
#include "util/Iso8601.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace {

const QByteArray userAgent = QByteArrayLiteral("ActiveDesk/" ACTIVEDESK_VERSION " (Qt)");

QString geo(double lat, double lng, double radius)
{
    return QString::number(lat, 'f', 6) + QLatin1Char(',') + QString::number(lng, 'f', 6) + QLatin1Char(',') +
           QString::number(radius, 'g', 6);
}

template <typename T>
Result<T> decodeBody(const ImminClient::Raw &raw, const std::function<T(const QJsonObject &)> &decode,
                     bool wantCollection)
{
    if (raw.error.isError())
        return Result<T>::failure(raw.error);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return Result<T>::failure(ApiError::malformed(QStringLiteral("not a JSON object: ") + e.errorString()));
    if (wantCollection && !Decode::isCollection(doc.object()))
        return Result<T>::failure(ApiError::malformed(QStringLiteral("not a collection")));
    return Result<T>::success(decode(doc.object()));
}

} // namespace

namespace {
// The parameters every search takes: where, how, which page, and when.
QUrlQuery baseQuery(double lat, double lng, double radius, const QString &mode, int page, int limit,
                    const QDateTime &from, const QDateTime &to)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("geo[radial]"), geo(lat, lng, radius));
    q.addQueryItem(QStringLiteral("mode"), mode);
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 50)));
    if (from.isValid())
        q.addQueryItem(QStringLiteral("startDate[gte]"), Iso8601::formatDateTime(from));
    if (to.isValid())
        q.addQueryItem(QStringLiteral("startDate[lte]"), Iso8601::formatDateTime(to));
    return q;
}
} // namespace

QUrlQuery EventSearchQuery::toQuery() const
{
    QUrlQuery q = baseQuery(latitude, longitude, radiusKm, mode, page, limit, startFrom, startTo);
    if (!timeFrom.isEmpty())
        q.addQueryItem(QStringLiteral("startTime[gte]"), timeFrom);
    if (!timeTo.isEmpty())
        q.addQueryItem(QStringLiteral("startTime[lte]"), timeTo);
    if (ageMin >= 0)
        q.addQueryItem(QStringLiteral("ageRange[includeRange]"),
                       ageMax >= ageMin ? QStringLiteral("%1,%2").arg(ageMin).arg(ageMax) : QString::number(ageMin));
    for (const QString &id : activityIds)
        q.addQueryItem(QStringLiteral("activityId"), id);
    if (!collectionId.isEmpty())
        q.addQueryItem(QStringLiteral("activityConceptCollectionId"), collectionId);
    for (const auto &p : extra)
        q.addQueryItem(p.first, p.second);
    return q;
}

QUrlQuery FacilitySearchQuery::toQuery() const
{
    QUrlQuery q = baseQuery(latitude, longitude, radiusKm, mode, page, limit, startFrom, startTo);
    if (!activityPrefLabel.isEmpty())
        q.addQueryItem(QStringLiteral("activityPrefLabel"), activityPrefLabel);
    return q;
}

ImminClient::ImminClient(const ImminConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_nam(new QNetworkAccessManager(this))
{
    // Every redirect is checked: the key never follows one to another host (see attempt()).
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_nam->setTransferTimeout(m_config.timeoutMs);
}

ImminClient::~ImminClient() = default;

QUrl ImminClient::booking(const QString &path) const
{
    return QUrl(m_config.bookingBase.toString(QUrl::StripTrailingSlash) + path);
}

QUrl ImminClient::search(const QString &path) const
{
    return QUrl(m_config.searchBase.toString(QUrl::StripTrailingSlash) + path);
}

QUrl ImminClient::resolveSearch(const QString &idOrUrl, const QString &collectionPath) const
{
    // imin's `id` values are full URLs; identifiers are appended to the collection path.
    if (idOrUrl.startsWith(QLatin1String("http://")) || idOrUrl.startsWith(QLatin1String("https://")))
        return QUrl(idOrUrl);
    return search(collectionPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(idOrUrl)));
}

bool ImminClient::isConfiguredOrigin(const QUrl &url) const
{
    auto same = [&url](const QUrl &base) {
        const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
        return base.isValid() && !base.host().isEmpty() && url.scheme() == base.scheme() &&
               url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
               url.port(defaultPort) == base.port(base.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return same(m_config.bookingBase) || same(m_config.searchBase) || same(m_config.checkoutBase) ||
           same(m_config.datasetsUrl());
}

void ImminClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body, bool retryable,
                       QObject *context, std::function<void(const Raw &)> done,
                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // One time limit for the whole call, retries included: a person waits at most this long.
    // A monotonic deadline: a change of the computer's clock (NTP, a person) neither stretches nor cuts it.
    const QDeadlineTimer deadline(std::max(1, m_config.timeoutMs));
    attempt(method, url, body, retryable, 0, deadline, QPointer<QObject>(context), context != nullptr, std::move(done),
            headers);
}

void ImminClient::attempt(const QByteArray &method, const QUrl &url, const QByteArray &body, bool retryable,
                          int attemptNo, QDeadlineTimer deadline, QPointer<QObject> context, bool hadContext,
                          std::function<void(const Raw &)> done, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (hadContext && !context)
        return; // the caller is gone: nothing to deliver
    if (!isConfiguredOrigin(url)) {
        // An address found in data (a `next` link, an `id`) on another host is not fetched: the key would go with it.
        Raw raw;
        raw.error = ApiError::foreignAddress(url);
        QObject *target = hadContext ? context.data() : this;
        QMetaObject::invokeMethod(
            target, [done, raw]() { done(raw); }, Qt::QueuedConnection);
        return;
    }
    const qint64 remaining = deadline.remainingTime();
    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", m_config.apiKey.toUtf8());
    if (!m_config.brokerIdentifier.isEmpty())
        request.setRawHeader("X-Broker-Identifier", m_config.brokerIdentifier.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(int(std::clamp<qint64>(remaining, 1, m_config.timeoutMs)));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    auto cancelled = std::make_shared<bool>(false);
    auto refusedRedirect = std::make_shared<QUrl>();
    connect(reply, &QNetworkReply::redirected, reply, [this, reply, refusedRedirect](const QUrl &to) {
        const QUrl target = reply->url().resolved(to);
        if (isConfiguredOrigin(target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        *refusedRedirect = target; // to another host: not followed, so the key is not sent there
        reply->abort();
    });
    if (hadContext) {
        connect(context, &QObject::destroyed, reply, [reply, cancelled]() {
            *cancelled = true;
            reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [=]() {
        reply->deleteLater();
        if (*cancelled || (hadContext && !context))
            return;
        Raw raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        raw.location = reply->rawHeader("Location");
        if (raw.status >= 200 && raw.status < 300) {
            done(raw);
            return;
        }
        if (!refusedRedirect->isEmpty())
            raw.error = ApiError::foreignAddress(*refusedRedirect);
        else if (raw.status >= 300 && raw.status < 400)
            raw.error = ApiError::fromHttp(raw.status, raw.body);
        else if (raw.status > 0)
            raw.error = ApiError::fromHttp(raw.status, raw.body);
        else if (reply->error() == QNetworkReply::OperationCanceledError ||
                 reply->error() == QNetworkReply::TimeoutError)
            raw.error = ApiError::timeout(); // our transfer timeout fired
        else
            raw.error = ApiError::network(reply->errorString());
        const int backoff = m_config.retryBaseMs * (1 << attemptNo);
        const int jitter = int(QRandomGenerator::global()->bounded(backoff / 2 + 1));
        // Another attempt only if it can still finish within the call's time limit.
        const bool inTime = backoff + jitter + 250 < deadline.remainingTime();
        const bool again = retryable && inTime && attemptNo < m_config.getRetries && refusedRedirect->isEmpty() &&
                           (raw.status == 0 || raw.status == 502 || raw.status == 503 || raw.status == 504);
        if (again) {
            QObject *timerContext = hadContext ? context.data() : this;
            QTimer::singleShot(backoff + jitter, timerContext, [=]() {
                attempt(method, url, body, retryable, attemptNo + 1, deadline, context, hadContext, done, headers);
            });
            return;
        }
        done(raw);
    });
}

template <typename T>
void ImminClient::getJson(const QUrl &url, QObject *context, std::function<T(const QJsonObject &)> decode,
                          Callback<T> done, bool wantCollection)
{
    send("GET", url, {}, true, context,
         [decode, done, wantCollection](const Raw &raw) { done(decodeBody<T>(raw, decode, wantCollection)); });
}

void ImminClient::createCustomer(const Person &person, QObject *context, Callback<CustomerAccount> done,
                                 const QString &idempotencyKey)
{
    const QJsonObject body{{QStringLiteral("@context"), QStringLiteral("https://openactive.io/")},
                           {QStringLiteral("@type"), QStringLiteral("CustomerAccount")},
                           {QStringLiteral("customer"), Decode::encodePerson(person)}};
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toUtf8()});
    send(
        "POST", booking(QStringLiteral("/customer-accounts")), QJsonDocument(body).toJson(QJsonDocument::Compact),
        false, context,
        [done](const Raw &raw) {
            Result<CustomerAccount> r = decodeBody<CustomerAccount>(raw, Decode::customerAccount, false);
            if (r.ok() && r.value->identifier.isEmpty())
                r = Result<CustomerAccount>::failure(
                    ApiError::malformed(QStringLiteral("no identifier in the answer")));
            done(r);
        },
        headers);
}

void ImminClient::getCustomer(const QString &identifier, QObject *context, Callback<CustomerAccount> done)
{
    getJson<CustomerAccount>(booking(QStringLiteral("/customer-accounts/") + QUrl::toPercentEncoding(identifier)),
                             context, Decode::customerAccount, done);
}

void ImminClient::updateCustomer(const QString &identifier, const Person &person, QObject *context,
                                 Callback<CustomerUpdateResult> done)
{
    const QJsonObject body{{QStringLiteral("@context"), QStringLiteral("https://openactive.io/")},
                           {QStringLiteral("@type"), QStringLiteral("CustomerUpdateAction")},
                           {QStringLiteral("object"), Decode::encodePerson(person)}};
    send("POST",
         booking(QStringLiteral("/customer-accounts/") + QUrl::toPercentEncoding(identifier) +
                 QStringLiteral("/actions")),
         QJsonDocument(body).toJson(QJsonDocument::Compact), false, context,
         [done](const Raw &raw) { done(decodeBody<CustomerUpdateResult>(raw, Decode::customerUpdate, false)); });
}

void ImminClient::updateEntitlement(const QString &identifier, const QJsonObject &action, QObject *context,
                                    Callback<Nothing> done)
{
    send("POST",
         booking(QStringLiteral("/customer-accounts/") + QUrl::toPercentEncoding(identifier) +
                 QStringLiteral("/actions")),
         QJsonDocument(action).toJson(QJsonDocument::Compact), false, context, [done](const Raw &raw) {
             done(raw.error.isError() ? Result<Nothing>::failure(raw.error) : Result<Nothing>::success({}));
         });
}

void ImminClient::deleteCustomer(const QString &identifier, QObject *context, Callback<Nothing> done)
{
    send("DELETE", booking(QStringLiteral("/customer-accounts/") + QUrl::toPercentEncoding(identifier)), {}, false,
         context, [done](const Raw &raw) {
             done(raw.error.isError() ? Result<Nothing>::failure(raw.error) : Result<Nothing>::success({}));
         });
}

void ImminClient::searchEvents(const EventSearchQuery &query, QObject *context, Callback<Page<EventSeries>> done)
{
    QUrl url = search(QStringLiteral("/events-api/v2/event-series"));
    url.setQuery(query.toQuery());
    eventsPage(url.toString(QUrl::FullyEncoded), context, std::move(done));
}

void ImminClient::eventsPage(const QString &nextUrl, QObject *context, Callback<Page<EventSeries>> done)
{
    // Read straight from the body (simdjson where built in): pages of 50 EventSeries are the largest answers.
    send("GET", QUrl(nextUrl), {}, true, context, [done](const Raw &raw) {
        if (raw.error.isError()) {
            done(Result<Page<EventSeries>>::failure(raw.error));
            return;
        }
        QString problem;
        const std::optional<Page<EventSeries>> page = Decode::eventSeriesPage(raw.body, &problem);
        done(page ? Result<Page<EventSeries>>::success(*page)
                  : Result<Page<EventSeries>>::failure(ApiError::malformed(problem)));
    });
}

void ImminClient::eventSeries(const QString &idOrUrl, QObject *context, Callback<EventSeries> done)
{
    getJson<EventSeries>(resolveSearch(idOrUrl, QStringLiteral("/events-api/v2/event-series")), context,
                         Decode::eventSeries, done);
}

void ImminClient::facets(QObject *context, Callback<Facets> done)
{
    getJson<Facets>(search(QStringLiteral("/events-api/v2/facets")), context, Decode::facets, done);
}

void ImminClient::searchFacilities(const FacilitySearchQuery &query, QObject *context, Callback<Page<FacilityUse>> done)
{
    QUrl url = search(QStringLiteral("/facilities-api/v2/facility-uses"));
    url.setQuery(query.toQuery());
    getJson<Page<FacilityUse>>(
        url, context, [](const QJsonObject &o) { return Decode::page<FacilityUse>(o, Decode::facilityUse); }, done,
        true);
}

void ImminClient::facilityUse(const QString &idOrUrl, QObject *context, Callback<FacilityUse> done)
{
    getJson<FacilityUse>(resolveSearch(idOrUrl, QStringLiteral("/facilities-api/v2/facility-uses")), context,
                         Decode::facilityUse, done);
}

void ImminClient::slot(const QString &idOrUrl, QObject *context, Callback<Slot> done)
{
    getJson<Slot>(resolveSearch(idOrUrl, QStringLiteral("/facilities-api/v2/slots")), context, Decode::slot, done);
}

QJsonObject ImminClient::checkoutBody(const CheckoutRequest &request) const
{
    const ImminConfig &c = m_config;
    QJsonObject broker{{QStringLiteral("type"), QStringLiteral("Organization")},
                       {QStringLiteral("name"), c.brokerName}};
    if (!c.brokerUrl.isEmpty())
        broker.insert(QStringLiteral("url"), c.brokerUrl);
    const QJsonValue offer = c.acceptedOfferAsObject
                                 ? QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("Offer")},
                                                          {QStringLiteral("id"), request.offerId}})
                                 : QJsonValue(request.offerId);
    QJsonObject initial{{QStringLiteral("type"), QStringLiteral("OrderQuote")},
                        {QStringLiteral("broker"), broker},
                        {QStringLiteral("orderedItem"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("OrderItem")},
                                                {QStringLiteral("acceptedOffer"), offer},
                                                {QStringLiteral("orderedItem"),
                                                 QJsonObject{{QStringLiteral("type"), request.opportunityType},
                                                             {c.opportunityKey, request.opportunityIdentifier}}}}}}};
    QJsonObject body{{QStringLiteral("@context"),
                      QJsonArray{QStringLiteral("https://openactive.io/"), QStringLiteral("https://imin.co/")}},
                     {QStringLiteral("type"), QStringLiteral("imin:CheckoutSession")}};
    if (c.customerInInitialOrder)
        initial.insert(QStringLiteral("customer"), request.customerIdentifier);
    else
        body.insert(QStringLiteral("customer"), request.customerIdentifier);
    body.insert(QStringLiteral("imin:initialOrder"), initial);
    if (c.legacyFlatBackLinks) {
        if (!c.backUrl.isEmpty())
            body.insert(QStringLiteral("imin:backToBrokerUrl"), c.backUrl);
        if (!c.profileUrl.isEmpty())
            body.insert(QStringLiteral("imin:backToBrokerUserProfileUrl"), c.profileUrl);
        return body;
    }
    // WebPage objects told apart by imin:linkType (the name is only a label).
    QJsonArray links;
    const auto link = [&links](const QString &name, const QString &type, const QString &url) {
        if (!url.isEmpty())
            links.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("WebPage")},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("imin:linkType"), type},
                                     {QStringLiteral("url"), url}});
    };
    link(QStringLiteral("Back to Broker"), QStringLiteral("https://imin.co/BackToBrokerLink"), c.backUrl);
    link(QStringLiteral("Back to Broker User Profile"), QStringLiteral("https://imin.co/BackToBrokerUserProfileLink"),
         c.profileUrl);
    if (!links.isEmpty())
        body.insert(QStringLiteral("imin:navigationLinks"), links);
    return body;
}

void ImminClient::createCheckout(const CheckoutRequest &request, QObject *context, Callback<CheckoutSession> done)
{
    const QUrl url(m_config.checkoutBase.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/checkout-sessions"));
    send("POST", url, QJsonDocument(checkoutBody(request)).toJson(QJsonDocument::Compact), false, context,
         [done](const Raw &raw) {
             Result<CheckoutSession> r = decodeBody<CheckoutSession>(
                 raw,
                 [&raw](const QJsonObject &o) {
                     CheckoutSession s;
                     s.body = o;
                     s.location = QString::fromUtf8(raw.location);
                     s.target = JsonLd::str(JsonLd::firstObject(o.value(QStringLiteral("potentialAction"))),
                                            QStringLiteral("target"));
                     return s;
                 },
                 false);
             if (r.ok() && !QUrl(r.value->target).isValid())
                 r = Result<CheckoutSession>::failure(ApiError::malformed(QStringLiteral("no checkout target")));
             else if (r.ok() && r.value->target.isEmpty())
                 r = Result<CheckoutSession>::failure(ApiError::malformed(QStringLiteral("no checkout target")));
             done(r);
         });
}

void ImminClient::order(const QString &orderIdentifier, QObject *context, Callback<Order> done)
{
    getJson<Order>(booking(QStringLiteral("/orders/") + QUrl::toPercentEncoding(orderIdentifier)), context,
                   Decode::order, done);
}

void ImminClient::orderHistory(const QString &customerIdentifier, int page, QObject *context,
                               Callback<Page<Order>> done)
{
    QUrl url = booking(QStringLiteral("/orders"));
    url.setQuery(QStringLiteral("customerIdentifier=%1&page=%2")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(customerIdentifier)))
                     .arg(page));
    getJson<Page<Order>>(
        url, context, [](const QJsonObject &o) { return Decode::page<Order>(o, Decode::order); }, done, true);
}

void ImminClient::upcomingItems(const QString &customerIdentifier, int page, QObject *context,
                                Callback<Page<OrderItem>> done)
{
    QUrl url = booking(QStringLiteral("/order-items"));
    url.setQuery(QStringLiteral("customerIdentifier=%1&page=%2")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(customerIdentifier)))
                     .arg(page));
    getJson<Page<OrderItem>>(
        url, context, [](const QJsonObject &o) { return Decode::page<OrderItem>(o, Decode::orderItem); }, done, true);
}

template <typename T>
void ImminClient::collectAll(const QUrl &url, QObject *context, std::function<T(const QJsonObject &)> decode,
                             Callback<QVector<T>> done, QVector<T> sofar, int guard)
{
    getJson<Page<T>>(
        url, context, [decode](const QJsonObject &o) { return Decode::page<T>(o, decode); },
        [=](const Result<Page<T>> &r) mutable {
            if (!r.ok()) {
                done(Result<QVector<T>>::failure(r.error));
                return;
            }
            sofar += r.value->items;
            // Follow `next` until it is absent (totalPages is only a hint); stop on a loop or a runaway list.
            if (r.value->next.isEmpty() || QUrl(r.value->next) == url || guard >= 200 || r.value->items.isEmpty()) {
                done(Result<QVector<T>>::success(sofar));
                return;
            }
            collectAll<T>(QUrl(r.value->next), context, decode, done, sofar, guard + 1);
        },
        true);
}

void ImminClient::allOrderHistory(const QString &customerIdentifier, QObject *context, Callback<QVector<Order>> done)
{
    QUrl url = booking(QStringLiteral("/orders"));
    url.setQuery(QStringLiteral("customerIdentifier=%1&page=1")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(customerIdentifier))));
    collectAll<Order>(url, context, Decode::order, std::move(done), {}, 0);
}

void ImminClient::allUpcomingItems(const QString &customerIdentifier, QObject *context,
                                   Callback<QVector<OrderItem>> done)
{
    QUrl url = booking(QStringLiteral("/order-items"));
    url.setQuery(QStringLiteral("customerIdentifier=%1&page=1")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(customerIdentifier))));
    collectAll<OrderItem>(url, context, Decode::orderItem, std::move(done), {}, 0);
}

void ImminClient::receipt(const QString &url, QObject *context, Callback<QByteArray> done)
{
    send("GET", QUrl(url), {}, true, context,
         [done](const Raw &raw) {
             done(raw.error.isError() ? Result<QByteArray>::failure(raw.error) : Result<QByteArray>::success(raw.body));
         },
         {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/pdf")}});
}

void ImminClient::datasets(QObject *context, Callback<QVector<Dataset>> done)
{
    send("GET", m_config.datasetsUrl(), {}, true, context, [done](const Raw &raw) {
        if (raw.error.isError()) {
            done(Result<QVector<Dataset>>::failure(raw.error));
            return;
        }
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(raw.body, &parse);
        if (parse.error != QJsonParseError::NoError) {
            done(Result<QVector<Dataset>>::failure(ApiError::malformed(QStringLiteral("dataset list"))));
            return;
        }
        done(Result<QVector<Dataset>>::success(Decode::datasets(doc)));
    });
}

void ImminClient::cancelOrderItems(const QString &orderIdentifier, const QStringList &orderItemIds, QObject *context,
                                   Callback<Nothing> done)
{
    QJsonArray items;
    for (const QString &id : orderItemIds) {
        items.append(QJsonObject{
            {QStringLiteral("@type"), QStringLiteral("OrderItem")},
            {QStringLiteral("@id"), id},
            {QStringLiteral("orderItemStatus"), QStringLiteral("https://openactive.io/CustomerCancelled")}});
    }
    const QJsonObject body{{QStringLiteral("@context"), QStringLiteral("https://openactive.io/")},
                           {QStringLiteral("@type"), QStringLiteral("Order")},
                           {QStringLiteral("orderedItem"), items}};
    send("PATCH", booking(QStringLiteral("/orders/") + QUrl::toPercentEncoding(orderIdentifier)),
         QJsonDocument(body).toJson(QJsonDocument::Compact), false, context, [done](const Raw &raw) {
             done(raw.error.isError() ? Result<Nothing>::failure(raw.error) : Result<Nothing>::success({}));
         });
}

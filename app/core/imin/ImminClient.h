#pragma once

#include "ApiError.h"
#include "domain/Domain.h"
#include "ImminConfig.h"

#include <functional>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

struct EventSearchQuery
{
    double latitude = 0;
    double longitude = 0;
    double radiusKm = 10;
    QString mode = QStringLiteral("upcoming-sessions"); // upcoming-sessions, discovery-geo, discovery-price-asc|desc
    int page = 1;
    int limit = 20;
    QDateTime startFrom;
    QDateTime startTo;
    QString timeFrom; // HH:MM
    QString timeTo;
    int ageMin = -1; // ageRange[includeRange]
    int ageMax = -1;
    QStringList activityIds;
    QString collectionId;
    QList<QPair<QString, QString>> extra; // any other documented parameter
    QUrlQuery toQuery() const;
};

struct FacilitySearchQuery
{
    double latitude = 0;
    double longitude = 0;
    double radiusKm = 10;
    QString mode = QStringLiteral("upcoming-slots");
    QDateTime startFrom; // upcoming-slots: one calendar day
    QDateTime startTo;
    QString activityPrefLabel;
    int page = 1;
    int limit = 20;
    QUrlQuery toQuery() const;
};

struct CheckoutRequest
{
    QString customerIdentifier;
    QString opportunityType = QStringLiteral("ScheduledSession"); // or Slot
    QString opportunityIdentifier;
    QString offerId;
};

// One typed, asynchronous call per imin endpoint ActiveDesk uses. Every callback runs on the caller's thread,
// at most once, and never after `context` is destroyed (the request is then aborted).
class ImminClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit ImminClient(const ImminConfig &config, QObject *parent = nullptr);
    ~ImminClient() override;

    const ImminConfig &config() const { return m_config; }
    void setConfig(const ImminConfig &config) { m_config = config; }

    // Customer Account Management (contract 3). `idempotencyKey` makes a repeated create return the first
    // result where the server supports it (the sandbox does; see README).
    void createCustomer(const Person &person, QObject *context, Callback<CustomerAccount> done,
                        const QString &idempotencyKey = {});
    void getCustomer(const QString &identifier, QObject *context, Callback<CustomerAccount> done);
    void updateCustomer(const QString &identifier, const Person &person, QObject *context,
                        Callback<CustomerUpdateResult> done);
    void deleteCustomer(const QString &identifier, QObject *context, Callback<Nothing> done);
    // imin:EntitlementUpdateAction (contract 3.5): `action` as Entitlements::actionBody builds it.
    void updateEntitlement(const QString &identifier, const QJsonObject &action, QObject *context,
                           Callback<Nothing> done);

    // Events and Facilities APIs (contract 7, 8). `nextUrl` variants follow a page's `next`.
    void searchEvents(const EventSearchQuery &query, QObject *context, Callback<Page<EventSeries>> done);
    void eventsPage(const QString &nextUrl, QObject *context, Callback<Page<EventSeries>> done);
    void eventSeries(const QString &idOrUrl, QObject *context, Callback<EventSeries> done);
    void facets(QObject *context, Callback<Facets> done);
    // imin's attribution catalogue (contract 2.5): every dataset and its publisher.
    void datasets(QObject *context, Callback<QVector<Dataset>> done);
    void searchFacilities(const FacilitySearchQuery &query, QObject *context, Callback<Page<FacilityUse>> done);
    void facilityUse(const QString &idOrUrl, QObject *context, Callback<FacilityUse> done);
    void slot(const QString &idOrUrl, QObject *context, Callback<Slot> done);

    // Authenticated Checkout (contract 5.2).
    void createCheckout(const CheckoutRequest &request, QObject *context, Callback<CheckoutSession> done);
    QJsonObject checkoutBody(const CheckoutRequest &request) const;

    // Orders (contract 6).
    void order(const QString &orderIdentifier, QObject *context, Callback<Order> done);
    void orderHistory(const QString &customerIdentifier, int page, QObject *context, Callback<Page<Order>> done);
    void allOrderHistory(const QString &customerIdentifier, QObject *context, Callback<QVector<Order>> done);
    void upcomingItems(const QString &customerIdentifier, int page, QObject *context, Callback<Page<OrderItem>> done);
    void allUpcomingItems(const QString &customerIdentifier, QObject *context, Callback<QVector<OrderItem>> done);
    void cancelOrderItems(const QString &orderIdentifier, const QStringList &orderItemIds, QObject *context,
                          Callback<Nothing> done);
    // A receipt (contract 6.5): the PDF bytes, fetched with the API key and only from a configured imin origin.
    void receipt(const QString &url, QObject *context, Callback<QByteArray> done);

    // The key (and any request) goes only to the configured booking, search and checkout origins.
    bool isConfiguredOrigin(const QUrl &url) const;

    struct Raw
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
        ApiError error;
    };
    // The transport every call uses (public for tests and `check-connection`).
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, bool retryable, QObject *context,
              std::function<void(const Raw &)> done, const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    template <typename T>
    void getJson(const QUrl &url, QObject *context, std::function<T(const QJsonObject &)> decode, Callback<T> done,
                 bool wantCollection = false);
    void attempt(const QByteArray &method, const QUrl &url, const QByteArray &body, bool retryable, int attemptNo,
                 QDeadlineTimer deadline, QPointer<QObject> context, bool hadContext,
                 std::function<void(const Raw &)> done, const QList<QPair<QByteArray, QByteArray>> &headers);
    template <typename T>
    void collectAll(const QUrl &first, QObject *context, std::function<T(const QJsonObject &)> decode,
                    Callback<QVector<T>> done, QVector<T> sofar, int guard);
    QUrl booking(const QString &path) const;
    QUrl search(const QString &path) const;
    QUrl resolveSearch(const QString &idOrUrl, const QString &collectionPath) const;

    ImminConfig m_config;
    QNetworkAccessManager *m_nam;
};

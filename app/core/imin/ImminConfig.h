#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where imin is and how to talk to it. The API key lives here only in memory (see config/Secrets).
struct ImminConfig
{
    QUrl bookingBase;  // the part before /customer-accounts (production https://book.imin.co/api/v2)
    QUrl searchBase;   // the part before /events-api/v2 (production https://search.imin.co)
    QUrl checkoutBase; // the part before /api/checkout-sessions (the broker's checkout. host)
    // The part before /firehose/datasets (imin's attribution catalogue, contract 2.5). Empty: https://firehose.imin.co
    // when the search address is imin's own, else the search address's origin (the sandbox serves both).
    QUrl firehoseBase;
    QUrl datasetsUrl() const
    {
        QUrl base = firehoseBase;
        if (base.isEmpty())
            base = searchBase.host().compare(QLatin1String("search.imin.co"), Qt::CaseInsensitive) == 0
                       ? QUrl(QStringLiteral("https://firehose.imin.co"))
                       : searchBase;
        return QUrl(base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/firehose/datasets"));
    }
    QString apiKey;
    QString brokerIdentifier; // optional X-Broker-Identifier
    int timeoutMs = 15000;
    int getRetries = 3;    // extra attempts for GETs on network errors, timeouts, 502/503/504
    int retryBaseMs = 400; // first back-off; doubles each time, with jitter

    // Authenticated Checkout as imin documents it (contract 5.2): the back links in imin:navigationLinks, the offer
    // as its bare id, the customer's imin id inside imin:initialOrder, the opportunity by its identifier. The
    // other shapes are legacy settings, off by default, for an imin that still wants what earlier guesses sent.
    bool legacyFlatBackLinks = false;                      // imin:backToBrokerUrl / ...UserProfileUrl strings instead
    bool customerInInitialOrder = true;                    // else at the top level (legacy)
    QString opportunityKey = QStringLiteral("identifier"); // or "id" (older pages, Standalone)
    bool acceptedOfferAsObject = false;                    // {type, id} (legacy), else the bare id
    QString brokerName = QStringLiteral("ActiveDesk");
    QString brokerUrl;
    QString backUrl;
    QString profileUrl;
    // Origins the hosted checkout may load besides its own host (the payment provider's pages and frames).
    QStringList paymentOrigins = {QStringLiteral("https://js.stripe.com"), QStringLiteral("https://hooks.stripe.com"),
                                  QStringLiteral("https://m.stripe.network"), QStringLiteral("https://api.stripe.com")};

    // Entitlements (contract 3.5), agreed with imin in advance: the entitlement type sent for a membership and for a
    // concession (ids from GET /entitlements; empty: not sent), the entitlementFilter token search asks with for each
    // (the Seller Account that carries it has no documented address, contract 12.8), and the Entitlement object as
    // JSON with {entitlementType} and {validUntil} in it (imin's page is cut off after validUntil).
    QString membershipEntitlement;
    QString concessionEntitlement;
    QString membershipEntitlementFilter;
    QString concessionEntitlementFilter;
    QString entitlementObject = QStringLiteral("{\"@type\": \"Entitlement\", \"validUntil\": \"{validUntil}\", "
                                               "\"entitlementType\": {\"id\": \"{entitlementType}\", "
                                               "\"type\": \"Concept\"}}");
    bool sendsEntitlements() const { return !membershipEntitlement.isEmpty() || !concessionEntitlement.isEmpty(); }

    // Base URLs for a sandbox at `origin` (http://127.0.0.1:PORT), with the sandbox's entitlements.
    static ImminConfig forSandbox(const QUrl &origin, const QString &apiKey)
    {
        ImminConfig c;
        const QString base = origin.toString(QUrl::StripTrailingSlash);
        c.bookingBase = QUrl(base + QStringLiteral("/api/v2"));
        c.searchBase = QUrl(base);
        c.checkoutBase = QUrl(base);
        c.apiKey = apiKey;
        const QString entitlements = QStringLiteral("https://meta.imin.co/v2/activedesk-sandbox/entitlements#");
        c.membershipEntitlement = entitlements + QStringLiteral("membership");
        c.concessionEntitlement = entitlements + QStringLiteral("concession");
        c.membershipEntitlementFilter = QStringLiteral("sandbox-membership");
        c.concessionEntitlementFilter = QStringLiteral("sandbox-concession");
        return c;
    }
    bool isComplete() const
    {
        return bookingBase.isValid() && searchBase.isValid() && checkoutBase.isValid() && !apiKey.isEmpty();
    }
};

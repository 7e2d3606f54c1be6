#include "ConnectionCheck.h"

#include "imin/Decode.h"
#include "jsonld/JsonLd.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
// What each probe must hear back for its service to count as working. Anything else is a clear "no", with what was
// expected: a 404 or a 400 proves only that something answered, not that it is imin's service at that address.
struct Probe
{
    QString service;
    QByteArray method;
    QUrl url;
    QByteArray body;
    int status;       // the status the service answers
    QString expected; // words for a person: what should have come back
    std::function<bool(const QJsonObject &)> shape;
};

QJsonObject jsonObject(const QByteArray &body, bool *ok)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(body, &e);
    *ok = e.error == QJsonParseError::NoError && d.isObject();
    return d.object();
}
} // namespace

void ConnectionCheck::runTestCheckout(ImminClient &client, QObject *context,
                                      std::function<void(const QVector<Line> &)> done)
{
    CheckoutRequest request;
    request.customerIdentifier = QStringLiteral("test-customer-member");
    request.opportunityIdentifier = QStringLiteral("test-item-ScheduledSession-free");
    request.offerId = QStringLiteral("test-offer-adult-member");
    const QUrl endpoint(client.config().checkoutBase.toString(QUrl::StripTrailingSlash) +
                        QStringLiteral("/api/checkout-sessions"));
    client.createCheckout(request, context, [done, endpoint, context](const Result<CheckoutSession> &r) {
        QVector<Line> lines{{tr("Testing-mode checkout"), endpoint, r.ok(), {}}};
        if (!r.ok()) {
            lines[0].verdict = tr("imin did not create it: %1").arg(r.error.message());
            done(lines);
            return;
        }
        lines[0].verdict = tr("created: no payment is taken and nothing is booked");
        const QUrl page(r.value->target);
        auto *nam = new QNetworkAccessManager(context);
        QNetworkRequest get(page);
        get.setTransferTimeout(15000);
        QNetworkReply *reply = nam->get(get); // no key: the page is what a browser opens
        QObject::connect(reply, &QNetworkReply::finished, nam, [reply, nam, lines, page, done]() mutable {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            Line line{tr("Its checkout page"), page.adjusted(QUrl::RemoveQuery), status == 200, {}};
            line.verdict = status == 200 ? tr("opens: finish it in a browser with any card number")
                           : status == 0 ? tr("did not open: %1").arg(reply->errorString())
                                         : tr("answered HTTP %1 instead of the page").arg(status);
            lines.append(line);
            reply->deleteLater();
            nam->deleteLater();
            done(lines);
        });
    });
}

void ConnectionCheck::run(ImminClient &client, QObject *context, std::function<void(const QVector<Line> &)> done)
{
    const ImminConfig &c = client.config();
    auto base = [](const QUrl &u) { return u.toString(QUrl::StripTrailingSlash); };
    const QVector<Probe> probes = {
        // The broker's entitlements list needs the key and answers every broker with a ConceptScheme (contract 3.5).
        {tr("Booking (customers, orders)"),
         "GET",
         QUrl(base(c.bookingBase) + QStringLiteral("/entitlements")),
         {},
         200,
         tr("imin's list of entitlements"),
         [](const QJsonObject &o) { return JsonLd::hasType(o, QStringLiteral("ConceptScheme")); }},
        // A one-item session search near the site (contract 7.1): a collection, however few items it holds.
        {tr("Search (sessions)"),
         "GET",
         QUrl(base(c.searchBase) + QStringLiteral("/events-api/v2/event-series?geo%5Bradial%5D=0,0,1&mode="
                                                  "upcoming-sessions&limit=1")),
         {},
         200,
         tr("a page of sessions"),
         [](const QJsonObject &o) { return Decode::isCollection(o); }},
        // An empty checkout session is refused with an OpenActive error (contract 5.2): that proves the checkout
        // service
        // and the key, without creating anything.
        {tr("Checkout"), "POST", QUrl(base(c.checkoutBase) + QStringLiteral("/api/checkout-sessions")), "{}", 400,
         tr("the checkout refusing an empty request"),
         [](const QJsonObject &o) { return JsonLd::localName(JsonLd::typeOf(o)).endsWith(QLatin1String("Error")); }},
    };
    auto lines = std::make_shared<QVector<Line>>(probes.size());
    auto pending = std::make_shared<int>(int(probes.size()));
    for (int i = 0; i < probes.size(); ++i) {
        const Probe p = probes.at(i);
        (*lines)[i] = Line{p.service, p.url, false, {}};
        client.send(p.method, p.url, p.body, false, context, [=](const ImminClient::Raw &raw) {
            Line &line = (*lines)[i];
            const int s = raw.status;
            bool json = false;
            const QJsonObject body = jsonObject(raw.body, &json);
            if (s == 401 || s == 403) {
                line.verdict = tr("reachable, but it refused the API key");
            } else if (s == p.status && json && p.shape(body)) {
                line.ok = true;
                line.verdict = tr("works");
            } else if (s == 0) {
                line.verdict =
                    tr("unreachable: %1").arg(raw.error.message()) +
                    (raw.error.detail().isEmpty() ? QString()
                                                  : QStringLiteral(" (") + raw.error.detail() + QLatin1Char(')'));
            } else if (s == p.status) {
                line.verdict =
                    tr("something answered, but not as imin does: expected %1. Check the address.").arg(p.expected);
            } else {
                line.verdict = tr("answered HTTP %1 where %2 was expected: check the address (for example that it "
                                  "ends as shown in the placeholder).")
                                   .arg(s)
                                   .arg(p.expected);
            }
            if (--*pending == 0)
                done(*lines);
        });
    }
}

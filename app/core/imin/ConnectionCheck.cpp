#include "ConnectionCheck.h"

void ConnectionCheck::run(ImminClient &client, QObject *context, std::function<void(const QVector<Line> &)> done)
{
    const ImminConfig &c = client.config();
    struct Probe
    {
        QString service;
        QByteArray method;
        QUrl url;
        QByteArray body;
    };
    // The booking probe asks for a customer that does not exist and the checkout probe sends an empty session:
    // 404 and 400 prove the service is there and accepted the key.
    const QVector<Probe> probes = {
        {tr("Booking (customers, orders)"),
         "GET",
         QUrl(c.bookingBase.toString(QUrl::StripTrailingSlash) +
              QStringLiteral("/customer-accounts/activedesk-connection-check")),
         {}},
        {tr("Search (sessions)"),
         "GET",
         QUrl(c.searchBase.toString(QUrl::StripTrailingSlash) + QStringLiteral("/events-api/v2/facets")),
         {}},
        {tr("Checkout"), "POST",
         QUrl(c.checkoutBase.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/checkout-sessions")), "{}"},
    };
    auto lines = std::make_shared<QVector<Line>>(probes.size());
    auto pending = std::make_shared<int>(int(probes.size()));
    for (int i = 0; i < probes.size(); ++i) {
        const Probe p = probes.at(i);
        (*lines)[i] = Line{p.service, p.url, false, {}};
        client.send(p.method, p.url, p.body, false, context, [=](const ImminClient::Raw &raw) {
            Line &line = (*lines)[i];
            const int s = raw.status;
            if (s == 401 || s == 403) {
                line.verdict = tr("reachable, but it refused the API key");
            } else if ((s >= 200 && s < 300) || s == 404 || s == 400) {
                line.ok = true;
                line.verdict = tr("works");
            } else if (s == 0) {
                line.verdict =
                    tr("unreachable: %1").arg(raw.error.message()) +
                    (raw.error.detail().isEmpty() ? QString()
                                                  : QStringLiteral(" (") + raw.error.detail() + QLatin1Char(')'));
            } else {
                line.verdict = tr("answered HTTP %1: %2").arg(s).arg(raw.error.message());
            }
            if (--*pending == 0)
                done(*lines);
        });
    }
}

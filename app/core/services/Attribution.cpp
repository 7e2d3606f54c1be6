#include "services/Attribution.h"

#include "imin/ImminClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAttribution, "activedesk.attribution")

Attribution::Attribution(ImminClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void Attribution::setClient(ImminClient *client)
{
    delete m_request;
    m_client = client;
    m_datasets.clear();
    m_reported.clear();
    m_loaded = false;
}

void Attribution::load()
{
    if (m_loaded || m_request || !m_client)
        return;
    m_request = new QObject(this);
    QObject *request = m_request;
    m_client->datasets(request, [this, request](const Result<QVector<Dataset>> &r) {
        request->deleteLater();
        if (!r.ok()) {
            qCWarning(lcAttribution) << "imin's dataset list could not be read:" << r.error.message();
            return; // the next detail shown asks again
        }
        m_datasets.clear();
        for (const Dataset &d : *r.value)
            m_datasets.insert(d.identifier, d);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

std::optional<Dataset> Attribution::dataset(const QString &identifier) const
{
    if (identifier.isEmpty())
        return std::nullopt;
    const auto it = m_datasets.constFind(identifier);
    if (it == m_datasets.constEnd()) {
        if (m_loaded && !m_reported.contains(identifier)) {
            m_reported.insert(identifier);
            qCWarning(lcAttribution) << "no dataset in imin's list for the source" << identifier;
        }
        return std::nullopt;
    }
    return *it;
}

QString Attribution::sourceText(const QString &identifier, bool link) const
{
    const std::optional<Dataset> d = dataset(identifier);
    if (!d || d->publisherName.isEmpty())
        return {};
    const QString name = d->publisherName.toHtmlEscaped();
    const QUrl url(d->url);
    const bool linkable =
        link && url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    return QCoreApplication::translate("Attribution", "Source: %1")
        .arg(linkable
                 ? QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), name)
                 : name);
}

#include "ApiError.h"

#include "jsonld/JsonLd.h"

#include <QJsonDocument>
#include <QJsonObject>

ApiError::ApiError(Kind kind, int httpStatus, const QString &iminType, const QString &message)
    : m_kind(kind), m_httpStatus(httpStatus), m_iminType(iminType), m_message(message)
{}

ApiError ApiError::network(const QString &detail)
{
    ApiError e(Kind::Network, 0, {}, tr("Can't reach imin. Check the internet connection, then try again."));
    e.m_detail = detail;
    return e;
}

ApiError ApiError::timeout()
{
    return ApiError(Kind::Timeout, 0, {}, tr("imin did not answer in time. Try again in a moment."));
}

ApiError ApiError::malformed(const QString &what)
{
    ApiError e(Kind::MalformedBody, 0, {}, tr("imin sent an answer ActiveDesk could not read. Try again in a moment."));
    e.m_detail = what;
    return e;
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled, 0, {}, tr("The request was cancelled."));
}

ApiError ApiError::foreignAddress(const QUrl &url)
{
    ApiError e(Kind::Network, 0, QStringLiteral("ForeignAddress"),
               tr("imin pointed ActiveDesk to another address (%1), which it does not trust with the API key. An "
                  "administrator should check the imin addresses in Settings.")
                   .arg(url.host()));
    e.m_detail = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString type = JsonLd::localName(JsonLd::typeOf(o));
    QString description = JsonLd::str(o, QStringLiteral("description"));
    if (description.isEmpty())
        description = JsonLd::str(o, QStringLiteral("name"));
    QString message;
    if (status == 401 || status == 403)
        message = tr("imin refused ActiveDesk's API key. An administrator needs to check the key in Settings.");
    else if (type == QLatin1String("OpportunityIsFullError"))
        message = tr("This session is full.");
    else if (type == QLatin1String("CancellationNotPermittedError"))
        message = tr("This booking can no longer be cancelled.");
    else if (status == 404)
        message = tr("imin does not know this record any more. It may have been removed.");
    else if (status == 429)
        message = tr("imin is busy. Try again in a minute.");
    else if (status >= 500)
        message = tr("imin is having a problem right now. Try again in a moment.");
    else if (status == 400 || status == 409 || status == 422)
        message = tr("imin could not accept this: %1")
                      .arg(description.isEmpty() ? tr("the details are not valid.") : description);
    else
        message = tr("imin answered with an error (HTTP %1).").arg(status);
    ApiError e(type.isEmpty() ? Kind::Http : Kind::Imin, status, type, message);
    e.m_detail = description;
    e.m_invalidParams = o.value(QStringLiteral("invalidParams")).toArray();
    return e;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
        return m_iminType != QLatin1String("ForeignAddress"); // a setting to fix, not a moment to wait out
    case Kind::Timeout:
    case Kind::MalformedBody:
        return true;
    case Kind::Http:
    case Kind::Imin:
        return m_httpStatus == 429 || m_httpStatus >= 500;
    default:
        return false;
    }
}

QString ApiError::kindName() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Imin:
        return QStringLiteral("imin");
    case Kind::MalformedBody:
        return QStringLiteral("malformed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

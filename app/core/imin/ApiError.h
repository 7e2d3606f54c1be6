#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QUrl>

// What went wrong with a call to imin, in a form code can branch on and a person can read.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Network,       // no connection, refused, reset, DNS, TLS
        Timeout,       // no answer within the time limit
        Http,          // an HTTP error status without an imin error body
        Imin,          // an imin/OpenActive error body (`type` says which)
        MalformedBody, // an answer that is not the JSON we expect
        Cancelled,     // the caller went away or cancelled
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, const QString &iminType, const QString &message);

    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError network(const QString &detail);
    static ApiError timeout();
    static ApiError malformed(const QString &what);
    static ApiError cancelled();
    // imin's data or a redirect pointed at another host: not fetched, so the API key did not go there.
    static ApiError foreignAddress(const QUrl &url);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString iminType() const { return m_iminType; } // local name, e.g. "OpportunityIsFullError"
    // A sentence a receptionist understands, with what to do next where there is something to do.
    QString message() const { return m_message; }
    // The server's own description when it sent one (never contains the API key).
    QString detail() const { return m_detail; }
    QJsonArray invalidParams() const { return m_invalidParams; }
    // Worth trying again later without changing anything: network trouble, timeouts, 429 and 5xx answers.
    bool isTransient() const;
    QString kindName() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_iminType;
    QString m_message;
    QString m_detail;
    QJsonArray m_invalidParams;
};

template <typename T> struct Result
{
    std::optional<T> value;
    ApiError error;
    bool ok() const { return value.has_value() && !error.isError(); }
    static Result success(T v) { return Result{std::move(v), {}}; }
    static Result failure(ApiError e) { return Result{std::nullopt, std::move(e)}; }
};

struct Nothing
{
};

#pragma once

#include <functional>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;

namespace Sandbox {

struct HttpRequest
{
    QByteArray method;                            // "GET", "POST", ...
    QString path;                                 // percent-decoded path, no query
    QByteArray rawPath;                           // path as sent (still encoded)
    QByteArray rawQuery;                          // query as sent, without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
    // Query parameter values, decoded; repeated keys give several values.
    QStringList queryValues(const QString &key) const;
    QString queryValue(const QString &key) const;
    QList<QPair<QString, QString>> queryItems() const;
    bool hasJsonBody() const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse html(int status, const QByteArray &body);
    static HttpResponse redirect(const QByteArray &location); // 303 See Other
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// What a request parser makes of the bytes at the front of a buffer (a pure function, fuzzed on its own).
struct ParsedRequest
{
    enum class Outcome {
        Incomplete, // more bytes are needed
        Complete,   // `request` holds a whole request of `consumed` bytes
        Error,      // answer `status` with `reason` and close the connection
    };
    Outcome outcome = Outcome::Incomplete;
    HttpRequest request;
    qint64 consumed = 0;
    bool closeAfter = false;
    int status = 0;
    QString reason;
    qint64 discardBody = 0; // on a 413: body bytes still to come, to be read and thrown away
    static ParsedRequest parse(const QByteArray &buffer, qint64 maxHeaderBytes, qint64 maxBodyBytes);
};

class HttpConnection;

// A handle to answer one request, now or later. Safe to use after the client went away.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 sequence);
    void send(const HttpResponse &response) const;
    // Close the connection without answering (a "dropped connection" fault).
    void drop() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};

// A small HTTP/1.1 server on QTcpServer, built to hold up to hostile clients: requests parsed in a loop (never by
// recursion), one answered at a time per connection in order, answers that may come later (latency faults); at most
// one request's bytes read ahead, and none while a client leaves its answers unread (backpressure); a time limit for
// a request's headers and body and for an idle keep-alive connection; a cap on connections (503 beyond it); answers
// still owed after a client's half-close are delivered.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;
    struct Limits
    {
        int maxConnections = 256;
        int requestTimeoutMs = 10000;        // from a request's first byte to its last
        int idleTimeoutMs = 60000;           // a keep-alive connection with nothing to do
        qint64 maxUnsentBytes = 1024 * 1024; // answers waiting for the client to read them
        int listenBacklog = 1024;
    };

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;
    int connectionCount() const { return int(m_connections.size()); }

    static constexpr qint64 maxBodyBytes = 1024 * 1024;
    static constexpr qint64 maxHeaderBytes = 64 * 1024;
    // Called for errors found while reading a request (malformed, too large); body is an error JSON.
    std::function<HttpResponse(int status, const QString &why)> errorResponder;

private:
    void acceptConnections();
    void reap();

    QTcpServer *m_server;
    Handler m_handler;
    Limits m_limits;
    QSet<HttpConnection *> m_connections;
    QTimer m_reaper;
    QElapsedTimer m_clock;
    friend class HttpConnection;
};

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    void respond(quint64 sequence, const HttpResponse &response);
    void drop(quint64 sequence);
    // Called by the server's reaper: closes the connection when a request or an idle spell has taken too long.
    void checkTimeouts(qint64 nowMs);

private:
    void readData();
    void process();
    void failAndClose(int status, const QString &why);
    void write(const QByteArray &bytes);
    qint64 unsent() const;
    void peerFinished();
    void flushHalfClosed();
    void finish();

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QByteArray m_buffer;
    bool m_busy = false;       // a request is being answered
    bool m_processing = false; // inside process(): answers given meanwhile do not start another loop
    bool m_closeAfter = false; // "Connection: close", HTTP/1.0, or an error
    bool m_closing = false;
    quint64 m_sequence = 0;
    qint64 m_discard = 0;         // body bytes still to read and throw away after an early 413
    qint64 m_requestStartMs = -1; // when the first byte of the request being read arrived
    qint64 m_idleSinceMs = 0;     // when the connection last had nothing to do
    // After a half-close: the socket Qt closed is replaced by a duplicate of its descriptor for what is still owed.
    int m_spareFd = -1;
    bool m_peerDone = false;
    bool m_socketGone = false;
    QByteArray m_owed;
    QSocketNotifier *m_writable = nullptr;
};

} // namespace Sandbox

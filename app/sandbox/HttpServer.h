#pragma once

#include <functional>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

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
    qint64 m_discard = 0; // body bytes still to read and throw away after an early 413
};

// A small HTTP/1.1 server on QTcpServer: keep-alive, Content-Length bodies up to a limit,
// one request at a time per connection, answers that may come later (for latency faults).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;

    static constexpr qint64 maxBodyBytes = 1024 * 1024;
    static constexpr qint64 maxHeaderBytes = 64 * 1024;
    // Called for errors found while reading a request (malformed, too large); body is an error JSON.
    std::function<HttpResponse(int status, const QString &why)> errorResponder;

private:
    void acceptConnections();

    QTcpServer *m_server;
    Handler m_handler;
    friend class HttpConnection;
};

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);

    void respond(quint64 sequence, const HttpResponse &response);
    void drop(quint64 sequence);

private:
    void readData();
    void tryParse();
    void failAndClose(int status, const QString &why);

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QByteArray m_buffer;
    bool m_busy = false;       // a request is being answered
    bool m_closeAfter = false; // "Connection: close" or HTTP/1.0
    quint64 m_sequence = 0;
    qint64 m_discard = 0; // body bytes still to read and throw away after an early 413
};

} // namespace Sandbox

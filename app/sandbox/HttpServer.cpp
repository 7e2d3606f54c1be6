#include "HttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace Sandbox {

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

QList<QPair<QString, QString>> HttpRequest::queryItems() const
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = rawQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return items;
}

QStringList HttpRequest::queryValues(const QString &key) const
{
    QStringList values;
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == key)
            values.append(item.second);
    }
    return values;
}

QString HttpRequest::queryValue(const QString &key) const
{
    const QStringList values = queryValues(key);
    return values.isEmpty() ? QString() : values.constFirst();
}

bool HttpRequest::hasJsonBody() const
{
    const QByteArray type = header("content-type").toLower();
    const QByteArray mime = type.split(';').constFirst().trimmed();
    return mime == "application/json" || mime == "application/ld+json" || mime.endsWith("+json");
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

HttpResponse HttpResponse::html(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse r;
    r.status = 303;
    r.setHeader("Location", location);
    return r;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append(qMakePair(name, value));
}

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

HttpResponder::HttpResponder(HttpConnection *connection, quint64 sequence)
    : m_connection(connection), m_sequence(sequence)
{}

void HttpResponder::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->respond(m_sequence, response);
}

void HttpResponder::drop() const
{
    if (m_connection)
        m_connection->drop(m_sequence);
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_handler(std::move(handler))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QHostAddress HttpServer::address() const
{
    return m_server->serverAddress();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, this);
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server), m_socket(socket), m_server(server)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readData);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        readData();
}

void HttpConnection::readData()
{
    if (m_discard > 0) {
        // After refusing a too-large body, read it to the end so the client sees the answer, then close.
        m_discard -= m_socket->readAll().size();
        if (m_discard <= 0)
            m_socket->disconnectFromHost();
        return;
    }
    m_buffer.append(m_socket->readAll());
    tryParse();
}

void HttpConnection::failAndClose(int status, const QString &why)
{
    m_busy = true;
    m_closeAfter = true;
    HttpResponse response =
        m_server->errorResponder ? m_server->errorResponder(status, why) : HttpResponse::json(status, QByteArray());
    respond(++m_sequence, response);
}

void HttpConnection::tryParse()
{
    if (m_busy)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > HttpServer::maxHeaderBytes)
            failAndClose(431, QStringLiteral("The request headers are too large."));
        return;
    }
    const QByteArray head = m_buffer.left(headerEnd);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        failAndClose(400, QStringLiteral("The request line is not valid HTTP/1.1."));
        return;
    }
    HttpRequest request;
    request.method = requestLine.at(0).toUpper();
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    request.rawPath = q < 0 ? target : target.left(q);
    request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    request.path = QUrl::fromPercentEncoding(request.rawPath);
    qint64 contentLength = 0;
    bool closeRequested = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append(qMakePair(name, value));
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                failAndClose(400, QStringLiteral("The Content-Length header is not a number."));
                return;
            }
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            if (v.contains("close"))
                closeRequested = true;
            else if (v.contains("keep-alive"))
                closeRequested = false;
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            failAndClose(411, QStringLiteral("Send the body with a Content-Length header."));
            return;
        }
    }
    if (contentLength > HttpServer::maxBodyBytes) {
        const qint64 buffered = m_buffer.size() - (headerEnd + 4);
        m_buffer.clear();
        m_discard = contentLength - buffered;
        failAndClose(413, QStringLiteral("The request body is larger than 1 MiB."));
        return;
    }
    const qint64 total = headerEnd + 4 + contentLength;
    if (m_buffer.size() < total)
        return; // wait for the rest of the body
    request.body = m_buffer.mid(headerEnd + 4, contentLength);
    m_buffer.remove(0, total);
    m_closeAfter = closeRequested;
    m_busy = true;
    m_server->m_handler(request, HttpResponder(this, ++m_sequence));
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    if (sequence != m_sequence || !m_busy || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    const bool bodyAllowed = response.status != 204 && response.status != 304;
    if (bodyAllowed)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Server: activedesk-sandbox\r\n";
    if (m_closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (bodyAllowed)
        out += response.body;
    m_socket->write(out);
    m_busy = false;
    if (m_closeAfter) {
        if (m_discard <= 0)
            m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        tryParse();
}

void HttpConnection::drop(quint64 sequence)
{
    if (sequence != m_sequence)
        return;
    m_busy = false;
    m_socket->abort();
    deleteLater();
}

} // namespace Sandbox

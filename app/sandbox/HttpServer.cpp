#include "HttpServer.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

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
    case 408:
        return "Request Timeout";
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

namespace {
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool allDigits(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

ParsedRequest ParsedRequest::parse(const QByteArray &buffer, qint64 maxHeaderBytes, qint64 maxBodyBytes)
{
    ParsedRequest p;
    auto fail = [&p](int status, const QString &reason) {
        p.outcome = Outcome::Error;
        p.status = status;
        p.reason = reason;
        p.closeAfter = true;
        return p;
    };
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || headerEnd > maxHeaderBytes) {
        if (buffer.size() > maxHeaderBytes || headerEnd > maxHeaderBytes)
            return fail(431, QStringLiteral("The request headers are too large."));
        return p;
    }
    const QByteArray head = buffer.left(headerEnd);
    const QList<QByteArray> lines = head.split('\n');
    QByteArray requestLine = lines.constFirst();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/') ||
        (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
        return fail(400, QStringLiteral("The request line is not valid HTTP/1.1."));
    for (const char c : parts.at(1)) {
        if (static_cast<unsigned char>(c) < 0x21 || c == 0x7f)
            return fail(400, QStringLiteral("The request target holds characters that are not allowed."));
    }
    HttpRequest &request = p.request;
    request.method = parts.at(0).toUpper();
    const QByteArray target = parts.at(1);
    const qsizetype q = target.indexOf('?');
    request.rawPath = q < 0 ? target : target.left(q);
    request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    request.path = QUrl::fromPercentEncoding(request.rawPath);
    qint64 contentLength = 0;
    bool sawLength = false;
    bool close = parts.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("Folded header lines are not allowed."));
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).toLower() : QByteArray();
        if (!isToken(name))
            return fail(400, QStringLiteral("A header line is not valid."));
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append(qMakePair(name, value));
        if (name == "content-length") {
            // One Content-Length, of digits only: "+2", "-1", "1,1" or a second one are refused, never guessed at.
            if (sawLength)
                return fail(400, QStringLiteral("The request has more than one Content-Length header."));
            if (!allDigits(value))
                return fail(400, QStringLiteral("The Content-Length header is not a number."));
            sawLength = true;
            contentLength = value.toLongLong();
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            if (v.contains("close"))
                close = true;
            else if (v.contains("keep-alive"))
                close = false;
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            return fail(411, QStringLiteral("Send the body with a Content-Length header."));
        }
    }
    const qint64 bodyStart = headerEnd + 4;
    if (contentLength > maxBodyBytes) {
        ParsedRequest tooLarge = fail(413, QStringLiteral("The request body is larger than 1 MiB."));
        tooLarge.discardBody = contentLength - (buffer.size() - bodyStart);
        return tooLarge;
    }
    if (buffer.size() < bodyStart + contentLength)
        return p; // wait for the rest of the body
    request.body = buffer.mid(bodyStart, contentLength);
    p.consumed = bodyStart + contentLength;
    p.closeAfter = close;
    p.outcome = Outcome::Complete;
    return p;
}

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
    m_clock.start();
    m_reaper.setInterval(500);
    connect(&m_reaper, &QTimer::timeout, this, &HttpServer::reap);
}

HttpServer::~HttpServer()
{
    const QSet<HttpConnection *> all = m_connections;
    m_connections.clear();
    qDeleteAll(all);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_server->setListenBacklogSize(m_limits.listenBacklog);
    m_server->setMaxPendingConnections(m_limits.listenBacklog);
    if (!m_server->listen(address, port))
        return false;
    m_reaper.start();
    return true;
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
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            // Full: say so at once and close, so a flood of idle sockets cannot shut every other client out.
            HttpResponse busy = errorResponder
                                    ? errorResponder(503, QStringLiteral("The server has too many connections open. "
                                                                         "Try again in a moment."))
                                    : HttpResponse::json(503, QByteArray());
            QByteArray out = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\n";
            for (const auto &h : busy.headers)
                out += h.first + ": " + h.second + "\r\n";
            out += "Content-Length: " + QByteArray::number(busy.body.size()) + "\r\n\r\n" + busy.body;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, [socket]() { socket->abort(); });
            socket->write(out);
            socket->disconnectFromHost();
            continue;
        }
        new HttpConnection(socket, this);
    }
}

void HttpServer::reap()
{
    const qint64 now = m_clock.elapsed();
    const QSet<HttpConnection *> all = m_connections;
    for (HttpConnection *c : all) {
        if (m_connections.contains(c))
            c->checkTimeouts(now);
    }
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server), m_socket(socket), m_server(server)
{
    socket->setParent(this);
    // Qt reads at most this much ahead of us; beyond it the kernel's window closes and the client waits.
    socket->setReadBufferSize(64 * 1024);
    m_server->m_connections.insert(this);
    m_idleSinceMs = m_server->m_clock.elapsed();
#ifdef Q_OS_UNIX
    // A spare descriptor of the same connection: if the client half-closes, Qt closes its socket, and what is still
    // owed goes out through this one.
    m_spareFd = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
#endif
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readData);
    connect(socket, &QTcpSocket::readChannelFinished, this, &HttpConnection::peerFinished);
    connect(socket, &QTcpSocket::bytesWritten, this, [this]() {
        if (!m_busy && unsent() <= m_server->m_limits.maxUnsentBytes / 2)
            process();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this]() {
        const bool owed = m_busy || !m_buffer.isEmpty();
        if (m_peerDone && owed && m_spareFd >= 0 && !m_closing) {
            m_socketGone = true;
            process();
            flushHalfClosed();
            return;
        }
        finish();
    });
    if (socket->bytesAvailable() > 0)
        readData();
}

HttpConnection::~HttpConnection()
{
    m_server->m_connections.remove(this);
#ifdef Q_OS_UNIX
    if (m_spareFd >= 0)
        ::close(m_spareFd);
#endif
}

qint64 HttpConnection::unsent() const
{
    return m_socketGone ? m_owed.size() : m_socket->bytesToWrite();
}

void HttpConnection::readData()
{
    if (m_socketGone)
        return;
    if (m_discard > 0) {
        // After refusing a too-large body, read it to the end so the client sees the answer, then close.
        m_discard -= m_socket->readAll().size();
        if (m_discard <= 0)
            m_socket->disconnectFromHost();
        return;
    }
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_idleSinceMs = m_server->m_clock.elapsed();
    process();
}

void HttpConnection::process()
{
    if (m_processing)
        return;
    m_processing = true;
    const qint64 window = HttpServer::maxHeaderBytes + HttpServer::maxBodyBytes + 8192;
    while (!m_busy && !m_closing) {
        if (unsent() > m_server->m_limits.maxUnsentBytes)
            break; // the client is not reading its answers: read and answer nothing more until it does
        // At most one request's worth is read ahead; the rest waits in the socket.
        if (!m_socketGone && m_buffer.size() < window && m_socket->bytesAvailable() > 0)
            m_buffer.append(m_socket->read(window - m_buffer.size()));
        if (m_buffer.isEmpty())
            break;
        if (m_requestStartMs < 0)
            m_requestStartMs = m_server->m_clock.elapsed();
        const ParsedRequest p = ParsedRequest::parse(m_buffer, HttpServer::maxHeaderBytes, HttpServer::maxBodyBytes);
        if (p.outcome == ParsedRequest::Outcome::Incomplete)
            break;
        if (p.outcome == ParsedRequest::Outcome::Error) {
            m_buffer.clear();
            m_discard = p.discardBody;
            failAndClose(p.status, p.reason);
            break;
        }
        m_buffer.remove(0, p.consumed);
        m_requestStartMs = -1;
        m_closeAfter = p.closeAfter;
        m_busy = true;
        m_server->m_handler(p.request, HttpResponder(this, ++m_sequence)); // may answer at once, or later
    }
    m_processing = false;
    if (m_socketGone && !m_busy)
        flushHalfClosed();
}

void HttpConnection::failAndClose(int status, const QString &why)
{
    m_busy = true;
    m_closeAfter = true;
    HttpResponse response =
        m_server->errorResponder ? m_server->errorResponder(status, why) : HttpResponse::json(status, QByteArray());
    respond(++m_sequence, response);
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (m_socketGone) {
        m_owed += bytes;
        flushHalfClosed();
        return;
    }
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    if (sequence != m_sequence || !m_busy)
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
    write(out);
    m_busy = false;
    m_idleSinceMs = m_server->m_clock.elapsed();
    if (m_closeAfter) {
        m_closing = true;
        if (m_socketGone)
            flushHalfClosed();
        else if (m_discard <= 0)
            m_socket->disconnectFromHost(); // after what is written has gone out
        return;
    }
    process(); // the next request already read, if any (a no-op when called from inside process())
}

void HttpConnection::drop(quint64 sequence)
{
    if (sequence != m_sequence)
        return;
    m_busy = false;
    m_closing = true;
    if (!m_socketGone)
        m_socket->abort();
    finish();
}

void HttpConnection::peerFinished()
{
    // The client sent all it will send. Everything Qt still holds is taken, so every request in it gets its answer.
    m_peerDone = true;
    if (!m_socketGone && m_socket->bytesAvailable() > 0 && m_discard <= 0 && !m_closing)
        m_buffer.append(m_socket->readAll());
}

void HttpConnection::flushHalfClosed()
{
#ifdef Q_OS_UNIX
    if (!m_socketGone)
        return;
    while (!m_owed.isEmpty()) {
        const ssize_t n = ::send(m_spareFd, m_owed.constData(), size_t(m_owed.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            m_owed.remove(0, n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            if (!m_writable) {
                m_writable = new QSocketNotifier(m_spareFd, QSocketNotifier::Write, this);
                connect(m_writable, &QSocketNotifier::activated, this, &HttpConnection::flushHalfClosed);
            }
            m_writable->setEnabled(true);
            return;
        }
        finish(); // the client is gone altogether
        return;
    }
    if (m_writable)
        m_writable->setEnabled(false);
    if (m_busy || m_processing)
        return; // an answer is still being made; it comes back here when written
    const ParsedRequest more = ParsedRequest::parse(m_buffer, HttpServer::maxHeaderBytes, HttpServer::maxBodyBytes);
    if (!m_closing && more.outcome == ParsedRequest::Outcome::Complete) {
        // Requests held back while the client was slow to read: on the next turn of the loop, never by recursion.
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
        return;
    }
    ::shutdown(m_spareFd, SHUT_WR); // everything owed is out
    finish();
#endif
}

void HttpConnection::finish()
{
    if (!m_server->m_connections.contains(this))
        return;
    m_server->m_connections.remove(this);
    m_closing = true;
    m_busy = false;
    if (m_writable)
        m_writable->setEnabled(false);
    deleteLater();
}

void HttpConnection::checkTimeouts(qint64 nowMs)
{
    if (m_busy || m_socketGone)
        return; // an answer is being made (perhaps slowly, on purpose): not the client's fault
    if (m_closing) {
        if (nowMs - m_idleSinceMs > m_server->m_limits.requestTimeoutMs) {
            m_socket->abort(); // a client that never reads the last answer
            finish();
        }
        return;
    }
    if (m_requestStartMs >= 0 && nowMs - m_requestStartMs > m_server->m_limits.requestTimeoutMs) {
        m_buffer.clear();
        failAndClose(408, QStringLiteral("The request did not arrive in time."));
        return;
    }
    if (m_buffer.isEmpty() && unsent() == 0 && nowMs - m_idleSinceMs > m_server->m_limits.idleTimeoutMs) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

} // namespace Sandbox

#pragma once

#include <functional>
#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// A minimal HTTP server for tests that need a peer the sandbox cannot be: one that redirects elsewhere, or one that
// records exactly which requests (and headers) reached it. Every request is answered by `reply`.
class RecordingServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray head; // the request line and headers, as sent
    };
    using Reply = std::function<QByteArray(const Request &)>;

    explicit RecordingServer(Reply reply) : m_reply(std::move(reply))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s]() {
                    m_buffers[s] += s->readAll();
                    const qsizetype end = m_buffers[s].indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Request r;
                    r.head = m_buffers[s].left(end);
                    const QList<QByteArray> line = r.head.split('\r').constFirst().split(' ');
                    r.method = line.value(0);
                    r.path = line.value(1);
                    m_buffers.remove(s);
                    m_requests.append(r);
                    s->write(m_reply(r));
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const QList<Request> &requests() const { return m_requests; }
    static QByteArray answer(int status, const QByteArray &extraHeaders, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nContent-Type: application/json\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    QTcpServer m_server;
    Reply m_reply;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkReply>
#include <QTimer>

#ifndef ACTIVEDESK_BIN_DIR
#error "ACTIVEDESK_BIN_DIR must be defined by the build"
#endif

SandboxProcess::SandboxProcess(const QStringList &extraArgs, const QString &dataDir)
    : m_args(extraArgs), m_dataDir(dataDir)
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
}

SandboxProcess::~SandboxProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString SandboxProcess::executable()
{
    return QStringLiteral(ACTIVEDESK_BIN_DIR) + QStringLiteral("/activedesk-sandbox");
}

QString SandboxProcess::activityList()
{
    return sharedData(QStringLiteral("activity-list.jsonld"));
}

QString SandboxProcess::sharedData(const QString &name)
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("ACTIVEDESK_SHARED_DATA");
    if (!env.isEmpty())
        candidates << env + QLatin1Char('/') + name;
    candidates << QStringLiteral(ACTIVEDESK_SOURCE_DIR) + QStringLiteral("/../shared/data/") + name;
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return QFileInfo(c).absoluteFilePath();
    }
    return {};
}

bool SandboxProcess::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    if (m_hasEnv)
        m_process->setProcessEnvironment(m_env);
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), m_dataDir};
    args += m_args;
    m_process->start(executable(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = m_process->errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 60000) {
        if (!m_process->waitForReadyRead(200) && m_process->state() == QProcess::NotRunning) {
            m_error = QString::fromUtf8(m_process->readAllStandardError());
            return false;
        }
        out += m_process->readAllStandardOutput();
        const qsizetype nl = out.indexOf('\n');
        if (nl >= 0) {
            const QByteArray line = out.left(nl).trimmed();
            if (!line.startsWith("listening on ")) {
                m_error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(line);
                return false;
            }
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(13)));
            return m_baseUrl.isValid();
        }
    }
    m_error = QStringLiteral("the sandbox did not print its address within 60 s");
    return false;
}

void SandboxProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

bool SandboxProcess::terminate()
{
    if (!m_process)
        return false;
    m_process->terminate();
    return m_process->waitForFinished(10000) && m_process->exitStatus() == QProcess::NormalExit &&
           m_process->exitCode() == 0;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResult::isJson() const
{
    QJsonParseError e;
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

TestHttp::TestHttp(const QUrl &base, const QByteArray &apiKey) : m_base(base), m_apiKey(apiKey)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl TestHttp::url(const QString &pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("http")))
        return QUrl::fromEncoded(pathOrUrl.toUtf8());
    return QUrl::fromEncoded((m_base.toString() + pathOrUrl).toUtf8());
}

HttpResult TestHttp::get(const QString &pathOrUrl, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", pathOrUrl, {}, {}, headers);
}

HttpResult TestHttp::send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                          const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(pathOrUrl));
    request.setTransferTimeout(30000);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("X-API-KEY", m_apiKey);
    if (!contentType.isEmpty() && !body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    reply->deleteLater();
    return r;
}

HttpResult TestHttp::postForm(const QString &pathOrUrl, const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &f : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return send("POST", pathOrUrl, body, "application/x-www-form-urlencoded");
}

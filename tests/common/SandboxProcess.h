#pragma once

#include <memory>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Starts the real activedesk-sandbox executable on a free loopback port for a test.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArgs = {}, const QString &dataDir = {});
    ~SandboxProcess();

    bool start();
    void kill();      // SIGKILL, like a crash
    bool terminate(); // SIGTERM; true when it exited cleanly
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    void setEnvironment(const QProcessEnvironment &env)
    {
        m_env = env;
        m_hasEnv = true;
    }
    QString dataDir() const { return m_dataDir; }
    QString errorText() const { return m_error; }

    static QString executable();
    static QString activityList(); // ../shared/data/activity-list.jsonld when present
    // A file or folder of the shared data (ACTIVEDESK_SHARED_DATA, else ../shared/data), or empty when absent.
    static QString sharedData(const QString &name);

private:
    QStringList m_args;
    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
    QProcessEnvironment m_env;
    bool m_hasEnv = false;
};

struct HttpResult
{
    int status = 0;       // 0: no HTTP answer
    int networkError = 0; // QNetworkReply::NetworkError
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const;
};

// A small blocking HTTP helper for tests (tests may wait; the app never does).
class TestHttp
{
public:
    explicit TestHttp(const QUrl &base, const QByteArray &apiKey = "sandbox-key");
    HttpResult get(const QString &pathOrUrl, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                    const QByteArray &contentType = "application/json",
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult postJson(const QString &path, const QJsonObject &body) { return send("POST", path, toBytes(body)); }
    HttpResult postForm(const QString &pathOrUrl, const QList<QPair<QString, QString>> &fields);
    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    QUrl url(const QString &pathOrUrl) const;
    static QByteArray toBytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private:
    QUrl m_base;
    QByteArray m_apiKey;
    QNetworkAccessManager m_nam;
};

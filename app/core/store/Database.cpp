#include "Database.h"

#include "util/PrivateFiles.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

Database::Database() : m_connection(QStringLiteral("activedesk-") + QUuid::createUuid().toString(QUuid::Id128)) {}

Database::~Database()
{
    close();
}

void Database::close()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isValid())
            d.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Database::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

bool Database::open(const QString &location, QString *error)
{
    if (isPostgresUrl(location)) {
        const QUrl url(location);
        m_kind = Kind::Postgres;
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        d.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        d.setPort(url.port(5432));
        d.setUserName(url.userName());
        d.setPassword(url.password());
        d.setDatabaseName(url.path().mid(1));
        d.setConnectOptions(QStringLiteral("connect_timeout=10"));
        QUrl safe = url;
        safe.setPassword(QString());
        m_description = safe.toString();
        if (!d.open()) {
            *error = QObject::tr("Can't open the PostgreSQL database %1: %2")
                         .arg(m_description, d.lastError().databaseText());
            return false;
        }
        QSqlQuery(d).exec(QStringLiteral("SET client_min_messages TO WARNING"));
        return true;
    }
    m_kind = Kind::Sqlite;
    const QString file = QDir(location).filePath(QStringLiteral("members.sqlite"));
    // Private before the first byte of personal data is written: SQLite gives its -wal and -shm files the database
    // file's permissions.
    if (!PrivateFiles::makeFolder(location) || !PrivateFiles::makeFile(file)) {
        *error = QObject::tr("Can't create the data folder %1.").arg(location);
        return false;
    }
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(file);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_description = file;
    if (!d.open()) {
        *error = QObject::tr("Can't open the member database %1: %2").arg(file, d.lastError().text());
        return false;
    }
    QSqlQuery q(d);
    // A damaged file is noticed before anything reads it or writes to it (and nothing is exported from it).
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        const QString detail = q.isActive() ? q.value(0).toString() : q.lastError().text();
        *error = QObject::tr("The member database %1 is damaged (%2). ActiveDesk has not changed it. Restore it from "
                             "a backup, or ask your IT contact.")
                     .arg(file, detail.left(200));
        return false;
    }
    q.finish();
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QLatin1String(pragma))) {
            *error = q.lastError().text();
            return false;
        }
    }
    for (const char *suffix : {"-wal", "-shm"})
        PrivateFiles::restrict(file + QLatin1String(suffix));
    return true;
}

QString Database::dialect(QString sql) const
{
    sql.replace(QStringLiteral("{{id}}"), m_kind == Kind::Postgres
                                              ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                              : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return sql;
}

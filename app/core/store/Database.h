#pragma once

#include <QSqlDatabase>
#include <QString>

// One database connection: SQLite (a file, WAL, foreign keys on) or PostgreSQL (a URL), with the few
// differences between their SQL kept here.
class Database
{
public:
    enum class Kind { Sqlite, Postgres };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `location` is a folder (SQLite file `members.sqlite` inside it) or postgresql://user:pass@host:port/db.
    bool open(const QString &location, QString *error);
    void close();
    QSqlDatabase db() const;
    Kind kind() const { return m_kind; }
    // A description safe to print: the password of a URL is never shown.
    QString describe() const { return m_description; }
    static bool isPostgresUrl(const QString &location);
    // SQL with {{id}} (an auto-increment primary key) written for this database.
    QString dialect(QString sql) const;

private:
    QString m_connection;
    Kind m_kind = Kind::Sqlite;
    QString m_description;
};

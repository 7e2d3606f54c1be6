#pragma once

#include "util/Clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// What the member database's parts (MemberStore, Outbox, CredentialStore, Schema) write with: the time as stored, a
// statement run with its failure logged (never its values), and a transaction rolled back unless committed.
namespace StoreSql {

inline QString nowText()
{
    return Clock::instance().currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline bool run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qWarning("member store: %s", qPrintable(q.lastError().text()));
    return false;
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(db), m_open(db.transaction()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool ok() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace StoreSql

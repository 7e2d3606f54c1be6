#include "SandboxStore.h"

#include "util/PrivateFiles.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Sandbox {

namespace {
QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qWarning("sandbox store: %s", qPrintable(q.lastError().text()));
    return false;
}

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS customers (identifier TEXT PRIMARY KEY, tenant TEXT NOT NULL, account TEXT NOT NULL,"
    " deleted INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS occupancy (opportunity TEXT PRIMARY KEY, taken INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS checkouts (id TEXT PRIMARY KEY, tenant TEXT NOT NULL, data TEXT NOT NULL,"
    " status TEXT NOT NULL, order_id TEXT)",
    "CREATE TABLE IF NOT EXISTS orders (identifier TEXT PRIMARY KEY, tenant TEXT NOT NULL, customer TEXT NOT NULL,"
    " order_date TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS orders_by_customer ON orders (tenant, customer, order_date)",
    "CREATE TABLE IF NOT EXISTS order_items (order_id TEXT NOT NULL, item_id TEXT NOT NULL, tenant TEXT NOT NULL,"
    " customer TEXT NOT NULL, status TEXT NOT NULL, start_ms INTEGER NOT NULL, cancel_deadline_ms INTEGER NOT NULL,"
    " opportunity TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (order_id, item_id))",
    "CREATE INDEX IF NOT EXISTS items_by_customer ON order_items (tenant, customer, status, start_ms)",
    "CREATE TABLE IF NOT EXISTS receipts (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id TEXT NOT NULL, created TEXT "
    "NOT NULL)",
    "CREATE TABLE IF NOT EXISTS idempotency (key TEXT NOT NULL, tenant TEXT NOT NULL, customer TEXT NOT NULL,"
    " created TEXT NOT NULL, PRIMARY KEY (key, tenant))",
    "CREATE TABLE IF NOT EXISTS mailbox (id INTEGER PRIMARY KEY AUTOINCREMENT, to_addr TEXT NOT NULL, subject TEXT NOT "
    "NULL,"
    " body TEXT NOT NULL, order_id TEXT, created TEXT NOT NULL)",
};
} // namespace

SandboxStore::SandboxStore() : m_connectionName(QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::Id128))
{}

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        if (d.isValid())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SandboxStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxStore::open(const QString &directory, QString *error, int busyTimeoutMs)
{
    const QString file = QDir(directory).filePath(QStringLiteral("sandbox.sqlite"));
    // Customers' details live here too: private, whatever the umask.
    if (!PrivateFiles::makeFolder(directory) || !PrivateFiles::makeFile(file)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(directory);
        return false;
    }
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    d.setDatabaseName(file);
    if (!d.open()) {
        *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    // WAL with synchronous=NORMAL survives a killed process (not a power cut) without losing a commit.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs)}) {
        if (!q.exec(pragma)) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!migrate(error))
        return false;
    for (const char *suffix : {"-wal", "-shm"})
        PrivateFiles::restrict(file + QLatin1String(suffix));
    return true;
}

bool SandboxStore::migrate(QString *error)
{
    QSqlQuery q(db());
    for (const char *statement : schema) {
        if (!q.exec(QLatin1String(statement))) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (meta(QStringLiteral("schema_version")).isEmpty())
        setMeta(QStringLiteral("schema_version"), QStringLiteral("1"));
    return true;
}

bool SandboxStore::begin()
{
    return db().transaction();
}

bool SandboxStore::commit()
{
    return db().commit();
}

void SandboxStore::rollback()
{
    db().rollback();
}

bool SandboxStore::insertCustomer(const CustomerRecord &c)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO customers (identifier, tenant, account, deleted, created, updated)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.identifier);
    q.addBindValue(c.tenant);
    q.addBindValue(toText(c.account));
    q.addBindValue(c.deleted ? 1 : 0);
    q.addBindValue(c.created);
    q.addBindValue(c.updated);
    return exec(q);
}

bool SandboxStore::rememberIdempotencyKey(const QString &key, const QString &tenant, const QString &customer,
                                          const QString &created)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO idempotency (key, tenant, customer, created) VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(tenant);
    q.addBindValue(customer);
    q.addBindValue(created);
    return exec(q);
}

QString SandboxStore::customerForIdempotencyKey(const QString &key, const QString &tenant) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT customer FROM idempotency WHERE key = ? AND tenant = ?"));
    q.addBindValue(key);
    q.addBindValue(tenant);
    return exec(q) && q.next() ? q.value(0).toString() : QString();
}

bool SandboxStore::updateCustomer(const CustomerRecord &c)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE customers SET account = ?, deleted = ?, updated = ? WHERE identifier = ?"));
    q.addBindValue(toText(c.account));
    q.addBindValue(c.deleted ? 1 : 0);
    q.addBindValue(c.updated);
    q.addBindValue(c.identifier);
    return exec(q) && q.numRowsAffected() == 1;
}

namespace {
CustomerRecord customerFrom(const QSqlQuery &q)
{
    CustomerRecord c;
    c.identifier = q.value(0).toString();
    c.tenant = q.value(1).toString();
    c.account = fromText(q.value(2).toString());
    c.deleted = q.value(3).toInt() != 0;
    c.created = q.value(4).toString();
    c.updated = q.value(5).toString();
    return c;
}
} // namespace

std::optional<CustomerRecord> SandboxStore::customer(const QString &tenant, const QString &identifier) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT identifier, tenant, account, deleted, created, updated FROM customers"
                             " WHERE identifier = ? AND tenant = ?"));
    q.addBindValue(identifier);
    q.addBindValue(tenant);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return customerFrom(q);
}

QVector<CustomerRecord> SandboxStore::customers() const
{
    QVector<CustomerRecord> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT identifier, tenant, account, deleted, created, updated FROM customers"
                             " ORDER BY created, identifier"));
    if (!exec(q))
        return out;
    while (q.next())
        out.append(customerFrom(q));
    return out;
}

bool SandboxStore::addTaken(const QString &opportunityId, int delta)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO occupancy (opportunity, taken) VALUES (?, MAX(0, ?))"
                             " ON CONFLICT(opportunity) DO UPDATE SET taken = MAX(0, taken + ?)"));
    q.addBindValue(opportunityId);
    q.addBindValue(delta);
    q.addBindValue(delta);
    return exec(q);
}

QHash<QString, int> SandboxStore::allTaken() const
{
    QHash<QString, int> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT opportunity, taken FROM occupancy"));
    if (!exec(q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

bool SandboxStore::insertCheckout(const CheckoutRecord &c)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO checkouts (id, tenant, data, status, order_id) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.tenant);
    q.addBindValue(toText(c.data));
    q.addBindValue(c.status);
    q.addBindValue(c.orderId);
    return exec(q);
}

bool SandboxStore::updateCheckout(const CheckoutRecord &c)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE checkouts SET data = ?, status = ?, order_id = ? WHERE id = ?"));
    q.addBindValue(toText(c.data));
    q.addBindValue(c.status);
    q.addBindValue(c.orderId);
    q.addBindValue(c.id);
    return exec(q);
}

std::optional<CheckoutRecord> SandboxStore::checkout(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, tenant, data, status, order_id FROM checkouts WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return CheckoutRecord{q.value(0).toString(), q.value(1).toString(), fromText(q.value(2).toString()),
                          q.value(3).toString(), q.value(4).toString()};
}

bool SandboxStore::insertOrder(const OrderRecord &o)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO orders (identifier, tenant, customer, order_date, data) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(o.identifier);
    q.addBindValue(o.tenant);
    q.addBindValue(o.customerId.isNull() ? QStringLiteral("") : o.customerId); // a guest's order has no customer
    q.addBindValue(o.orderDate);
    q.addBindValue(toText(o.data));
    return exec(q);
}

bool SandboxStore::insertOrderItem(const OrderItemRecord &i)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO order_items (order_id, item_id, tenant, customer, status, start_ms,"
                             " cancel_deadline_ms, opportunity, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(i.orderId);
    q.addBindValue(i.itemId);
    q.addBindValue(i.tenant);
    q.addBindValue(i.customerId.isNull() ? QStringLiteral("") : i.customerId);
    q.addBindValue(i.status);
    q.addBindValue(i.startMs);
    q.addBindValue(i.cancelDeadlineMs);
    q.addBindValue(i.opportunityId);
    q.addBindValue(toText(i.data));
    return exec(q);
}

bool SandboxStore::setOrderItemStatus(const QString &orderId, const QString &itemId, const QString &status)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE order_items SET status = ? WHERE order_id = ? AND item_id = ?"));
    q.addBindValue(status);
    q.addBindValue(orderId);
    q.addBindValue(itemId);
    return exec(q);
}

namespace {
OrderRecord orderFrom(const QSqlQuery &q)
{
    return OrderRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       fromText(q.value(4).toString())};
}

OrderItemRecord itemFrom(const QSqlQuery &q)
{
    OrderItemRecord i;
    i.orderId = q.value(0).toString();
    i.itemId = q.value(1).toString();
    i.tenant = q.value(2).toString();
    i.customerId = q.value(3).toString();
    i.status = q.value(4).toString();
    i.startMs = q.value(5).toLongLong();
    i.cancelDeadlineMs = q.value(6).toLongLong();
    i.opportunityId = q.value(7).toString();
    i.data = fromText(q.value(8).toString());
    return i;
}

const char *const itemColumns = "SELECT order_id, item_id, tenant, customer, status, start_ms, cancel_deadline_ms, "
                                "opportunity, data FROM order_items ";
} // namespace

std::optional<OrderRecord> SandboxStore::order(const QString &tenant, const QString &identifier) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT identifier, tenant, customer, order_date, data FROM orders"
                             " WHERE identifier = ? AND tenant = ?"));
    q.addBindValue(identifier);
    q.addBindValue(tenant);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return orderFrom(q);
}

QVector<OrderItemRecord> SandboxStore::orderItems(const QString &orderId) const
{
    QVector<OrderItemRecord> out;
    QSqlQuery q(db());
    q.prepare(QLatin1String(itemColumns) + QStringLiteral("WHERE order_id = ? ORDER BY item_id"));
    q.addBindValue(orderId);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

QVector<OrderRecord> SandboxStore::ordersOf(const QString &tenant, const QString &customerId, int offset, int limit,
                                            int *total) const
{
    QVector<OrderRecord> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM orders WHERE tenant = ? AND customer = ?"));
    q.addBindValue(tenant);
    q.addBindValue(customerId);
    *total = exec(q) && q.next() ? q.value(0).toInt() : 0;
    q.prepare(
        QStringLiteral("SELECT identifier, tenant, customer, order_date, data FROM orders"
                       " WHERE tenant = ? AND customer = ? ORDER BY order_date DESC, rowid DESC LIMIT ? OFFSET ?"));
    q.addBindValue(tenant);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(orderFrom(q));
    return out;
}

QVector<OrderItemRecord> SandboxStore::upcomingItemsOf(const QString &tenant, const QString &customerId, qint64 nowMs,
                                                       int offset, int limit, int *total) const
{
    QVector<OrderItemRecord> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM order_items WHERE tenant = ? AND customer = ?"
                             " AND status = 'OrderItemConfirmed' AND start_ms > ?"));
    q.addBindValue(tenant);
    q.addBindValue(customerId);
    q.addBindValue(nowMs);
    *total = exec(q) && q.next() ? q.value(0).toInt() : 0;
    q.prepare(QLatin1String(itemColumns) +
              QStringLiteral("WHERE tenant = ? AND customer = ? AND status = 'OrderItemConfirmed' AND start_ms > ?"
                             " ORDER BY start_ms, order_id, item_id LIMIT ? OFFSET ?"));
    q.addBindValue(tenant);
    q.addBindValue(customerId);
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

qint64 SandboxStore::insertReceipt(const QString &orderId, const QString &created)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO receipts (order_id, created) VALUES (?, ?)"));
    q.addBindValue(orderId);
    q.addBindValue(created);
    return exec(q) ? q.lastInsertId().toLongLong() : -1;
}

std::optional<QPair<QString, QString>> SandboxStore::receipt(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT order_id, created FROM receipts WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return qMakePair(q.value(0).toString(), q.value(1).toString());
}

QVector<QPair<qint64, QString>> SandboxStore::receiptsOf(const QString &orderId) const
{
    QVector<QPair<qint64, QString>> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, created FROM receipts WHERE order_id = ? ORDER BY id DESC"));
    q.addBindValue(orderId);
    if (!exec(q))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

bool SandboxStore::insertMail(const MailRecord &m)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO mailbox (to_addr, subject, body, order_id, created) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(m.to);
    q.addBindValue(m.subject);
    q.addBindValue(m.text);
    q.addBindValue(m.orderId);
    q.addBindValue(m.created);
    return exec(q);
}

QVector<MailRecord> SandboxStore::mails() const
{
    QVector<MailRecord> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, to_addr, subject, body, order_id, created FROM mailbox ORDER BY id"));
    if (!exec(q))
        return out;
    while (q.next()) {
        out.append(MailRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return out;
}

QString SandboxStore::meta(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return exec(q) && q.next() ? q.value(0).toString() : QString();
}

bool SandboxStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q);
}

} // namespace Sandbox

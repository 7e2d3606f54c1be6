#pragma once

#include <optional>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace Sandbox {

struct CustomerRecord
{
    QString identifier;
    QString tenant;
    QJsonObject account; // the CustomerAccount as stored (without @id, which depends on the host)
    bool deleted = false;
    QString created;
    QString updated;
};

struct CheckoutRecord
{
    QString id;
    QString tenant;
    QJsonObject data; // everything the checkout pages need (see SandboxServer)
    QString status;   // review, payment, completed, full, started
    QString orderId;
};

struct OrderItemRecord
{
    QString orderId;
    QString itemId;
    QString customerId;
    QString tenant;
    QString status; // OrderItemConfirmed, CustomerCancelled, ...
    qint64 startMs = 0;
    qint64 cancelDeadlineMs = 0;
    QString opportunityId; // open-data identifier
    QJsonObject data;      // the OrderItem JSON without status flags
};

struct OrderRecord
{
    QString identifier;
    QString tenant;
    QString customerId;
    QString orderDate;
    QJsonObject data; // the Order header JSON (without orderedItem)
};

struct MailRecord
{
    qint64 id = 0;
    QString to;
    QString subject;
    QString text;
    QString orderId;
    QString created;
};

// The sandbox's state in one SQLite file (WAL; every acknowledged change is committed before the answer).
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();

    bool open(const QString &directory, QString *error, int busyTimeoutMs = 5000);
    QSqlDatabase db() const;
    bool begin();
    bool commit();
    void rollback();

    bool insertCustomer(const CustomerRecord &c);
    bool updateCustomer(const CustomerRecord &c);
    // Idempotency-Key of a create (a sandbox aid; see README): which customer a key already created.
    bool rememberIdempotencyKey(const QString &key, const QString &tenant, const QString &customer,
                                const QString &created);
    QString customerForIdempotencyKey(const QString &key, const QString &tenant) const;
    std::optional<CustomerRecord> customer(const QString &tenant, const QString &identifier) const;
    QVector<CustomerRecord> customers() const;

    bool addTaken(const QString &opportunityId, int delta);
    QHash<QString, int> allTaken() const; // places taken by bookings made here, by open-data identifier

    bool insertCheckout(const CheckoutRecord &c);
    bool updateCheckout(const CheckoutRecord &c);
    std::optional<CheckoutRecord> checkout(const QString &id) const;

    bool insertOrder(const OrderRecord &o);
    bool insertOrderItem(const OrderItemRecord &i);
    bool setOrderItemStatus(const QString &orderId, const QString &itemId, const QString &status);
    std::optional<OrderRecord> order(const QString &tenant, const QString &identifier) const;
    QVector<OrderItemRecord> orderItems(const QString &orderId) const;
    // Orders of a customer, newest first; `total` receives the count.
    QVector<OrderRecord> ordersOf(const QString &tenant, const QString &customerId, int offset, int limit,
                                  int *total) const;
    // Confirmed items starting after nowMs, earliest first.
    QVector<OrderItemRecord> upcomingItemsOf(const QString &tenant, const QString &customerId, qint64 nowMs, int offset,
                                             int limit, int *total) const;

    qint64 insertReceipt(const QString &orderId, const QString &created);
    std::optional<QPair<QString, QString>> receipt(qint64 id) const;          // order id, created
    QVector<QPair<qint64, QString>> receiptsOf(const QString &orderId) const; // newest first

    bool insertMail(const MailRecord &m);
    QVector<MailRecord> mails() const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    bool migrate(QString *error);
    QString m_connectionName;
};

} // namespace Sandbox

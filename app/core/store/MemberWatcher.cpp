#include "MemberWatcher.h"

#include "MemberStore.h"

#include <QSqlDriver>

MemberWatcher::MemberWatcher(MemberStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_poll, &QTimer::timeout, this, &MemberWatcher::check);
}

void MemberWatcher::start(int pollMs)
{
    m_seen = m_store->latestChange();
    QSqlDriver *driver = m_store->database().db().driver();
    if (m_store->database().kind() == Database::Kind::Postgres && driver &&
        driver->hasFeature(QSqlDriver::EventNotifications)) {
        m_listening = driver->subscribeToNotification(MemberStore::changeChannel());
        if (m_listening)
            connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
                if (name == MemberStore::changeChannel())
                    check();
            });
    }
    // Notifications may be missed (a dropped connection): a slower poll catches up either way.
    m_poll.start(m_listening ? std::max(pollMs, 10000) : pollMs);
}

void MemberWatcher::stop()
{
    m_poll.stop();
    if (m_listening) {
        if (QSqlDriver *driver = m_store->database().db().driver())
            driver->unsubscribeFromNotification(MemberStore::changeChannel());
        m_listening = false;
    }
}

void MemberWatcher::check()
{
    qint64 latest = m_seen;
    const QVector<qint64> changed = m_store->changedSince(m_seen, &latest);
    m_seen = latest;
    if (!changed.isEmpty())
        Q_EMIT membersChanged(changed);
}

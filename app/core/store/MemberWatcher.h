#pragma once

#include <QObject>
#include <QTimer>
#include <QVector>

class MemberStore;

// Tells a desk which members changed in the database, wherever the change came from (this desk, another terminal,
// activedesk-admin): PostgreSQL notifies it at once (LISTEN), SQLite is asked every `pollMs`. No restart needed.
class MemberWatcher : public QObject
{
    Q_OBJECT
public:
    explicit MemberWatcher(MemberStore *store, QObject *parent = nullptr);
    void start(int pollMs = 1500);
    void stop();
    // Look now (also done on every notification and poll).
    void check();

Q_SIGNALS:
    void membersChanged(const QVector<qint64> &memberIds);

private:
    MemberStore *m_store;
    QTimer m_poll;
    qint64 m_seen = 0;
    bool m_listening = false;
};

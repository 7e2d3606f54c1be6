#pragma once
// A member database for test functions that run once per backend: SQLite in a temporary folder, and the real
// PostgreSQL server scripts/test.sh starts (ACTIVEDESK_TEST_PG_URL). Each test function gets an empty database.
#include "domain/Member.h"
#include "store/Database.h"
#include "store/MemberStore.h"
#include "util/Problem.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

inline Person testPerson(const QString &given, const QString &family, const QString &email, const QString &phone = {})
{
    Person p;
    p.givenName = given;
    p.familyName = family;
    p.email = email;
    p.telephone = phone;
    return p;
}

class StoreFixture
{
public:
    static QString pgUrl() { return qEnvironmentVariable("ACTIVEDESK_TEST_PG_URL"); }

    // The rows of a test function's _data: one per backend.
    static void addBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    // From init(): opens an empty database on the row's backend (a test function without rows gets none). Without
    // a PostgreSQL server the postgres rows are skipped, except on CI, where they fail.
    void openFresh()
    {
        m_store.reset();
        if (!QTest::currentDataTag())
            return;
        QFETCH(QString, backend);
        QString location;
        if (backend == QLatin1String("postgres")) {
            if (pgUrl().isEmpty()) {
                if (qEnvironmentVariableIsSet("CI"))
                    QFAIL("CI must provide ACTIVEDESK_TEST_PG_URL (scripts/test.sh starts PostgreSQL)");
                QSKIP("ACTIVEDESK_TEST_PG_URL is not set; scripts/test.sh starts a PostgreSQL server for this");
            }
            Database admin;
            QString error;
            QVERIFY2(admin.open(pgUrl(), &error), qPrintable(error));
            QSqlQuery q(admin.db());
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
            location = pgUrl();
        } else {
            location = m_dir.filePath(QStringLiteral("db%1").arg(++m_opened));
        }
        m_store = std::make_unique<MemberStore>();
        m_location = location;
        QString error;
        QVERIFY2(m_store->open(location, &error), qPrintable(error));
    }

    Member add(const Person &p, const QString &number = {})
    {
        Member m;
        m.person = p;
        m.membershipNumber = number;
        LocalError error;
        if (!m_store->createMember(m, &error))
            qWarning("createMember: %s", qPrintable(error.message()));
        return m;
    }

    // The entries a worker would take now, leased for no time at all (so the next call sees them again).
    QVector<OutboxEntry> claimNow(qint64 nowMs)
    {
        return m_store->outbox().claimEntries(QStringLiteral("test"), nowMs, 0, 10);
    }
    // Records imin's answer to a create: the member is linked to `identifier`.
    bool linked(const OutboxEntry &e, const QString &identifier)
    {
        QString existing;
        return m_store->outbox().completeCreate(e, identifier, &existing) == Outbox::CreateOutcome::Linked;
    }

    // A second connection to the same database, as another terminal has.
    std::unique_ptr<MemberStore> other() const
    {
        auto store = std::make_unique<MemberStore>();
        QString error;
        if (!store->open(m_location, &error))
            qWarning("second connection: %s", qPrintable(error));
        return store;
    }

protected:
    QTemporaryDir m_dir;
    std::unique_ptr<MemberStore> m_store;
    QString m_location;
    int m_opened = 0;
};

// Exactly once across terminals: three `activedesk-admin sync` processes and one desk's sync worker send the same
// outbox (one PostgreSQL database, then one shared SQLite file) to one sandbox that ignores Idempotency-Key, as real
// imin does, while 30 % of calls fail and the processes are killed with SIGKILL now and then. Every member must end
// with one imin customer holding their latest details, and every create beyond one per member must be a create whose
// answer a killed process never read. The figures are printed for the closing note.
#include "SandboxProcess.h"
#include "services/DataLocation.h"

#include "imin/ImminClient.h"
#include "store/MemberStore.h"
#include "sync/SyncWorker.h"
#include "util/Csv.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

class TestSyncConcurrency : public QObject
{
    Q_OBJECT
    static QString admin() { return QStringLiteral(ACTIVEDESK_BIN_DIR) + QStringLiteral("/activedesk-admin"); }

private Q_SLOTS:
    void threeTerminalsAndADeskSendEachChangeOnce_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("postgres") << QStringLiteral("postgres");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }
    void threeTerminalsAndADeskSendEachChangeOnce()
    {
        QFETCH(QString, backend);
        QTemporaryDir dir;
        QString location = dir.filePath(QStringLiteral("shared"));
        if (backend == QLatin1String("postgres")) {
            location = qEnvironmentVariable("ACTIVEDESK_TEST_PG_URL");
            if (location.isEmpty())
                QSKIP("ACTIVEDESK_TEST_PG_URL is not set; scripts/test.sh starts a PostgreSQL server for this");
            Database reset;
            QString error;
            QVERIFY2(reset.open(location, &error), qPrintable(error));
            QSqlQuery q(reset.db());
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) &&
                    q.exec(QStringLiteral("CREATE SCHEMA public")));
        }
        SandboxProcess sandbox(QStringList{"--sessions", "50", "--no-idempotency"});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        TestHttp http(sandbox.baseUrl());
        const QString base = sandbox.baseUrl().toString();
        const QStringList common{QStringLiteral("--database"),     location,
                                 QStringLiteral("--settings"),     dir.filePath(QStringLiteral("s.ini")),
                                 QStringLiteral("--booking-url"),  base + QStringLiteral("/api/v2"),
                                 QStringLiteral("--search-url"),   base,
                                 QStringLiteral("--checkout-url"), base,
                                 QStringLiteral("--timeout-ms"),   QStringLiteral("1500")};
        if (backend == QLatin1String("sqlite"))
            const_cast<QStringList &>(common)[0] = QStringLiteral("--data-dir");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACTIVEDESK_IMIN_API_KEY"), QStringLiteral("sandbox-key"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        auto start = [&](const QStringList &args) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->start(admin(), args + common);
            return p;
        };

        const int members = 300;
        QByteArray csv = "membershipNumber,givenName,familyName,email\n";
        for (int i = 0; i < members; ++i)
            csv += QStringLiteral("T%1,Given%1,Family%1,t%1@example.org\n").arg(i).toUtf8();
        QFile file(dir.filePath(QStringLiteral("m.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        QProcess *import = start({QStringLiteral("import-members"), file.fileName()});
        QVERIFY(import->waitForFinished(60000));
        QCOMPARE(import->exitCode(), 0);

        QCOMPARE(http.postJson("/sandbox/faults",
                               {{"errorRate", 0.1}, {"dropRate", 0.1}, {"garbageRate", 0.1}, {"latencyMs", 40}})
                     .status,
                 200);
        // The desk's own worker, in this process, on the same database.
        MemberStore deskStore;
        QString error;
        QVERIFY2(deskStore.open(backend == QLatin1String("sqlite") ? DataLocation::memberDatabase(location) : location,
                                &error),
                 qPrintable(error));
        ImminConfig config = ImminConfig::forSandbox(sandbox.baseUrl(), QStringLiteral("sandbox-key"));
        config.timeoutMs = 1500;
        ImminClient client(config);
        SyncWorker desk(&deskStore, &client);
        desk.setBackoff(50, 2000);
        desk.setLeaseMs(4000);
        desk.start();

        const QStringList syncArgs{
            QStringLiteral("sync"), QStringLiteral("--wait"),     QStringLiteral("120"), QStringLiteral("--backoff-ms"),
            QStringLiteral("50"),   QStringLiteral("--lease-ms"), QStringLiteral("4000")};
        QVector<QProcess *> terminals{start(syncArgs), start(syncArgs), start(syncArgs)};
        QRandomGenerator rng(4242);
        int kills = 0;
        for (int round = 0; round < 6; ++round) {
            QTest::qWait(int(rng.bounded(300, 900)));
            const int victim = int(rng.bounded(3));
            if (terminals[victim]->state() == QProcess::Running) {
                terminals[victim]->kill(); // SIGKILL: whatever it had sent, it never hears the answer of
                ++kills;
            }
            terminals[victim]->waitForFinished(5000);
            terminals[victim]->deleteLater();
            terminals[victim] = start(syncArgs);
            if (round == 2) {
                // Staff change 60 members meanwhile: their updates queue behind (or coalesce with) their creates.
                QByteArray changes = "membershipNumber,givenName,familyName,email\n";
                for (int i = 0; i < members; i += 5)
                    changes += QStringLiteral("T%1,Changed%1,Family%1,changed%1@example.org\n").arg(i).toUtf8();
                QFile more(dir.filePath(QStringLiteral("changes.csv")));
                QVERIFY(more.open(QIODevice::WriteOnly));
                more.write(changes);
                more.close();
                QProcess *update = start({QStringLiteral("import-members"), more.fileName()});
                QVERIFY(update->waitForFinished(60000));
                QCOMPARE(update->exitCode(), 0);
            }
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 180000 && std::any_of(terminals.begin(), terminals.end(),
                                                   [](QProcess *p) { return p->state() != QProcess::NotRunning; }))
            QTest::qWait(100);
        QTRY_VERIFY_WITH_TIMEOUT(deskStore.outbox().pendingCount() == 0, 60000);
        const SyncWorker::Stats deskStats = desk.stats();
        desk.stop();

        // The faults stop; a last clean sync (there should be nothing left for it).
        QCOMPARE(
            http.postJson("/sandbox/faults", {{"errorRate", 0}, {"dropRate", 0}, {"garbageRate", 0}, {"latencyMs", 0}})
                .status,
            200);
        QProcess *final = start({QStringLiteral("sync")});
        QVERIFY(final->waitForFinished(60000));
        QCOMPARE(final->exitCode(), 0);

        // Every member: one customer, the latest details.
        QHash<QString, QJsonObject> live;
        for (const QJsonValue &v : http.get("/sandbox/customers").json().value("items").toArray()) {
            const QJsonObject c = v.toObject();
            if (!c.value("deleted").toBool())
                live.insert(c.value("identifier").toString(),
                            c.value("account").toObject().value("customer").toObject());
        }
        QSet<QString> linked;
        for (const Member &m : deskStore.allMembers()) {
            QVERIFY2(live.contains(m.iminIdentifier), qPrintable(m.membershipNumber));
            QVERIFY(!linked.contains(m.iminIdentifier));
            linked.insert(m.iminIdentifier);
            QCOMPARE(live.value(m.iminIdentifier).value("email").toString(), m.person.email);
            QCOMPARE(live.value(m.iminIdentifier).value("givenName").toString(), m.person.givenName);
        }
        QCOMPARE(deskStore.memberByNumber(QStringLiteral("T0"))->person.email, QStringLiteral("changed0@example.org"));
        QCOMPARE(int(linked.size()), members);
        const QJsonObject stats = http.get("/sandbox/stats").json();
        const int createCalls = stats.value("createCalls").toInt();
        const int repeated = stats.value("repeatedIdempotencyKeys").toInt();
        const int orphans = int(live.size()) - members;
        std::printf("%s: %d members, 3 terminals + 1 desk worker (desk sent %d), %d SIGKILLs, 30%% faults, imin "
                    "ignoring Idempotency-Key: %d create calls reached imin (%d extra), %d of them a create sent again "
                    "after its answer was lost; %d customers, %d left over from lost answers\n",
                    qPrintable(backend), members, deskStats.sent, kills, createCalls, createCalls - members, repeated,
                    int(live.size()), orphans);
        QVERIFY(deskStats.sent > 0); // the desk really took part
        // One create per member reached imin under its own key; any other create was a re-send of a lost answer,
        // at most one per call a killed process had in flight.
        QCOMPARE(createCalls - repeated, members);
        QVERIFY(repeated <= kills * 4);
        QVERIFY(orphans >= 0 && orphans <= repeated);
    }
};

QTEST_MAIN(TestSyncConcurrency)
#include "TestSyncConcurrency.moc"

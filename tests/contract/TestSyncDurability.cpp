// Durability of the outbox: `activedesk-admin sync` for 1000 members against a sandbox failing 30 % of calls
// (errors, dropped connections, garbage), killed with SIGKILL at random moments, members changed in between.
// After a final clean sync the sandbox must hold exactly one customer per member, with the latest details.
// Also: the admin tool's other commands and exit codes.
#include "SandboxProcess.h"

#include "util/Csv.h"

#include <QDir>
#include <QProcess>
#include <QtTest>

class TestSyncDurability : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QTemporaryDir m_dir;

    static QString admin() { return QStringLiteral(ACTIVEDESK_BIN_DIR) + QStringLiteral("/activedesk-admin"); }
    QStringList common() const
    {
        const QString base = m_sandbox->baseUrl().toString();
        return {QStringLiteral("--data-dir"),     m_dir.filePath(QStringLiteral("store")),
                QStringLiteral("--settings"),     m_dir.filePath(QStringLiteral("settings.ini")),
                QStringLiteral("--booking-url"),  base + QStringLiteral("/api/v2"),
                QStringLiteral("--search-url"),   base,
                QStringLiteral("--checkout-url"), base};
    }
    QProcess *startAdmin(const QStringList &args, const QString &key = QStringLiteral("sandbox-key"))
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACTIVEDESK_IMIN_API_KEY"), key);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain service: the environment is the way
        p->setProcessEnvironment(env);
        p->start(admin(), common() + args); // options given here win over the common ones
        return p;
    }
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runAdmin(const QStringList &args, const QString &key = QStringLiteral("sandbox-key"),
                 const QByteArray &stdinData = {})
    {
        QProcess *p = startAdmin(args, key);
        if (!stdinData.isEmpty()) {
            p->write(stdinData);
        }
        p->closeWriteChannel();
        p->waitForFinished(600000);
        Run r{p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()),
              QString::fromUtf8(p->readAllStandardError())};
        p->deleteLater();
        return r;
    }
    QString writeCsv(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    QHash<QString, QStringList> exportedMembers()
    {
        const QString file = m_dir.filePath(QStringLiteral("export.csv"));
        const Run r = runAdmin({QStringLiteral("export-members"), file});
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QVector<Csv::Row> rows;
        QString error;
        Csv::parse(f.readAll(), &rows, &error);
        QHash<QString, QStringList> byNumber;
        for (qsizetype i = 1; i < rows.size(); ++i)
            byNumber.insert(rows.at(i).fields.value(0), rows.at(i).fields);
        return byNumber;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--sessions", "50"});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
    }

    void adminCommandsSayWhatHappened()
    {
        Run r = runAdmin({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Give a command")));
        r = runAdmin({QStringLiteral("check-connection")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QStringLiteral("OK ")), 3);
        // check-imin --checkout: also a checkout in imin's testing mode (contract 5.2.2), step by step; nothing booked.
        const int mailsBefore = int(m_http->get("/sandbox/mailbox").json().value("items").toArray().size());
        r = runAdmin({QStringLiteral("check-imin"), QStringLiteral("--checkout")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QStringLiteral("OK ")), 5);
        QVERIFY2(r.out.contains(QStringLiteral("Testing-mode checkout")) &&
                     r.out.contains(QStringLiteral("no payment is taken and nothing is booked")) &&
                     r.out.contains(QStringLiteral("Its checkout page")),
                 qPrintable(r.out));
        QCOMPARE(int(m_http->get("/sandbox/mailbox").json().value("items").toArray().size()), mailsBefore);
        // Swapped or incomplete addresses are not "works": each line says what was expected instead.
        const QString base = m_sandbox->baseUrl().toString();
        r = runAdmin({QStringLiteral("check-connection"), QStringLiteral("--booking-url"), base,
                      QStringLiteral("--search-url"), base + QStringLiteral("/api/v2")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  Booking")) && r.out.contains(QStringLiteral("FAIL  Search")) &&
                     r.out.contains(QStringLiteral("OK    Checkout")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("imin's list of entitlements was expected")));
        r = runAdmin(
            {QStringLiteral("check-connection"), QStringLiteral("--checkout-url"), base + QStringLiteral("/shop")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.contains(QStringLiteral("FAIL  Checkout")));
        r = runAdmin({QStringLiteral("check-connection")}, QStringLiteral("wrong-key"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.contains(QStringLiteral("refused the API key")));
        QVERIFY(!r.out.contains(QStringLiteral("wrong-key")) && !r.err.contains(QStringLiteral("wrong-key")));
        // Without a keychain service, set-api-key says so and points at the environment variable.
        r = runAdmin({QStringLiteral("set-api-key")}, QString(), "secret-from-stdin\n");
        if (r.exitCode != 0) {
            QVERIFY(r.err.contains(QStringLiteral("ACTIVEDESK_IMIN_API_KEY")));
            QVERIFY(!r.err.contains(QStringLiteral("secret-from-stdin")));
        }
        // The key is never written to the settings file or the database folder.
        for (const QString &file : {m_dir.filePath(QStringLiteral("settings.ini"))}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("sandbox-key"));
        }
        r = runAdmin({QStringLiteral("import-members"), m_dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 2);
        r = runAdmin({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command")));
    }

    void statusExitsThreeWhileChangesArePending()
    {
        // Its own database and its own imin, so the durability count below is not disturbed.
        QTemporaryDir dir;
        SandboxProcess imin(QStringList{QStringLiteral("--sessions"), QStringLiteral("50")});
        QVERIFY2(imin.start(), qPrintable(imin.errorText()));
        const QString base = imin.baseUrl().toString();
        const QStringList store{QStringLiteral("--data-dir"),     dir.path(),
                                QStringLiteral("--booking-url"),  base + QStringLiteral("/api/v2"),
                                QStringLiteral("--search-url"),   base,
                                QStringLiteral("--checkout-url"), base};
        Run r = runAdmin(QStringList{QStringLiteral("status")} + store);
        QCOMPARE(r.exitCode, 0); // nothing at all: nothing pending
        const QString file =
            writeCsv(QStringLiteral("pending.csv"), "givenName,familyName,email\nPat,Pending,pat@example.org\n");
        QCOMPARE(runAdmin(QStringList{QStringLiteral("import-members"), file} + store).exitCode, 0);
        r = runAdmin(QStringList{QStringLiteral("status")} + store);
        QCOMPARE(r.exitCode, 3); // as the README says: 3 while changes are still pending or failed
        QVERIFY(r.out.startsWith(QStringLiteral("0 synced, 1 pending, 0 failed")));
        QCOMPARE(runAdmin(QStringList{QStringLiteral("sync")} + store).exitCode, 0);
        r = runAdmin(QStringList{QStringLiteral("status")} + store);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("1 synced, 0 pending, 0 failed")));
    }

    void aDamagedDatabaseStopsEveryCommand()
    {
        QTemporaryDir dir;
        const QStringList store{QStringLiteral("--data-dir"), dir.path()};
        QByteArray csv = "givenName,familyName,email\n";
        for (int i = 0; i < 300; ++i)
            csv += QStringLiteral("G%1,Damaged,g%1@example.org\n").arg(i).toUtf8();
        QCOMPARE(runAdmin(QStringList{QStringLiteral("import-members"), writeCsv(QStringLiteral("d.csv"), csv)} + store)
                     .exitCode,
                 0);
        QFile file(QDir(dir.path()).filePath(QStringLiteral("members/members.sqlite")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(3 * 4096);
        file.write(QByteArray(2 * 4096, '\xA5'));
        file.close();
        Run r = runAdmin(QStringList{QStringLiteral("status")} + store);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        const QString out = dir.filePath(QStringLiteral("export.csv"));
        r = runAdmin(QStringList{QStringLiteral("export-members"), out} + store);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out)); // nothing exported from a damaged file
        QCOMPARE(runAdmin(QStringList{QStringLiteral("sync")} + store).exitCode, 1);
    }

    void killedAtRandomSyncsExactlyOnce()
    {
        const int members = 1000;
        QByteArray csv = "membershipNumber,givenName,familyName,email,telephone\n";
        for (int i = 0; i < members; ++i)
            csv +=
                QStringLiteral("D%1,Given%1,Family%1,member%1@example.org,01865 %2\n").arg(i).arg(100000 + i).toUtf8();
        csv += "X1,Bad,Row,not-an-email,\n";
        Run r = runAdmin({QStringLiteral("import-members"), writeCsv(QStringLiteral("members.csv"), csv)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("1000 created")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("members.csv:1002: skipped")), qPrintable(r.err));

        QCOMPARE(
            m_http->postJson("/sandbox/faults", {{"errorRate", 0.3}, {"dropRate", 0.3}, {"garbageRate", 0.3}}).status,
            200);
        QRandomGenerator rng(20301);
        int kills = 0;
        for (int round = 0; round < 10; ++round) {
            // A killed process's changes wait out its lease (four seconds here, the time limit being 1.5 s).
            QProcess *sync =
                startAdmin({QStringLiteral("sync"), QStringLiteral("--backoff-ms"), QStringLiteral("50"),
                            QStringLiteral("--lease-ms"), QStringLiteral("4000"), QStringLiteral("--timeout-ms"),
                            QStringLiteral("1500"), QStringLiteral("--wait"), QStringLiteral("600")});
            QVERIFY(sync->waitForStarted(10000));
            QTest::qWait(int(rng.bounded(250, 1500)));
            if (sync->state() == QProcess::Running) {
                sync->kill(); // SIGKILL
                ++kills;
            }
            sync->waitForFinished(10000);
            sync->deleteLater();
            if (round == 2) {
                // Staff change details while syncs keep dying: 200 new emails and names.
                QByteArray changes = "membershipNumber,givenName,familyName,email,telephone\n";
                for (int i = 0; i < members; i += 5)
                    changes += QStringLiteral("D%1,Changed%1,Family%1,new%1@example.org,01865 %2\n")
                                   .arg(i)
                                   .arg(100000 + i)
                                   .toUtf8();
                r = runAdmin({QStringLiteral("import-members"), writeCsv(QStringLiteral("changes.csv"), changes)});
                QVERIFY2(r.out.contains(QStringLiteral("200 updated")), qPrintable(r.out));
            }
        }
        QVERIFY(kills >= 5);
        const QString status = runAdmin({QStringLiteral("status")}).out;
        qInfo("after %d kills: %s", kills, qPrintable(status.trimmed()));

        // The faults stop; one clean sync finishes the job.
        QCOMPARE(m_http->postJson("/sandbox/faults", {{"errorRate", 0}, {"dropRate", 0}, {"garbageRate", 0}}).status,
                 200);
        r = runAdmin({QStringLiteral("sync"), QStringLiteral("--backoff-ms"), QStringLiteral("50"),
                      QStringLiteral("--lease-ms"), QStringLiteral("4000"), QStringLiteral("--timeout-ms"),
                      QStringLiteral("1500")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("0 still pending; 0 failed")));
        QCOMPARE(runAdmin({QStringLiteral("status")}).out.trimmed(),
                 QStringLiteral("1000 synced, 0 pending, 0 failed"));

        // Exactly one imin customer per member, with the member's latest details.
        const QJsonArray customers = m_http->get("/sandbox/customers").json().value("items").toArray();
        QHash<QString, QJsonObject> byIdentifier;
        for (const QJsonValue &c : customers)
            byIdentifier.insert(c.toObject().value("identifier").toString(),
                                c.toObject().value("account").toObject().value("customer").toObject());
        qInfo("sandbox customers: %d for %d members", int(customers.size()), members);
        QCOMPARE(int(customers.size()), members);
        const QHash<QString, QStringList> local = exportedMembers();
        QCOMPARE(local.size(), members);
        QSet<QString> identifiers;
        for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
            const QStringList &m = it.value();
            const QString identifier = m.value(12);
            QVERIFY2(byIdentifier.contains(identifier), qPrintable(it.key()));
            QVERIFY2(!identifiers.contains(identifier), qPrintable(identifier));
            identifiers.insert(identifier);
            const QJsonObject remote = byIdentifier.value(identifier);
            QCOMPARE(remote.value("givenName").toString(), m.value(1));
            QCOMPARE(remote.value("email").toString(), m.value(3));
            QCOMPARE(m.value(13), QStringLiteral("synced"));
        }
        QVERIFY(local.value(QStringLiteral("D0")).value(3) == QStringLiteral("new0@example.org"));
    }
};

QTEST_GUILESS_MAIN(TestSyncDurability)
#include "TestSyncDurability.moc"

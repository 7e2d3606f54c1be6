// The member database's tables (Schema): a new database is at the latest version; a database left at an older
// version by an earlier release is brought up to date with every member, outbox entry and PIN kept.
#include "store/Database.h"
#include "store/MemberStore.h"
#include "store/Schema.h"

#include <QSqlQuery>
#include <QtTest>

class TestSchema : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aNewDatabaseIsAtTheLatestVersion()
    {
        MemberStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("fresh")), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Schema::latestVersion());
        QCOMPARE(Schema::latestVersion(), 4);
        // Opening again applies nothing twice.
        QVERIFY2(Schema::migrate(store.database(), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 4);
    }

    // A database of the release before memberships (schema 3): its member, the member's change waiting for imin
    // and the member's kiosk PIN are all there after the upgrade, holding nothing.
    void aVersion3DatabaseIsUpgradedKeepingEverything()
    {
        const QString folder = m_dir.filePath(QStringLiteral("old"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(folder, &error), qPrintable(error));
            QVERIFY2(Schema::migrate(db, &error, 3), qPrintable(error));
            QCOMPARE(Schema::version(db), 3);
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO members (membership_number, given_name, family_name, email, birth_date, pin_hash,"
                " created_at, updated_at, s_number, s_given, s_family, s_email, s_phone, imin_identifier)"
                " VALUES ('300001', 'Olwen', 'Oldschema', 'olwen@example.org', '1980-02-03', '$argon2id$x',"
                " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '300001', 'olwen', 'oldschema',"
                " 'olwen@example.org', '', 'cust-300001')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (member_id, kind, key, created_at) VALUES"
                                          " ((SELECT id FROM members WHERE membership_number = '300001'), 'update',"
                                          " 'key-300001', '2026-01-01T00:00:00Z')")));
            db.close();
        }
        MemberStore store;
        QString error;
        QVERIFY2(store.open(folder, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 4);
        const std::optional<Member> olwen = store.memberByNumber(QStringLiteral("300001"));
        QVERIFY(olwen);
        QCOMPARE(olwen->person.givenName, QStringLiteral("Olwen"));
        QCOMPARE(olwen->person.birthDate, QDate(1980, 2, 3));
        QCOMPARE(olwen->iminIdentifier, QStringLiteral("cust-300001"));
        QVERIFY(olwen->person.membership.isEmpty()); // the new columns hold nothing, never NULL
        QCOMPARE(olwen->mergedInto, qint64(0));
        QCOMPARE(store.outbox().pendingCount(), 1);
        QVERIFY(store.credentials().hasMemberPin(olwen->id));
        QVERIFY(store.outbox().entitlementSent(olwen->id).isEmpty());
        // And it takes what the new version stores.
        Member m = *olwen;
        m.person.membership.type = QStringLiteral("Full");
        m.person.membership.validUntil = QDate(2027, 12, 31);
        LocalError saveError;
        QCOMPARE(store.updateMember(m, &saveError), MemberStore::SaveOutcome::Saved);
        QCOMPARE(store.member(olwen->id)->person.membership.type, QStringLiteral("Full"));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"

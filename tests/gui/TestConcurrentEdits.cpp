// Two desks on one PostgreSQL database edit the same member (the races of a busy site), each through its own member
// form, against one imin (a sandbox process). Nothing is lost: changes to different fields merge on their own, a field
// both changed is settled by the person saving, other desks see changes and deletions without a restart, and imin ends
// with the merged details.
#include "DeskDriver.h"
#include "SandboxProcess.h"

#include "MembersPage.h"
#include "services/Services.h"
#include "Widgets.h"

#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSqlQuery>
#include <QtTest>

class TestConcurrentEdits : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_a, m_b;
    std::unique_ptr<MemberEditor> m_formA, m_formB;

    std::unique_ptr<Services> desk(const QString &name)
    {
        auto s = std::make_unique<Services>(m_dir.filePath(name + QStringLiteral(".ini")));
        s->settings().setDatabaseUrl(qEnvironmentVariable("ACTIVEDESK_TEST_PG_URL"));
        QString error;
        if (!s->open(m_dir.filePath(name), &error))
            qWarning("%s", qPrintable(error));
        s->connectImin(ImminConfig::forSandbox(m_sandbox->baseUrl(), QStringLiteral("sandbox-key")), false);
        return s;
    }
    template <typename T> T *find(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QLatin1String(name));
        if (!w)
            QTest::qFail(name, __FILE__, __LINE__);
        return w;
    }
    void type(QWidget *form, const char *field, const QString &text)
    {
        // An opened member is a summary until Edit, as staff find it.
        if (auto *edit = form->findChild<QPushButton *>(QStringLiteral("editMemberButton")); edit && !edit->isHidden())
            edit->click();
        auto *line = find<QLineEdit>(form, field);
        line->selectAll();
        QTest::keyClicks(line, text);
    }
    QString text(QWidget *form, const char *field) { return find<QLineEdit>(form, field)->text(); }
    void save(QWidget *form) { QTest::mouseClick(find<QPushButton>(form, "saveMemberButton"), Qt::LeftButton); }
    QString notice(QWidget *form, const char *name)
    {
        return find<QLabel>(find<QWidget>(form, name), "noticeText")->text();
    }
    QJsonObject imin(const QString &identifier)
    {
        return TestHttp(m_sandbox->baseUrl())
            .get(QStringLiteral("/api/v2/customer-accounts/") + identifier)
            .json()
            .value(QStringLiteral("customer"))
            .toObject();
    }
    Member created(const QString &given, const QString &email)
    {
        Member m;
        m.person.givenName = given;
        m.person.familyName = QStringLiteral("Both");
        m.person.email = email;
        m.person.telephone = QStringLiteral("01865 100100");
        m.person.address.addressLocality = QStringLiteral("Oxford");
        LocalError error;
        m_a->saveMember(m, &error);
        DeskDriver::waitFor([&]() { return !m_a->store().member(m.id)->iminIdentifier.isEmpty(); });
        return *m_a->store().member(m.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ACTIVEDESK_TEST_PG_URL"))
            QSKIP("ACTIVEDESK_TEST_PG_URL is not set; scripts/test.sh starts a PostgreSQL server for this");
        {
            Database reset;
            QString error;
            QVERIFY2(reset.open(qEnvironmentVariable("ACTIVEDESK_TEST_PG_URL"), &error), qPrintable(error));
            QSqlQuery q(reset.db());
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) &&
                    q.exec(QStringLiteral("CREATE SCHEMA public")));
        }
        Theme::apply(false);
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--sessions", "50"});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_a = desk(QStringLiteral("a"));
        m_b = desk(QStringLiteral("b"));
        m_formA = std::make_unique<MemberEditor>(m_a.get());
        m_formB = std::make_unique<MemberEditor>(m_b.get());
        m_formA->show();
        m_formB->show();
    }
    void cleanupTestCase()
    {
        m_formA.reset();
        m_formB.reset();
        m_a.reset();
        m_b.reset();
    }

    void changesToDifferentFieldsMergeAndBothAreKept()
    {
        const Member m = created(QStringLiteral("Ann"), QStringLiteral("ann@both.example"));
        m_formA->showMember(m);
        m_formB->showMember(*m_b->store().member(m.id));
        // Both open the member. B is typing a new email and the town when A saves a new telephone and the same town;
        // 0.4 s later B saves.
        type(m_formB.get(), "email", QStringLiteral("ann.b@both.example"));
        type(m_formB.get(), "addressLocality", QStringLiteral("Abingdon"));
        type(m_formA.get(), "telephone", QStringLiteral("01865 222333"));
        type(m_formA.get(), "addressLocality", QStringLiteral("Abingdon"));
        save(m_formA.get());
        QTest::qWait(400);
        save(m_formB.get());
        QVERIFY(!find<QWidget>(m_formB.get(), "conflictPanel")->isVisible());
        QVERIFY(
            notice(m_formB.get(), "memberNotice").contains(QStringLiteral("together with what another desk changed")));
        const Member after = *m_a->store().member(m.id);
        QCOMPARE(after.person.telephone, QStringLiteral("01865 222333")); // A's, not lost
        QCOMPARE(after.person.email, QStringLiteral("ann.b@both.example"));
        QCOMPARE(after.person.address.addressLocality, QStringLiteral("Abingdon"));
        QCOMPARE(text(m_formB.get(), "telephone"), QStringLiteral("01865 222333")); // B's form shows the merge
        // Desk A sees B's change without a restart.
        QTRY_COMPARE_WITH_TIMEOUT(text(m_formA.get(), "email"), QStringLiteral("ann.b@both.example"), 10000);
        QVERIFY(notice(m_formA.get(), "otherDeskNotice").contains(QStringLiteral("another desk")));
        // imin ends with the merged details.
        QTRY_VERIFY_WITH_TIMEOUT(
            imin(after.iminIdentifier).value("email").toString() == QStringLiteral("ann.b@both.example") &&
                imin(after.iminIdentifier).value("telephone").toString() == QStringLiteral("01865 222333"),
            20000);
    }

    void aFieldBothChangedIsSettledByThePersonSaving()
    {
        const Member m = created(QStringLiteral("Bea"), QStringLiteral("bea@both.example"));
        m_formA->showMember(m);
        m_formB->showMember(*m_b->store().member(m.id));
        type(m_formA.get(), "telephone", QStringLiteral("01865 444555"));
        type(m_formA.get(), "addressLocality", QStringLiteral("Witney"));
        save(m_formA.get());
        type(m_formB.get(), "email", QStringLiteral("bea.b@both.example"));
        type(m_formB.get(), "addressLocality", QStringLiteral("Thame"));
        // B's form went stale while B was typing: it says so before B saves.
        QTRY_VERIFY_WITH_TIMEOUT(notice(m_formB.get(), "otherDeskNotice").contains(QStringLiteral("changed")), 10000);
        save(m_formB.get());
        QWidget *panel = find<QWidget>(m_formB.get(), "conflictPanel");
        QVERIFY(panel->isVisible());
        // Only the town is in question; the telephone (A's) and the email (B's) merged on their own.
        QVERIFY(find<QRadioButton>(panel, "conflictMine_addressLocality")->text().contains(QStringLiteral("Thame")));
        QVERIFY(find<QRadioButton>(panel, "conflictTheirs_addressLocality")->text().contains(QStringLiteral("Witney")));
        QVERIFY(!panel->findChild<QRadioButton *>(QStringLiteral("conflictMine_email")));
        QCOMPARE(m_a->store().member(m.id)->person.email, QStringLiteral("bea@both.example")); // nothing saved yet
        if (!qEnvironmentVariableIsEmpty("ACTIVEDESK_SCREENSHOTS")) {
            m_formB->resize(900, 760);
            m_formB->raise();
            QTest::qWait(400);
            QProcess::execute(QStringLiteral("import"),
                              {QStringLiteral("-window"), QStringLiteral("root"),
                               qEnvironmentVariable("ACTIVEDESK_SCREENSHOTS") + QStringLiteral("/conflict-panel.png")});
        }
        QRadioButton *theirs = find<QRadioButton>(panel, "conflictTheirs_addressLocality");
        QTest::mouseClick(theirs, Qt::LeftButton, {}, QPoint(8, theirs->height() / 2)); // on its circle, as a person
        QVERIFY(theirs->isChecked());
        QTest::mouseClick(find<QPushButton>(panel, "resolveConflictButton"), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
        const Member after = *m_a->store().member(m.id);
        QCOMPARE(after.person.address.addressLocality, QStringLiteral("Witney"));
        QCOMPARE(after.person.telephone, QStringLiteral("01865 444555"));
        QCOMPARE(after.person.email, QStringLiteral("bea.b@both.example"));
        QTRY_VERIFY_WITH_TIMEOUT(
            imin(after.iminIdentifier).value("email").toString() == QStringLiteral("bea.b@both.example") &&
                imin(after.iminIdentifier).value("telephone").toString() == QStringLiteral("01865 444555"),
            20000);
    }

    void aSaveAfterADeletionSaysTheMemberWasDeleted()
    {
        const Member m = created(QStringLiteral("Cy"), QStringLiteral("cy@both.example"));
        m_formB->showMember(*m_b->store().member(m.id));
        type(m_formB.get(), "telephone", QStringLiteral("01865 666777"));
        LocalError error;
        QVERIFY(m_a->deleteMember(m.id, &error));
        // B hears of it without a restart, and a save says what happened (not "the database is busy").
        QTRY_VERIFY_WITH_TIMEOUT(
            notice(m_formB.get(), "otherDeskNotice").contains(QStringLiteral("deleted at another desk")), 10000);
        QVERIFY(!find<QPushButton>(m_formB.get(), "saveMemberButton")->isEnabled());
        Member stale = m;
        stale.person.telephone = QStringLiteral("01865 666777");
        QCOMPARE(m_b->saveMember(stale, &error), MemberStore::SaveOutcome::Deleted);
        QVERIFY(error.message().contains(QStringLiteral("deleted")));
        QVERIFY(!error.message().contains(QStringLiteral("busy")));
    }
};

QTEST_MAIN(TestConcurrentEdits)
#include "TestConcurrentEdits.moc"

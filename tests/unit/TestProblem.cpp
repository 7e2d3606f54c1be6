// One error vocabulary: every kind of failure, from imin or from this computer, gets its sentence and the one answer
// to "can Try again help?" from Problem. A refused key never offers it; a busy database always does.
#include "imin/ApiError.h"
#include "util/Problem.h"

#include <QtTest>

class TestProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindSaysWhetherTryingAgainCanHelp_data()
    {
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<bool>("retry");
        const QByteArray full = R"({"@type":"OpportunityIsFullError","description":"No spaces left"})";
        QTest::newRow("no connection") << Problem(ApiError::network(QStringLiteral("Connection refused"))) << true;
        QTest::newRow("time-out") << Problem(ApiError::timeout()) << true;
        QTest::newRow("garbled answer") << Problem(ApiError::malformed(QStringLiteral("the order"))) << true;
        QTest::newRow("401 wrong key") << Problem(ApiError::fromHttp(401, {})) << false;
        QTest::newRow("403 key not allowed") << Problem(ApiError::fromHttp(403, {})) << false;
        QTest::newRow("404") << Problem(ApiError::fromHttp(404, {})) << false;
        QTest::newRow("400") << Problem(ApiError::fromHttp(400, {})) << false;
        QTest::newRow("409 full") << Problem(ApiError::fromHttp(409, full)) << false;
        QTest::newRow("429 slow down") << Problem(ApiError::fromHttp(429, {})) << true;
        QTest::newRow("500") << Problem(ApiError::fromHttp(500, {})) << true;
        QTest::newRow("503") << Problem(ApiError::fromHttp(503, {})) << true;
        QTest::newRow("another host") << Problem(ApiError::foreignAddress(QUrl(QStringLiteral("https://x.example/"))))
                                      << false;
        QTest::newRow("cancelled") << Problem(ApiError::cancelled()) << false;
        const auto local = [](LocalError::Kind kind) { return Problem(LocalError(kind, QStringLiteral("Words."))); };
        QTest::newRow("database busy") << local(LocalError::Kind::Busy) << true;
        QTest::newRow("database refused the write") << local(LocalError::Kind::Storage) << true;
        QTest::newRow("number in use") << local(LocalError::Kind::InUse) << false;
        QTest::newRow("another desk saved") << local(LocalError::Kind::Conflict) << false;
        QTest::newRow("deleted meanwhile") << local(LocalError::Kind::Deleted) << false;
        QTest::newRow("cannot be done as asked") << local(LocalError::Kind::Invalid) << false;
        QTest::newRow("a setting to fix") << local(LocalError::Kind::Settings) << false;
        QTest::newRow("not confirmed yet") << Problem::notYet(QStringLiteral("Look again soon.")) << true;
    }
    void everyKindSaysWhetherTryingAgainCanHelp()
    {
        QFETCH(Problem, problem);
        QFETCH(bool, retry);
        QVERIFY(problem.isError());
        QCOMPARE(problem.canRetry(), retry);
        QVERIFY2(!problem.sentence().isEmpty(), "every failure says something a person can read");
        QVERIFY(!problem.sentence().contains(QLatin1String("sandbox-key")));
    }

    void aRefusedKeySaysSoAndNeverOffersTryAgain()
    {
        const Problem key(ApiError::fromHttp(401, {}));
        QVERIFY(!key.canRetry());
        QVERIFY2(key.sentence().contains(QLatin1String("key"), Qt::CaseInsensitive), qPrintable(key.sentence()));
    }

    void aLocalFailureKeepsItsWordsAndKind()
    {
        const Problem busy = Problem::local(LocalError::Kind::Busy, QStringLiteral("The member database is busy."));
        QVERIFY(busy.isLocal());
        QCOMPARE(busy.localError().kind(), LocalError::Kind::Busy);
        QCOMPARE(busy.sentence(), QStringLiteral("The member database is busy."));
        QCOMPARE(busy.localError().kindName(), QStringLiteral("busy"));
        // No failure at all: nothing to say, nothing to retry.
        QVERIFY(!Problem().isError());
        QVERIFY(!Problem().canRetry());
        QVERIFY(Problem().sentence().isEmpty());
        QVERIFY(!Problem(LocalError()).isError());
    }
};

QTEST_GUILESS_MAIN(TestProblem)
#include "TestProblem.moc"

// Memberships and concessions at imin (contract 3.5, issue 20 finding 4): what a member holds goes to imin as their one
// entitlement through the outbox, once per change, and ends there when it ends here; search asks with the member's
// entitlementFilter and reads imin's own price for it. Against the real sandbox over loopback, with a real SQLite file.
#include "SandboxProcess.h"

#include "imin/Entitlements.h"
#include "imin/ImminClient.h"
#include "store/MemberStore.h"
#include "sync/SyncWorker.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QtTest>

class TestEntitlements : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QTemporaryDir m_dir;

    ImminConfig config() const { return ImminConfig::forSandbox(m_sandbox->baseUrl(), QStringLiteral("sandbox-key")); }

    // Runs one sync worker over `store` until nothing is due.
    SyncWorker::Stats sync(MemberStore &store, const ImminConfig &c)
    {
        ImminClient client(c);
        SyncWorker worker(&store, &client);
        QSignalSpy drained(&worker, &SyncWorker::drained);
        worker.drain(2000);
        if (drained.isEmpty())
            drained.wait(30000);
        return worker.stats();
    }
    QJsonObject customer(const QString &identifier)
    {
        return m_http->get(QStringLiteral("/api/v2/customer-accounts/") + identifier).json();
    }
    static QDateTime endOf(const QDate &day) { return QDateTime(day.addDays(1), QTime(0, 0), Clock::zone()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--sessions"), QStringLiteral("120")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
    }

    void thePlanFollowsWhatTheMemberHolds()
    {
        const ImminConfig c = config();
        const QDate today(2026, 12, 2);
        Membership m;
        QVERIFY(Entitlements::planFor(m, today, c).typeId.isEmpty());
        m.concession = QStringLiteral("Over 60");
        QVERIFY2(Entitlements::planFor(m, today, c).typeId.isEmpty(), "a concession without proof seen is not sent");
        m.concessionProofSeen = today.addDays(-10);
        Entitlements::Plan p = Entitlements::planFor(m, today, c);
        QCOMPARE(p.typeId, c.concessionEntitlement);
        QCOMPARE(p.filter, c.concessionEntitlementFilter);
        QCOMPARE(p.validUntil, endOf(today.addDays(-10).addMonths(12).addDays(-1)));
        m.type = QStringLiteral("Full");
        m.validUntil = QDate(2027, 3, 31);
        p = Entitlements::planFor(m, today, c);
        QCOMPARE(p.typeId, c.membershipEntitlement); // a membership comes first
        QCOMPARE(p.validUntil, QDateTime(QDate(2027, 4, 1), QTime(0, 0), Clock::zone()));
        QCOMPARE(p.filter, c.membershipEntitlementFilter);
        // Ended yesterday: the concession is what is left.
        m.validUntil = today.addDays(-1);
        QCOMPARE(Entitlements::planFor(m, today, c).typeId, c.concessionEntitlement);
        // Starts next month: sent already (imin's entitlements have no start), but search keeps public prices.
        m.validFrom = today.addMonths(1);
        m.validUntil = today.addYears(1);
        p = Entitlements::planFor(m, today, c);
        QCOMPARE(p.typeId, c.membershipEntitlement);
        QVERIFY(p.filter.isEmpty());
        // Nothing configured: nothing sent, whatever the member holds.
        QVERIFY(Entitlements::planFor(m, today, ImminConfig()).typeId.isEmpty());
    }

    void aMembershipReachesImminOnceAndEndsThere()
    {
        MemberStore store;
        LocalError error;
        QString opened;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("members.sqlite")), &opened), qPrintable(opened));
        const QDate today = Clock::instance().localDate();
        Member m;
        m.person.givenName = QStringLiteral("Priya");
        m.person.familyName = QStringLiteral("Shah");
        m.person.email = QStringLiteral("priya@example.org");
        m.person.membership.type = QStringLiteral("Full");
        m.person.membership.validFrom = today.addMonths(-2);
        m.person.membership.validUntil = today.addMonths(4);
        QVERIFY2(store.createMember(m, &error), qPrintable(error.message()));
        SyncWorker::Stats s = sync(store, config());
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.entitlements, 1);
        m = *store.member(m.id);
        QVERIFY(!m.iminIdentifier.isEmpty());
        QCOMPARE(m.sync.state, SyncState::State::Synced);
        QJsonObject e = customer(m.iminIdentifier).value(QStringLiteral("entitlement")).toObject();
        QCOMPARE(e.value(QStringLiteral("entitlementType")).toObject().value(QStringLiteral("id")).toString(),
                 config().membershipEntitlement);
        QCOMPARE(QDateTime::fromString(e.value(QStringLiteral("expires")).toString(), Qt::ISODate),
                 endOf(today.addMonths(4)));

        // Another detail changes: the customer is updated, the entitlement is not sent again.
        m.person.telephone = QStringLiteral("01865 123456");
        QCOMPARE(store.updateMember(m, &error), MemberStore::SaveOutcome::Saved);
        s = sync(store, config());
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.entitlements, 0);

        // Renewed to a later date: sent again with the new end.
        m = *store.member(m.id);
        m.person.membership.validUntil = today.addYears(1);
        QCOMPARE(store.updateMember(m, &error), MemberStore::SaveOutcome::Saved);
        QCOMPARE(sync(store, config()).entitlements, 1);
        e = customer(m.iminIdentifier).value(QStringLiteral("entitlement")).toObject();
        QCOMPARE(QDateTime::fromString(e.value(QStringLiteral("expires")).toString(), Qt::ISODate),
                 endOf(today.addYears(1)));

        // The membership is taken off: what imin holds ends now.
        m = *store.member(m.id);
        m.person.membership = Membership();
        QCOMPARE(store.updateMember(m, &error), MemberStore::SaveOutcome::Saved);
        const QDateTime before = Clock::instance().currentDateTimeUtc().addSecs(-5);
        QCOMPARE(sync(store, config()).entitlements, 1);
        e = customer(m.iminIdentifier).value(QStringLiteral("entitlement")).toObject();
        const QDateTime ended = QDateTime::fromString(e.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        QVERIFY2(ended >= before && ended <= Clock::instance().currentDateTimeUtc().addSecs(5),
                 qPrintable(ended.toString(Qt::ISODate)));
        QVERIFY(store.outbox().entitlementSent(m.id).isEmpty());

        // A concession with proof seen goes as the concession entitlement.
        m = *store.member(m.id);
        m.person.membership.concession = QStringLiteral("Student");
        m.person.membership.concessionProofSeen = today;
        QCOMPARE(store.updateMember(m, &error), MemberStore::SaveOutcome::Saved);
        QCOMPARE(sync(store, config()).entitlements, 1);
        e = customer(m.iminIdentifier).value(QStringLiteral("entitlement")).toObject();
        QCOMPARE(e.value(QStringLiteral("entitlementType")).toObject().value(QStringLiteral("id")).toString(),
                 config().concessionEntitlement);
    }

    void aBrokenEntitlementBodyIsSaidAndNothingIsLost()
    {
        MemberStore store;
        LocalError error;
        QString opened;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("broken.sqlite")), &opened), qPrintable(opened));
        Member m;
        m.person.givenName = QStringLiteral("Jon");
        m.person.familyName = QStringLiteral("Smith");
        m.person.email = QStringLiteral("jon@example.org");
        QVERIFY2(store.createMember(m, &error), qPrintable(error.message()));
        QCOMPARE(sync(store, config()).failed, 0);
        m = *store.member(m.id);
        m.person.membership.type = QStringLiteral("Full");
        QCOMPARE(store.updateMember(m, &error), MemberStore::SaveOutcome::Saved);
        ImminConfig broken = config();
        broken.entitlementObject = QStringLiteral("{\"@type\": \"Entitlement\", \"validUntil\": ");
        sync(store, broken);
        const SyncState state = store.member(m.id)->sync;
        QCOMPARE(state.state, SyncState::State::Failed);
        QVERIFY2(state.reason.contains(QStringLiteral("entitlements/object")), qPrintable(state.reason));
        // Fixed settings and a retry: it goes.
        QVERIFY(store.retryMember(m.id));
        QCOMPARE(sync(store, config()).entitlements, 1);
        QCOMPARE(store.member(m.id)->sync.state, SyncState::State::Synced);
        // A type imin does not have is imin's 400, said as the member's sync failure.
        m = *store.member(m.id);
        m.person.membership.validUntil = Clock::instance().localDate().addDays(30);
        QCOMPARE(store.updateMember(m, &error), MemberStore::SaveOutcome::Saved);
        ImminConfig unknown = config();
        unknown.membershipEntitlement += QStringLiteral("-gold");
        sync(store, unknown);
        QCOMPARE(store.member(m.id)->sync.state, SyncState::State::Failed);
    }

    void searchShowsImminsPriceForTheEntitlement()
    {
        const ImminConfig c = config();
        ImminClient client(c);
        auto run = [&](const QString &filter) {
            EventSearchQuery q;
            q.latitude = 51.7520;
            q.longitude = -1.2577;
            q.radiusKm = 50;
            q.limit = 50;
            if (!filter.isEmpty())
                q.extra.append({QStringLiteral("entitlementFilter"), filter});
            std::optional<Result<Page<EventSeries>>> out;
            client.searchEvents(q, this, [&out](const Result<Page<EventSeries>> &r) { out = r; });
            QTest::qWaitFor([&out]() { return out.has_value(); }, 20000);
            return out ? *out : Result<Page<EventSeries>>::failure(ApiError::timeout());
        };
        const Result<Page<EventSeries>> plain = run({});
        QVERIFY(plain.ok());
        for (const EventSeries &e : plain.value->items)
            QVERIFY(e.activeEntitlement.isEmpty());
        const Result<Page<EventSeries>> members = run(c.membershipEntitlementFilter);
        QVERIFY(members.ok());
        int priced = 0;
        for (const EventSeries &e : members.value->items) {
            if (e.activeEntitlement.isEmpty())
                continue; // a series with no members' price: the entitlement maps to nothing there
            ++priced;
            QVERIFY(e.activeEntitlement.indicative);
            QCOMPARE(e.activeEntitlement.currency, QStringLiteral("GBP"));
        }
        QVERIFY2(priced > 0, "no series priced for members");
        QVERIFY2(priced < members.value->items.size(), "every series had a members' price: the data is too uniform");
        // A token imin never gave is refused, not ignored.
        const Result<Page<EventSeries>> bogus = run(QStringLiteral("made-up"));
        QVERIFY(!bogus.ok());
        QCOMPARE(bogus.error.httpStatus(), 400);
    }
};

QTEST_MAIN(TestEntitlements)
#include "TestEntitlements.moc"

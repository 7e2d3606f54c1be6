// BookingFlow, the booking both the desk and the kiosk draw, against the real sandbox process with no display:
// every state and every way out, followed with QSignalSpy.
#include "SandboxBooking.h"
#include "SandboxProcess.h"
#include "util/Clock.h"

#include "auth/PinHasher.h"
#include "services/BookingFlow.h"
#include "services/Services.h"

#include <QtTest>

class TestBookingFlow : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;

    BookingFlow::Choice choiceFor(qint64 memberId, int minPlaces)
    {
        const auto c = SandboxBooking::find(
            *m_http, Clock::instance().currentDateTimeUtc().addDays(2), [minPlaces](const auto &c) {
                return c.occurrence.value(QStringLiteral("remainingAttendeeCapacity")).toInt() >= minPlaces;
            });
        BookingFlow::Choice choice;
        if (!c)
            return choice;
        choice.memberId = memberId;
        choice.eventName = c->eventSeries.value(QStringLiteral("name")).toString();
        choice.eventSeriesId = c->eventSeries.value(QStringLiteral("id")).toString();
        choice.opportunityIdentifier = c->occurrence.value(QStringLiteral("identifier")).toString();
        choice.offer.id = c->offer.value(QStringLiteral("id")).toString();
        choice.offer.name = c->offer.value(QStringLiteral("name")).toString();
        return choice;
    }
    qint64 member(const QString &given, bool waitForImin)
    {
        Member m;
        m.person.givenName = given;
        m.person.familyName = QStringLiteral("Flow");
        m.person.email = given.toLower() + QStringLiteral("@flow.example");
        LocalError error;
        if (m_services->saveMember(m, &error) != MemberStore::SaveOutcome::Saved)
            qFatal("%s", qPrintable(error.message()));
        if (waitForImin) {
            QElapsedTimer t;
            t.start();
            while (m_services->store().member(m.id)->iminIdentifier.isEmpty() && t.elapsed() < 20000)
                QTest::qWait(20);
        }
        return m.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--sessions", "200"});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl());
        m_services = std::make_unique<Services>(m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        QVERIFY2(m_services->open(m_dir.filePath(QStringLiteral("members")), &error), qPrintable(error));
        ImminConfig c = ImminConfig::forSandbox(m_sandbox->baseUrl(), QStringLiteral("sandbox-key"));
        c.backUrl = QStringLiteral("https://activedesk.invalid/back");
        c.profileUrl = QStringLiteral("https://activedesk.invalid/bookings");
        m_services->connectImin(c, true);
    }
    void cleanupTestCase() { m_services.reset(); }

    void completedCheckout()
    {
        BookingFlow flow(m_services.get());
        QSignalSpy states(&flow, &BookingFlow::stateChanged);
        QSignalSpy ready(&flow, &BookingFlow::checkoutReady);
        QSignalSpy ended(&flow, &BookingFlow::ended);
        const BookingFlow::Choice choice = choiceFor(member(QStringLiteral("Cora"), true), 1);
        QVERIFY(!choice.offer.id.isEmpty());
        flow.start(choice);
        QCOMPARE(flow.state(), BookingFlow::State::CreatingCheckout);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(flow.state(), BookingFlow::State::InCheckout);
        const auto checkout = ready.first().first().value<BookingFlow::Checkout>();
        QCOMPARE(checkout.target.host(), m_sandbox->baseUrl().host());
        QVERIFY(checkout.target.path().startsWith(QStringLiteral("/checkout/")));
        QCOMPARE(checkout.allowedOrigins.first().port(), m_sandbox->baseUrl().port());
        QVERIFY(checkout.title.contains(QStringLiteral("Cora Flow")));
        QCOMPARE(checkout.profileUrl, QUrl(QStringLiteral("https://activedesk.invalid/bookings")));
        flow.reachedEnd(true);
        QCOMPARE(flow.state(), BookingFlow::State::Idle);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(0).value<BookingFlow::Ending>(), BookingFlow::Ending::Completed);
        QCOMPARE(ended.first().at(1).value<BookingFlow::Choice>().opportunityIdentifier, choice.opportunityIdentifier);
        QVERIFY(ended.first().at(2).toBool());
        QCOMPARE(states.last().first().value<BookingFlow::State>(), BookingFlow::State::Idle);
    }

    void memberIsSentToIminFirst()
    {
        BookingFlow flow(m_services.get());
        QSignalSpy ready(&flow, &BookingFlow::checkoutReady);
        BookingFlow::Choice choice = choiceFor(0, 1);
        choice.memberId = member(QStringLiteral("Nell"), false); // saved now, so not yet in imin
        flow.start(choice);
        QCOMPARE(flow.state(), BookingFlow::State::SendingMember);
        QVERIFY(flow.message().contains(QStringLiteral("Nell Flow")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QVERIFY(!m_services->store().member(choice.memberId)->iminIdentifier.isEmpty());
    }

    void leavingEndsAndResetDoesNotAnnounce()
    {
        BookingFlow flow(m_services.get());
        QSignalSpy ended(&flow, &BookingFlow::ended);
        flow.start(choiceFor(member(QStringLiteral("Lou"), true), 1));
        QTRY_COMPARE(flow.state(), BookingFlow::State::InCheckout);
        flow.leave();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().value<BookingFlow::Ending>(), BookingFlow::Ending::Left);
        flow.start(choiceFor(member(QStringLiteral("Res"), true), 1));
        flow.reset(); // log-out: the request in flight is dropped, nothing is announced
        QTest::qWait(500);
        QCOMPARE(flow.state(), BookingFlow::State::Idle);
        QCOMPARE(ended.count(), 1);
        flow.reachedEnd(false); // nothing to end
        QCOMPARE(ended.count(), 1);
    }

    void aFullDateFailsWithWordsAndCanBeLeft()
    {
        BookingFlow flow(m_services.get());
        QSignalSpy ended(&flow, &BookingFlow::ended);
        const BookingFlow::Choice choice = choiceFor(member(QStringLiteral("Fay"), true), 1);
        // Fill the date first, from another customer.
        const QString other =
            SandboxBooking::createCustomer(*m_http, QStringLiteral("Oz"), QStringLiteral("oz@flow.example"));
        for (int i = 0; i < 40; ++i) {
            if (!SandboxBooking::book(*m_http, other, choice.opportunityIdentifier, choice.offer.id).ok)
                break;
        }
        flow.start(choice);
        QTRY_COMPARE(flow.state(), BookingFlow::State::Failed);
        QCOMPARE(flow.message(), QStringLiteral("This session is now full. Choose another date or session."));
        QVERIFY(!flow.retryAllowed());
        flow.leave();
        QCOMPARE(ended.count(), 1); // so whoever shows the date reads it again
    }

    void aCheckoutOnAnotherHostIsNotOpened()
    {
        ImminConfig c = m_services->client().config();
        c.checkoutBase = QUrl(QStringLiteral("http://localhost:%1").arg(m_sandbox->baseUrl().port()));
        c.bookingBase = QUrl(c.checkoutBase.toString() + QStringLiteral("/api/v2"));
        c.searchBase = c.checkoutBase;
        const ImminConfig saved = m_services->client().config();
        // The sandbox names its own origin (127.0.0.1) in the target, not the configured host (localhost).
        m_services->connectImin(c, true);
        BookingFlow flow(m_services.get());
        QSignalSpy ready(&flow, &BookingFlow::checkoutReady);
        flow.start(choiceFor(member(QStringLiteral("Hal"), true), 1));
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), BookingFlow::State::Failed, 20000);
        QCOMPARE(ready.count(), 0);
        QVERIFY(flow.message().contains(QStringLiteral("another host")));
        m_services->connectImin(saved, true);
    }
};

QTEST_MAIN(TestBookingFlow)
#include "TestBookingFlow.moc"

// The models both the desk and the kiosk draw, on data shaped like imin's: a session run at several venues with
// different prices, full dates among free ones, a sparse series without venue or prices, orders with cancelled
// items. No network; QAbstractItemModelTester checks every model's contract.
#include "BookingModels.h"
#include "config/Translations.h"
#include "domain/SessionTimetable.h"
#include "MemberListModel.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "RowRole.h"
#include "SessionListModel.h"
#include "util/Text.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

namespace {
QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2030, 1, day), QTime(hour, 0), Qt::UTC);
}

ScheduledSession date(const QString &id, const QDateTime &start, std::optional<int> left, bool bookable = true)
{
    ScheduledSession s;
    s.identifier = id;
    s.startDate = start;
    s.endDate = start.addSecs(3600);
    s.remainingAttendeeCapacity = left;
    s.maximumAttendeeCapacity = 20;
    if (bookable)
        s.checkoutUrlTemplate = QStringLiteral("{checkoutBaseUrl}/v1/events/") + id;
    return s;
}

Offer offer(const QString &id, const QString &name, double price, std::optional<int> ageMin = {},
            std::optional<int> ageMax = {})
{
    Offer o;
    o.id = id;
    o.name = name;
    o.price = price;
    o.ageMin = ageMin;
    o.ageMax = ageMax;
    return o;
}

Place place(const QString &ref, const QString &name)
{
    Place p;
    p.id = ref;
    p.identifier = ref.section(QLatin1Char('/'), -1);
    p.name = name;
    return p;
}

// "Spin 45" at Barton (two dates, the first full) and at Radley (one date, dearer), in imin's shape: locations in
// imin:locationSummary, each SessionSeries pointing at one.
EventSeries twoVenueSeries()
{
    EventSeries e;
    e.id = QStringLiteral("https://search.example/events-api/v2/event-series/spin");
    e.name = QStringLiteral("Spin 45");
    e.locations = {place(QStringLiteral("#/imin:locationSummary/1001"), QStringLiteral("Barton Leisure Centre")),
                   place(QStringLiteral("#/imin:locationSummary/1005"), QStringLiteral("Radley Fitness Hub"))};
    SessionSeries barton;
    barton.id = QStringLiteral("https://search.example/session-series/barton");
    barton.locationRef = QStringLiteral("#/imin:locationSummary/1001");
    barton.offers = {offer(QStringLiteral("b-adult"), QStringLiteral("Adult"), 6.0),
                     offer(QStringLiteral("b-junior"), QStringLiteral("Junior"), 3.5, 0, 15)};
    barton.occurrences = {date(QStringLiteral("b1"), at(10, 18), 0), date(QStringLiteral("b2"), at(12, 18), 4)};
    SessionSeries radley;
    radley.id = QStringLiteral("https://search.example/session-series/radley");
    radley.locationRef = QStringLiteral("#/imin:locationSummary/1005");
    radley.offers = {offer(QStringLiteral("r-adult"), QStringLiteral("Adult"), 7.5)};
    radley.occurrences = {date(QStringLiteral("r1"), at(11, 9), 1)};
    e.sessionSeries = {barton, radley};
    return e;
}
} // namespace

class TestSessionModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void timetableKeepsEachDateWithItsSeries()
    {
        const SessionTimetable t(twoVenueSeries());
        QCOMPARE(t.dates().size(), 3);
        // Time order across series; each date knows its venue and its own price levels.
        QCOMPARE(t.dates().at(0).session.identifier, QStringLiteral("b1"));
        QCOMPARE(t.dates().at(1).session.identifier, QStringLiteral("r1"));
        QCOMPARE(t.dates().at(1).place->name, QStringLiteral("Radley Fitness Hub"));
        QCOMPARE(t.offersFor(t.dates().at(1)).size(), 1);
        QCOMPARE(*t.offersFor(t.dates().at(1)).first().price, 7.5);
        QCOMPARE(t.offersFor(t.dates().at(2)).first().id, QStringLiteral("b-adult"));
        QCOMPARE(t.venueCount(), 2);
        QCOMPARE(t.venueSummary(), QStringLiteral("2 venues"));
        QCOMPARE(t.nextOpen()->session.identifier, QStringLiteral("r1"));
        QVERIFY(!t.allFull());
    }

    void listRowSaysFullOnlyWhenEveryDateIsFull()
    {
        SessionListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EventSeries open = twoVenueSeries(); // its next date is full, later ones are not
        EventSeries full = twoVenueSeries();
        full.id = QStringLiteral("full");
        for (SessionSeries &ss : full.sessionSeries) {
            for (ScheduledSession &s : ss.occurrences)
                s.remainingAttendeeCapacity = 0;
        }
        EventSeries sparse; // no venue, no price, one date imin cannot book
        sparse.id = QStringLiteral("sparse");
        sparse.name = QStringLiteral("Walking Netball");
        SessionSeries ss;
        ss.occurrences = {date(QStringLiteral("s1"), at(13, 10), std::nullopt, false)};
        sparse.sessionSeries = {ss};
        model.appendSeries({open, full, sparse});
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex a = model.index(0), b = model.index(1), c = model.index(2);
        QCOMPARE(a.data(RowRole::Chip).toString(), QStringLiteral("1 place left")); // r1, the next open date
        QVERIFY(!a.data(SessionListModel::AllFullRole).toBool());
        QVERIFY(a.data(RowRole::Subtitle).toString().startsWith(QStringLiteral("2 venues")));
        QCOMPARE(a.data(SessionListModel::VenueCountRole).toInt(), 2);
        QCOMPARE(a.data(SessionListModel::NextStartRole).toDateTime(), at(11, 9));
        QCOMPARE(b.data(RowRole::Chip).toString(), QStringLiteral("Full"));
        QVERIFY(b.data(SessionListModel::AllFullRole).toBool());
        QVERIFY(!b.data(SessionListModel::BookableRole).toBool());
        QCOMPARE(c.data(RowRole::Detail).toString(), QStringLiteral("Price on booking"));
        QVERIFY(c.data(RowRole::Chip).toString().isEmpty());
        QVERIFY(!c.data(SessionListModel::BookableRole).toBool());
        // A newer read: Radley's date is gone, so the next open one is Barton's on the 12th.
        EventSeries fresh = open;
        fresh.sessionSeries[1].occurrences[0].remainingAttendeeCapacity = 0;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateAvailability(fresh);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(a.data(RowRole::Chip).toString(), QStringLiteral("4 places left"));
        QCOMPARE(a.data(SessionListModel::NextStartRole).toDateTime(), at(12, 18));
    }

    void rowsOfAListedSeries()
    {
        EventSeries e = twoVenueSeries();
        for (SessionSeries &ss : e.sessionSeries) {
            for (ScheduledSession &s : ss.occurrences)
                s.remainingAttendeeCapacity = 0;
        }
        QVERIFY(SessionTimetable(e).allFull());
        QVERIFY(!SessionTimetable(e).nextOpen());
        QVERIFY(!SessionTimetable(EventSeries()).allFull()); // no dates is not "full"
    }

    void availabilityMergesByOccurrence()
    {
        EventSeries listed = twoVenueSeries();
        EventSeries fresh = twoVenueSeries();
        fresh.sessionSeries[1].occurrences[0].remainingAttendeeCapacity = 0; // r1 taken meanwhile
        QVERIFY(SessionTimetable::mergeAvailability(listed, fresh));
        QCOMPARE(*listed.sessionSeries[1].occurrences[0].remainingAttendeeCapacity, 0);
        QVERIFY(!SessionTimetable::mergeAvailability(listed, fresh));
    }

    void aSharedOccurrenceIdentifierNeverSwapsVenues()
    {
        // imin's own samples reuse one ScheduledSession identifier in different series. Each date stays itself: the
        // one chosen is found again at its own venue, and availability goes to the date it belongs to.
        EventSeries listed = twoVenueSeries();
        listed.sessionSeries[0].occurrences[1].identifier = QStringLiteral("shared");
        listed.sessionSeries[1].occurrences[0].identifier = QStringLiteral("shared");
        listed.sessionSeries[1].occurrences[0].startDate = listed.sessionSeries[0].occurrences[1].startDate;
        const SessionTimetable t(listed);
        QStringList keys;
        for (const DatedOccurrence &d : t.dates())
            keys << d.key;
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 3);
        for (int i = 0; i < t.dates().size(); ++i)
            QCOMPARE(t.indexOf(t.dates().at(i).key), i);
        const int radley =
            t.indexOf(SessionTimetable::occurrenceKey(listed.sessionSeries[1], listed.sessionSeries[1].occurrences[0]));
        QCOMPARE(t.dates().at(radley).place->name, QStringLiteral("Radley Fitness Hub"));
        QCOMPARE(*t.offersFor(t.dates().at(radley)).first().price, 7.5);
        // Radley's shared date fills; Barton's keeps its places.
        EventSeries fresh = listed;
        fresh.sessionSeries[1].occurrences[0].remainingAttendeeCapacity = 0;
        QVERIFY(SessionTimetable::mergeAvailability(listed, fresh));
        QCOMPARE(*listed.sessionSeries[1].occurrences[0].remainingAttendeeCapacity, 0);
        QCOMPARE(*listed.sessionSeries[0].occurrences[1].remainingAttendeeCapacity, 4);
    }

    void occurrenceModelGreysFullDatesAndNamesVenues()
    {
        OccurrenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimetable(SessionTimetable(twoVenueSeries()));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex full = model.index(0);
        QVERIFY(!(model.flags(full) & Qt::ItemIsEnabled));
        QCOMPARE(full.data(RowRole::Chip).toString(), QStringLiteral("Full"));
        QVERIFY(full.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("unavailable")));
        const QModelIndex radley = model.index(1);
        QVERIFY(model.flags(radley) & Qt::ItemIsEnabled);
        QCOMPARE(radley.data(RowRole::Subtitle).toString(), QStringLiteral("Radley Fitness Hub"));
        QCOMPARE(radley.data(RowRole::Chip).toString(), QStringLiteral("1 place left"));
        QCOMPARE(model.index(2).data(RowRole::Chip).toString(), QStringLiteral("4 places left"));
        // A single-venue session does not repeat the venue on every date.
        EventSeries one = twoVenueSeries();
        one.sessionSeries.removeLast();
        model.setTimetable(SessionTimetable(one));
        QVERIFY(model.index(1).data(RowRole::Subtitle).toString().isEmpty());
        // Places change in place: the same dates, a newer count.
        one.sessionSeries[0].occurrences[1].remainingAttendeeCapacity = 0;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateAvailability(SessionTimetable(one));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!(model.flags(model.index(1)) & Qt::ItemIsEnabled));
    }

    void offerModelPutsEligibleLevelsFirst()
    {
        OfferModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVector<Offer> offers{offer(QStringLiteral("a"), QStringLiteral("Adult"), 6.0, 16),
                                    offer(QStringLiteral("j"), QStringLiteral("Junior"), 3.5, 0, 15),
                                    offer(QStringLiteral("m"), QStringLiteral("Members"), 0.0)};
        model.setOffers(offers, 10, true);
        QCOMPARE(model.offer(0).id, QStringLiteral("j"));
        QCOMPARE(model.offer(1).id, QStringLiteral("m"));
        QCOMPARE(model.offer(2).id, QStringLiteral("a"));
        QVERIFY(!(model.flags(model.index(2)) & Qt::ItemIsEnabled));
        // Only eligible levels can be chosen where members choose for themselves (the kiosk), so it says "you".
        QCOMPARE(model.index(2).data(RowRole::Subtitle).toString(), QStringLiteral("Not for you: ages 16 and over"));
        QCOMPARE(model.index(1).data(RowRole::Trailing).toString(), QStringLiteral("Free"));
        QCOMPARE(model.index(0).data(RowRole::Trailing).toString(), QStringLiteral("£3.50"));
        model.setOffers(offers);
        QCOMPARE(model.offer(0).id, QStringLiteral("a")); // no age known: imin's order
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEnabled);
    }

    void anUnnamedOfferIsReadAsStandardPrice()
    {
        // imin may send an offer without a name: it is "Standard price" on screen, to a screen reader, on bookings.
        OfferModel model;
        model.setOffers(
            {offer(QStringLiteral("x"), QString(), 0.0), offer(QStringLiteral("y"), QStringLiteral("  "), 4.0)});
        QCOMPARE(model.index(0).data(RowRole::Title).toString(), QStringLiteral("Standard price"));
        QCOMPARE(model.index(0).data(Qt::AccessibleTextRole).toString().left(16), QStringLiteral("Standard price, "));
        QVERIFY(!model.index(0).data(Qt::AccessibleTextRole).toString().startsWith(QLatin1String(",")));
        QCOMPARE(model.index(1).data(RowRole::Title).toString(), QStringLiteral("Standard price"));
        OrderItem booked;
        booked.id = QStringLiteral("i");
        booked.name = QStringLiteral("Lane swim");
        booked.acceptedOffer = offer(QStringLiteral("x"), QString(), 3.0);
        UpcomingItemsModel upcoming;
        upcoming.setItems({booked});
        QVERIFY2(upcoming.index(0, 0)
                     .data(Qt::AccessibleTextRole)
                     .toString()
                     .contains(QStringLiteral("Standard price · £3.00")),
                 qPrintable(upcoming.index(0, 0).data(Qt::AccessibleTextRole).toString()));
    }

    void bookingModels()
    {
        OrderItem booked;
        booked.id = QStringLiteral("https://book.example/api/v2/orders/o1/order-items/i1");
        booked.orderIdentifier = QStringLiteral("o1");
        booked.name = QStringLiteral("Spin 45");
        booked.venueName = QStringLiteral("Radley Fitness Hub");
        booked.opportunityIdentifier = QStringLiteral("r1");
        booked.startDate = at(11, 9);
        booked.status = QStringLiteral("OrderItemConfirmed");
        booked.isPresentlyCancellable = false;
        booked.acceptedOffer = offer(QStringLiteral("r-adult"), QStringLiteral("Adult"), 7.5);
        booked.acceptedOffer.latestCancellationBeforeStartDate = QStringLiteral("P1D");
        UpcomingItemsModel upcoming;
        QAbstractItemModelTester t1(&upcoming, QAbstractItemModelTester::FailureReportingMode::QtTest);
        upcoming.setItems({booked}, QStringLiteral("r1"));
        QCOMPARE(upcoming.highlightedRow(), 0);
        QCOMPARE(upcoming.index(0).data(RowRole::Chip).toString(), QStringLiteral("NEW"));
        QVERIFY(!UpcomingItemsModel::whyNotCancellable(booked).isEmpty());
        QVERIFY(
            upcoming.index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("cannot be cancelled")));

        Order order;
        order.identifier = QStringLiteral("o1");
        order.confirmationNumber = QStringLiteral("ABC123");
        order.totalPaymentDue = 7.5;
        OrderItem cancelled = booked;
        cancelled.status = QStringLiteral("CustomerCancelled");
        order.items = {cancelled};
        Order mixed = order;
        mixed.identifier = QStringLiteral("o2");
        mixed.items = {booked, cancelled};
        OrderHistoryModel history;
        QAbstractItemModelTester t2(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setOrders({order, mixed});
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.index(0, 0).data(RowRole::Chip).toString(), QStringLiteral("Cancelled"));
        QVERIFY(history.index(0, 0).data(OrderHistoryModel::CancelledRole).toBool());
        QCOMPARE(history.index(1, 0).data(RowRole::Chip).toString(), QStringLiteral("Part cancelled"));
        QCOMPARE(history.index(1, 0).data(RowRole::Title).toString(), QStringLiteral("Spin 45 and 1 more"));
        const QModelIndex child = history.index(1, 0, history.index(1, 0));
        QCOMPARE(child.data(RowRole::Chip).toString(), QStringLiteral("Cancelled"));
        QCOMPARE(history.parent(child), history.index(1, 0));
    }

    void memberRowsCarryContactAndSyncState()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Member m;
        m.id = 7;
        m.membershipNumber = QStringLiteral("100007");
        m.person.givenName = QStringLiteral("Ada");
        m.person.familyName = QStringLiteral("Lovelace");
        m.person.email = QStringLiteral("ada@example.org");
        m.person.telephone = QStringLiteral("07700 900123");
        m.sync.state = SyncState::State::Failed;
        model.setMembers({m});
        QCOMPARE(model.index(0).data(RowRole::Title).toString(), QStringLiteral("Ada Lovelace"));
        QVERIFY(model.index(0).data(RowRole::Subtitle).toString().contains(QStringLiteral("07700 900123")));
        QCOMPARE(model.index(0).data(RowRole::Chip).toString(), QStringLiteral("Not sent to imin"));
        QCOMPARE(model.index(0).data(MemberListModel::MemberIdRole).toLongLong(), 7);
    }

    void englishPluralsAndNumbers()
    {
        QCOMPARE(Text::placesLeft(1), QStringLiteral("1 place left"));
        QCOMPARE(Text::placesLeft(5), QStringLiteral("5 places left"));
        QCOMPARE(Text::placesLeft(0), QStringLiteral("Full"));
        QVERIFY(Text::placesLeft(std::nullopt).isEmpty());
        QCOMPARE(QCoreApplication::translate("SessionsPage", "%Ln session(s)", nullptr, 6772),
                 QStringLiteral("6,772 sessions"));
        QCOMPARE(QCoreApplication::translate("SessionsPage", "%Ln session(s)", nullptr, 1),
                 QStringLiteral("1 session"));
        QCOMPARE(Text::money(0), QStringLiteral("Free"));
        QCOMPARE(Text::money(12.5), QStringLiteral("£12.50"));
    }
};

QTEST_GUILESS_MAIN(TestSessionModels)
#include "TestSessionModels.moc"

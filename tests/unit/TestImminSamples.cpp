// imin's own published sample responses (imin-ltd/developer-docs-samples, example-responses/event-series/, copied
// verbatim to ../shared/data/imin-samples/): decoded, shown by the desk's models with each venue, address, price level
// and restriction they hold, and booked through the documented checkout request. A clean clone without ../shared
// skips these with a message, as the OpenActive check does.
#include "domain/Restrictions.h"
#include "domain/SessionTimetable.h"
#include "imin/Decode.h"
#include "imin/ImminClient.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "RestrictionsFixtures.h"
#include "RowRole.h"
#include "SandboxProcess.h"
#include "util/Text.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

class TestImminSamples : public QObject
{
    Q_OBJECT
    QString m_dir;

    EventSeries read(const char *name)
    {
        QFile f(m_dir + QLatin1Char('/') + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", name);
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("%s is not a JSON object", name);
        return Decode::eventSeries(doc.object());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = SandboxProcess::sharedData(QStringLiteral("imin-samples"));
        if (m_dir.isEmpty())
            QSKIP("imin's sample responses were not checked: ../shared/data/imin-samples is not here (set "
                  "ACTIVEDESK_SHARED_DATA to the folder that holds it)");
    }

    void everySampleDecodesWithItsSourceAndPrices()
    {
        for (const char *name : {"query-1.jsonld", "query-2.jsonld", "get-1.jsonld", "get-2.jsonld"}) {
            const EventSeries e = read(name);
            QVERIFY2(!e.name.isEmpty() && !e.id.isEmpty(), name);
            QCOMPARE(e.dataSource, QStringLiteral("loremfitsum")); // whom "Source: …" credits (contract 2.5)
            QVERIFY2(!e.publicAdult.isEmpty() && !e.publicJunior.isEmpty(), name);
            QVERIFY2(!e.sessionSeries.isEmpty(), name);
            QVERIFY(!Text::when(e.sessionSeries.first().occurrences.first().startDate).isEmpty());
        }
        // query-2: an adult price range that needs a membership; a junior price that does not.
        const EventSeries q2 = read("query-2.jsonld");
        QCOMPARE(q2.publicAdult.lowPrice, std::optional<double>(9.33));
        QCOMPARE(q2.publicAdult.highPrice, std::optional<double>(15.1));
        QVERIFY(q2.publicAdult.membershipRequired);
        QVERIFY(!q2.publicJunior.membershipRequired);
        QVERIFY(!Restrictions::needsMembership(q2)); // juniors can book without one
    }

    void get1ShowsItsVenueEveryLevelAndItsRestrictions()
    {
        const EventSeries e = read("get-1.jsonld");
        const SessionTimetable t(e);
        QCOMPARE(t.venueCount(), 1);
        QCOMPARE(t.venues().first().name, QStringLiteral("Wiza Manors Leisure Centre"));
        QVERIFY(t.venues().first().address.fullAddress.contains(QStringLiteral("OX4 7UF")));
        OccurrenceModel dates;
        dates.setTimetable(t);
        QCOMPARE(dates.rowCount(), 1);
        QCOMPARE(dates.date(0).place->name, QStringLiteral("Wiza Manors Leisure Centre"));
        // Six price levels, each read by its name; members' levels (eligibleCustomerType beta:Member) say so.
        OfferModel offers;
        Restrictions::Who who = restrictedPerson(QStringLiteral("Jon"), 15, QStringLiteral("Male"));
        offers.setOffers(t.offersFor(dates.date(0)), 15, false,
                         [&](const Offer &o) { return Restrictions::whyNotOffer(o, who); });
        QCOMPARE(offers.rowCount(), 6);
        QStringList names;
        for (int i = 0; i < offers.rowCount(); ++i) {
            names << offers.index(i).data(RowRole::Title).toString();
            QVERIFY(!offers.index(i).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral(",")));
        }
        for (const char *n : {"Adult", "Adult (Off-peak)", "Junior", "Junior (Off-peak)", "Senior", "Free Entry"})
            QVERIFY2(names.contains(QLatin1String(n)), qPrintable(names.join('|')));
        const int adult =
            offers.rowOf(QStringLiteral("https://lorem-fitsum.herokuapp.com/listings/1539623400#booking-adult"));
        QVERIFY(adult >= 0);
        QVERIFY(offers.offer(adult).isMembersOnly());
        QCOMPARE(offers.index(adult).data(RowRole::Subtitle).toString(),
                 QStringLiteral("Members only: Jon has no membership on record."));
        QVERIFY(!(offers.flags(offers.index(adult)) & Qt::ItemIsSelectable));
        const int free =
            offers.rowOf(QStringLiteral("https://lorem-fitsum.herokuapp.com/listings/1539623400#booking-free"));
        QCOMPARE(offers.index(free).data(RowRole::Trailing).toString(), QStringLiteral("Free"));
        QVERIFY(offers.flags(offers.index(free)) & Qt::ItemIsSelectable);
        // The series: men only, ages 8 to 22.
        QVERIFY(Restrictions::facts(e).contains(QStringLiteral("Men only")));
        QCOMPARE(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Priya"), 15, QStringLiteral("Female"))),
                 QStringLiteral("This session is for men only; Priya's details say female."));
        QCOMPARE(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), 38, QStringLiteral("Male"))),
                 QStringLiteral("This session is for ages 8 to 22; Aarav is 38 on that day."));
        QVERIFY(Restrictions::whyNotSeries(e, who).isEmpty());
    }

    void get2KeepsEachDateAtItsOwnVenue()
    {
        // Three series at three venues, whose dates share the same identifiers (imin's samples reuse them).
        const EventSeries e = read("get-2.jsonld");
        const SessionTimetable t(e);
        QCOMPARE(t.venueCount(), 3);
        QCOMPARE(t.dates().size(), 6);
        QSet<QString> keys, identifiers;
        for (const DatedOccurrence &d : t.dates()) {
            keys.insert(d.key);
            identifiers.insert(d.session.identifier);
            const SessionSeries &ss = e.sessionSeries.at(d.series);
            QCOMPARE(d.place->name, e.placeOf(ss)->name); // each date at its own series' venue
            QCOMPARE(t.indexOf(d.key) >= 0, true);
            QCOMPARE(t.dates().at(t.indexOf(d.key)).place->name, d.place->name);
        }
        QCOMPARE(keys.size(), 6);
        QVERIFY(identifiers.size() < 6);
        QCOMPARE(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), 38, QString())),
                 QStringLiteral("This session is for ages 21 to 29; Aarav is 38 on that day."));
        QVERIFY(Restrictions::whyNotSeries(e, restrictedPerson(QStringLiteral("Aarav"), 25, QString())).isEmpty());
    }

    void aSampleIsBookedThroughTheDocumentedRequest()
    {
        // Contract 5.2: acceptedOffer a bare id, the customer's imin id in imin:initialOrder, both back links as
        // imin:navigationLinks told apart by imin:linkType.
        const EventSeries e = read("get-2.jsonld");
        const SessionTimetable t(e);
        const DatedOccurrence &date = t.dates().last();
        const Offer offer = t.offersFor(date).first();
        ImminConfig config = ImminConfig::forSandbox(QUrl(QStringLiteral("https://checkout.example.org")), "k");
        config.backUrl = QStringLiteral("activedesk://bookings");
        config.profileUrl = QStringLiteral("activedesk://profile");
        ImminClient client(config);
        CheckoutRequest r;
        r.customerIdentifier = QStringLiteral("Kd81MnOpQr");
        r.opportunityIdentifier = date.session.identifier;
        r.offerId = offer.id;
        const QJsonObject body = client.checkoutBody(r);
        const QJsonObject initial = body.value(QStringLiteral("imin:initialOrder")).toObject();
        QCOMPARE(initial.value(QStringLiteral("customer")).toString(), QStringLiteral("Kd81MnOpQr"));
        const QJsonObject item = initial.value(QStringLiteral("orderedItem")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("acceptedOffer")).toString(), offer.id);
        QCOMPARE(item.value(QStringLiteral("orderedItem")).toObject().value(QStringLiteral("identifier")).toString(),
                 date.session.identifier);
        QStringList types;
        for (const QJsonValue &l : body.value(QStringLiteral("imin:navigationLinks")).toArray())
            types << l.toObject().value(QStringLiteral("imin:linkType")).toString();
        QCOMPARE(types, (QStringList{QStringLiteral("https://imin.co/BackToBrokerLink"),
                                     QStringLiteral("https://imin.co/BackToBrokerUserProfileLink")}));
        QVERIFY(!body.contains(QStringLiteral("imin:backToBrokerUrl")));
    }
};

QTEST_GUILESS_MAIN(TestImminSamples)
#include "TestImminSamples.moc"

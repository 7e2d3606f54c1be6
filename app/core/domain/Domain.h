#pragma once

// Value types for what ActiveDesk reads from and sends to imin. Every field may be absent on the wire
// (contract section 9): strings are empty, numbers carry a `has…` flag or an optional.
#include <optional>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

struct PostalAddress
{
    QString streetAddress;
    QString addressLocality;
    QString addressRegion;
    QString postalCode;
    QString addressCountry;
    QString fullAddress; // imin:fullAddress, else built from the parts
    bool isEmpty() const { return fullAddress.isEmpty() && streetAddress.isEmpty() && postalCode.isEmpty(); }
};

// The centre's own record of what a member holds: a membership (its type and the days it covers) and a concession
// (its kind and the day staff saw proof). Never sent to imin as a Person field: where entitlements are configured it
// goes to imin as the customer's entitlement (contract 3.5).
struct Membership
{
    QString type;                                 // "Full", "Swim and gym", …; empty when the member holds none
    QDate validFrom;                              // first day it covers; invalid: from when it was recorded
    QDate validUntil;                             // last day it covers (inclusive); invalid: no end date
    QString concession;                           // "Over 60", "Student", …; empty when the member has none
    QDate concessionProofSeen;                    // the day staff saw proof; invalid: not seen yet
    static constexpr int proofGoodForMonths = 12; // proof seen longer ago must be seen again
    bool isEmpty() const { return type.isEmpty() && concession.isEmpty(); }
    // The membership covers `day`.
    bool activeOn(const QDate &day) const
    {
        return !type.isEmpty() && day.isValid() && (!validFrom.isValid() || day >= validFrom) &&
               (!validUntil.isValid() || day <= validUntil);
    }
    // The concession holds on `day`: a kind recorded and proof seen in the twelve months before it.
    bool concessionOn(const QDate &day) const
    {
        return !concession.isEmpty() && concessionProofSeen.isValid() && day.isValid() && day >= concessionProofSeen &&
               day <= concessionProofUntil();
    }
    QDate concessionProofUntil() const
    {
        return concessionProofSeen.isValid() ? concessionProofSeen.addMonths(proofGoodForMonths).addDays(-1) : QDate();
    }
};

struct Person
{
    QString givenName;
    QString familyName;
    QString email;
    QString telephone;
    QDate birthDate;
    QString gender; // local name: "Female", "Male", or empty
    std::optional<bool> is13OrOver;
    PostalAddress address;
    QString emergencyContactName;
    QString emergencyContactTelephone;
    Membership membership; // the centre's record, not a Person field on the wire
};

struct Entitlement
{
    QString typeId;
    QString label;
    QDateTime expires;
};

struct CustomerAccount
{
    QString id;         // @id URL
    QString identifier; // the imin customer identifier
    Person customer;
    QString accessPass;
    QVector<Entitlement> entitlements;
};

struct CustomerUpdateResult
{
    QString actionStatus; // local name, e.g. "CompletedActionStatus"
    QStringList changedFields;
    QStringList sellerErrors;
};

struct Concept
{
    QString id;
    QString prefLabel;
    QStringList broader; // broaderTransitive ids
    int totalItems = -1;
};

struct Place
{
    QString id;
    QString identifier;
    QString name;
    QString telephone;
    QString url;
    PostalAddress address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<double> distanceKm;
    int eventCount = -1; // imin:event.imin:totalItems on /places
    QString eventsUrl;
};

struct Offer
{
    QString id;
    QString identifier;
    QString name;
    QString description;
    std::optional<double> price;
    QString priceCurrency;
    std::optional<int> ageMin;
    std::optional<int> ageMax;
    bool membershipRequired = false;
    QStringList eligibleCustomerTypes;         // local names: "Member" (beta:Member) means members only
    QString latestCancellationBeforeStartDate; // ISO 8601 duration as sent
    QString validFromBeforeStartDate;          // the booking window (contract 5.1): bookable from start minus this
    bool isMembersOnly() const
    {
        return membershipRequired || eligibleCustomerTypes.contains(QStringLiteral("Member"));
    }
    // A concession level: OpenActive has no field for it, so it is known by its name or identifier ("Concession",
    // "…-concession"), as imin's data and the sandbox's name it.
    bool isConcession() const
    {
        return !isMembersOnly() && (name.contains(QLatin1String("concession"), Qt::CaseInsensitive) ||
                                    identifier.endsWith(QLatin1String("concession"), Qt::CaseInsensitive));
    }
};

struct PriceSummary
{
    std::optional<double> price;
    std::optional<double> lowPrice;
    std::optional<double> highPrice;
    QString currency;
    bool indicative = false;
    bool membershipRequired = false;  // imin:membershipRequired
    QString validFromBeforeStartDate; // the booking window, where imin puts it on the aggregate
    bool isEmpty() const { return !price && !lowPrice && !highPrice; }
};

struct ScheduledSession
{
    QString id;
    QString identifier;
    QDateTime startDate;
    QDateTime endDate;
    QString duration;
    QString eventStatus; // local name
    std::optional<int> maximumAttendeeCapacity;
    std::optional<int> remainingAttendeeCapacity;
    QString checkoutUrlTemplate;
    bool isBookable() const { return !checkoutUrlTemplate.isEmpty(); }
    bool isFull() const { return remainingAttendeeCapacity && *remainingAttendeeCapacity <= 0; }
};

struct SessionSeries
{
    QString id;
    QString identifier;
    QString locationRef; // "#/imin:locationSummary/…" or an embedded place's id
    std::optional<Place> location;
    QString checkoutUrlTemplate;
    QString duration;
    QString organizerName; // when the series names its own organiser
    QVector<Offer> offers; // only on by-ID responses
    QVector<ScheduledSession> occurrences;
};

struct EventSeries
{
    QString id;
    QString identifier;
    QString name;
    QString description;
    QVector<Concept> activities;
    std::optional<int> ageMin;
    std::optional<int> ageMax;
    QString genderRestriction; // local name: NoRestriction, MaleOnly, FemaleOnly, or empty
    // Local name: OfflineEventAttendanceMode, OnlineEventAttendanceMode, MixedEventAttendanceMode, or empty (in
    // person, as every series that predates the field).
    QString attendanceMode;
    QString dataSource; // imin:dataSource.identifier: whose open data this is (contract 2.5)
    QStringList levels;
    QString organizerName;
    QString imageUrl;
    PriceSummary publicAdult;
    PriceSummary publicJunior;
    // imin:aggregateOffer.activeEntitlement: the price for the entitlement the search asked with (contract 3.5).
    PriceSummary activeEntitlement;
    QVector<Place> locations;
    QVector<SessionSeries> sessionSeries;

    // The place a session series refers to, looked up in imin:locationSummary.
    std::optional<Place> placeOf(const SessionSeries &series) const;
    // A class joined online only: its location, if any, is where the organiser is based, not somewhere to go.
    bool isOnline() const { return attendanceMode == QLatin1String("OnlineEventAttendanceMode"); }
    bool isMixed() const { return attendanceMode == QLatin1String("MixedEventAttendanceMode"); }
};

struct Slot
{
    QString id;
    QString identifier;
    QDateTime startDate;
    QDateTime endDate;
    std::optional<int> maximumUses;
    std::optional<int> remainingUses;
    QVector<Offer> offers;
    QString checkoutUrlTemplate;
    QString courtName; // the IndividualFacilityUse it belongs to ("Court 3"), when the provider names its courts
};

struct FacilityUse
{
    QString id;
    QString identifier;
    QString name;
    QVector<Concept> activities;
    QString providerName;
    std::optional<Place> location;
    PriceSummary publicAdult;
    QString dataSource;  // imin:dataSource.identifier (contract 2.5)
    QVector<Slot> slots; // including those of IndividualFacilityUses
};

// One open-data dataset in imin's attribution catalogue (contract 2.5): whom "Source: …" names.
struct Dataset
{
    QString identifier; // matched to an item's imin:dataSource.identifier
    QString name;
    QString publisherName;
    QString url;
    QString license;
};

struct Facets
{
    QVector<Concept> activities;
    QVector<Concept> collections;
};

struct CheckoutSession
{
    QString location; // Location header
    QString target;   // potentialAction[0].target
    QJsonObject body;
};

struct OrderItem
{
    QString id;
    QString identifier;
    QString orderIdentifier; // from imin:order, else parsed from the id URL
    QString status;          // local name: OrderItemConfirmed, CustomerCancelled, ...
    std::optional<bool> isPresentlyCancellable;
    QString opportunityType; // ScheduledSession, Slot, ...
    QString opportunityId;
    QString opportunityIdentifier;
    QString name;      // the EventSeries name, or the facility's
    QString courtName; // a booked Slot's named court ("Court 3"), if the facility names them (contract 8.1)
    QString venueName;
    QString venueAddress; // the venue's full address, when the order names it
    QDateTime startDate;
    QDateTime endDate;
    Offer acceptedOffer;

    // What was booked, as people read it: "Badminton Court at Riverside, Court 3".
    QString title() const { return courtName.isEmpty() ? name : name + QStringLiteral(", ") + courtName; }
};

struct Receipt
{
    QString url;
    QDateTime dateCreated;
};

struct Order
{
    QString id;
    QString identifier;
    QDateTime orderDate;
    QString confirmationNumber;
    QString sellerName;
    QString customerIdentifier;
    std::optional<double> totalPaymentDue;
    QString currency;
    QVector<Receipt> receipts; // newest first
    QVector<OrderItem> items;
};

template <typename T> struct Page
{
    QVector<T> items;
    int totalItems = -1; // a hint: may be approximate
    int currentPage = 1;
    int totalPages = -1; // a hint
    QString next;        // empty on the last page
};

#pragma once

#include <memory>
#include <optional>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Sandbox {

struct CatalogueOptions
{
    quint64 seed = 1;
    int sessions = 2000; // number of SessionSeries (a class at one venue on a weekly timetable)
    double centerLat = 51.7520;
    double centerLng = -1.2578;
    QString activityListFile; // an OpenActive activity list; collections are read from collection-*.jsonld beside it
};

struct Activity
{
    QString id;
    QString prefLabel;
    QStringList broader; // parent ids
    QVector<int> selfAndAncestors;
};

struct ConceptCollection
{
    QString id;
    QString prefLabel;
    QVector<int> members; // activity indexes
};

struct Organizer
{
    QString name;
    QString slug;
    QString telephone;
    QString email;
};

struct Venue
{
    QString identifier;
    QString name;
    QString street;
    QString locality;
    QString postcode;
    QString telephone;
    double lat = 0;
    double lng = 0;
    int organizer = 0;
};

enum class OfferKind : quint8 { Adult, Junior, Concession, Members };

struct OfferDef
{
    OfferKind kind = OfferKind::Adult;
    double price = 0;
    qint64 cancelWindowMs = 0; // latestCancellationBeforeStartDate
};

enum class RecordKind : quint8 { Normal, Golden, Sparse };

struct EventSeriesDef
{
    QString name;
    QString description;
    int activity = 0;
    int organizer = 0;
    int ageMin = -1; // -1: no age range given
    int ageMax = -1;
    int level = 0; // 0 none, 1 beginner, 2 intermediate, 3 advanced
    RecordKind kind = RecordKind::Normal;
    bool highFrequency = false;
    // Who may come, as imin's data says it: genderRestriction, imin:membershipRequired, eventAttendanceMode.
    enum class Gender : quint8 { Any, MaleOnly, FemaleOnly };
    Gender gender = Gender::Any;
    bool membersOnly = false; // every public price level needs a membership
    bool online = false;      // joined online; its venue is only where the organiser is based
    // How long before a date starts its price levels can be booked (validFromBeforeStartDate).
    qint64 bookingWindowMs = 14LL * 24 * 3600 * 1000;
    QVector<OfferDef> offers;
    QVector<int> sessions;
    double adultPrice = -1; // -1: no public adult price
    double juniorPrice = -1;
};

struct SessionSeriesDef
{
    int event = 0;
    int venue = 0;
    quint8 weekdays = 0;     // bit 0 = Monday
    quint16 startMinute = 0; // minutes after midnight on the centre's wall clock (UK time)
    quint16 durationMinutes = 60;
    quint16 capacity = 20;
    double priceDelta = 0; // added to the event's paid price levels: series at other venues cost differently
};

struct FacilityUseDef
{
    int venue = 0;
    int activity = 0;
    QString name;
    int courts = 1;
    double adultPrice = 0; // off-peak; peak times cost peakFactor times as much
    double juniorPrice = -1;
    int slotMinutes = 60;                           // 40-minute squash, 30-minute badminton at some venues
    int openMinute = 7 * 60, closeMinute = 22 * 60; // UK time; the last slot ends by closing time
    double peakFactor = 1.5;
    // How the provider models it (contract 8.1): false, Slots straight under the FacilityUse, each for any of its
    // courts; true, an IndividualFacilityUse per court ("Court 1"), each with its own Slots of one use.
    bool namedCourts = false;
    QString courtName(int court) const; // "Court 2", "Pitch 1"
};

// A found bookable opportunity: an occurrence of a SessionSeries or a facility Slot.
struct Opportunity
{
    enum Type { ScheduledSession, Slot } type = ScheduledSession;
    int owner = -1; // session series or facility use index
    qint64 startMs = 0;
    qint64 endMs = 0;
    int capacity = 0;      // maximumAttendeeCapacity / maximumUses
    int baseRemaining = 0; // before bookings made in this sandbox
    QString identifier;    // the open-data identifier
    int court = 0;         // a Slot of one named court (1-based); 0: the facility's slot for any of its courts
};

struct SearchQuery
{
    enum class Mode { UpcomingSessions, DiscoveryGeo, PriceAsc, PriceDesc };
    enum class HighFrequency { Exclude, Only, All };
    Mode mode = Mode::UpcomingSessions;
    double lat = 0, lng = 0, radiusKm = 0;
    int page = 1;
    int limit = 10;
    qint64 fromMs = 0; // both bounds already clipped to [now, now + 14 days]
    qint64 toMs = 0;
    int timeFromMinute = -1;
    int timeToMinute = -1;
    int ageMinGte = -1;
    int ageMaxLte = -1;
    int includeMin = -1;
    int includeMax = -1;
    QVector<bool> activityAllowed; // empty: every activity
    HighFrequency highFrequency = HighFrequency::Exclude;
    enum class Attendance { Any, VirtualOnly, InPersonOnly }; // isVirtual (contract 7.5)
    Attendance attendance = Attendance::Any;
};

struct SearchHit
{
    int event = -1;
    QVector<int> sessions;      // matching session series of that event
    int occurrenceSession = -1; // upcoming-sessions: the one occurrence
    qint64 occurrenceStart = 0;
};

struct SearchResult
{
    int totalItems = 0;
    QVector<SearchHit> hits;
};

// The sandbox's catalogue of events and facilities: generated deterministically from a seed, kept in
// memory with the indexes that make search fast. Occurrences fall in the next 14 days of the clock.
class Catalogue
{
public:
    explicit Catalogue(const CatalogueOptions &options);

    const CatalogueOptions &options() const { return m_options; }
    const QVector<Activity> &activities() const { return m_activities; }
    const QVector<ConceptCollection> &collections() const { return m_collections; }
    const QVector<Venue> &venues() const { return m_venues; }
    const QVector<EventSeriesDef> &events() const { return m_events; }
    const QVector<SessionSeriesDef> &sessions() const { return m_sessions; }
    const QVector<FacilityUseDef> &facilityUses() const { return m_facilities; }
    // Peak: weekday evenings from 17:00 and all weekend (the sandbox's clock, UTC).
    static bool isPeak(qint64 startMs);
    // Some evenings a facility is booked out from 18:00 (leagues, clubs): every court taken.
    bool isFullEvening(int facility, qint64 startMs) const;
    const QVector<Organizer> &organizers() const { return m_organizers; }

    int activityIndex(const QString &idOrUrl) const;
    QVector<int> activityIndexesByLabel(const QString &prefLabel) const;
    int collectionIndex(const QString &id) const;

    // Occurrences of a session series within [fromMs, toMs], in time order.
    QVector<qint64> occurrences(int session, qint64 fromMs, qint64 toMs) const;
    // Facility slots of a facility use within [fromMs, toMs], in time order.
    QVector<qint64> slots(int facilityUse, qint64 fromMs, qint64 toMs) const;

    // Run a search; `nowMs` is the clock, query bounds are already clipped.
    SearchResult search(const SearchQuery &query, qint64 nowMs) const;
    // Keep the time-sorted occurrence index fresh for the clock's current day. Call from one thread only;
    // search() may run on others at the same time.
    void refreshIndexes(qint64 nowMs);

    // Identifiers.
    QString eventIdentifier(int event) const;
    QString sessionIdentifier(int session) const; // open-data URL
    QString occurrenceIdentifier(int session, qint64 startMs) const;
    QString offerId(int session, OfferKind kind) const;
    QString facilityUseIdentifier(int facility) const;
    QString slotIdentifier(int facility, qint64 startMs, int court = 0) const; // open-data URL
    QString slotSearchKey(int facility, qint64 startMs, int court = 0) const;  // the {slotId} of /slots/{slotId}
    QString individualFacilityUseIdentifier(int facility, int court) const;
    QString providerBase(int organizer) const;

    int eventByIdentifier(const QString &identifier) const;
    int facilityByIdentifier(const QString &identifier) const;
    // Resolves an open-data identifier or an imin search `id` URL of a ScheduledSession or Slot.
    std::optional<Opportunity> findOpportunity(const QString &identifierOrId) const;
    std::optional<Opportunity> slotBySearchKey(const QString &key) const;
    std::optional<Opportunity> occurrence(int session, qint64 startMs) const;
    // A facility's slot at a start: with `court` 0 the slot for any of its courts (for a facility with named courts
    // only a summary of them, not bookable itself); else that named court's slot of one use.
    std::optional<Opportunity> slot(int facility, qint64 startMs, int court = 0) const;
    // The named courts' slots at a start, court 1 first (empty for a facility without named courts).
    QVector<Opportunity> courtSlots(int facility, qint64 startMs) const;

    static QString offerName(OfferKind kind);
    // The price of a price level at one session series (its venue may charge more than the event's home venue).
    double offerPrice(int session, const OfferDef &offer) const;
    static QString compactStamp(qint64 ms); // yyyyMMddHHmm in UTC, as used in identifiers and checkout links
    static double distanceKm(double lat1, double lng1, double lat2, double lng2);

private:
    void loadActivities();
    void generate();
    int baseRemainingFor(quint64 key, int capacity) const;

    CatalogueOptions m_options;
    QVector<Activity> m_activities;
    QHash<QString, int> m_activityById;
    QVector<ConceptCollection> m_collections;
    QVector<Organizer> m_organizers;
    QVector<Venue> m_venues;
    QVector<EventSeriesDef> m_events;
    QVector<SessionSeriesDef> m_sessions;
    QVector<FacilityUseDef> m_facilities;
    QVector<int> m_eventsByAdultPrice; // events with an adult price, cheapest first
    QVector<int> m_eventsWithoutPrice;

    // Compact copies of what search filters on, in arrays walked front to back.
    struct EventFilter
    {
        qint32 activity;
        qint16 ageMin; // 0 when not given
        qint16 ageMax; // 120 when not given
        bool highFrequency;
        bool online;
    };
    QVector<EventFilter> m_eventFilters;
    QVector<qint32> m_eventFirstSession; // sessions of event e are [first[e], first[e + 1])

    // Every occurrence of the index window in time order; replaced whole when the day changes, so searches on
    // other threads keep the snapshot they started with.
    struct Timeline
    {
        qint64 day = -1;
        qint64 fromMs = 0;
        struct Ref
        {
            qint32 minute; // minutes after fromMs
            qint32 session;
        };
        QVector<Ref> refs;
    };
    std::shared_ptr<const Timeline> m_timeline = std::make_shared<Timeline>();
};

} // namespace Sandbox

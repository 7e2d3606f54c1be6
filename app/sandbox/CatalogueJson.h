#pragma once

#include "Catalogue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Sandbox {

// Renders catalogue records in the Events and Facilities API shapes of the contract (sections 7 and 8).
// Absent data is left out, never written as null. Search summaries carry no `offers`; by-ID records do.
class CatalogueJson
{
public:
    CatalogueJson(const Catalogue &catalogue, const QString &origin, const QHash<QString, int> &taken);

    enum class Detail { Summary, Full };
    void setQueryCentre(double lat, double lng) { m_hasCentre = true, m_lat = lat, m_lng = lng; }
    // The moment the answer is for: with `windows`, a date whose booking window has not opened gets no checkout
    // template. Without a call, every date within its window or not is shown as bookable.
    void setNow(qint64 nowMs, bool windows)
    {
        m_nowMs = nowMs;
        m_windows = windows;
    }
    // Booking for this date opens at this moment (its start minus the series' booking window).
    qint64 opensAtMs(const Opportunity &o) const;

    // An EventSeries with the given sessions; each with its occurrences in [fromMs, toMs], or only
    // `onlyStart` when it is not 0 (the one-to-one upcoming-sessions item).
    // imin:aggregateOffer.activeEntitlement on a search item (contract 3.5): the session's price at the level the
    // entitlement maps to (the members' or the concession price), marked indicative; nothing when it has no such level.
    void addActiveEntitlement(QJsonObject &item, int session, OfferKind kind) const;
    QJsonObject eventSeries(int event, const QVector<int> &sessions, qint64 fromMs, qint64 toMs, Detail detail,
                            qint64 onlyStart = 0) const;
    QJsonObject scheduledSession(const Opportunity &o) const;
    QJsonObject offer(int session, const OfferDef &o) const;
    QJsonObject place(int venue, bool withDistance) const;
    QJsonObject organizer(int organizer, bool rich) const;
    QJsonObject activity(int activity) const;
    QJsonObject facilityUse(int facility, const QVector<qint64> &slotStarts, bool availableOnly) const;
    QJsonObject slot(const Opportunity &o) const;
    // One named court of a facility, without its slots.
    QJsonObject individualFacilityUse(int facility, int court) const;
    // The price levels of a slot: peak or off-peak by its start (a FacilityUse's summary gives the off-peak ones).
    QJsonArray slotOffers(int facility, qint64 startMs = -1) const;
    // ScheduledSession with superEvent SessionSeries and EventSeries, as embedded in an OrderItem.
    QJsonObject orderedOpportunity(const Opportunity &o) const;

    int remaining(const Opportunity &o) const;
    QString sessionSearchId(int session) const;
    QString eventSearchId(int event) const;
    QString facilityUseId(int facility) const;
    static QString locationRef(int venue);
    static QString londonDate(qint64 ms);

    static QJsonObject price(double value);

private:
    const Catalogue &m_catalogue;
    QString m_origin;
    const QHash<QString, int> &m_taken;
    qint64 m_nowMs = 0;
    bool m_windows = false;
    bool m_hasCentre = false;
    double m_lat = 0;
    double m_lng = 0;
};

} // namespace Sandbox

#pragma once

#include "util/Problem.h"

#include "domain/Member.h"
#include "domain/SessionTimetable.h"
#include "services/BookingFlow.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class Services;
class OccurrenceModel;
class OfferModel;
class SessionListModel;
struct EventSearchQuery;
namespace Restrictions {
struct Who;
}

// Finding a session and choosing one of its dates and one price level, for any view (the desk's Sessions page, the
// kiosk's): the search and its results, the series shown with its dates and venues, the price levels of the chosen
// date's own series with who may use them, availability read again, and the choice to book. Views draw the three
// models and follow `choiceChanged`; nothing here draws.
class SessionBrowser : public QObject
{
    Q_OBJECT
public:
    struct Filters
    {
        QString activityId;
        QDate day;                // invalid: the next 14 days
        QString timeFrom, timeTo; // HH:MM, both or neither
        int age = 0;              // 0: any age
        QString mode = QStringLiteral("upcoming-sessions");
        // imin leaves high-frequency sessions (public swims, gym, open sessions) out unless asked (contract 7.1).
        // Classes: what imin returns by default; DropIn: only those; Everything: both. The discovery sorts never
        // return high-frequency sessions, so with DropIn or Everything the search runs soonest first.
        enum class Kind { Classes, DropIn, Everything };
        Kind kind = Kind::Classes;
        bool operator==(const Filters &o) const
        {
            return activityId == o.activityId && day == o.day && timeFrom == o.timeFrom && timeTo == o.timeTo &&
                   age == o.age && mode == o.mode && kind == o.kind;
        }
    };

    SessionBrowser(Services *services, QObject *parent = nullptr);

    SessionListModel *results() const { return m_results; }
    OccurrenceModel *dates() const { return m_dates; }
    OfferModel *offers() const { return m_offers; }

    // Who is booking: their age decides which price levels they may choose. `selfService`: the member books for
    // themselves (the kiosk), so levels that are not for them cannot be chosen and the text says "you".
    void setMember(const std::optional<Member> &member, bool selfService = false);
    const std::optional<Member> &member() const { return m_member; }
    // The member's age on a day (today when `when` is invalid), if their date of birth is known.
    std::optional<int> memberAgeOn(const QDateTime &when) const;

    void setFilters(const Filters &filters) { m_filters = filters; }
    const Filters &filters() const { return m_filters; }
    // Searches with the filters around the site; results arrive in `results()`.
    void search();
    void cancelSearch();
    // imin's activity facets, for an activity filter (sorted by name); on failure nothing is emitted.
    void loadActivities();

    // Shows the series of a result row: what the search knows at once, then its full detail from imin.
    void open(int row);
    void reloadDetail();
    void cancelDetail();
    // No session open any more (another member came to the desk).
    void closeDetail();
    bool hasDetail() const { return !m_seriesId.isEmpty(); }
    bool isDetailLoading() const { return m_detailLoading; }
    QString seriesId() const { return m_seriesId; }
    const SessionTimetable &timetable() const;
    // "Yoga · Beginners · ages 16+ · run by … · 3 venues", as parts.
    QStringList detailFacts() const;
    // Places may have changed (a checkout ended): reads the series again, keeping what was chosen if it still can be.
    void refreshAvailability(const QString &eventSeriesId);

    int chosenDate() const { return m_date; }
    int chosenOffer() const { return m_offer; }
    void chooseDate(int row); // -1: none; a full date cannot be chosen
    void chooseOffer(int row);
    // The venue of the chosen date, else the only venue, else none.
    std::optional<Place> venue() const;
    // A line about the venue for a view: name and address, or "Runs at 3 venues: … Choose a date to see where."
    QString venueText() const;
    bool canBook() const;
    // Why the member in hand cannot book what is chosen (the series' gender, ages or membership; the chosen level's
    // window or membership), in words for the screen, or empty.
    QString whyNot() const;
    // What is still missing before booking ("Choose a date."), or what will be booked ("Tue 3 Dec, 18:00 at £5.50").
    QString hint() const;
    BookingFlow::Choice choice() const;
    // "12 swim, gym and open sessions": the count when only those are shown.
    static QString dropInCount(int count);

    // Back to nothing: no search, no series, no choice, default filters, no member.
    void clear();

Q_SIGNALS:
    void activitiesLoaded(const QVector<Concept> &activities);
    void detailChanged(); // another series, or a newer read of the same one
    void detailLoadingChanged(bool loading);
    void detailFailed(const Problem &problem);
    void chosenDateFilled(); // the date chosen became full while it was shown
    void choiceChanged();    // chosen date or price level (views select the rows)

private:
    EventSearchQuery query() const;
    QString entitlementFilter() const; // the member in hand's, or empty
    Restrictions::Who who(const QDateTime &when) const;
    void loadDetail();
    void showTimetable(const SessionTimetable &timetable, bool keepChoice);
    void offersForChosenDate(const QString &keepOfferName);

    Services *m_services;
    SessionListModel *m_results;
    OccurrenceModel *m_dates;
    OfferModel *m_offers;
    std::optional<Member> m_member;
    bool m_selfService = false;
    bool m_searched = false;  // a search has been run (so a new entitlement searches again)
    QString m_searchedFilter; // the entitlementFilter it ran with
    Filters m_filters;
    QString m_seriesId;
    int m_date = -1, m_offer = -1;
    bool m_detailLoading = false;
    QPointer<QObject> m_detailContext;
};

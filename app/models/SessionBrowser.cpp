#include "SessionBrowser.h"

#include "domain/Restrictions.h"
#include "imin/Entitlements.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "RowRole.h"
#include "services/Services.h"
#include "SessionListModel.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QLocale>

SessionBrowser::SessionBrowser(Services *services, QObject *parent)
    : QObject(parent), m_services(services), m_results(new SessionListModel(services, this)),
      m_dates(new OccurrenceModel(this)), m_offers(new OfferModel(this))
{}

void SessionBrowser::setMember(const std::optional<Member> &member, bool selfService)
{
    // Another member starts afresh: no session, date or price level of the last one is carried over (a level
    // chosen for an adult must never stay armed for a child).
    const bool another = m_member && member && m_member->id != member->id;
    m_member = member;
    m_selfService = selfService;
    // Prices searched with another member's entitlement are searched again with this one's.
    if (m_searched && entitlementFilter() != m_searchedFilter)
        search();
    if (another && hasDetail())
        closeDetail();
    else if (hasDetail())
        offersForChosenDate(m_offer >= 0 ? m_offers->offer(m_offer).name : QString()); // re-checked for them
    Q_EMIT choiceChanged();
}

std::optional<int> SessionBrowser::memberAgeOn(const QDateTime &when) const
{
    if (!m_member)
        return std::nullopt;
    return ageOn(m_member->person, (when.isValid() ? when.toTimeZone(Clock::zone())
                                                   : Clock::instance().currentDateTimeUtc().toTimeZone(Clock::zone()))
                                       .date());
}

EventSearchQuery SessionBrowser::query() const
{
    EventSearchQuery q;
    const Services::Site site = m_services->site();
    q.latitude = site.latitude;
    q.longitude = site.longitude;
    q.radiusKm = site.radiusKm;
    q.mode = m_filters.kind == Filters::Kind::Classes ? m_filters.mode : QStringLiteral("upcoming-sessions");
    if (m_filters.kind == Filters::Kind::DropIn)
        q.extra.append({QStringLiteral("iminTag"), QStringLiteral("HighFrequencySession")});
    else if (m_filters.kind == Filters::Kind::Everything)
        q.extra.append({QStringLiteral("showAllSessions"), QStringLiteral("true")});
    q.limit = 25;
    if (m_filters.day.isValid()) {
        // The day as the centre's clock reads it (a UK day), whatever zone this computer is set to.
        q.startFrom = QDateTime(m_filters.day, QTime(0, 0), Clock::zone()).toUTC();
        q.startTo = QDateTime(m_filters.day, QTime(23, 59, 59), Clock::zone()).toUTC();
    }
    if (!m_filters.timeFrom.isEmpty() && !m_filters.timeTo.isEmpty()) {
        q.timeFrom = m_filters.timeFrom;
        q.timeTo = m_filters.timeTo;
    }
    if (m_filters.age > 0)
        q.ageMin = m_filters.age;
    if (!m_filters.activityId.isEmpty())
        q.activityIds = {m_filters.activityId};
    // The member's own prices where imin has their entitlement (contract 3.5).
    if (const QString filter = entitlementFilter(); !filter.isEmpty())
        q.extra.append({QStringLiteral("entitlementFilter"), filter});
    return q;
}

QString SessionBrowser::entitlementFilter() const
{
    if (!m_member)
        return {};
    return Entitlements::planFor(m_member->person.membership, Clock::instance().localDate(),
                                 m_services->client().config())
        .filter;
}

void SessionBrowser::search()
{
    m_searchedFilter = entitlementFilter();
    m_searched = true;
    m_results->search(query());
}

void SessionBrowser::cancelSearch()
{
    m_results->cancel();
}

void SessionBrowser::loadActivities()
{
    auto *context = new QObject(this);
    m_services->client().facets(context, [this, context](const Result<Facets> &r) {
        context->deleteLater();
        if (!r.ok())
            return; // "All activities" stays; searching still works
        QVector<Concept> sorted = r.value->activities;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Concept &a, const Concept &b) { return a.prefLabel < b.prefLabel; });
        Q_EMIT activitiesLoaded(sorted);
    });
}

const SessionTimetable &SessionBrowser::timetable() const
{
    return m_dates->timetable();
}

void SessionBrowser::open(int row)
{
    if (row < 0 || row >= m_results->rowCount())
        return;
    const SessionTimetable &summary = m_results->timetable(row);
    const EventSeries &e = summary.series();
    const QString id = e.id.isEmpty() ? e.identifier : e.id;
    const bool same = id == m_seriesId;
    m_seriesId = id;
    if (!same)
        showTimetable(summary, false); // what the search already knows, at once
    loadDetail();
}

void SessionBrowser::reloadDetail()
{
    loadDetail();
}

void SessionBrowser::closeDetail()
{
    cancelDetail();
    m_seriesId.clear();
    m_date = m_offer = -1;
    m_dates->setTimetable({});
    m_offers->setOffers({});
    Q_EMIT detailChanged();
}

void SessionBrowser::cancelDetail()
{
    delete m_detailContext;
    if (m_detailLoading) {
        m_detailLoading = false;
        Q_EMIT detailLoadingChanged(false);
    }
}

void SessionBrowser::loadDetail()
{
    if (m_seriesId.isEmpty())
        return;
    delete m_detailContext;
    m_detailContext = new QObject(this);
    m_detailLoading = true;
    Q_EMIT detailLoadingChanged(true);
    const QString id = m_seriesId;
    m_services->client().eventSeries(id, m_detailContext, [this, id](const Result<EventSeries> &r) {
        m_detailLoading = false;
        Q_EMIT detailLoadingChanged(false);
        if (!r.ok()) {
            Q_EMIT detailFailed(r.error);
            return;
        }
        m_results->updateAvailability(*r.value);
        if (id == m_seriesId)
            showTimetable(SessionTimetable(*r.value), true); // a date chosen meanwhile stays chosen
    });
}

void SessionBrowser::refreshAvailability(const QString &eventSeriesId)
{
    if (eventSeriesId.isEmpty())
        return;
    if (eventSeriesId == m_seriesId) {
        loadDetail(); // updates the result rows of this series too
        return;
    }
    auto *context = new QObject(this);
    m_services->client().eventSeries(eventSeriesId, context, [this, context](const Result<EventSeries> &r) {
        context->deleteLater();
        if (r.ok())
            m_results->updateAvailability(*r.value);
    });
}

void SessionBrowser::showTimetable(const SessionTimetable &t, bool keepChoice)
{
    const QString keptDate = keepChoice && m_date >= 0 ? m_dates->date(m_date).key : QString();
    const QString keptOffer = keepChoice && m_offer >= 0 ? m_offers->offer(m_offer).name : QString();
    if (keepChoice)
        m_dates->updateAvailability(t);
    else
        m_dates->setTimetable(t);
    const int dateRow = keptDate.isEmpty() ? -1 : t.indexOf(keptDate);
    bool filled = false;
    if (dateRow >= 0 && m_dates->date(dateRow).isBookable()) {
        m_date = dateRow;
    } else {
        filled = dateRow >= 0;
        m_date = -1;
    }
    offersForChosenDate(keptOffer);
    Q_EMIT detailChanged();
    Q_EMIT choiceChanged();
    if (filled)
        Q_EMIT chosenDateFilled();
}

void SessionBrowser::offersForChosenDate(const QString &keepOfferName)
{
    QVector<Offer> offers;
    QDateTime start;
    if (m_date >= 0) {
        const DatedOccurrence &date = m_dates->date(m_date);
        offers = timetable().offersFor(date);
        start = date.session.startDate;
    }
    const EventSeries &series = timetable().series();
    const Restrictions::Who person = who(start);
    const bool member = m_member.has_value();
    m_offers->setOffers(offers, memberAgeOn(start), m_selfService, [&](const Offer &o) {
        // A level whose booking window has not opened, or one only for members, cannot be chosen; the row says why.
        if (const QString closed = Restrictions::notOpenYet(Restrictions::bookingOpens(o, series, start),
                                                            Clock::instance().currentDateTimeUtc());
            !closed.isEmpty())
            return closed;
        return member ? Restrictions::whyNotOffer(o, person) : QString();
    });
    m_offer = -1;
    for (int i = 0; i < m_offers->rowCount(); ++i) {
        if (!keepOfferName.isEmpty() && m_offers->offer(i).name == keepOfferName &&
            (m_offers->flags(m_offers->index(i)) & Qt::ItemIsSelectable))
            m_offer = i;
    }
    if (m_offer < 0 && m_offers->rowCount() == 1 && (m_offers->flags(m_offers->index(0)) & Qt::ItemIsSelectable))
        m_offer = 0; // a session's only price level is chosen already
}

void SessionBrowser::chooseDate(int row)
{
    if (row >= m_dates->rowCount() || (row >= 0 && !m_dates->date(row).isBookable()))
        row = -1;
    if (row == m_date)
        return;
    const QString kept = m_offer >= 0 ? m_offers->offer(m_offer).name : QString();
    m_date = row;
    offersForChosenDate(kept);
    Q_EMIT choiceChanged();
}

void SessionBrowser::chooseOffer(int row)
{
    if (row >= m_offers->rowCount() || (row >= 0 && !(m_offers->flags(m_offers->index(row)) & Qt::ItemIsSelectable)))
        row = -1;
    if (row == m_offer)
        return;
    m_offer = row;
    Q_EMIT choiceChanged();
}

QStringList SessionBrowser::detailFacts() const
{
    const SessionTimetable &t = timetable();
    const EventSeries &e = t.series();
    QStringList facts;
    if (!e.activities.isEmpty())
        facts << e.activities.first().prefLabel;
    if (!e.levels.isEmpty())
        facts << e.levels.join(QStringLiteral(", "));
    if (e.ageMin || e.ageMax)
        facts << (e.ageMax ? tr("ages %1–%2").arg(e.ageMin.value_or(0)).arg(*e.ageMax)
                           : tr("ages %1+").arg(e.ageMin.value_or(0)));
    facts << Restrictions::facts(e);
    if (!e.organizerName.isEmpty())
        facts << tr("run by %1").arg(e.organizerName);
    if (t.venueCount() > 1 && !e.isOnline())
        facts << t.venueSummary();
    return facts;
}

Restrictions::Who SessionBrowser::who(const QDateTime &when) const
{
    Restrictions::Who w;
    if (!m_member)
        return w;
    w.name = m_member->person.givenName.isEmpty() ? m_member->displayName() : m_member->person.givenName;
    w.age = memberAgeOn(when);
    w.gender = m_member->person.gender;
    w.you = m_selfService;
    // Held on the session's day: a membership that ends today has no member price tomorrow.
    Restrictions::setHolding(
        w, m_member->person.membership,
        (when.isValid() ? when : Clock::instance().currentDateTimeUtc()).toTimeZone(Clock::zone()).date());
    return w;
}

QString SessionBrowser::whyNot() const
{
    if (!m_member || !hasDetail())
        return {};
    const EventSeries &e = timetable().series();
    const QDateTime start = m_date >= 0 ? m_dates->date(m_date).session.startDate : QDateTime();
    if (const QString series = Restrictions::whyNotSeries(e, who(start)); !series.isEmpty())
        return series;
    if (m_offer >= 0)
        return m_offers->blockedReason(m_offer);
    return {};
}

std::optional<Place> SessionBrowser::venue() const
{
    if (timetable().series().isOnline())
        return std::nullopt; // its location only names where the organiser is based (contract 7.5)
    if (m_date >= 0)
        return m_dates->date(m_date).place;
    if (timetable().venueCount() == 1)
        return timetable().venues().constFirst();
    return std::nullopt;
}

QString SessionBrowser::venueText() const
{
    const QString online = Restrictions::onlineText(timetable().series());
    if (timetable().series().isOnline())
        return online.toHtmlEscaped();
    if (const std::optional<Place> place = venue()) {
        QString address = place->address.fullAddress;
        if (address.startsWith(place->name + QStringLiteral(", ")))
            address = address.mid(place->name.size() + 2); // imin's full address may begin with the venue's name
        QString text = QStringLiteral("<b>%1</b><br>%2").arg(place->name.toHtmlEscaped(), address.toHtmlEscaped());
        if (!online.isEmpty())
            text += QStringLiteral("<br>") + online.toHtmlEscaped();
        return text;
    }
    const SessionTimetable &t = timetable();
    if (t.venueCount() > 1) {
        QStringList names;
        for (const Place &p : t.venues())
            names << p.name.toHtmlEscaped();
        return tr("Runs at %1 venues: %2. Choose a date to see where.")
            .arg(t.venueCount())
            .arg(names.join(QStringLiteral(", ")));
    }
    return {};
}

bool SessionBrowser::canBook() const
{
    return m_member.has_value() && m_date >= 0 && m_offer >= 0 && m_dates->date(m_date).isBookable() &&
           whyNot().isEmpty();
}

QString SessionBrowser::hint() const
{
    if (!m_member)
        return tr("Choose a member first to book (Members page).");
    if (!hasDetail())
        return tr("Choose a session.");
    if (const QString reason = whyNot(); !reason.isEmpty())
        return reason;
    if (m_date < 0)
        return tr("Choose a date.");
    if (m_offers->rowCount() == 0)
        return m_detailLoading ? tr("Loading price levels…") : tr("imin lists no price levels for this date.");
    if (m_offer < 0) {
        bool any = false;
        for (int i = 0; i < m_offers->rowCount(); ++i)
            any = any || (m_offers->flags(m_offers->index(i)) & Qt::ItemIsSelectable);
        if (!any) {
            for (int i = 0; i < m_offers->rowCount(); ++i) {
                if (!m_offers->blockedReason(i).isEmpty())
                    return m_offers->blockedReason(i); // e.g. "Booking opens Tue 3 Dec, 09:00"
            }
            return tr("None of this date's price levels is for your age. Ask at reception.");
        }
        return tr("Choose a price level.");
    }
    return tr("%1 at %2")
        .arg(Text::when(m_dates->date(m_date).session.startDate),
             m_offers->data(m_offers->index(m_offer), RowRole::Trailing).toString());
}

BookingFlow::Choice SessionBrowser::choice() const
{
    BookingFlow::Choice c;
    if (!canBook())
        return c;
    const DatedOccurrence &d = m_dates->date(m_date);
    c.memberId = m_member->id;
    c.eventName = timetable().series().name;
    c.eventSeriesId = m_seriesId;
    c.venueName = timetable().series().isOnline() ? tr("Online") : (d.place ? d.place->name : QString());
    c.opportunityIdentifier = d.session.identifier;
    c.start = d.session.startDate;
    c.offer = m_offers->offer(m_offer);
    return c;
}

QString SessionBrowser::dropInCount(int count)
{
    return tr("%Ln swim, gym and open session(s)", nullptr, count);
}

void SessionBrowser::clear()
{
    delete m_detailContext;
    m_detailLoading = false;
    m_seriesId.clear();
    m_date = m_offer = -1;
    m_dates->setTimetable({});
    m_offers->setOffers({});
    m_results->clear();
    m_filters = Filters();
    m_member.reset();
    m_selfService = false;
    Q_EMIT detailChanged();
    Q_EMIT choiceChanged();
}

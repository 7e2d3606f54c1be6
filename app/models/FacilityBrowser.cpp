#include "FacilityBrowser.h"

#include "OfferModel.h"
#include "services/Services.h"
#include "util/Clock.h"

#include <algorithm>
#include <QLocale>

namespace {
QString hhmm(const QDateTime &t)
{
    return QLocale().toString(t.toTimeZone(Clock::zone()).time(), QStringLiteral("HH:mm"));
}

bool isFree(const Slot &s)
{
    return s.remainingUses.value_or(1) > 0;
}
} // namespace

QString FacilityGridModel::placeName(const FacilityUse &use)
{
    // The activity is chosen already: the venue says which (the full name is the tooltip).
    QString text = use.location && !use.location->name.isEmpty() ? use.location->name : use.name;
    if (use.location && use.location->distanceKm)
        text += QStringLiteral(" · ") + tr("%1 km").arg(QLocale().toString(*use.location->distanceKm, 'f', 1));
    return text;
}

int FacilityGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_uses.size());
}

int FacilityGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_uses.isEmpty() ? 0 : m_lastHour - m_firstHour + 1;
}

QVector<Slot> FacilityGridModel::slotsAt(int row, int column) const
{
    QVector<Slot> out;
    if (row < 0 || row >= m_uses.size())
        return out;
    for (const Slot &s : m_uses.at(row).slots) {
        if (s.startDate.toTimeZone(Clock::zone()).time().hour() == hourOf(column) && isFree(s))
            out << s;
    }
    std::sort(out.begin(), out.end(), [](const Slot &a, const Slot &b) { return a.startDate < b.startDate; });
    return out;
}

QVariant FacilityGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVector<Slot> here = slotsAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const bool spoken = role != Qt::DisplayRole;
        const QString where = m_uses.at(index.row()).name;
        if (here.isEmpty()) {
            return spoken ? tr("%1, %2:00: no court free, cannot be booked")
                                .arg(where)
                                .arg(hourOf(index.column()), 2, 10, QLatin1Char('0'))
                          : tr("None free");
        }
        // One line per start time. A facility that names its courts lists a slot per court: the line counts them,
        // and the tooltip (and a screen reader) names them.
        QStringList lines;
        for (int i = 0; i < here.size();) {
            const Slot &s = here.at(i);
            int j = i;
            QStringList courts;
            while (j < here.size() && here.at(j).startDate == s.startDate) {
                if (!here.at(j).courtName.isEmpty())
                    courts << here.at(j).courtName;
                ++j;
            }
            if (!courts.isEmpty()) {
                lines << (spoken ? tr("%1 · %2 free").arg(hhmm(s.startDate), QLocale().createSeparatedList(courts))
                                 : tr("%1 · %n court(s) free", nullptr, int(courts.size())).arg(hhmm(s.startDate)));
            } else {
                lines << (s.maximumUses && *s.maximumUses > 1 ? tr("%1 · %2 of %3 free")
                                                                    .arg(hhmm(s.startDate))
                                                                    .arg(s.remainingUses.value_or(*s.maximumUses))
                                                                    .arg(*s.maximumUses)
                                                              : tr("%1 · free").arg(hhmm(s.startDate)));
            }
            i = j;
        }
        return spoken ? tr("%1, %2").arg(where, lines.join(QLatin1String(", "))) : lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant FacilityGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QLocale().toString(QTime(hourOf(section), 0), QStringLiteral("HH:mm"));
    if (section < 0 || section >= m_uses.size())
        return {};
    return role == Qt::DisplayRole ? placeName(m_uses.at(section)) : m_uses.at(section).name;
}

Qt::ItemFlags FacilityGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || slotsAt(index.row(), index.column()).isEmpty())
        return Qt::NoItemFlags; // greyed: nothing to book there
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void FacilityGridModel::setFacilities(const QVector<FacilityUse> &uses)
{
    beginResetModel();
    m_uses = uses;
    // Nearest first, then by name (a venue's courts together).
    std::stable_sort(m_uses.begin(), m_uses.end(), [](const FacilityUse &a, const FacilityUse &b) {
        const double da = a.location && a.location->distanceKm ? *a.location->distanceKm : 1e9;
        const double db = b.location && b.location->distanceKm ? *b.location->distanceKm : 1e9;
        return da != db ? da < db : a.name < b.name;
    });
    m_firstHour = 23;
    m_lastHour = 0;
    for (const FacilityUse &u : std::as_const(m_uses)) {
        for (const Slot &s : u.slots) {
            const int h = s.startDate.toTimeZone(Clock::zone()).time().hour();
            m_firstHour = std::min(m_firstHour, h);
            m_lastHour = std::max(m_lastHour, h);
        }
    }
    if (m_firstHour > m_lastHour) {
        m_firstHour = 7;
        m_lastHour = 21;
    }
    endResetModel();
}

QModelIndex FacilityGridModel::indexOfSlot(const QString &slotId) const
{
    for (int r = 0; r < m_uses.size(); ++r) {
        for (const Slot &s : m_uses.at(r).slots) {
            if (s.id == slotId || s.identifier == slotId)
                return index(r, s.startDate.toTimeZone(Clock::zone()).time().hour() - m_firstHour);
        }
    }
    return {};
}

void FacilityGridModel::markTaken(const QString &slotId)
{
    for (int r = 0; r < m_uses.size(); ++r) {
        for (Slot &s : m_uses[r].slots) {
            if (s.id != slotId && s.identifier != slotId)
                continue;
            s.remainingUses = std::max(0, s.remainingUses.value_or(1) - 1);
            const QModelIndex at = index(r, s.startDate.toTimeZone(Clock::zone()).time().hour() - m_firstHour);
            Q_EMIT dataChanged(at, at);
        }
    }
}

FacilityBrowser::FacilityBrowser(Services *services, QObject *parent)
    : QObject(parent), m_services(services), m_grid(new FacilityGridModel(this)), m_offers(new OfferModel(this))
{}

QStringList FacilityBrowser::activities()
{
    return {QStringLiteral("Badminton"), QStringLiteral("Squash"), QStringLiteral("Tennis"),
            QStringLiteral("5-a-side")};
}

void FacilityBrowser::cancelLoad()
{
    delete m_request;
    if (m_loading) {
        m_loading = false;
        Q_EMIT busyChanged(false);
    }
}

void FacilityBrowser::load()
{
    cancelLoad();
    const Services::Site site = m_services->site();
    FacilitySearchQuery q;
    q.latitude = site.latitude;
    q.longitude = site.longitude;
    q.radiusKm = site.radiusKm;
    q.mode = QStringLiteral("upcoming-slots");
    q.activityPrefLabel = m_activity;
    q.limit = 50;
    // One calendar day (contract 8.1): from now if it is today, else from the day's start.
    const QDateTime now = Clock::instance().currentDateTimeUtc();
    const QDateTime dayStart = Clock::startOfLocalDay(m_day);
    q.startFrom = (m_day == now.toTimeZone(Clock::zone()).date() ? now : dayStart).toUTC();
    auto *request = new QObject(this);
    m_request = request;
    m_loading = true;
    Q_EMIT busyChanged(true);
    m_services->client().searchFacilities(q, request, [this, request](const Result<Page<FacilityUse>> &r) {
        request->deleteLater();
        m_loading = false;
        Q_EMIT busyChanged(false);
        if (!r.ok()) {
            Q_EMIT failed(r.error);
            return;
        }
        const QString keep = m_slot.id;
        m_grid->setFacilities(r.value->items);
        m_slot = {};
        m_slotRow = -1;
        m_offers->setOffers({});
        // The slot chosen before stays chosen while a court is still free in it.
        const QModelIndex again = m_grid->indexOfSlot(keep);
        if (again.isValid()) {
            for (const Slot &s : m_grid->slotsAt(again.row(), again.column())) {
                if (s.id == keep)
                    chooseSlot(s, again.row());
            }
        }
        Q_EMIT loaded();
    });
}

void FacilityBrowser::chooseCell(int row, int column)
{
    const QVector<Slot> here = m_grid->slotsAt(row, column);
    if (here.isEmpty())
        return;
    chooseSlot(here.constFirst(), row);
}

void FacilityBrowser::setMember(const std::optional<Member> &member)
{
    const bool another = m_member && member && m_member->id != member->id;
    m_member = member;
    if (another) {
        m_slot = {};
        m_slotRow = -1;
        m_offerRow = -1;
        m_offers->setOffers({});
        Q_EMIT slotChosen();
    } else if (hasSlot() && m_slotRow >= 0) {
        chooseSlot(m_slot, m_slotRow);
    }
}

void FacilityBrowser::chooseSlot(const Slot &slot, int row)
{
    m_slot = slot;
    m_slotRow = row;
    m_offerRow = -1;
    m_offers->setOffers(slot.offers, m_member ? ageOn(m_member->person, slot.startDate.toTimeZone(Clock::zone()).date())
                                              : std::nullopt);
    if (m_offers->rowCount() == 1 && m_offers->index(0).data(OfferModel::EligibleRole).toBool())
        m_offerRow = 0; // the only level is chosen already (if it is for them)
    Q_EMIT slotChosen();
}

void FacilityBrowser::chooseOffer(int row)
{
    m_offerRow = row >= 0 && row < m_offers->rowCount() && m_offers->index(row).data(OfferModel::EligibleRole).toBool()
                     ? row
                     : -1;
}

QString FacilityBrowser::slotSummary() const
{
    if (!hasSlot() || m_slotRow < 0)
        return {};
    const FacilityUse &use = m_grid->facility(m_slotRow);
    const QString when = QLocale().toString(m_slot.startDate.toTimeZone(Clock::zone()), QStringLiteral("ddd d MMM")) +
                         QLatin1Char(' ') + hhmm(m_slot.startDate) + QStringLiteral("–") + hhmm(m_slot.endDate);
    QStringList parts{use.name, when};
    if (!m_slot.courtName.isEmpty()) {
        // A named court: the one being booked, and how many others are free at the same time.
        int free = 0;
        for (const Slot &s : use.slots)
            free += s.startDate == m_slot.startDate && isFree(s) ? 1 : 0;
        parts << m_slot.courtName;
        if (free > 1)
            parts << tr("%n court(s) free", nullptr, free);
    } else if (m_slot.maximumUses && m_slot.remainingUses) {
        parts << tr("%1 of %2 free").arg(*m_slot.remainingUses).arg(*m_slot.maximumUses);
    }
    return parts.join(QStringLiteral(" · "));
}

QString FacilityBrowser::slotDataSource() const
{
    return hasSlot() && m_slotRow >= 0 ? m_grid->facility(m_slotRow).dataSource : QString();
}

bool FacilityBrowser::canBook() const
{
    return m_member && hasSlot() && m_offerRow >= 0 && !m_slot.checkoutUrlTemplate.isNull();
}

BookingFlow::Choice FacilityBrowser::choice() const
{
    BookingFlow::Choice c;
    if (!canBook())
        return c;
    const FacilityUse &use = m_grid->facility(m_slotRow);
    c.memberId = m_member->id;
    c.eventName = use.name;
    c.eventSeriesId = use.id; // read again when the checkout ends
    c.venueName = use.location ? use.location->name : QString();
    c.opportunityType = QStringLiteral("Slot");
    c.opportunityIdentifier = m_slot.identifier;
    c.courtName = m_slot.courtName;
    c.start = m_slot.startDate;
    c.offer = m_offers->offer(m_offerRow);
    return c;
}

void FacilityBrowser::refreshAfterCheckout(const QString &slotIdentifier, bool booked)
{
    if (booked)
        m_grid->markTaken(slotIdentifier);
    load();
}

void FacilityBrowser::clear()
{
    cancelLoad();
    m_grid->setFacilities({});
    m_offers->setOffers({});
    m_slot = {};
    m_slotRow = -1;
    m_offerRow = -1;
    m_member.reset();
}

#include "OccurrenceModel.h"

#include "domain/Restrictions.h"
#include "RowRole.h"
#include "util/Clock.h"
#include "util/Text.h"

QVariant OccurrenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_timetable.dates().size())
        return {};
    const DatedOccurrence &d = m_timetable.dates().at(index.row());
    const ScheduledSession &s = d.session;
    const QString venue = d.place ? d.place->name : QString();
    auto status = [&]() -> QString {
        if (s.isFull())
            return Text::placesLeft(0);
        if (d.isNotOpenYet())
            return tr("Not open yet");
        if (!s.isBookable())
            return tr("Not bookable here");
        return Text::placesLeft(s.remainingAttendeeCapacity);
    };
    switch (role) {
    case Qt::DisplayRole:
    case RowRole::Title:
        return Text::when(s.startDate, s.endDate);
    case RowRole::Subtitle: {
        // Name the venue of every date when the session runs at more than one; say when booking opens.
        QStringList parts;
        if (m_timetable.venueCount() > 1 && !venue.isEmpty())
            parts << venue;
        if (d.isNotOpenYet())
            parts << Restrictions::notOpenYet(d.opens, Clock::instance().currentDateTimeUtc());
        return parts.join(QStringLiteral(" · "));
    }
    case RowRole::Chip:
        return status();
    case RowRole::ChipKind:
        if (!d.isBookable())
            return QStringLiteral("bad");
        return s.remainingAttendeeCapacity.value_or(99) <= 3 ? QStringLiteral("warn") : QStringLiteral("ok");
    case RowRole::Unavailable:
        return !d.isBookable();
    case Qt::AccessibleTextRole: {
        QStringList parts{Text::when(s.startDate, s.endDate)};
        if (!venue.isEmpty())
            parts << venue;
        if (const QString st = status(); !st.isEmpty())
            parts << st;
        if (d.isNotOpenYet())
            parts << Restrictions::notOpenYet(d.opens, Clock::instance().currentDateTimeUtc());
        if (!d.isBookable())
            parts << tr("unavailable");
        return parts.join(QStringLiteral(", "));
    }
    case Qt::AccessibleDescriptionRole:
        return d.isBookable() ? QString() : tr("This date cannot be booked.");
    case StartRole:
        return s.startDate;
    case VenueRole:
        return venue;
    case PlacesLeftRole:
        return s.remainingAttendeeCapacity ? QVariant(*s.remainingAttendeeCapacity) : QVariant();
    case FullRole:
        return s.isFull();
    case BookableRole:
        return d.isBookable();
    case OccurrenceIdRole:
        return s.identifier;
    default:
        return {};
    }
}

Qt::ItemFlags OccurrenceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_timetable.dates().size())
        return Qt::NoItemFlags;
    // Full and unbookable dates can still be read (and reached by a screen reader) but not chosen.
    return m_timetable.dates().at(index.row()).isBookable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                            : Qt::NoItemFlags;
}

void OccurrenceModel::setTimetable(const SessionTimetable &timetable)
{
    beginResetModel();
    m_timetable = timetable;
    endResetModel();
}

void OccurrenceModel::updateAvailability(const SessionTimetable &timetable)
{
    bool same = timetable.dates().size() == m_timetable.dates().size();
    for (int i = 0; same && i < timetable.dates().size(); ++i)
        same = timetable.dates().at(i).key == m_timetable.dates().at(i).key;
    if (!same) {
        setTimetable(timetable);
        return;
    }
    m_timetable = timetable;
    if (!m_timetable.dates().isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_timetable.dates().size()) - 1));
}

#pragma once

#include "domain/SessionTimetable.h"

#include <QAbstractListModel>

// The dates of one session, in time order, each with its venue (named when the session runs at several) and its
// places left. Full dates and dates imin cannot book are disabled.
class OccurrenceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StartRole = Qt::UserRole + 1,
        VenueRole,
        PlacesLeftRole,
        FullRole,
        BookableRole,
        OccurrenceIdRole,
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_timetable.dates().size());
    }
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setTimetable(const SessionTimetable &timetable);
    // The same dates with newer places left: rows change in place (a selection stays).
    void updateAvailability(const SessionTimetable &timetable);
    const SessionTimetable &timetable() const { return m_timetable; }
    const DatedOccurrence &date(int row) const { return m_timetable.dates().at(row); }

private:
    SessionTimetable m_timetable;
};

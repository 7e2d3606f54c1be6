#pragma once

#include "util/Problem.h"

#include "domain/SessionTimetable.h"

#include <QAbstractListModel>
#include <QPointer>

class Services;
struct EventSearchQuery;

// Search results, a page at a time: more are fetched (by following `next`) as the list scrolls. A row is one
// EventSeries with its dates worked out (SessionTimetable); it says "Full" only when every date it holds is full.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SeriesIdRole = Qt::UserRole + 1,
        VenueCountRole,
        NextStartRole,  // QDateTime of the next date with places (else the first date)
        PlacesLeftRole, // of that date; invalid when imin does not say
        AllFullRole,
        BookableRole, // some date can be booked now
    };

    explicit SessionListModel(Services *services, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void search(const EventSearchQuery &query);
    void clear();
    // Stops the page being fetched (a person gave up waiting); what is listed stays.
    void cancel();
    const SessionTimetable &timetable(int row) const { return m_rows.at(row); }
    int totalItems() const { return m_total; }
    bool isLoading() const { return m_loading; }
    // Adds rows (what a search page brought).
    void appendSeries(const QVector<EventSeries> &items);
    // A newer read of a series (its detail): rows of that series take its places left.
    void updateAvailability(const EventSeries &fresh);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const Problem &problem);
    void loaded();

private:
    void load(const QString &url, bool reset);
    Services *m_services;
    QVector<SessionTimetable> m_rows;
    QString m_next;
    int m_total = 0;
    bool m_loading = false;
    QPointer<QObject> m_requestContext; // replaced per search, so stale answers are dropped
};

#pragma once

#include "util/Problem.h"

#include "domain/Domain.h"
#include "domain/Member.h"
#include "services/BookingFlow.h"
#include "util/Clock.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

class Services;
class OfferModel;

// Courts, pitches and lanes against the hours of one day: a row per facility (nearest first), a column per hour; a
// cell holds the slots starting in that hour. Only slots with a court free are listed by imin (contract 8.1), so an
// hour without one reads "None free" and cannot be chosen.
class FacilityGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setFacilities(const QVector<FacilityUse> &uses);
    const FacilityUse &facility(int row) const { return m_uses.at(row); }
    QVector<Slot> slotsAt(int row, int column) const; // bookable ones, in time order
    int hourOf(int column) const { return m_firstHour + column; }
    QModelIndex indexOfSlot(const QString &slotId) const;
    // Marks a slot taken at once (a checkout found it gone): its cell greys if nothing else is free in it.
    void markTaken(const QString &slotId);
    static QString placeName(const FacilityUse &use);

private:
    QVector<FacilityUse> m_uses;
    int m_firstHour = 7, m_lastHour = 21;
};

// What the desk's Courts page and the kiosk's show: the day's facilities for an activity, the chosen slot and its
// price levels, and the booking to start. Logic once, for both.
class FacilityBrowser : public QObject
{
    Q_OBJECT
public:
    FacilityBrowser(Services *services, QObject *parent = nullptr);

    // The activities people book courts for (imin's activity list labels).
    static QStringList activities();
    // Another member starts afresh (no slot or level carried over); the same member's levels are checked again.
    void setMember(const std::optional<Member> &member);
    std::optional<Member> member() const { return m_member; }
    void setActivity(const QString &prefLabel) { m_activity = prefLabel; }
    QString activity() const { return m_activity; }
    void setDay(const QDate &day) { m_day = day; }
    QDate day() const { return m_day; }

    void load(); // the day's facilities for the activity
    void cancelLoad();
    bool isLoading() const { return m_loading; }
    FacilityGridModel *grid() const { return m_grid; }
    OfferModel *offers() const { return m_offers; }

    void chooseCell(int row, int column); // the first free slot in it
    void chooseSlot(const Slot &slot, int row);
    void chooseOffer(int row);
    bool hasSlot() const { return !m_slot.id.isEmpty(); }
    Slot slot() const { return m_slot; }
    QString slotSummary() const;    // "Badminton Court at … · Thu 3 Dec 18:00–19:00 · 2 of 4 courts free"
    QString slotDataSource() const; // the chosen slot's FacilityUse's imin:dataSource identifier
    bool canBook() const;
    BookingFlow::Choice choice() const;
    // A checkout ended: the day is read again, and the slot greys at once if it was the last court.
    void refreshAfterCheckout(const QString &slotIdentifier, bool booked);
    void clear();

Q_SIGNALS:
    void loaded();
    void failed(const Problem &problem);
    void busyChanged(bool busy);
    void slotChosen();

private:
    Services *m_services;
    FacilityGridModel *m_grid;
    OfferModel *m_offers;
    std::optional<Member> m_member;
    QString m_activity = QStringLiteral("Badminton");
    QDate m_day = Clock::instance().localDate();
    Slot m_slot;
    int m_slotRow = -1;
    int m_offerRow = -1;
    bool m_loading = false;
    QPointer<QObject> m_request; // the load in flight (deleting it abandons it)
};

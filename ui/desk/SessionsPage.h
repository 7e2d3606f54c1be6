#pragma once

#include "domain/Member.h"
#include "domain/SessionTimetable.h"
#include "services/BookingFlow.h"

#include <QPointer>
#include <QWidget>

class Services;
class BusyIndicator;
class Notice;
class OccurrenceModel;
class OfferModel;
class SessionBrowser;
class SessionListModel;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSpinBox;
struct EventSearchQuery;
struct MasterDetail;

// Find a session and book one of its dates at one price level for the member chosen on the Members page.
class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    SessionsPage(Services *services, QWidget *parent = nullptr);
    void setMember(const std::optional<Member> &member);
    void refresh();
    void loadFacets();
    void focusList();
    // Log-out: no member, no selection, no detail, filters back to their defaults.
    void clearAll();
    // Places may have changed for this series (a checkout ended): read its dates again if it is shown or listed.
    void refreshAvailability(const QString &eventSeriesId);
    SessionBrowser *browser() const { return m_browser; }
    SessionListModel *model() const { return m_model; }
    OccurrenceModel *dates() const { return m_dates; }
    OfferModel *offers() const { return m_offers; }

Q_SIGNALS:
    void bookRequested(const BookingFlow::Choice &choice);

private:
    // The constructor's parts.
    void buildFilters(const MasterDetail &md);
    void buildResults(const MasterDetail &md);
    void buildDetail(const MasterDetail &md);
    void buildFooter(const MasterDetail &md);
    void wireList();
    void wireDetail();
    void openSeries(int row);
    void showDetail();
    void showSource();
    void showChoice();
    void book();

    Services *m_services;
    SessionBrowser *m_browser;
    SessionListModel *m_model;
    OccurrenceModel *m_dates;
    OfferModel *m_offers;
    QComboBox *m_activity, *m_day, *m_time, *m_sort, *m_kind;
    QSpinBox *m_age;
    QListView *m_list;
    QLabel *m_resultCount, *m_memberLabel;
    BusyIndicator *m_busy;
    Notice *m_notice;
    // Detail.
    QWidget *m_detail;
    QLabel *m_name, *m_meta, *m_description, *m_source, *m_venue;
    QListView *m_dateList, *m_offerList;
    QPushButton *m_book;
    QLabel *m_bookHint, *m_offersEmpty;
    BusyIndicator *m_detailBusy;
    Notice *m_detailNotice;
};

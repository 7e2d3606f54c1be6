#pragma once

#include "domain/Member.h"
#include "services/BookingFlow.h"

#include <QWidget>

class BusyIndicator;
class Services;
class FacilityBrowser;
class Notice;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QVBoxLayout;
class QTableView;

// Courts, pitches and lanes: an activity and a day, a grid of facilities against hours with the free courts, then a
// slot's price level and "Book for …" (the desk) or "Book" (a member at the kiosk, `selfService`) into the same
// checkout as a session. One widget for both; the kiosk's style sheet makes it touch-sized.
class CourtsPage : public QWidget
{
    Q_OBJECT
public:
    CourtsPage(Services *services, bool selfService, QWidget *parent = nullptr);
    void setMember(const std::optional<Member> &member);
    void refresh();
    void focusGrid();
    void clearAll();
    FacilityBrowser *browser() const { return m_browser; }
    QTableView *grid() const { return m_grid; }

Q_SIGNALS:
    void bookRequested(const BookingFlow::Choice &choice);

private:
    // The constructor's parts.
    void buildFilters(QVBoxLayout *layout);
    void buildGrid(QVBoxLayout *layout);
    void buildChoice(QVBoxLayout *layout);
    void wireLoading();
    void wireChoice();
    void showLoaded();
    void showChoice();
    void showSource();
    void load();
    void fillDays();
    QString dayName(int index) const;
    void showEvent(QShowEvent *event) override;

    Services *m_services;
    bool m_selfService;
    FacilityBrowser *m_browser;
    QComboBox *m_activity, *m_day;
    QLabel *m_memberLabel, *m_slotSummary, *m_source, *m_empty;
    BusyIndicator *m_busy;
    Notice *m_notice;
    QTableView *m_grid;
    QListView *m_offerList;
    QPushButton *m_book;
    QDate m_daysFrom;       // the "Today" of the day list
    bool m_seekDay = false; // this load may move on to the next day with courts
    bool m_movedOn = false; // the day shown was reached by moving on from today
};

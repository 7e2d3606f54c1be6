#pragma once

#include "domain/Member.h"
#include "Widgets.h"
#include <QPointer>
#include <QTimer>
#include <QWidget>

class BusyIndicator;
class Services;
class Notice;
class QBoxLayout;
class QComboBox;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class SessionBrowser;

// The kiosk's sessions: filters preset to the member's age, the results, and one session's dates and the price levels
// the member may use (the others say who they are for). Draws a SessionBrowser, as the desk's Sessions page does.
class KioskSessionsPage : public QWidget
{
    Q_OBJECT
public:
    KioskSessionsPage(Services *services, SessionBrowser *browser, QWidget *parent = nullptr);
    void start();
    void setPortrait(bool portrait);

Q_SIGNALS:
    void bookRequested();

private:
    // The constructor's parts.
    void buildList();
    void buildDetail();
    void wireList();
    void wireDetail();
    void applyFilters();
    void showDetail();
    void showSource();
    void syncChoice();
    Services *m_services;
    SessionBrowser *m_browser;
    QBoxLayout *m_split;
    QComboBox *m_activity, *m_day, *m_time, *m_kind;
    QCheckBox *m_forMyAge;
    QListView *m_list;
    QLabel *m_count;
    BusyIndicator *m_busy;
    Notice *m_notice;
    QScrollArea *m_detailScroll;
    QWidget *m_detail, *m_detailEmpty;
    QLabel *m_name, *m_facts, *m_description, *m_source, *m_venue, *m_hint, *m_offersEmpty;
    QListView *m_dates, *m_offers;
    BusyIndicator *m_detailBusy;
    Notice *m_detailNotice;
    QPushButton *m_book;
};

#pragma once

#include "domain/Domain.h"
#include "domain/Member.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QWidget>

class DeskServices;
class BusyIndicator;
class Notice;
class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QSpinBox;

// Search results, a page at a time: more are fetched (by following `next`) as the list scrolls.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SessionListModel(DeskServices *services, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void search(const struct EventSearchQuery &query);
    const EventSeries &series(int row) const { return m_items.at(row); }
    int totalItems() const { return m_total; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const QString &message);
    void loaded();

private:
    void load(const QString &url, bool reset);
    DeskServices *m_services;
    QVector<EventSeries> m_items;
    QString m_next;
    int m_total = 0;
    bool m_loading = false;
    QObject *m_requestContext = nullptr; // replaced per search, so stale answers are dropped
};

class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    SessionsPage(DeskServices *services, QWidget *parent = nullptr);
    void setMember(const std::optional<Member> &member);
    void refresh();
    void loadFacets();

Q_SIGNALS:
    void bookRequested(const Member &member, const ScheduledSession &occurrence, const Offer &offer,
                       const QString &name);

private:
    void openSeries(int row);
    void showDetail(const EventSeries &series);
    void updateBookButton();
    struct EventSearchQuery query() const;
    DeskServices *m_services;
    std::optional<Member> m_member;
    SessionListModel *m_model;
    QComboBox *m_activity, *m_day, *m_time, *m_sort;
    QSpinBox *m_age;
    QListView *m_list;
    QLabel *m_resultCount, *m_memberLabel;
    BusyIndicator *m_busy;
    Notice *m_notice;
    // Detail.
    QWidget *m_detail;
    QLabel *m_name, *m_meta, *m_description, *m_venue;
    QListWidget *m_occurrences, *m_offers;
    QPushButton *m_book;
    QLabel *m_bookHint;
    BusyIndicator *m_detailBusy;
    Notice *m_detailNotice;
    EventSeries m_current;
    QObject *m_detailContext = nullptr;
};

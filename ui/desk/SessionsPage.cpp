#include "SessionsPage.h"

#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "RowDelegate.h"
#include "services/Services.h"
#include "SessionBrowser.h"
#include "SessionControls.h"
#include "SessionListModel.h"
#include "util/Clock.h"
#include "util/Text.h"
#include "Widgets.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QListView *rowList(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *list = new QListView(parent);
    list->setObjectName(QLatin1String(name));
    list->setAccessibleName(accessibleName);
    list->setItemDelegate(new RowDelegate(false, list));
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->verticalScrollBar()->setAccessibleName(accessibleName);
    return list;
}
} // namespace

SessionsPage::SessionsPage(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("sessionsPage"));
    const MasterDetail md = MasterDetail::build(this, 560, 620);
    QWidget *left = md.leftColumn;
    QVBoxLayout *leftLayout = md.left;
    m_memberLabel = new QLabel(left);
    m_memberLabel->setObjectName(QStringLiteral("sessionsMember"));
    m_memberLabel->setProperty("role", QStringLiteral("subtitle"));
    m_memberLabel->setWordWrap(true);
    leftLayout->addWidget(m_memberLabel);

    buildFilters(md);
    buildResults(md);
    buildDetail(md);
    buildFooter(md);
    wireList();
    wireDetail();
    setMember(std::nullopt);
}

// Activity, day, time, age, sort and kind, two to a row.
void SessionsPage::buildFilters(const MasterDetail &md)
{
    QWidget *left = md.leftColumn;
    QVBoxLayout *leftLayout = md.left;
    auto *filters = new QGridLayout;
    m_activity = new QComboBox(left);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("All activities"), QString());
    m_day = new QComboBox(left);
    m_day->setObjectName(QStringLiteral("dayFilter"));
    SessionControls::addDayChoices(m_day);
    m_time = new QComboBox(left);
    m_time->setObjectName(QStringLiteral("timeFilter"));
    SessionControls::addTimeChoices(m_time);
    m_age = new QSpinBox(left);
    m_age->setObjectName(QStringLiteral("ageFilter"));
    m_age->setRange(0, 120);
    m_age->setSpecialValueText(tr("Any age"));
    m_kind = new QComboBox(left);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    SessionControls::addKindChoices(m_kind);
    m_sort = new QComboBox(left);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->addItem(tr("Soonest first"), QStringLiteral("upcoming-sessions"));
    m_sort->addItem(tr("Nearest first"), QStringLiteral("discovery-geo"));
    m_sort->addItem(tr("Cheapest first"), QStringLiteral("discovery-price-asc"));
    auto addFilter = [&](const QString &label, QWidget *w, int row, int column) {
        auto *l = new QLabel(label, left);
        l->setBuddy(w);
        w->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        filters->addWidget(l, row * 2, column);
        filters->addWidget(w, row * 2 + 1, column);
    };
    addFilter(tr("&Activity"), m_activity, 0, 0);
    addFilter(tr("&Day"), m_day, 0, 1);
    addFilter(tr("T&ime"), m_time, 1, 0);
    addFilter(tr("For a&ge"), m_age, 1, 1);
    addFilter(tr("S&ort"), m_sort, 2, 0);
    addFilter(tr("S&how"), m_kind, 2, 1);
    leftLayout->addLayout(filters);
}

// The busy line, the notice, the count and the list of sessions found.
void SessionsPage::buildResults(const MasterDetail &md)
{
    QWidget *left = md.leftColumn;
    QVBoxLayout *leftLayout = md.left;
    m_busy = new BusyIndicator(left);
    m_busy->setObjectName(QStringLiteral("sessionsBusy"));
    m_notice = new Notice(left);
    m_notice->setObjectName(QStringLiteral("sessionsNotice"));
    m_resultCount = new QLabel(left);
    m_resultCount->setObjectName(QStringLiteral("sessionCount"));
    m_resultCount->setProperty("role", QStringLiteral("muted"));
    leftLayout->addWidget(m_busy);
    leftLayout->addWidget(m_notice);
    leftLayout->addWidget(m_resultCount);
    m_browser = new SessionBrowser(m_services, this);
    m_model = m_browser->results();
    m_list = rowList(left, "sessionResults", tr("Sessions found"));
    m_list->setModel(m_model);
    leftLayout->addWidget(m_list, 1);
}

// The chosen session: its name, facts and source, then its dates and its price levels.
void SessionsPage::buildDetail(const MasterDetail &md)
{
    QScrollArea *scroll = md.right;
    m_detail = new QWidget(scroll);
    m_detail->setObjectName(QStringLiteral("sessionDetail"));
    auto *d = new QVBoxLayout(m_detail);
    d->setContentsMargins(16, 12, 16, 12);
    m_name = new QLabel(m_detail);
    m_name->setObjectName(QStringLiteral("sessionName"));
    m_name->setProperty("role", QStringLiteral("title"));
    m_name->setWordWrap(true);
    m_meta = new QLabel(m_detail);
    m_meta->setObjectName(QStringLiteral("sessionMeta"));
    m_meta->setProperty("role", QStringLiteral("muted"));
    m_meta->setWordWrap(true);
    m_venue = new QLabel(m_detail);
    m_venue->setObjectName(QStringLiteral("sessionVenue"));
    m_venue->setWordWrap(true);
    m_description = new QLabel(m_detail);
    m_description->setObjectName(QStringLiteral("sessionDescription"));
    m_description->setWordWrap(true);
    // Whose open data this is, as imin's licence requires (contract 2.5); the name links to the dataset's page.
    m_source = new QLabel(m_detail);
    m_source->setObjectName(QStringLiteral("sessionSource"));
    m_source->setProperty("role", QStringLiteral("muted"));
    m_source->setTextFormat(Qt::RichText);
    m_source->setOpenExternalLinks(true);
    m_source->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_detailBusy = new BusyIndicator(m_detail);
    m_detailBusy->setObjectName(QStringLiteral("detailBusy"));
    m_detailNotice = new Notice(m_detail);
    m_detailNotice->setObjectName(QStringLiteral("detailNotice"));
    auto *dateLabel = new QLabel(tr("1. Choose a &date"), m_detail);
    dateLabel->setProperty("role", QStringLiteral("subtitle"));
    m_dates = m_browser->dates();
    m_dateList = rowList(m_detail, "occurrenceList", tr("Dates and times"));
    m_dateList->setModel(m_dates);
    m_dateList->setMinimumHeight(200);
    dateLabel->setBuddy(m_dateList);
    auto *offerLabel = new QLabel(tr("2. Choose a &price level"), m_detail);
    offerLabel->setProperty("role", QStringLiteral("subtitle"));
    m_offers = m_browser->offers();
    m_offerList = rowList(m_detail, "offerList", tr("Price levels"));
    m_offerList->setModel(m_offers);
    offerLabel->setBuddy(m_offerList);
    m_offersEmpty = new QLabel(tr("Choose a date to see its price levels."), m_detail);
    m_offersEmpty->setObjectName(QStringLiteral("offersEmpty"));
    m_offersEmpty->setProperty("role", QStringLiteral("muted"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_meta), static_cast<QWidget *>(m_description),
          static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_detailBusy),
          static_cast<QWidget *>(m_detailNotice), static_cast<QWidget *>(dateLabel)})
        d->addWidget(w);
    d->addWidget(m_dateList, 1);
    d->addWidget(m_venue);
    d->addWidget(offerLabel);
    d->addWidget(m_offersEmpty);
    d->addWidget(m_offerList);
    scroll->setWidget(m_detail);
    m_detail->setVisible(false);
}

void SessionsPage::buildFooter(const MasterDetail &md)
{
    // Always in view under the detail: what is still missing, and the button.
    m_bookHint = new QLabel(md.footer);
    m_bookHint->setObjectName(QStringLiteral("bookHint"));
    m_bookHint->setProperty("role", QStringLiteral("muted"));
    m_bookHint->setWordWrap(true);
    m_book = new QPushButton(md.footer);
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_book->setProperty("role", QStringLiteral("primary"));
    md.footerLayout->addWidget(m_bookHint, 1);
    md.footerLayout->addWidget(m_book);
    md.footer->show();
}

// The filters, the list and Book.
void SessionsPage::wireList()
{
    for (QComboBox *c : {m_activity, m_day, m_time, m_sort, m_kind})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &SessionsPage::refresh);
    connect(m_age, qOverload<int>(&QSpinBox::valueChanged), this, &SessionsPage::refresh);
    connect(m_model, &SessionListModel::loadingChanged, this,
            [this](bool loading) { loading ? m_busy->start(tr("Looking for sessions…"), true) : m_busy->stop(); });
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this]() {
        m_model->cancel();
        m_notice->showError(tr("Stopped waiting for imin. Try again when you are ready."), true);
    });
    connect(m_model, &SessionListModel::failed, m_notice, &Notice::showProblem);
    connect(m_notice, &Notice::retryRequested, this, &SessionsPage::refresh);
    connect(m_model, &SessionListModel::loaded, this, [this]() {
        m_notice->clear();
        const bool dropIn = m_browser->filters().kind == SessionBrowser::Filters::Kind::DropIn;
        m_resultCount->setText(!m_model->rowCount() ? tr("No sessions match. Try another day, time or activity.")
                               : dropIn             ? SessionBrowser::dropInCount(m_model->totalItems())
                                                    : tr("%Ln session(s)", nullptr, m_model->totalItems()));
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) { openSeries(i.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &i) { openSeries(i.row()); });
    SessionControls::bindChoiceLists(m_browser, m_dateList, m_offerList);
    connect(m_book, &QPushButton::clicked, this, &SessionsPage::book);
}

// The detail follows the browser: loading, failures, a date that fills, the activities found.
void SessionsPage::wireDetail()
{
    connect(m_browser, &SessionBrowser::detailChanged, this, &SessionsPage::showDetail);
    connect(&m_services->attribution(), &Attribution::loaded, this, &SessionsPage::showSource);
    connect(m_browser, &SessionBrowser::choiceChanged, this, &SessionsPage::showChoice);
    connect(m_browser, &SessionBrowser::detailLoadingChanged, this, [this](bool loading) {
        if (loading) {
            m_detailBusy->start(tr("Loading dates and prices…"), true);
            m_detailNotice->clear();
        } else {
            m_detailBusy->stop();
        }
        showChoice();
    });
    connect(m_browser, &SessionBrowser::detailFailed, m_detailNotice, &Notice::showProblem);
    connect(m_browser, &SessionBrowser::chosenDateFilled, this,
            [this]() { m_detailNotice->showWarning(tr("The date you chose is now full. Choose another date.")); });
    connect(m_browser, &SessionBrowser::activitiesLoaded, this, [this](const QVector<Concept> &activities) {
        const QString selected = m_activity->currentData().toString();
        QSignalBlocker block(m_activity);
        while (m_activity->count() > 1)
            m_activity->removeItem(1);
        for (const Concept &c : activities)
            m_activity->addItem(
                c.totalItems >= 0 ? QStringLiteral("%1 (%2)").arg(c.prefLabel).arg(c.totalItems) : c.prefLabel, c.id);
        m_activity->setCurrentIndex(std::max(0, m_activity->findData(selected)));
    });
    connect(m_detailNotice, &Notice::retryRequested, this, [this]() { m_browser->reloadDetail(); });
    connect(m_detailBusy, &BusyIndicator::cancelRequested, this, [this]() {
        m_browser->cancelDetail();
        m_detailNotice->showError(tr("Stopped waiting for this session's dates. Try again when you are ready."), true);
    });
}

void SessionsPage::setMember(const std::optional<Member> &member)
{
    m_memberLabel->setText(member ? tr("Booking for %1 (%2)").arg(member->displayName(), member->membershipNumber)
                                  : tr("Choose a member first to book (Members page, Ctrl+F)."));
    m_browser->setMember(member); // price levels explained for this member's age
}

void SessionsPage::focusList()
{
    m_list->setFocus();
    if (!m_list->currentIndex().isValid() && m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(0));
}

void SessionsPage::clearAll()
{
    m_browser->clear();
    m_detail->setVisible(false);
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_detailBusy->stop();
    m_detailNotice->clear();
    m_notice->clear();
    for (QComboBox *c : {m_activity, m_day, m_time, m_sort, m_kind}) {
        QSignalBlocker block(c);
        c->setCurrentIndex(0);
    }
    {
        QSignalBlocker block(m_age);
        m_age->setValue(0);
    }
    m_resultCount->clear();
    setMember(std::nullopt);
}

void SessionsPage::loadFacets()
{
    m_browser->loadActivities(); // on failure the filter keeps "All activities"; searching still works
}

void SessionsPage::refresh()
{
    SessionBrowser::Filters f;
    f.activityId = m_activity->currentData().toString();
    SessionControls::renewDayChoices(m_day);
    SessionControls::readDayAndTime(m_day, m_time, &f);
    f.age = m_age->value();
    f.mode = m_sort->currentData().toString();
    f.kind = SessionControls::kindOf(m_kind);
    // imin sorts swims, gym and open sessions only by time: the other orders are not offered for them.
    const bool sortable = f.kind == SessionBrowser::Filters::Kind::Classes;
    m_sort->setEnabled(sortable);
    m_sort->setToolTip(sortable ? QString() : tr("Swims, gym and open sessions are listed soonest first."));
    m_browser->setFilters(f);
    m_resultCount->clear();
    m_browser->search();
}

void SessionsPage::openSeries(int row)
{
    m_detailNotice->clear();
    m_browser->open(row);
}

void SessionsPage::refreshAvailability(const QString &eventSeriesId)
{
    m_browser->refreshAvailability(eventSeriesId);
}

void SessionsPage::showDetail()
{
    m_detail->setVisible(m_browser->hasDetail());
    if (!m_browser->hasDetail())
        return;
    const EventSeries &e = m_browser->timetable().series();
    m_name->setText(e.name);
    const QStringList facts = m_browser->detailFacts();
    m_meta->setText(facts.join(QStringLiteral("  ·  ")));
    m_meta->setVisible(!facts.isEmpty());
    m_description->setText(e.description);
    m_description->setVisible(!e.description.isEmpty());
    showSource();
    showChoice();
}

void SessionsPage::showSource()
{
    Attribution &attribution = m_services->attribution();
    attribution.load(); // once per connection; shown when it arrives
    const QString source =
        m_browser->hasDetail() ? attribution.sourceText(m_browser->timetable().series().dataSource, true) : QString();
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
}

void SessionsPage::showChoice()
{
    const int date = m_browser->chosenDate();
    // The venue and the price levels are always those of the chosen date's series.
    m_venue->setText(m_browser->venueText());
    m_venue->setVisible(!m_venue->text().isEmpty());
    // The list shows every level without scrolling (they are few); with no date chosen, a line says why it is empty.
    fitToRows(m_offerList, 48);
    m_offerList->setVisible(m_offers->rowCount() > 0);
    m_offersEmpty->setText(date >= 0 ? tr("imin lists no price levels for this date.")
                                     : tr("Choose a date to see its price levels."));
    m_offersEmpty->setVisible(m_offers->rowCount() == 0);
    const std::optional<Member> &member = m_browser->member();
    m_book->setText(member ? tr("&Book for %1").arg(member->person.givenName) : tr("&Book"));
    m_book->setEnabled(m_browser->canBook());
    m_bookHint->setText(m_browser->hint());
}

void SessionsPage::book()
{
    if (m_browser->canBook())
        Q_EMIT bookRequested(m_browser->choice());
}

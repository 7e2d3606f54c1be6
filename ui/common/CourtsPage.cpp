#include "CourtsPage.h"

#include "FacilityBrowser.h"
#include "OfferModel.h"
#include "RowDelegate.h"
#include "services/Services.h"
#include "util/Clock.h"
#include "Widgets.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

CourtsPage::CourtsPage(Services *services, bool selfService, QWidget *parent)
    : QWidget(parent), m_services(services), m_selfService(selfService), m_browser(new FacilityBrowser(services, this))
{
    setObjectName(QStringLiteral("courtsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *title = roleLabel(tr("Courts and pitches"), "title", this);
    m_memberLabel = roleLabel(QString(), "muted", this, "courtsMemberLabel");
    layout->addWidget(title);
    layout->addWidget(m_memberLabel);

    buildFilters(layout);
    buildGrid(layout);
    buildChoice(layout);
    wireLoading();
    wireChoice();
    setMember(std::nullopt);
}

// Activity and day.
void CourtsPage::buildFilters(QVBoxLayout *layout)
{
    auto *filters = new QHBoxLayout;
    auto *activityLabel = new QLabel(tr("&Activity"), this);
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("courtsActivity"));
    for (const QString &a : FacilityBrowser::activities())
        m_activity->addItem(a, a);
    activityLabel->setBuddy(m_activity);
    auto *dayLabel = new QLabel(tr("&Day"), this);
    m_day = new QComboBox(this);
    m_day->setObjectName(QStringLiteral("courtsDay"));
    fillDays();
    dayLabel->setBuddy(m_day);
    filters->addWidget(activityLabel);
    filters->addWidget(m_activity);
    filters->addSpacing(12);
    filters->addWidget(dayLabel);
    filters->addWidget(m_day);
    filters->addStretch();
    layout->addLayout(filters);
}

// The busy line, the notice, and the grid of free courts by hour (or why there are none).
void CourtsPage::buildGrid(QVBoxLayout *layout)
{
    m_busy = new BusyIndicator(this);
    m_notice = new Notice(this);
    m_notice->setObjectName(QStringLiteral("courtsNotice"));
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("facilityGrid"));
    m_grid->setAccessibleName(tr("Free courts by hour"));
    m_grid->setModel(m_browser->grid());
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setDefaultSectionSize(118);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->verticalHeader()->setMaximumWidth(360);
    m_grid->verticalHeader()->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_grid, 1);
    m_empty =
        roleLabel(tr("No courts are free near the centre for this activity on this day. Try another day or activity."),
                  "muted", this, "courtsEmpty");
    m_empty->hide();
    layout->addWidget(m_empty);
}

// The court chosen, its source, its price levels and Book.
void CourtsPage::buildChoice(QVBoxLayout *layout)
{
    auto *choice = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_slotSummary = roleLabel(tr("Choose a free court in the grid."), "subtitle", this, "slotSummary");
    m_slotSummary->setWordWrap(true);
    left->addWidget(m_slotSummary);
    // Whose open data the chosen court is (imin's licence, contract 2.5).
    m_source = roleLabel(QString(), "muted", this, "courtSource");
    m_source->setTextFormat(Qt::RichText);
    m_source->hide();
    left->addWidget(m_source);
    left->addStretch();
    m_offerList = new QListView(this);
    m_offerList->setObjectName(QStringLiteral("slotOfferList"));
    m_offerList->setAccessibleName(tr("Price levels"));
    m_offerList->setItemDelegate(new RowDelegate(false, m_offerList));
    m_offerList->setModel(m_browser->offers());
    m_offerList->setMaximumHeight(130);
    m_book = new QPushButton(tr("&Book"), this);
    m_book->setObjectName(QStringLiteral("bookSlotButton"));
    m_book->setProperty("role", QStringLiteral("primary"));
    m_book->setEnabled(false);
    choice->addLayout(left, 2);
    choice->addWidget(m_offerList, 2);
    choice->addWidget(m_book, 0, Qt::AlignBottom);
    layout->addLayout(choice);
}

void CourtsPage::wireLoading()
{
    connect(&m_services->attribution(), &Attribution::loaded, this, &CourtsPage::showSource);

    // Another activity: from today again, on to the next day with courts if today has none left.
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_movedOn) {
            const QSignalBlocker blocker(m_day);
            m_day->setCurrentIndex(0);
        }
        refresh();
    });
    // A day the person chose is shown as it is, empty or not.
    connect(m_day, &QComboBox::currentIndexChanged, this, [this]() {
        m_seekDay = false;
        m_movedOn = false;
        load();
    });
    connect(m_browser, &FacilityBrowser::busyChanged, this, [this](bool busy) {
        if (busy)
            m_busy->start(tr("Finding free courts…"), true);
        else
            m_busy->stop();
    });
    connect(m_busy, &BusyIndicator::cancelRequested, m_browser, &FacilityBrowser::cancelLoad);
    connect(m_browser, &FacilityBrowser::failed, this, [this](const Problem &problem) {
        m_notice->showError(tr("The courts could not be found: %1").arg(problem.sentence()), problem.canRetry());
    });
    connect(m_notice, &Notice::retryRequested, this, &CourtsPage::refresh);
    connect(m_browser, &FacilityBrowser::loaded, this, &CourtsPage::showLoaded);
}

void CourtsPage::wireChoice()
{
    connect(m_grid, &QTableView::clicked, this,
            [this](const QModelIndex &index) { m_browser->chooseCell(index.row(), index.column()); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            m_browser->chooseCell(index.row(), index.column());
    });
    connect(m_browser, &FacilityBrowser::slotChosen, this, &CourtsPage::showChoice);
    connect(m_offerList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        m_browser->chooseOffer(i.row());
        showChoice();
    });
    connect(m_book, &QPushButton::clicked, this, [this]() {
        if (m_browser->canBook())
            Q_EMIT bookRequested(m_browser->choice());
    });
}

// A day's courts arrived: show them, or move on to the next day with courts when today has none left.
void CourtsPage::showLoaded()
{
    const bool any = m_browser->grid()->rowCount() > 0;
    // After closing time (or with every court taken) today has nothing: open on the next day that has courts,
    // as a receptionist would, and say so.
    if (!any && m_seekDay) {
        if (m_day->currentIndex() + 1 < m_day->count()) {
            const QSignalBlocker blocker(m_day);
            m_day->setCurrentIndex(m_day->currentIndex() + 1);
            m_movedOn = true;
            load();
            return;
        }
        const QSignalBlocker blocker(m_day); // a week without courts: say so on today
        m_day->setCurrentIndex(0);
        m_browser->setDay(m_day->currentData().toDate());
        m_movedOn = false;
    }
    m_seekDay = false;
    m_notice->clear();
    if (any && m_movedOn)
        m_notice->showInfo(tr("No courts are free for the rest of today. Showing %1, the next day with free courts.")
                               .arg(dayName(m_day->currentIndex())));
    const bool focusHere = isAncestorOf(QApplication::focusWidget());
    m_empty->setVisible(!any);
    m_grid->setVisible(any);
    // Nothing to choose: no "choose a court" and no Book button beside the message.
    m_slotSummary->setVisible(any);
    m_book->setVisible(any);
    if (!any && focusHere)
        m_activity->setFocus(); // the grid that had the focus is gone: keep it in the page
    showChoice();
}

void CourtsPage::setMember(const std::optional<Member> &member)
{
    m_browser->setMember(member);
    m_memberLabel->setVisible(!m_selfService); // at the kiosk it is the member's own screen
    m_memberLabel->setText(member
                               ? tr("Booking for %1 %2 (%3)")
                                     .arg(member->person.givenName, member->person.familyName, member->membershipNumber)
                               : tr("Choose a member on the Members page to book for them."));
    showChoice();
}

void CourtsPage::refresh()
{
    // A page left open overnight: "Today" is today again.
    if (m_daysFrom != Clock::instance().localDate()) {
        const QSignalBlocker blocker(m_day);
        fillDays();
    }
    m_seekDay = m_day->currentIndex() == 0;
    m_movedOn = false;
    load();
}

void CourtsPage::load()
{
    m_browser->setActivity(m_activity->currentData().toString());
    m_browser->setDay(m_day->currentData().toDate());
    m_browser->load();
}

QString CourtsPage::dayName(int index) const
{
    const QDate d = m_daysFrom.addDays(index);
    return index == 0   ? tr("today")
           : index == 1 ? tr("tomorrow (%1)").arg(QLocale().toString(d, QStringLiteral("dddd d MMMM")))
                        : QLocale().toString(d, QStringLiteral("dddd d MMMM"));
}

void CourtsPage::fillDays()
{
    m_daysFrom = Clock::instance().localDate();
    m_day->clear();
    for (int i = 0; i < 7; ++i) {
        const QDate d = m_daysFrom.addDays(i);
        const QString name = i == 0   ? tr("Today")
                             : i == 1 ? tr("Tomorrow")
                                      : QLocale().toString(d, QStringLiteral("dddd d MMMM"));
        m_day->addItem(name, d);
    }
}

void CourtsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown again after midnight: the days move on, and the grid of a day now past goes.
    if (m_daysFrom != Clock::instance().localDate() && !m_browser->isLoading())
        refresh();
}

void CourtsPage::focusGrid()
{
    // Into the page, never the top bar: the grid, or the activity while there is no grid to show.
    if (m_grid->isVisibleTo(this) && m_browser->grid()->rowCount() > 0)
        m_grid->setFocus();
    else
        m_activity->setFocus();
}

void CourtsPage::clearAll()
{
    m_browser->clear();
    {
        const QSignalBlocker a(m_activity), d(m_day);
        m_activity->setCurrentIndex(0);
        fillDays();
    }
    m_seekDay = m_movedOn = false;
    m_notice->clear();
    setMember(std::nullopt);
}

void CourtsPage::showSource()
{
    Attribution &attribution = m_services->attribution();
    attribution.load();
    const QString source =
        m_browser->hasSlot() ? attribution.sourceText(m_browser->slotDataSource(), !m_selfService) : QString();
    m_source->setText(source);
    m_source->setOpenExternalLinks(!m_selfService);
    m_source->setVisible(!source.isEmpty());
}

void CourtsPage::showChoice()
{
    const bool slot = m_browser->hasSlot();
    m_slotSummary->setText(slot ? m_browser->slotSummary() : tr("Choose a free court in the grid."));
    showSource();
    m_offerList->setVisible(slot);
    if (slot) {
        fitToRows(m_offerList, 44);
        const BookingFlow::Choice c = m_browser->choice();
        if (c.offer.id.isEmpty() && m_browser->offers()->rowCount() == 1)
            m_offerList->setCurrentIndex(m_browser->offers()->index(0));
    }
    const std::optional<Member> member = m_browser->member();
    m_book->setText(member && !m_selfService ? tr("&Book for %1").arg(member->person.givenName) : tr("&Book"));
    m_book->setEnabled(m_browser->canBook());
    m_book->setToolTip(!member ? tr("Choose a member on the Members page first")
                       : !slot ? tr("Choose a free court in the grid")
                               : QString());
}

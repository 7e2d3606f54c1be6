#include "BookingsPage.h"

#include "BookingModels.h"
#include "FileDialog.h"
#include "MemberBookings.h"
#include "MessageBox.h"
#include "OrderPanel.h"
#include "ReceiptView.h"
#include "RowDelegate.h"
#include "services/Calendar.h"
#include "services/Services.h"
#include "util/Clock.h"
#include "util/Text.h"
#include "Widgets.h"

#include <QDir>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
template <typename View> View *rowView(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *view = new View(parent);
    view->setObjectName(QLatin1String(name));
    view->setAccessibleName(accessibleName);
    view->setItemDelegate(new RowDelegate(false, view));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalScrollBar()->setAccessibleName(accessibleName);
    return view;
}

QLabel *emptyLabel(const QString &text, QWidget *parent, const char *name)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setProperty("role", QStringLiteral("muted"));
    label->hide();
    return label;
}
} // namespace

BookingsPage::BookingsPage(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("bookingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bookingsTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(m_title);

    buildNoMember(layout);
    buildLists(layout);
    buildOrderPanel(layout);
    wireLists();
    showNoMember();
}

void BookingsPage::buildNoMember(QVBoxLayout *layout)
{
    // No member chosen: say so, and offer the way to choose one.
    m_noMember = new QFrame(this);
    m_noMember->setObjectName(QStringLiteral("bookingsNoMember"));
    m_noMember->setProperty("role", QStringLiteral("card"));
    auto *noMemberLayout = new QVBoxLayout(m_noMember);
    noMemberLayout->setContentsMargins(24, 20, 24, 20);
    auto *hint = new QLabel(tr("Choose a member to see their upcoming bookings and order history."), m_noMember);
    hint->setWordWrap(true);
    auto *find = new QPushButton(tr("&Find a member (Ctrl+F)"), m_noMember);
    find->setObjectName(QStringLiteral("findMemberButton"));
    find->setProperty("role", QStringLiteral("primary"));
    noMemberLayout->addWidget(hint);
    noMemberLayout->addWidget(find, 0, Qt::AlignLeft);
    m_noMember->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_noMember);
    connect(find, &QPushButton::clicked, this, &BookingsPage::findMemberRequested);
}

// The busy line and the notice, then the member's upcoming bookings (cancel, calendar) and order history.
void BookingsPage::buildLists(QVBoxLayout *layout)
{
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("bookingsBusy"));
    m_notice = new Notice(this);
    m_notice->setObjectName(QStringLiteral("bookingsNotice"));
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);

    m_content = new QSplitter(this);
    m_content->setObjectName(QStringLiteral("bookingsContent"));
    auto *split = static_cast<QSplitter *>(m_content);
    split->setChildrenCollapsible(false);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    auto *upLabel = new QLabel(tr("&Upcoming"), left);
    upLabel->setProperty("role", QStringLiteral("subtitle"));
    m_bookings = new MemberBookings(m_services, this);
    m_upcomingModel = m_bookings->upcoming();
    m_upcoming = rowView<QListView>(left, "upcomingList", tr("Upcoming bookings"));
    m_upcoming->setModel(m_upcomingModel);
    upLabel->setBuddy(m_upcoming);
    m_upcomingEmpty = emptyLabel(tr("No upcoming bookings."), left, "upcomingEmpty");
    auto *cancelRow = new QHBoxLayout;
    m_cancel = new QPushButton(tr("&Cancel this booking…"), left);
    m_cancel->setObjectName(QStringLiteral("cancelBookingButton"));
    m_cancel->setProperty("role", QStringLiteral("danger"));
    m_cancel->setEnabled(false);
    m_cancelWhy = new QLabel(left);
    m_cancelWhy->setObjectName(QStringLiteral("cancelReason"));
    m_cancelWhy->setProperty("role", QStringLiteral("muted"));
    m_cancelWhy->setWordWrap(true);
    cancelRow->addWidget(m_cancel);
    cancelRow->addWidget(m_cancelWhy, 1);
    auto *calendarRow = new QHBoxLayout;
    m_toCalendar = new QPushButton(tr("Add to c&alendar…"), left);
    m_toCalendar->setObjectName(QStringLiteral("addToCalendarButton"));
    m_toCalendar->setToolTip(tr("Save the chosen booking as a calendar file (.ics) to open in any calendar"));
    m_toCalendar->setEnabled(false);
    m_allToCalendar = new QPushButton(tr("All upcoming to calendar…"), left);
    m_allToCalendar->setObjectName(QStringLiteral("allToCalendarButton"));
    m_allToCalendar->setToolTip(tr("Save every upcoming booking as one calendar file (.ics)"));
    m_allToCalendar->setEnabled(false);
    calendarRow->addWidget(m_toCalendar);
    calendarRow->addWidget(m_allToCalendar);
    calendarRow->addStretch();
    auto *histLabel = new QLabel(tr("Order &history"), left);
    histLabel->setProperty("role", QStringLiteral("subtitle"));
    m_historyModel = m_bookings->history();
    m_history = rowView<QTreeView>(left, "historyList", tr("Order history"));
    m_history->setModel(m_historyModel);
    m_history->setHeaderHidden(true);
    m_history->setUniformRowHeights(false);
    histLabel->setBuddy(m_history);
    m_historyEmpty = emptyLabel(tr("No orders yet."), left, "historyEmpty");
    leftLayout->addWidget(upLabel);
    leftLayout->addWidget(m_upcoming, 3);
    leftLayout->addWidget(m_upcomingEmpty);
    leftLayout->addLayout(cancelRow);
    leftLayout->addLayout(calendarRow);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(histLabel);
    leftLayout->addWidget(m_history, 2);
    leftLayout->addWidget(m_historyEmpty);
}

// The chosen order, beside the lists.
void BookingsPage::buildOrderPanel(QVBoxLayout *layout)
{
    auto *split = static_cast<QSplitter *>(m_content);
    auto *orderCard = new OrderPanel(m_services, m_bookings, false, split);
    m_orderPanel = orderCard;
    split->addWidget(orderCard);
    split->setSizes({620, 480});
    for (int i = 0; i < split->count(); ++i)
        split->handle(i)->setAccessibleName(tr("Resize the bookings and the order"));
    split->setAccessibleName(tr("Resize the bookings and the order"));
    layout->addWidget(m_content, 1);
    layout->addStretch(); // takes the space while there is no member to show
}

void BookingsPage::wireLists()
{
    connect(m_upcoming->selectionModel(), &QItemSelectionModel::currentChanged, this, &BookingsPage::upcomingChosen);
    connect(m_history, &QTreeView::clicked, this, &BookingsPage::historyChosen);
    connect(m_history, &QTreeView::activated, this, &BookingsPage::historyChosen);
    connect(m_cancel, &QPushButton::clicked, this, &BookingsPage::cancelSelected);
    connect(m_toCalendar, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_upcoming->currentIndex();
        if (current.isValid())
            saveToCalendar({m_upcomingModel->item(current.row())});
    });
    connect(m_allToCalendar, &QPushButton::clicked, this, [this]() {
        QVector<OrderItem> items;
        for (int row = 0; row < m_upcomingModel->rowCount(); ++row)
            items << m_upcomingModel->item(row);
        saveToCalendar(items);
    });
    connect(m_notice, &Notice::retryRequested, m_bookings, &MemberBookings::reload);
    connect(m_busy, &BusyIndicator::cancelRequested, m_bookings, &MemberBookings::stopLoading);
    connect(m_bookings, &MemberBookings::busyChanged, this, [this](bool busy, const QString &what, bool cancellable) {
        busy ? m_busy->start(what, cancellable) : m_busy->stop();
    });
    connect(m_bookings, &MemberBookings::failed, m_notice, &Notice::showProblem);
    connect(m_bookings, &MemberBookings::info, this, [this](const QString &message) { m_notice->showInfo(message); });
    connect(m_bookings, &MemberBookings::upcomingLoaded, this, [this](int highlighted) {
        m_upcomingEmpty->setVisible(m_upcomingModel->rowCount() == 0);
        m_allToCalendar->setEnabled(m_upcomingModel->rowCount() > 0);
        if (highlighted >= 0)
            m_upcoming->setCurrentIndex(m_upcomingModel->index(highlighted));
        if (!m_upcoming->currentIndex().isValid())
            upcomingChosen(); // nothing is chosen in a list read again: nothing to cancel or add to a calendar
    });
    connect(m_bookings, &MemberBookings::historyLoaded, this,
            [this]() { m_historyEmpty->setVisible(m_historyModel->rowCount() == 0); });
    connect(m_orderPanel, &OrderPanel::failed, this, [this](const Problem &problem) {
        m_notice->showError(tr("The order could not be read: %1").arg(problem.sentence()), problem.canRetry());
    });
}

void BookingsPage::showNoMember()
{
    m_title->setText(tr("Bookings"));
    m_noMember->show();
    m_content->hide();
}

void BookingsPage::focusList()
{
    if (m_content->isVisible())
        m_upcoming->setFocus();
    else
        m_noMember->findChild<QPushButton *>(QStringLiteral("findMemberButton"))->setFocus();
}

void BookingsPage::showMember(const Member &member, const QString &highlightOpportunity)
{
    m_title->setText(tr("Bookings for %1").arg(member.displayName()));
    m_noMember->hide();
    m_content->show();
    clearOrder();
    m_notice->clear();
    m_cancel->setEnabled(false);
    m_cancelWhy->clear();
    m_toCalendar->setEnabled(false);
    m_allToCalendar->setEnabled(false);
    m_upcomingEmpty->hide();
    m_historyEmpty->hide();
    m_bookings->show(member, highlightOpportunity);
}

QString BookingsPage::highlighted() const
{
    return m_bookings->highlighted();
}

void BookingsPage::clearOrder()
{
    m_orderPanel->clear();
}

void BookingsPage::clearAll()
{
    m_bookings->clear();
    clearOrder();
    m_notice->clear();
    m_busy->stop();
    m_cancel->setEnabled(false);
    m_cancelWhy->clear();
    m_toCalendar->setEnabled(false);
    m_allToCalendar->setEnabled(false);
    m_upcomingEmpty->hide();
    m_historyEmpty->hide();
    showNoMember();
}

void BookingsPage::upcomingChosen()
{
    const QModelIndex current = m_upcoming->currentIndex();
    const QString why = current.isValid() ? m_bookings->chooseUpcoming(current.row()) : QString();
    m_cancel->setEnabled(current.isValid() && why.isEmpty());
    m_toCalendar->setEnabled(current.isValid());
    // Said beside the button, not only in a tooltip.
    m_cancelWhy->setText(why);
    m_cancel->setAccessibleDescription(why);
}

void BookingsPage::historyChosen(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    // The order chosen in the history is the one shown, whatever the upcoming list had selected.
    m_upcoming->selectionModel()->clear();
    m_cancel->setEnabled(false);
    m_toCalendar->setEnabled(false);
    m_cancelWhy->clear();
    m_bookings->loadOrder(index.data(OrderHistoryModel::OrderIdRole).toString());
}

void BookingsPage::cancelSelected()
{
    const QModelIndex current = m_upcoming->currentIndex();
    if (!current.isValid())
        return;
    const OrderItem item = m_upcomingModel->item(current.row());
    if (!MessageBox::confirm(this, tr("Cancel booking"), m_bookings->cancelQuestion(item, false), tr("Cancel booking"),
                             tr("Keep booking")))
        return;
    m_cancel->setEnabled(false);
    m_bookings->cancel(item);
}

void BookingsPage::saveToCalendar(const QVector<OrderItem> &items)
{
    QVector<Calendar::Event> events;
    for (const OrderItem &item : items)
        events << Calendar::eventFor(item);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save to a calendar file"),
                                    QDir(folder).filePath(Calendar::fileNameFor(events)), tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return; // cancelled
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(Calendar::write(events, Clock::instance().currentDateTimeUtc())) < 0 || !file.commit()) {
        m_notice->showError(tr("The calendar file could not be saved to %1 (%2). Choose another folder and try again.")
                                .arg(QDir::toNativeSeparators(path), file.errorString()),
                            false);
        return;
    }
    m_notice->showInfo(tr("Saved %n booking(s) to %1: open it to add them to a calendar.", nullptr, int(events.size()))
                           .arg(QDir::toNativeSeparators(path)));
}

#include "KioskBookingsPage.h"

#include "Accessibility.h"
#include "AdminExitOverlay.h"
#include "BookingEnd.h"
#include "BookingModels.h"
#include "CheckoutPage.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "CourtsPage.h"
#include "domain/MemberValidation.h"
#include "domain/Restrictions.h"
#include "FacilityBrowser.h"
#include "KioskOverlay.h"
#include "KioskParts.h"

using namespace KioskParts;
#include "MemberBookings.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "OrderPanel.h"
#include "ReceiptView.h"
#include "RowDelegate.h"
#include "services/BookingFlow.h"
#include "services/Services.h"
#include "SessionBrowser.h"
#include "SessionControls.h"
#include "SessionListModel.h"
#include "util/Clock.h"
#include "util/Text.h"
#include "Widgets.h"
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

// ---------------------------------------------------------------------------------------------------------------
KioskBookingsPage::KioskBookingsPage(Services *services, MemberBookings *bookings, ConfirmOverlay *confirm,
                                     QWidget *parent)
    : QWidget(parent), m_bookings(bookings), m_confirm(confirm)
{
    setObjectName(QStringLiteral("kioskBookings"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 12, 24, 12);
    outer->addWidget(label(tr("My bookings"), "title", this));
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("kioskBookingsBusy"));
    m_notice = new Notice(this);
    m_notice->setObjectName(QStringLiteral("kioskBookingsNotice"));
    outer->addWidget(m_busy);
    outer->addWidget(m_notice);
    m_split = new QBoxLayout(QBoxLayout::LeftToRight);
    m_split->setSpacing(24);
    outer->addLayout(m_split, 1);

    auto *left = new QWidget(this);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(label(tr("Coming up"), "subtitle", left));
    m_upcoming = touchList<QListView>(left, "kioskUpcomingList", tr("Coming up"));
    m_upcoming->setModel(m_bookings->upcoming());
    m_upcomingEmpty = label(tr("Nothing booked yet."), "muted", left, "kioskUpcomingEmpty");
    m_upcomingEmpty->hide();
    m_cancel = new QPushButton(tr("Cancel this booking"), left);
    m_cancel->setObjectName(QStringLiteral("kioskCancelButton"));
    m_cancel->setProperty("role", QStringLiteral("danger"));
    m_cancel->setEnabled(false);
    m_cancelWhy = label(QString(), "muted", left, "kioskCancelReason");
    l->addWidget(m_upcoming, 3);
    l->addWidget(m_upcomingEmpty);
    l->addWidget(m_cancel);
    l->addWidget(m_cancelWhy);
    l->addWidget(label(tr("Past orders"), "subtitle", left));
    m_history = touchList<QTreeView>(left, "kioskHistoryList", tr("Past orders"));
    m_history->setModel(m_bookings->history());
    m_history->setHeaderHidden(true);
    m_history->setUniformRowHeights(false);
    m_historyEmpty = label(tr("No orders yet."), "muted", left, "kioskHistoryEmpty");
    m_historyEmpty->hide();
    l->addWidget(m_history, 2);
    l->addWidget(m_historyEmpty);
    m_split->addWidget(left, 1);

    auto *card = new OrderPanel(services, m_bookings, true, this);
    m_order = card;
    card->clear(tr("Choose a booking or an order to see it here."));
    m_split->addWidget(card, 1);

    connect(m_bookings, &MemberBookings::busyChanged, this, [this](bool busy, const QString &what, bool cancellable) {
        busy ? m_busy->start(what, cancellable) : m_busy->stop();
    });
    connect(m_busy, &BusyIndicator::cancelRequested, m_bookings, &MemberBookings::stopLoading);
    connect(m_bookings, &MemberBookings::failed, m_notice, &Notice::showProblem);
    connect(m_bookings, &MemberBookings::info, this, [this](const QString &m) { m_notice->showInfo(m); });
    connect(m_notice, &Notice::retryRequested, m_bookings, &MemberBookings::reload);
    connect(m_bookings, &MemberBookings::upcomingLoaded, this, [this](int highlighted) {
        m_upcomingEmpty->setVisible(m_bookings->upcoming()->rowCount() == 0);
        if (highlighted >= 0)
            m_upcoming->setCurrentIndex(m_bookings->upcoming()->index(highlighted));
        upcomingChosen();
    });
    connect(m_bookings, &MemberBookings::historyLoaded, this,
            [this]() { m_historyEmpty->setVisible(m_bookings->history()->rowCount() == 0); });
    connect(m_upcoming, &QListView::clicked, this, &KioskBookingsPage::upcomingChosen);
    connect(m_upcoming->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &KioskBookingsPage::upcomingChosen);
    connect(m_history, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        m_upcoming->selectionModel()->clear();
        m_cancel->setEnabled(false);
        m_cancelWhy->clear();
        m_bookings->loadOrder(i.data(OrderHistoryModel::OrderIdRole).toString());
    });
    connect(card, &OrderPanel::failed, this, [this](const Problem &problem) {
        m_notice->showError(tr("The order could not be read: %1").arg(problem.sentence()), false);
    });
    connect(m_cancel, &QPushButton::clicked, this, &KioskBookingsPage::cancelSelected);
}

void KioskBookingsPage::setPortrait(bool portrait)
{
    m_split->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void KioskBookingsPage::showFor(const Member &member, const QString &highlight)
{
    m_notice->clear();
    m_order->clear(tr("Choose a booking or an order to see it here."));
    m_bookings->show(member, highlight);
}

void KioskBookingsPage::upcomingChosen()
{
    const QModelIndex current = m_upcoming->currentIndex();
    const QString why = current.isValid() ? m_bookings->chooseUpcoming(current.row()) : QString();
    m_cancel->setEnabled(current.isValid() && why.isEmpty());
    // Said beside the button, not only in a tooltip.
    m_cancelWhy->setText(why);
    m_cancel->setAccessibleDescription(why);
}

void KioskBookingsPage::cancelSelected()
{
    const QModelIndex current = m_upcoming->currentIndex();
    if (!current.isValid())
        return;
    const OrderItem item = m_bookings->upcoming()->item(current.row());
    m_confirm->ask(tr("Cancel booking"), m_bookings->cancelQuestion(item, true), tr("Cancel booking"),
                   tr("Keep booking"), [this, item](bool yes) {
                       if (!yes)
                           return;
                       m_cancel->setEnabled(false);
                       m_bookings->cancel(item);
                   });
}

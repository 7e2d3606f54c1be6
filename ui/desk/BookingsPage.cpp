#include "BookingsPage.h"

#include "app/DeskServices.h"
#include "BookingModels.h"
#include "MessageBox.h"
#include "ReceiptView.h"
#include "RowDelegate.h"
#include "util/Text.h"
#include "Widgets.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
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

BookingsPage::BookingsPage(DeskServices *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("bookingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bookingsTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(m_title);

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
    m_upcomingModel = new UpcomingItemsModel(this);
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
    auto *histLabel = new QLabel(tr("Order &history"), left);
    histLabel->setProperty("role", QStringLiteral("subtitle"));
    m_historyModel = new OrderHistoryModel(this);
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
    leftLayout->addSpacing(8);
    leftLayout->addWidget(histLabel);
    leftLayout->addWidget(m_history, 2);
    leftLayout->addWidget(m_historyEmpty);

    auto *orderCard = new QFrame(split);
    orderCard->setObjectName(QStringLiteral("orderCard"));
    orderCard->setProperty("role", QStringLiteral("card"));
    auto *orderLayout = new QVBoxLayout(orderCard);
    m_order = new QLabel(orderCard);
    m_order->setObjectName(QStringLiteral("orderDetail"));
    m_order->setWordWrap(true);
    m_order->setTextFormat(Qt::RichText);
    m_order->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_order->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_showReceipt = new QPushButton(tr("Show the &receipt"), orderCard);
    m_showReceipt->setObjectName(QStringLiteral("showReceiptButton"));
    m_showReceipt->hide();
    m_receipt = new ReceiptView(services, orderCard);
    m_receipt->hide();
    orderLayout->addWidget(m_order);
    orderLayout->addWidget(m_showReceipt, 0, Qt::AlignLeft);
    orderLayout->addWidget(m_receipt, 1);
    orderLayout->addStretch();
    split->addWidget(left);
    split->addWidget(orderCard);
    split->setSizes({620, 480});
    for (int i = 0; i < split->count(); ++i)
        split->handle(i)->setAccessibleName(tr("Resize the bookings and the order"));
    layout->addWidget(m_content, 1);
    layout->addStretch(); // takes the space while there is no member to show

    connect(find, &QPushButton::clicked, this, &BookingsPage::findMemberRequested);
    connect(m_upcoming->selectionModel(), &QItemSelectionModel::currentChanged, this, &BookingsPage::upcomingChosen);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            showOrder(i.data(OrderHistoryModel::OrderIdRole).toString());
    });
    connect(m_cancel, &QPushButton::clicked, this, &BookingsPage::cancelSelected);
    connect(m_notice, &Notice::retryRequested, this, &BookingsPage::reload);
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this]() {
        delete m_context;
        m_notice->showError(tr("Stopped waiting for imin. Try again when you are ready."), true);
    });
    connect(m_showReceipt, &QPushButton::clicked, this, [this]() {
        if (m_shownOrder.receipts.isEmpty())
            return;
        m_receipt->show();
        m_receipt->load(m_shownOrder.receipts.first().url,
                        tr("Receipt %1")
                            .arg(m_shownOrder.confirmationNumber.isEmpty() ? m_shownOrder.identifier
                                                                           : m_shownOrder.confirmationNumber));
    });
    showNoMember();
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
    m_member = member;
    m_highlight = highlightOpportunity;
    m_title->setText(tr("Bookings for %1").arg(member.displayName()));
    m_noMember->hide();
    m_content->show();
    reload();
}

void BookingsPage::clearAll()
{
    delete m_context;
    delete m_orderContext;
    m_member = Member();
    m_shownOrder = Order();
    m_highlight.clear();
    m_upcomingModel->setItems({});
    m_historyModel->setOrders({});
    m_order->clear();
    m_showReceipt->hide();
    m_receipt->clear();
    m_receipt->hide();
    m_notice->clear();
    m_busy->stop();
    m_cancel->setEnabled(false);
    m_cancelWhy->clear();
    m_upcomingEmpty->hide();
    m_historyEmpty->hide();
    showNoMember();
}

void BookingsPage::reload()
{
    delete m_context;
    m_context = new QObject(this);
    m_upcomingModel->setItems({});
    m_historyModel->setOrders({});
    m_order->clear();
    m_showReceipt->hide();
    m_receipt->clear();
    m_receipt->hide();
    m_notice->clear();
    m_cancel->setEnabled(false);
    m_cancelWhy->clear();
    if (m_member.iminIdentifier.isEmpty()) {
        if (const auto fresh = m_services->store().member(m_member.id))
            m_member = *fresh;
    }
    if (m_member.iminIdentifier.isEmpty()) {
        m_notice->showInfo(tr("%1 is not in imin yet, so there are no bookings to show.").arg(m_member.displayName()));
        return;
    }
    m_busy->start(tr("Reading bookings from imin…"), true);
    auto pending = std::make_shared<int>(2);
    auto done = [this, pending]() {
        if (--*pending == 0)
            m_busy->stop();
    };
    m_services->client().allUpcomingItems(m_member.iminIdentifier, m_context,
                                          [this, done](const Result<QVector<OrderItem>> &r) {
                                              done();
                                              if (!r.ok()) {
                                                  m_notice->showError(r.error.message(), true);
                                                  return;
                                              }
                                              m_upcomingModel->setItems(*r.value, m_highlight);
                                              m_upcomingEmpty->setVisible(r.value->isEmpty());
                                              const int select = m_upcomingModel->highlightedRow();
                                              if (select >= 0)
                                                  m_upcoming->setCurrentIndex(m_upcomingModel->index(select));
                                          });
    m_services->client().allOrderHistory(m_member.iminIdentifier, m_context,
                                         [this, done](const Result<QVector<Order>> &r) {
                                             done();
                                             if (!r.ok()) {
                                                 m_notice->showError(r.error.message(), true);
                                                 return;
                                             }
                                             m_historyModel->setOrders(*r.value);
                                             m_historyEmpty->setVisible(r.value->isEmpty());
                                         });
}

void BookingsPage::upcomingChosen()
{
    const QModelIndex current = m_upcoming->currentIndex();
    if (!current.isValid()) {
        m_cancel->setEnabled(false);
        m_cancelWhy->clear();
        return;
    }
    const OrderItem &item = m_upcomingModel->item(current.row());
    const QString why = UpcomingItemsModel::whyNotCancellable(item);
    m_cancel->setEnabled(why.isEmpty());
    // Said beside the button, not only in a tooltip.
    m_cancelWhy->setText(why);
    m_cancel->setAccessibleDescription(why);
    showOrder(item.orderIdentifier);
}

void BookingsPage::showOrder(const QString &orderIdentifier)
{
    if (orderIdentifier.isEmpty())
        return;
    delete m_orderContext;
    m_orderContext = new QObject(this);
    m_order->setText(tr("Loading order…"));
    m_showReceipt->hide();
    m_receipt->clear();
    m_receipt->hide();
    m_services->client().order(orderIdentifier, m_orderContext, [this](const Result<Order> &r) {
        if (!r.ok()) {
            m_order->clear();
            m_notice->showError(tr("The order could not be read: %1").arg(r.error.message()), false);
            return;
        }
        const Order &o = *r.value;
        m_shownOrder = o;
        QString html = QStringLiteral("<h3>%1</h3><p>%2")
                           .arg(tr("Order %1").arg(o.confirmationNumber.toHtmlEscaped()),
                                tr("Placed %1").arg(Text::whenWithYear(o.orderDate)));
        if (!o.sellerName.isEmpty())
            html += QStringLiteral("<br>") + tr("Sold by %1").arg(o.sellerName.toHtmlEscaped());
        html += QStringLiteral("</p><ul>");
        double refunded = 0;
        for (const OrderItem &i : o.items) {
            const bool cancelled = i.status.contains(QLatin1String("Cancelled"));
            if (cancelled && i.acceptedOffer.price)
                refunded += *i.acceptedOffer.price;
            html += QStringLiteral("<li><b>%1</b><br>%2 · %3<br>%4 %5 · <b>%6</b></li>")
                        .arg(i.name.toHtmlEscaped(), Text::when(i.startDate, i.endDate), i.venueName.toHtmlEscaped(),
                             i.acceptedOffer.name.toHtmlEscaped(),
                             i.acceptedOffer.price ? Text::money(*i.acceptedOffer.price) : QString(),
                             BookingText::status(i.status));
        }
        html += QStringLiteral("</ul>");
        if (o.totalPaymentDue)
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Total paid %1").arg(Text::money(*o.totalPaymentDue)));
        if (refunded > 0)
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(tr("Refund for cancelled bookings: %1, to the card used to pay.").arg(Text::money(refunded)));
        else if (std::any_of(o.items.begin(), o.items.end(),
                             [](const OrderItem &i) { return i.status.contains(QLatin1String("Cancelled")); }))
            html += QStringLiteral("<p>%1</p>").arg(tr("Cancelled; nothing was paid, so there is nothing to refund."));
        m_order->setText(html);
        m_showReceipt->setVisible(!o.receipts.isEmpty());
    });
}

void BookingsPage::cancelSelected()
{
    const QModelIndex current = m_upcoming->currentIndex();
    if (!current.isValid())
        return;
    const OrderItem item = m_upcomingModel->item(current.row());
    if (!MessageBox::confirm(
            this, tr("Cancel booking"),
            tr("Cancel %1 on %2 for %3?\n\nimin refunds the payment to the card used, and emails %4.")
                .arg(item.name, Text::when(item.startDate), m_member.displayName(), m_member.person.email),
            tr("Cancel booking"), tr("Keep booking")))
        return;
    m_busy->start(tr("Cancelling…"));
    m_cancel->setEnabled(false);
    m_services->client().cancelOrderItems(
        item.orderIdentifier, {item.id}, m_context, [this, item](const Result<Nothing> &r) {
            if (!r.ok()) {
                m_busy->stop();
                m_notice->showError(r.error.message(), !r.error.iminType().contains(QLatin1String("NotPermitted")));
                upcomingChosen();
                return;
            }
            // Accepted is not yet cancelled: confirm by reading the item's status back.
            m_services->client().order(item.orderIdentifier, m_context, [this, item](const Result<Order> &o) {
                m_busy->stop();
                QString status;
                if (o.ok()) {
                    for (const OrderItem &i : o.value->items) {
                        if (i.id == item.id)
                            status = i.status;
                    }
                }
                m_highlight.clear();
                reload();
                if (status == QLatin1String("CustomerCancelled"))
                    m_notice->showInfo(tr("Cancelled. imin will refund the payment and email the member."));
                else
                    m_notice->showError(tr("imin accepted the cancellation but has not confirmed it yet. Check again "
                                           "in a few minutes."),
                                        true);
            });
        });
}

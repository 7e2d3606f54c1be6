#include "BookingsPage.h"

#include "app/DeskServices.h"
#include "MessageBox.h"
#include "Widgets.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("OrderItemConfirmed"))
        return QObject::tr("Booked");
    if (status == QLatin1String("CustomerCancelled"))
        return QObject::tr("Cancelled");
    if (status == QLatin1String("SellerCancelled"))
        return QObject::tr("Cancelled by the centre");
    if (status == QLatin1String("CustomerAttended"))
        return QObject::tr("Attended");
    return status;
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
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("bookingsBusy"));
    m_notice = new Notice(this);
    layout->addWidget(m_title);
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);
    auto *grid = new QGridLayout;
    auto *upLabel = new QLabel(tr("&Upcoming"), this);
    upLabel->setProperty("role", QStringLiteral("subtitle"));
    m_upcoming = new QListWidget(this);
    m_upcoming->setObjectName(QStringLiteral("upcomingList"));
    m_upcoming->setAccessibleName(tr("Upcoming bookings"));
    upLabel->setBuddy(m_upcoming);
    m_cancel = new QPushButton(tr("&Cancel this booking…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelBookingButton"));
    m_cancel->setProperty("role", QStringLiteral("danger"));
    m_cancel->setEnabled(false);
    auto *histLabel = new QLabel(tr("Order &history"), this);
    histLabel->setProperty("role", QStringLiteral("subtitle"));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("Order history"));
    histLabel->setBuddy(m_history);
    m_order = new QLabel(this);
    m_order->setObjectName(QStringLiteral("orderDetail"));
    m_order->setWordWrap(true);
    m_order->setTextFormat(Qt::RichText);
    m_order->setOpenExternalLinks(true);
    m_order->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_order->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *orderCard = new QFrame(this);
    orderCard->setProperty("role", QStringLiteral("card"));
    auto *orderLayout = new QVBoxLayout(orderCard);
    orderLayout->addWidget(m_order);
    grid->addWidget(upLabel, 0, 0);
    grid->addWidget(m_upcoming, 1, 0);
    grid->addWidget(m_cancel, 2, 0, Qt::AlignLeft);
    grid->addWidget(histLabel, 3, 0);
    grid->addWidget(m_history, 4, 0);
    grid->addWidget(orderCard, 1, 1, 4, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);

    connect(m_upcoming, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool ok = row >= 0 && row < m_items.size();
        m_cancel->setEnabled(ok && m_items.at(row).isPresentlyCancellable.value_or(false));
        m_cancel->setToolTip(ok && !m_cancel->isEnabled() ? tr("This booking can no longer be cancelled.") : QString());
        if (ok)
            showOrder(m_items.at(row).orderIdentifier);
    });
    connect(m_history, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_orders.size())
            showOrder(m_orders.at(row).identifier);
    });
    connect(m_cancel, &QPushButton::clicked, this, &BookingsPage::cancelSelected);
    connect(m_notice, &Notice::retryRequested, this, &BookingsPage::reload);
}

void BookingsPage::showMember(const Member &member, const QString &highlightOpportunity)
{
    m_member = member;
    m_highlight = highlightOpportunity;
    m_title->setText(tr("Bookings for %1").arg(member.displayName()));
    reload();
}

void BookingsPage::clearAll()
{
    delete m_context;
    m_context = nullptr;
    m_member = Member();
    m_highlight.clear();
    m_items.clear();
    m_orders.clear();
    m_upcoming->clear();
    m_history->clear();
    m_order->clear();
    m_title->clear();
    m_notice->clear();
}

void BookingsPage::reload()
{
    delete m_context;
    m_context = new QObject(this);
    m_upcoming->clear();
    m_history->clear();
    m_order->clear();
    m_notice->clear();
    if (m_member.iminIdentifier.isEmpty()) {
        if (const auto fresh = m_services->store().member(m_member.id))
            m_member = *fresh;
    }
    if (m_member.iminIdentifier.isEmpty()) {
        m_notice->showInfo(tr("%1 is not in imin yet, so there are no bookings to show.").arg(m_member.displayName()));
        return;
    }
    m_busy->start(tr("Reading bookings from imin…"));
    auto pending = std::make_shared<int>(2);
    auto done = [this, pending]() {
        if (--*pending == 0)
            m_busy->stop();
    };
    m_services->client().allUpcomingItems(
        m_member.iminIdentifier, m_context, [this, done](const Result<QVector<OrderItem>> &r) {
            done();
            if (!r.ok()) {
                m_notice->showError(r.error.message(), true);
                return;
            }
            m_items = *r.value;
            int select = -1;
            for (int i = 0; i < m_items.size(); ++i) {
                const OrderItem &item = m_items.at(i);
                QString text = QStringLiteral("%1 — %2\n%3  ·  %4 %5")
                                   .arg(when(item.startDate), item.name, item.venueName, item.acceptedOffer.name,
                                        item.acceptedOffer.price ? Theme::money(*item.acceptedOffer.price) : QString());
                const bool isNew = !m_highlight.isEmpty() && item.opportunityIdentifier == m_highlight;
                if (isNew) {
                    text = tr("NEW  ") + text;
                    select = i;
                }
                auto *w = new QListWidgetItem(text, m_upcoming);
                if (isNew) {
                    QFont f = w->font();
                    f.setBold(true);
                    w->setFont(f);
                    w->setData(Qt::AccessibleDescriptionRole, tr("just booked"));
                }
            }
            if (m_items.isEmpty())
                new QListWidgetItem(tr("No upcoming bookings."), m_upcoming);
            if (select >= 0)
                m_upcoming->setCurrentRow(select);
        });
    m_services->client().allOrderHistory(
        m_member.iminIdentifier, m_context, [this, done](const Result<QVector<Order>> &r) {
            done();
            if (!r.ok()) {
                m_notice->showError(r.error.message(), true);
                return;
            }
            m_orders = *r.value;
            for (const Order &o : std::as_const(m_orders)) {
                const QString name = o.items.isEmpty() ? QString() : o.items.first().name;
                new QListWidgetItem(QStringLiteral("%1  ·  %2  ·  %3  ·  %4")
                                        .arg(when(o.orderDate), o.confirmationNumber, name,
                                             o.totalPaymentDue ? Theme::money(*o.totalPaymentDue) : QString()),
                                    m_history);
            }
            if (m_orders.isEmpty())
                new QListWidgetItem(tr("No orders yet."), m_history);
        });
}

void BookingsPage::showOrder(const QString &orderIdentifier)
{
    if (orderIdentifier.isEmpty())
        return;
    m_order->setText(tr("Loading order…"));
    m_services->client().order(orderIdentifier, m_context, [this](const Result<Order> &r) {
        if (!r.ok()) {
            m_order->setText(
                QStringLiteral("<span style='color:#b42318'>%1</span>").arg(r.error.message().toHtmlEscaped()));
            return;
        }
        const Order &o = *r.value;
        QString html =
            QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
                .arg(tr("Order %1").arg(o.confirmationNumber.toHtmlEscaped()), tr("Placed %1").arg(when(o.orderDate)),
                     tr("Sold by %1").arg(o.sellerName.toHtmlEscaped()));
        html += QStringLiteral("<ul>");
        for (const OrderItem &i : o.items) {
            html += QStringLiteral("<li><b>%1</b><br>%2 · %3<br>%4 %5 · <i>%6</i></li>")
                        .arg(i.name.toHtmlEscaped(), when(i.startDate), i.venueName.toHtmlEscaped(),
                             i.acceptedOffer.name.toHtmlEscaped(),
                             i.acceptedOffer.price ? Theme::money(*i.acceptedOffer.price) : QString(),
                             statusText(i.status));
        }
        html += QStringLiteral("</ul>");
        if (o.totalPaymentDue)
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Total %1").arg(Theme::money(*o.totalPaymentDue)));
        if (!o.receipts.isEmpty())
            html += QStringLiteral("<p><a href='%1'>%2</a></p>")
                        .arg(o.receipts.first().url.toHtmlEscaped(), tr("Open the receipt"));
        m_order->setText(html);
    });
}

void BookingsPage::cancelSelected()
{
    const int row = m_upcoming->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const OrderItem item = m_items.at(row);
    if (MessageBox::question(this, tr("Cancel booking"),
                             tr("Cancel %1 on %2 for %3?\n\nimin refunds the payment to the card used, and emails %4.")
                                 .arg(item.name, when(item.startDate), m_member.displayName(), m_member.person.email),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_busy->start(tr("Cancelling…"));
    m_cancel->setEnabled(false);
    m_services->client().cancelOrderItems(
        item.orderIdentifier, {item.id}, m_context, [this, item](const Result<Nothing> &r) {
            if (!r.ok()) {
                m_busy->stop();
                m_notice->showError(r.error.message(), !r.error.iminType().contains(QLatin1String("NotPermitted")));
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

#include "OrderPanel.h"

#include "MemberBookings.h"
#include "ReceiptView.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

OrderPanel::OrderPanel(Services *services, MemberBookings *bookings, bool selfService, QWidget *parent)
    : QFrame(parent), m_bookings(bookings)
{
    setObjectName(QStringLiteral("orderCard"));
    setProperty("role", QStringLiteral("card"));
    auto *layout = new QVBoxLayout(this);
    m_order = new QLabel(this);
    m_order->setObjectName(QStringLiteral("orderDetail"));
    m_order->setWordWrap(true);
    m_order->setTextFormat(Qt::RichText);
    m_order->setTextInteractionFlags(selfService ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
    m_order->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_showReceipt = new QPushButton(tr("Show the &receipt"), this);
    m_showReceipt->setObjectName(QStringLiteral("showReceiptButton"));
    m_showReceipt->hide();
    m_receipt = new ReceiptView(services, this);
    m_receipt->setSelfService(selfService);
    m_receipt->hide();
    layout->addWidget(m_order);
    layout->addWidget(m_showReceipt, 0, Qt::AlignLeft);
    layout->addWidget(m_receipt, 1);
    layout->addStretch();

    connect(bookings, &MemberBookings::orderLoading, this, [this]() {
        clear();
        m_order->setText(tr("Loading the order…"));
    });
    connect(bookings, &MemberBookings::orderFailed, this, [this](const Problem &problem) {
        clear();
        Q_EMIT failed(problem);
    });
    connect(bookings, &MemberBookings::orderLoaded, this, [this](const Order &o) {
        m_order->setText(MemberBookings::orderHtml(o));
        m_showReceipt->setVisible(!o.receipts.isEmpty());
    });
    connect(m_showReceipt, &QPushButton::clicked, this, [this]() {
        const Order &o = m_bookings->order();
        if (o.receipts.isEmpty())
            return;
        m_receipt->show();
        m_receipt->load(o.receipts.first().url,
                        tr("Receipt %1").arg(o.confirmationNumber.isEmpty() ? o.identifier : o.confirmationNumber));
    });
}

void OrderPanel::clear(const QString &hint)
{
    m_order->setText(hint);
    m_showReceipt->hide();
    m_receipt->clear();
    m_receipt->hide();
}

QString OrderPanel::text() const
{
    return m_order->text();
}

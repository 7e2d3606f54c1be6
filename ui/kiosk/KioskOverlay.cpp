#include "KioskOverlay.h"
#include "AdminExitOverlay.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"

#include "OnScreenKeyboard.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

KioskOverlay::KioskOverlay(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_NoSystemBackground);
    auto *outer = new QVBoxLayout(this);
    outer->setAlignment(Qt::AlignCenter);
    m_card = new QFrame(this);
    m_card->setProperty("role", QStringLiteral("overlayCard"));
    m_card->setMaximumWidth(760);
    m_card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_cardLayout = new QVBoxLayout(m_card);
    m_cardLayout->setContentsMargins(32, 28, 32, 28);
    m_cardLayout->setSpacing(16);
    outer->addWidget(m_card);
    parent->installEventFilter(this);
    hide();
}

void KioskOverlay::open()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

void KioskOverlay::close()
{
    hide();
}

bool KioskOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void KioskOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 150));
}

#include "CountdownOverlay.h"

#include "OnScreenKeyboard.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

CountdownOverlay::CountdownOverlay(QWidget *parent) : KioskOverlay(parent)
{
    setObjectName(QStringLiteral("countdownOverlay"));
    auto *title = new QLabel(tr("Are you still there?"), card());
    title->setProperty("role", QStringLiteral("title"));
    m_text = new QLabel(card());
    m_text->setObjectName(QStringLiteral("countdownText"));
    m_text->setWordWrap(true);
    m_text->setProperty("role", QStringLiteral("countdown"));
    auto *stay = new QPushButton(tr("I'm still here"), card());
    stay->setObjectName(QStringLiteral("stayButton"));
    stay->setProperty("role", QStringLiteral("primary"));
    cardLayout()->addWidget(title);
    cardLayout()->addWidget(m_text);
    cardLayout()->addWidget(stay);
    connect(stay, &QPushButton::clicked, this, &CountdownOverlay::stayRequested);
}

void CountdownOverlay::showSeconds(int seconds)
{
    m_text->setText(tr("To keep your details private, you will be logged out in %n second(s). Touch the screen to "
                       "stay.",
                       nullptr, seconds));
    m_text->setAccessibleName(m_text->text());
    if (!isOpen())
        open();
}

QString CountdownOverlay::text() const
{
    return m_text->text();
}

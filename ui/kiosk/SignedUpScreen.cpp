#include "SignedUpScreen.h"

#include "auth/PinHasher.h"
#include "config/Translations.h"
#include "domain/MemberValidation.h"
#include "KioskParts.h"

using namespace KioskParts;
#include "OnScreenKeyboard.h"
#include "services/Services.h"
#include "util/Clock.h"
#include "Widgets.h"
#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

SignedUpScreen::SignedUpScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signedUpScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 64, 64, 64);
    layout->setSpacing(24);
    layout->addStretch(2);
    m_greeting = label(QString(), "hero", this, "signedUpGreeting");
    m_greeting->setAlignment(Qt::AlignCenter);
    auto *your = label(tr("Your membership number is"), "lead", this);
    your->setAlignment(Qt::AlignCenter);
    m_number = label(QString(), "bigNumber", this, "signedUpNumber");
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setTextInteractionFlags(Qt::NoTextInteraction);
    auto *note =
        label(tr("Write it down: you log in with it and your PIN. Reception can also find it for you."), "lead", this);
    note->setAlignment(Qt::AlignCenter);
    auto *go = new QPushButton(tr("Continue"), this);
    go->setObjectName(QStringLiteral("signedUpContinue"));
    go->setProperty("role", QStringLiteral("primary"));
    go->setProperty("kioskSize", QStringLiteral("hero"));
    layout->addWidget(m_greeting);
    layout->addWidget(your);
    layout->addWidget(m_number);
    layout->addWidget(note);
    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(go, 2);
    center->addStretch(1);
    layout->addLayout(center);
    layout->addStretch(3);
    connect(go, &QPushButton::clicked, this, &SignedUpScreen::continueRequested);
}

void SignedUpScreen::showMember(const Member &member)
{
    m_greeting->setText(tr("Welcome, %1!").arg(member.person.givenName));
    m_number->setText(member.membershipNumber);
    m_number->setAccessibleName(tr("Membership number %1").arg(member.membershipNumber));
}

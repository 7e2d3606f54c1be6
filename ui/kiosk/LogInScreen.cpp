#include "LogInScreen.h"

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

LogInScreen::LogInScreen(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("logInScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(18);
    m_back = new QPushButton(tr("‹ Back"), this);
    m_back->setObjectName(QStringLiteral("logInBack"));
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_title = label(tr("Log in"), "hero", this, "logInTitle");
    m_prompt = label(QString(), "lead", this, "logInPrompt");
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("logInNumber"));
    m_number->setAccessibleName(tr("Membership number"));
    m_number->setPlaceholderText(tr("Membership number"));
    m_number->setMaxLength(32);
    m_number->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText);
    m_number->setProperty("kioskPad", true); // the number pad below serves it, not the keyboard
    m_number->setProperty("role", QStringLiteral("bigField"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("logInPin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pin->setProperty("kioskPad", true);
    m_pin->setProperty("role", QStringLiteral("bigField"));
    m_error = label(QString(), "error", this, "logInError");
    m_error->hide();
    m_pad = new NumberPad(this);
    auto *column = new QVBoxLayout;
    column->setSpacing(16);
    for (QWidget *w :
         {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_prompt), static_cast<QWidget *>(m_number),
          static_cast<QWidget *>(m_pin), static_cast<QWidget *>(m_error), static_cast<QWidget *>(m_pad)})
        column->addWidget(w);
    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addLayout(column, 2);
    center->addStretch(1);
    layout->addLayout(center);
    layout->addStretch(2);

    connect(m_back, &QPushButton::clicked, this, [this]() {
        if (isAskingForPin())
            showStep(false);
        else
            Q_EMIT backRequested();
    });
    connect(m_number, &QLineEdit::returnPressed, this, &LogInScreen::numberEntered);
    connect(m_pin, &QLineEdit::returnPressed, this, &LogInScreen::pinEntered);
    connect(m_pad, &NumberPad::enterPressed, this, [this]() { isAskingForPin() ? pinEntered() : numberEntered(); });
    start();
}

void LogInScreen::start()
{
    delete m_request;
    m_number->clear();
    m_pin->clear();
    m_error->clear();
    m_error->hide();
    showStep(false);
}

bool LogInScreen::isAskingForPin() const
{
    return m_pin->isVisible() || m_pin->isVisibleTo(this);
}

QString LogInScreen::error() const
{
    return m_error->text();
}

void LogInScreen::showStep(bool pin)
{
    m_number->setVisible(!pin);
    m_pin->setVisible(pin);
    m_pin->clear();
    m_prompt->setText(pin ? tr("Now your PIN.") : tr("Type your membership number, or scan your card."));
    m_pad->setEnterText(pin ? tr("Log in") : tr("Next"));
    m_pad->setEnabled(true);
    (pin ? m_pin : m_number)->setFocus();
}

void LogInScreen::takeScannedNumber(const QString &number)
{
    delete m_request; // a check still running was for another card
    showStep(false);
    m_number->setText(number);
    numberEntered();
}

void LogInScreen::numberEntered()
{
    const QString number = m_number->text().trimmed();
    if (number.isEmpty()) {
        m_error->setText(tr("Type your membership number first."));
        m_error->show();
        return;
    }
    m_error->hide();
    showStep(true);
}

void LogInScreen::pinEntered()
{
    const QString pin = m_pin->text();
    if (pin.isEmpty()) {
        m_error->setText(tr("Type your PIN."));
        m_error->show();
        return;
    }
    delete m_request;
    m_request = new QObject(this);
    m_pad->setEnabled(false);
    m_error->setText(tr("Checking…"));
    m_error->show();
    m_services->auth().memberLoginAsync(m_number->text().trimmed(), pin, m_request,
                                        [this](const Authenticator::Outcome &o) {
                                            m_pad->setEnabled(true);
                                            m_pin->clear();
                                            if (o.ok && o.member) {
                                                m_error->hide();
                                                Q_EMIT loggedIn(*o.member);
                                                return;
                                            }
                                            m_error->setText(o.message);
                                            m_error->show();
                                            m_pin->setFocus();
                                        });
}

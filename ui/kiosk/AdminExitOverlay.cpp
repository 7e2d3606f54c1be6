#include "AdminExitOverlay.h"

#include "OnScreenKeyboard.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

AdminExitOverlay::AdminExitOverlay(QWidget *parent) : KioskOverlay(parent)
{
    setObjectName(QStringLiteral("adminExitOverlay"));
    auto *title = new QLabel(tr("Leave kiosk mode"), card());
    title->setProperty("role", QStringLiteral("title"));
    auto *hint = new QLabel(tr("For centre staff: an administrator's username and PIN."), card());
    hint->setWordWrap(true);
    m_username = new QLineEdit(card());
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_username->setAccessibleName(tr("Administrator's username"));
    m_username->setPlaceholderText(tr("Username"));
    m_username->setMaxLength(64);
    m_pin = new QLineEdit(card());
    m_pin->setObjectName(QStringLiteral("adminPin"));
    m_pin->setAccessibleName(tr("Administrator's PIN"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pin->setMaxLength(8);
    m_error = new QLabel(card());
    m_error->setObjectName(QStringLiteral("adminExitError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Back to the kiosk"), card());
    cancel->setObjectName(QStringLiteral("adminExitCancel"));
    auto *leave = new QPushButton(tr("Leave kiosk mode"), card());
    leave->setObjectName(QStringLiteral("adminExitConfirm"));
    leave->setProperty("role", QStringLiteral("danger"));
    buttons->addWidget(cancel, 1);
    buttons->addWidget(leave, 1);
    for (QWidget *w : {static_cast<QWidget *>(title), static_cast<QWidget *>(hint), static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_pin), static_cast<QWidget *>(m_error)})
        cardLayout()->addWidget(w);
    cardLayout()->addLayout(buttons);
    connect(m_username, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    auto submit = [this]() { Q_EMIT submitted(m_username->text().trimmed(), m_pin->text()); };
    connect(m_pin, &QLineEdit::returnPressed, this, submit);
    connect(leave, &QPushButton::clicked, this, submit);
    connect(cancel, &QPushButton::clicked, this, [this]() {
        clearFields();
        close();
        Q_EMIT cancelled();
    });
}

void AdminExitOverlay::start()
{
    clearFields();
    open();
    m_username->setFocus();
}

void AdminExitOverlay::showError(const QString &message)
{
    m_error->setText(message);
    m_pin->clear();
    m_pin->setFocus();
}

QString AdminExitOverlay::username() const
{
    return m_username->text();
}

QString AdminExitOverlay::pin() const
{
    return m_pin->text();
}

void AdminExitOverlay::clearFields()
{
    m_username->clear();
    m_pin->clear();
    m_error->clear();
}

#include "KioskOverlay.h"

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

ConfirmOverlay::ConfirmOverlay(QWidget *parent) : KioskOverlay(parent)
{
    setObjectName(QStringLiteral("confirmOverlay"));
    m_title = new QLabel(card());
    m_title->setObjectName(QStringLiteral("confirmTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_question = new QLabel(card());
    m_question->setObjectName(QStringLiteral("confirmQuestion"));
    m_question->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_no = new QPushButton(card());
    m_no->setObjectName(QStringLiteral("confirmNo"));
    m_yes = new QPushButton(card());
    m_yes->setObjectName(QStringLiteral("confirmYes"));
    m_yes->setProperty("role", QStringLiteral("danger"));
    buttons->addWidget(m_no, 1);
    buttons->addWidget(m_yes, 1);
    cardLayout()->addWidget(m_title);
    cardLayout()->addWidget(m_question);
    cardLayout()->addLayout(buttons);
    auto answer = [this](bool yes) {
        close();
        if (auto a = std::exchange(m_answer, {}))
            a(yes);
    };
    connect(m_yes, &QPushButton::clicked, this, [answer]() { answer(true); });
    connect(m_no, &QPushButton::clicked, this, [answer]() { answer(false); });
}

void ConfirmOverlay::ask(const QString &title, const QString &question, const QString &yes, const QString &no,
                         std::function<void(bool)> answer)
{
    m_title->setText(title);
    m_question->setText(question);
    m_yes->setText(yes);
    m_no->setText(no);
    m_answer = std::move(answer);
    open();
    m_no->setFocus(); // the safe answer first
}

void ConfirmOverlay::dismiss()
{
    m_answer = {};
    close();
}

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

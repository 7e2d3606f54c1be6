#include "ConfirmOverlay.h"

#include "OnScreenKeyboard.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

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

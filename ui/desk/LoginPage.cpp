#include "LoginPage.h"

#include "AccessParts.h"

using namespace AccessParts;
#include "auth/PinHasher.h"
#include "services/Services.h"
#include "Widgets.h"
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

LoginPage::LoginPage(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("loginPage"));
    QVBoxLayout *form = nullptr;
    centredCard(this, &form);
    auto *title = new QLabel(tr("Staff log in"), this);
    title->setProperty("role", QStringLiteral("title"));
    m_username = new QLineEdit(this);
    m_pin = pinEdit(this);
    auto *user = new Field(QStringLiteral("loginUsername"), tr("&Username"), m_username, this);
    auto *pin = new Field(QStringLiteral("loginPin"), tr("&PIN"), m_pin, this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_button = new QPushButton(tr("&Log in"), this);
    m_button->setObjectName(QStringLiteral("loginButton"));
    m_button->setProperty("role", QStringLiteral("primary"));
    form->addWidget(title);
    form->addWidget(user);
    form->addWidget(pin);
    form->addWidget(m_error);
    form->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &LoginPage::logIn);
    connect(m_username, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::logIn);
}

void LoginPage::reset()
{
    m_username->clear();
    m_pin->clear();
    m_error->hide();
    m_username->setFocus();
}

void LoginPage::logIn()
{
    if (!m_services->isOpen())
        return; // the database opens a moment after the window appears
    const QString pin = m_pin->text();
    m_pin->clear();
    m_button->setEnabled(false);
    m_button->setText(tr("Checking…"));
    m_services->auth().staffLoginAsync(m_username->text(), pin, this, [this](const Authenticator::Outcome &o) {
        m_button->setText(tr("&Log in"));
        m_button->setEnabled(true);
        if (!o.ok) {
            m_error->setText(o.message);
            m_error->show();
            if (o.lockedForMs > 0) {
                m_button->setEnabled(false);
                QTimer::singleShot(int(std::min<qint64>(o.lockedForMs, 3600000)), this,
                                   [this]() { m_button->setEnabled(true); });
            }
            m_pin->setFocus();
            return;
        }
        m_error->hide();
        m_services->logIn(*o.staff);
    });
}

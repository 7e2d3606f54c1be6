#include "FirstRunPage.h"

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

FirstRunPage::FirstRunPage(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("firstRunPage"));
    QVBoxLayout *form = nullptr;
    centredCard(this, &form);
    auto *title = new QLabel(tr("Welcome to ActiveDesk"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto *intro = new QLabel(
        tr("Create the first administrator. Administrators connect the site to imin and manage staff."), this);
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("muted"));
    m_username = new Field(QStringLiteral("adminUsername"), tr("&Username"), new QLineEdit(this), this);
    m_pin = new Field(QStringLiteral("adminPin"), tr("&PIN (4 to 8 digits)"), pinEdit(this), this);
    m_pinAgain = new Field(QStringLiteral("adminPinAgain"), tr("PIN &again"), pinEdit(this), this);
    m_error = new QLabel(this);
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->hide();
    auto *create = new QPushButton(tr("&Create administrator"), this);
    create->setObjectName(QStringLiteral("createAdminButton"));
    create->setProperty("role", QStringLiteral("primary"));
    create->setDefault(true);
    for (QWidget *w : {static_cast<QWidget *>(title), static_cast<QWidget *>(intro), static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_pin), static_cast<QWidget *>(m_pinAgain),
                       static_cast<QWidget *>(m_error), static_cast<QWidget *>(create)})
        form->addWidget(w);
    connect(create, &QPushButton::clicked, this, &FirstRunPage::create);
    for (Field *f : {m_username, m_pin, m_pinAgain})
        connect(qobject_cast<QLineEdit *>(f->editor()), &QLineEdit::returnPressed, this, &FirstRunPage::create);
}

void FirstRunPage::focusFirstField()
{
    m_username->editor()->setFocus();
}

void FirstRunPage::create()
{
    const QString username = qobject_cast<QLineEdit *>(m_username->editor())->text().trimmed();
    const QString pin = qobject_cast<QLineEdit *>(m_pin->editor())->text();
    const QString again = qobject_cast<QLineEdit *>(m_pinAgain->editor())->text();
    m_username->setError(username.isEmpty() ? tr("Enter a username.") : QString());
    m_pin->setError(PinHasher::validate(pin).isEmpty() ? tr("A PIN is 4 to 8 digits.") : QString());
    m_pinAgain->setError(pin != again ? tr("The two PINs are not the same.") : QString());
    if (!m_username->error().isEmpty() || !m_pin->error().isEmpty() || !m_pinAgain->error().isEmpty())
        return;
    setEnabled(false); // while the PIN is being protected (a fraction of a second, off the GUI thread)
    m_services->auth().addStaffAsync(username, StaffRole::Admin, pin, this,
                                     [this, username](bool ok, const QString &error) {
                                         setEnabled(true);
                                         if (!ok) {
                                             m_error->setText(error);
                                             m_error->show();
                                             return;
                                         }
                                         for (Field *f : {m_username, m_pin, m_pinAgain})
                                             qobject_cast<QLineEdit *>(f->editor())->clear();
                                         m_services->logIn(*m_services->store().credentials().staff(username));
                                         Q_EMIT adminCreated();
                                     });
}

#include "AccessPages.h"

#include "auth/PinHasher.h"
#include "services/Services.h"
#include "Widgets.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QFrame *centredCard(QWidget *page, QVBoxLayout **inner)
{
    auto *outer = new QVBoxLayout(page);
    outer->addStretch();
    auto *card = new QFrame(page);
    card->setProperty("role", QStringLiteral("card"));
    card->setMaximumWidth(440);
    card->setMinimumWidth(380);
    *inner = new QVBoxLayout(card);
    (*inner)->setContentsMargins(28, 24, 28, 24);
    (*inner)->setSpacing(12);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    return card;
}

QLineEdit *pinEdit(QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(8);
    e->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return e;
}
} // namespace

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
                                         m_services->logIn(*m_services->store().staff(username));
                                         Q_EMIT adminCreated();
                                     });
}

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

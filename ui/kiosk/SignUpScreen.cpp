#include "SignUpScreen.h"

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

SignUpScreen::SignUpScreen(Services *services, const QString &terms, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("signUpScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = touchScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("signUpScroll"));
    outer->addWidget(m_scroll);
    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(14);
    auto *back = new QPushButton(tr("‹ Back"), content);
    back->setObjectName(QStringLiteral("signUpBack"));
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(label(tr("Join"), "hero", content));
    layout->addWidget(label(tr("Tell us who you are. We send booking confirmations to your email."), "lead", content));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(10);
    auto add = [&](const QString &name, const QString &text, int row, int column, Qt::InputMethodHints hints,
                   bool secret = false, int span = 1) {
        auto *line = new QLineEdit(content);
        line->setMaxLength(secret ? 8 : MemberValidation::maxFieldLength);
        line->setInputMethodHints(hints);
        if (secret) {
            line->setEchoMode(QLineEdit::Password);
            line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), line));
        }
        auto *f = new Field(name, text, line, content);
        m_fields.add(name, f);
        grid->addWidget(f, row, column, 1, span);
    };
    add(QStringLiteral("givenName"), tr("First name"), 0, 0, Qt::ImhNoPredictiveText);
    add(QStringLiteral("familyName"), tr("Last name"), 0, 1, Qt::ImhNoPredictiveText);
    add(QStringLiteral("email"), tr("Email"), 1, 0, Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase, false, 2);
    add(QStringLiteral("telephone"), tr("Phone"), 2, 0, Qt::ImhDialableCharactersOnly);
    add(QStringLiteral("birthDate"), tr("Date of birth (DD/MM/YYYY)"), 2, 1, Qt::ImhDate | Qt::ImhPreferNumbers);
    add(QStringLiteral("pin"), tr("Choose a PIN (4 to 8 digits)"), 3, 0,
        Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText, true);
    add(QStringLiteral("pinAgain"), tr("The same PIN again"), 3, 1,
        Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText, true);
    layout->addLayout(grid);

    layout->addWidget(label(tr("The centre's terms"), "subtitle", content));
    auto *termsView = new QTextBrowser(content);
    termsView->setObjectName(QStringLiteral("termsText"));
    termsView->setAccessibleName(tr("The centre's terms"));
    termsView->setOpenLinks(false);
    termsView->setOpenExternalLinks(false);
    termsView->setContextMenuPolicy(Qt::NoContextMenu);
    termsView->setPlainText(terms);
    termsView->setMinimumHeight(140);
    termsView->setMaximumHeight(220);
    layout->addWidget(termsView);
    m_accept = new QCheckBox(tr("I accept the centre's terms"), content);
    m_accept->setObjectName(QStringLiteral("acceptTerms"));
    // Enter (or the keyboard's Next) moves on to the next field, and to the terms from the last.
    m_fields.chainReturn(this, [this]() { m_accept->setFocus(); });
    m_acceptError = label(QString(), "error", content, "acceptTermsError");
    m_acceptError->hide();
    layout->addWidget(m_accept);
    layout->addWidget(m_acceptError);
    m_error = label(QString(), "error", content, "signUpError");
    m_error->hide();
    layout->addWidget(m_error);
    m_join = new QPushButton(tr("Join and log in"), content);
    m_join->setObjectName(QStringLiteral("signUpJoin"));
    m_join->setProperty("role", QStringLiteral("primary"));
    layout->addWidget(m_join);
    layout->addStretch();
    m_scroll->setWidget(content);

    connect(back, &QPushButton::clicked, this, &SignUpScreen::backRequested);
    connect(m_join, &QPushButton::clicked, this, &SignUpScreen::submit);
    connect(m_accept, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_acceptError->hide();
    });
}

Field *SignUpScreen::field(const QString &name) const
{
    return m_fields.field(name);
}

void SignUpScreen::start()
{
    delete m_request;
    m_fields.clear();
    m_accept->setChecked(false);
    m_acceptError->hide();
    m_error->hide();
    m_join->setEnabled(true);
    m_fields.field(QStringLiteral("givenName"))->editor()->setFocus();
}

void SignUpScreen::submit()
{
    auto text = [this](const char *name) { return m_fields.line(QLatin1String(name))->text(); };
    Person p;
    p.givenName = text("givenName").trimmed();
    p.familyName = text("familyName").trimmed();
    p.email = text("email").trimmed();
    p.telephone = text("telephone").trimmed();
    QMap<QString, QString> problems;
    const QString birth = text("birthDate").trimmed();
    if (birth.isEmpty())
        problems.insert(QStringLiteral("birthDate"), tr("Enter your date of birth, like 24/05/1990."));
    else if (const QString e = MemberValidation::parseDate(birth, &p.birthDate); !e.isEmpty())
        problems.insert(QStringLiteral("birthDate"), e);
    p.is13OrOver = MemberValidation::is13OrOver(p.birthDate, today());
    if (p.telephone.isEmpty())
        problems.insert(QStringLiteral("telephone"), tr("Enter a phone number, so the centre can reach you."));
    const QMap<QString, QString> checked = MemberValidation::check(p, today());
    for (auto it = checked.constBegin(); it != checked.constEnd(); ++it) {
        if (!problems.contains(it.key()))
            problems.insert(it.key(), it.value());
    }
    if (!problems.contains(QStringLiteral("birthDate")) && p.birthDate.isValid() && !p.is13OrOver.value_or(true))
        problems.insert(QStringLiteral("birthDate"),
                        tr("Under 13? Please ask at reception: a parent or guardian books for children."));
    const QString pin = text("pin");
    if (const QString weak = PinHasher::weakness(pin); !weak.isEmpty())
        problems.insert(QStringLiteral("pin"), weak);
    else if (text("pinAgain") != pin)
        problems.insert(QStringLiteral("pinAgain"), tr("The two PINs are different. Type the same PIN twice."));
    m_acceptError->setText(m_accept->isChecked() ? QString() : tr("Tick the box to accept the centre's terms."));
    m_acceptError->setVisible(!m_accept->isChecked());
    if (Field *first = m_fields.show(problems)) {
        m_scroll->ensureWidgetVisible(first);
        return;
    }
    if (!m_accept->isChecked()) {
        m_accept->setFocus();
        m_scroll->ensureWidgetVisible(m_accept);
        return;
    }
    delete m_request;
    m_request = new QObject(this);
    m_join->setEnabled(false);
    m_error->setText(tr("Setting up your membership…"));
    m_error->show();
    m_services->signUpMember(p, pin, m_request, [this](const std::optional<Member> &member, const QString &error) {
        m_join->setEnabled(true);
        if (!member) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        m_error->hide();
        Q_EMIT signedUp(*member);
    });
}

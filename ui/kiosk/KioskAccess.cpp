#include "KioskAccess.h"

#include "auth/PinHasher.h"
#include "config/Translations.h"
#include "domain/MemberValidation.h"
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

namespace {
QLabel *label(const QString &text, const char *role, QWidget *parent, const char *name = nullptr)
{
    return roleLabel(text, role, parent, name);
}

QDate today()
{
    return Clock::instance().localDate();
}
} // namespace

WelcomeScreen::WelcomeScreen(const QString &centreName, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 64, 64, 64);
    layout->setSpacing(28);
    // The language, chosen by the member: each name in its own language, so that it reads right from either side.
    auto *languages = new QHBoxLayout;
    languages->addStretch(1);
    auto *group = new QWidget(this);
    group->setObjectName(QStringLiteral("welcomeLanguages"));
    group->setAccessibleName(QStringLiteral("Language / Iaith"));
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    const QString current = Translations::current();
    for (const auto &[code, name] : {std::pair{QStringLiteral("en_GB"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("cy"), QStringLiteral("Cymraeg")}}) {
        auto *b = new QPushButton(name, group);
        b->setObjectName(QStringLiteral("language_") + code);
        b->setProperty("kioskSize", QStringLiteral("language"));
        b->setCheckable(true);
        b->setChecked(code == current);
        b->setAccessibleName(name);
        b->setAccessibleDescription(code == QLatin1String("cy") ? QStringLiteral("Newid yr iaith i Gymraeg")
                                                                : QStringLiteral("Change the language to English"));
        connect(b, &QPushButton::clicked, this, [this, code = code, b]() {
            b->setChecked(true);
            Q_EMIT languageRequested(code);
        });
        row->addWidget(b);
    }
    languages->addWidget(group);
    layout->addLayout(languages);
    layout->addStretch(2);
    m_centre = label(centreName, "hero", this, "welcomeCentre");
    m_centre->setAlignment(Qt::AlignCenter);
    m_centre->installEventFilter(this);
    auto *welcome = label(tr("Welcome"), "heroSubtitle", this, "welcomeTitle");
    welcome->setAlignment(Qt::AlignCenter);
    auto *what = label(tr("Book a class, see your bookings and keep your details up to date."), "lead", this);
    what->setAlignment(Qt::AlignCenter);
    auto *logIn = new QPushButton(tr("Log in"), this);
    logIn->setObjectName(QStringLiteral("welcomeLogIn"));
    logIn->setProperty("role", QStringLiteral("primary"));
    logIn->setProperty("kioskSize", QStringLiteral("hero"));
    auto *signUp = new QPushButton(tr("New here? Join"), this);
    signUp->setObjectName(QStringLiteral("welcomeSignUp"));
    signUp->setProperty("kioskSize", QStringLiteral("heroSecondary"));
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(20);
    buttons->addWidget(logIn);
    buttons->addWidget(signUp);
    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addLayout(buttons, 3);
    center->addStretch(1);
    layout->addWidget(welcome);
    layout->addWidget(m_centre);
    layout->addWidget(what);
    layout->addSpacing(24);
    layout->addLayout(center);
    layout->addStretch(3);
    auto *privacy = label(tr("Your details are cleared from this screen when you log out, or after a short time "
                             "without a touch."),
                          "muted", this, "welcomePrivacy");
    privacy->setAlignment(Qt::AlignCenter);
    layout->addWidget(privacy);
    connect(logIn, &QPushButton::clicked, this, &WelcomeScreen::logInRequested);
    connect(signUp, &QPushButton::clicked, this, &WelcomeScreen::signUpRequested);
}

bool WelcomeScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Staff leave kiosk mode by holding the centre's name for three seconds (or Ctrl+Alt+Shift+X on a keyboard).
    if (watched == m_centre) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressed.start(); // a monotonic timer: a clock change while held is not a hold
        } else if (event->type() == QEvent::MouseButtonRelease) {
            if (m_pressed.isValid() && m_pressed.elapsed() >= 3000)
                Q_EMIT adminGesture();
            m_pressed.invalidate();
        }
    }
    return QWidget::eventFilter(watched, event);
}

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

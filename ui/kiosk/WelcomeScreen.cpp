#include "WelcomeScreen.h"

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

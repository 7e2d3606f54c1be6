#include "KioskWindow.h"

#include "AdminExitOverlay.h"
#include "config/Translations.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "IdleMonitor.h"
#include "KioskMemberArea.h"
#include "KioskOverlay.h"
#include "LogInScreen.h"
#include "OnScreenKeyboard.h"
#include "ScanCatcher.h"
#include "services/Services.h"
#include "SignedUpScreen.h"
#include "SignUpScreen.h"
#include "WebLoader.h"
#include "WelcomeScreen.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace {
// Sizes for touch: every control at least 48 px high, text readable from a step away.
const char *const kioskStyle = R"(
#kioskWindow { font-size: 20px; }
#kioskWindow QPushButton { min-height: 48px; padding: 6px 18px; font-size: 20px; }
#kioskWindow QPushButton[kioskSize="hero"] { min-height: 88px; font-size: 30px; }
#kioskWindow QPushButton[kioskSize="heroSecondary"] { min-height: 72px; font-size: 24px; }
#kioskWindow QPushButton[role="key"], #kioskWindow QPushButton[role="keyPrimary"] {
    min-height: 56px; min-width: 48px; padding: 0; font-size: 22px; }
#kioskWindow QPushButton[role="keyPrimary"] { background: palette(highlight); color: palette(highlighted-text); border: 0; }
#kioskWindow QPushButton[role="padKey"] { min-height: 72px; font-size: 30px; }
#kioskWindow QPushButton[role="kioskNav"] { min-height: 56px; min-width: 150px; font-weight: 600; }
#kioskWindow QPushButton[kioskSize="language"] { min-width: 150px; }
#kioskWindow QPushButton[kioskSize="language"]:checked { background: palette(highlight); color: palette(highlighted-text); border: 0; }
#kioskWindow QPushButton[kioskSize="language"]:checked:focus, #kioskWindow QPushButton[role="kioskNav"]:checked:focus {
    border: 3px solid palette(text); }
#kioskWindow QPushButton[role="kioskNav"]:checked { background: palette(highlight); color: palette(highlighted-text); border: 0; }
#kioskWindow QLineEdit, #kioskWindow QComboBox { min-height: 48px; font-size: 20px; padding: 0 10px; }
#kioskWindow QLineEdit[role="bigField"] { min-height: 72px; font-size: 32px; }
#kioskWindow QCheckBox { min-height: 48px; font-size: 20px; }
#kioskWindow QCheckBox::indicator { width: 32px; height: 32px; }
#kioskWindow QLabel { font-size: 20px; }
#kioskWindow QTextEdit, #kioskWindow QPlainTextEdit { font-size: 18px; }
#kioskWindow QLabel[role="muted"] { font-size: 18px; }
#kioskWindow QLabel[role="hero"] { font-size: 44px; font-weight: 700; }
#kioskWindow QLabel[role="heroSubtitle"] { font-size: 28px; }
#kioskWindow QLabel[role="lead"] { font-size: 22px; }
#kioskWindow QLabel[role="title"] { font-size: 28px; font-weight: 700; }
#kioskWindow QLabel[role="subtitle"] { font-size: 22px; font-weight: 600; }
#kioskWindow QLabel[role="bigNumber"] { font-size: 72px; font-weight: 700; letter-spacing: 4px; }
#kioskWindow QLabel[role="countdown"] { font-size: 24px; }
#kioskWindow QLabel#sandboxBadge { font-size: 16px; }
#kioskWindow QAbstractItemView { font-size: 20px; }
#kioskWindow QScrollBar:vertical { width: 28px; }
#kioskWindow QFrame[role="overlayCard"] { border-radius: 14px; background: palette(base); border: 1px solid palette(mid); }
#kioskWindow QFrame[role="kioskBar"] { background: palette(base); border-bottom: 1px solid palette(mid); }
#kioskWindow #onScreenKeyboard { background: palette(window); border-top: 1px solid palette(mid); }
)";

bool isWebView(QWidget *w)
{
    return WebLoader::isLoaded() && WebLoader::api()->isWebView(w);
}
} // namespace

KioskWindow::KioskWindow(Services *services, QWidget *parent)
    : QWidget(parent), m_services(services), m_config(services->settings().kioskConfig()),
      m_idleMs(m_config.idleSeconds * 1000), m_logInIdleMs(m_config.logInIdleSeconds * 1000),
      m_warningMs(m_config.warningSeconds * 1000)
{
    setObjectName(QStringLiteral("kioskWindow"));
    m_language = Translations::current();
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
    setStyleSheet(QString::fromLatin1(kioskStyle));
    setContextMenuPolicy(Qt::NoContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *strip = new QFrame(this);
    strip->setObjectName(QStringLiteral("kioskStrip"));
    strip->setProperty("role", QStringLiteral("kioskBar"));
    auto *s = new QHBoxLayout(strip);
    s->setContentsMargins(24, 6, 24, 6);
    m_centre = new QLabel(m_config.centreName, strip);
    m_centre->setObjectName(QStringLiteral("kioskCentre"));
    m_centre->setProperty("role", QStringLiteral("subtitle"));
    m_badge = new QLabel(strip);
    m_badge->setObjectName(QStringLiteral("sandboxBadge"));
    m_badge->setProperty("role", QStringLiteral("badge"));
    m_badge->setVisible(services->isSandbox());
    m_keyboardButton = new QPushButton(strip);
    m_keyboardButton->setObjectName(QStringLiteral("keyboardButton"));
    m_keyboardButton->setFocusPolicy(Qt::NoFocus);
    s->addWidget(m_centre, 1);
    s->addWidget(m_badge);
    s->addWidget(m_keyboardButton);
    layout->addWidget(strip);
    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("kioskUnavailable"));
    m_unavailable->setProperty("role", QStringLiteral("error"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);
    m_screens = new QStackedWidget(this);
    m_screens->setObjectName(QStringLiteral("kioskScreens"));
    layout->addWidget(m_screens, 1);
    // A card scanner's burst (digits and Enter, faster than a finger or a person at a keyboard) is a card, wherever
    // the focus is: it logs in, and never lands in a field of the member using the kiosk.
    m_scans = new ScanCatcher(this);
    m_scans->setEnabled(true);
    connect(m_scans, &ScanCatcher::scanned, this, &KioskWindow::cardScanned);
    m_idle = new IdleMonitor(this);
    connect(m_idle, &IdleMonitor::timedOut, this, &KioskWindow::resetToWelcome);
    makeTranslatedParts();
    connect(m_keyboardButton, &QPushButton::clicked, this, [this]() {
        m_keyboardPinned = !m_keyboard->isVisible();
        m_keyboard->setVisible(m_keyboardPinned);
    });
    connect(qApp, &QApplication::focusChanged, this, &KioskWindow::focusChanged);
    // A web page's text fields do not tell Qt when they take focus (a password or card field never does), so while
    // the checkout has focus, ask the page itself a few times a second.
    m_webFocusPoll.setInterval(250);
    connect(&m_webFocusPoll, &QTimer::timeout, this, &KioskWindow::updateKeyboard);
    m_webFocusPoll.start();

    qApp->installEventFilter(this);
    buildAccessScreens();
    showScreen(Screen::Welcome);
}

// The parts with text that live as long as the window: made again when the member picks another language.
void KioskWindow::makeTranslatedParts()
{
    setWindowTitle(tr("%1 — kiosk").arg(m_config.centreName));
    m_badge->setText(tr("Sandbox — no real bookings"));
    m_keyboardButton->setText(tr("⌨ Keyboard"));
    m_keyboardButton->setAccessibleName(tr("Show the on-screen keyboard"));
    m_unavailable->setText(tr("Booking is not available on this screen right now. Please ask at reception."));

    auto *keyboard = new OnScreenKeyboard(this);
    keyboard->hide();
    if (m_keyboard) {
        delete layout()->replaceWidget(m_keyboard, keyboard);
        delete m_keyboard;
    } else {
        layout()->addWidget(keyboard);
    }
    m_keyboard = keyboard;
    connect(m_keyboard, &OnScreenKeyboard::hideRequested, this, [this]() {
        m_keyboardPinned = false;
        m_keyboard->hide();
    });

    // Over the screens only: the on-screen keyboard below stays usable (the administrator types in the prompt).
    delete m_countdown;
    delete m_adminExit;
    m_countdown = new CountdownOverlay(m_screens);
    m_adminExit = new AdminExitOverlay(m_screens);
    connect(m_idle, &IdleMonitor::countdown, m_countdown, &CountdownOverlay::showSeconds);
    connect(m_idle, &IdleMonitor::countdownCancelled, m_countdown, &CountdownOverlay::close);
    connect(m_countdown, &CountdownOverlay::stayRequested, m_idle, &IdleMonitor::poke);
    connect(m_adminExit, &AdminExitOverlay::submitted, this, [this](const QString &username, const QString &pin) {
        m_services->auth().staffLoginAsync(username, pin, this, [this](const Authenticator::Outcome &o) {
            if (o.ok && o.staff && o.staff->role == StaffRole::Admin) {
                m_exitApproved = true;
                m_adminExit->close();
                Q_EMIT exitApproved();
                close();
                return;
            }
            m_adminExit->showError(o.ok ? tr("Only an administrator can leave kiosk mode.") : o.message);
        });
    });
    connect(m_adminExit, &AdminExitOverlay::cancelled, this, [this]() { applyIdle(); });
}

void KioskWindow::switchLanguage(const QString &language)
{
    const QString shown = Translations::current();
    if (Translations::install(QLocale(language)) == shown)
        return;
    makeTranslatedParts();
    rebuildAccessScreens();
    showScreen(Screen::Welcome);
    m_welcome->setFocus();
}

KioskWindow::~KioskWindow()
{
    if (qApp) {
        qApp->removeEventFilter(this);
        // QWidget's destructor moves the focus as it deletes the children: no focusChanged may reach this half-
        // destroyed window (UBSan: downcast of an object that is no longer a KioskWindow).
        disconnect(qApp, nullptr, this, nullptr);
    }
    m_webFocusPoll.stop();
    if (m_area)
        m_area->shutDown();
}

void KioskWindow::buildAccessScreens()
{
    m_welcome = new WelcomeScreen(m_config.centreName);
    m_screens->insertWidget(0, touchScrollArea(nullptr, m_welcome));
    connect(m_welcome, &WelcomeScreen::logInRequested, this, [this]() { showScreen(Screen::LogIn); });
    connect(m_welcome, &WelcomeScreen::signUpRequested, this, [this]() { showScreen(Screen::SignUp); });
    connect(m_welcome, &WelcomeScreen::adminGesture, this, &KioskWindow::requestAdminExit);
    connect(m_welcome, &WelcomeScreen::languageRequested, this, &KioskWindow::switchLanguage);
    m_logIn = new LogInScreen(m_services);
    // The terms read afresh: the built-in ones come in the language on screen (a centre's own stay as written).
    m_signUp = new SignUpScreen(m_services, m_services->settings().kioskConfig().terms); // scrolls by itself
    m_signedUp = new SignedUpScreen;
    m_screens->insertWidget(1, touchScrollArea(nullptr, m_logIn));
    m_screens->insertWidget(2, m_signUp);
    m_screens->insertWidget(3, touchScrollArea(nullptr, m_signedUp));
    connect(m_logIn, &LogInScreen::backRequested, this, &KioskWindow::resetToWelcome);
    connect(m_logIn, &LogInScreen::loggedIn, this, &KioskWindow::logIn);
    connect(m_signUp, &SignUpScreen::backRequested, this, &KioskWindow::resetToWelcome);
    connect(m_signUp, &SignUpScreen::signedUp, this, [this](const Member &member) {
        m_justJoined = member;
        m_signedUp->showMember(member);
        showScreen(Screen::SignedUp);
    });
    connect(m_signedUp, &SignedUpScreen::continueRequested, this, [this]() {
        if (m_justJoined)
            logIn(*m_justJoined);
    });
}

void KioskWindow::rebuildAccessScreens()
{
    for (QPointer<QWidget> w : {QPointer<QWidget>(m_welcome), QPointer<QWidget>(m_logIn), QPointer<QWidget>(m_signUp),
                                QPointer<QWidget>(m_signedUp)}) {
        if (w) {
            QWidget *page = pageOf(w);
            m_screens->removeWidget(page);
            page->hide();
            page->setParent(nullptr);
            page->deleteLater();
        }
    }
    m_justJoined.reset();
    buildAccessScreens();
}

void KioskWindow::showKiosk()
{
    if (QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    setProperty("kioskFullScreen", true);
    showFullScreen();
    raise();
    activateWindow();
}

QWidget *KioskWindow::pageOf(QWidget *screen) const
{
    QWidget *w = screen;
    while (w && w->parentWidget() && w->parentWidget() != m_screens)
        w = w->parentWidget();
    return w && w->parentWidget() == m_screens ? w : screen;
}

KioskMemberArea *KioskWindow::memberArea() const
{
    return m_area;
}

KioskWindow::Screen KioskWindow::screen() const
{
    QWidget *current = m_screens->currentWidget();
    auto is = [current](QWidget *screen) { return screen && (current == screen || current->isAncestorOf(screen)); };
    if (!current)
        return Screen::Welcome;
    if (is(m_area))
        return Screen::Member;
    if (is(m_logIn))
        return Screen::LogIn;
    if (is(m_signUp))
        return Screen::SignUp;
    if (is(m_signedUp))
        return Screen::SignedUp;
    return Screen::Welcome;
}

void KioskWindow::setUnavailable(const QString &reasonForLog)
{
    qWarning("kiosk: booking unavailable: %s", qPrintable(reasonForLog));
    m_unavailable->show();
}

void KioskWindow::showScreen(Screen screen)
{
    switch (screen) {
    case Screen::Welcome:
        m_screens->setCurrentWidget(pageOf(m_welcome));
        break;
    case Screen::LogIn:
        m_logIn->start();
        m_screens->setCurrentWidget(pageOf(m_logIn));
        break;
    case Screen::SignUp:
        m_signUp->start();
        m_screens->setCurrentWidget(pageOf(m_signUp));
        break;
    case Screen::SignedUp:
        m_screens->setCurrentWidget(pageOf(m_signedUp));
        break;
    case Screen::Member:
        m_screens->setCurrentWidget(pageOf(m_area));
        break;
    }
    applyIdle();
    updateKeyboard();
    Q_EMIT screenChanged(screen);
}

void KioskWindow::applyIdle()
{
    m_countdown->close();
    switch (screen()) {
    case Screen::Welcome:
        m_idle->stop();
        return;
    case Screen::LogIn:
        m_idle->setTimeout(m_logInIdleMs);
        break;
    default:
        m_idle->setTimeout(m_idleMs);
        break;
    }
    m_idle->setWarning(std::min(m_warningMs, m_idle->timeout() / 2));
    m_idle->start();
}

void KioskWindow::logIn(const Member &member)
{
    if (m_area)
        resetToWelcome();
    m_area = new KioskMemberArea(m_services, member, m_screens);
    m_area->setPortrait(m_portrait);
    m_screens->addWidget(m_area);
    connect(m_area, &KioskMemberArea::logOutRequested, this, &KioskWindow::resetToWelcome);
    // The screens that took a number, a PIN or a sign-up are rebuilt now, so nothing typed there waits behind.
    rebuildAccessScreens();
    showScreen(Screen::Member);
}

void KioskWindow::cardScanned(const QString &number)
{
    if (!isVisible() || m_adminExit->isVisible())
        return; // the administrator's prompt is a person's, and nothing else is on screen
    if (m_idle)
        m_idle->poke();
    if (screen() == Screen::Member && m_area) {
        m_area->cardScanned(number);
        return;
    }
    if (screen() != Screen::LogIn)
        showScreen(Screen::LogIn);
    m_logIn->takeScannedNumber(number);
}

void KioskWindow::resetToWelcome()
{
    ++m_resets;
    m_countdown->close();
    m_adminExit->clearFields();
    m_adminExit->close();
    if (m_area) {
        // The checkout's web view and profile go at once; the rest of the member's screens on the next turn of the
        // event loop (this may be running inside one of them).
        m_area->shutDown();
        m_screens->removeWidget(m_area);
        m_area->hide();
        m_area->setParent(nullptr);
        m_area->deleteLater();
        m_area = nullptr;
    }
    // The next person starts in the kiosk's own language, whatever the last one chose.
    const QString shown = Translations::current();
    if (Translations::install(QLocale(m_language)) != shown)
        makeTranslatedParts();
    // Fields are rebuilt rather than cleared: a cleared field can still undo back to what was typed.
    rebuildAccessScreens();
    // The clipboard too (the kiosk offers no copying, but a selection or a web page could put a member's text there);
    // on a kiosk nothing else owns it.
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    m_keyboardPinned = false;
    m_keyboard->hide();
    m_keyboard->showPage(OnScreenKeyboard::Page::Letters);
    showScreen(Screen::Welcome);
    m_welcome->setFocus();
}

void KioskWindow::setTimeouts(int idleMs, int logInIdleMs, int warningMs)
{
    m_idleMs = idleMs;
    m_logInIdleMs = logInIdleMs;
    m_warningMs = warningMs;
    applyIdle();
}

void KioskWindow::requestAdminExit()
{
    m_adminExit->start();
    m_idle->setTimeout(m_logInIdleMs); // an administrator who walks away from the prompt leaves a clean kiosk too
    m_idle->setWarning(std::min(m_warningMs, m_logInIdleMs / 2));
    m_idle->start();
}

bool KioskWindow::wantsKeyboard(QWidget *w) const
{
    if (!w || !isAncestorOf(w) || w->property("kioskPad").toBool())
        return false;
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return !line->isReadOnly();
    if (auto *text = qobject_cast<QTextEdit *>(w))
        return !text->isReadOnly();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return !plain->isReadOnly();
    return qobject_cast<QAbstractSpinBox *>(w) != nullptr;
}

void KioskWindow::focusChanged(QWidget *, QWidget *now)
{
    if (wantsKeyboard(now))
        m_keyboard->adaptTo(now->inputMethodHints());
    updateKeyboard();
    // Once the keyboard has taken its room, bring the field into view above it.
    QPointer<QWidget> field(now);
    QTimer::singleShot(0, this, [field]() {
        for (QWidget *w = field ? field->parentWidget() : nullptr; w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(field, 16, 24);
                break;
            }
        }
    });
}

void KioskWindow::updateKeyboard()
{
    QWidget *focus = QApplication::focusWidget();
    if (m_keyboardPinned) {
        m_keyboard->show();
        return;
    }
    if (wantsKeyboard(focus)) {
        m_keyboard->show();
        return;
    }
    if (!focus || !isAncestorOf(focus) || !isWebView(focus)) {
        m_keyboard->hide();
        return;
    }
    // In the checkout: show the keyboard while the page's focused element takes text (a field in a payment frame
    // counts: the frame has the focus).
    QPointer<KioskWindow> self(this);
    WebLoader::api()->runScript(
        focus,
        QStringLiteral("(function(){var e=document.activeElement;if(!e)return false;var t=e.tagName;"
                       "if(t==='TEXTAREA'||t==='IFRAME'||e.isContentEditable)return true;if(t!=='INPUT')return false;"
                       "return ['button','checkbox','radio','submit','reset','file','image','range','color']"
                       ".indexOf((e.type||'').toLowerCase())<0;})()"),
        [self](const QVariant &result) {
            if (!self || self->m_keyboardPinned)
                return;
            QWidget *focusNow = QApplication::focusWidget();
            const bool stillThere = focusNow && self->isAncestorOf(focusNow) && isWebView(focusNow);
            self->m_keyboard->setVisible(stillThere && result.toBool());
        });
}

bool KioskWindow::isEscapeShortcut(const QKeyEvent *key) const
{
    const int k = key->key();
    const Qt::KeyboardModifiers m = key->modifiers() & ~Qt::KeypadModifier;
    if (k == Qt::Key_Escape || k == Qt::Key_F11 || k == Qt::Key_F12 || k == Qt::Key_Back || k == Qt::Key_Forward ||
        k == Qt::Key_Refresh || k == Qt::Key_Reload || k == Qt::Key_Meta || k == Qt::Key_Super_L ||
        k == Qt::Key_Super_R || k == Qt::Key_Menu)
        return true;
    if ((m & Qt::AltModifier) && (k == Qt::Key_F4 || k == Qt::Key_Tab || k == Qt::Key_Left || k == Qt::Key_Right ||
                                  k == Qt::Key_Home || k == Qt::Key_Backtab))
        return true;
    if (m & Qt::ControlModifier) {
        switch (k) {
        case Qt::Key_W:
        case Qt::Key_Q:
        case Qt::Key_N:
        case Qt::Key_T:
        case Qt::Key_O:
        case Qt::Key_S:
        case Qt::Key_P:
        case Qt::Key_R:
        case Qt::Key_U:
        case Qt::Key_I:
        case Qt::Key_J:
        case Qt::Key_F4:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Z:
        case Qt::Key_Y:
        case Qt::Key_C:
        case Qt::Key_X:
        case Qt::Key_V:
        case Qt::Key_A:
            return true; // closing, new windows, saving, printing, developer tools; undo/redo and the clipboard too
        default:
            break;
        }
    }
    return (m & Qt::MetaModifier) != 0;
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers m = key->modifiers();
        if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_X && (m & Qt::ControlModifier) &&
            (m & Qt::AltModifier) && (m & Qt::ShiftModifier)) {
            requestAdminExit();
            return true;
        }
        if (isEscapeShortcut(key)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::ContextMenu:
        return true; // no "Undo", "Paste" or "Inspect" anywhere
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (!m_exitApproved) {
        event->ignore(); // Alt+F4 or a window manager's close: the kiosk stays
        return;
    }
    if (m_area)
        m_area->shutDown();
    event->accept();
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool portrait = height() > width();
    if (portrait != m_portrait) {
        m_portrait = portrait;
        if (m_area)
            m_area->setPortrait(portrait);
    }
}

void KioskWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The kiosk is the only window: if anything takes activation from it (QtWebEngine's native surfaces can, under
    // X11), take it back, so the focused field keeps receiving the keyboard's keys.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow() && isVisible() && !m_exitApproved)
        QTimer::singleShot(0, this, [this]() {
            if (isVisible() && !isActiveWindow() && !QApplication::activeModalWidget())
                activateWindow();
        });
    if (event->type() == QEvent::WindowStateChange && isVisible() && !m_exitApproved &&
        property("kioskFullScreen").toBool() && !(windowState() & Qt::WindowFullScreen))
        QTimer::singleShot(0, this, [this]() { showFullScreen(); }); // minimised or restored: back to full screen
}

#pragma once

#include "config/Settings.h"
#include "domain/Member.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class AdminExitOverlay;
class CountdownOverlay;
class Services;
class IdleMonitor;
class KioskMemberArea;
class LogInScreen;
class OnScreenKeyboard;
class QLabel;
class QPushButton;
class QStackedWidget;
class SignedUpScreen;
class SignUpScreen;
class WelcomeScreen;

// activedesk --kiosk: one full-screen window for members at a touch screen in the foyer. Welcome → log in (or join)
// → book, pay, see bookings, edit details → log out or walk away. Every way back to the welcome screen destroys what
// the last person left (their screens, models, fields with their undo history, the checkout's web profile, anything
// the app put on the clipboard). Nothing leads out: no staff screens, no settings, no windows; the shortcuts that
// close or switch windows do nothing; an administrator's PIN leaves kiosk mode.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Screen { Welcome, LogIn, SignUp, SignedUp, Member };
    KioskWindow(Services *services, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Full screen on the primary screen (what `activedesk --kiosk` does).
    void showKiosk();
    Screen screen() const;
    bool isPortrait() const { return m_portrait; }
    KioskMemberArea *memberArea() const;
    IdleMonitor *idle() const { return m_idle; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    CountdownOverlay *countdown() const { return m_countdown; }
    AdminExitOverlay *adminExit() const { return m_adminExit; }
    // The key could not be read: booking is not possible; the welcome screen says to ask at reception.
    void setUnavailable(const QString &reasonForLog);
    // Back to the welcome screen with nothing of anyone left.
    void resetToWelcome();
    // Opens the administrator's prompt (the documented gesture and shortcut do this).
    void requestAdminExit();
    int resetCount() const { return m_resets; }
    // Walk-away times in milliseconds (from the kiosk settings; tests shorten them).
    void setTimeouts(int idleMs, int logInIdleMs, int warningMs);

Q_SIGNALS:
    // An administrator left kiosk mode: the application quits.
    void exitApproved();
    void screenChanged(KioskWindow::Screen screen);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void cardScanned(const QString &number);
    void makeTranslatedParts();
    void switchLanguage(const QString &language);
    void buildAccessScreens();
    void rebuildAccessScreens();
    QWidget *pageOf(QWidget *screen) const; // the stack's page holding a screen (its scroll area, or itself)
    void showScreen(Screen screen);
    void logIn(const Member &member);
    void focusChanged(QWidget *old, QWidget *now);
    void updateKeyboard();
    bool wantsKeyboard(QWidget *w) const;
    bool isEscapeShortcut(const class QKeyEvent *key) const;
    void applyIdle();

    Services *m_services;
    KioskConfig m_config;
    int m_idleMs, m_logInIdleMs, m_warningMs;
    QLabel *m_centre, *m_badge, *m_unavailable;
    QPushButton *m_keyboardButton;
    QStackedWidget *m_screens;
    QPointer<WelcomeScreen> m_welcome;
    QPointer<LogInScreen> m_logIn;
    class ScanCatcher *m_scans = nullptr;
    QPointer<SignUpScreen> m_signUp;
    QPointer<SignedUpScreen> m_signedUp;
    QPointer<KioskMemberArea> m_area;
    std::optional<Member> m_justJoined;
    OnScreenKeyboard *m_keyboard = nullptr;
    QString m_language; // the kiosk's own language (Settings, else the system's): each new member starts in it
    bool m_keyboardPinned = false; // opened by its button: stays until hidden
    IdleMonitor *m_idle;
    CountdownOverlay *m_countdown = nullptr;
    AdminExitOverlay *m_adminExit = nullptr;
    QTimer m_webFocusPoll;
    bool m_portrait = false;
    bool m_exitApproved = false;
    int m_resets = 0;
};

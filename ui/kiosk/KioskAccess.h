#pragma once

#include "domain/Member.h"
#include "Widgets.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class Services;
class Field;
class NumberPad;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;

// The kiosk's first screen: the centre, and the two ways in. Shown after every log-out, with nothing of anyone.
class WelcomeScreen : public QWidget
{
    Q_OBJECT
public:
    WelcomeScreen(const QString &centreName, QWidget *parent = nullptr);

Q_SIGNALS:
    void logInRequested();
    void signUpRequested();
    void adminGesture();                             // the centre's name held for three seconds
    void languageRequested(const QString &language); // "en_GB" or "cy"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_centre;
    QElapsedTimer m_pressed;
};

// Membership number (typed on the pad, or scanned: a scanner types the number and Enter), then the PIN on the same
// pad. A wrong pair and a locked account get the same kind of answer whatever the number, so the screen never tells
// whether a membership number exists.
class LogInScreen : public QWidget
{
    Q_OBJECT
public:
    LogInScreen(Services *services, QWidget *parent = nullptr);
    void start();
    bool isAskingForPin() const;
    // A card scanned (a keyboard-wedge scanner's burst, caught by the window): its number, then the PIN step.
    void takeScannedNumber(const QString &number);
    QString error() const;

Q_SIGNALS:
    void loggedIn(const Member &member);
    void backRequested();

private:
    void numberEntered();
    void pinEntered();
    void showStep(bool pin);
    Services *m_services;
    QLabel *m_title, *m_prompt, *m_error;
    QLineEdit *m_number, *m_pin;
    NumberPad *m_pad;
    QPushButton *m_back;
    QPointer<QObject> m_request;
};

// "New here?": name, email, telephone, date of birth, a PIN chosen twice and the centre's terms. The member is made
// here and sent to imin by the outbox like any other; under-13s are sent to reception. Nothing on it says whether an
// email is already known.
class SignUpScreen : public QWidget
{
    Q_OBJECT
public:
    SignUpScreen(Services *services, const QString &terms, QWidget *parent = nullptr);
    void start();
    Field *field(const QString &name) const;

Q_SIGNALS:
    void signedUp(const Member &member);
    void backRequested();

private:
    void submit();
    Services *m_services;
    FieldSet m_fields;
    QCheckBox *m_accept;
    QLabel *m_acceptError, *m_error;
    QPushButton *m_join;
    QScrollArea *m_scroll;
    QPointer<QObject> m_request;
};

// After signing up: the membership number, large, to write down.
class SignedUpScreen : public QWidget
{
    Q_OBJECT
public:
    explicit SignedUpScreen(QWidget *parent = nullptr);
    void showMember(const Member &member);

Q_SIGNALS:
    void continueRequested();

private:
    QLabel *m_greeting, *m_number;
};

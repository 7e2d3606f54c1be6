#pragma once

#include "domain/Member.h"
#include "Widgets.h"
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class Services;
class NumberPad;
class QLabel;
class QLineEdit;
class QPushButton;

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

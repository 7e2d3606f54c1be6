#pragma once

#include <QMessageBox>

// Every question the app asks goes through here, so tests can answer it in advance (as KeePassXC's gui/MessageBox).
// Buttons name the action ("Cancel booking" / "Keep booking"), never a bare Yes or No.
class MessageBox
{
public:
    struct Choice
    {
        QString text;                                           // "Delete member"
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole; // Destructive, Reject, ...
    };
    // Returns the index of the chosen button; the last choice is the safe one, and Escape picks it.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QList<Choice> &choices,
                      int defaultChoice = -1, QMessageBox::Icon icon = QMessageBox::Question);
    // A question with two named answers: true for `doIt`.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &doIt,
                        const QString &dontDoIt, bool destructive = true);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // The next question is not shown; it returns choice `index` at once (0 = the first button). Tests only.
    static void setNextChoice(int index);
    static QString lastText();        // the text of the last dialog shown or answered
    static QStringList lastChoices(); // its buttons
};

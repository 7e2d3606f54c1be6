#pragma once

#include <QMessageBox>

// Every question the app asks goes through here, so tests can answer it in advance (as KeePassXC's gui/MessageBox).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // The next dialog is not shown; it returns `answer` at once. Tests only.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText(); // the text of the last dialog shown or answered

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

#include "MessageBox.h"

#include <QPushButton>

namespace {
int nextChoice = -1;
QString last;
QStringList lastButtons;
} // namespace

void MessageBox::setNextChoice(int index)
{
    nextChoice = index;
}

QString MessageBox::lastText()
{
    return last;
}

QStringList MessageBox::lastChoices()
{
    return lastButtons;
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text, const QList<Choice> &choices,
                       int defaultChoice, QMessageBox::Icon icon)
{
    last = text;
    lastButtons.clear();
    for (const Choice &c : choices)
        lastButtons << QString(c.text).remove(QLatin1Char('&'));
    if (nextChoice >= 0) {
        const int answer = nextChoice;
        nextChoice = -1;
        return answer;
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    QList<QAbstractButton *> buttons;
    for (const Choice &c : choices)
        buttons << box.addButton(c.text, c.role);
    if (!buttons.isEmpty()) {
        box.setEscapeButton(buttons.constLast());
        box.setDefaultButton(qobject_cast<QPushButton *>(
            buttons.at(defaultChoice >= 0 && defaultChoice < buttons.size() ? defaultChoice : buttons.size() - 1)));
    }
    box.exec();
    const int index = int(buttons.indexOf(box.clickedButton()));
    return index >= 0 ? index : int(buttons.size()) - 1;
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &doIt,
                         const QString &dontDoIt, bool destructive)
{
    return choose(parent, title, text,
                  {{doIt, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole},
                   {dontDoIt, QMessageBox::RejectRole}},
                  1) == 0;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    choose(parent, title, text, {{QMessageBox::tr("OK"), QMessageBox::AcceptRole}}, 0, QMessageBox::Information);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    choose(parent, title, text, {{QMessageBox::tr("OK"), QMessageBox::AcceptRole}}, 0, QMessageBox::Warning);
}

#pragma once

#include "domain/Member.h"
#include "Widgets.h"
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;

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

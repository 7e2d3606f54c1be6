#pragma once

#include "AdminExitOverlay.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "KioskOverlay.h"
#include <functional>
#include <QFrame>

class QLabel;

// The last seconds before a walk-away log-out: how many are left, and a button (any touch does the same).
class CountdownOverlay : public KioskOverlay
{
    Q_OBJECT
public:
    explicit CountdownOverlay(QWidget *parent);
    void showSeconds(int seconds);
    QString text() const;

Q_SIGNALS:
    void stayRequested();

private:
    QLabel *m_text;
};

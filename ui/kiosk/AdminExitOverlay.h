#pragma once

#include "AdminExitOverlay.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "KioskOverlay.h"
#include <functional>
#include <QFrame>

class QLabel;
class QLineEdit;

// Leaving kiosk mode: an administrator's username and PIN.
class AdminExitOverlay : public KioskOverlay
{
    Q_OBJECT
public:
    explicit AdminExitOverlay(QWidget *parent);
    void start();
    void showError(const QString &message);
    QString username() const;
    QString pin() const;
    void clearFields();

Q_SIGNALS:
    void submitted(const QString &username, const QString &pin);
    void cancelled();

private:
    QLineEdit *m_username, *m_pin;
    QLabel *m_error;
};

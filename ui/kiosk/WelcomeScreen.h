#pragma once

#include "domain/Member.h"
#include "Widgets.h"
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;

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

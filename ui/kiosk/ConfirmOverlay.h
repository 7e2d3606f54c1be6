#pragma once

#include "AdminExitOverlay.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "KioskOverlay.h"
#include <functional>
#include <QFrame>

class QLabel;
class QPushButton;

// "Cancel Yoga on Tue 3 Dec?" with two named answers; `answered(true)` for the first.
class ConfirmOverlay : public KioskOverlay
{
    Q_OBJECT
public:
    explicit ConfirmOverlay(QWidget *parent);
    void ask(const QString &title, const QString &question, const QString &yes, const QString &no,
             std::function<void(bool)> answer);
    // Closes without an answer (a log-out).
    void dismiss();

private:
    QLabel *m_title, *m_question;
    QPushButton *m_yes, *m_no;
    std::function<void(bool)> m_answer;
};

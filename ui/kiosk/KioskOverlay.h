#pragma once

#include <functional>
#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class NumberPad;

// A card over a dimmed kiosk screen, inside the kiosk window (a kiosk never opens windows of its own: the compositor
// would show one full screen, and a nested event loop would outlive a walk-away log-out). It covers its parent and
// follows its size.
class KioskOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit KioskOverlay(QWidget *parent);
    void open();
    void close();
    bool isOpen() const { return isVisible(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    QFrame *card() const { return m_card; }
    QVBoxLayout *cardLayout() const { return m_cardLayout; }

private:
    QFrame *m_card;
    QVBoxLayout *m_cardLayout;
};

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

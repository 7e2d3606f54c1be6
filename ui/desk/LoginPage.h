#pragma once

#include <QWidget>

class Services;
class QLineEdit;
class QLabel;
class QPushButton;

// Staff log in with username + PIN. Nothing of the last person stays on screen.
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    LoginPage(Services *services, QWidget *parent = nullptr);
    void reset();

private:
    void logIn();
    Services *m_services;
    QLineEdit *m_username, *m_pin;
    QLabel *m_error;
    QPushButton *m_button;
};

#pragma once

#include <QWidget>

class Services;
class Field;
class QLineEdit;
class QLabel;
class QPushButton;

// First run: create the first administrator (username + PIN).
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    FirstRunPage(Services *services, QWidget *parent = nullptr);
    void focusFirstField();
Q_SIGNALS:
    void adminCreated();

private:
    void create();
    Services *m_services;
    Field *m_username, *m_pin, *m_pinAgain;
    QLabel *m_error;
};

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

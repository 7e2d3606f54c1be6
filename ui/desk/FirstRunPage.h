#pragma once

#include <QWidget>

class Services;
class Field;
class QLabel;

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

#pragma once

#include "domain/Member.h"
#include "Widgets.h"
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class Services;
class Field;
class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;

// "New here?": name, email, telephone, date of birth, a PIN chosen twice and the centre's terms. The member is made
// here and sent to imin by the outbox like any other; under-13s are sent to reception. Nothing on it says whether an
// email is already known.
class SignUpScreen : public QWidget
{
    Q_OBJECT
public:
    SignUpScreen(Services *services, const QString &terms, QWidget *parent = nullptr);
    void start();
    Field *field(const QString &name) const;

Q_SIGNALS:
    void signedUp(const Member &member);
    void backRequested();

private:
    void submit();
    Services *m_services;
    FieldSet m_fields;
    QCheckBox *m_accept;
    QLabel *m_acceptError, *m_error;
    QPushButton *m_join;
    QScrollArea *m_scroll;
    QPointer<QObject> m_request;
};

#pragma once

#include "domain/Member.h"

#include <QDialog>
#include <QMap>
#include <QPair>

class Services;
class Field;
class Notice;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QWidget;

// Two records of one person become one (issue 20 finding 5): staff name the other record by its card number, choose
// field by field which value stays, and merge. The kept record is the one open on Members; the other's card opens it
// from then on. Opened with open(); accepted when the merge is saved.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(Services *services, const Member &keep, QWidget *parent = nullptr);
    const Member &kept() const { return m_keep; }
    const Member &merged() const { return m_gone; }

private:
    void find();
    void showChoices();
    void merge();
    Services *m_services;
    Member m_keep;
    Member m_gone;
    Field *m_other;
    QLabel *m_summary;
    QWidget *m_choices;
    QGridLayout *m_grid;
    QMap<QString, QPair<QRadioButton *, QRadioButton *>> m_picks; // field -> (keep's value, the other's)
    Notice *m_notice;
    QPushButton *m_merge;
};

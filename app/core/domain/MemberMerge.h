#pragma once

#include "Domain.h"

#include <QCoreApplication>
#include <QStringList>

// Two desks edited one member at once. From what a desk loaded (base), what it now has (mine) and what the other desk
// saved meanwhile (theirs): fields only one side changed merge on their own; fields both changed differently are
// conflicts a person settles, field by field.
class MemberMerge
{
    Q_DECLARE_TR_FUNCTIONS(MemberMerge)
public:
    struct Conflict
    {
        QString field; // the form's field name, e.g. "addressLocality"
        QString label; // "Town"
        QString mine;
        QString theirs;
    };
    struct Result
    {
        Person merged; // every conflict settled as "mine"
        QVector<Conflict> conflicts;
        QStringList takenFromTheirs; // labels of fields the other desk changed and this one did not
    };
    static Result merge(const Person &base, const Person &mine, const Person &theirs);
    // `merged` with the conflicts named in `useTheirs` (field names) set to the other desk's value.
    static Person resolve(const Result &result, const Person &theirs, const QStringList &useTheirs);
    // The fields a person edits, in the form's order, as (field name, label).
    static QList<QPair<QString, QString>> fields();
    static QString value(const Person &p, const QString &field);
    static void setValue(Person &p, const QString &field, const QString &value);
};

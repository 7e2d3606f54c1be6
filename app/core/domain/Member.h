#pragma once

#include "Domain.h"

#include <QDateTime>
#include <QString>

// Where a member stands with imin: derived from the outbox, never stored twice.
struct SyncState
{
    enum class State { Synced, Pending, Failed };
    State state = State::Synced;
    int attempts = 0;
    QString reason; // failed: what happened, in words a receptionist understands
    QString advice; // failed: what a person can do
    QDateTime nextAttempt;
};

// A person's age in whole years on a day, if their birth date is known.
inline std::optional<int> ageOn(const Person &person, const QDate &day)
{
    if (!person.birthDate.isValid() || !day.isValid())
        return std::nullopt;
    int age = day.year() - person.birthDate.year();
    if (day < person.birthDate.addYears(age))
        --age;
    return age;
}

struct Member
{
    qint64 id = 0;
    QString membershipNumber;
    Person person;
    QString iminIdentifier;
    bool deleted = false;
    QDateTime created;
    QDateTime updated;
    qint64 version = 0;    // bumped by every save; a save against an older version is a conflict
    qint64 changeSeq = 0;  // the database-wide number of its last change
    qint64 mergedInto = 0; // merged into another member (and so deleted): that member's id
    SyncState sync;
    QString displayName() const { return (person.givenName + QLatin1Char(' ') + person.familyName).trimmed(); }
};

enum class StaffRole { Staff, Admin };

struct StaffAccount
{
    qint64 id = 0;
    QString username;
    StaffRole role = StaffRole::Staff;
};

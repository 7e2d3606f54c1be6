#pragma once

#include "Domain.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QMap>

// The checks every form and import applies to a member's details. Keys are field names (givenName, familyName,
// email, telephone, birthDate, gender, emergencyContactTelephone); values are messages to show next to the field.
class MemberValidation
{
    Q_DECLARE_TR_FUNCTIONS(MemberValidation)
public:
    // No field a person types may be longer (a name of megabytes is a mistake or an attack).
    static constexpr int maxFieldLength = 200;
    // One message per field at most.
    static QMap<QString, QString> check(const Person &person, const QDate &today = Clock::instance().localDate());
    // Control characters (NUL, tabs, line breaks, …) or more than maxFieldLength characters: a message, else empty.
    static QString checkText(const QString &text);
    // A date as people write it (24/05/1990, 24.05.1990, 1990-05-24). Returns a message when it cannot be read.
    static QString parseDate(const QString &text, QDate *date);
    static bool isEmail(const QString &text);
    static bool isUkTelephone(const QString &text);
    // 13 or over on `today`, from the birth date (nullopt when there is none).
    static std::optional<bool> is13OrOver(const QDate &birthDate, const QDate &today = Clock::instance().localDate());
    // "Female"/"Male" from the usual spellings ("F", "female", "https://schema.org/Female"); empty if unknown.
    static QString normaliseGender(const QString &text);
};

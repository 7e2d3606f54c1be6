#pragma once

#include "domain/Restrictions.h"

// The person a restriction is checked for, in one line.
inline Restrictions::Who restrictedPerson(const QString &name, std::optional<int> age, const QString &gender,
                                          bool you = false)
{
    Restrictions::Who w;
    w.name = name;
    w.age = age;
    w.gender = gender;
    w.you = you;
    return w;
}

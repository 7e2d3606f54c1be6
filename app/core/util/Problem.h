#pragma once

#include "imin/ApiError.h"

#include <QCoreApplication>
#include <QString>

// What went wrong on this computer (the member database, a file), in a form code can branch on and a person can
// read: the local counterpart of ApiError. Callers decide by kind(), never by comparing sentences.
class LocalError
{
public:
    enum class Kind {
        None,
        Busy,     // the database is locked by other writers or cannot be reached for a moment
        InUse,    // a membership number or username another record already has
        Conflict, // another desk saved the same record meanwhile
        Deleted,  // the record was deleted meanwhile (or never existed)
        Invalid,  // the request cannot be carried out as asked (a member merged with themselves)
        Storage,  // the database refused the write (disk full, permissions, a broken file)
        Settings, // a setting is wrong (an entitlement template that does not make an action): to fix, not to wait out
    };

    LocalError() = default;
    LocalError(Kind kind, const QString &message) : m_kind(kind), m_message(message) {}

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // A sentence for the person in front of the screen (already translated).
    QString message() const { return m_message; }
    QString kindName() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
};

// Either kind of failure, for whatever shows it: the one place that decides what a person reads and whether a
// "Try again" can help. Models and presenters emit a Problem; views draw sentence() and offer Retry only when
// canRetry() says so.
class Problem
{
    Q_DECLARE_TR_FUNCTIONS(Problem)
public:
    Problem() = default;
    Problem(const ApiError &error) : m_api(error) {}     // NOLINT: a call's failure is a problem as it stands
    Problem(const LocalError &error) : m_local(error) {} // NOLINT
    static Problem local(LocalError::Kind kind, const QString &message) { return LocalError(kind, message); }
    // Nothing failed, but the answer is not there yet (a person stopped waiting; imin has not confirmed a change):
    // looking again can help.
    static Problem notYet(const QString &sentence);

    bool isError() const { return m_api.isError() || m_local.isError() || !m_notYet.isEmpty(); }
    bool isLocal() const { return m_local.isError(); }
    const ApiError &api() const { return m_api; }
    const LocalError &localError() const { return m_local; }

    // The sentence to show.
    QString sentence() const;
    // Whether trying the same thing again, unchanged, can succeed: network trouble, time-outs, imin busy or
    // failing (429, 5xx), a garbled answer, a busy or unwritable database. Never for a refused key (401/403), an
    // answer imin gave on purpose (full, not found, invalid), a clash with another desk or a number in use.
    bool canRetry() const;

private:
    ApiError m_api;
    LocalError m_local;
    QString m_notYet;
};

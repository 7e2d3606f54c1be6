#include "Problem.h"

QString LocalError::kindName() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Busy:
        return QStringLiteral("busy");
    case Kind::InUse:
        return QStringLiteral("in-use");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Deleted:
        return QStringLiteral("deleted");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

Problem Problem::notYet(const QString &sentence)
{
    Problem p;
    p.m_notYet = sentence;
    return p;
}

QString Problem::sentence() const
{
    if (!m_notYet.isEmpty())
        return m_notYet;
    if (m_local.isError())
        return m_local.message().isEmpty() ? tr("Something went wrong on this computer.") : m_local.message();
    if (!m_api.isError())
        return {};
    return m_api.message().isEmpty() ? tr("imin could not do that.") : m_api.message();
}

bool Problem::canRetry() const
{
    if (!m_notYet.isEmpty())
        return true;
    if (m_local.isError()) {
        switch (m_local.kind()) {
        case LocalError::Kind::Busy:
        case LocalError::Kind::Storage:
            return true;
        case LocalError::Kind::None:
        case LocalError::Kind::InUse:
        case LocalError::Kind::Conflict:
        case LocalError::Kind::Deleted:
        case LocalError::Kind::Invalid:
        case LocalError::Kind::Settings:
            return false;
        }
        return false;
    }
    // 429 and 5xx, network trouble (not an address on another host: a setting to fix), time-outs, a garbled
    // answer; never 401/403 (the key), 404, 409, 400 or a cancelled call.
    return m_api.isTransient();
}

#include "Authenticator.h"

#include "PinHasher.h"
#include "util/Clock.h"

#include <QPointer>
#include <QThreadPool>

std::optional<Authenticator::Outcome>
Authenticator::lockedOutcome(const std::optional<MemberStore::PinRecord> &record) const
{
    const qint64 now = Clock::instance().currentMSecsSinceEpoch();
    if (!record || record->lockedUntilMs <= now)
        return std::nullopt;
    Outcome o;
    o.lockedForMs = record->lockedUntilMs - now;
    o.message = tr("Too many wrong PINs. Try again in %n second(s).", nullptr, int((o.lockedForMs + 999) / 1000));
    return o;
}

namespace {
QString decoyHash()
{
    // Hash even when there is no such account, so the time taken does not tell.
    static const QString decoy = PinHasher::hash(QStringLiteral("00000000"));
    return decoy;
}
} // namespace

Authenticator::Outcome Authenticator::settle(const std::optional<MemberStore::PinRecord> &record, bool match,
                                             const std::function<void(int, qint64)> &save)
{
    Outcome o;
    if (match && record) {
        save(0, 0);
        o.ok = true;
        return o;
    }
    if (record) {
        const qint64 now = Clock::instance().currentMSecsSinceEpoch();
        const int failures = record->failures + 1;
        const qint64 lock = PinLockout::lockMsAfter(failures);
        save(failures, lock ? now + lock : 0);
        if (lock) {
            o.lockedForMs = lock;
            o.message = tr("Too many wrong PINs. Try again in %n second(s).", nullptr, int(lock / 1000));
            return o;
        }
    }
    o.message = tr("That username and PIN don't match. Check them and try again.");
    return o;
}

Authenticator::Outcome Authenticator::check(const std::optional<MemberStore::PinRecord> &record, const QString &pin,
                                            const std::function<void(int, qint64)> &save)
{
    if (const auto locked = lockedOutcome(record))
        return *locked;
    const bool match = PinHasher::verify(pin, record ? record->hash : decoyHash());
    return settle(record, match, save);
}

void Authenticator::staffLoginAsync(const QString &username, const QString &pin, QObject *context,
                                    std::function<void(const Outcome &)> done)
{
    const std::optional<MemberStore::PinRecord> record = m_store->staffPin(username);
    if (const auto locked = lockedOutcome(record)) {
        done(*locked);
        return;
    }
    const QString hash = record ? record->hash : QString();
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([=]() {
        const bool match = PinHasher::verify(pin, hash.isEmpty() ? decoyHash() : hash);
        QMetaObject::invokeMethod(
            context,
            [=]() {
                if (!guard)
                    return;
                // Read the record again: another terminal may have counted a failure meanwhile.
                const auto now = m_store->staffPin(username);
                Outcome o = settle(now, match && now && now->hash == hash, [this, username](int f, qint64 until) {
                    m_store->setStaffPinState(username, f, until);
                });
                if (o.ok)
                    o.staff = m_store->staff(username);
                done(o);
            },
            Qt::QueuedConnection);
    });
}

void Authenticator::addStaffAsync(const QString &username, StaffRole role, const QString &pin, QObject *context,
                                  std::function<void(bool, const QString &)> done)
{
    if (username.trimmed().isEmpty()) {
        done(false, tr("Enter a username."));
        return;
    }
    if (PinHasher::validate(pin).isEmpty()) {
        done(false, tr("A PIN is 4 to 8 digits."));
        return;
    }
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([=]() {
        const QString hash = PinHasher::hash(pin);
        QMetaObject::invokeMethod(
            context,
            [=]() {
                if (!guard)
                    return;
                QString error;
                if (hash.isEmpty()) {
                    done(false, tr("The PIN could not be protected (libsodium is not available)."));
                    return;
                }
                const bool ok = m_store->createStaff(username, role, hash, &error);
                done(ok, error);
            },
            Qt::QueuedConnection);
    });
}

Authenticator::Outcome Authenticator::staffLogin(const QString &username, const QString &pin)
{
    Outcome o = check(m_store->staffPin(username), pin, [this, username](int failures, qint64 until) {
        m_store->setStaffPinState(username, failures, until);
    });
    if (o.ok)
        o.staff = m_store->staff(username);
    return o;
}

Authenticator::Outcome Authenticator::memberLogin(const QString &membershipNumber, const QString &pin)
{
    const std::optional<Member> member = m_store->memberByNumber(membershipNumber);
    const std::optional<MemberStore::PinRecord> record =
        member && !member->deleted ? m_store->memberPin(member->id) : std::nullopt;
    Outcome o = check(record, pin, [this, member](int failures, qint64 until) {
        if (member)
            m_store->setMemberPinState(member->id, failures, until);
    });
    if (o.ok)
        o.member = member;
    else if (!o.lockedForMs)
        o.message = tr("That membership number and PIN don't match. Check them and try again.");
    return o;
}

bool Authenticator::addStaff(const QString &username, StaffRole role, const QString &pin, QString *error)
{
    if (username.trimmed().isEmpty()) {
        *error = tr("Enter a username.");
        return false;
    }
    if (PinHasher::validate(pin).isEmpty()) {
        *error = tr("A PIN is 4 to 8 digits.");
        return false;
    }
    const QString hash = PinHasher::hash(pin);
    if (hash.isEmpty()) {
        *error = tr("The PIN could not be protected (libsodium is not available).");
        return false;
    }
    return m_store->createStaff(username, role, hash, error);
}

#include "Authenticator.h"

#include "PinHasher.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <memory>

std::optional<Authenticator::Outcome>
Authenticator::lockedOutcome(const std::optional<CredentialStore::PinRecord> &record) const
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

// Runs `work` on the thread pool, then `deliver` with its result on the application's thread, unless `context` has
// been deleted by then (a member who walks away from the kiosk while their PIN is hashed takes its screen with them).
// The worker never touches `context`, not even a QPointer to it: the answer is posted to the application object, and
// only there, on `context`'s own thread, is the guard read. The handle is released there too.
template <typename T> void offThread(QObject *context, std::function<T()> work, std::function<void(const T &)> deliver)
{
    struct Handle
    {
        QPointer<QObject> context;
        std::function<void(const T &)> deliver;
    };
    auto handle = std::make_shared<Handle>(Handle{QPointer<QObject>(context), std::move(deliver)});
    QThreadPool::globalInstance()->start([handle = std::move(handle), work = std::move(work)]() mutable {
        T result = work();
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return; // the program is ending
        QMetaObject::invokeMethod(
            app,
            [handle = std::move(handle), result = std::move(result)]() {
                if (handle->context)
                    handle->deliver(result);
            },
            Qt::QueuedConnection);
    });
}
} // namespace

Authenticator::Outcome Authenticator::settle(const std::optional<CredentialStore::PinRecord> &record, bool match,
                                             const std::function<void(int, qint64)> &save)
{
    Outcome o;
    // An account with no PIN behind it (record with an empty hash) never matches, but its failures count the same.
    if (match && record && !record->hash.isEmpty()) {
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

Authenticator::Outcome Authenticator::check(const std::optional<CredentialStore::PinRecord> &record, const QString &pin,
                                            const std::function<void(int, qint64)> &save)
{
    if (const auto locked = lockedOutcome(record))
        return *locked;
    const bool hasHash = record && !record->hash.isEmpty();
    const bool match = PinHasher::verify(pin, hasHash ? record->hash : decoyHash()) && hasHash;
    return settle(record, match, save);
}

Authenticator::Account Authenticator::staffAccount(const QString &username) const
{
    Account a;
    a.record = m_store->credentials().staffPin(username);
    if (a.record) {
        a.save = [store = m_store, username](int f, qint64 until) {
            store->credentials().setStaffPinState(username, f, until);
        };
    } else {
        a.record = m_store->credentials().unknownLogin(QStringLiteral("staff"), username);
        a.save = [store = m_store, username](int f, qint64 until) {
            store->credentials().setUnknownLogin(QStringLiteral("staff"), username, f, until);
        };
    }
    return a;
}

Authenticator::Account Authenticator::memberAccount(const QString &membershipNumber) const
{
    Account a;
    const std::optional<Member> member = m_store->memberByNumber(membershipNumber.trimmed());
    if (member && !member->deleted)
        a.record = m_store->credentials().memberPin(member->id);
    if (a.record) {
        a.memberId = member->id;
        a.save = [store = m_store, id = member->id](int f, qint64 until) {
            store->credentials().setMemberPinState(id, f, until);
        };
    } else {
        // No such member, or one without a kiosk PIN: counted under the number typed.
        a.record = m_store->credentials().unknownLogin(QStringLiteral("member"), membershipNumber);
        a.save = [store = m_store, membershipNumber](int f, qint64 until) {
            store->credentials().setUnknownLogin(QStringLiteral("member"), membershipNumber, f, until);
        };
    }
    return a;
}

void Authenticator::loginAsync(const std::function<Account()> &account, const QString &pin, QObject *context,
                               std::function<void(const Outcome &)> done, const std::function<void(Outcome &)> &fill)
{
    const Account before = account();
    if (const auto locked = lockedOutcome(before.record)) {
        done(*locked);
        return;
    }
    const QString hash = before.record ? before.record->hash : QString();
    offThread<bool>(
        context,
        [pin, hash]() { return PinHasher::verify(pin, hash.isEmpty() ? decoyHash() : hash) && !hash.isEmpty(); },
        [=](const bool &match) {
            // Read the account again: another terminal may have counted a failure (or changed the PIN) meanwhile.
            const Account now = account();
            if (const auto locked = lockedOutcome(now.record)) {
                done(*locked);
                return;
            }
            Outcome o = settle(now.record, match && now.record && now.record->hash == hash, now.save);
            if (o.ok)
                fill(o);
            done(o);
        });
}

void Authenticator::staffLoginAsync(const QString &username, const QString &pin, QObject *context,
                                    std::function<void(const Outcome &)> done)
{
    loginAsync([this, username]() { return staffAccount(username); }, pin, context, std::move(done),
               [this, username](Outcome &o) { o.staff = m_store->credentials().staff(username); });
}

void Authenticator::memberLoginAsync(const QString &membershipNumber, const QString &pin, QObject *context,
                                     std::function<void(const Outcome &)> done)
{
    loginAsync(
        [this, membershipNumber]() { return memberAccount(membershipNumber); }, pin, context,
        [done = std::move(done)](const Outcome &o) {
            Outcome out = o;
            if (!out.ok && !out.lockedForMs)
                out.message = tr("That membership number and PIN don't match. Check them and try again.");
            done(out);
        },
        [this, membershipNumber](Outcome &o) { o.member = m_store->memberByNumber(membershipNumber.trimmed()); });
}

void Authenticator::setMemberPinAsync(qint64 memberId, const QString &pin, QObject *context,
                                      std::function<void(bool ok, const QString &error)> done)
{
    if (const QString weak = PinHasher::weakness(pin); !weak.isEmpty()) {
        done(false, weak);
        return;
    }
    hashAsync(pin, context, [this, memberId, done](const QString &hash) {
        if (hash.isEmpty()) {
            done(false, tr("The PIN could not be protected (libsodium is not available)."));
            return;
        }
        if (!m_store->credentials().setMemberPin(memberId, hash)) {
            done(false, tr("The PIN could not be saved. Check the connection to the member database and try again."));
            return;
        }
        done(true, QString());
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
    hashAsync(pin, context, [this, username, role, done](const QString &hash) {
        if (hash.isEmpty()) {
            done(false, tr("The PIN could not be protected (libsodium is not available)."));
            return;
        }
        LocalError error;
        const bool ok = m_store->credentials().createStaff(username, role, hash, &error);
        done(ok, error.message());
    });
}

void Authenticator::hashAsync(const QString &pin, QObject *context, std::function<void(const QString &hash)> done)
{
    offThread<QString>(
        context, [pin]() { return PinHasher::hash(pin); }, std::move(done));
}

Authenticator::Outcome Authenticator::staffLogin(const QString &username, const QString &pin)
{
    const Account a = staffAccount(username);
    Outcome o = check(a.record, pin, a.save);
    if (o.ok)
        o.staff = m_store->credentials().staff(username);
    return o;
}

Authenticator::Outcome Authenticator::memberLogin(const QString &membershipNumber, const QString &pin)
{
    const Account a = memberAccount(membershipNumber);
    Outcome o = check(a.record, pin, a.save);
    if (o.ok)
        o.member = m_store->member(a.memberId);
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
    LocalError stored;
    const bool ok = m_store->credentials().createStaff(username, role, hash, &stored);
    if (!ok)
        *error = stored.message();
    return ok;
}

#include "PinHasher.h"

#include <QCoreApplication>

#include <QRegularExpression>
#include <sodium.h>

namespace {
bool fastForTests = false;

bool initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

namespace PinHasher {

bool available()
{
    return initialise();
}

QString validate(const QString &pin)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4,8}$")); // ASCII digits only, not any script's
    return re.match(pin).hasMatch() ? pin : QString();
}

QString weakness(const QString &pin)
{
    if (validate(pin).isEmpty())
        return QCoreApplication::translate("PinHasher", "A PIN is 4 to 8 digits.");
    bool same = true, up = true, down = true;
    for (int i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && (step == 1 || step == -9);
        down = down && (step == -1 || step == 9);
    }
    if (same || up || down)
        return QCoreApplication::translate("PinHasher", "Choose a PIN that is harder to guess than 1111 or 1234.");
    return {};
}

void setFastForTests(bool fast)
{
    fastForTests = fast;
}

QString hash(const QString &pin)
{
    if (!initialise())
        return {};
    const QByteArray secret = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = fastForTests ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = fastForTests ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, secret.constData(), size_t(secret.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) !=
        0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &pin, const QString &storedHash)
{
    if (!initialise() || storedHash.isEmpty())
        return false;
    const QByteArray secret = pin.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), secret.constData(), size_t(secret.size())) == 0;
}

} // namespace PinHasher

qint64 PinLockout::lockMsAfter(int failures)
{
    if (failures < freeAttempts)
        return 0;
    const int doublings = std::min(failures - freeAttempts, 7);
    return std::min<qint64>(30000LL << doublings, 3600000LL);
}

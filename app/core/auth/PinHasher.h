#pragma once

#include <QString>

// PINs are stored only as argon2id hashes (libsodium's crypto_pwhash_str: salt and parameters inside the string).
namespace PinHasher {
// True when libsodium is usable (it is initialised on first use).
bool available();
// A PIN is 4 to 8 digits. Returns an empty string when it is not.
QString validate(const QString &pin);
// Why a PIN should not be used (not 4 to 8 digits; one digit repeated; a run like 1234 or 9876), or empty.
QString weakness(const QString &pin);
QString hash(const QString &pin);
// Constant-time check of a PIN against a stored hash.
bool verify(const QString &pin, const QString &storedHash);
// Use cheaper parameters (tests only; never in the application).
void setFastForTests(bool fast);
} // namespace PinHasher

// Decides whether a PIN attempt may be made, and what happens after a wrong one: after 5 wrong PINs in a row
// the account is locked for 30 s, and every further wrong PIN doubles the lock (capped at one hour).
struct PinLockout
{
    static constexpr int freeAttempts = 5;
    static qint64 lockMsAfter(int failures);
};

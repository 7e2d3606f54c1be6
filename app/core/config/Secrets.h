#pragma once

#include <functional>
#include <QObject>

// The imin API key: in the OS keychain (QtKeychain); where no keychain service exists (CI, a bare server), from the
// environment variable ACTIVEDESK_IMIN_API_KEY. Never written in clear to disk, never logged.
class Secrets : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *environmentVariable = "ACTIVEDESK_IMIN_API_KEY";
    explicit Secrets(QObject *parent = nullptr);

    // `done(key, error)`: the key (environment first), or an empty key and a sentence saying why.
    void readApiKey(std::function<void(const QString &key, const QString &error)> done);
    void writeApiKey(const QString &key, std::function<void(const QString &error)> done);
};

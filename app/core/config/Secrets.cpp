#include "Secrets.h"

#include <qt6keychain/keychain.h>

namespace {
const QString service = QStringLiteral("ActiveDesk");
const QString account = QStringLiteral("imin-api-key");
} // namespace

Secrets::Secrets(QObject *parent) : QObject(parent) {}

void Secrets::readApiKey(std::function<void(const QString &, const QString &)> done)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        done(fromEnvironment, {});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [job, done]() {
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            done({}, tr("No imin API key is set. An administrator can set one with `activedesk-admin set-api-key` "
                        "or in Settings."));
        } else {
            done({}, tr("The keychain could not be read (%1). Set %2 instead.")
                         .arg(job->errorString(), QLatin1String(environmentVariable)));
        }
    });
    job->start();
}

void Secrets::writeApiKey(const QString &key, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [job, done]() {
        if (job->error() == QKeychain::NoError)
            done({});
        else
            done(tr("No keychain service could store the key (%1). On a machine without one, set the environment "
                    "variable %2 for ActiveDesk instead.")
                     .arg(job->errorString(), QLatin1String(environmentVariable)));
    });
    job->start();
}

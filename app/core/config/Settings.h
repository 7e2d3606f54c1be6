#pragma once

#include "imin/ImminConfig.h"

#include <QString>

class QSettings;

// Non-secret settings in QSettings (a throw-away file in tests). The API key is never written here.
class Settings
{
public:
    // `file` empty: the platform's standard place for ActiveDesk.
    explicit Settings(const QString &file = {});
    ~Settings();

    ImminConfig imminConfig() const; // without the key
    void setImminConfig(const ImminConfig &config);
    bool hasImminEndpoint() const;
    QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);
    QString fileName() const;

private:
    QSettings *m_settings;
};

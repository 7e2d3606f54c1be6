#pragma once

#include "imin/ImminConfig.h"

#include <QString>

class QSettings;

// How the kiosk behaves (activedesk --kiosk).
struct KioskConfig
{
    int idleSeconds = 90;      // a logged-in member's walk-away time (and the sign-up form's)
    int logInIdleSeconds = 30; // on the way from the welcome screen to logging in
    int warningSeconds = 15;   // the countdown shown before either ends
    QString centreName;        // empty: the broker name
    QString terms;             // shown at sign-up; empty: a plain default
    static QString defaultTerms();
};

// Where the centre is: searches start here (the desk's and kiosk's "near the centre").
struct SiteLocation
{
    double latitude = 51.7520;
    double longitude = -1.2578;
    double radiusKm = 15;
};

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
    KioskConfig kioskConfig() const;
    void setKioskConfig(const KioskConfig &config);
    // The program's language: "en_GB", "cy", or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);
    QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);
    SiteLocation site() const;
    void setSite(const SiteLocation &site);
    QString fileName() const;

private:
    QSettings *m_settings;
};

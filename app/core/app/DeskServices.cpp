#include "DeskServices.h"

#include <QSettings>

DeskServices::DeskServices(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<Settings>(settingsFile)), m_store(std::make_unique<MemberStore>())
{}

DeskServices::~DeskServices()
{
    if (m_sync)
        m_sync->stop();
    if (m_watcher)
        m_watcher->stop();
}

bool DeskServices::open(const QString &dataDir, QString *error)
{
    const QString url = m_settings->databaseUrl();
    if (!m_store->open(url.isEmpty() ? dataDir : url, error))
        return false;
    m_auth = std::make_unique<Authenticator>(m_store.get());
    m_watcher = std::make_unique<MemberWatcher>(m_store.get());
    connect(m_watcher.get(), &MemberWatcher::membersChanged, this, &DeskServices::membersChanged);
    m_watcher->start();
    return true;
}

void DeskServices::connectImin(const ImminConfig &config, bool sandbox)
{
    m_sandbox = sandbox;
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
    m_client = std::make_unique<ImminClient>(config);
    m_sync = std::make_unique<SyncWorker>(m_store.get(), m_client.get());
    connect(m_sync.get(), &SyncWorker::entryFinished, this, [this](qint64 id, bool) { Q_EMIT memberSyncChanged(id); });
    m_sync->start();
}

DeskServices::Site DeskServices::site() const
{
    QSettings s(m_settings->fileName(), QSettings::IniFormat);
    Site site;
    site.latitude = s.value(QStringLiteral("site/latitude"), site.latitude).toDouble();
    site.longitude = s.value(QStringLiteral("site/longitude"), site.longitude).toDouble();
    site.radiusKm = s.value(QStringLiteral("site/radiusKm"), site.radiusKm).toDouble();
    return site;
}

void DeskServices::setSite(const Site &site)
{
    QSettings s(m_settings->fileName(), QSettings::IniFormat);
    s.setValue(QStringLiteral("site/latitude"), site.latitude);
    s.setValue(QStringLiteral("site/longitude"), site.longitude);
    s.setValue(QStringLiteral("site/radiusKm"), site.radiusKm);
}

void DeskServices::logIn(const StaffAccount &staff)
{
    m_staff = staff;
    Q_EMIT loggedIn();
}

void DeskServices::logOut()
{
    m_staff.reset();
    Q_EMIT loggedOut();
}

MemberStore::SaveOutcome DeskServices::saveMember(Member &member, QString *error)
{
    const MemberStore::SaveOutcome outcome =
        member.id ? m_store->updateMember(member, error)
                  : (m_store->createMember(member, error) ? MemberStore::SaveOutcome::Saved
                                                          : MemberStore::SaveOutcome::Failed);
    if (outcome == MemberStore::SaveOutcome::Saved && m_sync)
        m_sync->poke();
    return outcome;
}

bool DeskServices::deleteMember(qint64 id, QString *error)
{
    const bool ok = m_store->deleteMember(id, error);
    if (ok && m_sync)
        m_sync->poke();
    return ok;
}

void DeskServices::retrySync(qint64 memberId)
{
    m_store->retryMember(memberId);
    if (m_sync)
        m_sync->poke();
    Q_EMIT memberSyncChanged(memberId);
}

#pragma once

#include "auth/Authenticator.h"
#include "config/Settings.h"
#include "domain/MemberMerge.h"
#include "imin/ImminClient.h"
#include "services/Attribution.h"
#include "store/MemberStore.h"
#include "store/MemberWatcher.h"
#include "sync/SyncWorker.h"

#include <memory>
#include <QObject>

// Everything a desk screen uses that is not drawing: the member store, imin, the outbox sender, log-in, and who is
// logged in. One per application; the screens get a pointer.
class Services : public QObject
{
    Q_OBJECT
public:
    using Site = SiteLocation;

    Services(const QString &settingsFile, QObject *parent = nullptr);
    ~Services() override;

    // Opens the member database (the settings' PostgreSQL URL, else SQLite in `dataDir`).
    bool open(const QString &dataDir, QString *error);
    // imin: the configured endpoints, or a sandbox origin (which overrides them).
    void connectImin(const ImminConfig &config, bool sandbox);

    MemberStore &store() { return *m_store; }
    ImminClient &client() { return *m_client; }
    // Whose open data a detail shows ("Source: …", contract 2.5), for the current connection.
    Attribution &attribution() { return *m_attribution; }
    SyncWorker &sync() { return *m_sync; }
    Settings &settings() { return *m_settings; }
    bool isOpen() const { return m_auth != nullptr; } // the member database is open
    Authenticator &auth() { return *m_auth; }
    bool isSandbox() const { return m_sandbox; }
    Site site() const;
    void setSite(const Site &site);

    // Who is at the desk.
    std::optional<StaffAccount> staff() const { return m_staff; }
    void logIn(const StaffAccount &staff);
    void logOut();

    // Saves the member (over `member.version`: see MemberStore::updateMember) and wakes the sync worker. `error`
    // receives a sentence for a person.
    MemberStore::SaveOutcome saveMember(Member &member, LocalError *error);
    // Saves what a form changed from `base` (the member as that form loaded it), merging changes another desk saved
    // meanwhile to other fields. Conflict: both changed a field; `conflicts` lists them, `theirs` is the newer member.
    struct MergedSave
    {
        MemberStore::SaveOutcome outcome = MemberStore::SaveOutcome::Failed;
        Member saved;                  // when Saved
        QStringList mergedFromOthers;  // labels of fields taken from the other save
        MemberMerge::Result conflicts; // when Conflict
        std::optional<Member> theirs;  // when Conflict
        LocalError error;
    };
    MergedSave saveMerging(const Member &member, const Person &base, const QDate &today);
    bool deleteMember(qint64 id, LocalError *error);
    // Two records of one person become `keep` (see MemberStore::mergeMembers); the kept member's change is sent.
    MemberStore::SaveOutcome mergeMembers(Member &keep, const Member &gone, LocalError *error);
    // A member joining at the kiosk: made here (with the next free membership number), sent to imin by the outbox,
    // with a kiosk PIN. `done` gets the member, or a sentence for them.
    void signUpMember(const Person &person, const QString &pin, QObject *context,
                      std::function<void(const std::optional<Member> &member, const QString &error)> done);
    void retrySync(qint64 memberId);

Q_SIGNALS:
    void loggedIn();
    void loggedOut();
    void memberSyncChanged(qint64 memberId);
    // Members changed in the database by anyone (this desk included): an open form compares versions.
    void membersChanged(const QVector<qint64> &memberIds);

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemberStore> m_store;
    std::unique_ptr<ImminClient> m_client;
    std::unique_ptr<Attribution> m_attribution;
    std::unique_ptr<SyncWorker> m_sync;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<MemberWatcher> m_watcher;
    std::optional<StaffAccount> m_staff;
    bool m_sandbox = false;
};

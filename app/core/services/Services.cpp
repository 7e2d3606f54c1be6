#include "Services.h"

#include "auth/PinHasher.h"
#include "domain/MemberValidation.h"

Services::Services(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<Settings>(settingsFile)), m_store(std::make_unique<MemberStore>()),
      m_attribution(std::make_unique<Attribution>(nullptr))
{}

Services::~Services()
{
    if (m_sync)
        m_sync->stop();
    if (m_watcher)
        m_watcher->stop();
}

bool Services::open(const QString &dataDir, QString *error)
{
    const QString url = m_settings->databaseUrl();
    if (!m_store->open(url.isEmpty() ? dataDir : url, error))
        return false;
    m_auth = std::make_unique<Authenticator>(m_store.get());
    m_watcher = std::make_unique<MemberWatcher>(m_store.get());
    connect(m_watcher.get(), &MemberWatcher::membersChanged, this, &Services::membersChanged);
    m_watcher->start();
    return true;
}

void Services::connectImin(const ImminConfig &config, bool sandbox)
{
    m_sandbox = sandbox;
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
    m_attribution->setClient(nullptr); // the old client goes; its dataset list with it
    m_client = std::make_unique<ImminClient>(config);
    m_attribution->setClient(m_client.get());
    m_sync = std::make_unique<SyncWorker>(m_store.get(), m_client.get());
    connect(m_sync.get(), &SyncWorker::entryFinished, this, [this](qint64 id, bool) { Q_EMIT memberSyncChanged(id); });
    m_sync->start();
}

Services::Site Services::site() const
{
    return m_settings->site();
}

void Services::setSite(const Site &site)
{
    m_settings->setSite(site);
}

void Services::logIn(const StaffAccount &staff)
{
    m_staff = staff;
    Q_EMIT loggedIn();
}

void Services::logOut()
{
    m_staff.reset();
    Q_EMIT loggedOut();
}

MemberStore::SaveOutcome Services::saveMember(Member &member, LocalError *error)
{
    const MemberStore::SaveOutcome outcome =
        member.id ? m_store->updateMember(member, error)
                  : (m_store->createMember(member, error) ? MemberStore::SaveOutcome::Saved
                                                          : MemberStore::SaveOutcome::Failed);
    if (outcome == MemberStore::SaveOutcome::Saved && m_sync)
        m_sync->poke();
    return outcome;
}

Services::MergedSave Services::saveMerging(const Member &member, const Person &base, const QDate &today)
{
    MergedSave result;
    Member m = member;
    Person loaded = base;
    for (int attempt = 0; attempt < 4; ++attempt) {
        m.person.is13OrOver = MemberValidation::is13OrOver(m.person.birthDate, today);
        LocalError error;
        result.outcome = saveMember(m, &error);
        result.error = error;
        switch (result.outcome) {
        case MemberStore::SaveOutcome::Saved:
            result.saved = m_store->member(m.id).value_or(m);
            return result;
        case MemberStore::SaveOutcome::Deleted:
        case MemberStore::SaveOutcome::Failed:
            return result;
        case MemberStore::SaveOutcome::Conflict:
            break;
        }
        // Saved elsewhere since the form loaded it: merge what can be merged, hand back the rest.
        const std::optional<Member> theirs = m_store->member(m.id);
        if (!theirs || theirs->deleted) {
            result.outcome = MemberStore::SaveOutcome::Deleted;
            result.error =
                LocalError(LocalError::Kind::Deleted,
                           tr("This member was deleted (perhaps at another desk), so the change was not saved."));
            return result;
        }
        const MemberMerge::Result merge = MemberMerge::merge(loaded, m.person, theirs->person);
        if (!merge.conflicts.isEmpty()) {
            result.conflicts = merge;
            result.theirs = theirs;
            return result;
        }
        for (const QString &label : merge.takenFromTheirs) {
            if (!result.mergedFromOthers.contains(label))
                result.mergedFromOthers << label;
        }
        loaded = theirs->person;
        m.person = merge.merged;
        m.version = theirs->version;
    }
    result.outcome = MemberStore::SaveOutcome::Failed;
    result.error =
        LocalError(LocalError::Kind::Busy, tr("This member keeps changing at another desk. Try again in a moment."));
    return result;
}

void Services::signUpMember(const Person &person, const QString &pin, QObject *context,
                            std::function<void(const std::optional<Member> &, const QString &)> done)
{
    if (const QString weak = PinHasher::weakness(pin); !weak.isEmpty()) {
        done(std::nullopt, weak);
        return;
    }
    // Hash first (slow, on a worker thread), then write the member, its outbox entry and its PIN.
    Authenticator::hashAsync(pin, context, [this, person, done](const QString &hash) {
        if (hash.isEmpty()) {
            done(std::nullopt, tr("Joining is not possible on this kiosk right now. Please ask at reception."));
            return;
        }
        Member m;
        m.person = person;
        LocalError error;
        if (saveMember(m, &error) != MemberStore::SaveOutcome::Saved ||
            !m_store->credentials().setMemberPin(m.id, hash)) {
            if (m.id)
                m_store->deleteMember(m.id, &error);
            done(std::nullopt, tr("Your membership could not be set up. Please try again, or ask at reception."));
            return;
        }
        done(m_store->member(m.id), QString());
    });
}

MemberStore::SaveOutcome Services::mergeMembers(Member &keep, const Member &gone, LocalError *error)
{
    const MemberStore::SaveOutcome outcome = m_store->mergeMembers(keep, gone, error);
    if (outcome == MemberStore::SaveOutcome::Saved && m_sync)
        m_sync->poke();
    return outcome;
}

bool Services::deleteMember(qint64 id, LocalError *error)
{
    const bool ok = m_store->deleteMember(id, error);
    if (ok && m_sync)
        m_sync->poke();
    return ok;
}

void Services::retrySync(qint64 memberId)
{
    m_store->retryMember(memberId);
    if (m_sync)
        m_sync->poke();
    Q_EMIT memberSyncChanged(memberId);
}

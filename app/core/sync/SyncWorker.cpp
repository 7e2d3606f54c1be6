#include "SyncWorker.h"

#include "imin/Entitlements.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>

SyncWorker::SyncWorker(MemberStore *store, ImminClient *client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client),
      m_owner(QStringLiteral("%1:%2:%3")
                  .arg(QSysInfo::machineHostName())
                  .arg(QCoreApplication::applicationPid())
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{
    // Longer than any one call can take (its time limit covers its retries), with room to spare.
    m_leaseMs = std::max<qint64>(10000, 3LL * client->config().timeoutMs + 5000);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &SyncWorker::pump);
}

qint64 SyncWorker::now() const
{
    return Clock::instance().currentMSecsSinceEpoch();
}

void SyncWorker::start()
{
    m_running = true;
    m_draining = false;
    pump();
}

void SyncWorker::drain(int waitMs)
{
    m_running = true;
    m_draining = true;
    m_drainDeadline = now() + waitMs;
    pump();
}

void SyncWorker::stop()
{
    m_running = false;
    m_wake.stop();
    // Entries this worker will not finish go back at once instead of waiting for the lease to run out.
    if (m_inFlight.isEmpty())
        m_store->outbox().releaseLeases(m_owner);
}

void SyncWorker::poke()
{
    if (m_running)
        QMetaObject::invokeMethod(this, &SyncWorker::pump, Qt::QueuedConnection);
}

void SyncWorker::pump()
{
    if (!m_running)
        return;
    const int room = m_parallel - int(m_inFlight.size());
    if (room > 0) {
        const QVector<OutboxEntry> claimed = m_store->outbox().claimEntries(m_owner, now(), m_leaseMs, room);
        for (const OutboxEntry &e : claimed) {
            m_inFlight.insert(e.memberId);
            process(e);
        }
    }
    if (m_inFlight.isEmpty())
        scheduleWake();
}

void SyncWorker::scheduleWake()
{
    const std::optional<qint64> next = m_store->outbox().nextAttemptAt();
    if (!next) {
        if (m_draining) {
            m_running = false;
            Q_EMIT drained();
        }
        return;
    }
    if (m_draining && *next > m_drainDeadline) {
        m_running = false;
        Q_EMIT drained();
        return;
    }
    m_wake.start(int(std::clamp<qint64>(*next - now(), 0, m_backoffMax)));
}

void SyncWorker::process(const OutboxEntry &entry)
{
    const std::optional<Member> member = m_store->member(entry.memberId);
    auto done = [this, entry](const Problem &problem) { finish(entry, problem); };
    if (!member) {
        m_store->outbox().markFailed(entry, tr("The member record is missing from the database."));
        finish(entry, ApiError(ApiError::Kind::Cancelled, 0, {}, {}));
        return;
    }
    ++m_stats.sent;
    switch (entry.kind) {
    case OutboxEntry::Kind::Create:
        if (!member->iminIdentifier.isEmpty()) {
            m_store->outbox().completeEntries({entry.id}); // already created (an earlier entry, or a replayed answer)
            done({});
            return;
        }
        m_client->createCustomer(
            member->person, this,
            [this, entry, done](const Result<CustomerAccount> &r) {
                if (!r.ok()) {
                    done(r.error);
                    return;
                }
                QString existing;
                const auto outcome = m_store->outbox().completeCreate(entry, r.value->identifier, &existing);
                if (outcome == Outbox::CreateOutcome::Failed) {
                    done(localWriteFailed());
                    return;
                }
                if (outcome == Outbox::CreateOutcome::AlreadyLinked) {
                    // Another worker's create for this member won: this customer is surplus, so imin loses it again.
                    ++m_stats.surplusRemoved;
                    m_client->deleteCustomer(r.value->identifier, this, [](const Result<Nothing> &) {});
                    done({});
                    return;
                }
                // The create is recorded; an entitlement that cannot be sent now goes again with an update.
                const qint64 memberId = entry.memberId;
                sendEntitlement(memberId, [this, memberId, done](const Problem &error) {
                    if (error.isError())
                        m_store->outbox().queueUpdate(memberId);
                    done({});
                });
            },
            entry.key);
        return;
    case OutboxEntry::Kind::Update: {
        // One call carries the latest details for this and every update queued right after it.
        QVector<qint64> covered = m_store->outbox().laterUpdates(entry);
        covered.prepend(entry.id);
        // The update is done when imin has the details and the entitlement they call for (contract 3.5).
        const qint64 memberId = entry.memberId;
        m_client->updateCustomer(member->iminIdentifier, member->person, this,
                                 [this, covered, memberId, done](const Result<CustomerUpdateResult> &r) {
                                     if (!r.ok()) {
                                         done(r.error);
                                         return;
                                     }
                                     sendEntitlement(memberId, [this, covered, done](const Problem &error) {
                                         if (!error.isError() && !m_store->outbox().completeEntries(covered)) {
                                             done(localWriteFailed());
                                             return;
                                         }
                                         done(error);
                                     });
                                 });
        return;
    }
    case OutboxEntry::Kind::Delete:
        if (member->iminIdentifier.isEmpty()) {
            m_store->outbox().completeDelete(entry); // imin never had this member
            done({});
            return;
        }
        m_client->deleteCustomer(member->iminIdentifier, this, [this, entry, done](const Result<Nothing> &r) {
            // 404: imin no longer has the customer, which is what a delete wants.
            const bool gone = r.ok() || r.error.httpStatus() == 404 || r.error.httpStatus() == 410;
            if (gone && !m_store->outbox().completeDelete(entry)) {
                done(localWriteFailed());
                return;
            }
            done(gone ? ApiError() : r.error);
        });
        return;
    }
}

LocalError SyncWorker::localWriteFailed()
{
    return LocalError(LocalError::Kind::Storage,
                      tr("imin has the change, but the member database could not record it. It will be sent again."));
}

void SyncWorker::sendEntitlement(qint64 memberId, const std::function<void(const Problem &)> &done)
{
    const ImminConfig &config = m_client->config();
    const std::optional<Member> member = config.sendsEntitlements() ? m_store->member(memberId) : std::nullopt;
    if (!member || member->deleted || member->iminIdentifier.isEmpty()) {
        done({});
        return;
    }
    Entitlements::Plan plan = Entitlements::planFor(member->person.membership, Clock::instance().localDate(), config);
    const QString signature = plan.signature();
    const QString sent = m_store->outbox().entitlementSent(memberId);
    if (signature == sent) {
        done({});
        return;
    }
    if (plan.typeId.isEmpty()) // held no longer: what imin has ends now
        plan = Entitlements::ending(sent, Clock::instance().currentDateTimeUtc());
    QString problem;
    const QJsonObject action = Entitlements::actionBody(plan, config, &problem);
    if (action.isEmpty()) {
        done(LocalError(LocalError::Kind::Settings, problem)); // to fix, not to wait out
        return;
    }
    ++m_stats.entitlements;
    m_client->updateEntitlement(member->iminIdentifier, action, this,
                                [this, memberId, signature, done](const Result<Nothing> &r) {
                                    if (r.ok() && !m_store->outbox().setEntitlementSent(memberId, signature)) {
                                        done(localWriteFailed());
                                        return;
                                    }
                                    done(r.error);
                                });
}

void SyncWorker::finish(const OutboxEntry &entry, const Problem &error)
{
    m_inFlight.remove(entry.memberId);
    if (!error.isError()) {
        ++m_stats.succeeded;
    } else if (!error.isLocal() && error.api().kind() == ApiError::Kind::Cancelled) {
        // nothing to record
    } else if (error.canRetry()) {
        ++m_stats.retried;
        const qint64 backoff = std::min<qint64>(m_backoffMax, qint64(m_backoffBase) << std::min(entry.attempts, 16));
        const qint64 jitter = QRandomGenerator::global()->bounded(qint64(backoff / 4 + 1));
        m_store->outbox().scheduleRetry(entry, error.sentence(), now() + backoff + jitter);
    } else {
        ++m_stats.failed;
        QString reason = error.sentence();
        if (!error.isLocal() && error.api().httpStatus() == 404 && entry.kind == OutboxEntry::Kind::Update)
            reason = tr("imin no longer has this customer, so the change could not be sent.");
        m_store->outbox().markFailed(entry, reason);
    }
    Q_EMIT entryFinished(entry.memberId, !error.isError());
    Q_EMIT progress(m_stats.succeeded + m_stats.failed, m_store->outbox().pendingCount());
    pump();
}

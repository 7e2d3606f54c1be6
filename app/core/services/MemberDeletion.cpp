#include "MemberDeletion.h"

#include "Cancellation.h"
#include "Services.h"

#include <QMap>

MemberDeletion::MemberDeletion(Services *services, QObject *parent) : QObject(parent), m_services(services) {}

int MemberDeletion::cancellableCount() const
{
    return int(std::count_if(m_upcoming.begin(), m_upcoming.end(),
                             [](const OrderItem &i) { return i.isPresentlyCancellable.value_or(false); }));
}

void MemberDeletion::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void MemberDeletion::abandon()
{
    delete m_request;
    m_member = Member();
    m_upcoming.clear();
    setStage(Stage::Idle);
}

void MemberDeletion::check(const Member &member)
{
    abandon();
    m_member = member;
    if (member.iminIdentifier.isEmpty()) {
        Q_EMIT checked({}); // imin never had them, so there can be no bookings
        return;
    }
    m_request = new QObject(this);
    setStage(Stage::Checking);
    m_services->client().allUpcomingItems(member.iminIdentifier, m_request,
                                          [this](const Result<QVector<OrderItem>> &r) {
                                              setStage(Stage::Idle);
                                              if (!r.ok()) {
                                                  Q_EMIT checkFailed(r.error);
                                                  return;
                                              }
                                              m_upcoming = *r.value;
                                              Q_EMIT checked(m_upcoming);
                                          });
}

void MemberDeletion::deleteNow()
{
    if (!m_member.id)
        return;
    const QString name = m_member.displayName();
    LocalError error;
    if (!m_services->deleteMember(m_member.id, &error)) {
        Q_EMIT failed(error);
        return;
    }
    m_member = Member();
    m_upcoming.clear();
    Q_EMIT deleted(name);
}

void MemberDeletion::cancelBookingsThenDelete()
{
    // One cancellation per order, with the items of that order that can still be cancelled.
    QMap<QString, QStringList> byOrder;
    for (const OrderItem &i : std::as_const(m_upcoming)) {
        if (i.isPresentlyCancellable.value_or(false))
            byOrder[i.orderIdentifier] << i.id;
    }
    delete m_request;
    m_request = new QObject(this);
    setStage(Stage::Cancelling);
    Cancellation::cancelAndConfirm(m_services->client(), byOrder, m_request, [this](const Cancellation::Outcome &o) {
        setStage(Stage::Idle);
        if (!o.allConfirmed()) {
            Q_EMIT cancellationIncomplete(o.problem);
            return;
        }
        deleteNow();
    });
}

#pragma once

#include "domain/Domain.h"
#include "domain/Member.h"
#include "util/Problem.h"

#include <QObject>
#include <QPointer>

class Services;

// Deleting a member, the way the desk does it, without drawing anything: first what they have upcoming is read from
// imin (deleting does not cancel bookings); the view asks its question with what `checked` says; then either the
// member is deleted (bookings kept, under imin's placeholder name) or every booking that can still be cancelled is
// cancelled and confirmed by reading the orders back (Cancellation), and only then the member is deleted. Nothing is
// deleted after a cancellation that is not confirmed. `abandon()` (log-out, another member) drops whatever is under
// way.
class MemberDeletion : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Checking, Cancelling };
    explicit MemberDeletion(Services *services, QObject *parent = nullptr);

    // Step 1. A member imin never had cannot have bookings: `checked` comes at once with nothing.
    void check(const Member &member);
    // Step 2, once the person has answered.
    void deleteNow();
    void cancelBookingsThenDelete();
    void abandon();

    Stage stage() const { return m_stage; }
    const Member &member() const { return m_member; }
    const QVector<OrderItem> &upcoming() const { return m_upcoming; }
    int cancellableCount() const;

Q_SIGNALS:
    void stageChanged(MemberDeletion::Stage stage);
    void checked(const QVector<OrderItem> &upcoming); // ask: keep, delete keeping bookings, or cancel then delete
    void checkFailed(const Problem &problem);         // ask: delete without checking, or keep
    void deleted(const QString &name);
    void failed(const Problem &problem); // nothing was deleted
    // Some bookings could not be cancelled (or imin has not confirmed it): the member was kept. `problem` says why
    // when a call failed.
    void cancellationIncomplete(const Problem &problem);

private:
    void setStage(Stage stage);
    Services *m_services;
    Stage m_stage = Stage::Idle;
    Member m_member;
    QVector<OrderItem> m_upcoming;
    QPointer<QObject> m_request; // the calls under way die with it
};

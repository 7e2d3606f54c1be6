#pragma once

#include "domain/Member.h"

#include <QAbstractListModel>

class MemberStore;

// Members found by a search: name, then number, email and phone; a chip when a member is not up to date with imin.
class MemberListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        MemberIdRole = Qt::UserRole,
        NumberRole = Qt::UserRole + 1,
        SyncStateRole, // int(SyncState::State)
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_members.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    void setMembers(const QVector<Member> &members);
    const Member &member(int row) const { return m_members.at(row); }
    // One member changed (saved, or its sync state moved): that row only is read again.
    void refreshMember(const MemberStore &store, qint64 memberId);

    static QString syncChip(const SyncState &s);
    // "Jon Smith · card 100004 · age 45 · OX2 6HP · jon@example.org": enough to tell two people apart.
    static QString whoIs(const Member &member);

private:
    QVector<Member> m_members;
};

#include "MemberListModel.h"

#include "RowRole.h"
#include "store/MemberStore.h"
#include "util/Clock.h"

QString MemberListModel::syncChip(const SyncState &s)
{
    switch (s.state) {
    case SyncState::State::Synced:
        return {};
    case SyncState::State::Pending:
        return s.attempts ? tr("Waiting for imin") : tr("Sending");
    case SyncState::State::Failed:
        return tr("Not sent to imin");
    }
    return {};
}

QString MemberListModel::whoIs(const Member &m)
{
    QStringList parts{m.displayName(), tr("card %1").arg(m.membershipNumber)};
    if (const std::optional<int> age = ageOn(m.person, Clock::instance().localDate()))
        parts << tr("age %1").arg(*age);
    if (!m.person.address.postalCode.isEmpty())
        parts << m.person.address.postalCode;
    if (!m.person.email.isEmpty())
        parts << m.person.email;
    return parts.join(QStringLiteral(" · "));
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const Member &m = m_members.at(index.row());
    auto details = [&m]() {
        QStringList parts{m.membershipNumber};
        // Age and postcode tell two people of one name apart at a glance.
        const std::optional<int> age = ageOn(m.person, Clock::instance().localDate());
        if (age)
            parts << tr("age %1").arg(*age);
        if (!m.person.address.postalCode.isEmpty())
            parts << m.person.address.postalCode;
        if (!m.person.email.isEmpty())
            parts << m.person.email;
        if (!m.person.telephone.isEmpty())
            parts << m.person.telephone;
        return parts.join(QStringLiteral("  ·  "));
    };
    switch (role) {
    case Qt::DisplayRole:
    case RowRole::Title:
        return m.displayName();
    case RowRole::Subtitle:
        return details();
    case RowRole::Chip:
        return syncChip(m.sync);
    case RowRole::ChipKind:
        return m.sync.state == SyncState::State::Failed ? QStringLiteral("bad")
               : m.sync.attempts                        ? QStringLiteral("warn")
                                                        : QStringLiteral("muted");
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, member %2").arg(m.displayName(), m.membershipNumber);
        if (const std::optional<int> age = ageOn(m.person, Clock::instance().localDate()))
            text += QStringLiteral(", ") + tr("age %1").arg(*age);
        if (!m.person.address.postalCode.isEmpty())
            text += QStringLiteral(", ") + m.person.address.postalCode;
        if (!m.person.email.isEmpty())
            text += QStringLiteral(", ") + m.person.email;
        if (!m.person.telephone.isEmpty())
            text += QStringLiteral(", ") + m.person.telephone;
        if (const QString chip = syncChip(m.sync); !chip.isEmpty())
            text += QStringLiteral(", ") + chip;
        return text;
    }
    case MemberIdRole:
        return m.id;
    case NumberRole:
        return m.membershipNumber;
    case SyncStateRole:
        return int(m.sync.state);
    default:
        return {};
    }
}

void MemberListModel::setMembers(const QVector<Member> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void MemberListModel::refreshMember(const MemberStore &store, qint64 memberId)
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id != memberId)
            continue;
        const std::optional<Member> fresh = store.member(memberId);
        if (!fresh || fresh->deleted) {
            beginRemoveRows({}, row, row);
            m_members.removeAt(row);
            endRemoveRows();
            return;
        }
        m_members[row] = *fresh;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
}

#include "OfferModel.h"

#include "RowRole.h"
#include "util/Text.h"

QString OfferModel::whoFor(const Offer &o)
{
    if (o.ageMin && o.ageMax)
        return *o.ageMin <= 0 ? tr("Ages %1 and under").arg(*o.ageMax)
                              : tr("Ages %1 to %2").arg(*o.ageMin).arg(*o.ageMax);
    if (o.ageMin)
        return tr("Ages %1 and over").arg(*o.ageMin);
    if (o.ageMax)
        return tr("Ages %1 and under").arg(*o.ageMax);
    return {};
}

QString OfferModel::reason(const Row &r) const
{
    if (!r.blocked.isEmpty())
        return r.blocked;
    if (r.eligible)
        return {};
    const QString who = whoFor(r.offer);
    if (m_onlyEligible) // the member chooses for themselves
        return who.isEmpty() ? tr("Not for your age") : tr("Not for you: %1").arg(who.toLower());
    return who.isEmpty() ? tr("Not for this member's age") : tr("Not for this member: %1").arg(who.toLower());
}

QVariant OfferModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Offer &o = r.offer;
    const QString price = o.price ? Text::money(*o.price) : tr("Price on booking");
    auto subtitle = [&]() {
        if (const QString why = reason(r); !why.isEmpty())
            return why;
        QString text = o.description.isEmpty() ? whoFor(o) : o.description;
        if (o.membershipRequired && !text.contains(tr("membership"), Qt::CaseInsensitive))
            text = tr("Members only. %1").arg(text).trimmed();
        return text;
    };
    switch (role) {
    case Qt::DisplayRole:
    case RowRole::Title:
        return Text::offerName(o);
    case RowRole::Subtitle:
        return subtitle();
    case RowRole::Trailing:
        return price;
    case RowRole::Unavailable:
        return !r.eligible;
    case Qt::AccessibleTextRole:
        return QStringList{Text::offerName(o), price, subtitle()}.join(QStringLiteral(", "));
    case OfferIdRole:
        return o.id;
    case PriceRole:
        return o.price ? QVariant(*o.price) : QVariant();
    case EligibleRole:
        return r.eligible;
    default:
        return {};
    }
}

Qt::ItemFlags OfferModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    if (!m_rows.at(index.row()).eligible)
        return Qt::NoItemFlags; // not for this person's age, or not bookable at all: it can never stay chosen
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void OfferModel::setOffers(const QVector<Offer> &offers, std::optional<int> age, bool onlyEligible,
                           const std::function<QString(const Offer &)> &blocked)
{
    beginResetModel();
    m_onlyEligible = onlyEligible;
    m_rows.clear();
    for (const Offer &o : offers) {
        bool eligible = true;
        if (age)
            eligible = (!o.ageMin || *age >= *o.ageMin) && (!o.ageMax || *age <= *o.ageMax);
        const QString reason = blocked ? blocked(o) : QString();
        m_rows.append({o, eligible && reason.isEmpty(), reason});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.eligible > b.eligible; });
    endResetModel();
}

int OfferModel::rowOf(const QString &offerId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).offer.id == offerId)
            return i;
    }
    return -1;
}

#pragma once

#include "domain/Domain.h"

#include <functional>
#include <QAbstractListModel>

// The price levels of one date's SessionSeries. With the person's age known, the levels they can use come first and
// each other level says who it is for.
class OfferModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        OfferIdRole = Qt::UserRole + 1,
        PriceRole,
        EligibleRole,
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // `age`: the person's age on the day, if known: a level for other ages is shown, says who it is for, and cannot be
    // chosen (at the desk too: staff cannot book an 11-year-old at the adult level). `onlyEligible`: the member chooses
    // for themselves ("Not for you…" rather than "Not for this member…"). `blocked`: why a level cannot be booked at
    // all (members only, its booking window not open yet), or empty; such a level shows that sentence.
    void setOffers(const QVector<Offer> &offers, std::optional<int> age = std::nullopt, bool onlyEligible = false,
                   const std::function<QString(const Offer &)> &blocked = {});
    // Why the level in `row` cannot be chosen for this person, or empty.
    QString blockedReason(int row) const { return reason(m_rows.at(row)); }
    const Offer &offer(int row) const { return m_rows.at(row).offer; }
    int rowOf(const QString &offerId) const;
    // Who a level is for, from its age range ("Ages 16 and over"), or empty.
    static QString whoFor(const Offer &offer);

private:
    struct Row
    {
        Offer offer;
        bool eligible = true;
        QString blocked;
    };
    QString reason(const Row &r) const;
    QVector<Row> m_rows;
    bool m_onlyEligible = false;
};

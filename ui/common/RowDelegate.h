#pragma once

#include "RowRole.h"

#include <QStyledItemDelegate>

class RowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `touch`: taller rows and larger text for the kiosk (at least 48 px high, per touch target guidance).
    explicit RowDelegate(bool touch = false, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colours of a chip kind in the current palette (text, background), readable at WCAG AA.
    static QPair<QColor, QColor> chipColours(const QString &kind, const QPalette &palette);

private:
    bool m_touch;
};

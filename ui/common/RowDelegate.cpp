#include "RowDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int padX = 12;
constexpr int chipPadX = 8;

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}
} // namespace

RowDelegate::RowDelegate(bool touch, QObject *parent) : QStyledItemDelegate(parent), m_touch(touch) {}

QPair<QColor, QColor> RowDelegate::chipColours(const QString &kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (kind == QLatin1String("ok"))
        return dark ? qMakePair(QColor(0x8a, 0xe6, 0xc0), QColor(0x1d, 0x3b, 0x30))
                    : qMakePair(QColor(0x0a, 0x5c, 0x42), QColor(0xdd, 0xf3, 0xe9));
    if (kind == QLatin1String("warn"))
        return dark ? qMakePair(QColor(0xff, 0xd5, 0x8a), QColor(0x3d, 0x30, 0x16))
                    : qMakePair(QColor(0x6b, 0x44, 0x00), QColor(0xff, 0xef, 0xcc));
    if (kind == QLatin1String("bad"))
        return dark ? qMakePair(QColor(0xff, 0xa4, 0x9c), QColor(0x4a, 0x25, 0x22))
                    : qMakePair(QColor(0xa3, 0x1f, 0x14), QColor(0xfd, 0xe7, 0xe4));
    if (kind == QLatin1String("new"))
        return qMakePair(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight));
    return dark ? qMakePair(QColor(0xc9, 0xcf, 0xdb), QColor(0x33, 0x39, 0x45))
                : qMakePair(QColor(0x44, 0x4c, 0x5e), QColor(0xec, 0xef, 0xf4));
}

QSize RowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont titleFont = option.font;
    if (m_touch)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    QFont bodyFont = option.font;
    if (m_touch)
        bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    const QFontMetrics title(titleFont), body(bodyFont);
    int height = title.height();
    for (int role : {int(RowRole::Subtitle), int(RowRole::Detail)}) {
        if (!index.data(role).toString().isEmpty())
            height += body.height() + 2;
    }
    if (index.data(RowRole::Title).toString().isEmpty())
        height = QStyledItemDelegate::sizeHint(option, index).height();
    height += m_touch ? 24 : 14;
    // No horizontal scrolling: rows take the view's width and elide.
    return QSize(120, std::max(height, m_touch ? 64 : 0));
}

void RowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString titleText = index.data(RowRole::Title).toString();
    if (titleText.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    // Unavailable rows (a full date) stay readable at WCAG AA: muted and not bold, never faint grey.
    const bool unavailable = !(opt.state & QStyle::State_Enabled) || index.data(RowRole::Unavailable).toBool();
    const QPalette &pal = opt.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText)
                                 : (unavailable ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::PlaceholderText);

    QFont titleFont = opt.font;
    QFont bodyFont = opt.font;
    if (m_touch) {
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
        bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    }
    titleFont.setBold(!unavailable);
    const QFontMetrics titleMetrics(titleFont), bodyMetrics(bodyFont);
    const int vpad = m_touch ? 12 : 7;
    QRect area = opt.rect.adjusted(padX, vpad, -padX, -vpad);

    painter->save();
    painter->setClipRect(opt.rect);
    // Right column: the figure, and under it (or alone) the chip.
    const QString trailing = index.data(RowRole::Trailing).toString();
    const QString chip = index.data(RowRole::Chip).toString();
    int rightWidth = 0;
    if (!trailing.isEmpty()) {
        painter->setFont(titleFont);
        painter->setPen(text);
        const int w = titleMetrics.horizontalAdvance(trailing);
        painter->drawText(QRect(area.right() - w, area.top(), w, titleMetrics.height()), Qt::AlignRight, trailing);
        rightWidth = w;
    }
    if (!chip.isEmpty()) {
        QFont chipFont = bodyFont;
        chipFont.setBold(true);
        const QFontMetrics cm(chipFont);
        const int w = cm.horizontalAdvance(chip) + 2 * chipPadX;
        const int h = cm.height() + 4;
        const int top = trailing.isEmpty() ? area.top() : area.top() + titleMetrics.height() + 3;
        const QRect chipRect(area.right() - w, top, w, h);
        auto [fg, bg] = chipColours(index.data(RowRole::ChipKind).toString(), pal);
        if (selected && bg == pal.color(QPalette::Highlight)) {
            // On a selected row a chip of the selection's own colour would vanish: draw it inverted.
            std::swap(fg, bg);
        }
        QPainterPath path;
        path.addRoundedRect(chipRect, h / 2.0, h / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, bg);
        painter->setFont(chipFont);
        painter->setPen(fg);
        painter->drawText(chipRect, Qt::AlignCenter, chip);
        rightWidth = std::max(rightWidth, w);
    }
    const int textWidth = std::max(40, area.width() - (rightWidth ? rightWidth + 12 : 0));

    int y = area.top();
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), y, textWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(titleText, Qt::ElideRight, textWidth));
    y += titleMetrics.height() + 2;
    painter->setFont(bodyFont);
    painter->setPen(muted);
    for (int role : {int(RowRole::Subtitle), int(RowRole::Detail)}) {
        const QString line = index.data(role).toString();
        if (line.isEmpty())
            continue;
        painter->drawText(QRect(area.left(), y, textWidth, bodyMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          bodyMetrics.elidedText(line, Qt::ElideRight, textWidth));
        y += bodyMetrics.height() + 2;
    }
    painter->restore();
}

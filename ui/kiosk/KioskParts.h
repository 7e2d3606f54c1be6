#pragma once

#include "RowDelegate.h"
#include "util/Clock.h"
#include "Widgets.h"

#include <QAbstractItemView>
#include <QDate>
#include <QLabel>
#include <QScrollBar>
#include <QScroller>
#include <QStyle>
#include <QWidget>

// Small parts every kiosk screen builds with (one definition for all of them).
namespace KioskParts {

inline QDate today()
{
    return Clock::instance().localDate();
}

inline QLabel *label(const QString &text, const char *role, QWidget *parent, const char *name = nullptr)
{
    return roleLabel(text, role, parent, name);
}

// A list drawn with the shared row delegate. `kinetic`: scrolled by dragging a finger as well as by its bar (not for a
// list inside a scrolling panel: the drag there would swallow its taps).
template <typename View>
View *touchList(QWidget *parent, const char *name, const QString &accessibleName, bool kinetic = true)
{
    auto *view = new View(parent);
    view->setObjectName(QLatin1String(name));
    view->setAccessibleName(accessibleName);
    view->setItemDelegate(new RowDelegate(false, view));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    view->verticalScrollBar()->setAccessibleName(accessibleName);
    if (!kinetic)
        return view;
    // A finger's drag scrolls (touch events only: a tap, a mouse click and a test's click select as ever).
    QScroller::grabGesture(view->viewport(), QScroller::TouchGesture);
    return view;
}

// A style-sheet role set after the widget was polished: polished again, so the new look shows.
inline void setRole(QWidget *w, const QString &role)
{
    w->setProperty("role", role);
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace KioskParts

#pragma once

#include <QColor>
#include <QString>

class QAbstractButton;
class QWidget;

// What screen readers, keyboard users and people with low vision need beyond each widget's own name.
namespace Accessibility {
// Call before the QApplication exists: QtWebEngine 6.4 exposes a page to AT-SPI (Orca) only when
// QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set when it starts. An administrator's own setting is kept.
void prepareEnvironment();
// Call once the QApplication exists: parts Qt leaves unnamed get names (scroll bars, splitter handles, a line's clear
// button), and combo boxes are named by their label rather than their value.
void install();
// `button` is one of the sections a page switches between: announced as a tab, "selected" when checked (not as a
// check box). `list` is their container, announced as a tab list called `name`.
void markNavigation(QWidget *list, const QString &name);
void markNavigationTab(QAbstractButton *button);
// WCAG 2 contrast ratio of two colours (1 to 21); text needs 4.5 for AA.
double contrastRatio(const QColor &a, const QColor &b);
} // namespace Accessibility

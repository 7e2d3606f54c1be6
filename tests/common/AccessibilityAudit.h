#pragma once

#include "Accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTest>
#include <QTextDocument>
#include <QWidget>

// What a screen reader user, a keyboard user and a person with low vision meet on a screen, checked through the
// accessibility tree (QAccessible) and the palette each widget is drawn with. Each function returns what is wrong,
// one line per finding, so a failing test names the control.
namespace AccessibilityAudit {

__attribute__((no_sanitize("vptr"))) inline QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QString path;
    for (QObject *p = o; p && path.size() < 160; p = p->parent()) {
        if (!p->objectName().isEmpty()) {
            path = p->objectName() + (path.isEmpty() ? QString() : QStringLiteral("/") + path);
            if (path.count(QLatin1Char('/')) >= 2)
                break;
        }
    }
    return QStringLiteral("%1 %2 [%3]")
        .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("?"),
             QString::number(int(iface->role()), 16), path);
}

// Roles a person operates: each needs a name a screen reader can say.
inline bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ScrollBar:
    case QAccessible::Grip:
    case QAccessible::Splitter:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ToolBar:
        return true;
    default:
        return false;
    }
}

// Qt's own accessible interfaces (item views' tables and cells) are hidden classes whose type information UBSan
// cannot see: every virtual call on them would be reported as an "invalid vptr". Not checked here.
__attribute__((no_sanitize("vptr"))) inline void walk(QAccessibleInterface *iface,
                                                      const std::function<void(QAccessibleInterface *)> &visit,
                                                      QSet<QAccessibleInterface *> *seen, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60 || seen->contains(iface))
        return;
    seen->insert(iface);
    if (iface->state().invisible)
        return;
    visit(iface);
    // Rows of item views are read by the views' own tests; their cells inherit the view's name.
    if (iface->role() == QAccessible::List || iface->role() == QAccessible::Table || iface->role() == QAccessible::Tree)
        return;
    const int children = iface->childCount();
    for (int i = 0; i < children && i < 2000; ++i)
        walk(iface->child(i), visit, seen, depth + 1);
}

// Every visible control without a name, and every control exposed as something it is not.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList found;
    QSet<QAccessibleInterface *> seen;
    walk(
        QAccessible::queryAccessibleInterface(root),
        [&](QAccessibleInterface *iface) {
            QWidget *w = qobject_cast<QWidget *>(iface->object());
            if (w && !w->isVisible())
                return;
            if (isControl(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
                found << QStringLiteral("no name: ") + describe(iface);
            if (auto *combo = qobject_cast<QComboBox *>(iface->object());
                combo && !combo->currentText().isEmpty() && iface->text(QAccessible::Name) == combo->currentText())
                found << QStringLiteral("named by its value, not its label: ") + describe(iface);
            if (w && w->property("navigation").toBool() && iface->role() != QAccessible::PageTab)
                found << QStringLiteral("navigation not exposed as a tab: ") + describe(iface);
        },
        &seen);
    return found;
}

// The colour a widget's text is drawn on: its own background where it paints one, else its nearest ancestor's.
inline QColor backgroundOf(QWidget *w)
{
    if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w))
        return w->palette().color(QPalette::Base);
    if ((qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)) &&
        w->palette().color(QPalette::Button).alpha() == 255)
        return w->palette().color(QPalette::Button);
    for (QWidget *p = w; p; p = p->parentWidget()) {
        if (p != w && (qobject_cast<QAbstractButton *>(p) || qobject_cast<QComboBox *>(p)))
            continue;
        if (p->isWindow() || p->autoFillBackground() || p->testAttribute(Qt::WA_StyledBackground))
            return p->palette().color(p->backgroundRole());
    }
    return w->palette().color(QPalette::Window);
}

inline QColor foregroundOf(QWidget *w)
{
    if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w))
        return w->palette().color(QPalette::Text);
    if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w))
        return w->palette().color(QPalette::ButtonText);
    return w->palette().color(w->foregroundRole());
}

// Visible, enabled text whose contrast with its background is below WCAG AA (4.5:1).
inline QStringList lowContrast(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || !w->isEnabled())
            continue;
        QString text;
        if (auto *l = qobject_cast<QLabel *>(w))
            text = l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            text = e->text().isEmpty() ? e->placeholderText() : e->text();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            text = c->currentText();
        if (text.trimmed().isEmpty())
            continue;
        const QColor fg = foregroundOf(w), bg = backgroundOf(w);
        const double ratio = Accessibility::contrastRatio(fg, bg);
        if (ratio < 4.5)
            found << QStringLiteral("contrast %1:1 (%2 on %3): %4 \"%5\"")
                         .arg(ratio, 0, 'f', 2)
                         .arg(fg.name(), bg.name(),
                              w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                        : w->objectName(),
                              text.left(40));
    }
    return found;
}

// Focusable controls whose look does not change when they take the keyboard focus (one of each kind and name).
inline QStringList invisibleFocus(QWidget *root)
{
    QStringList found;
    QSet<QString> tried;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    QWidget *before = QApplication::focusWidget();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->width() < 4 ||
            w->height() < 4 || w->focusProxy())
            continue;
        const QString kind = QString::fromLatin1(w->metaObject()->className()) + w->objectName();
        if (tried.contains(kind) || tried.size() > 60)
            continue;
        tried.insert(kind);
        bool inWebView = false; // imin's page draws its own focus (its internals are not ours to audit)
        for (QWidget *p = w; p && !inWebView; p = p->parentWidget())
            inWebView = p->inherits("QWebEngineView");
        if (inWebView)
            continue;
        if (QWidget *f = QApplication::focusWidget(); f == w)
            w->clearFocus();
        QApplication::processEvents();
        const QImage plain = w->grab().toImage();
        w->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        if (!w->hasFocus())
            continue; // a window that is not active: nothing to compare
        const QImage focused = w->grab().toImage();
        if (plain == focused)
            found << QStringLiteral("focus not visible: %1 %2")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    if (before)
        before->setFocus();
    return found;
}

// Every check above, one line per finding, each prefixed with what kind of finding it is.
inline QStringList everything(QWidget *root)
{
    QStringList found;
    for (const QString &f : unnamedControls(root))
        found << QStringLiteral("name: ") + f;
    for (const QString &f : lowContrast(root))
        found << QStringLiteral("contrast: ") + f;
    for (const QString &f : invisibleFocus(root))
        found << QStringLiteral("focus: ") + f;
    return found;
}

} // namespace AccessibilityAudit

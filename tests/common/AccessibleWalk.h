#pragma once

#include <QAccessible>
#include <QSet>
#include <QStringList>
#include <QWidget>

// Everything a screen reader can read under a window: the name, description, value and help of every accessible
// object, item views' cells and a web view's document included. Tests use it to prove that text is gone, not hidden.
namespace AccessibleWalk {

// Qt's own accessible interfaces (item views' tables and cells) are hidden classes whose type information UBSan
// cannot see: every virtual call on them would be reported as an "invalid vptr". Not checked here.
__attribute__((no_sanitize("vptr"))) inline void collect(QAccessibleInterface *iface, QStringList *out,
                                                         QSet<QAccessibleInterface *> *seen, int depth)
{
    if (!iface || !iface->isValid() || depth > 60 || seen->contains(iface) || out->size() > 200000)
        return;
    seen->insert(iface);
    for (QAccessible::Text t : {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help}) {
        const QString text = iface->text(t);
        if (!text.isEmpty())
            out->append(text);
    }
    if (QAccessibleTableInterface *table = iface->tableInterface()) {
        // Qt keeps item views' cells up to date only while an assistive technology is connected (as under a screen
        // reader); here none is, so bring the cells up to date the way such an update would.
        QAccessibleTableModelChangeEvent reset(iface->object(), QAccessibleTableModelChangeEvent::ModelReset);
        table->modelChange(&reset);
    }
    if (QAccessibleTextInterface *text = iface->textInterface()) {
        const int count = text->characterCount();
        if (count > 0)
            out->append(text->text(0, count));
    }
    const int children = iface->childCount();
    for (int i = 0; i < children && i < 5000; ++i)
        collect(iface->child(i), out, seen, depth + 1);
}

// Every text of `root` and of all its top-level windows' trees.
inline QStringList texts(QWidget *root)
{
    QStringList out;
    QSet<QAccessibleInterface *> seen;
    collect(QAccessible::queryAccessibleInterface(root), &out, &seen, 0);
    return out;
}

// The texts that contain any of `needles` (case-insensitive).
inline QStringList containing(QWidget *root, const QStringList &needles)
{
    QStringList hits;
    for (const QString &t : texts(root)) {
        for (const QString &n : needles) {
            if (!n.isEmpty() && t.contains(n, Qt::CaseInsensitive)) {
                hits << t.left(120);
                break;
            }
        }
    }
    return hits;
}

} // namespace AccessibleWalk

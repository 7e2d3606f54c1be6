#pragma once

#include <QApplication>
#include <QKeyEvent>
#include <QTest>
#include <QWidget>

// Card numbers as a keyboard-wedge scanner types them (a few ms a key, then Enter) or a person does (over 100 ms a
// key): into whatever has the focus (else `fallback`), each key stamped with when it was pressed, as the window system
// stamps them, and sent that far apart.
namespace ScanKeys {
inline void type(QWidget *fallback, const QString &digits, int msPerKey)
{
    static quint64 stamp = 5000000;
    const auto key = [fallback, msPerKey](int code, const QString &text) {
        QTest::qWait(msPerKey);
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
        stamp += quint64(msPerKey);
        for (QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
            QKeyEvent e(type, code, Qt::NoModifier, text);
            e.setTimestamp(stamp);
            QApplication::sendEvent(target, &e);
        }
    };
    for (const QChar c : digits)
        key(Qt::Key_0 + c.digitValue(), c);
    key(Qt::Key_Return, QStringLiteral("\r"));
}
} // namespace ScanKeys

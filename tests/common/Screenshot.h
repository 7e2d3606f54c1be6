#pragma once

// With ACTIVEDESK_SCREENSHOTS=DIR, captures the whole X display (import -window root) to DIR/NAME.png, after the
// screen has settled; otherwise does nothing.
#include <QProcess>
#include <QTest>

namespace Screenshot {
inline void take(const QString &name)
{
    const QString dir = qEnvironmentVariable("ACTIVEDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(400);
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                 dir + QLatin1Char('/') + name + QStringLiteral(".png")});
}
} // namespace Screenshot

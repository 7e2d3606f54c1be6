#pragma once

// Resident memory of this process and of all its descendants (QtWebEngine's zygote, renderer and GPU processes), from
// /proc: for the benchmarks' memory figures. Linux only; elsewhere every figure is 0.
#include <QDir>
#include <QFile>
#include <QStringList>

namespace ProcessMemory {
inline qint64 statusKb(const QString &pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

inline QStringList children(const QString &pid)
{
    QStringList out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/children")));
        if (f.open(QIODevice::ReadOnly))
            out += QString::fromLatin1(f.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return out;
}

struct Figures
{
    qint64 selfRssKb = 0, selfPeakKb = 0, childrenRssKb = 0;
    qint64 selfAnonKb = 0,
           selfFileKb = 0; // of selfRssKb: heap and stacks; mapped files (libraries, shared, reclaimable)
    int childCount = 0;
};

inline Figures now()
{
    Figures f;
    f.selfRssKb = statusKb(QStringLiteral("self"), "VmRSS:");
    f.selfPeakKb = statusKb(QStringLiteral("self"), "VmHWM:");
    f.selfAnonKb = statusKb(QStringLiteral("self"), "RssAnon:");
    f.selfFileKb = statusKb(QStringLiteral("self"), "RssFile:") + statusKb(QStringLiteral("self"), "RssShmem:");
    QStringList pending = children(QString::number(QCoreApplication::applicationPid()));
    while (!pending.isEmpty()) {
        const QString pid = pending.takeFirst();
        f.childrenRssKb += statusKb(pid, "VmRSS:");
        ++f.childCount;
        pending += children(pid);
    }
    return f;
}
} // namespace ProcessMemory

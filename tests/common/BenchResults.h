#pragma once

// Benchmarks append their figures, one row each, to the file named by BENCH_RESULTS (tab-separated: id, what,
// measured, baseline, ratio, goal, met); tests/bench/report.py turns the rows into the README's table.
#include <cstdio>
#include <QFile>
#include <QString>

namespace BenchResults {
inline void row(const QString &id, const QString &what, const QString &measured, const QString &baseline,
                const QString &ratio, const QString &goal, bool met)
{
    const QString path = qEnvironmentVariable("BENCH_RESULTS");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    const QStringList fields{
        id, what, measured, baseline, ratio, goal, met ? QStringLiteral("met") : QStringLiteral("not met")};
    file.write(fields.join(QLatin1Char('\t')).toUtf8() + '\n');
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0) + QStringLiteral(" ms");
}
} // namespace BenchResults

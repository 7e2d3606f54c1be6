// ISO 8601 date-times and durations as imin writes them (and as it might not).
#include "util/Iso8601.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime t = Iso8601::parseDateTime(text);
    if (t.isValid()) {
        // What it writes (whole seconds, as imin's documents do) reads back to the same second.
        const qint64 second = t.toMSecsSinceEpoch() - ((t.toMSecsSinceEpoch() % 1000) + 1000) % 1000;
        if (Iso8601::parseDateTime(Iso8601::formatDateTime(t)).toMSecsSinceEpoch() != second)
            __builtin_trap();
    }
    if (const auto ms = Iso8601::parseDurationMs(text); ms && *ms >= 0 && *ms < 1000LL * 3600 * 24 * 366 * 10) {
        // Durations are written in whole minutes, as sessions last.
        if (Iso8601::parseDurationMs(Iso8601::formatDuration(*ms)) != *ms - *ms % 60000)
            __builtin_trap();
    }
    return 0;
}

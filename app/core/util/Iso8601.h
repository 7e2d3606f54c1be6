#pragma once

#include <optional>
#include <QDateTime>
#include <QString>

// ISO 8601 as imin writes it: date-times with `Z` or an offset, durations such as `PT1H30M` or `P1D`.
namespace Iso8601 {

// A date-time with a zone designator; an invalid QDateTime when the text is not one.
QDateTime parseDateTime(const QString &text);
// `2030-01-16T10:00:00Z` (seconds precision, UTC).
QString formatDateTime(const QDateTime &dateTime);
// The same for milliseconds since the epoch, without building a QDateTime (used on hot paths).
QString formatEpochMs(qint64 ms);
// A duration in milliseconds (`P1D`, `PT12H`, `PT1H30M`, `P1DT2H`); nullopt when malformed.
// Years and months are not accepted: they have no fixed length.
std::optional<qint64> parseDurationMs(const QString &text);
// `PT1H30M`, `P1D`, `PT45M`.
QString formatDuration(qint64 ms);

} // namespace Iso8601

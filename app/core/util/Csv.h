#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes; CRLF, LF or CR line endings.
namespace Csv {
struct Row
{
    int line = 0; // 1-based line where the row starts
    QStringList fields;
};
// Bytes to text: UTF-8 (a BOM is dropped), or Windows-1252 when `encoding` says so. Returns false with `error` naming
// the first line that is not valid text in that encoding (say a Latin-1 file read as UTF-8), never guessing.
bool decode(const QByteArray &data, const QString &encoding, QString *text, QString *error);
// Returns false with `error` (and the line) when a quote is never closed.
bool parse(const QString &text, QVector<Row> *rows, QString *error);
bool parse(const QByteArray &data, QVector<Row> *rows, QString *error); // UTF-8
// A field made safe for spreadsheets (OWASP's CSV injection advice): one that starts with = + - @, a tab or a carriage
// return gets a leading apostrophe, so no spreadsheet runs it as a formula. unneutralise() undoes it on import.
QString neutralise(const QString &field);
QString unneutralise(const QString &field);
QString escape(const QString &field);
QByteArray line(const QStringList &fields);
} // namespace Csv

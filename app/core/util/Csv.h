#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF, a UTF-8 BOM.
namespace Csv {
struct Row
{
    int line = 0; // 1-based line where the row starts
    QStringList fields;
};
// Returns false with `error` (and the line) when a quote is never closed.
bool parse(const QByteArray &data, QVector<Row> *rows, QString *error);
QString escape(const QString &field);
QByteArray line(const QStringList &fields);
} // namespace Csv

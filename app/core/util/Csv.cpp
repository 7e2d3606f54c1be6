#include "Csv.h"

namespace Csv {

bool parse(const QByteArray &data, QVector<Row> *rows, QString *error)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Row row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&]() {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&]() {
        endField();
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            rows->append(row);
        row = Row();
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: a quoted field is never closed").arg(row.line);
        return false;
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return true;
}

QString escape(const QString &field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n')) ||
        field.contains(QLatin1Char('\r'))) {
        QString f = field;
        f.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + f + QLatin1Char('"');
    }
    return field;
}

QByteArray line(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &f : fields)
        escaped << escape(f);
    return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace Csv

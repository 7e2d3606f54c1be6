#include "Csv.h"

#include <QCoreApplication>

namespace Csv {

namespace {
// Windows-1252's 0x80–0x9F (the rest is Latin-1); 0 where the code page leaves a byte undefined.
const char16_t cp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                 0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int lineOf(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n') + 1);
}
} // namespace

bool decode(const QByteArray &data, const QString &encoding, QString *text, QString *error)
{
    const QString enc = encoding.trimmed().toLower();
    if (enc.isEmpty() || enc == QLatin1String("utf-8") || enc == QLatin1String("utf8")) {
        if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
            *error = QStringLiteral("the file is UTF-16 text: save it as UTF-8 (in Excel: \"CSV UTF-8\")");
            return false;
        }
        const QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
        // Find the first byte that is not valid UTF-8, to name its line.
        qsizetype i = 0;
        const auto *b = reinterpret_cast<const unsigned char *>(body.constData());
        const qsizetype n = body.size();
        while (i < n) {
            const unsigned char c = b[i];
            const int extra = c < 0x80                   ? 0
                              : (c >= 0xC2 && c <= 0xDF) ? 1
                              : (c >= 0xE0 && c <= 0xEF) ? 2
                              : (c >= 0xF0 && c <= 0xF4) ? 3
                                                         : -1;
            bool ok = extra >= 0;
            for (int k = 1; ok && k <= extra; ++k)
                ok = i + k < n && (b[i + k] & 0xC0) == 0x80;
            if (ok && extra == 2) {
                const unsigned char d = b[i + 1];
                ok = !(c == 0xE0 && d < 0xA0) && !(c == 0xED && d >= 0xA0);
            } else if (ok && extra == 3) {
                const unsigned char d = b[i + 1];
                ok = !(c == 0xF0 && d < 0x90) && !(c == 0xF4 && d >= 0x90);
            }
            if (!ok) {
                *error = QStringLiteral("line %1 is not UTF-8 text (byte 0x%2): save the file as UTF-8, or say "
                                        "--encoding windows-1252 if it came from an older Excel")
                             .arg(lineOf(body, i))
                             .arg(c, 2, 16, QLatin1Char('0'));
                return false;
            }
            i += extra + 1;
        }
        *text = QString::fromUtf8(body);
        return true;
    }
    if (enc == QLatin1String("windows-1252") || enc == QLatin1String("cp1252")) {
        QString out;
        out.reserve(data.size());
        for (qsizetype i = 0; i < data.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(data.at(i));
            if (c >= 0x80 && c <= 0x9F) {
                if (!cp1252High[c - 0x80]) {
                    *error =
                        QCoreApplication::translate("Csv", "line %1 has byte 0x%2, which Windows-1252 does not define")
                            .arg(lineOf(data, i))
                            .arg(c, 2, 16, QLatin1Char('0'));
                    return false;
                }
                out += QChar(cp1252High[c - 0x80]);
            } else {
                out += QChar(c);
            }
        }
        *text = out;
        return true;
    }
    *error = QStringLiteral("unknown encoding \"%1\": use utf-8 or windows-1252").arg(encoding);
    return false;
}

bool parse(const QByteArray &data, QVector<Row> *rows, QString *error)
{
    QString text;
    if (!decode(data, QString(), &text, error))
        return false;
    return parse(text, rows, error);
}

bool parse(const QString &input, QVector<Row> *rows, QString *error)
{
    const QString &text = input;
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
    const qsizetype start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (qsizetype i = start; i < text.size(); ++i) {
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
                // A line break inside quotes is kept as \n, whichever ending the file uses.
                if (c == QLatin1Char('\r')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                        ++i;
                    ++line;
                    field += QLatin1Char('\n');
                    continue;
                }
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
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            // CRLF, LF and a lone CR (old Mac files) all end a line.
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = QCoreApplication::translate("Csv", "line %1: a quoted field is never closed").arg(row.line);
        return false;
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return true;
}

QString neutralise(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar c = field.at(0);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
        c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + field;
    return field;
}

QString unneutralise(const QString &field)
{
    if (field.size() >= 2 && field.at(0) == QLatin1Char('\'') && neutralise(field.mid(1)) != field.mid(1))
        return field.mid(1);
    return field;
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
        escaped << escape(neutralise(f));
    return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace Csv

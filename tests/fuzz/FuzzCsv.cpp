// Member import files: decoding (UTF-8 and Windows-1252) and RFC 4180 parsing, and the export of what was read.
#include "util/Csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &encoding : {QString(), QStringLiteral("windows-1252")}) {
        QString text, error;
        if (!Csv::decode(bytes, encoding, &text, &error))
            continue;
        QVector<Csv::Row> rows;
        if (!Csv::parse(text, &rows, &error))
            continue;
        // Rows are independent: the first 32 of each input are enough to check, and keep the run fast.
        for (int r = 0; r < rows.size() && r < 32; ++r) {
            const Csv::Row &row = rows.at(r);
            // What is written (under a header, as an export writes it) reads back as the same fields, formula
            // neutralising aside.
            const QByteArray written = QByteArrayLiteral("header\r\n") + Csv::line(row.fields);
            QVector<Csv::Row> again;
            if (!Csv::parse(written, &again, &error) || again.size() != 2 ||
                again.last().fields.size() != row.fields.size())
                __builtin_trap();
            for (int i = 0; i < row.fields.size(); ++i) {
                QString expected = row.fields.at(i);
                expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                    .replace(QLatin1Char('\r'), QLatin1Char('\n'));
                if (Csv::unneutralise(again.last().fields.at(i)) != Csv::unneutralise(Csv::neutralise(expected)))
                    __builtin_trap();
            }
        }
    }
    return 0;
}

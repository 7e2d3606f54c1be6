#include "ReceiptPdf.h"

#include <QStringList>

namespace Sandbox {

namespace {

// Helvetica's advance widths (per 1,000 units of the font size) for printable ASCII, from its Adobe font metrics.
constexpr short kHelvetica[95] = {278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
                                  556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
                                  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
                                  667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
                                  333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
                                  556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};

constexpr double kPageWidth = 595.0; // A4 in points
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 50.0;

// Windows-1252 bytes for a string: Latin-1 as it is, the euro and typographic quotes where 1252 has them, accented
// letters beyond it by their base letter (ŵ, ŷ), anything else as '?'.
QByteArray winAnsi(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20) {
            out.append(' ');
        } else if (u < 0x7f || (u >= 0xa0 && u <= 0xff)) {
            out.append(char(u));
        } else if (u == 0x20ac) {
            out.append('\x80');
        } else if (u == 0x2018 || u == 0x2019) {
            out.append(u == 0x2018 ? '\x91' : '\x92');
        } else if (u == 0x201c || u == 0x201d) {
            out.append(u == 0x201c ? '\x93' : '\x94');
        } else if (u == 0x2013 || u == 0x2014) {
            out.append(u == 0x2013 ? '\x96' : '\x97');
        } else if (u == 0x2026) {
            out.append('\x85');
        } else if (u == 0x00b7 || u == 0x2022) {
            out.append('\x95');
        } else {
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            out.append(!base.isEmpty() && base.at(0).unicode() < 0x7f ? char(base.at(0).unicode()) : '?');
        }
    }
    return out;
}

double widthOf(const QByteArray &bytes, double size, bool bold)
{
    double units = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        units += (b >= 32 && b < 127) ? kHelvetica[b - 32] : 556;
    }
    return units * size / 1000.0 * (bold ? 1.06 : 1.0);
}

QByteArray literal(const QByteArray &bytes)
{
    QByteArray out("(");
    for (const char ch : bytes) {
        if (ch == '(' || ch == ')' || ch == '\\')
            out.append('\\');
        out.append(ch);
    }
    out.append(')');
    return out;
}

// Words laid into lines no wider than `width`; a word longer than a line is cut.
QVector<QByteArray> wrap(const QString &text, double width, double size, bool bold)
{
    QVector<QByteArray> lines;
    QByteArray line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QByteArray w = winAnsi(word);
        while (widthOf(w, size, bold) > width && w.size() > 1)
            w.chop(1);
        const QByteArray candidate = line.isEmpty() ? w : line + ' ' + w;
        if (widthOf(candidate, size, bold) <= width) {
            line = candidate;
        } else {
            lines.append(line);
            line = w;
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

class Pages
{
public:
    void text(double x, double y, const QByteArray &bytes, double size, bool bold = false)
    {
        m_current += "BT /" + QByteArray(bold ? "F2 " : "F1 ") + QByteArray::number(size) + " Tf " +
                     QByteArray::number(x, 'f', 2) + ' ' + QByteArray::number(y, 'f', 2) + " Td " + literal(bytes) +
                     " Tj ET\n";
    }
    void textRight(double right, double y, const QByteArray &bytes, double size, bool bold = false)
    {
        text(right - widthOf(bytes, size, bold), y, bytes, size, bold);
    }
    void rule(double y, double width = 0.6)
    {
        m_current += QByteArray::number(width) + " w " + QByteArray::number(kMargin) + ' ' +
                     QByteArray::number(y, 'f', 2) + " m " + QByteArray::number(kPageWidth - kMargin) + ' ' +
                     QByteArray::number(y, 'f', 2) + " l S\n";
    }
    // Moves down by `height`; starts a new page when the line would fall below the bottom margin.
    double take(double height)
    {
        if (m_y - height < kMargin) {
            newPage();
            m_y = kPageHeight - kMargin;
        }
        m_y -= height;
        return m_y;
    }
    void newPage()
    {
        m_pages.append(m_current);
        m_current.clear();
    }
    QVector<QByteArray> finish()
    {
        if (!m_current.isEmpty() || m_pages.isEmpty())
            newPage();
        return m_pages;
    }

private:
    QVector<QByteArray> m_pages;
    QByteArray m_current;
    double m_y = kPageHeight - kMargin;
};

QByteArray assemble(const QVector<QByteArray> &contents, const QString &title)
{
    // Objects: 1 catalogue, 2 page tree, 3 and 4 fonts, 5 info, then a page and its content stream for each page.
    QVector<QByteArray> objects;
    QByteArray kids;
    const int pageCount = int(contents.size());
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pageCount) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    objects.append("<< /Title " + literal(winAnsi(title)) + " /Producer (ActiveDesk sandbox) >>");
    for (int i = 0; i < pageCount; ++i) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 "
                       "4 0 R >> >> /Contents " +
                       QByteArray::number(7 + 2 * i) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(contents.at(i).size()) + " >>\nstream\n" + contents.at(i) +
                       "endstream");
    }
    QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QVector<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : std::as_const(offsets))
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace

QByteArray receiptPdf(const ReceiptContent &c)
{
    Pages p;
    const double right = kPageWidth - kMargin;
    p.text(kMargin, p.take(22), winAnsi(QStringLiteral("Receipt")), 22, true);
    p.take(10);
    p.text(kMargin, p.take(16), winAnsi(c.sellerName), 13, true);
    for (const QString &part : {c.sellerAddress, c.sellerTelephone}) {
        if (!part.isEmpty())
            p.text(kMargin, p.take(14), winAnsi(part), 10);
    }
    p.take(14);
    const QVector<QPair<QString, QString>> facts{{QStringLiteral("Booking reference"), c.reference},
                                                 {QStringLiteral("Customer"), c.customerName},
                                                 {QStringLiteral("Issued"), c.issued},
                                                 {QStringLiteral("Paid by"), c.payment}};
    for (const auto &f : facts) {
        if (f.second.isEmpty())
            continue;
        const double y = p.take(15);
        p.text(kMargin, y, winAnsi(f.first), 10, true);
        p.text(kMargin + 120, y, winAnsi(f.second), 10);
    }
    // The items: session, when, price level and price in columns.
    const double colWhen = kMargin + 215, colLevel = kMargin + 355;
    p.take(16);
    double y = p.take(14);
    p.text(kMargin, y, "Session", 10, true);
    p.text(colWhen, y, "When", 10, true);
    p.text(colLevel, y, "Price level", 10, true);
    p.textRight(right, y, "Price", 10, true);
    p.rule(y - 5);
    p.take(6);
    for (const ReceiptLine &line : c.lines) {
        const QVector<QByteArray> session = wrap(line.session, colWhen - kMargin - 10, 10, false);
        const QVector<QByteArray> level = wrap(line.priceLevel, right - colLevel - 60, 10, false);
        const int rows = int(std::max(session.size(), level.size()));
        for (int r = 0; r < rows; ++r) {
            y = p.take(13);
            if (r < session.size())
                p.text(kMargin, y, session.at(r), 10);
            if (r < level.size())
                p.text(colLevel, y, level.at(r), 10);
            if (r == 0) {
                p.text(colWhen, y, winAnsi(line.when), 10);
                p.textRight(right, y, winAnsi(line.price), 10);
            }
        }
        p.take(5);
    }
    y = p.take(4);
    p.rule(y);
    if (!c.taxLine.isEmpty()) {
        y = p.take(15);
        p.text(colLevel, y, winAnsi(c.taxLine), 10);
        p.textRight(right, y, winAnsi(c.tax), 10);
    }
    y = p.take(17);
    p.text(colLevel, y, "Total paid", 12, true);
    p.textRight(right, y, winAnsi(c.total), 12, true);
    if (!c.footer.isEmpty()) {
        p.take(20);
        for (const QByteArray &l : wrap(c.footer, right - kMargin, 8, false))
            p.text(kMargin, p.take(11), l, 8);
    }
    return assemble(p.finish(), QStringLiteral("Receipt ") + c.reference);
}

} // namespace Sandbox

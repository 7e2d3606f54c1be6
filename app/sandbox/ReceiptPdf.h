#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Sandbox {

// What a receipt says (contract 6.5): the sandbox draws it as a PDF a centre could hand over.
struct ReceiptLine
{
    QString session;    // the session or court, with its venue
    QString when;       // UK local time, as the member reads it
    QString priceLevel; // the offer's name
    QString price;      // "£6.50" or "Free"
};

struct ReceiptContent
{
    QString sellerName;
    QString sellerAddress;
    QString sellerTelephone;
    QString customerName;
    QString reference; // the booking reference (confirmation number)
    QString issued;    // UK local time
    QString payment;
    QVector<ReceiptLine> lines;
    QString taxLine; // "VAT included at 20%", empty when none
    QString tax;     // "£1.08"
    QString total;   // "£6.50"
    QString footer;  // who sold it through whom, and the order's identifier
};

// A valid PDF 1.4 document of A4 pages, drawn with the standard Helvetica fonts (nothing embedded, so the bytes stay
// small and any reader shows them); characters outside Windows-1252 are written as their nearest Latin letters.
QByteArray receiptPdf(const ReceiptContent &content);

} // namespace Sandbox

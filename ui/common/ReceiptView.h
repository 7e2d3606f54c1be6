#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class BusyIndicator;
class Services;
class Notice;
class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

// A receipt (contract 6.5) shown inside the app. imin answers a receipt with a PDF, fetched with the API key (so never
// handed to a browser): the view draws its pages with Qt PDF, prints them, and saves the bytes exactly as imin sent
// them. Where it cannot be fetched, or what came back is not a PDF, it says why and offers Try again where that helps.
class ReceiptView : public QWidget
{
    Q_OBJECT
public:
    ReceiptView(Services *services, QWidget *parent = nullptr);
    ~ReceiptView() override;
    void load(const QString &url, const QString &suggestedName);
    void clear();
    // The member reads it at a kiosk: no Print or Save (no dialogs, no files).
    void setSelfService(bool selfService);
    // The receipt's words, page after page, as the PDF holds them (empty until it is shown).
    QString text() const;
    int pageCount() const;
    bool isLoaded() const { return m_loaded; }
    // The bytes imin sent.
    QByteArray pdf() const { return m_bytes; }
    // Writes the PDF as imin sent it to `path`; false with a message in the notice when it cannot.
    bool saveAsPdf(const QString &path);

Q_SIGNALS:
    void loaded();

private:
    void showPdf(const QByteArray &bytes);
    void print();
    void save();
    Services *m_services;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QBuffer *m_buffer = nullptr;
    QLabel *m_pages;
    BusyIndicator *m_busy;
    Notice *m_notice;
    QPushButton *m_print, *m_save;
    QString m_url, m_name;
    QByteArray m_bytes;
    bool m_loaded = false;
    bool m_selfService = false;
    QPointer<QObject> m_request;
};

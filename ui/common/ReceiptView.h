#pragma once

#include <QPointer>
#include <QWidget>

class BusyIndicator;
class DeskServices;
class Notice;
class QPushButton;
class QTextBrowser;

// A receipt (contract 6.5) shown inside the app: fetched from imin, drawn as plain rich text (no scripts, nothing
// loaded from elsewhere), and printed or saved as PDF. Where it cannot be fetched, it says why and offers Try again.
class ReceiptView : public QWidget
{
    Q_OBJECT
public:
    ReceiptView(DeskServices *services, QWidget *parent = nullptr);
    void load(const QString &url, const QString &suggestedName);
    void clear();
    // The member reads it at a kiosk: no Print or Save (no dialogs, no files).
    void setSelfService(bool selfService);
    QString text() const;
    bool isLoaded() const { return m_loaded; }
    // Writes the receipt as PDF to `path`; false with a message in the notice when it cannot.
    bool saveAsPdf(const QString &path);

Q_SIGNALS:
    void loaded();

private:
    void print();
    void save();
    DeskServices *m_services;
    QTextBrowser *m_browser;
    BusyIndicator *m_busy;
    Notice *m_notice;
    QPushButton *m_print, *m_save;
    QString m_url, m_name;
    bool m_loaded = false;
    bool m_selfService = false;
    QPointer<QObject> m_request;
};

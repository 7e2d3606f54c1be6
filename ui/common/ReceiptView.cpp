#include "ReceiptView.h"

#include "app/DeskServices.h"
#include "FileDialog.h"
#include "Widgets.h"

#include <QFile>
#include <QHBoxLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

ReceiptView::ReceiptView(DeskServices *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("receiptView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("receiptBusy"));
    m_notice = new Notice(this);
    m_notice->setObjectName(QStringLiteral("receiptNotice"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("receiptText"));
    m_browser->setAccessibleName(tr("Receipt"));
    m_browser->setOpenLinks(false); // a receipt is read here; nothing opens elsewhere
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("&Print receipt…"), this);
    m_print->setObjectName(QStringLiteral("printReceiptButton"));
    m_save = new QPushButton(tr("Save as P&DF…"), this);
    m_save->setObjectName(QStringLiteral("saveReceiptButton"));
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, &ReceiptView::print);
    connect(m_save, &QPushButton::clicked, this, &ReceiptView::save);
    connect(m_notice, &Notice::retryRequested, this, [this]() { load(m_url, m_name); });
    clear();
}

void ReceiptView::setSelfService(bool selfService)
{
    m_selfService = selfService;
    m_print->setVisible(!selfService);
    m_save->setVisible(!selfService);
}

void ReceiptView::clear()
{
    delete m_request;
    m_loaded = false;
    m_url.clear();
    m_browser->clear();
    m_busy->stop();
    m_notice->clear();
    m_print->setEnabled(false);
    m_save->setEnabled(false);
}

QString ReceiptView::text() const
{
    return m_browser->toPlainText();
}

void ReceiptView::load(const QString &url, const QString &suggestedName)
{
    clear();
    m_url = url;
    m_name = suggestedName;
    m_request = new QObject(this);
    m_busy->start(tr("Fetching the receipt from imin…"));
    m_services->client().receipt(url, m_request, [this](const Result<QByteArray> &r) {
        m_busy->stop();
        if (!r.ok()) {
            m_notice->showError(tr("The receipt could not be shown: %1").arg(r.error.message()), true);
            return;
        }
        QString html = QString::fromUtf8(*r.value);
        // Only the receipt itself: a page's header, navigation and footer are left out when it marks its main part.
        const QRegularExpression main(QStringLiteral("<main[^>]*>(.*)</main>"),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::DotMatchesEverythingOption);
        if (const QRegularExpressionMatch m = main.match(html); m.hasMatch())
            html = m.captured(1);
        // Drawn as rich text only: no style sheets, scripts or images from elsewhere.
        html.remove(QRegularExpression(QStringLiteral("<(script|style|link)[^>]*>.*?</\\1>|<link[^>]*>"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption));
        m_browser->setHtml(html);
        m_loaded = true;
        m_print->setEnabled(true);
        m_save->setEnabled(true);
        Q_EMIT loaded();
    });
}

void ReceiptView::print()
{
    if (m_selfService)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print receipt"));
    if (dialog.exec() == QDialog::Accepted)
        m_browser->document()->print(&printer);
}

bool ReceiptView::saveAsPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Receipt"));
    writer.setCreator(QStringLiteral("ActiveDesk"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument *doc = m_browser->document()->clone(this);
    doc->print(&writer);
    delete doc;
    QFile written(path);
    if (!written.exists() || written.size() == 0) {
        m_notice->showError(tr("The receipt could not be saved to %1.").arg(path), false);
        return false;
    }
    m_notice->showInfo(tr("Saved to %1.").arg(path));
    return true;
}

void ReceiptView::save()
{
    if (m_selfService)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Save receipt as PDF"), m_name + QStringLiteral(".pdf"),
                                                     tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveAsPdf(path);
}

#include "ReceiptView.h"

#include "FileDialog.h"
#include "services/Services.h"
#include "Widgets.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSelection>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

ReceiptView::ReceiptView(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("receiptView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("receiptBusy"));
    m_notice = new Notice(this);
    m_notice->setObjectName(QStringLiteral("receiptNotice"));
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("receiptText"));
    m_view->setAccessibleName(tr("Receipt"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumHeight(240);
    m_pages = new QLabel(this);
    m_pages->setObjectName(QStringLiteral("receiptPages"));
    auto *buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("&Print receipt…"), this);
    m_print->setObjectName(QStringLiteral("printReceiptButton"));
    m_save = new QPushButton(tr("Save as P&DF…"), this);
    m_save->setObjectName(QStringLiteral("saveReceiptButton"));
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_pages);
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, &ReceiptView::print);
    connect(m_save, &QPushButton::clicked, this, &ReceiptView::save);
    connect(m_notice, &Notice::retryRequested, this, [this]() { load(m_url, m_name); });
    clear();
}

ReceiptView::~ReceiptView()
{
    // The document reads from the buffer until it is closed.
    m_document->close();
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
    m_document->close();
    delete m_buffer;
    m_buffer = nullptr;
    m_bytes.clear();
    m_view->hide();
    m_view->setAccessibleDescription({});
    m_pages->clear();
    m_busy->stop();
    m_notice->clear();
    m_print->setEnabled(false);
    m_save->setEnabled(false);
}

QString ReceiptView::text() const
{
    QStringList pages;
    for (int i = 0; i < m_document->pageCount(); ++i)
        pages.append(m_document->getAllText(i).text());
    return pages.join(QLatin1Char('\n'));
}

int ReceiptView::pageCount() const
{
    return m_loaded ? m_document->pageCount() : 0;
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
            m_notice->showError(tr("The receipt could not be shown: %1").arg(r.error.message()), r.error.isTransient());
            return;
        }
        showPdf(*r.value);
    });
}

void ReceiptView::showPdf(const QByteArray &bytes)
{
    // imin documents a PDF; anything else (a web page, an error page) is not shown as if it were one.
    if (!bytes.startsWith("%PDF-")) {
        m_notice->showError(tr("imin sent something that is not a PDF receipt, so it is not shown. Try again later, "
                               "or find the receipt in the e-mail imin sent the member."),
                            true);
        return;
    }
    m_bytes = bytes;
    m_buffer = new QBuffer(&m_bytes, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() == 0) {
        m_document->close();
        delete m_buffer;
        m_buffer = nullptr;
        m_bytes.clear();
        m_notice->showError(tr("The receipt imin sent cannot be read (the PDF is damaged). Try again."), true);
        return;
    }
    m_view->show();
    m_view->pageNavigator()->jump(0, {}, 0);
    // A screen reader cannot read the drawn pages; it reads the receipt's words from here.
    m_view->setAccessibleDescription(text());
    m_pages->setText(tr("%n page(s)", nullptr, m_document->pageCount()));
    m_loaded = true;
    m_print->setEnabled(true);
    m_save->setEnabled(true);
    Q_EMIT loaded();
}

void ReceiptView::print()
{
    if (m_selfService || !m_loaded)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_name);
    printer.setFromTo(1, m_document->pageCount());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print receipt"));
    dialog.setMinMax(1, m_document->pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_notice->showError(tr("The printer could not be started. Check that it is on and try again."), false);
        return;
    }
    const int first = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int last = printer.toPage() > 0 ? printer.toPage() - 1 : m_document->pageCount() - 1;
    for (int page = first; page <= last; ++page) {
        if (page > first)
            printer.newPage();
        // Each page drawn at the printer's resolution, fitted to the printable area and kept in proportion.
        const QRect area = painter.viewport();
        QSizeF size = m_document->pagePointSize(page);
        size.scale(area.size(), Qt::KeepAspectRatio);
        const QImage image = m_document->render(page, size.toSize());
        painter.drawImage(QPointF(area.x(), area.y()), image);
    }
    painter.end();
}

bool ReceiptView::saveAsPdf(const QString &path)
{
    QSaveFile file(path);
    if (!m_loaded || !file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        m_notice->showError(tr("The receipt could not be saved to %1: %2").arg(path, file.errorString()), false);
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

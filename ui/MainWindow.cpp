#include "MainWindow.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const SandboxSummary &sandbox, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("ActiveDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(14);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("ActiveDesk"), central);
    title->setObjectName(QStringLiteral("appTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    header->addWidget(title);
    header->addStretch();
    m_badge = new QLabel(tr("Sandbox — no real bookings"), central);
    m_badge->setObjectName(QStringLiteral("sandboxBadge"));
    m_badge->setAccessibleName(tr("Sandbox mode: no real bookings are made"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #6b4e00; border: 1px solid #e0b84a;"
                                          " border-radius: 12px; padding: 6px 14px; font-weight: 600; }"));
    header->addWidget(m_badge);
    layout->addLayout(header);

    auto *card = new QFrame(central);
    card->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(18, 14, 18, 14);
    grid->setHorizontalSpacing(18);
    int row = 0;
    auto addRow = [&](const QString &label, const QString &value, const QString &name) {
        auto *l = new QLabel(label, card);
        auto *v = new QLabel(value, card);
        v->setObjectName(name);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setBuddy(v);
        grid->addWidget(l, row, 0);
        grid->addWidget(v, row, 1);
        ++row;
    };
    auto *heading = new QLabel(tr("Connected to the built-in imin sandbox"), card);
    QFont hf = heading->font();
    hf.setBold(true);
    heading->setFont(hf);
    grid->addWidget(heading, row++, 0, 1, 2);
    addRow(tr("Sandbox address:"), sandbox.baseUrl.toString(), QStringLiteral("sandboxUrl"));
    addRow(tr("Sandbox data:"), sandbox.dataDir, QStringLiteral("sandboxData"));
    addRow(tr("Catalogue:"),
           tr("%n session series", nullptr, sandbox.sessions) + QStringLiteral(", ") +
               tr("%n venues", nullptr, sandbox.venues) + QStringLiteral(", ") +
               tr("%n bookable facilities", nullptr, sandbox.facilities),
           QStringLiteral("sandboxCatalogue"));
    grid->setColumnStretch(1, 1);
    layout->addWidget(card);

    auto *note = new QLabel(tr("Bookings made here go to the sandbox only. Its hosted checkout accepts the test card "
                               "4242 4242 4242 4242; 4000 0000 0000 0002 is declined."),
                            central);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(tr("Sandbox ready at %1").arg(sandbox.baseUrl.toString()));
    resize(900, 560);
}

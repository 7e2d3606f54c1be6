// activedesk: thin wiring of the core, the embedded sandbox and the GUI.
#include "MainWindow.h"
#include "SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("activedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ActiveDesk"));
    QApplication::setOrganizationName(QStringLiteral("ActiveDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIVEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ActiveDesk: bookings for leisure centres on the imin Booking Platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("Use the embedded imin sandbox."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QStringLiteral("Folder for ActiveDesk's data."),
                                           QStringLiteral("DIR"));
    parser.addOptions({sandboxOption, dataDirOption});
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption)
                                ? parser.value(dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // No imin endpoint can be configured yet, so the app always runs the sandbox in-process on loopback.
    Sandbox::SandboxOptions options;
    options.dataDir = QDir(dataDir).filePath(QStringLiteral("sandbox"));
    options.bind = QHostAddress::LocalHost;
    options.port = 0;
    Sandbox::SandboxServer sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("ActiveDesk"),
                              QObject::tr("The built-in sandbox could not start: %1").arg(error));
        return 1;
    }
    SandboxSummary summary{sandbox.baseUrl(), options.dataDir, int(sandbox.catalogue().sessions().size()),
                           int(sandbox.catalogue().venues().size()), int(sandbox.catalogue().facilityUses().size())};
    MainWindow window(summary);
    window.show();
    return app.exec();
}

// activedesk: thin wiring of the core, imin (or the embedded sandbox) and the GUI.
#include "DeskApp.h"
#include "KioskWindow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Widgets.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace {
class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // required by QtWebEngine
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
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("Use the embedded imin sandbox even if imin is configured."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder for ActiveDesk's data."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption settings(QStringLiteral("settings"), QStringLiteral("Settings file to use."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"),
                                   QStringLiteral("The members' kiosk: full screen, members log in with their "
                                                  "membership number and PIN. An administrator's PIN leaves it "
                                                  "(hold the centre's name for 3 s, or Ctrl+Alt+Shift+X)."));
    parser.addOptions({sandbox, dataDir, settings, kiosk});
    parser.process(app);

    Theme::apply(Theme::prefersDark());
    DeskApp desk;
    DeskApp::Options options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.settingsFile = parser.value(settings);
    options.forceSandbox = parser.isSet(sandbox);
    options.kiosk = parser.isSet(kiosk);
    if (options.kiosk) {
        // No developer tools on a kiosk, whatever the environment says.
        qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
        QString flags = qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS");
        flags.remove(QRegularExpression(QStringLiteral("--remote-debugging-[a-z-]+(=\\S*)?")));
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.toUtf8());
    }
    QString error;
    if (!desk.start(options, &error)) {
        MessageBox::warning(nullptr, QObject::tr("ActiveDesk cannot start"), error);
        return 1;
    }
    if (qEnvironmentVariableIsSet("ACTIVEDESK_EXIT_AFTER_FIRST_PAINT")) {
        // For the start-up benchmark: leave as soon as the first window has been painted.
        desk.topLevel()->installEventFilter(new FirstPaintQuitter(&app));
    }
    if (desk.kiosk()) {
        QObject::connect(desk.kiosk(), &KioskWindow::exitApproved, &app, &QCoreApplication::quit);
        desk.kiosk()->showKiosk();
    } else {
        desk.window()->showForScreen();
    }
    return app.exec();
}

// activedesk: thin wiring of the core, imin (or the embedded sandbox) and the GUI.
#include "Accessibility.h"
#include "config/Translations.h"
#include "DeskApp.h"
#include "KioskWindow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Widgets.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
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

struct DeskOptions
{
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Use the embedded imin sandbox even if imin is configured.")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QCoreApplication::translate("main", "Folder for ActiveDesk's data."),
                               QStringLiteral("DIR")};
    QCommandLineOption settings{QStringLiteral("settings"),
                                QCoreApplication::translate("main", "Settings file to use."), QStringLiteral("FILE")};
    QCommandLineOption kiosk{
        QStringLiteral("kiosk"),
        QCoreApplication::translate("main", "The members' kiosk: full screen, members log in with their membership "
                                            "number and PIN. An administrator's PIN leaves it (hold the centre's name "
                                            "for 3 s, or Ctrl+Alt+Shift+X).")};
    static DeskOptions addTo(QCommandLineParser &parser)
    {
        DeskOptions o;
        parser.addOptions({o.sandbox, o.dataDir, o.settings, o.kiosk});
        return o;
    }
};

// --help and --version must work with no display at all (an installer's check, a terminal over SSH): they are
// answered by a QCoreApplication before the GUI application, which needs a display, is made.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

void describe(QCommandLineParser &parser)
{
    QCoreApplication::setApplicationName(QStringLiteral("activedesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ActiveDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVEDESK_VERSION));
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "ActiveDesk: bookings for leisure centres on the imin Booking Platform."));
    parser.addHelpOption();
    parser.addVersionOption();
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication info(argc, argv);
        Translations::install(QLocale::system());
        QCommandLineParser parser;
        describe(parser);
        DeskOptions::addTo(parser);
        parser.process(info); // prints and exits for --help and --version
        return 0;
    }
    Accessibility::prepareEnvironment(); // before QtWebEngine starts: the checkout is exposed to screen readers
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // required by QtWebEngine
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("ActiveDesk"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/activedesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("activedesk"), icon));
    QGuiApplication::setDesktopFileName(QStringLiteral("activedesk"));

    QCommandLineParser parser;
    describe(parser);
    const DeskOptions o = DeskOptions::addTo(parser);
    parser.process(app);

    Theme::apply(Theme::prefersDark());
    DeskApp desk;
    DeskApp::Options options;
    options.dataDir = parser.isSet(o.dataDir) ? parser.value(o.dataDir)
                                              : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.settingsFile = parser.value(o.settings);
    options.forceSandbox = parser.isSet(o.sandbox);
    options.kiosk = parser.isSet(o.kiosk);
    if (options.kiosk) {
        // No developer tools on a kiosk, whatever the environment says.
        qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
        QString flags = qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS");
        flags.remove(QRegularExpression(QStringLiteral("--remote-debugging-[a-z-]+(=\\S*)?")));
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.toUtf8());
    }
    QString error;
    if (!desk.start(options, &error)) {
        MessageBox::warning(nullptr, QCoreApplication::translate("main", "ActiveDesk cannot start"), error);
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

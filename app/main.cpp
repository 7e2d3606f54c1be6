// activedesk: thin wiring of the core, imin (or the embedded sandbox) and the GUI.
#include "Accessibility.h"
#include "Application.h"
#include "config/Translations.h"
#include "FirstPaintProbe.h"
#include "KioskWindow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "services/DataLocation.h"
#include "util/StartupTrace.h"
#include "Widgets.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QRegularExpression>
#include <QTimer>

namespace {
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
    StartupTrace::mark("main");
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
    // No Qt::AA_ShareOpenGLContexts here: it would start OpenGL before the first paint. QtWebEngine, loaded with the
    // web module when the desk is idle, makes the shared context itself on the GUI thread (WebLoader).
    QApplication app(argc, argv);
    StartupTrace::mark("application made");
    QApplication::setApplicationDisplayName(QStringLiteral("ActiveDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("activedesk"));

    QCommandLineParser parser;
    describe(parser);
    const DeskOptions o = DeskOptions::addTo(parser);
    parser.process(app);

    StartupTrace::mark("options read");
    Theme::apply(Theme::prefersDark());
    StartupTrace::mark("style applied");
    Application desk;
    Application::Options options;
    options.dataDir = DataLocation::dataDir(parser.value(o.dataDir));
    options.settingsFile = parser.value(o.settings);
    options.forceSandbox = parser.isSet(o.sandbox);
    options.kiosk = parser.isSet(o.kiosk);
    options.openAfterFirstPaint = true;
    options.sampleMembers = true; // the embedded sandbox's first start: made-up members to practise with
    if (options.kiosk) {
        // No developer tools on a kiosk, whatever the environment says.
        qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
        QString flags = qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS");
        flags.remove(QRegularExpression(QStringLiteral("--remote-debugging-[a-z-]+(=\\S*)?")));
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.toUtf8());
    }
    QString error;
    auto cannotStart = [](const QString &why) {
        MessageBox::warning(nullptr, QCoreApplication::translate("main", "ActiveDesk cannot start"), why);
    };
    QObject::connect(&desk, &Application::failed, &app, [&cannotStart](const QString &why) {
        cannotStart(why);
        QCoreApplication::exit(1);
    });
    if (!desk.start(options, &error)) {
        cannotStart(error);
        return 1;
    }
    if (qEnvironmentVariableIsSet("ACTIVEDESK_EXIT_AFTER_FIRST_PAINT")) {
        // For the start-up benchmark: leave as soon as the first window has been painted.
        desk.topLevel()->installEventFilter(new FirstPaintProbe(&app, [&desk]() { return desk.isOpen(); }));
    }
    // The icon is looked up in the desktop's theme (milliseconds of file reading): after the window is on screen.
    afterFirstPaint(desk.topLevel(), []() {
        QIcon icon;
        for (int size : {32, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/activedesk-%1.png").arg(size), QSize(size, size));
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("activedesk"), icon));
    });
    if (desk.kiosk()) {
        QObject::connect(desk.kiosk(), &KioskWindow::exitApproved, &app, &QCoreApplication::quit);
        desk.kiosk()->showKiosk();
    } else {
        desk.window()->showForScreen();
    }
    StartupTrace::mark("window shown");
    return app.exec();
}

#include "WebLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QOpenGLContext>
#include <QThread>
#include <QTimer>

// QtWebEngine draws through an OpenGL context shared with Qt's. An application linking it gets one at start-up
// (Qt::AA_ShareOpenGLContexts); ours loads it later, so it makes that context itself, as QtWebEngine does, with the
// functions Qt Gui exports for it.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
QT_END_NAMESPACE

namespace {
const WebModule::Api *g_api = nullptr;
QString g_path;
bool g_preloaded = false;

QOpenGLContext *g_shareContext = nullptr;

void forgetShareContext()
{
    if (QOpenGLContext::globalShareContext() == g_shareContext)
        qt_gl_set_global_share_context(nullptr);
    delete g_shareContext;
    g_shareContext = nullptr;
}

QStringList candidates()
{
    const QString override = qEnvironmentVariable("ACTIVEDESK_WEB_MODULE");
    if (!override.isEmpty())
        return {override};
    const QDir app(QCoreApplication::applicationDirPath());
    // Installed: bin/ and lib/activedesk/modules/ (Linux), beside the program (Windows), the bundle's PlugIns (macOS).
    // Build tree: bin/ or tests/bin/, and lib/activedesk/modules/.
    const QStringList dirs{app.filePath(QStringLiteral("../lib/activedesk/modules")), app.path(),
                           app.filePath(QStringLiteral("../PlugIns")),
                           app.filePath(QStringLiteral("../../lib/activedesk/modules"))};
    QStringList files;
    for (const QString &dir : dirs) {
        for (const char *suffix : {".so", ".dll", ".dylib"})
            files << QDir::cleanPath(dir + QStringLiteral("/activedesk-web") + QLatin1String(suffix));
    }
    return files;
}
// Made on the calling thread, then handed to `home` (the GUI thread), where Qt and QtWebEngine use it from.
QOpenGLContext *makeContext(QThread *home)
{
    auto *context = new QOpenGLContext;
    context->setFormat(QSurfaceFormat::defaultFormat());
    if (!context->create())
        qWarning("web module: no OpenGL context could be made; the checkout may not draw");
    if (context->thread() != home)
        context->moveToThread(home);
    return context;
}
} // namespace

namespace WebLoader {

void prepareGraphics()
{
    if (QOpenGLContext::globalShareContext())
        return;
    g_shareContext = makeContext(QCoreApplication::instance()->thread());
    qt_gl_set_global_share_context(g_shareContext);
    qAddPostRoutine(forgetShareContext);
}

const WebModule::Api *api(QString *error)
{
    if (g_api)
        return g_api;
    QString problem;
    prepareGraphics(); // before QtWebEngine's libraries are loaded: they look for it as they start
    for (const QString &file : candidates()) {
        if (!QFileInfo::exists(file))
            continue;
        QLibrary library(file);
        auto entry = reinterpret_cast<ActiveDeskWebApiFunction>(library.resolve("activedesk_web_api"));
        const WebModule::Api *table = entry ? entry() : nullptr;
        if (!table) {
            problem = library.errorString();
            continue;
        }
        if (table->version != WebModule::ApiVersion) {
            problem = QStringLiteral("%1 is from another version of ActiveDesk").arg(file);
            continue;
        }
        g_api = table; // the library stays loaded for the life of the process
        g_path = file;
        return g_api;
    }
    if (problem.isEmpty())
        problem = QStringLiteral("activedesk-web was not found beside %1").arg(QCoreApplication::applicationDirPath());
    qWarning("web module: %s", qPrintable(problem));
    if (error)
        *error = QCoreApplication::translate("WebLoader",
                                             "The checkout cannot be shown on this computer: part of ActiveDesk is "
                                             "missing or damaged. Ask IT to reinstall ActiveDesk.");
    return nullptr;
}

void preload(QObject *context, const std::function<void()> &done)
{
    if (g_api || g_preloaded) {
        QTimer::singleShot(0, context, done);
        return;
    }
    // The OpenGL context (tens of milliseconds with a software renderer) is made on the worker too where the platform
    // allows it, else here; either way before QtWebEngine's libraries load, for they look for it as they start.
    // Mapping and relocating those libraries (~150 MB, read from disk the first time after a boot) happens off the GUI
    // thread; api() then finds them loaded. (Their start-up code only registers types and, with the OpenGL context
    // already made, needs nothing of the GUI thread, as for QML plugins Qt loads in its loader thread.)
    const bool contextOnWorker = !QOpenGLContext::globalShareContext() && QOpenGLContext::supportsThreadedOpenGL();
    if (!contextOnWorker)
        prepareGraphics();
    QThread *gui = QCoreApplication::instance()->thread();
    QThread *thread = QThread::create([files = candidates(), contextOnWorker, gui]() {
        if (contextOnWorker) {
            g_shareContext = makeContext(gui);
            qt_gl_set_global_share_context(g_shareContext);
        }
        for (const QString &file : files) {
            if (QFileInfo::exists(file)) {
                QLibrary library(file);
                if (library.load())
                    return; // stays loaded: QLibrary counts, and api() loads it again
            }
        }
    });
    QObject::connect(thread, &QThread::finished, context, [thread, done, contextOnWorker]() {
        if (contextOnWorker)
            qAddPostRoutine(forgetShareContext);
        g_preloaded = true;
        thread->deleteLater();
        done();
    });
    thread->start(QThread::LowPriority);
}

bool isLoaded()
{
    return g_api != nullptr;
}

QString modulePath()
{
    return g_path;
}

} // namespace WebLoader

#include "WebLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QOpenGLContext>

// QtWebEngine draws through an OpenGL context shared with Qt's. An application linking it gets one at start-up
// (Qt::AA_ShareOpenGLContexts); ours loads it later, so it makes that context itself, as QtWebEngine does, with the
// functions Qt Gui exports for it.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
QT_END_NAMESPACE

namespace {
const WebModule::Api *g_api = nullptr;
QString g_path;

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
} // namespace

namespace WebLoader {

void prepareGraphics()
{
    if (QOpenGLContext::globalShareContext())
        return;
    g_shareContext = new QOpenGLContext;
    g_shareContext->setFormat(QSurfaceFormat::defaultFormat());
    if (!g_shareContext->create())
        qWarning("web module: no OpenGL context could be made; the checkout may not draw");
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

bool isLoaded()
{
    return g_api != nullptr;
}

QString modulePath()
{
    return g_path;
}

} // namespace WebLoader

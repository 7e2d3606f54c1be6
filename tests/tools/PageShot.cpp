// pageshot URL OUT.png [JAVASCRIPT]: shows a page in QtWebEngine under X, optionally runs a script after the first
// load (to fill and submit a form as a person would), then captures the X display with `import -window root`.
// A developer tool for looking at the sandbox's hosted pages; not a test.
#include <cstdio>
#include <QApplication>
#include <QProcess>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: pageshot URL OUT.png [JAVASCRIPT]\n");
        return 2;
    }
    const QString out = args.at(2);
    const QString script = args.value(3);
    QWebEngineProfile profile; // off the record
    QWebEngineView view;
    QWebEnginePage page(&profile, &view);
    view.setPage(&page);
    view.resize(1280, 860);
    view.move(0, 0);
    view.show();
    int loads = 0;
    QTimer settle;
    settle.setSingleShot(true);
    settle.setInterval(1200);
    QObject::connect(&settle, &QTimer::timeout, &app, [&] {
        const int rc =
            QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), out});
        app.exit(rc == 0 ? 0 : 1);
    });
    QObject::connect(&view, &QWebEngineView::loadFinished, &app, [&](bool) {
        ++loads;
        if (loads == 1 && !script.isEmpty()) {
            page.runJavaScript(script);
            return; // the script navigates; capture after the next load
        }
        settle.start();
    });
    QTimer::singleShot(30000, &app, [&] { app.exit(3); });
    view.load(QUrl(args.at(1)));
    return app.exec();
}

// The baseline of the checkout benchmark: a bare QWebEngineView, linked the usual way, loading one address once to
// warm up and then RUNS times; prints "bare-webview warm <mean ms>". Run by test_desk_scenario in bench mode.
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (app.arguments().size() < 2) {
        std::fprintf(stderr, "usage: bench_bare_webview URL\n");
        return 2;
    }
    const QUrl url(app.arguments().at(1));
    QWebEngineView view;
    view.resize(1200, 700);
    view.show();
    auto load = [&view, &url]() {
        bool done = false;
        auto c = QObject::connect(&view, &QWebEngineView::loadFinished, [&done]() { done = true; });
        QElapsedTimer t;
        t.start();
        view.load(url);
        while (!done && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QObject::disconnect(c);
        return done ? double(t.nsecsElapsed()) / 1e6 : -1.0;
    };
    const double cold = load();
    const int runs = qEnvironmentVariableIntValue("RUNS") > 0 ? qEnvironmentVariableIntValue("RUNS") : 5;
    double total = 0;
    for (int i = 0; i < runs; ++i)
        total += load();
    // The same with a fresh off-the-record profile and page each time, as every ActiveDesk checkout has (nothing of
    // one checkout may reach the next): the floor for a private checkout.
    double fresh = 0;
    for (int i = 0; i < runs; ++i) {
        QWebEngineProfile profile;
        QWebEnginePage page(&profile);
        page.load(QUrl(QStringLiteral("about:blank")));
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 300) // its renderer starts, as ActiveDesk's spare page does while the desk is idle
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        view.setPage(&page);
        fresh += load();
        view.setPage(nullptr);
    }
    std::printf("bare-webview cold %.1f\nbare-webview warm %.1f\nbare-webview fresh-profile %.1f\n", cold, total / runs,
                fresh / runs);
    return cold < 0 ? 1 : 0;
}

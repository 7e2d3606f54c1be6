#pragma once

// Runs a script in a web view's page and waits (up to 10 s) for its result: the e2e tests read and drive imin's
// hosted checkout this way.
#include <optional>
#include <QElapsedTimer>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace WebPage {
// The application holds its checkout view as a QWidget (QtWebEngine is a module loaded on demand); tests link it.
inline QWebEngineView *view(QWidget *widget)
{
    return qobject_cast<QWebEngineView *>(widget);
}

inline QVariant run(QWidget *widget, const QString &script)
{
    QWebEngineView *view = WebPage::view(widget);
    if (!view)
        return {};
    std::optional<QVariant> result;
    view->page()->runJavaScript(script, [&result](const QVariant &v) { result = v; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < 10000)
        QTest::qWait(20);
    return result.value_or(QVariant());
}

// The page has finished loading and has an element with this id.
inline bool has(QWidget *view, const QString &elementId)
{
    return run(view,
               QStringLiteral("document.readyState === 'complete' && !!document.getElementById('%1')").arg(elementId))
        .toBool();
}
} // namespace WebPage

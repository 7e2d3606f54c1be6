#pragma once

// Runs a script in the checkout's web page and waits (up to 10 s) for its result: the e2e tests read and drive imin's
// hosted checkout this way. Through the web module, as the application does: tests do not link QtWebEngine either,
// so they start and load it exactly as the program does.
#include "WebLoader.h"

#include <optional>
#include <QElapsedTimer>
#include <QTest>
#include <QVariant>
#include <QWidget>

namespace WebPage {
inline QVariant run(QWidget *view, const QString &script)
{
    if (!view || !WebLoader::isLoaded())
        return {};
    std::optional<QVariant> result;
    if (!WebLoader::api()->runScript(view, script, [&result](const QVariant &v) { result = v; }))
        return {};
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

// Fills the sandbox checkout's card form (as a person types it) and presses Pay.
inline void payWithCard(QWidget *view, const QString &card, const QString &nameOnCard)
{
    run(view, QStringLiteral("document.getElementById('f-cardNumber').value='%1';"
                             "document.getElementById('f-expiry').value='12/39';"
                             "document.getElementById('f-cvc').value='123';"
                             "document.getElementById('f-nameOnCard').value='%2';"
                             "document.getElementById('pay-button').click();")
                  .arg(card, nameOnCard));
}

// Web views anywhere under `root` (QtWebEngine's views, by class name).
inline int views(QWidget *root)
{
    int n = 0;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->inherits("QWebEngineView"))
            ++n;
    }
    return n;
}
} // namespace WebPage

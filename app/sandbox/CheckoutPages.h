#pragma once

#include <QString>

namespace Sandbox {

// Small helpers for the hosted checkout's HTML (server-rendered, no script needed).
namespace Html {
QString esc(const QString &text);
// The page frame from resources/sandbox/layout.html. `step` is 1 review, 2 payment, 3 confirmation, 0 none.
QByteArray page(const QString &title, const QString &broker, int step, bool paid, const QString &body);
QString money(double price);
// A labelled text input with its error message next to it (aria-describedby links them).
QString field(const QString &name, const QString &label, const QString &value, const QString &error,
              const QString &hint = {}, const QString &type = QStringLiteral("text"), const QString &autocomplete = {},
              bool autofocus = false);
QByteArray asset(const QString &name);
} // namespace Html

} // namespace Sandbox

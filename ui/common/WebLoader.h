#pragma once

#include "WebModuleApi.h"

#include <functional>
#include <QObject>
#include <QString>

// Finds and loads the web module (activedesk-web, the only code linking QtWebEngine) the first time it is needed.
namespace WebLoader {
// The OpenGL context QtWebEngine shares with Qt (made before its libraries load). Its own step so that no single turn
// of the event loop does both.
void prepareGraphics();
// Loads the module's libraries on a worker thread and calls `done` (in `context`'s thread) when they are in memory;
// api() is then quick. Makes the OpenGL context first, on this (the GUI) thread.
void preload(QObject *context, const std::function<void()> &done);
// The module's table, or null with `error` saying, in a receptionist's words, that the checkout cannot be shown.
const WebModule::Api *api(QString *error = nullptr);
bool isLoaded();
QString modulePath(); // where it was found (empty until loaded)
} // namespace WebLoader

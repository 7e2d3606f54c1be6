#pragma once

#include <QString>

// The console, the same on Linux, macOS and Windows: whether a standard stream is a terminal (progress bars only
// there), and a line read with the terminal's echo off (an API key is never shown as it is typed).
namespace Terminal {
enum class Stream { In, Out };
bool isTerminal(Stream stream);
// Shows `prompt` on standard error (only on a terminal), reads one line from standard input and returns it trimmed.
QString readSecretLine(const QString &prompt);
} // namespace Terminal

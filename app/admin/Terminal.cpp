#include "Terminal.h"

#include <cstdio>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Terminal {

bool isTerminal(Stream stream)
{
#ifdef Q_OS_WIN
    return ::_isatty(stream == Stream::In ? _fileno(stdin) : _fileno(stdout)) != 0;
#else
    return ::isatty(stream == Stream::In ? STDIN_FILENO : STDOUT_FILENO) != 0;
#endif
}

namespace {
// Turns the terminal's echo off for as long as it lives (nothing happens when standard input is not a terminal).
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_input = ::GetStdHandle(STD_INPUT_HANDLE);
        m_on = m_input != INVALID_HANDLE_VALUE && ::GetConsoleMode(m_input, &m_before) &&
               ::SetConsoleMode(m_input, m_before & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_on = ::tcgetattr(STDIN_FILENO, &m_before) == 0;
        if (m_on) {
            termios silent = m_before;
            silent.c_lflag &= ~tcflag_t(ECHO);
            m_on = ::tcsetattr(STDIN_FILENO, TCSANOW, &silent) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_on)
            return;
#ifdef Q_OS_WIN
        ::SetConsoleMode(m_input, m_before);
#else
        ::tcsetattr(STDIN_FILENO, TCSANOW, &m_before);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_on = false;
#ifdef Q_OS_WIN
    HANDLE m_input = nullptr;
    DWORD m_before = 0;
#else
    termios m_before{};
#endif
};
} // namespace

QString readSecretLine(const QString &prompt)
{
    QTextStream err(stderr);
    QTextStream in(stdin);
    if (!isTerminal(Stream::In))
        return in.readLine().trimmed();
    QString line;
    {
        const EchoOff silent;
        err << prompt << Qt::flush;
        line = in.readLine().trimmed();
    }
    err << Qt::endl; // the Enter typed was not echoed either
    return line;
}

} // namespace Terminal

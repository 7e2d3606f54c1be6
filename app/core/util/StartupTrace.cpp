#include "StartupTrace.h"

#include <QElapsedTimer>
#include <QtGlobal>

namespace StartupTrace {
void mark(const char *what)
{
    static const bool on = qEnvironmentVariableIsSet("ACTIVEDESK_TRACE_STARTUP");
    static QElapsedTimer timer;
    if (!on)
        return;
    if (!timer.isValid())
        timer.start();
    qInfo("startup: %s at %.1f ms", what, double(timer.nsecsElapsed()) / 1e6);
}
} // namespace StartupTrace

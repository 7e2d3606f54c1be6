#pragma once

// With ACTIVEDESK_TRACE_STARTUP set, prints "startup: <what> at <ms>" to the log, in milliseconds since the first
// mark (main's first line): where a slow start spends its time, on any machine, without a profiler.
namespace StartupTrace {
void mark(const char *what);
} // namespace StartupTrace

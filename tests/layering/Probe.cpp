// Compiled with one library's include path and flags: includes ACTIVEDESK_PROBE_HEADER, a header that library may or
// may not see (tests/layering/CMakeLists.txt says which). Never part of a program.
#include ACTIVEDESK_PROBE_HEADER

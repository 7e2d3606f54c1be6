// The sandbox's HTTP/1.1 request parser on arbitrary bytes, then every accessor a route uses on what it parsed.
#include "HttpServer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Small limits too, so the "too large" paths are reached as often as the normal ones.
    for (const qint64 limit : {qint64(64 * 1024), qint64(64)}) {
        const Sandbox::ParsedRequest p = Sandbox::ParsedRequest::parse(bytes, limit, limit * 16);
        if (p.outcome == Sandbox::ParsedRequest::Outcome::Complete) {
            if (p.consumed <= 0 || p.consumed > bytes.size())
                __builtin_trap();
            p.request.queryItems();
            p.request.queryValue(QStringLiteral("page"));
            p.request.header("content-type");
            p.request.hasJsonBody();
        }
        if (p.outcome == Sandbox::ParsedRequest::Outcome::Error && (p.status < 400 || p.status > 499))
            __builtin_trap();
    }
    return 0;
}

// imin's JSON-LD through every tolerant decoder: whatever the shape, nothing crashes and nothing reads out of bounds.
#include "imin/Decode.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString problem;
    Decode::eventSeriesPage(body, &problem); // the search pages' reader (simdjson where built in)
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    Decode::eventSeries(o);
    Decode::order(o);
    Decode::orderItem(o);
    Decode::customerAccount(o);
    Decode::customerUpdate(o);
    Decode::facilityUse(o);
    Decode::slot(o);
    Decode::facets(o);
    Decode::place(o);
    Decode::page<EventSeries>(o, Decode::eventSeries);
    Decode::page<Order>(o, Decode::order);
    return 0;
}

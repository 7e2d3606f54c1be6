#pragma once

#include "imin/ImminClient.h"
#include "util/Problem.h"

#include <functional>
#include <QMap>
#include <QStringList>

// Cancelling booked items the one way the desk and the kiosk do it: imin is asked to cancel them, order by order, and
// then each order is read back, because imin's acceptance is not yet a cancellation (contract 6.3: the items must
// read CustomerCancelled). Used for a member's own cancellation and for cancelling everything before a deletion.
namespace Cancellation {

struct Outcome
{
    int confirmed = 0;   // items that read CustomerCancelled afterwards
    int unconfirmed = 0; // items imin accepted (or refused) that do not read so yet
    Problem problem;     // the first failure of a call, if any
    bool allConfirmed() const { return !problem.isError() && unconfirmed == 0; }
};

// `itemsByOrder`: order identifier → the ids of its items to cancel. `done` runs once, unless `context` is gone.
void cancelAndConfirm(ImminClient &client, const QMap<QString, QStringList> &itemsByOrder, QObject *context,
                      std::function<void(const Outcome &)> done);

} // namespace Cancellation

#include "Cancellation.h"

#include <memory>
#include <QPointer>

namespace Cancellation {

void cancelAndConfirm(ImminClient &client, const QMap<QString, QStringList> &itemsByOrder, QObject *context,
                      std::function<void(const Outcome &)> done)
{
    struct State
    {
        int pending = 0;
        Outcome outcome;
        std::function<void(const Outcome &)> done;
    };
    auto state = std::make_shared<State>();
    state->pending = int(itemsByOrder.size());
    state->done = std::move(done);
    if (state->pending == 0) {
        state->done(state->outcome);
        return;
    }
    const auto finishOne = [state]() {
        if (--state->pending == 0)
            state->done(state->outcome);
    };
    ImminClient *api = &client;
    QPointer<QObject> guard(context);
    for (auto it = itemsByOrder.constBegin(); it != itemsByOrder.constEnd(); ++it) {
        const QString order = it.key();
        const QStringList items = it.value();
        api->cancelOrderItems(order, items, context, [=](const Result<Nothing> &r) {
            if (!r.ok() && !state->outcome.problem.isError())
                state->outcome.problem = r.error;
            if (!guard)
                return;
            // Accepted or not, what counts is what the order says now.
            api->order(order, guard, [=](const Result<Order> &read) {
                if (!read.ok()) {
                    if (!state->outcome.problem.isError())
                        state->outcome.problem = read.error;
                    state->outcome.unconfirmed += int(items.size());
                    finishOne();
                    return;
                }
                for (const QString &id : items) {
                    bool cancelled = false;
                    for (const OrderItem &i : read.value->items)
                        cancelled = cancelled || (i.id == id && i.status == QLatin1String("CustomerCancelled"));
                    ++(cancelled ? state->outcome.confirmed : state->outcome.unconfirmed);
                }
                finishOne();
            });
        });
    }
}

} // namespace Cancellation

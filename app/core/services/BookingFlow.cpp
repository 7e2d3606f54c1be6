#include "BookingFlow.h"

#include "Services.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QLocale>

BookingFlow::BookingFlow(Services *services, QObject *parent) : QObject(parent), m_services(services) {}

void BookingFlow::setState(State state, const QString &message, bool retry)
{
    m_state = state;
    m_message = message;
    m_retry = retry;
    Q_EMIT stateChanged(state);
}

QUrl BookingFlow::originOf(const QUrl &url) const
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}

void BookingFlow::start(const Choice &choice)
{
    reset();
    m_choice = choice;
    request();
}

void BookingFlow::retry()
{
    if (m_choice)
        request();
}

void BookingFlow::reset()
{
    if (m_waitForSync)
        disconnect(m_waitForSync);
    delete m_request;
    m_choice.reset();
    m_checkout.reset();
    if (m_state != State::Idle)
        setState(State::Idle, {});
}

void BookingFlow::leave()
{
    if (!m_choice)
        return;
    const Choice done = *m_choice;
    reset();
    Q_EMIT ended(Ending::Left, done, false);
}

void BookingFlow::reachedEnd(bool viewBookings)
{
    if (!m_choice || m_state != State::InCheckout)
        return;
    const Choice done = *m_choice;
    reset();
    Q_EMIT ended(Ending::Completed, done, viewBookings);
}

void BookingFlow::request()
{
    if (m_waitForSync)
        disconnect(m_waitForSync);
    delete m_request;
    m_checkout.reset();
    const std::optional<Member> member = m_services->store().member(m_choice->memberId);
    if (!member || member->deleted) {
        setState(State::Failed, tr("This member no longer exists."));
        return;
    }
    if (member->iminIdentifier.isEmpty()) {
        // imin needs the member before the checkout: send them first, or say why that cannot happen.
        if (member->sync.state == SyncState::State::Failed) {
            setState(State::Failed,
                     tr("%1 could not be sent to imin: %2 Fix their details, then try again.")
                         .arg(member->displayName(), member->sync.reason),
                     true);
            return;
        }
        setState(State::SendingMember, tr("Sending %1's details to imin first…").arg(member->displayName()));
        const qint64 id = member->id;
        m_waitForSync = connect(m_services, &Services::memberSyncChanged, this, [this, id](qint64 changed) {
            if (changed != id || !m_choice)
                return;
            const auto m = m_services->store().member(id);
            if (m && (!m->iminIdentifier.isEmpty() || m->sync.state == SyncState::State::Failed))
                request();
            else if (m && m->sync.state == SyncState::State::Pending && m->sync.attempts > 0)
                setState(State::SendingMember, tr("imin is not answering; still trying to send %1's details (%2)…")
                                                   .arg(m->displayName(), m->sync.reason));
        });
        m_services->sync().poke();
        return;
    }
    setState(State::CreatingCheckout, tr("Opening imin's checkout for %1…").arg(member->displayName()));
    const CheckoutRequest request{member->iminIdentifier, m_choice->opportunityType, m_choice->opportunityIdentifier,
                                  m_choice->offer.id};
    QStringList parts{m_choice->eventName};
    if (!m_choice->courtName.isEmpty())
        parts << m_choice->courtName;
    if (m_choice->start.isValid())
        parts << QLocale().toString(m_choice->start.toTimeZone(Clock::zone()), QStringLiteral("ddd d MMM HH:mm"));
    if (!m_choice->venueName.isEmpty())
        parts << m_choice->venueName;
    parts << Text::offerName(m_choice->offer);
    const QString title = tr("%1 for %2").arg(parts.join(QStringLiteral(" · ")), member->displayName());
    auto *context = new QObject(this);
    m_request = context;
    m_services->client().createCheckout(request, context, [this, context, title](const Result<CheckoutSession> &r) {
        context->deleteLater();
        if (!r.ok()) {
            const bool worthRetry = r.error.isTransient() || r.error.kind() == ApiError::Kind::Network;
            QString text = r.error.message();
            if (r.error.iminType() == QLatin1String("OpportunityIsFullError"))
                text = tr("This session is now full. Choose another date or session.");
            else if (r.error.iminType() == QLatin1String("OpportunityOfferPairNotBookableError"))
                text = tr("imin cannot book this date at this price level. Choose another date or session.");
            setState(State::Failed, text, worthRetry);
            return;
        }
        const ImminConfig &c = m_services->client().config();
        const QUrl target(r.value->target);
        const QUrl checkoutOrigin = originOf(c.checkoutBase);
        if (originOf(target) != checkoutOrigin) {
            // The checkout may only be shown on the configured checkout host.
            setState(State::Failed,
                     tr("imin sent a checkout address on another host (%1), so ActiveDesk did not open it. An "
                        "administrator needs to check the checkout address in Settings.")
                         .arg(target.host()));
            return;
        }
        Checkout checkout;
        checkout.target = target;
        checkout.allowedOrigins = {checkoutOrigin};
        for (const QString &o : c.paymentOrigins) {
            const QUrl u(o);
            if (u.isValid() && !u.host().isEmpty())
                checkout.allowedOrigins << originOf(u);
        }
        checkout.backUrl = QUrl(c.backUrl);
        checkout.profileUrl = QUrl(c.profileUrl);
        checkout.title = title;
        m_checkout = checkout;
        setState(State::InCheckout, {});
        Q_EMIT checkoutReady(checkout);
    });
}

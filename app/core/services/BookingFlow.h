#pragma once

#include "domain/Domain.h"

#include <optional>
#include <QObject>
#include <QPointer>
#include <QUrl>

class Services;

// Booking one date at one price level for one member, from "Book" to the end of imin's hosted checkout (contract 5.2):
// send the member to imin first if they are not there yet, create the Authenticated Checkout session, hand the page
// to whatever shows it, and end. The desk and the kiosk only draw it. Every way out (completed, left, failed, reset)
// ends here, so whoever shows availability can re-read it.
class BookingFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, SendingMember, CreatingCheckout, InCheckout, Failed };
    Q_ENUM(State)
    enum class Ending { Completed, Left };

    struct Choice
    {
        qint64 memberId = 0;
        QString eventName;
        QString eventSeriesId; // to read availability again
        QString venueName;
        QString opportunityType = QStringLiteral("ScheduledSession"); // or Slot
        QString opportunityIdentifier;
        QString courtName; // a named court's Slot: "Court 3"
        QDateTime start;
        Offer offer;
    };
    struct Checkout
    {
        QUrl target;
        QList<QUrl> allowedOrigins; // the checkout host and the payment hosts it may use
        QUrl backUrl;
        QUrl profileUrl;
        QString title;
    };

    explicit BookingFlow(Services *services, QObject *parent = nullptr);

    void start(const Choice &choice);
    void retry();
    // The person left the checkout (or the screen it was on).
    void leave();
    // The checkout navigated to the broker's back address (false) or "view my bookings" address (true).
    void reachedEnd(bool viewBookings);
    // Log-out or a kiosk reset: forget the booking without ending it visibly.
    void reset();

    State state() const { return m_state; }
    QString message() const { return m_message; } // what is happening, or what went wrong
    bool retryAllowed() const { return m_retry; }
    bool isActive() const { return m_state != State::Idle; }
    std::optional<Choice> choice() const { return m_choice; }
    std::optional<Checkout> checkout() const { return m_checkout; }

Q_SIGNALS:
    void stateChanged(BookingFlow::State state);
    void checkoutReady(const BookingFlow::Checkout &checkout);
    // The booking is over; `choice` says what it was. Availability may have changed either way.
    void ended(BookingFlow::Ending how, const BookingFlow::Choice &choice, bool viewBookings);

private:
    void request();
    void setState(State state, const QString &message, bool retry = false);
    QUrl originOf(const QUrl &url) const;

    Services *m_services;
    State m_state = State::Idle;
    QString m_message;
    bool m_retry = false;
    std::optional<Choice> m_choice;
    std::optional<Checkout> m_checkout;
    QMetaObject::Connection m_waitForSync;
    QPointer<QObject> m_request; // the call in flight; deleting it drops its answer
};

Q_DECLARE_METATYPE(BookingFlow::Choice)
Q_DECLARE_METATYPE(BookingFlow::Checkout)

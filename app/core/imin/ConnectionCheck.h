#pragma once

#include "ImminClient.h"

#include <QCoreApplication>

// "Does this configuration work?": one call to each of imin's three services with the configured key.
class ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)
public:
    struct Line
    {
        QString service;
        QUrl url;
        bool ok = false;
        QString verdict;
    };
    // `done` receives the three lines (booking, search, checkout) once all have answered.
    static void run(ImminClient &client, QObject *context, std::function<void(const QVector<Line> &)> done);
    // A checkout in imin's testing mode (contract 5.2.2): imin's test session, its member offer and its test
    // customer, so no payment is taken and nothing is booked (the confirmation e-mail is still sent). Two lines: the
    // checkout session imin creates, and its hosted page opening (fetched without the key, as a browser would).
    static void runTestCheckout(ImminClient &client, QObject *context, std::function<void(const QVector<Line> &)> done);
};

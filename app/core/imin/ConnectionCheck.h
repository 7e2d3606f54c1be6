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
};

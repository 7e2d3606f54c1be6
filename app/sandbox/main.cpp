// activedesk-sandbox: a faithful local imin for ActiveDesk, its tests and staff training.
#include "SandboxServer.h"

#include <csignal>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("activedesk-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("ActiveDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local imin Booking Platform for ActiveDesk: customer accounts, "
                                                    "Events and Facilities search, checkout, orders."));
    parser.addHelpOption();
    parser.addVersionOption();
    Sandbox::SandboxOptions::addTo(parser);
    parser.process(app);

    Sandbox::SandboxOptions options;
    QString error;
    if (!Sandbox::SandboxOptions::readFrom(parser, &options, &error)) {
        std::fprintf(stderr, "activedesk-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    Sandbox::SandboxServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "activedesk-sandbox: cannot start: %s\n", qPrintable(error));
        return 1;
    }

    // SIGINT/SIGTERM end the event loop cleanly (the self-pipe keeps the handler async-signal-safe).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}

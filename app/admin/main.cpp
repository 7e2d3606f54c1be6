// activedesk-admin: command-line tool for IT, on the same core as the app.
#include "auth/Authenticator.h"
#include "config/Secrets.h"
#include "config/Settings.h"
#include "config/Translations.h"
#include "imin/ConnectionCheck.h"
#include "imin/ImminClient.h"
#include "services/DataLocation.h"
#include "store/MemberCsv.h"
#include "store/MemberStore.h"
#include "sync/SyncWorker.h"
#include "Terminal.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// The messages' translation context (lupdate reads Admin::tr).
struct Admin
{
    Q_DECLARE_TR_FUNCTIONS(Admin)
};

QString usage()
{
    return Admin::tr(
        "Commands:\n"
        "  import-members FILE.csv   add or update members from CSV (header: givenName,familyName,email required;\n"
        "                            "
        "membershipNumber,telephone,birthDate,gender,streetAddress,addressLocality,postalCode,\n"
        "                            "
        "emergencyContactName,emergencyContactTelephone,membershipType,membershipValidFrom,\n"
        "                            membershipValidUntil,concession,concessionProofSeen optional); queues them for "
        "imin\n"
        "  sync                      send every change waiting for imin now; exit 0 only if nothing failed\n"
        "  status                    how many members are synced, pending and failed, with the reasons for failures\n"
        "  export-members FILE.csv   write every member to CSV\n"
        "  check-connection          call imin's booking, search and checkout services with the configured key\n"
        "  check-imin [--checkout]   the same; --checkout also runs a checkout in imin's testing mode (no payment)\n"
        "  set-api-key               read the imin API key from standard input into the OS keychain\n"
        "  add-staff USERNAME        create a staff account (--admin for an administrator); the PIN is read from "
        "stdin");
}

struct Context
{
    QCommandLineParser *parser;
    QString dataDir;
    Settings *settings;
};

bool openStore(const Context &c, MemberStore &store)
{
    QString location = c.parser->value(QStringLiteral("database"));
    if (location.isEmpty())
        location = c.settings->databaseUrl();
    if (location.isEmpty()) {
        location = c.dataDir;
        // Before, this tool put the database straight in --data-dir, where the desk never looked: say where it is.
        const QDir parent = QFileInfo(c.dataDir).dir();
        if (!QFile::exists(QDir(c.dataDir).filePath(QStringLiteral("members.sqlite"))) &&
            QFile::exists(parent.filePath(QStringLiteral("members.sqlite"))))
            err << Admin::tr("Note: %1 is a member database from an older activedesk-admin, which the desk does not "
                             "read. The desk's is in %2; move the old one there if it holds the members.")
                       .arg(parent.filePath(QStringLiteral("members.sqlite")), c.dataDir)
                << Qt::endl;
    }
    QString error;
    if (!store.open(location, &error)) {
        err << error << Qt::endl;
        return false;
    }
    return true;
}

// The imin configuration: settings file, then command-line overrides; the key from the environment or keychain.
bool loadConfig(const Context &c, ImminConfig *config)
{
    *config = c.settings->imminConfig();
    const struct
    {
        const char *option;
        QUrl ImminConfig::*field;
    } urls[] = {{"booking-url", &ImminConfig::bookingBase},
                {"search-url", &ImminConfig::searchBase},
                {"checkout-url", &ImminConfig::checkoutBase}};
    for (const auto &u : urls) {
        if (c.parser->isSet(QLatin1String(u.option)))
            (config->*u.field) = QUrl(c.parser->value(QLatin1String(u.option)));
    }
    if (c.parser->isSet(QStringLiteral("broker-identifier")))
        config->brokerIdentifier = c.parser->value(QStringLiteral("broker-identifier"));
    if (c.parser->isSet(QStringLiteral("timeout-ms")))
        config->timeoutMs = c.parser->value(QStringLiteral("timeout-ms")).toInt();
    QStringList missing;
    if (!config->bookingBase.isValid() || config->bookingBase.isEmpty())
        missing << QStringLiteral("--booking-url");
    if (!config->searchBase.isValid() || config->searchBase.isEmpty())
        missing << QStringLiteral("--search-url");
    if (!config->checkoutBase.isValid() || config->checkoutBase.isEmpty())
        missing << QStringLiteral("--checkout-url");
    if (!missing.isEmpty()) {
        err << Admin::tr("No imin address is configured: give %1.").arg(missing.join(QStringLiteral(", "))) << Qt::endl;
        return false;
    }
    Secrets secrets;
    QString key, problem;
    bool finished = false;
    secrets.readApiKey([&](const QString &k, const QString &e) {
        key = k;
        problem = e;
        finished = true;
        QCoreApplication::exit(0);
    });
    if (!finished)
        QCoreApplication::exec();
    if (key.isEmpty()) {
        err << problem << Qt::endl;
        return false;
    }
    config->apiKey = key;
    return true;
}

int importMembers(const Context &c, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << Admin::tr("Can't read %1: %2").arg(file, f.errorString()) << Qt::endl;
        return 2;
    }
    MemberStore store;
    if (!openStore(c, store))
        return 1;
    const MemberCsv::ImportReport r = MemberCsv::import(store, f.readAll(), c.parser->value(QStringLiteral("encoding")),
                                                        c.parser->isSet(QStringLiteral("allow-duplicates")));
    if (!r.fatal.isEmpty()) {
        err << file << ": " << r.fatal << Qt::endl;
        return 2;
    }
    for (const MemberCsv::Problem &p : r.skipped)
        err << Admin::tr("%1:%2: skipped: %3").arg(file).arg(p.line).arg(p.reason) << Qt::endl;
    out << Admin::tr("%1 created, %2 updated, %3 unchanged, %4 skipped. Run `activedesk-admin sync` to send them to "
                     "imin.")
               .arg(r.created)
               .arg(r.updated)
               .arg(r.unchanged)
               .arg(r.skipped.size())
        << Qt::endl;
    return 0;
}

int exportMembers(const Context &c, const QString &file)
{
    MemberStore store;
    if (!openStore(c, store))
        return 1;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << Admin::tr("Can't write %1: %2").arg(file, f.errorString()) << Qt::endl;
        return 2;
    }
    f.write(MemberCsv::exportAll(store));
    out << Admin::tr("%n member(s) written to %1.", nullptr, store.memberCount()).arg(file) << Qt::endl;
    return 0;
}

int status(const Context &c)
{
    MemberStore store;
    if (!openStore(c, store))
        return 1;
    const SyncCounts counts = store.syncCounts();
    out << Admin::tr("%1 synced, %2 pending, %3 failed").arg(counts.synced).arg(counts.pending).arg(counts.failed)
        << Qt::endl;
    for (const Member &m : store.failedMembers())
        out << "  " << m.membershipNumber << "  " << m.displayName() << ": " << m.sync.reason << Qt::endl;
    if (counts.pending > 0)
        out << Admin::tr("Pending changes are sent by the app, or now by `activedesk-admin sync`.") << Qt::endl;
    // As documented: 3 while anything is still pending or has failed.
    return counts.failed == 0 && counts.pending == 0 ? 0 : 3;
}

int sync(const Context &c)
{
    MemberStore store;
    ImminConfig config;
    if (!openStore(c, store) || !loadConfig(c, &config))
        return 1;
    ImminClient client(config);
    SyncWorker worker(&store, &client);
    if (c.parser->isSet(QStringLiteral("backoff-ms")))
        worker.setBackoff(c.parser->value(QStringLiteral("backoff-ms")).toInt(), 60000);
    if (c.parser->isSet(QStringLiteral("lease-ms")))
        worker.setLeaseMs(c.parser->value(QStringLiteral("lease-ms")).toLongLong());
    // A person asked for "now": retries waiting for their back-off are due at once.
    store.outbox().makePendingDueNow();
    const int total = store.outbox().pendingCount();
    const bool terminal = Terminal::isTerminal(Terminal::Stream::Out);
    QObject::connect(&worker, &SyncWorker::progress, [&](int done, int remaining) {
        if (!terminal)
            return;
        const int width = 30;
        const int all = std::max(total, done + remaining);
        const int filled = all ? width * done / all : width;
        out << "\r[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] " << done
            << "/" << all << Qt::flush;
    });
    QObject::connect(&worker, &SyncWorker::drained, &QCoreApplication::quit);
    const int waitMs = c.parser->value(QStringLiteral("wait")).toInt() * 1000;
    worker.drain(waitMs);
    if (!worker.isIdle() || store.outbox().pendingCount() > 0 || total > 0)
        QCoreApplication::exec();
    worker.stop(); // whatever this process still holds goes back to the other terminals at once
    if (terminal)
        out << Qt::endl;
    const SyncCounts counts = store.syncCounts();
    const SyncWorker::Stats s = worker.stats();
    out << Admin::tr("Sent %n change(s); %1 retried; %2 still pending; %3 failed.", nullptr, s.succeeded)
               .arg(s.retried)
               .arg(counts.pending)
               .arg(counts.failed)
        << Qt::endl;
    if (s.surplusRemoved > 0)
        out << Admin::tr("%n customer(s) created twice in imin were deleted again.", nullptr, s.surplusRemoved)
            << Qt::endl;
    for (const Member &m : store.failedMembers())
        out << "  " << m.membershipNumber << "  " << m.displayName() << ": " << m.sync.reason << Qt::endl;
    if (counts.pending > 0)
        out << Admin::tr("Pending changes are kept and sent on the next sync.") << Qt::endl;
    return counts.failed == 0 && counts.pending == 0 ? 0 : 3;
}

int checkConnection(const Context &c)
{
    ImminConfig config;
    if (!loadConfig(c, &config))
        return 1;
    config.getRetries = 0;
    ImminClient client(config);
    QVector<ConnectionCheck::Line> lines;
    auto finished = [&lines](const QVector<ConnectionCheck::Line> &result) {
        lines = result;
        QCoreApplication::quit();
    };
    // --checkout: a checkout in imin's testing mode as well (no payment, nothing booked).
    if (c.parser->isSet(QStringLiteral("checkout"))) {
        ConnectionCheck::run(client, nullptr, [&](const QVector<ConnectionCheck::Line> &result) {
            lines = result;
            ConnectionCheck::runTestCheckout(client, nullptr, [&lines](const QVector<ConnectionCheck::Line> &more) {
                lines += more;
                QCoreApplication::quit();
            });
        });
    } else {
        ConnectionCheck::run(client, nullptr, finished);
    }
    QCoreApplication::exec();
    bool all = true;
    for (const ConnectionCheck::Line &line : std::as_const(lines)) {
        out << (line.ok ? Admin::tr("OK  ") : Admin::tr("FAIL")) << "  " << line.service << "  "
            << line.url.toString(QUrl::RemoveQuery) << "  " << line.verdict << Qt::endl;
        all = all && line.ok;
    }
    return all ? 0 : 4;
}

QString readSecretLine()
{
    return Terminal::readSecretLine(Admin::tr("Key: "));
}

int setApiKey()
{
    const QString key = readSecretLine();
    if (key.isEmpty()) {
        err << Admin::tr("No key was given on standard input; nothing was stored.") << Qt::endl;
        return 2;
    }
    Secrets secrets;
    QString problem;
    secrets.writeApiKey(key, [&problem](const QString &e) {
        problem = e;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return 1;
    }
    out << Admin::tr("The API key is stored in the keychain.") << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Named after itself for --version and --help; after parsing it takes the app's name, which places its data and
    // settings where the app keeps them.
    QCoreApplication::setApplicationName(QStringLiteral("activedesk-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("ActiveDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVEDESK_VERSION));
    Translations::install(QLocale::system()); // messages in Welsh where the system asks for Welsh
    QCommandLineParser parser;
    parser.setApplicationDescription(Admin::tr("ActiveDesk administration for IT.") + QLatin1String("\n\n") + usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Admin::tr("What to do (see above)."));
    parser.addOptions({
        {QStringLiteral("data-dir"),
         Admin::tr("ActiveDesk's data folder, as given to the desk (the member database is in DIR/members)."),
         QStringLiteral("DIR")},
        {QStringLiteral("database"),
         Admin::tr("A PostgreSQL URL (postgresql://user@host:port/db) instead of the SQLite file."),
         QStringLiteral("URL")},
        {QStringLiteral("settings"), Admin::tr("Settings file to read instead of the standard one."),
         QStringLiteral("FILE")},
        {QStringLiteral("allow-duplicates"),
         Admin::tr("import-members: also create rows that look like a member already there (same name and date of "
                   "birth, or same telephone); without it they are skipped and listed.")},
        {QStringLiteral("booking-url"), Admin::tr("imin booking base, e.g. https://book.imin.co/api/v2"),
         QStringLiteral("URL")},
        {QStringLiteral("search-url"), Admin::tr("imin search base, e.g. https://search.imin.co"),
         QStringLiteral("URL")},
        {QStringLiteral("checkout-url"), Admin::tr("The broker's checkout base, e.g. https://checkout.example.com"),
         QStringLiteral("URL")},
        {QStringLiteral("broker-identifier"), Admin::tr("X-Broker-Identifier to send."), QStringLiteral("ID")},
        {QStringLiteral("timeout-ms"), Admin::tr("Time limit of each call."), QStringLiteral("MS")},
        {QStringLiteral("wait"), Admin::tr("sync: how long to keep retrying failed calls."), QStringLiteral("SECONDS"),
         QStringLiteral("120")},
        {QStringLiteral("backoff-ms"), Admin::tr("sync: first retry delay (doubles each time)."), QStringLiteral("MS")},
        {QStringLiteral("lease-ms"),
         Admin::tr("sync: how long a change this process took stays its own if the process dies (default: three "
                   "time limits and 5 s)."),
         QStringLiteral("MS")},
        {QStringLiteral("admin"), Admin::tr("add-staff: make the account an administrator.")},
        {QStringLiteral("checkout"),
         Admin::tr("check-imin: also run a checkout in imin's testing mode (no payment is taken, nothing is booked).")},
        {QStringLiteral("encoding"),
         Admin::tr("import-members: the file's encoding, utf-8 (the default, with or without a BOM) or "
                   "windows-1252."),
         QStringLiteral("NAME")},
    });
    parser.process(app);
    QCoreApplication::setApplicationName(QStringLiteral("activedesk"));
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << Admin::tr("Give a command.") << "\n" << usage() << Qt::endl;
        return 2;
    }
    // The desk's own rule: DIR/members, in the desk's default folder when none is given.
    const QString dataDir =
        DataLocation::memberDatabase(DataLocation::dataDir(parser.value(QStringLiteral("data-dir"))));
    Settings settings(parser.value(QStringLiteral("settings")));
    const Context c{&parser, dataDir, &settings};
    const QString command = args.first();
    auto needsFile = [&]() {
        if (args.size() < 2) {
            err << Admin::tr("%1 needs a file name.").arg(command) << Qt::endl;
            return false;
        }
        return true;
    };
    if (command == QLatin1String("import-members"))
        return needsFile() ? importMembers(c, args.at(1)) : 2;
    if (command == QLatin1String("export-members"))
        return needsFile() ? exportMembers(c, args.at(1)) : 2;
    if (command == QLatin1String("sync"))
        return sync(c);
    if (command == QLatin1String("status"))
        return status(c);
    if (command == QLatin1String("check-connection") || command == QLatin1String("check-imin"))
        return checkConnection(c);
    if (command == QLatin1String("set-api-key"))
        return setApiKey();
    if (command == QLatin1String("add-staff")) {
        if (args.size() < 2) {
            err << Admin::tr("add-staff needs a username.") << Qt::endl;
            return 2;
        }
        MemberStore store;
        if (!openStore(c, store))
            return 1;
        QString error;
        Authenticator auth(&store);
        if (!auth.addStaff(args.at(1), parser.isSet(QStringLiteral("admin")) ? StaffRole::Admin : StaffRole::Staff,
                           readSecretLine(), &error)) {
            err << error << Qt::endl;
            return 2;
        }
        out << Admin::tr("Staff account %1 created.").arg(args.at(1)) << Qt::endl;
        return 0;
    }
    err << Admin::tr("Unknown command \"%1\".").arg(command) << "\n" << usage() << Qt::endl;
    return 2;
}

#include "Application.h"

#include "Accessibility.h"
#include "config/Secrets.h"
#include "config/Translations.h"
#include "KioskWindow.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "services/DataLocation.h"
#include "services/Services.h"
#include "util/Clock.h"
#include "util/PrivateFiles.h"
#include "util/StartupTrace.h"
#include "Widgets.h"

#include <QDir>
#include <QFile>
#include <QUuid>

Application::Application(QObject *parent) : QObject(parent) {}

Application::~Application()
{
    m_kiosk.reset();
    m_window.reset();
    m_services.reset();
    m_sandbox.reset();
}

bool Application::start(const Options &options, QString *error)
{
    Accessibility::prepareEnvironment();
    Accessibility::install();
    m_services = std::make_unique<Services>(options.settingsFile);
    // The language chosen in Settings; otherwise the system's (unless one was installed already, as tests do).
    const QString language = m_services->settings().language();
    if (!language.isEmpty() || Translations::current().isEmpty())
        Translations::install(Translations::localeFor(language));
    if (!PrivateFiles::makeFolder(options.dataDir)) {
        *error = tr("ActiveDesk cannot create its data folder %1.").arg(options.dataDir);
        return false;
    }
    if (options.openAfterFirstPaint && !options.kiosk) {
        m_window = std::make_unique<MainWindow>(m_services.get(), QString());
        StartupTrace::mark("window built");
        afterFirstPaint(m_window.get(), [this, options]() {
            QString problem;
            if (!openData(options, &problem))
                Q_EMIT failed(problem);
        });
        return true;
    }
    if (!openData(options, error))
        return false;
    if (options.kiosk)
        m_kiosk = std::make_unique<KioskWindow>(m_services.get());
    else
        m_window = std::make_unique<MainWindow>(m_services.get(), QString());
    StartupTrace::mark("window built");
    return true;
}

// The member database, then imin or the embedded sandbox.
bool Application::openData(const Options &options, QString *error)
{
    if (!m_services->open(DataLocation::memberDatabase(options.dataDir), error))
        return false;
    StartupTrace::mark("member database open");
    ImminConfig config = m_services->settings().imminConfig();
    const bool sandbox = options.forceSandbox || !m_services->settings().hasImminEndpoint();
    if (sandbox) {
        // The sandbox runs in-process on a free loopback port with a key made for this run only.
        Sandbox::SandboxOptions so;
        so.dataDir = DataLocation::sandbox(options.dataDir);
        const bool firstStart = !QFile::exists(QDir(so.dataDir).filePath(QStringLiteral("sandbox.sqlite")));
        so.bind = QHostAddress::LocalHost;
        so.port = 0;
        so.apiKey = QUuid::createUuid().toString(QUuid::Id128);
        so.brokerName = config.brokerName;
        so.catalogue.sessions = options.sandboxSessions;
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(so);
        m_sandboxFirstStart = firstStart;
        if (!m_sandbox->start(error)) {
            *error = tr("The built-in sandbox could not start: %1").arg(*error);
            return false;
        }
        StartupTrace::mark("sandbox started");
        const ImminConfig saved = config;
        config = ImminConfig::forSandbox(m_sandbox->baseUrl(), so.apiKey);
        config.brokerName = saved.brokerName;
        config.timeoutMs = saved.timeoutMs;
    }
    if (config.backUrl.isEmpty())
        config.backUrl = QStringLiteral("https://activedesk.invalid/back");
    if (config.profileUrl.isEmpty())
        config.profileUrl = QStringLiteral("https://activedesk.invalid/bookings");
    m_services->connectImin(config, sandbox);
    StartupTrace::mark("imin connected");
    if (sandbox && options.sampleMembers && m_sandboxFirstStart && m_services->store().memberCount() == 0)
        addSampleMembers();
    if (!sandbox) {
        // The key comes from the environment or the keychain; the window does not wait for it (nothing needs imin
        // before someone logs in), and no nested event loop runs.
        auto *secrets = new Secrets(this);
        secrets->readApiKey([this, config, secrets](const QString &apiKey, const QString &problem) mutable {
            secrets->deleteLater();
            config.apiKey = apiKey;
            m_services->connectImin(config, false);
            if (m_window)
                m_window->setApiKey(apiKey, problem);
            else if (m_kiosk && apiKey.isEmpty())
                m_kiosk->setUnavailable(problem);
        });
    }
    m_open = true;
    StartupTrace::mark("data open");
    if (m_window)
        m_window->dataOpened();
    Q_EMIT opened();
    return true;
}

void Application::addSampleMembers()
{
    // Made-up people of the ages a centre sees (a family, a junior, a retired member); reserved example.org
    // addresses, so nothing reaches a real person. The Members page says that sandbox members are made up.
    struct Sample
    {
        const char *given, *family, *email, *phone, *postcode;
        int years;
        const char *gender;
        const char *membership = ""; // with the days it runs from and to, counted from today
        int fromDays = 0, untilDays = 0;
        const char *concession = ""; // with proof seen this many days ago
        int proofDaysAgo = 0;
    };
    static const Sample samples[] = {
        // A member with a membership, one whose membership ended yesterday, a concession with proof seen.
        {"Priya", "Patel", "priya.patel@example.org", "07700 900101", "OX4 1AB", 38, "Female", "Full", -200, 165},
        {"Aarav", "Patel", "aarav.patel@example.org", "", "OX4 1AB", 11, "Male"},
        {"Jon", "Smith", "jon.smith@example.org", "07700 900102", "OX2 6HP", 45, "Male", "Swim and gym", -366, -1},
        {"Megan", "Hughes", "megan.hughes@example.org", "07700 900103", "OX3 7LD", 27, "Female"},
        {"Dylan", "Hughes", "dylan.hughes@example.org", "", "OX3 7LD", 6, "Male"},
        {"Margaret", "Evans", "margaret.evans@example.org", "01865 960104", "OX1 4LB", 71, "", "", 0, 0, "Over 60", 30},
    };
    const QDate today = Clock::instance().localDate();
    for (const Sample &x : samples) {
        Member m;
        m.person.givenName = QLatin1String(x.given);
        m.person.familyName = QLatin1String(x.family);
        m.person.email = QLatin1String(x.email);
        m.person.telephone = QLatin1String(x.phone);
        m.person.address.postalCode = QLatin1String(x.postcode);
        m.person.birthDate = today.addYears(-x.years).addDays(-100);
        m.person.gender = QLatin1String(x.gender);
        if (*x.membership) {
            m.person.membership.type = QLatin1String(x.membership);
            m.person.membership.validFrom = today.addDays(x.fromDays);
            m.person.membership.validUntil = today.addDays(x.untilDays);
        }
        if (*x.concession) {
            m.person.membership.concession = QLatin1String(x.concession);
            m.person.membership.concessionProofSeen = today.addDays(-x.proofDaysAgo);
        }
        LocalError error;
        if (m_services->saveMember(m, &error) != MemberStore::SaveOutcome::Saved)
            qWarning("ActiveDesk: a made-up sandbox member could not be added: %s", qPrintable(error.message()));
    }
}

QWidget *Application::topLevel() const
{
    return m_kiosk ? static_cast<QWidget *>(m_kiosk.get()) : static_cast<QWidget *>(m_window.get());
}

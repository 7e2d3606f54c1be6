#pragma once

#include <memory>
#include <QObject>
#include <QString>

class Services;
class KioskWindow;
class MainWindow;
namespace Sandbox {
class SandboxServer;
}

// The application's wiring: the member database, imin or the embedded sandbox, and the main window.
class Application : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;      // where members (and the embedded sandbox) keep their data
        QString settingsFile; // empty: the standard place
        bool forceSandbox = false;
        bool kiosk = false; // the members' kiosk instead of the staff desk
        int sandboxSessions = 2000;
        // On the embedded sandbox's first start with no members yet, add a few made-up ones so that training can
        // begin at once (the program sets it; tests that count members leave it off).
        bool sampleMembers = false;
        // The desk's log-in window is painted first; the member database and the embedded sandbox open on the next
        // turn of the event loop (a failure then is shown and ends the program with `failed`).
        bool openAfterFirstPaint = false;
    };
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Opens everything; on failure `error` says what and nothing is shown.
    bool start(const Options &options, QString *error);
    bool isOpen() const { return m_open; } // the database and imin (or the sandbox) are ready
    Services *services() const { return m_services.get(); }
    MainWindow *window() const { return m_window.get(); } // the desk (null in kiosk mode)
    KioskWindow *kiosk() const { return m_kiosk.get(); }  // the kiosk (null at the desk)
    QWidget *topLevel() const;
    Sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }

Q_SIGNALS:
    void opened();
    void failed(const QString &error); // only with openAfterFirstPaint

private:
    bool openData(const Options &options, QString *error);
    void addSampleMembers();
    bool m_sandboxFirstStart = false;

    bool m_open = false;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<KioskWindow> m_kiosk;
};

// The packaged kiosk session for real: packaging/linux/activedesk-kiosk-session (what activedesk-kiosk.service runs)
// starts cage, Debian's kiosk compositor, on its headless backend as an unprivileged user, with activedesk --kiosk on
// the embedded sandbox; grim photographs the output and the test looks for the welcome screen in it. Needs root (to
// make the user and run as it) and cage, grim and Xwayland, which the test command installs.
//
// The session runs turned to portrait (ACTIVEDESK_KIOSK_ROTATE=1): cage 0.1.4 on a headless output tries to show a
// full-screen window directly ("scan-out"), the headless output refuses the commit, and nothing more is drawn; a
// rotated output is always composited. Real screens (DRM) are not affected.
#include "SandboxProcess.h"

#include <pwd.h>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QtTest>
#include <unistd.h>

class TestKioskSession : public QObject
{
    Q_OBJECT
    const QString m_user = QStringLiteral("activedesk-kiosk-test");
    QString m_home, m_runtime;
    QProcess m_session;

    static int run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }
    QStringList asUser(const QStringList &env, const QStringList &command) const
    {
        return QStringList{QStringLiteral("-u"), m_user, QStringLiteral("--"), QStringLiteral("env"),
                           QStringLiteral("-i")} +
               env + command;
    }
    // Share of pixels close to `colour`.
    static double share(const QImage &image, QRgb colour)
    {
        qint64 hits = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                if (std::abs(qRed(p) - qRed(colour)) < 12 && std::abs(qGreen(p) - qGreen(colour)) < 12 &&
                    std::abs(qBlue(p) - qBlue(colour)) < 12)
                    ++hits;
            }
        }
        return double(hits) / double((image.width() / 2) * (image.height() / 2));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root: it makes an unprivileged user and runs the kiosk session as it (scripts/test.sh does)");
        for (const char *tool : {"cage", "grim", "Xwayland", "runuser", "useradd"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(), tool);
        m_home = QStringLiteral("/var/lib/") + m_user;
        if (!getpwnam(qPrintable(m_user)))
            QCOMPARE(run(QStringLiteral("useradd"),
                         {QStringLiteral("--system"), QStringLiteral("--create-home"), QStringLiteral("--home-dir"),
                          m_home, QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"), m_user}),
                     0);
        run(QStringLiteral("pkill"), {QStringLiteral("-u"), m_user});
        // The session's files where the user can reach them (a build folder may sit in root's home).
        const QString bin = m_home + QStringLiteral("/bin");
        QDir(m_home + QStringLiteral("/data")).removeRecursively();
        QDir().mkpath(bin);
        for (const QString &file :
             {QStringLiteral(ACTIVEDESK_BIN_DIR "/activedesk"),
              QStringLiteral(ACTIVEDESK_SOURCE_DIR "/packaging/linux/activedesk-kiosk-session")}) {
            const QString to = bin + QLatin1Char('/') + QFileInfo(file).fileName();
            QFile::remove(to);
            QVERIFY2(QFile::copy(file, to), qPrintable(file));
            QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                          QFileDevice::ExeOther);
        }
        m_runtime = QStringLiteral("/tmp/activedesk-kiosk-test-run");
        QDir(m_runtime).removeRecursively();
        QVERIFY(QDir().mkpath(m_runtime));
        QCOMPARE(run(QStringLiteral("chown"), {QStringLiteral("-R"), m_user, m_home, m_runtime}), 0);
        QVERIFY(
            QFile::setPermissions(m_runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
    void cleanupTestCase()
    {
        if (m_session.state() != QProcess::NotRunning) {
            run(QStringLiteral("pkill"), {QStringLiteral("-u"), m_user});
            m_session.waitForFinished(10000);
        }
    }

    void thePackagedSessionShowsTheWelcomeScreen()
    {
        const QStringList env{QStringLiteral("HOME=") + m_home,
                              QStringLiteral("PATH=/usr/bin:/bin"),
                              QStringLiteral("XDG_RUNTIME_DIR=") + m_runtime,
                              QStringLiteral("WLR_BACKENDS=headless"),
                              QStringLiteral("WLR_RENDERER=pixman"),
                              QStringLiteral("WLR_LIBINPUT_NO_DEVICES=1"),
                              QStringLiteral("ACTIVEDESK_KIOSK_ROTATE=1"),
                              QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX=1")};
        m_session.setProcessChannelMode(QProcess::MergedChannels);
        m_session.start(
            QStringLiteral("runuser"),
            asUser(env, {m_home + QStringLiteral("/bin/activedesk-kiosk-session"), QStringLiteral("--sandbox"),
                         QStringLiteral("--data-dir"), m_home + QStringLiteral("/data"), QStringLiteral("--settings"),
                         m_home + QStringLiteral("/settings.ini")}));
        QVERIFY(m_session.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_runtime + QStringLiteral("/wayland-0")), 20000);

        // Both run as the unprivileged user, and cage is the compositor (no desktop).
        QByteArray ps;
        run(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("user:32,args")}, &ps);
        bool cage = false, app = false;
        for (const QByteArray &line : ps.split('\n')) {
            if (line.contains("cage -d"))
                cage = cage || line.startsWith(m_user.toUtf8());
            if (line.contains("activedesk --kiosk"))
                app = app || line.startsWith(m_user.toUtf8());
        }
        QVERIFY2(cage && app, ps.constData());

        // The welcome screen: its light background filling the screen, and the green "Log in" button.
        const QString shot = m_runtime + QStringLiteral("/kiosk.png");
        QImage image;
        double background = 0, button = 0;
        const bool found = QTest::qWaitFor(
            [&]() {
                QFile::remove(shot);
                run(QStringLiteral("runuser"), asUser({QStringLiteral("XDG_RUNTIME_DIR=") + m_runtime,
                                                       QStringLiteral("WAYLAND_DISPLAY=wayland-0")},
                                                      {QStringLiteral("grim"), shot}));
                if (!image.load(shot))
                    return false;
                background = share(image, qRgb(0xf4, 0xf6, 0xfa));
                button = share(image, qRgb(0x0b, 0x6e, 0x4f));
                return background > 0.5 && button > 0.02;
            },
            60000);
        const QString dir = qEnvironmentVariable("ACTIVEDESK_SCREENSHOTS");
        if (!dir.isEmpty())
            image.save(dir + QStringLiteral("/kiosk-session-cage.png"));
        QVERIFY2(found, qPrintable(QStringLiteral("%1x%2: background %3, button %4; session output: %5")
                                       .arg(image.width())
                                       .arg(image.height())
                                       .arg(background)
                                       .arg(button)
                                       .arg(QString::fromUtf8(m_session.readAll().right(2000)))));
        QCOMPARE(image.size(), QSize(720, 1280)); // portrait, full screen: no desktop around it
    }
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "TestKioskSession.moc"

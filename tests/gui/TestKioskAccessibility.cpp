// Every screen and state of the members' kiosk walked through QAccessible, in English on the light palette and in
// Welsh on the dark one: no control without a name, no text below WCAG AA contrast, no focus that cannot be seen, no
// English left in Welsh. The member chooses Welsh on the welcome screen; the next member starts in the kiosk's own
// language.
#include "AccessibilityAudit.h"
#include "KioskDriver.h"
#include "LanguageAudit.h"
#include "SandboxBooking.h"
#include "SandboxProcess.h"
#include "util/Clock.h"

#include "AdminExitOverlay.h"
#include "Application.h"
#include "auth/PinHasher.h"
#include "config/Translations.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "CourtsPage.h"
#include "FacilityBrowser.h"
#include "KioskMemberArea.h"
#include "KioskOverlay.h"
#include "KioskWindow.h"
#include "LogInScreen.h"
#include "OccurrenceModel.h"
#include "OnScreenKeyboard.h"
#include "SandboxServer.h"
#include "services/Services.h"
#include "SessionBrowser.h"
#include "SessionListModel.h"
#include "SignedUpScreen.h"
#include "SignUpScreen.h"
#include "WelcomeScreen.h"
#include "Widgets.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QtTest>

class TestKioskAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
    KioskWindow *k = nullptr;
    Services *s = nullptr;
    std::unique_ptr<KioskDriver> d;
    Member m_member;
    const QString m_pin = QStringLiteral("4826");
    QString m_shots;
    QStringList m_problems, m_statesSeen;

    template <typename T> T *shown(const char *name) { return d->template shown<T>(name); }
    void tap(const char *name) { d->tap(name); }

    void check(const QString &state, bool welsh)
    {
        QApplication::processEvents();
        QTest::qWait(50);
        m_statesSeen << state;
        QStringList found = AccessibilityAudit::everything(k);
        if (welsh) {
            for (const QString &f : LanguageAudit::untranslated(k))
                found << QStringLiteral("English left: ") + f;
        }
        for (const QString &f : std::as_const(found))
            m_problems << state + QStringLiteral(" — ") + f;
        if (!m_shots.isEmpty())
            k->grab().save(QDir(m_shots).filePath(QStringLiteral("kiosk-") + state + QStringLiteral(".png")));
    }

    void logIn()
    {
        tap("welcomeLogIn");
        QTRY_COMPARE(k->screen(), KioskWindow::Screen::LogIn);
        d->tapDigits(m_member.membershipNumber);
        tap("pad_enter");
        QTRY_VERIFY(shown<QLineEdit>("logInPin")->hasFocus());
        d->tapDigits(m_pin);
        tap("pad_enter");
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::Member, 10000);
    }

    // Every screen of the kiosk, from the welcome screen to the countdown; `chooseLanguage` is tapped first.
    void tour(const QString &tag, const char *chooseLanguage, bool welsh)
    {
        k->resetToWelcome();
        if (chooseLanguage)
            tap(chooseLanguage);
        check(tag + QStringLiteral("-welcome"), welsh);
        tap("welcomeLogIn");
        check(tag + QStringLiteral("-login-number"), welsh);
        d->tapDigits(QStringLiteral("999999"));
        tap("pad_enter");
        QTRY_VERIFY(shown<QLineEdit>("logInPin")->hasFocus());
        d->tapDigits(QStringLiteral("1111"));
        tap("pad_enter");
        QTRY_VERIFY_WITH_TIMEOUT(!k->findChild<LogInScreen *>()->error().isEmpty(), 10000);
        check(tag + QStringLiteral("-login-refused"), welsh);
        k->resetToWelcome();
        if (chooseLanguage)
            tap(chooseLanguage);
        tap("welcomeSignUp");
        check(tag + QStringLiteral("-signup"), welsh);
        tap("signUpJoin");
        check(tag + QStringLiteral("-signup-errors"), welsh);
        k->keyboard()->show();
        check(tag + QStringLiteral("-keyboard-letters"), welsh);
        k->keyboard()->showPage(OnScreenKeyboard::Page::Symbols);
        check(tag + QStringLiteral("-keyboard-symbols"), welsh);
        k->keyboard()->showPage(OnScreenKeyboard::Page::Letters);
        k->keyboard()->hide();
        tap("signUpBack");
        // Back on the welcome screen the kiosk's own language returns: the member chooses again.
        if (chooseLanguage)
            tap(chooseLanguage);
        logIn();
        SessionBrowser *browser = k->memberArea()->browser();
        QTRY_VERIFY_WITH_TIMEOUT(!browser->results()->isLoading() && browser->results()->rowCount() > 0, 20000);
        check(tag + QStringLiteral("-sessions"), welsh);
        KioskDriver::tapRow(shown<QListView>("kioskSessionList"), browser->results()->index(0));
        QTRY_VERIFY_WITH_TIMEOUT(browser->hasDetail() && !browser->isDetailLoading(), 20000);
        for (int row = 0; row < browser->dates()->rowCount(); ++row) {
            if (browser->dates()->date(row).isBookable()) {
                KioskDriver::tapRow(shown<QListView>("kioskDateList"), browser->dates()->index(row));
                break;
            }
        }
        check(tag + QStringLiteral("-session-detail"), welsh);
        // At 21:45 the day's last courts have gone: the page opens on tomorrow and says so (walked in both languages).
        OffsetClock late(QDateTime(Clock::instance().localDate(), QTime(21, 45), Clock::zone())); // wall clock, any day
        Clock::setInstance(&late);
        const auto restore = qScopeGuard([]() { Clock::setInstance(nullptr); });
        tap("navCourts");
        FacilityGridModel *grid = k->memberArea()->courts()->browser()->grid();
        QTRY_VERIFY_WITH_TIMEOUT(grid->rowCount() > 0 && !k->memberArea()->courts()->browser()->isLoading(), 20000);
        QCOMPARE(k->memberArea()->courts()->browser()->day(), late.localDate().addDays(1));
        QVERIFY(!k->memberArea()->findChild<Notice *>(QStringLiteral("courtsNotice"))->text().isEmpty());
        check(tag + QStringLiteral("-courts"), welsh);
        Clock::setInstance(nullptr);
        tap("navBookings");
        QTRY_VERIFY_WITH_TIMEOUT(
            k->memberArea()->findChild<QListView *>(QStringLiteral("kioskUpcomingList")) &&
                k->memberArea()->findChild<QListView *>(QStringLiteral("kioskUpcomingList"))->model()->rowCount() > 0,
            20000);
        check(tag + QStringLiteral("-bookings"), welsh);
        tap("navProfile");
        check(tag + QStringLiteral("-profile"), welsh);
        k->countdown()->showSeconds(12);
        check(tag + QStringLiteral("-countdown"), welsh);
        k->countdown()->close();
        k->resetToWelcome();
        if (chooseLanguage)
            tap(chooseLanguage);
        k->requestAdminExit();
        check(tag + QStringLiteral("-admin-exit"), welsh);
        QTest::mouseClick(k->adminExit()->findChild<QPushButton *>(QStringLiteral("adminExitCancel")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PinHasher::setFastForTests(true);
        Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Theme::apply(false);
        m_shots = qEnvironmentVariable("ACTIVEDESK_SCREENSHOTS");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        m_app = std::make_unique<Application>();
        Application::Options o;
        o.dataDir = m_dir.path();
        o.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        o.sandboxSessions = 400;
        o.kiosk = true;
        LocalError error;
        QString why; // what a start or an account creation says
        QVERIFY2(m_app->start(o, &why), qPrintable(why));
        k = m_app->kiosk();
        s = m_app->services();
        d = std::make_unique<KioskDriver>(k);
        k->resize(1920, 1080);
        k->show();
        QVERIFY(QTest::qWaitForWindowExposed(k));
        k->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(k));
        k->setTimeouts(600000, 600000, 15000);
        QVERIFY(s->auth().addStaff(QStringLiteral("boss"), StaffRole::Admin, QStringLiteral("2468"), &why));
        m_member.person.givenName = QStringLiteral("Mari");
        m_member.person.familyName = QStringLiteral("Jones");
        m_member.person.email = QStringLiteral("mari@example.org");
        m_member.person.birthDate = QDate(1988, 3, 1);
        QVERIFY(s->saveMember(m_member, &error) == MemberStore::SaveOutcome::Saved);
        s->store().credentials().setMemberPin(m_member.id, PinHasher::hash(m_pin));
        QTRY_VERIFY_WITH_TIMEOUT(!s->store().member(m_member.id)->iminIdentifier.isEmpty(), 20000);
        m_member = *s->store().member(m_member.id);
        TestHttp http(m_app->sandbox()->baseUrl(), s->client().config().apiKey.toUtf8());
        QVERIFY(SandboxBooking::bookPaidPlace(http, m_member.iminIdentifier,
                                              Clock::instance().currentDateTimeUtc().addDays(3))
                    .ok);
    }
    void cleanupTestCase()
    {
        m_app.reset();
        Theme::apply(false);
    }

    void sectionsAreTabs()
    {
        logIn();
        QAccessibleInterface *tab = QAccessible::queryAccessibleInterface(shown<QPushButton>("navSessions"));
        QCOMPARE(tab->role(), QAccessible::PageTab);
        QVERIFY(tab->state().selected);
        QCOMPARE(tab->parent()->role(), QAccessible::PageTabList);
        k->resetToWelcome();
    }

    void everyScreenInEnglishOnTheLightPalette()
    {
        m_problems.clear();
        tour(QStringLiteral("en-light"), nullptr, false);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        QVERIFY(m_statesSeen.size() >= 13);
    }

    void aMemberChoosesWelshAndTheNextStartsInEnglish()
    {
        k->resetToWelcome();
        QVERIFY(shown<QPushButton>("language_en_GB")->isChecked());
        tap("language_cy");
        QCOMPARE(Translations::current(), QStringLiteral("cy"));
        QCOMPARE(shown<QPushButton>("welcomeLogIn")->text(), QStringLiteral("Mewngofnodi"));
        QVERIFY(shown<QPushButton>("language_cy")->isChecked());
        QVERIFY(LanguageAudit::untranslated(k).isEmpty());
        logIn();
        QCOMPARE(shown<QPushButton>("navProfile")->text(), QStringLiteral("Fy manylion"));
        QCOMPARE(shown<QLabel>("kioskGreeting")->text(), QStringLiteral("Helo, Mari"));
        // Walking away (or logging out) leaves the next member the kiosk's own language.
        k->resetToWelcome();
        QCOMPARE(Translations::current(), QStringLiteral("en_GB"));
        QCOMPARE(shown<QPushButton>("welcomeLogIn")->text(), QStringLiteral("Log in"));
        QCOMPARE(k->keyboard()->accessibleName(), QStringLiteral("On-screen keyboard"));
    }

    void everyScreenInWelshOnTheDarkPalette()
    {
        Theme::apply(true);
        m_problems.clear();
        m_statesSeen.clear();
        tour(QStringLiteral("cy-dark"), "language_cy", true);
        Theme::apply(false);
        k->resetToWelcome();
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        QVERIFY(m_statesSeen.size() >= 13);
    }
};

QTEST_MAIN(TestKioskAccessibility)
#include "TestKioskAccessibility.moc"

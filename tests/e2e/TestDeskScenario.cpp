// The imin example scenario end to end, as a receptionist does it: real widgets, the real QtWebEngine under Xvfb,
// the real sandbox over loopback. Staff logs in → creates member Louis → changes his email → finds a session that
// runs at two venues with different prices → books a date at the *second* venue → checkout → declined card, then the
// test card → confirmation → "View my bookings" → the booking (at that venue) → order detail → order history; the
// sandbox's mailbox has the confirmation, naming that venue, at Louis's new email. Then a date whose last place goes
// while he pays: "This session is now full", and the desk greys the date. Log-out leaves nothing readable, the web
// page's accessibility tree included. Set ACTIVEDESK_SCREENSHOTS=DIR to capture every screen.
#include "AccessibleWalk.h"
#include "BenchResults.h"
#include "DeskDriver.h"
#include "ProcessMemory.h"
#include "SandboxBooking.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "StallProbe.h"
#include "util/Clock.h"
#include "WebPage.h"

#include "Application.h"
#include "BookingModels.h"
#include "BookingsPage.h"
#include "CheckoutPage.h"
#include "MainWindow.h"
#include "MembersPage.h"
#include "OfferModel.h"
#include "RowDelegate.h"
#include "SandboxServer.h"
#include "services/BookingFlow.h"
#include "services/Services.h"
#include "SessionsPage.h"
#include "SettingsDialog.h"
#include "Widgets.h"

#include <cstdio>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTreeView>
#include <QtTest>

class TestDeskScenario : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
    MainWindow *w = nullptr;
    std::unique_ptr<DeskDriver> d;
    QString m_confirmation, m_venue;
    // Figures for the bench target (ACTIVEDESK_BENCH=1); the test itself asserts behaviour only.
    StallProbe m_probe;
    qint64 m_clickToRequestMs = -1, m_clickToPaintedMs = -1, m_warmClickToPaintedMs = -1, m_warmRequestMs = -1;
    qint64 m_loggedInAtMs = -1, m_spareReadyAtMs = -1, m_warmUpWorstStallMs = -1;
    ProcessMemory::Figures m_idleCold, m_idleWarm, m_afterCheckouts;
    QUrl m_target;
    static bool benchmarking() { return qEnvironmentVariableIsSet("ACTIVEDESK_BENCH"); }
    void benchMemory()
    {
        // The bare window's peak at its first paint, measured here too, for the goal.
        QProcess bareWindow;
        bareWindow.start(QStringLiteral(ACTIVEDESK_BIN_DIR "/../tests/bin/bench_bare_window"), {});
        bareWindow.waitForFinished(30000);
        const qint64 bareKb = bareWindow.readAllStandardOutput().trimmed().split(' ').value(2).toLongLong();
        const double goalMiB = 1.5 * double(bareKb) / 1024 + 40;
        auto mib = [](qint64 kb) { return QString::number(double(kb) / 1024, 'f', 1) + QStringLiteral(" MiB"); };
        auto row = [&](const char *id, const QString &what, const ProcessMemory::Figures &f) {
            std::printf("desk: memory %s: this process %s (%s heap, %s mapped files; peak so far %s); QtWebEngine's "
                        "%d processes %s\n",
                        id, qPrintable(mib(f.selfRssKb)), qPrintable(mib(f.selfAnonKb)), qPrintable(mib(f.selfFileKb)),
                        qPrintable(mib(f.selfPeakKb)), f.childCount, qPrintable(mib(f.childrenRssKb)));
            BenchResults::row(QString::fromLatin1(id), what, mib(f.selfRssKb), mib(bareKb),
                              QString::number(double(f.selfRssKb) / double(std::max<qint64>(bareKb, 1)), 'f', 2),
                              QStringLiteral("<= 1.5 x bare + 40 MiB (%1 MiB)").arg(goalMiB, 0, 'f', 1),
                              double(f.selfRssKb) / 1024 <= goalMiB);
        };
        row("idle-rss-cold", QStringLiteral("RSS at the desk idle after log-in, before QtWebEngine starts"),
            m_idleCold);
        row("idle-rss-warm",
            QStringLiteral("RSS at the desk idle with QtWebEngine warm (its processes: see the bench's output)"),
            m_idleWarm);
        row("idle-rss-after-checkouts", QStringLiteral("RSS at the desk idle after two checkouts closed"),
            m_afterCheckouts);
        BenchResults::row(
            QStringLiteral("peak-rss-scenario"),
            QStringLiteral("peak RSS over the whole desk scenario (three checkouts)"),
            mib(ProcessMemory::now().selfPeakKb), mib(bareKb),
            QString::number(double(ProcessMemory::now().selfPeakKb) / double(std::max<qint64>(bareKb, 1)), 'f', 2),
            QStringLiteral("information"), true);
    }

    // The same checkout page in a bare QWebEngineView, in its own process (bench_bare_webview), loaded warm.
    void benchBareWebView()
    {
        std::printf("desk: Book -> checkout page loaded: first time after log-in %lld ms (request %lld ms); again %lld "
                    "ms (request %lld ms)\n",
                    static_cast<long long>(m_clickToPaintedMs), static_cast<long long>(m_clickToRequestMs),
                    static_cast<long long>(m_warmClickToPaintedMs), static_cast<long long>(m_warmRequestMs));
        std::printf("desk: QtWebEngine warmed after log-in in %lld ms; longest main-thread stall meanwhile %lld ms\n",
                    static_cast<long long>(m_spareReadyAtMs - m_loggedInAtMs),
                    static_cast<long long>(m_warmUpWorstStallMs));
        QProcess bare;
        bare.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bare.start(QStringLiteral(ACTIVEDESK_BIN_DIR "/../tests/bin/bench_bare_webview"), {m_target.toString()});
        // The sandbox answers from this thread: wait with the event loop running, not blocked.
        QElapsedTimer waited;
        waited.start();
        while (bare.state() != QProcess::NotRunning && waited.elapsed() < 120000)
            QTest::qWait(20);
        double bareMs = -1;
        const QByteArray out = bare.readAllStandardOutput();
        std::printf("%s", out.constData());
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("bare-webview warm "))
                bareMs = line.mid(18).trimmed().toDouble();
        }
        if (!m_target.isValid() || bareMs <= 0) {
            std::printf("desk: the bare web view could not be measured (%s, exit %d)\n",
                        qPrintable(m_target.toString()), bare.exitCode());
            return;
        }
        const double goal = 1.2 * bareMs + double(m_warmRequestMs);
        std::printf("desk: bare QWebEngineView loading the same page %.0f ms (warm); goal for the app: <= 1.2 x %.0f + "
                    "%lld = %.0f ms\n",
                    bareMs, bareMs, static_cast<long long>(m_warmRequestMs), goal);
        const QString goalText = QStringLiteral("<= 1.2 x bare + request (%1)").arg(BenchResults::ms(goal));
        const QString base =
            QStringLiteral("%1 + %2 request").arg(BenchResults::ms(bareMs), BenchResults::ms(double(m_warmRequestMs)));
        BenchResults::row(
            QStringLiteral("first-checkout"),
            QStringLiteral("\"Book\" -> checkout page loaded, the first time after log-in, vs a warm bare "
                           "QWebEngineView load + the request"),
            BenchResults::ms(double(m_clickToPaintedMs)), base,
            QString::number(double(m_clickToPaintedMs) / (bareMs + double(m_warmRequestMs)), 'f', 2), goalText,
            double(m_clickToPaintedMs) <= goal);
        BenchResults::row(QStringLiteral("warm-checkout"), QStringLiteral("the same, the next checkout"),
                          BenchResults::ms(double(m_warmClickToPaintedMs)), base,
                          QString::number(double(m_warmClickToPaintedMs) / (bareMs + double(m_warmRequestMs)), 'f', 2),
                          goalText, double(m_warmClickToPaintedMs) <= goal);
        BenchResults::row(QStringLiteral("warm-up-stall"),
                          QStringLiteral("longest main-thread stall while QtWebEngine warms after log-in"),
                          BenchResults::ms(double(m_warmUpWorstStallMs)), QStringLiteral("50 ms"),
                          QString::number(double(m_warmUpWorstStallMs) / 50.0, 'f', 2), QStringLiteral("<= 50 ms"),
                          m_warmUpWorstStallMs <= 50);
    }

    template <typename T> T *find(const char *name) { return d->find<T>(name); }
    void type(const char *name, const QString &text) { d->type(name, text); }
    void click(const char *name) { d->click(name); }
    void shot(const QString &name) { Screenshot::take(name); }
    QVariant js(const QString &script) { return WebPage::run(w->checkoutPage()->view(), script); }
    bool pageHas(const QString &elementId) { return WebPage::has(w->checkoutPage()->view(), elementId); }
    QString pageText() { return js(QStringLiteral("document.body ? document.body.innerText : ''")).toString(); }
    TestHttp http()
    {
        return TestHttp(m_app->sandbox()->baseUrl(), m_app->services()->client().config().apiKey.toUtf8());
    }
    void pay(const QString &card)
    {
        WebPage::payWithCard(w->checkoutPage()->view(), card, QStringLiteral("Louis Martin"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(false);
        // As with a screen reader running: QtWebEngine exposes the page's document to the accessibility tree. Not when
        // benchmarking: the bare web view it is compared with has no screen reader either.
        if (!benchmarking())
            QAccessible::setActive(true);
        m_app = std::make_unique<Application>();
        Application::Options o;
        o.dataDir = m_dir.path();
        o.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        o.sandboxSessions = 400;
        QString error;
        QVERIFY2(m_app->start(o, &error), qPrintable(error));
        w = m_app->window();
        d = std::make_unique<DeskDriver>(w, m_app->services());
        w->showForScreen();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        m_probe.start();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        connect(m_app->services(), &Services::loggedIn, this, [this]() {
            if (m_loggedInAtMs >= 0)
                return;
            m_loggedInAtMs = m_probe.elapsedMs();
            if (benchmarking()) // the desk idle after log-in, QtWebEngine not started yet (it waits 400 ms)
                QTimer::singleShot(300, this, [this]() { m_idleCold = ProcessMemory::now(); });
        });
        connect(w->checkoutPage(), &CheckoutPage::spareReady, this, [this]() {
            if (m_spareReadyAtMs >= 0 || m_loggedInAtMs < 0)
                return;
            m_spareReadyAtMs = m_probe.elapsedMs();
            if (benchmarking())
                QTimer::singleShot(1000, this, [this]() { m_idleWarm = ProcessMemory::now(); });
            m_warmUpWorstStallMs = m_probe.worstBetween(m_loggedInAtMs, m_spareReadyAtMs + 100);
        });
    }
    void cleanupTestCase()
    {
        if (benchmarking()) {
            std::printf("desk: longest main-thread stall during the scenario %lld ms, at %lld ms of %lld "
                        "(QtWebEngine's start included)\n",
                        static_cast<long long>(m_probe.worstMs()), static_cast<long long>(m_probe.worstAtMs()),
                        static_cast<long long>(m_probe.elapsedMs()));
            BenchResults::row(QStringLiteral("scenario-stall"),
                              QStringLiteral("longest main-thread stall in the desk scenario (QtWebEngine's start "
                                             "included)"),
                              BenchResults::ms(double(m_probe.worstMs())), QStringLiteral("50 ms"),
                              QString::number(double(m_probe.worstMs()) / 50.0, 'f', 2), QStringLiteral("<= 50 ms"),
                              m_probe.worstMs() <= 50);
            benchBareWebView();
            benchMemory();
        }
        m_app.reset();
    }

    void init()
    {
        if (benchmarking())
            std::printf("desk: %s starts at %lld ms\n", QTest::currentTestFunction(),
                        static_cast<long long>(m_probe.elapsedMs()));
    }
    void firstRunCreatesTheAdministrator()
    {
        // On a 1366×768 desk the window fills the screen.
        QCOMPARE(w->geometry().size(), w->screen()->availableGeometry().size());
        QVERIFY(find<QWidget>("firstRunPage")->isVisible());
        QTRY_VERIFY(find<QLineEdit>("adminUsername")->hasFocus());
        QVERIFY(find<QLabel>("sandboxBadge")->isVisible());
        type("adminUsername", QStringLiteral("sam"));
        type("adminPin", QStringLiteral("2468"));
        type("adminPinAgain", QStringLiteral("2469"));
        click("createAdminButton");
        QVERIFY(find<QLabel>("adminPinAgainError")->isVisible());
        shot(QStringLiteral("01-first-run-error"));
        type("adminPinAgain", QStringLiteral("2468"));
        QTest::keyClick(find<QLineEdit>("adminPinAgain"), Qt::Key_Return);
        QTRY_VERIFY(find<QWidget>("membersPage")->isVisible());
        QCOMPARE(find<QLabel>("staffLabel")->text(), QStringLiteral("sam (administrator)"));
    }

    void staffLogsOutAndIn()
    {
        click("logoutButton");
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        QTRY_VERIFY(find<QLineEdit>("loginUsername")->hasFocus());
        type("loginUsername", QStringLiteral("sam"));
        type("loginPin", QStringLiteral("1111"));
        QTest::keyClick(find<QLineEdit>("loginPin"), Qt::Key_Return);
        QTRY_VERIFY(find<QLabel>("loginError")->isVisible());
        shot(QStringLiteral("02-login-error"));
        type("loginPin", QStringLiteral("2468"));
        QTest::keyClick(find<QLineEdit>("loginPin"), Qt::Key_Return);
        QTRY_VERIFY(find<QWidget>("membersPage")->isVisible());
        // No window manager runs under Xvfb, so activation is not kept: ask for it, then check where the focus went.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTRY_VERIFY(find<QLineEdit>("memberSearch")->hasFocus());
        shot(QStringLiteral("03-members-empty"));
        if (!qEnvironmentVariableIsEmpty("ACTIVEDESK_SCREENSHOTS")) {
            // Screens a person also meets: Settings (administrators only), and Bookings with no member chosen.
            SettingsDialog dialog(m_app->services(), QString(), w);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shot(QStringLiteral("03b-settings"));
            dialog.reject();
            QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::Key_3));
            shot(QStringLiteral("03c-bookings-no-member"));
            QTest::keySequence(w, QKeySequence::Find);
        }
    }

    void createsLouisAndChangesHisEmail()
    {
        QTest::keySequence(w, QKeySequence::New);
        click("saveMemberButton");
        QVERIFY(find<QLabel>("givenNameError")->isVisible());
        QVERIFY(find<QLabel>("emailError")->isVisible());
        QVERIFY(find<QLineEdit>("givenName")->hasFocus());
        type("email", QStringLiteral("louis@"));
        type("telephone", QStringLiteral("12345"));
        type("birthDate", QStringLiteral("31/02/1990"));
        click("saveMemberButton");
        QVERIFY(find<QLabel>("telephoneError")->text().contains(QStringLiteral("UK phone")));
        QVERIFY(find<QLabel>("birthDateError")->isVisible());
        shot(QStringLiteral("04-member-form-errors"));
        type("givenName", QStringLiteral("Louis"));
        type("familyName", QStringLiteral("Martin"));
        type("email", QStringLiteral("louis@example.org"));
        type("telephone", QStringLiteral("07700 900123"));
        type("birthDate", QStringLiteral("02/04/1990"));
        QVERIFY(!find<QLabel>("ageNote")->isVisible()); // an adult: nothing to say about age
        click("saveMemberButton");
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("Louis Martin"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("syncState")->text().contains(QStringLiteral("Up to date")), 20000);
        shot(QStringLiteral("05-member-saved"));
        QVERIFY(find<QLineEdit>("email")->isReadOnly()); // saved: a summary again, until Edit
        click("editMemberButton");
        type("email", QStringLiteral("louis.new@example.org"));
        click("saveMemberButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("syncState")->text().contains(QStringLiteral("Up to date")), 20000);
        // Find him again by typing, as at the desk.
        type("memberSearch", QStringLiteral("mart"));
        QTRY_COMPARE(find<QListView>("memberResults")->model()->rowCount(), 1);
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Return);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("Louis Martin"));
        shot(QStringLiteral("06-member-found"));
    }

    void booksADateAtTheSecondVenueThroughTheCheckout()
    {
        click("bookForMemberButton");
        QTRY_VERIFY(find<QWidget>("sessionsPage")->isVisible());
        QVERIFY(find<QLabel>("sessionsMember")->text().contains(QStringLiteral("Louis Martin")));
        auto *results = find<QListView>("sessionResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 10, 20000);
        // The results take the focus (once they are there: on a loaded machine that is not at once).
        QTRY_VERIFY(results->hasFocus());
        if (!qEnvironmentVariableIsEmpty("ACTIVEDESK_SCREENSHOTS")) {
            // The loading state: a slow imin shows progress after 300 ms.
            m_app->sandbox()->setFaults({1500, 0, 0, 0});
            find<QComboBox>("timeFilter")->setCurrentIndex(3);
            QTRY_VERIFY_WITH_TIMEOUT(find<BusyIndicator>("sessionsBusy")->isVisible(), 5000);
            shot(QStringLiteral("07a-sessions-loading"));
            m_app->sandbox()->setFaults({});
            QTRY_VERIFY_WITH_TIMEOUT(!find<BusyIndicator>("sessionsBusy")->isBusy(), 10000);
            find<QComboBox>("timeFilter")->setCurrentIndex(0);
            QTRY_VERIFY_WITH_TIMEOUT(
                !find<BusyIndicator>("sessionsBusy")->isBusy() && results->model()->rowCount() > 10, 20000);
        }
        shot(QStringLiteral("07-sessions"));
        // A session at two venues, with different prices, a paid level and an open date at the second venue well
        // outside any cancellation window.
        const QDateTime later = Clock::instance().currentDateTimeUtc().addDays(2);
        auto secondVenueDate = [later](const SessionTimetable &t) {
            int found = -1;
            for (int i = 0; i < t.dates().size(); ++i) {
                const DatedOccurrence &dt = t.dates().at(i);
                const QVector<Offer> offers = t.offersFor(dt);
                if (dt.isBookable() && dt.place && dt.place->name == t.venues().value(1).name &&
                    dt.session.startDate > later && dt.session.remainingAttendeeCapacity.value_or(0) >= 2 &&
                    std::any_of(offers.begin(), offers.end(), [](const Offer &o) { return o.price.value_or(0) > 0; }))
                    found = i;
            }
            return found;
        };
        QVERIFY(d->findSession([&](const SessionTimetable &t) {
            if (t.venueCount() < 2 || secondVenueDate(t) < 0)
                return false;
            const auto a = t.series().sessionSeries.first().offers, b = t.series().sessionSeries.last().offers;
            return !a.isEmpty() && !b.isEmpty() && a.first().price != b.first().price;
        }));
        const SessionTimetable t = w->sessionsPage()->dates()->timetable();
        const int row = secondVenueDate(t);
        m_venue = t.dates().at(row).place->name;
        QVERIFY(m_venue != t.venues().first().name);
        d->chooseDateAndPrice(row);
        OfferModel *offers = w->sessionsPage()->offers();
        for (int i = 0; i < offers->rowCount(); ++i) {
            if (offers->offer(i).price.value_or(0) > 0) {
                DeskDriver::clickRow(find<QListView>("offerList"), offers->index(i));
                break;
            }
        }
        QVERIFY(find<QLabel>("sessionVenue")->text().contains(m_venue.toHtmlEscaped()));
        QVERIFY(find<QPushButton>("bookButton")->isEnabled());
        QCOMPARE(find<QPushButton>("bookButton")->text(), QStringLiteral("&Book for Louis"));
        // The Book button is in view without scrolling, on a 1366×768 screen.
        QVERIFY(find<QPushButton>("bookButton")->visibleRegion().boundingRect().size() ==
                find<QPushButton>("bookButton")->size());
        shot(QStringLiteral("08-session-detail"));

        QElapsedTimer click;
        if (benchmarking()) // as at a desk: the receptionist has been busy long enough for QtWebEngine to warm
            QTRY_VERIFY_WITH_TIMEOUT(m_spareReadyAtMs >= 0, 30000);
        connect(w, &MainWindow::checkoutPageRequested, this, [this, &click](const QUrl &target) {
            m_clickToRequestMs = click.elapsed();
            m_target = target;
        });
        connect(w->checkoutPage(), &CheckoutPage::pageLoaded, this, [this, &click]() {
            if (m_clickToPaintedMs < 0)
                m_clickToPaintedMs = click.elapsed();
        });
        click.start();
        if (!qEnvironmentVariableIsEmpty("ACTIVEDESK_SCREENSHOTS")) {
            // The error view: imin fails, the checkout says so and offers Try again.
            m_app->sandbox()->setFaults({0, 1.0, 0, 0});
            this->click("bookButton");
            QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("checkoutRetryButton")->isVisible(), 20000);
            shot(QStringLiteral("08b-checkout-error"));
            m_app->sandbox()->setFaults({});
            this->click("leaveCheckoutButton");
            click.start();
        }
        this->click("bookButton");
        QTRY_VERIFY(find<QWidget>("checkoutPage")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w->checkoutPage()->currentUrl().path().startsWith(QStringLiteral("/checkout/")),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("continue")), 20000);
        // The first web view made Qt create the window anew for OpenGL drawing: it is still the active window.
        QTRY_VERIFY(w->isActiveWindow());
        disconnect(w, &MainWindow::checkoutPageRequested, this, nullptr);
        disconnect(w->checkoutPage(), &CheckoutPage::pageLoaded, this, nullptr);
        QCOMPARE(js(QStringLiteral("document.getElementById('member-email').textContent")).toString(),
                 QStringLiteral("louis.new@example.org"));
        QVERIFY(pageText().contains(m_venue)); // imin's checkout is for the date's own venue
        // The page's document is what a screen reader reads (so the log-out check below can fail).
        QTRY_VERIFY_WITH_TIMEOUT(!AccessibleWalk::containing(w, {QStringLiteral("louis.new@example.org")}).isEmpty(),
                                 10000);
        shot(QStringLiteral("09-checkout-review"));
        // The checkout may not load anything from another host: an image to elsewhere is blocked before it leaves.
        auto blockedTracker = [this]() {
            const QList<QUrl> blocked = w->checkoutPage()->blockedRequests();
            return std::any_of(blocked.begin(), blocked.end(),
                               [](const QUrl &u) { return u.host() == QLatin1String("tracker.invalid"); });
        };
        js(QStringLiteral(
            "var i = new Image(); i.src = 'http://tracker.invalid/pixel.gif'; document.body.appendChild(i);"));
        QTRY_VERIFY(blockedTracker());
        // Nor open windows, nor leave its host.
        const QUrl review = w->checkoutPage()->currentUrl();
        QVERIFY(js(QStringLiteral("window.open('http://elsewhere.invalid/') === null")).toBool());
        js(QStringLiteral("window.location.href = 'http://elsewhere.invalid/phish'"));
        QTest::qWait(300);
        QCOMPARE(w->checkoutPage()->currentUrl(), review);
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("continue")), 10000);
        js(QStringLiteral("document.getElementById('continue').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("pay-button")), 20000);
        // The card number field has the focus, and the Pay button is in view.
        QTRY_COMPARE(js(QStringLiteral("document.activeElement && document.activeElement.id")).toString(),
                     QStringLiteral("f-cardNumber"));
        QVERIFY(js(QStringLiteral("document.getElementById('pay-button').getBoundingClientRect().bottom <= "
                                  "window.innerHeight"))
                    .toBool());
        shot(QStringLiteral("10-checkout-payment"));
        pay(QStringLiteral("4000 0000 0000 0002"));
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("payment-declined")), 20000);
        shot(QStringLiteral("11-checkout-declined"));
        pay(QStringLiteral("4242 4242 4242 4242"));
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("confirmation-number")), 20000);
        m_confirmation = js(QStringLiteral("document.getElementById('confirmation-number').textContent")).toString();
        QCOMPARE(m_confirmation.size(), 6);
        shot(QStringLiteral("12-checkout-confirmation"));

        // "View my bookings" is the profile URL: the checkout ends, its page is destroyed, and the member's
        // bookings show with the new one marked.
        js(QStringLiteral("document.getElementById('view-bookings').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("bookingsPage")->isVisible(), 10000);
        QTRY_VERIFY(!w->checkoutPage()->hasView());
        UpcomingItemsModel *upcoming = w->bookingsPage()->upcoming();
        QTRY_VERIFY_WITH_TIMEOUT(
            upcoming->rowCount() == 1 && upcoming->index(0).data(UpcomingItemsModel::NewRole).toBool(), 20000);
        QCOMPARE(upcoming->item(0).venueName, m_venue);
        QCOMPARE(find<QListView>("upcomingList")->currentIndex().row(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("orderDetail")->text().contains(m_confirmation), 20000);
        QVERIFY(find<QLabel>("orderDetail")->text().contains(m_venue.toHtmlEscaped()));
        QVERIFY(find<QPushButton>("showReceiptButton")->isVisible());
        QVERIFY(find<QPushButton>("cancelBookingButton")->isEnabled());
        OrderHistoryModel *history = w->bookingsPage()->history();
        QTRY_COMPARE(history->rowCount(), 1);
        QVERIFY(history->index(0, 0).data(RowRole::Subtitle).toString().contains(m_confirmation));
        shot(QStringLiteral("13-bookings"));
        this->click("showReceiptButton");
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QWidget>("receiptView")->findChild<QWidget *>(QStringLiteral("receiptText"))->isVisible(), 20000);
        shot(QStringLiteral("13b-receipt"));

        if (benchmarking()) {
            // A second checkout with QtWebEngine warm, to compare like with like against the bare view.
            w->showSection(MainWindow::Section::Sessions);
            QTRY_VERIFY(find<QPushButton>("bookButton")->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(w->checkoutPage()->hasSpare(), 30000); // an idle desk has warmed again
            QElapsedTimer again;
            qint64 requested = -1, loaded = -1;
            connect(w, &MainWindow::checkoutPageRequested, this, [&]() { requested = again.elapsed(); });
            connect(w->checkoutPage(), &CheckoutPage::pageLoaded, this, [&]() {
                if (loaded < 0 && requested >= 0)
                    loaded = again.elapsed();
            });
            again.start();
            this->click("bookButton");
            QTRY_VERIFY_WITH_TIMEOUT(loaded >= 0, 20000);
            m_warmClickToPaintedMs = loaded;
            m_warmRequestMs = requested;
            disconnect(w, &MainWindow::checkoutPageRequested, this, nullptr);
            disconnect(w->checkoutPage(), &CheckoutPage::pageLoaded, this, nullptr);
            this->click("leaveCheckoutButton");
            // Two checkouts closed (one paid, one left); the desk idle again with its next spare page.
            QTRY_VERIFY_WITH_TIMEOUT(w->checkoutPage()->hasSpare(), 30000);
            QTest::qWait(1000);
            m_afterCheckouts = ProcessMemory::now();
        }
        // The confirmation email went to the address as it was at checkout (the new one) and names the venue.
        TestHttp h = http();
        const QJsonArray mails =
            h.get(QStringLiteral("/sandbox/mailbox?to=louis.new%40example.org")).json().value("items").toArray();
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().toObject().value("subject").toString().startsWith(QStringLiteral("Booking confirmed")));
        QVERIFY(mails.first().toObject().value("text").toString().contains(m_confirmation));
        QVERIFY(mails.first().toObject().value("text").toString().contains(m_venue));
        QCOMPARE(
            h.get(QStringLiteral("/sandbox/mailbox?to=louis%40example.org")).json().value("items").toArray().size(), 0);
    }

    void theLastPlaceGoesWhileHePays()
    {
        const Member louis = *m_app->services()->store().memberByEmail(QStringLiteral("louis.new@example.org"));
        QVERIFY(d->bookFor(louis));
        const QDateTime later = Clock::instance().currentDateTimeUtc().addSecs(3 * 3600);
        auto onePlace = [later](const SessionTimetable &t) {
            for (int i = 0; i < t.dates().size(); ++i) {
                const DatedOccurrence &dt = t.dates().at(i);
                if (dt.isBookable() && dt.session.remainingAttendeeCapacity == 1 && dt.session.startDate > later)
                    return i;
            }
            return -1;
        };
        QVERIFY(d->findSession([&](const SessionTimetable &t) { return onePlace(t) >= 0; }));
        const int row = onePlace(w->sessionsPage()->dates()->timetable());
        d->chooseDateAndPrice(row);
        const QString occurrence = w->sessionsPage()->dates()->date(row).session.identifier;
        const QString dateKey = w->sessionsPage()->dates()->date(row).key; // the date itself, at its own venue
        const QString offer = w->sessionsPage()->offers()->offer(find<QListView>("offerList")->currentIndex().row()).id;
        click("bookButton");
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("continue")), 20000);
        // Someone else takes the last place while Louis is in the checkout.
        TestHttp h = http();
        const QString other =
            SandboxBooking::createCustomer(h, QStringLiteral("Olga"), QStringLiteral("olga@example.org"));
        QVERIFY(SandboxBooking::book(h, other, occurrence, offer).ok);
        js(QStringLiteral("document.getElementById('continue').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(
            pageHas(QStringLiteral("pay-button")) || pageText().contains(QStringLiteral("now full")), 20000);
        if (pageHas(QStringLiteral("pay-button")))
            pay(QStringLiteral("4242 4242 4242 4242"));
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral("This session is now full")), 20000);
        shot(QStringLiteral("14-checkout-now-full"));
        click("leaveCheckoutButton");
        QVERIFY(find<QWidget>("sessionsPage")->isVisible());
        // The desk reads the dates again: the date is full at once, not "1 place left".
        OccurrenceModel *dates = w->sessionsPage()->dates();
        QTRY_VERIFY_WITH_TIMEOUT(
            dates->index(dates->timetable().indexOf(dateKey)).data(OccurrenceModel::FullRole).toBool(), 20000);
        QVERIFY(!(dates->flags(dates->index(dates->timetable().indexOf(dateKey))) & Qt::ItemIsEnabled));
        shot(QStringLiteral("15-date-now-full"));
    }

    void logOutLeavesNothingBehind()
    {
        const QStringList louis{QStringLiteral("Louis"), QStringLiteral("louis.new@example.org"), m_confirmation};
        // Open his checkout once more, so that there is a page to forget.
        const Member m = *m_app->services()->store().memberByEmail(QStringLiteral("louis.new@example.org"));
        QVERIFY(d->bookFor(m));
        QVERIFY(d->findSession([](const SessionTimetable &t) { return t.nextOpen().has_value(); }));
        for (int i = 0; i < w->sessionsPage()->dates()->rowCount(); ++i) {
            if (w->sessionsPage()->dates()->date(i).isBookable()) {
                d->chooseDateAndPrice(i);
                break;
            }
        }
        click("bookButton");
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("continue")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!AccessibleWalk::containing(w, {QStringLiteral("louis.new@example.org")}).isEmpty(),
                                 10000);
        w->membersPage()->editor()->showMember(m); // the member in hand

        click("logoutButton");
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        QVERIFY(find<QLineEdit>("memberSearch")->text().isEmpty());
        QCOMPARE(find<QListView>("memberResults")->model()->rowCount(), 0);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("New member"));
        QCOMPARE(w->bookingsPage()->upcoming()->rowCount(), 0);
        QVERIFY(find<QLabel>("orderDetail")->text().isEmpty());
        QVERIFY(find<QLineEdit>("loginPin")->text().isEmpty());
        // The web page, its profile and its document are destroyed: nothing to read, not even for a screen reader.
        QTRY_COMPARE(WebPage::views(w), 0);
        QTRY_VERIFY2(AccessibleWalk::containing(w, louis).isEmpty(),
                     qPrintable(AccessibleWalk::containing(w, louis).join(QStringLiteral(" | "))));
        shot(QStringLiteral("16-logged-out"));
    }
};

QTEST_MAIN(TestDeskScenario)
#include "TestDeskScenario.moc"

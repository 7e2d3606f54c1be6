// The imin example scenario end to end, as a receptionist does it: real widgets, the real QtWebEngine under Xvfb,
// the real sandbox over loopback. Staff logs in → creates member Louis → changes his email → searches → opens a
// session → picks an occurrence and a price level → checkout → declined card, then the test card → confirmation →
// "View my bookings" → upcoming shows the booking → its order detail → order history; the sandbox's mailbox has the
// confirmation addressed to Louis's new email. Set ACTIVEDESK_SCREENSHOTS=DIR to capture every screen.
#include "SandboxProcess.h"
#include "StallProbe.h"

#include "app/DeskServices.h"
#include "BookingsPage.h"
#include "CheckoutPage.h"
#include "DeskApp.h"
#include "MainWindow.h"
#include "MembersPage.h"
#include "SandboxServer.h"
#include "SessionsPage.h"
#include "SettingsDialog.h"
#include "Widgets.h"

#include <cstdio>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QtTest>
#include <QWebEnginePage>
#include <QWebEngineView>

class TestDeskScenario : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DeskApp> m_app;
    MainWindow *w = nullptr;
    // Figures for the bench target (ACTIVEDESK_BENCH=1); the test itself asserts behaviour only.
    StallProbe m_probe;
    qint64 m_clickToRequestMs = -1, m_clickToPaintedMs = -1, m_warmClickToPaintedMs = -1, m_warmRequestMs = -1;
    QUrl m_target;
    static bool benchmarking() { return qEnvironmentVariableIsSet("ACTIVEDESK_BENCH"); }
    // Loads the same checkout page in a bare QWebEngineView (same process, WebEngine already warm) for comparison.
    void benchBareWebView()
    {
        if (!m_target.isValid())
            return;
        QWebEngineView bare;
        bare.resize(1200, 700);
        bare.show();
        qint64 total = 0;
        const int runs = 5;
        for (int i = 0; i < runs; ++i) {
            bool done = false;
            auto c = connect(&bare, &QWebEngineView::loadFinished, this, [&done]() { done = true; });
            QElapsedTimer t;
            t.start();
            bare.load(m_target);
            while (!done && t.elapsed() < 20000)
                QTest::qWait(1);
            total += t.elapsed();
            disconnect(c);
        }
        const double bareMs = double(total) / runs;
        std::printf("desk: Book -> checkout page loaded: first time %lld ms (QtWebEngine cold; request %lld ms); "
                    "again %lld ms (warm; request %lld ms)\n",
                    static_cast<long long>(m_clickToPaintedMs), static_cast<long long>(m_clickToRequestMs),
                    static_cast<long long>(m_warmClickToPaintedMs), static_cast<long long>(m_warmRequestMs));
        std::printf("desk: bare QWebEngineView loading the same page %.0f ms (mean of %d, warm); goal for the app: <= "
                    "1.2 x %.0f + %lld = %.0f ms\n",
                    bareMs, runs, bareMs, static_cast<long long>(m_warmRequestMs),
                    1.2 * bareMs + double(m_warmRequestMs));
    }

    template <typename T> T *find(const char *name)
    {
        T *widget = w->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    void type(const char *name, const QString &text)
    {
        auto *line = find<QLineEdit>(name);
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
    }
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("ACTIVEDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(400);
        QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                     dir + QLatin1Char('/') + name + QStringLiteral(".png")});
    }
    QVariant js(const QString &script)
    {
        std::optional<QVariant> result;
        w->checkoutPage()->view()->page()->runJavaScript(script, [&result](const QVariant &v) { result = v; });
        QElapsedTimer t;
        t.start();
        while (!result && t.elapsed() < 10000)
            QTest::qWait(20);
        return result.value_or(QVariant());
    }
    bool pageHas(const QString &elementId)
    {
        return js(QStringLiteral("document.readyState === 'complete' && !!document.getElementById('%1')")
                      .arg(elementId))
            .toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(false);
        m_app = std::make_unique<DeskApp>();
        DeskApp::Options o;
        o.dataDir = m_dir.path();
        o.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        o.sandboxSessions = 400;
        QString error;
        QVERIFY2(m_app->start(o, &error), qPrintable(error));
        w = m_app->window();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        m_probe.start();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
    }
    void cleanupTestCase()
    {
        if (benchmarking()) {
            std::printf("desk: longest main-thread stall during the scenario %lld ms, at %lld ms of %lld "
                        "(QtWebEngine's first start excluded)\n",
                        static_cast<long long>(m_probe.worstMs()), static_cast<long long>(m_probe.worstAtMs()),
                        static_cast<long long>(m_probe.elapsedMs()));
            benchBareWebView();
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
        QVERIFY(find<QWidget>("firstRunPage")->isVisible());
        QVERIFY(find<QLabel>("sandboxBadge")->isVisible());
        type("adminUsername", QStringLiteral("sam"));
        type("adminPin", QStringLiteral("2468"));
        type("adminPinAgain", QStringLiteral("2469"));
        QTest::mouseClick(find<QPushButton>("createAdminButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>("adminPinAgainError")->isVisible());
        shot(QStringLiteral("01-first-run-error"));
        type("adminPinAgain", QStringLiteral("2468"));
        QTest::keyClick(find<QLineEdit>("adminPinAgain"), Qt::Key_Return);
        QTRY_VERIFY(find<QWidget>("membersPage")->isVisible());
        QCOMPARE(find<QLabel>("staffLabel")->text(), QStringLiteral("sam (administrator)"));
    }

    void staffLogsOutAndIn()
    {
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
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
        QTRY_VERIFY2(find<QLineEdit>("memberSearch")->hasFocus(),
                     qPrintable(QApplication::focusWidget()
                                    ? QApplication::focusWidget()->objectName() + QLatin1Char('/') +
                                          QLatin1String(QApplication::focusWidget()->metaObject()->className())
                                    : QStringLiteral("none")));
        shot(QStringLiteral("03-members-empty"));
        if (!qEnvironmentVariableIsEmpty("ACTIVEDESK_SCREENSHOTS")) {
            // Screens a person also meets: Settings (administrators only).
            SettingsDialog dialog(m_app->services(), QString(), w);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shot(QStringLiteral("03b-settings"));
            dialog.reject();
        }
    }

    void createsLouisAndChangesHisEmail()
    {
        QTest::keySequence(w, QKeySequence::New);
        QTest::mouseClick(find<QPushButton>("saveMemberButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>("givenNameError")->isVisible());
        QVERIFY(find<QLabel>("emailError")->isVisible());
        type("email", QStringLiteral("louis@"));
        type("telephone", QStringLiteral("12345"));
        type("birthDate", QStringLiteral("31/02/1990"));
        QTest::mouseClick(find<QPushButton>("saveMemberButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>("telephoneError")->text().contains(QStringLiteral("UK phone")));
        QVERIFY(find<QLabel>("birthDateError")->isVisible());
        shot(QStringLiteral("04-member-form-errors"));
        type("givenName", QStringLiteral("Louis"));
        type("familyName", QStringLiteral("Martin"));
        type("email", QStringLiteral("louis@example.org"));
        type("telephone", QStringLiteral("07700 900123"));
        type("birthDate", QStringLiteral("02/04/1990"));
        QCOMPARE(find<QLabel>("ageNote")->text(), QStringLiteral("13 or over"));
        QTest::mouseClick(find<QPushButton>("saveMemberButton"), Qt::LeftButton);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("Louis Martin"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("syncState")->text().contains(QStringLiteral("Up to date")), 20000);
        shot(QStringLiteral("05-member-saved"));
        type("email", QStringLiteral("louis.new@example.org"));
        QTest::mouseClick(find<QPushButton>("saveMemberButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("syncState")->text().contains(QStringLiteral("Up to date")), 20000);
        // Find him again by typing, as at the desk.
        type("memberSearch", QStringLiteral("mart"));
        QTRY_COMPARE(find<QListView>("memberResults")->model()->rowCount(), 1);
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Return);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("Louis Martin"));
        shot(QStringLiteral("06-member-found"));
    }

    void booksASessionThroughTheCheckout()
    {
        QTest::mouseClick(find<QPushButton>("bookForMemberButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("sessionsPage")->isVisible());
        QVERIFY(find<QLabel>("sessionsMember")->text().contains(QStringLiteral("Louis Martin")));
        auto *results = find<QListView>("sessionResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 10, 20000);
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
        auto *occurrences = find<QListWidget>("occurrenceList");
        auto *offers = find<QListWidget>("offerList");
        bool chosen = false;
        for (int row = 0; row < results->model()->rowCount() && !chosen; ++row) {
            results->setCurrentIndex(results->model()->index(row, 0));
            Q_EMIT results->activated(results->model()->index(row, 0));
            QTRY_VERIFY_WITH_TIMEOUT(!find<BusyIndicator>("detailBusy")->isBusy() && offers->count() > 0, 10000);
            int paidOffer = -1;
            for (int i = 0; i < offers->count(); ++i) {
                if (!offers->item(i)->text().contains(QStringLiteral("Free")))
                    paidOffer = i;
            }
            int openOccurrence = -1;
            for (int i = 0; i < occurrences->count(); ++i) {
                if (occurrences->item(i)->flags() & Qt::ItemIsEnabled)
                    openOccurrence = i; // the latest open date: well outside any cancellation window
            }
            if (paidOffer < 0 || openOccurrence < 0)
                continue;
            occurrences->setCurrentRow(openOccurrence);
            offers->setCurrentRow(paidOffer);
            chosen = true;
        }
        QVERIFY(chosen);
        QVERIFY(find<QPushButton>("bookButton")->isEnabled());
        QCOMPARE(find<QPushButton>("bookButton")->text(), QStringLiteral("&Book for Louis"));
        shot(QStringLiteral("08-session-detail"));

        QElapsedTimer click;
        m_probe.pause(); // QtWebEngine starts its first renderer here
        connect(w, &MainWindow::checkoutPageRequested, this, [this, &click](const QUrl &target) {
            m_clickToRequestMs = click.elapsed();
            m_target = target;
        });
        connect(w->checkoutPage()->view(), &QWebEngineView::loadFinished, this, [this, &click]() {
            if (m_clickToPaintedMs < 0)
                m_clickToPaintedMs = click.elapsed();
        });
        click.start();
        if (!qEnvironmentVariableIsEmpty("ACTIVEDESK_SCREENSHOTS")) {
            // The error view: imin fails, the checkout says so and offers Try again.
            m_app->sandbox()->setFaults({0, 1.0, 0, 0});
            QTest::mouseClick(find<QPushButton>("bookButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("checkoutRetryButton")->isVisible(), 20000);
            shot(QStringLiteral("08b-checkout-error"));
            m_app->sandbox()->setFaults({});
            QTest::mouseClick(find<QPushButton>("leaveCheckoutButton"), Qt::LeftButton);
            m_probe.pause();
        }
        QTest::mouseClick(find<QPushButton>("bookButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("checkoutPage")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w->checkoutPage()->currentUrl().path().startsWith(QStringLiteral("/checkout/")),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("continue")), 20000);
        disconnect(w, &MainWindow::checkoutPageRequested, this, nullptr);
        disconnect(w->checkoutPage()->view(), &QWebEngineView::loadFinished, this, nullptr);
        m_probe.resume();
        QVERIFY(js(QStringLiteral("document.getElementById('member-email').textContent")).toString() ==
                QStringLiteral("louis.new@example.org"));
        shot(QStringLiteral("09-checkout-review"));
        // The checkout may not leave its host, nor open windows.
        const QUrl review = w->checkoutPage()->currentUrl();
        QVERIFY(js(QStringLiteral("window.open('http://elsewhere.invalid/') === null")).toBool());
        js(QStringLiteral("window.location.href = 'http://elsewhere.invalid/phish'"));
        QTest::qWait(300);
        QCOMPARE(w->checkoutPage()->currentUrl(), review);
        QVERIFY(pageHas(QStringLiteral("continue")));
        js(QStringLiteral("document.getElementById('continue').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("pay-button")), 20000);
        shot(QStringLiteral("10-checkout-payment"));
        const QString fill = QStringLiteral(
            "document.getElementById('f-cardNumber').value='%1';document.getElementById('f-expiry').value='12/39';"
            "document.getElementById('f-cvc').value='123';document.getElementById('f-nameOnCard').value='Louis Martin';"
            "document.getElementById('pay-button').click();");
        js(fill.arg(QStringLiteral("4000 0000 0000 0002")));
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("payment-declined")), 20000);
        shot(QStringLiteral("11-checkout-declined"));
        js(fill.arg(QStringLiteral("4242 4242 4242 4242")));
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("confirmation-number")), 20000);
        const QString confirmation =
            js(QStringLiteral("document.getElementById('confirmation-number').textContent")).toString();
        QCOMPARE(confirmation.size(), 6);
        shot(QStringLiteral("12-checkout-confirmation"));

        // "View my bookings" is the profile URL: the checkout closes and the member's bookings show, the new one
        // marked.
        js(QStringLiteral("document.getElementById('view-bookings').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("bookingsPage")->isVisible(), 10000);
        auto *upcoming = find<QListWidget>("upcomingList");
        QTRY_VERIFY_WITH_TIMEOUT(upcoming->count() == 1 && upcoming->item(0)->text().startsWith(QStringLiteral("NEW")),
                                 20000);
        QCOMPARE(upcoming->currentRow(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("orderDetail")->text().contains(confirmation), 20000);
        QVERIFY(find<QLabel>("orderDetail")->text().contains(QStringLiteral("Open the receipt")));
        QVERIFY(find<QPushButton>("cancelBookingButton")->isEnabled());
        auto *history = find<QListWidget>("historyList");
        QTRY_COMPARE(history->count(), 1);
        QVERIFY(history->item(0)->text().contains(confirmation));
        shot(QStringLiteral("13-bookings"));

        if (benchmarking()) {
            // A second checkout with QtWebEngine warm, to compare like with like against the bare view.
            w->showSection(MainWindow::Section::Sessions);
            QVERIFY(find<QPushButton>("bookButton")->isEnabled());
            QElapsedTimer again;
            qint64 requested = -1, loaded = -1;
            connect(w, &MainWindow::checkoutPageRequested, this, [&]() { requested = again.elapsed(); });
            connect(w->checkoutPage()->view(), &QWebEngineView::loadFinished, this, [&]() {
                if (loaded < 0 && requested >= 0)
                    loaded = again.elapsed();
            });
            again.start();
            QTest::mouseClick(find<QPushButton>("bookButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(loaded >= 0, 20000);
            m_warmClickToPaintedMs = loaded;
            m_warmRequestMs = requested;
            disconnect(w, &MainWindow::checkoutPageRequested, this, nullptr);
            disconnect(w->checkoutPage()->view(), &QWebEngineView::loadFinished, this, nullptr);
            QTest::mouseClick(find<QPushButton>("leaveCheckoutButton"), Qt::LeftButton);
            w->bookingsPage()->showMember(
                *m_app->services()->store().memberByEmail(QStringLiteral("louis.new@example.org")));
        }
        // The confirmation email went to the address as it was at checkout: the new one.
        TestHttp http(m_app->sandbox()->baseUrl(), m_app->services()->client().config().apiKey.toUtf8());
        const QJsonArray mails =
            http.get(QStringLiteral("/sandbox/mailbox?to=louis.new%40example.org")).json().value("items").toArray();
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().toObject().value("subject").toString().startsWith(QStringLiteral("Booking confirmed")));
        QVERIFY(mails.first().toObject().value("text").toString().contains(confirmation));
        QCOMPARE(
            http.get(QStringLiteral("/sandbox/mailbox?to=louis%40example.org")).json().value("items").toArray().size(),
            0);
    }

    void logOutLeavesNothingBehind()
    {
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        QVERIFY(find<QLineEdit>("memberSearch")->text().isEmpty());
        QCOMPARE(find<QListView>("memberResults")->model()->rowCount(), 0);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("New member"));
        QCOMPARE(find<QListWidget>("upcomingList")->count(), 0);
        QVERIFY(find<QLabel>("orderDetail")->text().isEmpty());
        QVERIFY(find<QLineEdit>("loginPin")->text().isEmpty());
        QTRY_VERIFY(!w->checkoutPage()->currentUrl().toString().contains(QStringLiteral("/checkout/")));
        shot(QStringLiteral("14-logged-out"));
    }
};

QTEST_MAIN(TestDeskScenario)
#include "TestDeskScenario.moc"

// GUI tests on the offscreen platform: every desk page driven through its widgets (found by objectName), against the
// embedded sandbox over loopback and a real SQLite file. The checkout's web page itself is covered by the e2e test.
#include "SandboxProcess.h"

#include "AccessPages.h"
#include "app/DeskServices.h"
#include "auth/PinHasher.h"
#include "BookingsPage.h"
#include "CheckoutPage.h"
#include "config/Settings.h"
#include "DeskApp.h"
#include "MainWindow.h"
#include "MembersPage.h"
#include "MessageBox.h"
#include "SandboxServer.h"
#include "SessionsPage.h"
#include "SettingsDialog.h"
#include "Widgets.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QtTest>
#include <QWebEngineView>

class TestDeskPages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DeskApp> m_app;
    MainWindow *w = nullptr;
    DeskServices *s = nullptr;

    template <typename T> T *find(QWidget *root, const char *name)
    {
        T *widget = root->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    template <typename T> T *find(const char *name) { return find<T>(w, name); }
    void type(const char *name, const QString &text, QWidget *root = nullptr)
    {
        auto *line = find<QLineEdit>(root ? root : w, name);
        line->selectAll();
        QTest::keyClicks(line, text);
    }
    Member addMember(const QString &given, const QString &family, const QString &email, const QString &number = {})
    {
        Member m;
        m.person.givenName = given;
        m.person.familyName = family;
        m.person.email = email;
        m.membershipNumber = number;
        QString error;
        if (!s->saveMember(m, &error))
            qFatal("saveMember: %s", qPrintable(error));
        return m;
    }
    template <typename T> Result<T> waitFor(const std::function<void(ImminClient::Callback<T>)> &call)
    {
        std::optional<Result<T>> r;
        call([&r](const Result<T> &x) { r = x; });
        QElapsedTimer t;
        t.start();
        while (!r && t.elapsed() < 20000)
            QTest::qWait(20);
        return r ? *r : Result<T>::failure(ApiError::timeout());
    }
    bool synced(qint64 id)
    {
        const auto m = s->store().member(id);
        return m && m->sync.state == SyncState::State::Synced && !m->iminIdentifier.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PinHasher::setFastForTests(true);
        Theme::apply(false);
        m_app = std::make_unique<DeskApp>();
        DeskApp::Options o;
        o.dataDir = m_dir.path();
        o.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        o.sandboxSessions = 300;
        QString error;
        QVERIFY2(m_app->start(o, &error), qPrintable(error));
        w = m_app->window();
        s = m_app->services();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(find<QWidget>("firstRunPage")->isVisible());
        QVERIFY(s->auth().addStaff(QStringLiteral("desk"), StaffRole::Staff, QStringLiteral("1357"), &error));
        QVERIFY(s->auth().addStaff(QStringLiteral("boss"), StaffRole::Admin, QStringLiteral("2468"), &error));
        s->logIn(*s->store().staff(QStringLiteral("boss")));
        QTRY_VERIFY(find<QWidget>("membersPage")->isVisible());
    }
    void cleanupTestCase() { m_app.reset(); }
    void cleanup()
    {
        // A failed test must not leave imin failing for the next one.
        m_app->sandbox()->setFaults({});
        s->sync().setBackoff(2000, 300000);
        s->sync().poke();
    }

    void onlyAdministratorsSeeSettings()
    {
        QVERIFY(find<QPushButton>("settingsButton")->isVisible());
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        type("loginUsername", QStringLiteral("desk"));
        type("loginPin", QStringLiteral("1357"));
        QTest::keyClick(find<QLineEdit>("loginPin"), Qt::Key_Return);
        QTRY_VERIFY(find<QWidget>("membersPage")->isVisible());
        QVERIFY(!find<QPushButton>("settingsButton")->isVisible());
        QCOMPARE(find<QLabel>("staffLabel")->text(), QStringLiteral("desk (staff)"));
        s->logIn(*s->store().staff(QStringLiteral("boss")));
    }

    void loginLocksAfterFiveWrongPins()
    {
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        for (int i = 0; i < 5; ++i) {
            type("loginUsername", QStringLiteral("desk"));
            type("loginPin", QStringLiteral("0000"));
            QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
            // The PIN is checked off the GUI thread; the button says so until the answer comes.
            QTRY_COMPARE(find<QPushButton>("loginButton")->text(), QStringLiteral("&Log in"));
        }
        QVERIFY(find<QLabel>("loginError")->text().contains(QStringLiteral("Too many wrong PINs")));
        QVERIFY(!find<QPushButton>("loginButton")->isEnabled());
        QVERIFY(find<QLineEdit>("loginPin")->text().isEmpty()); // a PIN never stays on screen
        s->logIn(*s->store().staff(QStringLiteral("boss")));
        QTRY_VERIFY(find<QWidget>("membersPage")->isVisible());
    }

    void shortcutsReachEveryPage()
    {
        QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::Key_2));
        QVERIFY(find<QWidget>("sessionsPage")->isVisible());
        QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::Key_3));
        QVERIFY(find<QWidget>("bookingsPage")->isVisible());
        QTest::keySequence(w, QKeySequence::Find);
        QVERIFY(find<QWidget>("membersPage")->isVisible());
        QTest::keySequence(w, QKeySequence::New);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("New member"));
    }

    void memberSearchByKeyboardAndCardScan()
    {
        const Member a = addMember(QStringLiteral("Anna"), QStringLiteral("Smith"), QStringLiteral("anna@example.org"),
                                   QStringLiteral("500001"));
        addMember(QStringLiteral("Bill"), QStringLiteral("Smithson"), QStringLiteral("bill@example.org"),
                  QStringLiteral("500002"));
        addMember(QStringLiteral("Cara"), QStringLiteral("Jones"), QStringLiteral("cara@example.org"),
                  QStringLiteral("500003"));
        auto *list = find<QListView>("memberResults");
        type("memberSearch", QStringLiteral("smi"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Return);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("Bill Smithson"));
        // A scanner types the number and Enter faster than the type-ahead: the exact member opens.
        type("memberSearch", QStringLiteral("500001"));
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Return);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("Anna Smith"));
        type("memberSearch", QStringLiteral("nobody here"));
        QTRY_VERIFY(find<QLabel>("memberSearchEmpty")->isVisible());
        QVERIFY(find<QLabel>("memberSearchEmpty")->text().contains(QStringLiteral("No member matches")));
        QTRY_VERIFY_WITH_TIMEOUT(synced(a.id), 20000);
    }

    void memberFormValidatesAndDeleteAsksFirst()
    {
        QTest::keySequence(w, QKeySequence::New);
        type("givenName", QStringLiteral("Del"));
        type("familyName", QStringLiteral("Ete"));
        type("email", QStringLiteral("del.ete@example.org"));
        type("membershipNumber", QStringLiteral("500001")); // taken
        QTest::mouseClick(find<QPushButton>("saveMemberButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>("membershipNumberError")->text().contains(QStringLiteral("already in use")));
        type("membershipNumber", QStringLiteral("500009"));
        QTest::mouseClick(find<QPushButton>("saveMemberButton"), Qt::LeftButton);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("Del Ete"));
        const qint64 id = s->store().memberByNumber(QStringLiteral("500009"))->id;
        QTRY_VERIFY_WITH_TIMEOUT(synced(id), 20000);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(find<QPushButton>("deleteMemberButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("erases their name")));
        QVERIFY(!s->store().member(id)->deleted);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(find<QPushButton>("deleteMemberButton"), Qt::LeftButton);
        QCOMPARE(find<QLabel>("memberTitle")->text(), QStringLiteral("New member"));
        QVERIFY(s->store().search(QStringLiteral("del")).isEmpty());
        // Once imin has accepted the deletion, nothing personal is left here.
        QTRY_VERIFY_WITH_TIMEOUT(s->store().member(id)->person.email.isEmpty(), 20000);
        QVERIFY(s->store().member(id)->person.givenName.isEmpty());
    }

    void failedSyncShowsWhyAndRetry()
    {
        ImminConfig good = s->client().config();
        ImminConfig bad = good;
        bad.apiKey = QStringLiteral("not-the-key");
        s->connectImin(bad, true);
        QTest::keySequence(w, QKeySequence::New);
        type("givenName", QStringLiteral("Ray"));
        type("familyName", QStringLiteral("Try"));
        type("email", QStringLiteral("ray@example.org"));
        QTest::mouseClick(find<QPushButton>("saveMemberButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("syncState")->text().contains(QStringLiteral("API key")), 20000);
        QVERIFY(find<QLabel>("syncState")->text().startsWith(QStringLiteral("Not sent to imin")));
        QVERIFY(find<QPushButton>("retrySyncButton")->isVisible());
        s->connectImin(good, true);
        QTest::mouseClick(find<QPushButton>("retrySyncButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("syncState")->text().contains(QStringLiteral("Up to date")), 20000);
        QVERIFY(!find<QPushButton>("retrySyncButton")->isVisible());
    }

    void sessionsShowFullDatesAsUnavailable()
    {
        QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::Key_2));
        auto *results = find<QListView>("sessionResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 5, 20000);
        QVERIFY(find<QLabel>("sessionCount")->text().contains(QStringLiteral("session")));
        QTRY_VERIFY_WITH_TIMEOUT(find<QComboBox>("activityFilter")->count() > 5, 20000); // from facets
        auto *occurrences = find<QListWidget>("occurrenceList");
        bool sawFull = false;
        for (int row = 0; row < results->model()->rowCount() && !sawFull; ++row) {
            Q_EMIT results->activated(results->model()->index(row, 0));
            QTRY_VERIFY_WITH_TIMEOUT(find<QListWidget>("offerList")->count() > 0, 10000);
            for (int i = 0; i < occurrences->count(); ++i) {
                if (occurrences->item(i)->text().contains(QStringLiteral("Full"))) {
                    QVERIFY(!(occurrences->item(i)->flags() & Qt::ItemIsEnabled));
                    sawFull = true;
                }
            }
        }
        QVERIFY(sawFull);
        // Filters narrow the list: juniors' sessions only.
        find<QComboBox>("sortOrder")->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, 20000);
    }

    void checkoutSyncsFirstShowsErrorsAndRetries()
    {
        // Find a bookable date and a price level while imin works.
        EventSearchQuery q;
        q.latitude = 51.752;
        q.longitude = -1.2578;
        q.radiusKm = 30;
        q.startFrom = QDateTime::currentDateTimeUtc().addDays(3);
        const Result<Page<EventSeries>> page =
            waitFor<Page<EventSeries>>([&](auto cb) { s->client().searchEvents(q, w, cb); });
        QVERIFY(page.ok());
        ScheduledSession occurrence;
        Offer offer;
        for (const EventSeries &e : page.value->items) {
            const ScheduledSession o = e.sessionSeries.first().occurrences.first();
            if (!o.isBookable() || o.remainingAttendeeCapacity.value_or(0) < 2)
                continue;
            const Result<EventSeries> full =
                waitFor<EventSeries>([&](auto cb) { s->client().eventSeries(e.id, w, cb); });
            QVERIFY(full.ok());
            occurrence = o;
            offer = full.value->sessionSeries.first().offers.first();
            break;
        }
        QVERIFY(!offer.id.isEmpty());
        // imin fails every call; a brand-new member must reach imin before the checkout can start.
        m_app->sandbox()->setFaults({0, 1.0, 0, 0});
        s->sync().setBackoff(200, 1000);
        const Member fresh =
            addMember(QStringLiteral("Nova"), QStringLiteral("New"), QStringLiteral("nova@example.org"));
        Q_EMIT w->sessionsPage()->bookRequested(fresh, occurrence, offer, QStringLiteral("Test session"));
        QTRY_VERIFY(find<QWidget>("checkoutPage")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>("checkoutMessage")->text().contains(QStringLiteral("imin is not answering")), 20000);
        m_app->sandbox()->setFaults({});
        QTRY_VERIFY_WITH_TIMEOUT(w->checkoutPage()->currentUrl().path().startsWith(QStringLiteral("/checkout/")),
                                 30000);
        // Now the checkout request itself fails: a clear error with Try again, which works once imin is back.
        m_app->sandbox()->setFaults({0, 1.0, 0, 0});
        Q_EMIT w->sessionsPage()->bookRequested(*s->store().member(fresh.id), occurrence, offer,
                                                QStringLiteral("Test session"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("checkoutRetryButton")->isVisible(), 20000);
        QVERIFY(find<QLabel>("checkoutMessage")->text().contains(QStringLiteral("imin is having a problem")));
        m_app->sandbox()->setFaults({});
        QTest::mouseClick(find<QPushButton>("checkoutRetryButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w->checkoutPage()->currentUrl().path().startsWith(QStringLiteral("/checkout/")),
                                 20000);
        QTest::mouseClick(find<QPushButton>("leaveCheckoutButton"), Qt::LeftButton);
        QVERIFY(find<QWidget>("sessionsPage")->isVisible());
    }

    void bookingsCancelAfterConfirmation()
    {
        const Member m = addMember(QStringLiteral("Cal"), QStringLiteral("Cancel"), QStringLiteral("cal@example.org"));
        QTRY_VERIFY_WITH_TIMEOUT(synced(m.id), 20000);
        const QString customer = s->store().member(m.id)->iminIdentifier;
        // Book through the sandbox's pages, as the web view would.
        TestHttp http(m_app->sandbox()->baseUrl(), s->client().config().apiKey.toUtf8());
        const QJsonArray items =
            http.get(QStringLiteral("/events-api/v2/"
                                    "event-series?geo%5Bradial%5D=51.752,-1.2578,30&mode=upcoming-sessions&limit=50&"
                                    "startDate%5Bgte%5D=") +
                     QUrl::toPercentEncoding(QDateTime::currentDateTimeUtc().addDays(4).toString(Qt::ISODate)))
                .json()
                .value("imin:item")
                .toArray();
        QString target;
        for (const QJsonValue &v : items) {
            const QJsonObject occ =
                v.toObject()["subEvent"].toArray()[0].toObject()["subEvent"].toArray()[0].toObject();
            if (!occ.contains("imin:checkoutUrlTemplate") || occ["remainingAttendeeCapacity"].toInt() < 1)
                continue;
            const QJsonObject full = http.get(v.toObject()["id"].toString()).json();
            const QString offer =
                full["subEvent"].toArray()[0].toObject()["offers"].toArray()[0].toObject()["id"].toString();
            std::optional<Result<CheckoutSession>> r;
            s->client().createCheckout(
                {customer, QStringLiteral("ScheduledSession"), occ["identifier"].toString(), offer}, w,
                [&r](const Result<CheckoutSession> &x) { r = x; });
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
            if (r->ok()) {
                target = QUrl(r->value->target).path();
                break;
            }
        }
        QVERIFY(!target.isEmpty());
        const HttpResult review = http.postForm(target + QStringLiteral("/review"), {});
        if (review.header("Location").endsWith("/payment"))
            http.postForm(
                target + QStringLiteral("/payment"),
                {{"cardNumber", "4242424242424242"}, {"expiry", "12/39"}, {"cvc", "123"}, {"nameOnCard", "Cal"}});
        w->bookingsPage()->showMember(*s->store().member(m.id));
        w->showSection(MainWindow::Section::Bookings);
        auto *upcoming = find<QListWidget>("upcomingList");
        QTRY_VERIFY_WITH_TIMEOUT(upcoming->count() == 1 && !upcoming->item(0)->text().startsWith(QStringLiteral("No ")),
                                 20000);
        upcoming->setCurrentRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("orderDetail")->text().contains(QStringLiteral("Booked")), 20000);
        QVERIFY(find<QPushButton>("cancelBookingButton")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(find<QPushButton>("cancelBookingButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("cal@example.org")));
        QCOMPARE(upcoming->count(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(find<QPushButton>("cancelBookingButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(w->bookingsPage(), "noticeText")->text().startsWith(QStringLiteral("Cancelled")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            upcoming->count() == 1 && upcoming->item(0)->text() == QStringLiteral("No upcoming bookings."), 20000);
    }

    void settingsValidateTestAndNeverStoreTheKey()
    {
        SettingsDialog dialog(s, QString(), w);
        dialog.show();
        type("bookingUrl", QStringLiteral("book.example"), &dialog);
        type("searchUrl", QString(), &dialog);
        QTest::mouseClick(find<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>(&dialog, "bookingUrlError")->text().contains(QStringLiteral("https://")));
        QVERIFY(find<QLabel>(&dialog, "apiKeyError")->isVisible());
        const QString base = m_app->sandbox()->baseUrl().toString();
        type("bookingUrl", base + QStringLiteral("/api/v2"), &dialog);
        type("searchUrl", base, &dialog);
        type("checkoutUrl", base, &dialog);
        type("apiKey", s->client().config().apiKey, &dialog);
        QTest::mouseClick(find<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(&dialog, "connectionResult")->text().count(QStringLiteral("works")), 3,
                                  20000);
        type("apiKey", QStringLiteral("wrong"), &dialog);
        QTest::mouseClick(find<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            find<QLabel>(&dialog, "connectionResult")->text().count(QStringLiteral("refused the API key")), 3, 20000);
        QVERIFY(!find<QLabel>(&dialog, "connectionResult")->text().contains(QStringLiteral("wrong")));
        QTest::mouseClick(find<QPushButton>(&dialog, "saveSettingsButton"), Qt::LeftButton);
        // Without a keychain service the key cannot be stored: the dialog says so and keeps it out of every file.
        QTRY_VERIFY_WITH_TIMEOUT(!find<QLabel>(&dialog, "apiKeyError")->text().isEmpty() || !dialog.isVisible(), 20000);
        QFile settings(m_dir.filePath(QStringLiteral("settings.ini")));
        if (settings.open(QIODevice::ReadOnly)) {
            const QByteArray text = settings.readAll();
            QVERIFY(!text.contains("wrong"));
            QVERIFY(!text.contains(s->client().config().apiKey.toUtf8()));
        }
        dialog.reject();
    }

    void configuredImminIsUsedWithoutTheBadge()
    {
        // An external imin (a separate sandbox process) configured in Settings, the key from the environment.
        SandboxProcess external({QStringLiteral("--sessions"), QStringLiteral("200"), QStringLiteral("--api-key"),
                                 QStringLiteral("site-key")});
        QVERIFY2(external.start(), qPrintable(external.errorText()));
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(settingsFile);
            ImminConfig c = ImminConfig::forSandbox(external.baseUrl(), QString());
            c.brokerName = QStringLiteral("Riverside Leisure");
            settings.setImminConfig(c);
        }
        qputenv("ACTIVEDESK_IMIN_API_KEY", "site-key");
        DeskApp app;
        DeskApp::Options o;
        o.dataDir = dir.path();
        o.settingsFile = settingsFile;
        QString error;
        QVERIFY2(app.start(o, &error), qPrintable(error));
        qunsetenv("ACTIVEDESK_IMIN_API_KEY");
        QVERIFY(!app.sandbox());
        QTRY_COMPARE(app.services()->client().config().apiKey, QStringLiteral("site-key"));
        app.window()->show();
        QVERIFY(!find<QLabel>(app.window(), "sandboxBadge")->isVisible());
        QVERIFY(
            app.services()->auth().addStaff(QStringLiteral("ivy"), StaffRole::Staff, QStringLiteral("1234"), &error));
        app.services()->logIn(*app.services()->store().staff(QStringLiteral("ivy")));
        auto *results = find<QListView>(app.window(), "sessionResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, 20000);
        // The key never reached the settings file.
        QFile f(settingsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("site-key"));
    }

    void logOutClearsEveryPage()
    {
        type("memberSearch", QStringLiteral("smi"));
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        QVERIFY(find<QLineEdit>("memberSearch")->text().isEmpty());
        QCOMPARE(find<QListView>("memberResults")->model()->rowCount(), 0);
        QCOMPARE(find<QListWidget>("upcomingList")->count(), 0);
        QVERIFY(find<QLabel>("bookingsTitle")->text().isEmpty());
        QVERIFY(find<QLabel>("sessionsMember")->text().startsWith(QStringLiteral("Choose a member first")));
    }
};

QTEST_MAIN(TestDeskPages)
#include "TestDeskPages.moc"

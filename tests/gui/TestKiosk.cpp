// The kiosk on the offscreen platform: every screen and state driven by touch (clicks on its own pads and keys) or by
// a scanner's keystrokes, against the embedded sandbox over loopback and a real SQLite file. What must be gone after a
// log-out is looked for in the accessibility tree and in the objects that held it, not in widget visibility. The
// checkout's web page itself (storage isolation, paying) is in the e2e kiosk scenario.
#include "AccessibleWalk.h"
#include "KioskDriver.h"
#include "SandboxBooking.h"
#include "SandboxProcess.h"
#include "util/Clock.h"

#include "AdminExitOverlay.h"
#include "Application.h"
#include "auth/PinHasher.h"
#include "BookingModels.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "domain/Restrictions.h"
#include "IdleMonitor.h"
#include "KioskMemberArea.h"
#include "KioskOverlay.h"
#include "KioskWindow.h"
#include "LogInScreen.h"
#include "MemberBookings.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "OnScreenKeyboard.h"
#include "ReceiptView.h"
#include "RowDelegate.h"
#include "SandboxServer.h"
#include "ScanKeys.h"
#include "services/BookingFlow.h"
#include "services/Services.h"
#include "SessionBrowser.h"
#include "SessionListModel.h"
#include "SignedUpScreen.h"
#include "SignUpScreen.h"
#include "WelcomeScreen.h"
#include "Widgets.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

class TestKiosk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
    KioskWindow *k = nullptr;
    Services *s = nullptr;
    Member ann;
    const QString annPin = QStringLiteral("2580");
    QString m_shots;

    template <typename T> T *find(const char *name, QWidget *root = nullptr)
    {
        T *w = (root ? root : k)->findChild<T *>(QLatin1String(name));
        if (!w)
            QTest::qFail(qPrintable(QStringLiteral("no widget named %1").arg(QLatin1String(name))), __FILE__, __LINE__);
        return w;
    }
    std::unique_ptr<KioskDriver> d;
    template <typename T> T *shown(const char *name) { return d->template shown<T>(name); }
    void tap(const char *name) { d->tap(name); }
    void tapDigits(const QString &digits) { d->tapDigits(digits); }
    static void tapRow(QAbstractItemView *view, const QModelIndex &index) { KioskDriver::tapRow(view, index); }
    void shot(const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        k->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png")));
    }
    bool synced(qint64 id)
    {
        const auto m = s->store().member(id);
        return m && m->sync.state == SyncState::State::Synced && !m->iminIdentifier.isEmpty();
    }
    std::unique_ptr<TestHttp> http()
    {
        return std::make_unique<TestHttp>(m_app->sandbox()->baseUrl(), s->client().config().apiKey.toUtf8());
    }
    void logInAs(const Member &m, const QString &pin)
    {
        if (k->screen() != KioskWindow::Screen::Welcome)
            k->resetToWelcome();
        tap("welcomeLogIn");
        QTRY_COMPARE(k->screen(), KioskWindow::Screen::LogIn);
        tapDigits(m.membershipNumber);
        tap("pad_enter");
        QTRY_VERIFY(shown<QLineEdit>("logInPin")->hasFocus());
        tapDigits(pin);
        tap("pad_enter");
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::Member, 10000);
    }
    // Buttons and keys a finger has to hit: at least 48 px each way.
    QStringList tooSmallToTouch()
    {
        QStringList small;
        for (QPushButton *b : k->findChildren<QPushButton *>()) {
            if (b->isVisible() && (b->height() < 48 || b->width() < 48))
                small << QStringLiteral("%1 (%2x%3)").arg(b->objectName()).arg(b->width()).arg(b->height());
        }
        return small;
    }
    Member addMember(const QString &given, const QString &email, const QDate &birth, const QString &pin)
    {
        Member m;
        m.person.givenName = given;
        m.person.familyName = QStringLiteral("Kiosk");
        m.person.email = email;
        m.person.birthDate = birth;
        LocalError error;
        if (s->saveMember(m, &error) != MemberStore::SaveOutcome::Saved)
            qFatal("saveMember: %s", qPrintable(error.message()));
        if (!pin.isEmpty())
            s->store().credentials().setMemberPin(m.id, PinHasher::hash(pin));
        return *s->store().member(m.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PinHasher::setFastForTests(true);
        Theme::apply(false);
        m_shots = qEnvironmentVariable("ACTIVEDESK_SCREENSHOTS");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        m_app = std::make_unique<Application>();
        Application::Options o;
        o.dataDir = m_dir.path();
        o.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        o.sandboxSessions = 1000; // enough family classes (levels for children and adults) around the centre
        o.kiosk = true;
        QString error;
        QVERIFY2(m_app->start(o, &error), qPrintable(error));
        QVERIFY(!m_app->window()); // no staff desk in kiosk mode
        k = m_app->kiosk();
        s = m_app->services();
        d = std::make_unique<KioskDriver>(k);
        k->resize(1920, 1080);
        k->show();
        QVERIFY(QTest::qWaitForWindowExposed(k));
        QVERIFY(s->auth().addStaff(QStringLiteral("desk"), StaffRole::Staff, QStringLiteral("1357"), &error));
        QVERIFY(s->auth().addStaff(QStringLiteral("boss"), StaffRole::Admin, QStringLiteral("2468"), &error));
        ann = addMember(QStringLiteral("Annika"), QStringLiteral("annika@example.org"), QDate(1990, 5, 24), annPin);
        QTRY_VERIFY_WITH_TIMEOUT(synced(ann.id), 20000);
        ann = *s->store().member(ann.id);
    }
    void cleanupTestCase() { m_app.reset(); }
    void init()
    {
        k->setTimeouts(120000, 60000, 15000);
        if (k->screen() != KioskWindow::Screen::Welcome)
            k->resetToWelcome();
        QApplication::processEvents();
    }

    void welcomeHasTwoWaysInAndNothingElse()
    {
        QCOMPARE(k->screen(), KioskWindow::Screen::Welcome);
        QVERIFY(!k->memberArea());
        QVERIFY(shown<QPushButton>("welcomeLogIn"));
        QVERIFY(shown<QPushButton>("welcomeSignUp"));
        QVERIFY(shown<QLabel>("sandboxBadge"));
        QVERIFY2(tooSmallToTouch().isEmpty(), qPrintable(tooSmallToTouch().join(QStringLiteral(", "))));
        QVERIFY(!k->idle()->isRunning()); // nobody is there: nothing to time out
        // Every screen scrolls rather than grow the window: it fits a short screen with the keyboard open.
        QVERIFY2(k->minimumSizeHint().height() <= 480, qPrintable(QString::number(k->minimumSizeHint().height())));
        // No staff page, settings or member list exists anywhere in the kiosk.
        for (const char *name : {"membersPage", "settingsButton", "memberSearch", "sessionsPage", "bookingsPage"})
            QVERIFY2(!k->findChild<QWidget *>(QLatin1String(name)), name);
        shot(QStringLiteral("kiosk-landscape-welcome"));
    }

    void logInOnTheNumberPad()
    {
        tap("welcomeLogIn");
        QCOMPARE(k->screen(), KioskWindow::Screen::LogIn);
        QVERIFY(shown<QLineEdit>("logInNumber")->hasFocus());
        QVERIFY(!k->keyboard()->isVisible()); // the pad serves these fields
        QVERIFY2(tooSmallToTouch().isEmpty(), qPrintable(tooSmallToTouch().join(QStringLiteral(", "))));
        QVERIFY(k->idle()->isRunning());
        QCOMPARE(k->idle()->timeout(), 60000); // the shorter time on the way in
        shot(QStringLiteral("kiosk-landscape-login"));
        tapDigits(ann.membershipNumber);
        QCOMPARE(shown<QLineEdit>("logInNumber")->text(), ann.membershipNumber);
        tap("pad_enter");
        QVERIFY(shown<QLineEdit>("logInPin")->hasFocus());
        QCOMPARE(shown<QLineEdit>("logInPin")->echoMode(), QLineEdit::Password);
        tapDigits(annPin);
        tap("pad_enter");
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::Member, 10000);
        QCOMPARE(shown<QLabel>("kioskGreeting")->text(), QStringLiteral("Hello, Annika"));
        QCOMPARE(k->idle()->timeout(), 120000);
        QCOMPARE(k->memberArea()->member().id, ann.id);
    }

    void aScannedNumberAndWrongPinsSayNothingAboutWhoExists()
    {
        auto attempt = [&](const QString &number, const QString &pin) {
            k->resetToWelcome();
            tap("welcomeLogIn");
            // A card scanner types the number and Enter.
            QTest::keyClicks(shown<QLineEdit>("logInNumber"), number);
            QTest::keyClick(shown<QLineEdit>("logInNumber"), Qt::Key_Return);
            if (!shown<QLineEdit>("logInPin")->hasFocus())
                return QStringLiteral("no PIN step");
            KioskDriver::typeThenEnter(shown<QLineEdit>("logInPin"), pin);
            QLabel *error = shown<QLabel>("logInError");
            if (!QTest::qWaitFor([&]() { return error->text() != QStringLiteral("Checking…"); }, 10000))
                return QStringLiteral("no answer");
            return error->text();
        };
        const Member bo = addMember(QStringLiteral("Bo"), QStringLiteral("bo@example.org"), QDate(1985, 1, 2),
                                    QStringLiteral("4826"));
        QStringList known, unknown;
        for (int i = 0; i < 6; ++i) {
            known << attempt(bo.membershipNumber, QStringLiteral("9999"));
            unknown << attempt(QStringLiteral("999123"), QStringLiteral("9999"));
        }
        // The same words, attempt by attempt, whether or not the number exists: a wrong pair, then the lock-out
        // (whose seconds may tick between the two attempts on a slow machine).
        static const QRegularExpression seconds(QStringLiteral("\\d+ second"));
        QStringList knownShape = known, unknownShape = unknown;
        for (QString &t : knownShape)
            t.replace(seconds, QStringLiteral("N second"));
        for (QString &t : unknownShape)
            t.replace(seconds, QStringLiteral("N second"));
        QCOMPARE(knownShape, unknownShape);
        QCOMPARE(known.first(),
                 QStringLiteral("That membership number and PIN don't match. Check them and try again."));
        QVERIFY2(known.at(4).startsWith(QStringLiteral("Too many wrong PINs. Try again in ")), qPrintable(known.at(4)));
        shot(QStringLiteral("kiosk-landscape-locked"));
        // Locked means locked: the right PIN is refused too until the time is up.
        QVERIFY(attempt(bo.membershipNumber, QStringLiteral("4826")).startsWith(QStringLiteral("Too many")));
        QVERIFY(k->screen() != KioskWindow::Screen::Member);
        // A member without a kiosk PIN cannot log in either, and is told the same.
        const Member noPin = addMember(QStringLiteral("Cy"), QStringLiteral("cy@example.org"), QDate(1980, 3, 4), {});
        QCOMPARE(attempt(noPin.membershipNumber, QStringLiteral("0000")), known.first());
    }

    void aCardScannedAnywhereLogsInAndNeverLandsInAField()
    {
        // Issue 20 findings 1 and 2, at the kiosk: a scan is always "find this card", and never typing into a field.
        k->resetToWelcome();
        ScanKeys::type(k, ann.membershipNumber, 8); // on the welcome screen, nothing focused
        QTRY_COMPARE(k->screen(), KioskWindow::Screen::LogIn);
        QCOMPARE(shown<QLineEdit>("logInPin")->hasFocus(), true);
        tapDigits(annPin);
        tap("pad_enter");
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::Member, 10000);
        // Ann is in her details, the cursor in her email; the next person's card is scanned.
        tap("navProfile");
        auto *email = shown<QLineEdit>("email");
        email->setFocus();
        email->end(false);
        const QString before = email->text();
        ScanKeys::type(k, QStringLiteral("100077"), 8);
        QTRY_VERIFY(shown<Notice>("kioskScanNotice")->text().startsWith(QStringLiteral("A card was scanned.")));
        QCOMPARE(email->text(), before);
        QCOMPARE(k->screen(), KioskWindow::Screen::Member);
        QCOMPARE(k->memberArea()->member().id, ann.id);
        QCOMPARE(s->store().member(ann.id)->person.email, ann.person.email); // nothing saved by its Enter
        shot(QStringLiteral("kiosk-card-scanned-while-in"));
        // Her own card: she is told she is in already.
        ScanKeys::type(k, ann.membershipNumber, 8);
        QTRY_VERIFY(shown<Notice>("kioskScanNotice")->text().startsWith(QStringLiteral("That is your card")));
        // A person typing digits in a field is not a scanner: their digits arrive, in order.
        auto *phone = shown<QLineEdit>("telephone");
        phone->setFocus();
        phone->selectAll();
        ScanKeys::type(k, QStringLiteral("01865"), 130);
        QTRY_VERIFY(phone->text().startsWith(QStringLiteral("01865")));
        k->resetToWelcome();
    }

    void signUpChecksEachFieldAndJoins()
    {
        tap("welcomeSignUp");
        QCOMPARE(k->screen(), KioskWindow::Screen::SignUp);
        QCOMPARE(k->idle()->timeout(), 120000);
        auto field = [&](const char *name) { return shown<QLineEdit>(name); };
        auto error = [&](const char *name) {
            return find<QLabel>(qPrintable(QLatin1String(name) + QStringLiteral("Error")), k)->text();
        };
        tap("signUpJoin");
        for (const char *name : {"givenName", "familyName", "email", "telephone", "birthDate", "pin"})
            QVERIFY2(!error(name).isEmpty(), name);
        QVERIFY(shown<QLabel>("acceptTermsError")->isVisible());
        QVERIFY(field("givenName")->hasFocus()); // the first field at fault
        shot(QStringLiteral("kiosk-landscape-signup-errors"));
        QTest::keyClicks(field("givenName"), QStringLiteral("Priya"));
        QTest::keyClicks(field("familyName"), QStringLiteral("Shah"));
        QTest::keyClicks(field("email"), QStringLiteral("priya.shah@example"));
        QTest::keyClicks(field("telephone"), QStringLiteral("07700 900123"));
        const QDate child = Clock::instance().localDate().addYears(-10);
        QTest::keyClicks(field("birthDate"), child.toString(QStringLiteral("dd/MM/yyyy")));
        QTest::keyClicks(field("pin"), QStringLiteral("1234"));
        QTest::keyClicks(field("pinAgain"), QStringLiteral("1234"));
        QTest::mouseClick(shown<QCheckBox>("acceptTerms"), Qt::LeftButton, {}, QPoint(10, 10));
        tap("signUpJoin");
        QVERIFY(error("email").contains(QStringLiteral("name@example.com")));
        QVERIFY2(error("birthDate").contains(QStringLiteral("reception")), qPrintable(error("birthDate")));
        QVERIFY(error("pin").contains(QStringLiteral("harder to guess")));
        QVERIFY(error("givenName").isEmpty());
        QVERIFY(field("email")->hasFocus());
        field("email")->setText(QStringLiteral("priya.shah@example.org"));
        field("birthDate")->setText(QStringLiteral("14/02/1996"));
        field("pin")->setText(QStringLiteral("7391"));
        field("pinAgain")->setText(QStringLiteral("7392"));
        tap("signUpJoin");
        QVERIFY(error("pinAgain").contains(QStringLiteral("different")));
        field("pinAgain")->setText(QStringLiteral("7391"));
        const int before = s->store().memberCount();
        tap("signUpJoin");
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::SignedUp, 10000);
        QCOMPARE(s->store().memberCount(), before + 1);
        const QString number = shown<QLabel>("signedUpNumber")->text();
        const auto priya = s->store().memberByNumber(number);
        QVERIFY(priya);
        QCOMPARE(priya->person.email, QStringLiteral("priya.shah@example.org"));
        QVERIFY(s->store().credentials().hasMemberPin(priya->id));
        QVERIFY(priya->person.is13OrOver.value_or(false));
        shot(QStringLiteral("kiosk-landscape-signed-up"));
        tap("signedUpContinue");
        QTRY_COMPARE(k->screen(), KioskWindow::Screen::Member);
        QCOMPARE(k->memberArea()->member().id, priya->id);
        // Sent to imin through the outbox, as a desk's new member is.
        QTRY_VERIFY_WITH_TIMEOUT(synced(priya->id), 20000);
        bool inImin = false;
        for (const QJsonValue &v : http()->get("/sandbox/customers").json().value("items").toArray())
            inImin =
                inImin || v.toObject().value("identifier").toString() == s->store().member(priya->id)->iminIdentifier;
        QVERIFY(inImin);
        // Joining with an email the centre already knows looks exactly the same (and makes a new member for the
        // desk to merge): nothing tells a stranger that Annika's address is on file.
        k->resetToWelcome();
        tap("welcomeSignUp");
        field("givenName")->setText(QStringLiteral("Not"));
        field("familyName")->setText(QStringLiteral("Annika"));
        field("email")->setText(ann.person.email);
        field("telephone")->setText(QStringLiteral("01865 123456"));
        field("birthDate")->setText(QStringLiteral("01/01/1970"));
        field("pin")->setText(QStringLiteral("8152"));
        field("pinAgain")->setText(QStringLiteral("8152"));
        QTest::mouseClick(shown<QCheckBox>("acceptTerms"), Qt::LeftButton, {}, QPoint(10, 10));
        tap("signUpJoin");
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::SignedUp, 10000);
        QVERIFY(shown<QLabel>("signedUpNumber")->text() != ann.membershipNumber);
    }

    void profileSavesThroughTheOutbox()
    {
        logInAs(ann, annPin);
        tap("navProfile");
        QCOMPARE(k->memberArea()->page(), KioskMemberArea::Page::Profile);
        auto *email = shown<QLineEdit>("email");
        QCOMPARE(email->text(), ann.person.email);
        QVERIFY(!k->findChild<QLineEdit *>(QStringLiteral("membershipNumber"))); // not something a member edits
        QVERIFY(shown<QLabel>("kioskMemberNumber")->text().contains(ann.membershipNumber));
        QVERIFY(shown<QLabel>("kioskSyncState")->text().contains(QStringLiteral("up to date")));
        shot(QStringLiteral("kiosk-landscape-profile"));
        email->setText(QStringLiteral("annika@"));
        tap("kioskSaveProfile");
        QVERIFY(find<QLabel>("emailError", k->memberArea())->text().contains(QStringLiteral("name@example.com")));
        QCOMPARE(s->store().member(ann.id)->person.email, ann.person.email); // nothing saved
        email->setText(QStringLiteral("annika.new@example.org"));
        shown<QLineEdit>("emergencyContactName")->setText(QStringLiteral("Ola Kiosk"));
        shown<QLineEdit>("emergencyContactTelephone")->setText(QStringLiteral("07700 900456"));
        tap("kioskSaveProfile");
        QVERIFY(find<QLabel>("emailError", k->memberArea())->text().isEmpty());
        QCOMPARE(s->store().member(ann.id)->person.email, QStringLiteral("annika.new@example.org"));
        QCOMPARE(s->store().member(ann.id)->person.emergencyContactName, QStringLiteral("Ola Kiosk"));
        QCOMPARE(s->store().member(ann.id)->person.birthDate, ann.person.birthDate); // untouched
        QTRY_VERIFY_WITH_TIMEOUT(synced(ann.id), 20000);
        QTRY_VERIFY(shown<QLabel>("kioskSyncState")->text().contains(QStringLiteral("up to date")));
        const QJsonObject customer =
            http()->get("/api/v2/customer-accounts/" + s->store().member(ann.id)->iminIdentifier).json();
        QCOMPARE(customer.value("customer").toObject().value("email").toString(),
                 QStringLiteral("annika.new@example.org"));
        // Put back for the other tests.
        email->setText(ann.person.email);
        tap("kioskSaveProfile");
        QTRY_VERIFY_WITH_TIMEOUT(synced(ann.id), 20000);
        ann = *s->store().member(ann.id);
    }

    void aChangeMadeAtTheDeskMeanwhileIsKept()
    {
        logInAs(ann, annPin);
        tap("navProfile");
        // Reception changes the telephone while Annika edits her town.
        Member desk = *s->store().member(ann.id);
        desk.person.telephone = QStringLiteral("01865 765432");
        LocalError error;
        QCOMPARE(s->saveMember(desk, &error), MemberStore::SaveOutcome::Saved);
        shown<QLineEdit>("addressLocality")->setText(QStringLiteral("Abingdon"));
        tap("kioskSaveProfile");
        const Member now = *s->store().member(ann.id);
        QCOMPARE(now.person.address.addressLocality, QStringLiteral("Abingdon"));
        QCOMPARE(now.person.telephone, QStringLiteral("01865 765432"));
        QVERIFY(find<Notice>("kioskProfileNotice")->text().contains(QStringLiteral("reception")));
        // Both changed the email: she sees what reception wrote, and saving again keeps hers.
        desk = now;
        desk.person.email = QStringLiteral("desk.wrote@example.org");
        QCOMPARE(s->saveMember(desk, &error), MemberStore::SaveOutcome::Saved);
        shown<QLineEdit>("email")->setText(QStringLiteral("annika.wrote@example.org"));
        tap("kioskSaveProfile");
        QVERIFY(find<QLabel>("emailError", k->memberArea())->text().contains(QStringLiteral("desk.wrote@example.org")));
        QCOMPARE(s->store().member(ann.id)->person.email, QStringLiteral("desk.wrote@example.org"));
        tap("kioskSaveProfile");
        QCOMPARE(s->store().member(ann.id)->person.email, QStringLiteral("annika.wrote@example.org"));
        // Put back.
        shown<QLineEdit>("email")->setText(ann.person.email);
        shown<QLineEdit>("addressLocality")->setText(QString());
        shown<QLineEdit>("telephone")->setText(QString());
        tap("kioskSaveProfile");
        QTRY_VERIFY_WITH_TIMEOUT(synced(ann.id), 20000);
        ann = *s->store().member(ann.id);
    }

    void sessionsStartAtTheMembersAgeAndOfferOnlyHerPrices()
    {
        // Fourteen: old enough for the kiosk, too young for an Adult price level (16 and over).
        const Member teo = addMember(QStringLiteral("Teo"), QStringLiteral("teo@example.org"),
                                     Clock::instance().localDate().addYears(-14).addDays(-30), QStringLiteral("3719"));
        logInAs(teo, QStringLiteral("3719"));
        SessionBrowser *browser = k->memberArea()->browser();
        QCOMPARE(*browser->memberAgeOn({}), 14);
        QVERIFY(shown<QCheckBox>("kioskForMyAge")->isChecked());
        QVERIFY(shown<QCheckBox>("kioskForMyAge")->text().contains(QStringLiteral("14")));
        QCOMPARE(browser->filters().age, 14);
        SessionListModel *results = browser->results();
        QTRY_VERIFY_WITH_TIMEOUT(!results->isLoading() && results->rowCount() > 0, 20000);
        shot(QStringLiteral("kiosk-landscape-sessions"));
        // A session with a level that is not for his age: it is listed, explained, after his, and cannot be chosen.
        auto *list = shown<QListView>("kioskSessionList");
        bool found = false;
        for (int row = 0; row < results->rowCount() && row < 400 && !found; ++row) {
            if (row + 2 >= results->rowCount()) {
                // A page the list view fetched itself (a tap scrolled it to the bottom) may be loading: while it
                // does, canFetchMore() is false, which is not the end of the list.
                QTRY_VERIFY_WITH_TIMEOUT(!results->isLoading(), 20000);
                if (results->canFetchMore({})) {
                    results->fetchMore({});
                    QTRY_VERIFY_WITH_TIMEOUT(!results->isLoading(), 20000);
                }
            }
            // Classes for children and adults together are the ones with levels for both.
            const EventSeries &summary = results->timetable(row).series();
            if (summary.ageMin.value_or(0) > 14 || summary.ageMax.value_or(120) < 16)
                continue;
            const QString name = summary.name;
            tapRow(list, results->index(row));
            if (!QTest::qWaitFor(
                    [&]() {
                        return !browser->isDetailLoading() && browser->hasDetail() &&
                               browser->timetable().series().name == name;
                    },
                    10000))
                continue;
            // Whose open data this is (imin's licence): the publisher, as plain words (the kiosk opens no links).
            QTRY_VERIFY_WITH_TIMEOUT(shown<QLabel>("kioskSessionSource")->text().startsWith(QStringLiteral("Source: ")),
                                     20000);
            QVERIFY(!shown<QLabel>("kioskSessionSource")->text().contains(QStringLiteral("<a ")));
            OccurrenceModel *dates = browser->dates();
            auto *dateList = shown<QListView>("kioskDateList");
            for (int d = 0; d < dates->rowCount() && !found; ++d) {
                if (!dates->date(d).isBookable())
                    continue;
                tapRow(dateList, dates->index(d));
                QTRY_COMPARE(browser->chosenDate(), d);
                OfferModel *offers = browser->offers();
                bool eligible = false, other = false;
                for (int o = 0; o < offers->rowCount(); ++o) {
                    const bool e = offers->data(offers->index(o), OfferModel::EligibleRole).toBool();
                    eligible = eligible || e;
                    other = other || !e;
                }
                if (!(eligible && other))
                    break; // the first open date tells for this class
                QVERIFY(offers->data(offers->index(0), OfferModel::EligibleRole).toBool()); // his first
                for (int o = 0; o < offers->rowCount(); ++o) {
                    if (offers->data(offers->index(o), OfferModel::EligibleRole).toBool())
                        continue;
                    QVERIFY(!(offers->flags(offers->index(o)) & Qt::ItemIsSelectable));
                    // Not for her age, or (members' levels, a window not open) the reason it cannot be booked.
                    const QString why = offers->data(offers->index(o), RowRole::Subtitle).toString();
                    QVERIFY2(why.startsWith(QStringLiteral("Not for you")) ||
                                 (!offers->blockedReason(o).isEmpty() && why == offers->blockedReason(o)),
                             qPrintable(why));
                    // Tapping it chooses nothing.
                    auto *offerList = shown<QListView>("kioskOfferList");
                    QTest::mouseClick(offerList->viewport(), Qt::LeftButton, {},
                                      offerList->visualRect(offers->index(o)).center());
                    QTest::qWait(200);
                    QVERIFY(browser->chosenOffer() != o);
                }
                found = true;
            }
        }
        QVERIFY2(found, "no session with price levels both for his age and not");
        // Choose his level: the button says what he pays.
        auto *offerList = shown<QListView>("kioskOfferList");
        QTest::mouseClick(offerList->viewport(), Qt::LeftButton, {},
                          offerList->visualRect(browser->offers()->index(0)).center());
        QTRY_COMPARE(browser->chosenOffer(), 0);
        QVERIFY(shown<QPushButton>("kioskBookButton")->isEnabled());
        QVERIFY(shown<QPushButton>("kioskBookButton")->text().startsWith(QStringLiteral("Book and pay")));
        QVERIFY(browser->choice().offer.ageMax.value_or(99) >= 14);
        shot(QStringLiteral("kiosk-landscape-session-detail"));

        // Without the age filter he sees adults' classes too; there, nothing can be chosen and he is told why.
        QTest::mouseClick(shown<QCheckBox>("kioskForMyAge"), Qt::LeftButton, {}, QPoint(10, 10));
        QCOMPARE(browser->filters().age, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!results->isLoading() && results->rowCount() > 0, 20000);
        bool adultsOnly = false;
        for (int row = 0; row < results->rowCount() && row < 200 && !adultsOnly; ++row) {
            const EventSeries &e = results->timetable(row).series();
            if (e.ageMin.value_or(0) < 16)
                continue;
            tapRow(list, results->index(row));
            if (!QTest::qWaitFor(
                    [&]() {
                        return !browser->isDetailLoading() && browser->hasDetail() &&
                               browser->timetable().series().name == e.name;
                    },
                    10000))
                continue;
            for (int d = 0; d < browser->dates()->rowCount() && !adultsOnly; ++d) {
                if (!browser->dates()->date(d).isBookable())
                    continue;
                tapRow(shown<QListView>("kioskDateList"), browser->dates()->index(d));
                QTRY_COMPARE(browser->chosenDate(), d);
                OfferModel *offers = browser->offers();
                bool anyForHim = false;
                for (int o = 0; o < offers->rowCount(); ++o)
                    anyForHim = anyForHim || (offers->flags(offers->index(o)) & Qt::ItemIsSelectable);
                adultsOnly = offers->rowCount() > 0 && !anyForHim;
                break;
            }
        }
        QVERIFY(adultsOnly);
        QVERIFY(!shown<QPushButton>("kioskBookButton")->isEnabled());
        // The series is for adults: the member is told so, with her age, rather than left to wonder why.
        QVERIFY2(shown<QLabel>("kioskBookHint")->text().contains(QStringLiteral("This session is for ages")) &&
                     shown<QLabel>("kioskBookHint")->text().contains(QStringLiteral("you are")),
                 qPrintable(shown<QLabel>("kioskBookHint")->text()));
    }

    void onlyAMemberWithAMembershipTakesTheMembersPrice()
    {
        // Issue 20 finding 4: a brand-new joiner at the unattended kiosk booked a class at the Members price for £0.
        const QDate today = Clock::instance().localDate();
        const Member nia = addMember(QStringLiteral("Nia"), QStringLiteral("nia.k@example.org"),
                                     today.addYears(-35).addDays(-20), QStringLiteral("4826"));
        Member ben = addMember(QStringLiteral("Ben"), QStringLiteral("ben.k@example.org"),
                               today.addYears(-35).addDays(-20), QStringLiteral("4827"));
        ben.person.membership.type = QStringLiteral("Full");
        ben.person.membership.validUntil = today.addYears(1);
        LocalError error;
        QCOMPARE(s->saveMember(ben, &error), MemberStore::SaveOutcome::Saved);
        // Opens, for whoever is logged in, the first listed class with a bookable date that has a members' level,
        // chooses that date, and returns the members' level's row (-1 if none was found).
        const auto openMembersLevel = [&](const QString &wantedName) {
            SessionBrowser *browser = k->memberArea()->browser();
            SessionListModel *results = browser->results();
            if (!QTest::qWaitFor([&]() { return !results->isLoading() && results->rowCount() > 0; }, 20000))
                return std::pair{QString(), -1};
            auto *list = shown<QListView>("kioskSessionList");
            for (int row = 0; row < results->rowCount() && row < 300; ++row) {
                if (row + 2 >= results->rowCount()) {
                    QTest::qWaitFor([&]() { return !results->isLoading(); }, 20000); // a page the view fetched
                    if (results->canFetchMore({})) {
                        results->fetchMore({});
                        QTest::qWaitFor([&]() { return !results->isLoading(); }, 20000);
                    }
                }
                const EventSeries &summary = results->timetable(row).series();
                if ((!wantedName.isEmpty() && summary.name != wantedName) || Restrictions::needsMembership(summary) ||
                    summary.ageMin.value_or(0) > 35 || summary.ageMax.value_or(120) < 35 ||
                    summary.genderRestriction.endsWith(QLatin1String("Only")))
                    continue;
                const QString name = summary.name;
                tapRow(list, results->index(row));
                if (!QTest::qWaitFor(
                        [&]() {
                            return !browser->isDetailLoading() && browser->hasDetail() &&
                                   browser->timetable().series().name == name;
                        },
                        10000))
                    continue;
                OccurrenceModel *dates = browser->dates();
                for (int dr = 0; dr < dates->rowCount(); ++dr) {
                    if (!dates->date(dr).isBookable())
                        continue;
                    const QVector<Offer> levels = dates->timetable().offersFor(dates->date(dr));
                    if (!std::any_of(levels.begin(), levels.end(), [](const Offer &o) { return o.isMembersOnly(); }))
                        continue;
                    tapRow(shown<QListView>("kioskDateList"), dates->index(dr));
                    if (!QTest::qWaitFor([&]() { return browser->chosenDate() == dr; }, 5000))
                        continue;
                    for (int o = 0; o < browser->offers()->rowCount(); ++o) {
                        if (browser->offers()->offer(o).isMembersOnly())
                            return std::pair{name, o};
                    }
                }
            }
            return std::pair{QString(), -1};
        };
        logInAs(nia, QStringLiteral("4826"));
        // Every age, so the classes listed are the same for both members.
        if (shown<QCheckBox>("kioskForMyAge")->isChecked())
            QTest::mouseClick(shown<QCheckBox>("kioskForMyAge"), Qt::LeftButton, {}, QPoint(10, 10));
        const auto [session, row] = openMembersLevel({});
        QVERIFY2(row >= 0, "no class open to Nia with a members' level");
        SessionBrowser *browser = k->memberArea()->browser();
        OfferModel *offers = browser->offers();
        QVERIFY(!(offers->flags(offers->index(row)) & Qt::ItemIsSelectable));
        QCOMPARE(offers->index(row).data(RowRole::Subtitle).toString(),
                 QStringLiteral("Members only. Ask at reception about membership."));
        auto *offerList = shown<QListView>("kioskOfferList");
        QTest::mouseClick(offerList->viewport(), Qt::LeftButton, {},
                          offerList->visualRect(offers->index(row)).center());
        QTest::qWait(200);
        QVERIFY(browser->chosenOffer() != row);
        QVERIFY(!browser->canBook() || !browser->choice().offer.isMembersOnly());
        shot(QStringLiteral("kiosk-members-level-refused"));

        // Ben holds a Full membership: the same class, the same date, and the members' level is his to take.
        logInAs(ben, QStringLiteral("4827"));
        if (shown<QCheckBox>("kioskForMyAge")->isChecked())
            QTest::mouseClick(shown<QCheckBox>("kioskForMyAge"), Qt::LeftButton, {}, QPoint(10, 10));
        const auto [again, benRow] = openMembersLevel(session);
        QVERIFY2(benRow >= 0, qPrintable(session));
        browser = k->memberArea()->browser(); // his own screens: Nia's went when she logged out
        QVERIFY(browser->offers()->flags(browser->offers()->index(benRow)) & Qt::ItemIsSelectable);
        offerList = shown<QListView>("kioskOfferList");
        QTest::mouseClick(offerList->viewport(), Qt::LeftButton, {},
                          offerList->visualRect(browser->offers()->index(benRow)).center());
        QTRY_COMPARE(browser->chosenOffer(), benRow);
        QVERIFY(browser->canBook());
        QVERIFY(browser->choice().offer.isMembersOnly());
        QVERIFY(shown<QPushButton>("kioskBookButton")->isEnabled());
        shot(QStringLiteral("kiosk-members-level-for-a-member"));
    }

    void bookingsAreHersAndCancelAsksFirst()
    {
        const QString customer = ann.iminIdentifier;
        auto h = http();
        const auto later =
            SandboxBooking::find(*h, Clock::instance().currentDateTimeUtc().addDays(4), [](const auto &c) {
                return c.occurrence.value(QStringLiteral("remainingAttendeeCapacity")).toInt() >= 1 &&
                       c.offer.value(QStringLiteral("price")).toDouble() > 0;
            });
        QVERIFY(later);
        const auto booked = SandboxBooking::book(*h, customer, later->occurrence.value("identifier").toString(),
                                                 later->offer.value("id").toString());
        QVERIFY(booked.ok);
        logInAs(ann, annPin);
        tap("navBookings");
        MemberBookings *bookings = k->memberArea()->bookings();
        QTRY_VERIFY_WITH_TIMEOUT(bookings->upcoming()->rowCount() >= 1, 20000);
        auto *list = shown<QListView>("kioskUpcomingList");
        int row = -1;
        for (int i = 0; i < bookings->upcoming()->rowCount(); ++i) {
            if (bookings->upcoming()->item(i).orderIdentifier == booked.orderId)
                row = i;
        }
        QVERIFY(row >= 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(bookings->upcoming()->index(row)).center());
        QTRY_COMPARE(list->currentIndex().row(), row);
        QTRY_VERIFY_WITH_TIMEOUT(shown<QLabel>("orderDetail")->text().contains(booked.confirmation), 20000);
        QVERIFY(shown<QPushButton>("showReceiptButton")->isVisible());
        tap("showReceiptButton");
        QTRY_VERIFY_WITH_TIMEOUT(!find<ReceiptView>("receiptView", k->memberArea())->text().isEmpty(), 20000);
        QVERIFY(find<ReceiptView>("receiptView", k->memberArea())->isVisible());
        // Nothing to print or save at a kiosk.
        QVERIFY(find<QPushButton>("printReceiptButton", k->memberArea())->isHidden());
        QVERIFY(find<QPushButton>("saveReceiptButton", k->memberArea())->isHidden());
        shot(QStringLiteral("kiosk-landscape-bookings"));
        // Cancelling asks in the kiosk's own card (no window), says where the refund goes; "Keep" keeps it.
        tap("kioskCancelButton");
        auto *confirm = find<ConfirmOverlay>("confirmOverlay", k->memberArea());
        QVERIFY(confirm->isVisible());
        QVERIFY(find<QLabel>("confirmQuestion", confirm)->text().contains(ann.person.email));
        QVERIFY(!QApplication::activeModalWidget());
        shot(QStringLiteral("kiosk-landscape-cancel-question"));
        tap("confirmNo");
        QVERIFY(!confirm->isVisible());
        tap("kioskCancelButton");
        tap("confirmYes");
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("noticeText", find<QWidget>("kioskBookingsNotice", k->memberArea()))
                                     ->text()
                                     .startsWith(QStringLiteral("Cancelled")),
                                 20000);
        const QJsonObject order = http()->get("/api/v2/orders/" + booked.orderId).json();
        QCOMPARE(order.value("orderedItem").toArray().first().toObject().value("orderItemStatus").toString(),
                 QStringLiteral("https://openactive.io/CustomerCancelled"));
    }

    void onScreenKeyboardTypesIntoTheFocusedField()
    {
        tap("welcomeSignUp");
        auto *given = shown<QLineEdit>("givenName");
        given->setFocus();
        QTRY_VERIFY(k->keyboard()->isVisible());
        QCOMPARE(k->keyboard()->page(), OnScreenKeyboard::Page::Letters);
        QVERIFY2(tooSmallToTouch().isEmpty(), qPrintable(tooSmallToTouch().join(QStringLiteral(", "))));
        shot(QStringLiteral("kiosk-landscape-keyboard"));
        for (const char *key : {"key_shift", "key_s", "key_a", "key_m", "key_space", "key_j", "key_o", "key_backspace"})
            tap(key);
        QCOMPARE(given->text(), QStringLiteral("Sam j"));
        QVERIFY(given->hasFocus()); // the keys never take it
        // A telephone field starts on the digits.
        shown<QLineEdit>("telephone")->setFocus();
        QTRY_COMPARE(k->keyboard()->page(), OnScreenKeyboard::Page::Symbols);
        for (const char *key : {"sym_0", "sym_7", "sym_7"})
            tap(key);
        QCOMPARE(shown<QLineEdit>("telephone")->text(), QStringLiteral("077"));
        // Next moves to the next field, as a keyboard's Enter does.
        tap("sym_enter");
        QVERIFY(shown<QLineEdit>("birthDate")->hasFocus());
        tap("sym_hide");
        QTRY_VERIFY(!k->keyboard()->isVisible());
        shown<QLineEdit>("email")->setFocus();
        QTRY_VERIFY(k->keyboard()->isVisible());
        tap("key_symbols");
        tap("sym_64"); // @
        QCOMPARE(shown<QLineEdit>("email")->text(), QStringLiteral("@"));
        // Off a text field, it goes; on the log-in pad it never comes.
        shown<QCheckBox>("acceptTerms")->setFocus();
        QTRY_VERIFY(!k->keyboard()->isVisible());
        k->resetToWelcome();
        tap("welcomeLogIn");
        QTest::qWait(300);
        QVERIFY(!k->keyboard()->isVisible());
        // The Keyboard button opens it anywhere (a field the kiosk cannot see into).
        tap("keyboardButton");
        QVERIFY(k->keyboard()->isVisible());
    }

    void walkingAwayCountsDownThenLeavesNothing()
    {
        logInAs(ann, annPin);
        QPointer<KioskMemberArea> area = k->memberArea();
        QPointer<SessionBrowser> browser = area->browser();
        QTRY_VERIFY_WITH_TIMEOUT(browser->results()->rowCount() > 0, 20000);
        const QString sessionName = browser->results()->timetable(0).series().name;
        tap("navProfile");
        QGuiApplication::clipboard()->setText(ann.person.email); // as if something had copied it
        k->setTimeouts(2500, 2500, 2000);
        CountdownOverlay *countdown = k->countdown();
        QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 5000);
        QVERIFY(countdown->text().contains(QStringLiteral("second")));
        shot(QStringLiteral("kiosk-landscape-countdown"));
        // Any touch cancels it.
        QTest::mouseClick(find<QPushButton>("stayButton", countdown), Qt::LeftButton);
        QVERIFY(!countdown->isVisible());
        QCOMPARE(k->screen(), KioskWindow::Screen::Member);
        // Then nobody touches anything.
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::Welcome, 8000);
        QApplication::processEvents();
        QTest::qWait(50);
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!area);    // the member's screens are destroyed,
        QVERIFY(!browser); // and with them their models
        QVERIFY(!k->memberArea());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        const QStringList traces{ann.person.givenName, ann.person.email, ann.membershipNumber, sessionName};
        QVERIFY2(AccessibleWalk::containing(k, traces).isEmpty(),
                 qPrintable(AccessibleWalk::containing(k, traces).join(QStringLiteral(" | "))));
        // The log-in path times out sooner, and what was typed there is gone too, undo history included.
        tap("welcomeLogIn");
        QTest::keyClicks(shown<QLineEdit>("logInNumber"), ann.membershipNumber);
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::Welcome, 8000);
        tap("welcomeLogIn");
        QVERIFY(shown<QLineEdit>("logInNumber")->text().isEmpty());
        QVERIFY(!shown<QLineEdit>("logInNumber")->isUndoAvailable());
    }

    void logOutLeavesNothingInTreeOrModels()
    {
        logInAs(ann, annPin);
        QPointer<KioskMemberArea> area = k->memberArea();
        QPointer<MemberBookings> bookings = area->bookings();
        QPointer<BookingFlow> flow = area->flow();
        QSignalSpy loaded(bookings.data(), &MemberBookings::historyLoaded);
        tap("navBookings");
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        tap("navProfile");
        QVERIFY(!AccessibleWalk::containing(k, {ann.person.email}).isEmpty()); // it was there
        tap("kioskLogOut");
        QCOMPARE(k->screen(), KioskWindow::Screen::Welcome);
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!area && !bookings && !flow);
        QVERIFY(AccessibleWalk::containing(k, {ann.person.givenName, ann.person.email}).isEmpty());
    }

    void escapeShortcutsDoNothing()
    {
        logInAs(ann, annPin);
        struct Key
        {
            int key;
            Qt::KeyboardModifiers modifiers;
        };
        const QList<Key> keys{{Qt::Key_F4, Qt::AltModifier},    {Qt::Key_W, Qt::ControlModifier},
                              {Qt::Key_Q, Qt::ControlModifier}, {Qt::Key_F11, Qt::NoModifier},
                              {Qt::Key_Escape, Qt::NoModifier}, {Qt::Key_Tab, Qt::AltModifier},
                              {Qt::Key_F12, Qt::NoModifier},    {Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier},
                              {Qt::Key_Left, Qt::AltModifier},  {Qt::Key_P, Qt::ControlModifier},
                              {Qt::Key_S, Qt::ControlModifier}, {Qt::Key_N, Qt::ControlModifier}};
        tap("navProfile");
        auto *email = shown<QLineEdit>("email");
        email->setFocus();
        const QString before = email->text();
        for (const Key &key : keys) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : k, Qt::Key(key.key),
                            key.modifiers);
            QVERIFY(k->isVisible());
            QCOMPARE(k->screen(), KioskWindow::Screen::Member);
        }
        // Undo, select-all and the clipboard shortcuts do nothing either.
        QTest::keyClick(email, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(email, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(email, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(email->text(), before);
        QVERIFY(email->selectedText().isEmpty());
        // A close request (Alt+F4 from a window manager) is refused.
        QVERIFY(!k->close());
        QVERIFY(k->isVisible());
        // No context menu anywhere ("Undo", "Paste", "Inspect").
        QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(5, 5));
        QApplication::sendEvent(email, &menu);
        QVERIFY(!QApplication::activePopupWidget());
    }

    void portraitLayout()
    {
        k->resize(1080, 1920);
        QTRY_VERIFY(k->isPortrait());
        shot(QStringLiteral("kiosk-portrait-welcome"));
        tap("welcomeLogIn");
        shot(QStringLiteral("kiosk-portrait-login"));
        // Locked (a number nobody has, so no real member is locked by this).
        QTest::keyClicks(shown<QLineEdit>("logInNumber"), QStringLiteral("990077"));
        QTest::keyClick(shown<QLineEdit>("logInNumber"), Qt::Key_Return);
        for (int i = 0; i < 5; ++i) {
            KioskDriver::typeThenEnter(shown<QLineEdit>("logInPin"), QStringLiteral("1357"));
            QTRY_VERIFY(shown<QLabel>("logInError")->text() != QStringLiteral("Checking…"));
        }
        QVERIFY(shown<QLabel>("logInError")->text().startsWith(QStringLiteral("Too many wrong PINs")));
        shot(QStringLiteral("kiosk-portrait-locked"));
        k->resetToWelcome();
        tap("welcomeSignUp");
        shown<QLineEdit>("givenName")->setFocus();
        QTRY_VERIFY(k->keyboard()->isVisible());
        QVERIFY2(tooSmallToTouch().isEmpty(), qPrintable(tooSmallToTouch().join(QStringLiteral(", "))));
        shot(QStringLiteral("kiosk-portrait-signup-keyboard"));
        logInAs(ann, annPin);
        auto *split = qobject_cast<QBoxLayout *>(find<QWidget>("kioskSessions", k->memberArea())->layout());
        QCOMPARE(split->direction(), QBoxLayout::TopToBottom);
        QTRY_VERIFY_WITH_TIMEOUT(k->memberArea()->browser()->results()->rowCount() > 0, 20000);
        k->memberArea()->browser()->open(0);
        QTRY_VERIFY_WITH_TIMEOUT(!k->memberArea()->browser()->isDetailLoading(), 20000);
        shot(QStringLiteral("kiosk-portrait-sessions"));
        tap("navBookings");
        shot(QStringLiteral("kiosk-portrait-bookings"));
        tap("navProfile");
        shot(QStringLiteral("kiosk-portrait-profile"));
        k->setTimeouts(2500, 2500, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(k->countdown()->isVisible(), 5000);
        shot(QStringLiteral("kiosk-portrait-countdown"));
        QTRY_COMPARE_WITH_TIMEOUT(k->screen(), KioskWindow::Screen::Welcome, 8000);
        k->resize(1920, 1080);
        QTRY_VERIFY(!k->isPortrait());
        logInAs(ann, annPin);
        QCOMPARE(qobject_cast<QBoxLayout *>(find<QWidget>("kioskSessions", k->memberArea())->layout())->direction(),
                 QBoxLayout::LeftToRight);
    }

    void anAdministratorsPinLeavesKioskMode() // last: the window closes
    {
        QSignalSpy exit(k, &KioskWindow::exitApproved);
        QTest::keyClick(k, Qt::Key_X, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        AdminExitOverlay *prompt = k->adminExit();
        QVERIFY(prompt->isVisible());
        shot(QStringLiteral("kiosk-landscape-admin-exit"));
        auto submit = [&](const QString &user, const QString &pin) {
            find<QLineEdit>("adminUsername", prompt)->setText(user);
            find<QLineEdit>("adminPin", prompt)->setText(pin);
            QTest::mouseClick(find<QPushButton>("adminExitConfirm", prompt), Qt::LeftButton);
        };
        submit(QStringLiteral("boss"), QStringLiteral("1111"));
        QTRY_VERIFY(!find<QLabel>("adminExitError", prompt)->text().isEmpty());
        QVERIFY(exit.isEmpty());
        submit(QStringLiteral("desk"), QStringLiteral("1357")); // staff, not an administrator
        QTRY_COMPARE(find<QLabel>("adminExitError", prompt)->text(),
                     QStringLiteral("Only an administrator can leave kiosk mode."));
        QVERIFY(exit.isEmpty());
        QVERIFY(k->isVisible());
        // The prompt leaves the on-screen keyboard uncovered: an administrator types on it like anyone.
        find<QLineEdit>("adminUsername", prompt)->clear();
        find<QLineEdit>("adminUsername", prompt)->setFocus();
        QTRY_VERIFY(k->keyboard()->isVisible());
        const QRect keys(k->keyboard()->mapTo(k, QPoint(0, 0)), k->keyboard()->size());
        const QRect dim(prompt->mapTo(k, QPoint(0, 0)), prompt->size());
        QVERIFY(!keys.intersects(dim));
        for (const char *key : {"key_b", "key_o", "key_s", "key_s"})
            tap(key);
        QCOMPARE(find<QLineEdit>("adminUsername", prompt)->text(), QStringLiteral("boss"));
        find<QLineEdit>("adminPin", prompt)->setText(QStringLiteral("2468"));
        QTest::mouseClick(find<QPushButton>("adminExitConfirm", prompt), Qt::LeftButton);
        QTRY_COMPARE(exit.count(), 1);
        QTRY_VERIFY(!k->isVisible());
    }
};

QTEST_MAIN(TestKiosk)
#include "TestKiosk.moc"

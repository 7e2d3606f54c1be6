// Every page and state of the staff desk walked through QAccessible, in English on the light palette and in Welsh on
// the dark one: no control without a name, no text below WCAG AA contrast, no focus that cannot be seen, no English
// left in Welsh. The language is changed the way an administrator does it (Settings), with work in hand kept.
#include "AccessibilityAudit.h"
#include "DeskDriver.h"
#include "LanguageAudit.h"
#include "SandboxBooking.h"
#include "SandboxProcess.h"
#include "util/Clock.h"

#include "Accessibility.h"
#include "Application.h"
#include "auth/PinHasher.h"
#include "BookingModels.h"
#include "BookingsPage.h"
#include "config/Settings.h"
#include "config/Translations.h"
#include "CourtsPage.h"
#include "FacilityBrowser.h"
#include "MainWindow.h"
#include "MemberListModel.h"
#include "MembersPage.h"
#include "OccurrenceModel.h"
#include "SandboxServer.h"
#include "services/Services.h"
#include "SessionListModel.h"
#include "SessionsPage.h"
#include "SettingsDialog.h"
#include "Widgets.h"

#include <QComboBox>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

class TestDeskAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
    MainWindow *w = nullptr;
    Services *s = nullptr;
    std::unique_ptr<DeskDriver> d;
    Member m_tour;
    QString m_shots;
    QStringList m_problems;
    QStringList m_statesSeen;

    template <typename T> T *find(const char *name, QWidget *root = nullptr)
    {
        return d->find<T>(root ? root : w, name);
    }
    void type(const char *name, const QString &text, QWidget *root = nullptr) { d->type(name, text, root); }
    void click(const char *name, QWidget *root = nullptr) { d->click(name, root); }

    // One state of one page: everything a person meets there.
    void check(const QString &state, QWidget *root, bool welsh)
    {
        QApplication::processEvents();
        QTest::qWait(50);
        m_statesSeen << state;
        QStringList found = AccessibilityAudit::everything(root);
        if (welsh) {
            for (const QString &f : LanguageAudit::untranslated(root))
                found << QStringLiteral("English left: ") + f;
        }
        for (const QString &f : std::as_const(found))
            m_problems << state + QStringLiteral(" — ") + f;
        if (!m_shots.isEmpty())
            root->grab().save(QDir(m_shots).filePath(state + QStringLiteral(".png")));
    }

    void logIn()
    {
        if (s->staff())
            return;
        type("loginUsername", QStringLiteral("boss"));
        type("loginPin", QStringLiteral("2468"));
        click("loginButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("membersPage")->isVisible(), 10000);
    }

    // Every page and state of the desk, from the log-in page to the checkout.
    void tour(const QString &tag, bool welsh)
    {
        if (s->staff())
            click("logoutButton");
        QTRY_VERIFY(find<QWidget>("loginPage")->isVisible());
        check(tag + QStringLiteral("-login"), w, welsh);
        type("loginUsername", QStringLiteral("boss"));
        type("loginPin", QStringLiteral("1111"));
        click("loginButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("loginError")->isVisible(), 10000);
        check(tag + QStringLiteral("-login-refused"), w, welsh);
        logIn();
        check(tag + QStringLiteral("-members-empty"), w, welsh);
        type("memberSearch", QStringLiteral("Tourist"));
        QTRY_VERIFY(w->membersPage()->model()->rowCount() > 0);
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Return);
        QTRY_COMPARE(find<QLabel>("memberTitle")->text(), m_tour.displayName());
        check(tag + QStringLiteral("-members-open"), w, welsh);
        click("editMemberButton");
        check(tag + QStringLiteral("-members-editing"), w, welsh);
        type("email", QStringLiteral("not an email"));
        type("telephone", QStringLiteral("12"));
        click("saveMemberButton");
        QTRY_VERIFY(find<QLabel>("emailError")->isVisible());
        check(tag + QStringLiteral("-members-errors"), w, welsh);
        click("newMemberButton");
        check(tag + QStringLiteral("-members-new"), w, welsh);
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Return);
        QTRY_COMPARE(find<QLabel>("memberTitle")->text(), m_tour.displayName());
        click("setKioskPinButton");
        QTRY_VERIFY(find<QWidget>("kioskPinPanel")->isVisible());
        check(tag + QStringLiteral("-members-kiosk-pin"), w, welsh);
        click("cancelKioskPinButton");

        w->showSection(MainWindow::Section::Sessions);
        QTRY_VERIFY_WITH_TIMEOUT(w->sessionsPage()->model()->rowCount() > 3, 20000);
        check(tag + QStringLiteral("-sessions-list"), w, welsh);
        QVERIFY(d->openSession(0));
        d->chooseDateAndPrice(0);
        check(tag + QStringLiteral("-sessions-detail"), w, welsh);

        w->bookingsPage()->clearAll();
        w->showSection(MainWindow::Section::Bookings);
        check(tag + QStringLiteral("-bookings-none"), w, welsh);
        w->membersPage()->editor()->showMember(*s->store().member(m_tour.id)); // the member in hand
        QTRY_VERIFY_WITH_TIMEOUT(w->bookingsPage()->upcoming()->rowCount() > 0, 20000);
        DeskDriver::clickRow(find<QListView>("upcomingList"), w->bookingsPage()->upcoming()->index(0));
        check(tag + QStringLiteral("-bookings-upcoming"), w, welsh);
        QTRY_VERIFY_WITH_TIMEOUT(w->bookingsPage()->history()->rowCount() > 0, 20000);
        auto *history = find<QTreeView>("historyList");
        DeskDriver::clickRow(history, w->bookingsPage()->history()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("showReceiptButton")->isVisible(), 20000);
        check(tag + QStringLiteral("-bookings-order"), w, welsh);
        // (The focus check above moved the focus through the lists, which may have loaded the order again.)
        DeskDriver::clickRow(history, w->bookingsPage()->history()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("showReceiptButton")->isVisible(), 20000);
        QTest::qWait(100);
        click("showReceiptButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("receiptView")->isVisible(), 20000);
        check(tag + QStringLiteral("-bookings-receipt"), w, welsh);

        w->membersPage()->editor()->showMember(*s->store().member(m_tour.id)); // the member in hand
        w->showSection(MainWindow::Section::Courts);
        FacilityGridModel *grid = w->courtsPage()->browser()->grid();
        QTRY_VERIFY_WITH_TIMEOUT(grid->rowCount() > 0 && !w->courtsPage()->browser()->isLoading(), 20000);
        check(tag + QStringLiteral("-courts-grid"), w, welsh);
        for (int r = 0, done = 0; r < grid->rowCount() && !done; ++r) {
            for (int c = 0; c < grid->columnCount() && !done; ++c) {
                if (grid->flags(grid->index(r, c)) & Qt::ItemIsEnabled) {
                    w->courtsPage()->browser()->chooseCell(r, c);
                    done = 1;
                }
            }
        }
        QTRY_VERIFY(w->courtsPage()->browser()->hasSlot());
        check(tag + QStringLiteral("-courts-slot"), w, welsh);

        {
            SettingsDialog dialog(s, QString(), w);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            check(tag + QStringLiteral("-settings"), &dialog, welsh);
            dialog.reject();
        }

        QVERIFY(d->bookFor(*s->store().member(m_tour.id)));
        QVERIFY(d->findSession([](const SessionTimetable &t) {
            return std::any_of(t.dates().begin(), t.dates().end(),
                               [](const DatedOccurrence &d) { return d.isBookable(); });
        }));
        for (int row = 0; row < w->sessionsPage()->dates()->rowCount(); ++row) {
            if (w->sessionsPage()->dates()->date(row).isBookable()) {
                d->chooseDateAndPrice(row);
                break;
            }
        }
        click("bookButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("checkoutPage")->isVisible(), 20000);
        QTest::qWait(500);
        check(tag + QStringLiteral("-checkout"), w, welsh);
        click("leaveCheckoutButton");
        QTRY_VERIFY(!w->bookingFlow()->isActive());
    }

    void switchLanguageInSettings(const QString &code)
    {
        SettingsDialog dialog(s, QString(), w);
        dialog.show();
        auto *language = find<QComboBox>("language", &dialog);
        language->setCurrentIndex(language->findData(code));
        click("saveSettingsButton", &dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QTRY_COMPARE(Translations::current(), code);
        QApplication::processEvents();
        QTest::qWait(50);
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
        o.sandboxSessions = 300;
        LocalError error;
        QString why; // what a start or an account creation says
        QVERIFY2(m_app->start(o, &why), qPrintable(why));
        w = m_app->window();
        s = m_app->services();
        d = std::make_unique<DeskDriver>(w, s);
        w->resize(1366, 768);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        // The first run, before any staff account exists.
        QVERIFY(find<QWidget>("firstRunPage")->isVisible());
        check(QStringLiteral("en-light-first-run"), w, false);
        QVERIFY(s->auth().addStaff(QStringLiteral("boss"), StaffRole::Admin, QStringLiteral("2468"), &why));
        m_tour.person.givenName = QStringLiteral("Tess");
        m_tour.person.familyName = QStringLiteral("Tourist");
        m_tour.person.email = QStringLiteral("tess@example.org");
        QVERIFY(s->saveMember(m_tour, &error) == MemberStore::SaveOutcome::Saved);
        QTRY_VERIFY_WITH_TIMEOUT(!s->store().member(m_tour.id)->iminIdentifier.isEmpty(), 20000);
        m_tour = *s->store().member(m_tour.id);
        // One paid booking, so the bookings page has upcoming items, an order and a receipt.
        TestHttp http(m_app->sandbox()->baseUrl(), s->client().config().apiKey.toUtf8());
        QVERIFY(SandboxBooking::bookPaidPlace(http, m_tour.iminIdentifier,
                                              Clock::instance().currentDateTimeUtc().addDays(3))
                    .ok);
        s->logIn(*s->store().credentials().staff(QStringLiteral("boss")));
        QTRY_VERIFY(find<QWidget>("membersPage")->isVisible());
    }
    void cleanupTestCase()
    {
        m_app.reset();
        Theme::apply(false);
    }

    void theThemesColoursMeetAA()
    {
        for (bool dark : {false, true}) {
            for (const Theme::TextPair &p : Theme::textPairs(dark)) {
                const double ratio = Accessibility::contrastRatio(p.text, p.background);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1 palette, %2: %3:1")
                                        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"), p.what)
                                        .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    void checkoutIsExposedToScreenReaders()
    {
        QCOMPARE(qgetenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"), QByteArray("1"));
    }

    void sectionsAreTabsInATabList()
    {
        logIn();
        w->showSection(MainWindow::Section::Sessions);
        QAccessibleInterface *tab = QAccessible::queryAccessibleInterface(find<QPushButton>("navSessions"));
        QCOMPARE(tab->role(), QAccessible::PageTab);
        QVERIFY(tab->state().selected);
        QVERIFY(!tab->state().checkable);
        QCOMPARE(tab->text(QAccessible::Name), QStringLiteral("Sessions"));
        QCOMPARE(tab->parent()->role(), QAccessible::PageTabList);
        QCOMPARE(tab->parent()->text(QAccessible::Name), QStringLiteral("Sections"));
        QAccessibleInterface *members = QAccessible::queryAccessibleInterface(find<QPushButton>("navMembers"));
        QVERIFY(!members->state().selected);
        members->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QVERIFY(find<QWidget>("membersPage")->isVisible());
        QVERIFY(members->state().selected);
    }

    void fullDatesAreAnnouncedAsUnavailable()
    {
        logIn();
        w->showSection(MainWindow::Section::Sessions);
        QVERIFY(d->findSession([](const SessionTimetable &t) {
            return std::any_of(t.dates().begin(), t.dates().end(), [](const DatedOccurrence &d) { return d.isFull(); });
        }));
        OccurrenceModel *dates = w->sessionsPage()->dates();
        auto *list = find<QListView>("occurrenceList");
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list);
        bool announced = false;
        for (int row = 0; row < dates->rowCount(); ++row) {
            if (!dates->date(row).isFull())
                continue;
            const QString spoken = dates->index(row).data(Qt::AccessibleTextRole).toString();
            QVERIFY2(spoken.contains(QStringLiteral("unavailable")), qPrintable(spoken));
            // The cell a screen reader lands on says it is unavailable (disabled), not merely grey.
            QAccessibleTableModelChangeEvent reset(list, QAccessibleTableModelChangeEvent::ModelReset);
            view->tableInterface()->modelChange(&reset);
            QAccessibleInterface *cell = view->tableInterface()->cellAt(row, 0);
            QVERIFY(cell);
            QCOMPARE(cell->text(QAccessible::Name), spoken);
            QCOMPARE(cell->text(QAccessible::Description), QStringLiteral("This date cannot be booked."));
            announced = true;
        }
        QVERIFY(announced);
    }

    // Tab goes through the member form in reading order: left to right, then down.
    void tabOrderFollowsTheForm()
    {
        logIn();
        w->showSection(MainWindow::Section::Members);
        click("newMemberButton");
        QWidget *first = find<QWidget>("givenName");
        QStringList order;
        QWidget *f = first;
        for (int i = 0; i < 400 && order.size() < 11; ++i) {
            f = f->nextInFocusChain();
            if (f == first)
                break;
            const QString name = f->objectName();
            if ((f->focusPolicy() & Qt::TabFocus) && f->isVisible() && f->isEnabled() && !name.isEmpty() &&
                qobject_cast<QWidget *>(f->parent()) &&
                f->parentWidget()->objectName().endsWith(QLatin1String("Field")))
                order << name;
        }
        QCOMPARE(order, (QStringList{QStringLiteral("familyName"), QStringLiteral("email"), QStringLiteral("telephone"),
                                     QStringLiteral("birthDate"), QStringLiteral("gender"),
                                     QStringLiteral("streetAddress"), QStringLiteral("addressLocality"),
                                     QStringLiteral("postalCode"), QStringLiteral("emergencyContactName"),
                                     QStringLiteral("emergencyContactTelephone"), QStringLiteral("membershipNumber")}));
    }

    void textFollowsTheSystemFontSize()
    {
        const QFont before = QApplication::font();
        QFont big = before;
        big.setPointSizeF(16);
        QApplication::setFont(big);
        Theme::apply(false);
        QApplication::processEvents();
        auto *label = find<QLabel>("memberSearchEmpty");
        QVERIFY2(label->font().pointSizeF() >= 16, qPrintable(QString::number(label->font().pointSizeF())));
        QApplication::setFont(before);
        Theme::apply(false);
        QApplication::processEvents();
        QVERIFY(label->font().pointSizeF() < 14);
    }

    void everyStateInEnglishOnTheLightPalette()
    {
        m_problems.clear();
        tour(QStringLiteral("en-light"), false);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        QVERIFY(m_statesSeen.size() >= 14);
    }

    void aLanguageChangeKeepsTheWorkInHand()
    {
        logIn();
        w->showSection(MainWindow::Section::Members);
        type("memberSearch", QStringLiteral("Tourist"));
        QTRY_VERIFY(w->membersPage()->model()->rowCount() > 0);
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Return);
        QTRY_COMPARE(find<QLabel>("memberTitle")->text(), m_tour.displayName());
        click("editMemberButton");
        type("addressLocality", QStringLiteral("Aberystwyth"));
        QVERIFY(w->membersPage()->editor()->isDirty());

        switchLanguageInSettings(QStringLiteral("cy"));
        QCOMPARE(find<QPushButton>("navMembers")->text(), QStringLiteral("A&elodau"));
        QCOMPARE(find<QPushButton>("saveMemberButton")->text(), QStringLiteral("&Cadw"));
        QCOMPARE(find<QLabel>("memberTitle")->text(), m_tour.displayName());
        QCOMPARE(find<QLineEdit>("addressLocality")->text(), QStringLiteral("Aberystwyth"));
        QCOMPARE(find<QLineEdit>("memberSearch")->text(), QStringLiteral("Tourist"));
        QVERIFY(w->membersPage()->editor()->isDirty());
        QVERIFY(find<QWidget>("membersPage")->isVisible());
        // The member in hand is still in hand, said in Welsh, and on screen at once (not a turn of the loop later).
        QVERIFY(find<QLabel>("memberInHand")->isVisible());
        QVERIFY2(
            find<QLabel>("memberInHand")->text().startsWith(QStringLiteral("Aelod dan sylw: ") + m_tour.displayName()),
            qPrintable(find<QLabel>("memberInHand")->text()));
        QCOMPARE(s->settings().language(), QStringLiteral("cy"));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        // The half-typed change is still the receptionist's to save.
        click("saveMemberButton");
        QTRY_COMPARE(s->store().member(m_tour.id)->person.address.addressLocality, QStringLiteral("Aberystwyth"));
        QVERIFY(LanguageAudit::untranslated(w).isEmpty());
    }

    // Qt has no Welsh of its own: a text field's context menu, the standard buttons and --help come from ours.
    void qtsOwnWordsAreWelshToo()
    {
        QCOMPARE(Translations::current(), QStringLiteral("cy"));
        QLineEdit line;
        std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
        QStringList texts;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                texts << a->text().section(QLatin1Char('\t'), 0, 0);
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("&Dadwneud"), QStringLiteral("&Ailwneud"), QStringLiteral("&Torri"),
                                     QStringLiteral("&Copïo"), QStringLiteral("&Gludo"), QStringLiteral("Dileu"),
                                     QStringLiteral("Dewis y cyfan")}));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Iawn"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Canslo"));
        QCommandLineParser parser;
        parser.addHelpOption();
        QVERIFY2(parser.helpText().contains(QStringLiteral("Opsiynau:")), qPrintable(parser.helpText()));
        QVERIFY(parser.helpText().contains(QStringLiteral("Dangos cymorth")));
    }

    void everyStateInWelshOnTheDarkPalette()
    {
        QCOMPARE(Translations::current(), QStringLiteral("cy"));
        Theme::apply(true);
        m_problems.clear();
        m_statesSeen.clear();
        tour(QStringLiteral("cy-dark"), true);
        Theme::apply(false);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        QVERIFY(m_statesSeen.size() >= 14);
    }

    void backToEnglish()
    {
        logIn();
        switchLanguageInSettings(QStringLiteral("en_GB"));
        QCOMPARE(find<QPushButton>("navMembers")->text(), QStringLiteral("&Members"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_MAIN(TestDeskAccessibility)
#include "TestDeskAccessibility.moc"

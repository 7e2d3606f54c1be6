#include "MainWindow.h"

#include "AccessPages.h"
#include "app/DeskServices.h"
#include "BookingsPage.h"
#include "CheckoutPage.h"
#include "MembersPage.h"
#include "SessionsPage.h"
#include "SettingsDialog.h"
#include "Widgets.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(DeskServices *services, const QString &apiKey, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_apiKey(apiKey)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ActiveDesk"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *bar = new QFrame(central);
    bar->setObjectName(QStringLiteral("topBar"));
    bar->setProperty("role", QStringLiteral("sidebar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(16, 8, 16, 8);
    auto *title = new QLabel(tr("ActiveDesk"), bar);
    title->setProperty("role", QStringLiteral("title"));
    m_badge = new QLabel(tr("Sandbox — no real bookings"), bar);
    m_badge->setObjectName(QStringLiteral("sandboxBadge"));
    m_badge->setAccessibleName(tr("Sandbox mode: no real bookings are made"));
    m_badge->setVisible(services->isSandbox());
    m_staffLabel = new QLabel(bar);
    m_staffLabel->setObjectName(QStringLiteral("staffLabel"));
    m_settings = new QPushButton(tr("Se&ttings"), bar);
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_logout = new QPushButton(tr("Log &out"), bar);
    m_logout->setObjectName(QStringLiteral("logoutButton"));
    barLayout->addWidget(title);
    barLayout->addSpacing(12);
    barLayout->addWidget(m_badge);
    barLayout->addStretch();
    barLayout->addWidget(m_staffLabel);
    barLayout->addWidget(m_settings);
    barLayout->addWidget(m_logout);
    outer->addWidget(bar);

    m_root = new QStackedWidget(central);
    m_firstRun = new FirstRunPage(services, m_root);
    m_login = new LoginPage(services, m_root);
    auto *desk = new QWidget(m_root);
    auto *deskLayout = new QHBoxLayout(desk);
    deskLayout->setContentsMargins(0, 0, 0, 0);
    deskLayout->setSpacing(0);
    auto *nav = new QFrame(desk);
    nav->setProperty("role", QStringLiteral("sidebar"));
    nav->setFixedWidth(170);
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(8, 12, 8, 12);
    auto *group = new QButtonGroup(this);
    const QStringList names{tr("&Members"), tr("&Sessions"), tr("&Bookings")};
    const QStringList ids{QStringLiteral("navMembers"), QStringLiteral("navSessions"), QStringLiteral("navBookings")};
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QPushButton(names.at(i), nav);
        b->setObjectName(ids.at(i));
        b->setCheckable(true);
        b->setProperty("role", QStringLiteral("nav"));
        b->setToolTip(tr("Ctrl+%1").arg(i + 1));
        group->addButton(b, i);
        navLayout->addWidget(b);
        m_nav << b;
    }
    navLayout->addStretch();
    m_pages = new QStackedWidget(desk);
    m_members = new MembersPage(services, m_pages);
    m_sessions = new SessionsPage(services, m_pages);
    m_bookings = new BookingsPage(services, m_pages);
    m_checkout = new CheckoutPage(m_pages);
    for (QWidget *p : {static_cast<QWidget *>(m_members), static_cast<QWidget *>(m_sessions),
                       static_cast<QWidget *>(m_bookings), static_cast<QWidget *>(m_checkout)})
        m_pages->addWidget(p);
    deskLayout->addWidget(nav);
    deskLayout->addWidget(m_pages, 1);
    m_root->addWidget(m_firstRun);
    m_root->addWidget(m_login);
    m_root->addWidget(desk);
    outer->addWidget(m_root, 1);
    setCentralWidget(central);

    connect(group, &QButtonGroup::idClicked, this, [this](int id) { showSection(Section(id)); });
    connect(m_settings, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_logout, &QPushButton::clicked, this, &MainWindow::logOut);
    connect(services, &DeskServices::loggedIn, this, &MainWindow::enterDesk);
    connect(m_members, &MembersPage::bookRequested, this, [this](const Member &m) {
        m_sessions->setMember(m);
        showSection(Section::Sessions);
    });
    connect(m_members, &MembersPage::bookingsRequested, this, [this](const Member &m) {
        m_bookings->showMember(m);
        showSection(Section::Bookings);
    });
    connect(m_members->editor(), &MemberEditor::saved, this, [this](const Member &m) { m_sessions->setMember(m); });
    connect(m_sessions, &SessionsPage::bookRequested, this, &MainWindow::startCheckout);
    connect(m_checkout, &CheckoutPage::retryRequested, this, &MainWindow::requestCheckout);
    connect(m_checkout, &CheckoutPage::finished, this, &MainWindow::checkoutFinished);
    connect(m_checkout, &CheckoutPage::cancelled, this, [this]() {
        m_checkout->clear();
        showSection(Section::Sessions);
    });

    auto shortcut = [this](const QKeySequence &keys, std::function<void()> action) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, [this, action]() {
            if (m_services->staff())
                action();
        });
    };
    shortcut(QKeySequence::Find, [this]() {
        showSection(Section::Members);
        m_members->focusSearch();
    });
    shortcut(QKeySequence::New, [this]() {
        showSection(Section::Members);
        m_members->newMember();
    });
    for (int i = 0; i < 3; ++i)
        shortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, i]() { showSection(Section(i)); });

    showAccess();
    // Fits a 1366×768 screen as well as a 1920×1080 one.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
    resize(QSize(1280, 800).boundedTo(available - QSize(40, 60)));
    setMinimumSize(1000, 620);
}

void MainWindow::setApiKey(const QString &apiKey, const QString &problem)
{
    m_apiKey = apiKey;
    if (!problem.isEmpty())
        statusBar()->showMessage(problem);
}

void MainWindow::showAccess()
{
    const bool firstRun = m_services->store().staffCount() == 0;
    m_root->setCurrentWidget(firstRun ? static_cast<QWidget *>(m_firstRun) : static_cast<QWidget *>(m_login));
    m_staffLabel->clear();
    m_settings->hide();
    m_logout->hide();
    if (!firstRun)
        m_login->reset();
}

void MainWindow::enterDesk()
{
    const auto staff = m_services->staff();
    m_staffLabel->setText(
        tr("%1 (%2)").arg(staff->username, staff->role == StaffRole::Admin ? tr("administrator") : tr("staff")));
    m_settings->setVisible(staff->role == StaffRole::Admin);
    m_logout->show();
    m_root->setCurrentIndex(2);
    m_sessions->loadFacets();
    m_sessions->refresh();
    showSection(Section::Members);
    m_members->focusSearch();
}

void MainWindow::showSection(Section section)
{
    const int index = int(section);
    m_pages->setCurrentIndex(index);
    for (int i = 0; i < m_nav.size(); ++i)
        m_nav.at(i)->setChecked(i == index);
}

void MainWindow::logOut()
{
    if (m_waitForSync)
        disconnect(m_waitForSync);
    m_pending.reset();
    m_members->clearAll();
    m_sessions->setMember(std::nullopt);
    m_bookings->clearAll();
    m_checkout->clear();
    m_services->logOut();
    showAccess();
}

void MainWindow::openSettings()
{
    if (!m_services->staff() || m_services->staff()->role != StaffRole::Admin)
        return;
    SettingsDialog dialog(m_services, m_apiKey, this);
    connect(&dialog, &SettingsDialog::applied, this, [this](const ImminConfig &c) {
        m_apiKey = c.apiKey;
        m_services->connectImin(c, false);
        m_badge->hide();
        m_sessions->loadFacets();
        m_sessions->refresh();
    });
    dialog.exec();
}

void MainWindow::startCheckout(const Member &member, const ScheduledSession &occurrence, const Offer &offer,
                               const QString &name)
{
    m_pending = PendingCheckout{member, occurrence, offer, name};
    showSection(Section::Checkout);
    requestCheckout();
}

void MainWindow::requestCheckout()
{
    if (!m_pending)
        return;
    if (m_waitForSync)
        disconnect(m_waitForSync);
    const std::optional<Member> member = m_services->store().member(m_pending->member.id);
    if (!member || member->deleted) {
        m_checkout->showError(tr("This member no longer exists."), false);
        return;
    }
    if (member->iminIdentifier.isEmpty()) {
        // imin needs the member before the checkout: send them first, or say why that cannot happen.
        if (member->sync.state == SyncState::State::Failed) {
            m_checkout->showError(
                tr("%1 could not be sent to imin: %2 Fix their details on the Members page, then try again.")
                    .arg(member->displayName(), member->sync.reason),
                true);
            return;
        }
        m_checkout->showPreparing(tr("Sending %1's details to imin first…").arg(member->displayName()));
        m_waitForSync = connect(m_services, &DeskServices::memberSyncChanged, this, [this](qint64 id) {
            if (m_pending && id == m_pending->member.id) {
                const auto m = m_services->store().member(id);
                if (m && (!m->iminIdentifier.isEmpty() || m->sync.state == SyncState::State::Failed))
                    requestCheckout();
                else if (m && m->sync.state == SyncState::State::Pending && m->sync.attempts > 0)
                    m_checkout->showPreparing(tr("imin is not answering; still trying to send %1's details (%2)…")
                                                  .arg(m->displayName(), m->sync.reason));
            }
        });
        m_services->sync().poke();
        return;
    }
    m_checkout->showPreparing(tr("Opening imin's checkout for %1…").arg(member->displayName()));
    CheckoutRequest request{member->iminIdentifier, QStringLiteral("ScheduledSession"),
                            m_pending->occurrence.identifier, m_pending->offer.id};
    const QString title =
        tr("%1 · %2 · %3 for %4")
            .arg(m_pending->name,
                 QLocale().toString(m_pending->occurrence.startDate.toLocalTime(), QStringLiteral("ddd d MMM HH:mm")),
                 m_pending->offer.name, member->displayName());
    m_services->client().createCheckout(request, m_checkout, [this, title](const Result<CheckoutSession> &r) {
        if (!r.ok()) {
            const bool worthRetry = r.error.isTransient() || r.error.kind() == ApiError::Kind::Network;
            QString text = r.error.message();
            if (r.error.iminType() == QLatin1String("OpportunityIsFullError"))
                text = tr("This session is now full. Choose another date or session.");
            m_checkout->showError(text, worthRetry);
            return;
        }
        const QUrl target(r.value->target);
        const ImminConfig &c = m_services->client().config();
        QUrl origin;
        origin.setScheme(target.scheme());
        origin.setHost(target.host());
        origin.setPort(target.port());
        m_checkout->setRules(origin, QUrl(c.backUrl), QUrl(c.profileUrl));
        Q_EMIT checkoutPageRequested(target);
        m_checkout->open(target, title);
    });
}

void MainWindow::checkoutFinished()
{
    if (!m_pending)
        return;
    const PendingCheckout done = *m_pending;
    m_pending.reset();
    m_checkout->clear();
    if (const auto m = m_services->store().member(done.member.id))
        m_bookings->showMember(*m, done.occurrence.identifier);
    showSection(Section::Bookings);
}

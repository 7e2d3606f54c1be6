#include "CheckoutPage.h"

#include "util/StartupTrace.h"
#include "WebLoader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

CheckoutPage::CheckoutPage(BookingFlow *flow, QWidget *parent) : QWidget(parent), m_flow(flow)
{
    setObjectName(QStringLiteral("checkoutPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("checkoutTitle"));
    m_title->setProperty("role", QStringLiteral("subtitle"));
    m_title->setWordWrap(true);
    auto *leave = new QPushButton(tr("&Leave checkout"), this);
    leave->setObjectName(QStringLiteral("leaveCheckoutButton"));
    top->addWidget(m_title, 1);
    top->addWidget(leave);
    layout->addLayout(top);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkoutProgress"));
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading the checkout"));
    layout->addWidget(m_progress);
    m_stack = new QStackedWidget(this);
    auto *messagePage = new QWidget(m_stack);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    m_message = new QLabel(messagePage);
    m_message->setObjectName(QStringLiteral("checkoutMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_retry = new QPushButton(tr("&Try again"), messagePage);
    m_retry->setObjectName(QStringLiteral("checkoutRetryButton"));
    m_retry->setProperty("role", QStringLiteral("primary"));
    messageLayout->addWidget(m_message);
    auto *retryRow = new QHBoxLayout;
    retryRow->addStretch();
    retryRow->addWidget(m_retry);
    retryRow->addStretch();
    messageLayout->addLayout(retryRow);
    messageLayout->addStretch();
    m_stack->addWidget(messagePage);
    layout->addWidget(m_stack, 1);

    connect(m_retry, &QPushButton::clicked, m_flow, &BookingFlow::retry);
    connect(leave, &QPushButton::clicked, m_flow, &BookingFlow::leave);
    connect(m_flow, &BookingFlow::stateChanged, this, &CheckoutPage::showState);
    connect(m_flow, &BookingFlow::checkoutReady, this, &CheckoutPage::open);
    // The spare page is made when the desk has been quiet for a moment, never in the middle of someone's typing.
    m_warmTimer.setSingleShot(true);
    m_warmTimer.setInterval(400);
    connect(&m_warmTimer, &QTimer::timeout, this, [this]() {
        m_warmStep = 0;
        warmStep();
    });
    showState();
}

CheckoutPage::~CheckoutPage()
{
    delete m_current.owner;
    delete m_spare.owner;
}

QWidget *CheckoutPage::view() const
{
    return m_current.view;
}

QList<QUrl> CheckoutPage::blockedRequests() const
{
    const WebModule::Api *web = WebLoader::isLoaded() ? WebLoader::api() : nullptr;
    return web && m_current.owner ? web->blockedRequests(m_current.owner) : QList<QUrl>();
}

void CheckoutPage::keepWarm(bool on)
{
    m_keepWarm = on;
    if (on) {
        m_warmTimer.start();
    } else {
        m_warmTimer.stop();
        destroy(&m_spare);
        m_spareShown = false;
    }
}

// One step per turn of the event loop, a moment apart, so that none holds the desk up for long: the shared OpenGL
// context, QtWebEngine's libraries, QtWebEngine itself with the spare's profile and page, the renderer process.
void CheckoutPage::warmStep()
{
    if (!m_keepWarm || m_current.owner || m_flow->state() != BookingFlow::State::Idle)
        return; // a checkout is open or on its way: the next clear() starts again
    const WebModule::Api *web = nullptr;
    switch (m_warmStep++) {
    case 0:
        // The OpenGL context and the libraries on a worker thread; the next step comes when they are in memory.
        StartupTrace::mark("web: warming");
        WebLoader::preload(this, [this]() {
            StartupTrace::mark("web: OpenGL context made and libraries in memory");
            QTimer::singleShot(30, this, &CheckoutPage::warmStep);
        });
        return;
    case 1:
        if (!WebLoader::api())
            return; // said in the log; a checkout will say it to the person
        StartupTrace::mark("web: module loaded");
        break;
    case 2:
        if (!m_spare.owner) {
            StartupTrace::mark("web: making the spare profile");
            m_spare.owner = WebLoader::api()->prepare();
            ++m_profilesCreated;
            StartupTrace::mark("web: spare profile and page made");
        }
        break;
    default:
        web = WebLoader::api();
        if (m_spare.owner) {
            web->showBlank(m_spare.owner);
            m_spareShown = true;
            StartupTrace::mark("web: spare asked for a blank page");
            Q_EMIT spareReady();
        }
        return;
    }
    QTimer::singleShot(30, this, &CheckoutPage::warmStep);
}

bool CheckoutPage::prepare(Held *into, QString *error)
{
    const WebModule::Api *web = WebLoader::api(error);
    if (!web)
        return false;
    into->owner = web->prepare();
    into->view = nullptr;
    ++m_profilesCreated;
    return true;
}

void CheckoutPage::destroy(Held *held)
{
    if (held->view)
        m_stack->removeWidget(held->view);
    if (held->owner)
        WebLoader::api()->release(held->owner);
    held->owner = nullptr;
    held->view = nullptr;
}

void CheckoutPage::showState()
{
    const BookingFlow::State state = m_flow->state();
    if (state != BookingFlow::State::InCheckout)
        clear();
    switch (state) {
    case BookingFlow::State::Idle:
        m_title->clear();
        m_message->clear();
        m_retry->hide();
        m_progress->hide();
        break;
    case BookingFlow::State::SendingMember:
    case BookingFlow::State::CreatingCheckout:
        m_title->setText(tr("Checkout"));
        m_message->setText(m_flow->message());
        m_message->setProperty("role", QString());
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
        m_retry->hide();
        m_progress->setRange(0, 0);
        m_progress->show();
        m_stack->setCurrentIndex(0);
        break;
    case BookingFlow::State::Failed:
        m_title->setText(tr("Checkout"));
        showError(m_flow->message(), m_flow->retryAllowed());
        break;
    case BookingFlow::State::InCheckout:
        break;
    }
}

void CheckoutPage::showError(const QString &text, bool retry)
{
    m_message->setText(text);
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_retry->setVisible(retry);
    m_progress->hide();
    m_stack->setCurrentIndex(0);
    if (retry)
        m_retry->setFocus();
}

void CheckoutPage::open(const BookingFlow::Checkout &checkout)
{
    clear();
    QString error;
    if (m_spare.owner) { // every checkout starts from nothing: the spare has only ever shown a blank page
        m_current = m_spare;
        m_spare = {};
        m_spareShown = false;
    } else if (!prepare(&m_current, &error)) {
        showError(error, false);
        return;
    }
    const WebModule::Api *web = WebLoader::api();
    WebModule::CheckoutRules rules;
    rules.target = checkout.target;
    rules.allowedOrigins = checkout.allowedOrigins;
    rules.backUrl = checkout.backUrl;
    rules.profileUrl = checkout.profileUrl;
    rules.acceptLanguage = QLocale().uiLanguages().join(QLatin1Char(','));
    rules.userAgentSuffix = QStringLiteral(" ActiveDesk/" ACTIVEDESK_VERSION);
    rules.accessibleName = tr("imin checkout");
    QPointer<CheckoutPage> self(this);
    QPointer<BookingFlow> flow(m_flow);
    WebModule::CheckoutCallbacks callbacks;
    callbacks.progress = [self](int value) {
        if (self)
            self->m_progress->setValue(value);
    };
    callbacks.loading = [self](const WebModule::LoadResult &result) {
        if (!self)
            return;
        self->onLoading(result);
        if (self && result.kind != WebModule::LoadResult::Kind::Started)
            Q_EMIT self->pageLoaded(result.kind == WebModule::LoadResult::Kind::Succeeded ||
                                    (result.httpStatus && result.errorCode < 400));
    };
    callbacks.finishedAt = [flow](bool viewBookings) {
        // Not while QtWebEngine is deciding about the navigation: the flow may destroy the page.
        if (flow)
            QMetaObject::invokeMethod(
                flow, [flow, viewBookings]() { flow->reachedEnd(viewBookings); }, Qt::QueuedConnection);
    };
    m_title->setText(checkout.title);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    const bool wasActive = window()->isActiveWindow();
    QWidget *view = web->start(m_current.owner, m_stack, rules, callbacks);
    if (!view) {
        destroy(&m_current);
        showError(tr("The checkout could not be opened. Try again."), true);
        return;
    }
    m_current.view = view;
    m_stack->addWidget(view);
    m_stack->setCurrentWidget(view);
    Q_EMIT viewCreated(view);
    view->setFocus();
    if (wasActive) {
        // The first web view in a window makes Qt create the window anew for OpenGL drawing, and the new one is not
        // active: the desk would stop hearing its keyboard shortcuts. Make it active again.
        QPointer<QWidget> top = window();
        top->activateWindow();
        QTimer::singleShot(0, top, [top]() {
            if (top && !top->isActiveWindow())
                top->activateWindow();
        });
    }
}

void CheckoutPage::onLoading(const WebModule::LoadResult &result)
{
    if (result.kind == WebModule::LoadResult::Kind::Started) {
        m_progress->show();
        return;
    }
    m_progress->hide();
    if (result.kind != WebModule::LoadResult::Kind::Failed)
        return;
    // Qt 6.4 reports pages that loaded with HTTP 2xx as "failed" with the HTTP status domain: judge by the code.
    const bool httpOk = result.httpStatus && result.errorCode >= 200 && result.errorCode < 400;
    if (httpOk || result.errorCode == 0)
        return;
    if (result.errorCode == -3 /* aborted: a navigation we refused or replaced */)
        return;
    if (result.httpStatus && result.errorCode >= 400 && result.errorCode < 500)
        return; // the checkout's own page explains (for example "checkout not found")
    clear();
    showError(result.httpStatus
                  ? tr("The checkout page could not be shown (the server answered %1). Try again, or book again from "
                       "the session.")
                        .arg(result.errorCode)
                  : tr("The checkout page could not be reached. Check the connection and try again."),
              true);
}

void CheckoutPage::clear()
{
    destroy(&m_current);
    m_stack->setCurrentIndex(0);
    if (m_keepWarm)
        m_warmTimer.start();
}

QUrl CheckoutPage::currentUrl() const
{
    const WebModule::Api *web = WebLoader::isLoaded() ? WebLoader::api() : nullptr;
    return web && m_current.owner ? web->currentUrl(m_current.owner) : QUrl();
}

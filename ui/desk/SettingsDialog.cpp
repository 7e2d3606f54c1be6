#include "SettingsDialog.h"

#include "config/Secrets.h"
#include "config/Translations.h"
#include "imin/ConnectionCheck.h"
#include "services/Services.h"
#include "Widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Services *services, const QString &currentKey, QWidget *parent)
    : QDialog(parent), m_services(services), m_currentKey(currentKey)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    if (services->isSandbox()) {
        auto *note =
            new QLabel(tr("ActiveDesk is using its built-in sandbox: no real bookings. Enter imin's addresses and "
                          "your API key to connect to imin."),
                       this);
        note->setWordWrap(true);
        note->setObjectName(QStringLiteral("settingsSandboxNote"));
        layout->addWidget(note);
    }
    // The fields scroll, so Save and Test connection stay in view on a short screen.
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 8, 0);
    buildImminFields(grid);
    buildKioskFields(grid);
    buildButtons(layout, content);
    const QScreen *screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    const int available = screen ? screen->availableGeometry().height() - 60 : 800;
    resize(760, std::min(content->sizeHint().height() + 160, available));
}

// The language, imin's addresses and key, the broker's names, the site and the time limit.
// A labelled line edit holding `value`, in `grid`.
void SettingsDialog::addLine(QGridLayout *grid, const QString &name, const QString &label, const QString &value,
                             const QString &placeholder, int row, int column, int span)
{
    auto *line = new QLineEdit(value, this);
    line->setPlaceholderText(placeholder);
    auto *f = new Field(name, label, line, this);
    m_fields.insert(name, f);
    grid->addWidget(f, row, column, 1, span);
}

void SettingsDialog::buildImminFields(QGridLayout *grid)
{
    const ImminConfig c = m_services->settings().imminConfig();
    // Each language named in itself; "as the system" follows the desktop's language.
    m_language = new QComboBox(this);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en_GB"));
    m_language->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_services->settings().language())));
    grid->addWidget(new Field(QStringLiteral("language"), tr("&Language"), m_language, this), 0, 0);
    auto *iminTitle = new QLabel(tr("imin"), this);
    iminTitle->setProperty("role", QStringLiteral("subtitle"));
    grid->addWidget(iminTitle, 1, 0, 1, 2);
    addLine(grid, QStringLiteral("bookingUrl"), tr("imin &booking address"), c.bookingBase.toString(),
            QStringLiteral("https://book.imin.co/api/v2"), 2, 0, 2);
    addLine(grid, QStringLiteral("searchUrl"), tr("imin &search address"), c.searchBase.toString(),
            QStringLiteral("https://search.imin.co"), 3, 0, 2);
    addLine(grid, QStringLiteral("checkoutUrl"), tr("&Checkout address"), c.checkoutBase.toString(),
            QStringLiteral("https://checkout.your-centre.co.uk"), 4, 0, 2);
    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(m_currentKey.isEmpty() ? tr("No key stored")
                                                     : tr("A key is stored; type a new one to replace it"));
    m_key->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto *keyField = new Field(QStringLiteral("apiKey"), tr("imin &API key (kept in the keychain)"), m_key, this);
    m_fields.insert(QStringLiteral("apiKey"), keyField);
    grid->addWidget(keyField, 5, 0, 1, 2);
    addLine(grid, QStringLiteral("brokerIdentifier"), tr("Broker &identifier (optional)"), c.brokerIdentifier, {}, 6,
            0);
    addLine(grid, QStringLiteral("brokerName"), tr("Broker &name on the checkout"), c.brokerName, {}, 6, 1);
    addLine(grid, QStringLiteral("backUrl"), tr("\"&Back\" address"), c.backUrl,
            QStringLiteral("https://activedesk.invalid/back"), 7, 0);
    addLine(grid, QStringLiteral("profileUrl"), tr("\"&View my bookings\" address"), c.profileUrl,
            QStringLiteral("https://activedesk.invalid/bookings"), 7, 1);
    const Services::Site site = m_services->site();
    auto spin = [this](double value, double lo, double hi, int decimals) {
        auto *s = new QDoubleSpinBox(this);
        s->setRange(lo, hi);
        s->setDecimals(decimals);
        s->setValue(value);
        return s;
    };
    m_lat = spin(site.latitude, -90, 90, 5);
    m_lng = spin(site.longitude, -180, 180, 5);
    m_radius = spin(site.radiusKm, 0.5, 200, 1);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(3, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(c.timeoutMs / 1000);
    grid->addWidget(new Field(QStringLiteral("latitude"), tr("Site l&atitude"), m_lat, this), 8, 0);
    grid->addWidget(new Field(QStringLiteral("longitude"), tr("Site l&ongitude"), m_lng, this), 8, 1);
    grid->addWidget(new Field(QStringLiteral("radius"), tr("Search &radius (km)"), m_radius, this), 9, 0);
    grid->addWidget(
        new Field(QStringLiteral("timeout"), tr("&Time limit per action (retries included)"), m_timeout, this), 9, 1);
}

void SettingsDialog::buildKioskFields(QGridLayout *grid)
{
    const ImminConfig c = m_services->settings().imminConfig();
    // The members' kiosk (activedesk --kiosk on this settings file): its name, walk-away times and terms.
    const KioskConfig kiosk = m_services->settings().kioskConfig();
    auto *kioskTitle = new QLabel(tr("Members' kiosk"), this);
    kioskTitle->setProperty("role", QStringLiteral("subtitle"));
    grid->addWidget(kioskTitle, 10, 0, 1, 2);
    addLine(grid, QStringLiteral("kioskCentre"), tr("Centre name on the &welcome screen"), kiosk.centreName,
            c.brokerName, 11, 0);
    auto seconds = [this](int value, int lo, int hi) {
        auto *s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setSuffix(tr(" s"));
        s->setValue(value);
        return s;
    };
    m_kioskIdle = seconds(kiosk.idleSeconds, 30, 900);
    m_kioskLogInIdle = seconds(kiosk.logInIdleSeconds, 10, 300);
    grid->addWidget(new Field(QStringLiteral("kioskIdle"), tr("Log a member out after (no touch)"), m_kioskIdle, this),
                    11, 1);
    grid->addWidget(
        new Field(QStringLiteral("kioskLogInIdle"), tr("Leave the log-in screen after"), m_kioskLogInIdle, this), 12,
        1);
    m_kioskTerms = new QPlainTextEdit(kiosk.terms, this);
    m_kioskTerms->setTabChangesFocus(true);
    m_kioskTerms->setFixedHeight(90);
    grid->addWidget(
        new Field(QStringLiteral("kioskTerms"), tr("Terms members accept when they join"), m_kioskTerms, this), 13, 0,
        1, 2);
}

// The fields' scroll area, the connection test's result, and the buttons.
void SettingsDialog::buildButtons(QVBoxLayout *layout, QWidget *content)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testConnectionButton"));
    auto *testCheckout = buttons->addButton(tr("Test a c&heckout (no payment)"), QDialogButtonBox::ActionRole);
    testCheckout->setObjectName(QStringLiteral("testCheckoutButton"));
    testCheckout->setToolTip(tr("Runs a checkout in imin's testing mode: no payment is taken and nothing is booked."));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsButton"));
    // Our own words, in our languages (Qt has no Welsh for its standard buttons).
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(testCheckout, &QPushButton::clicked, this, &SettingsDialog::testCheckout);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImminConfig SettingsDialog::config() const
{
    ImminConfig c = m_services->settings().imminConfig();
    auto text = [this](const char *name) {
        return qobject_cast<QLineEdit *>(m_fields.value(QLatin1String(name))->editor())->text().trimmed();
    };
    c.bookingBase = QUrl(text("bookingUrl"));
    c.searchBase = QUrl(text("searchUrl"));
    c.checkoutBase = QUrl(text("checkoutUrl"));
    c.brokerIdentifier = text("brokerIdentifier");
    c.brokerName = text("brokerName").isEmpty() ? QStringLiteral("ActiveDesk") : text("brokerName");
    c.backUrl = text("backUrl");
    c.profileUrl = text("profileUrl");
    c.timeoutMs = m_timeout->value() * 1000;
    c.apiKey = m_key->text().trimmed().isEmpty() ? m_currentKey : m_key->text().trimmed();
    return c;
}

bool SettingsDialog::iminLeftEmpty() const
{
    // On the sandbox, an administrator may change the language or the kiosk without connecting to imin yet.
    if (!m_services->isSandbox() || !m_key->text().trimmed().isEmpty())
        return false;
    for (const char *name : {"bookingUrl", "searchUrl", "checkoutUrl"}) {
        if (!qobject_cast<QLineEdit *>(m_fields.value(QLatin1String(name))->editor())->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

bool SettingsDialog::validate()
{
    if (iminLeftEmpty()) {
        for (Field *f : std::as_const(m_fields))
            f->setError({});
        return true;
    }
    bool ok = true;
    for (const char *name : {"bookingUrl", "searchUrl", "checkoutUrl", "backUrl", "profileUrl"}) {
        Field *f = m_fields.value(QLatin1String(name));
        const QString text = qobject_cast<QLineEdit *>(f->editor())->text().trimmed();
        const QUrl url(text);
        const bool optional = qstrcmp(name, "backUrl") == 0 || qstrcmp(name, "profileUrl") == 0;
        QString error;
        if (text.isEmpty() && !optional)
            error = tr("Enter the address, starting with https://.");
        else if (!text.isEmpty() &&
                 (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
                  url.host().isEmpty()))
            error = tr("Enter a web address starting with https:// (or http:// for a test server).");
        f->setError(error);
        ok = ok && error.isEmpty();
    }
    const bool hasKey = !m_key->text().trimmed().isEmpty() || !m_currentKey.isEmpty();
    m_fields.value(QStringLiteral("apiKey"))->setError(hasKey ? QString() : tr("Enter the API key imin gave you."));
    return ok && hasKey;
}

void SettingsDialog::runCheck(const QString &waiting, const Check &check)
{
    if (!validate())
        return;
    ImminConfig c = config();
    c.getRetries = 0;
    auto *client = new ImminClient(c, this);
    m_result->setText(waiting);
    check(*client, this, [this, client](const QVector<ConnectionCheck::Line> &lines) {
        QStringList text;
        for (const ConnectionCheck::Line &l : lines)
            text << (l.ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + l.service + QStringLiteral(": ") + l.verdict;
        m_result->setText(text.join(QLatin1Char('\n')));
        client->deleteLater();
    });
}

void SettingsDialog::testConnection()
{
    runCheck(tr("Testing…"), &ConnectionCheck::run);
}

void SettingsDialog::testCheckout()
{
    runCheck(tr("Running a testing-mode checkout…"), &ConnectionCheck::runTestCheckout);
}

void SettingsDialog::save()
{
    if (!validate())
        return;
    const ImminConfig c = config();
    const QString typed = m_key->text().trimmed();
    const bool connectImin = !iminLeftEmpty();
    auto finish = [this, c, connectImin]() {
        if (connectImin)
            m_services->settings().setImminConfig(c);
        m_services->setSite({m_lat->value(), m_lng->value(), m_radius->value()});
        KioskConfig kiosk = m_services->settings().kioskConfig();
        kiosk.centreName =
            qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("kioskCentre"))->editor())->text().trimmed();
        kiosk.idleSeconds = m_kioskIdle->value();
        kiosk.logInIdleSeconds = m_kioskLogInIdle->value();
        kiosk.terms = m_kioskTerms->toPlainText().trimmed();
        m_services->settings().setKioskConfig(kiosk);
        const QString language = m_language->currentData().toString();
        const bool newLanguage = language != m_services->settings().language();
        m_services->settings().setLanguage(language);
        if (connectImin)
            Q_EMIT applied(c);
        accept();
        if (newLanguage) // every window rebuilds itself in the new language (QEvent::LanguageChange)
            Translations::install(Translations::localeFor(language));
    };
    if (typed.isEmpty()) {
        finish();
        return;
    }
    auto *secrets = new Secrets(this);
    secrets->writeApiKey(typed, [this, finish](const QString &error) {
        if (!error.isEmpty()) {
            m_fields.value(QStringLiteral("apiKey"))->setError(error);
            return;
        }
        m_key->clear();
        finish();
    });
}

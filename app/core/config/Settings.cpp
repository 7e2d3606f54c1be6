#include "Settings.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QSettings>

Settings::Settings(const QString &file)
    : m_settings(file.isEmpty() ? new QSettings(QStringLiteral("ActiveDesk"), QStringLiteral("ActiveDesk"))
                                : new QSettings(file, QSettings::IniFormat))
{}

Settings::~Settings()
{
    delete m_settings;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

ImminConfig Settings::imminConfig() const
{
    ImminConfig c;
    QSettings &s = *m_settings;
    c.bookingBase = QUrl(s.value(QStringLiteral("imin/bookingUrl")).toString());
    c.searchBase = QUrl(s.value(QStringLiteral("imin/searchUrl")).toString());
    c.checkoutBase = QUrl(s.value(QStringLiteral("imin/checkoutUrl")).toString());
    c.firehoseBase = QUrl(s.value(QStringLiteral("imin/firehoseUrl")).toString());
    c.brokerIdentifier = s.value(QStringLiteral("imin/brokerIdentifier")).toString();
    c.timeoutMs = s.value(QStringLiteral("imin/timeoutMs"), c.timeoutMs).toInt();
    c.brokerName = s.value(QStringLiteral("broker/name"), c.brokerName).toString();
    c.brokerUrl = s.value(QStringLiteral("broker/url")).toString();
    c.backUrl = s.value(QStringLiteral("broker/backUrl")).toString();
    c.profileUrl = s.value(QStringLiteral("broker/profileUrl")).toString();
    c.paymentOrigins = s.value(QStringLiteral("checkout/paymentOrigins"), c.paymentOrigins).toStringList();
    c.legacyFlatBackLinks = s.value(QStringLiteral("checkout/legacyFlatBackLinks"), c.legacyFlatBackLinks).toBool();
    c.membershipEntitlement = s.value(QStringLiteral("entitlements/membership")).toString();
    c.concessionEntitlement = s.value(QStringLiteral("entitlements/concession")).toString();
    c.membershipEntitlementFilter = s.value(QStringLiteral("entitlements/membershipFilter")).toString();
    c.concessionEntitlementFilter = s.value(QStringLiteral("entitlements/concessionFilter")).toString();
    c.entitlementObject = s.value(QStringLiteral("entitlements/object"), c.entitlementObject).toString();
    c.customerInInitialOrder =
        s.value(QStringLiteral("checkout/customerInInitialOrder"), c.customerInInitialOrder).toBool();
    c.opportunityKey = s.value(QStringLiteral("checkout/opportunityKey"), c.opportunityKey).toString();
    c.acceptedOfferAsObject =
        s.value(QStringLiteral("checkout/acceptedOfferAsObject"), c.acceptedOfferAsObject).toBool();
    return c;
}

void Settings::setImminConfig(const ImminConfig &c)
{
    QSettings &s = *m_settings;
    s.setValue(QStringLiteral("imin/bookingUrl"), c.bookingBase.toString());
    s.setValue(QStringLiteral("imin/searchUrl"), c.searchBase.toString());
    s.setValue(QStringLiteral("imin/checkoutUrl"), c.checkoutBase.toString());
    if (c.firehoseBase.isEmpty())
        s.remove(QStringLiteral("imin/firehoseUrl"));
    else
        s.setValue(QStringLiteral("imin/firehoseUrl"), c.firehoseBase.toString());
    s.setValue(QStringLiteral("imin/brokerIdentifier"), c.brokerIdentifier);
    s.setValue(QStringLiteral("imin/timeoutMs"), c.timeoutMs);
    s.setValue(QStringLiteral("broker/name"), c.brokerName);
    s.setValue(QStringLiteral("broker/url"), c.brokerUrl);
    s.setValue(QStringLiteral("broker/backUrl"), c.backUrl);
    s.setValue(QStringLiteral("broker/profileUrl"), c.profileUrl);
    s.setValue(QStringLiteral("checkout/paymentOrigins"), c.paymentOrigins);
    s.setValue(QStringLiteral("checkout/legacyFlatBackLinks"), c.legacyFlatBackLinks);
    const QList<QPair<const char *, QString>> entitlements = {
        {"entitlements/membership", c.membershipEntitlement},
        {"entitlements/concession", c.concessionEntitlement},
        {"entitlements/membershipFilter", c.membershipEntitlementFilter},
        {"entitlements/concessionFilter", c.concessionEntitlementFilter}};
    for (const auto &[key, value] : entitlements) {
        if (value.isEmpty())
            s.remove(QLatin1String(key));
        else
            s.setValue(QLatin1String(key), value);
    }
    if (c.entitlementObject != ImminConfig().entitlementObject)
        s.setValue(QStringLiteral("entitlements/object"), c.entitlementObject);
    // The guessed property names of earlier versions are not imin's: drop them from old settings files.
    s.remove(QStringLiteral("checkout/backUrlProperty"));
    s.remove(QStringLiteral("checkout/profileUrlProperty"));
    s.setValue(QStringLiteral("checkout/customerInInitialOrder"), c.customerInInitialOrder);
    s.setValue(QStringLiteral("checkout/opportunityKey"), c.opportunityKey);
    s.setValue(QStringLiteral("checkout/acceptedOfferAsObject"), c.acceptedOfferAsObject);
    s.sync();
}

bool Settings::hasImminEndpoint() const
{
    return !m_settings->value(QStringLiteral("imin/bookingUrl")).toString().isEmpty();
}

QString Settings::language() const
{
    const QString value = m_settings->value(QStringLiteral("ui/language")).toString();
    return Translations::available().contains(value) ? value : QString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(QStringLiteral("ui/language"));
    else
        m_settings->setValue(QStringLiteral("ui/language"), language);
    m_settings->sync();
}

QString Settings::databaseUrl() const
{
    return m_settings->value(QStringLiteral("store/databaseUrl")).toString();
}

void Settings::setDatabaseUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("store/databaseUrl"), url);
    m_settings->sync();
}

QString KioskConfig::defaultTerms()
{
    return QCoreApplication::translate(
        "KioskConfig",
        "By joining you agree that the centre keeps your name, contact details and date of birth to run your "
        "membership and your bookings, and shares them with imin, the booking platform, to take your bookings and "
        "payments. You can see and change your details here or at reception, and ask reception to delete your "
        "membership at any time. Bookings follow the centre's booking and cancellation rules, shown at reception.");
}

KioskConfig Settings::kioskConfig() const
{
    KioskConfig k;
    QSettings &s = *m_settings;
    k.idleSeconds = std::clamp(s.value(QStringLiteral("kiosk/idleSeconds"), k.idleSeconds).toInt(), 10, 3600);
    k.logInIdleSeconds =
        std::clamp(s.value(QStringLiteral("kiosk/logInIdleSeconds"), k.logInIdleSeconds).toInt(), 10, 3600);
    k.warningSeconds = std::clamp(s.value(QStringLiteral("kiosk/warningSeconds"), k.warningSeconds).toInt(), 3, 60);
    k.centreName = s.value(QStringLiteral("kiosk/centreName")).toString();
    k.terms = s.value(QStringLiteral("kiosk/terms")).toString();
    if (k.centreName.isEmpty())
        k.centreName = imminConfig().brokerName;
    if (k.terms.isEmpty())
        k.terms = KioskConfig::defaultTerms();
    return k;
}

void Settings::setKioskConfig(const KioskConfig &k)
{
    QSettings &s = *m_settings;
    s.setValue(QStringLiteral("kiosk/idleSeconds"), k.idleSeconds);
    s.setValue(QStringLiteral("kiosk/logInIdleSeconds"), k.logInIdleSeconds);
    s.setValue(QStringLiteral("kiosk/warningSeconds"), k.warningSeconds);
    s.setValue(QStringLiteral("kiosk/centreName"), k.centreName);
    s.setValue(QStringLiteral("kiosk/terms"), k.terms == KioskConfig::defaultTerms() ? QString() : k.terms);
    s.sync();
}

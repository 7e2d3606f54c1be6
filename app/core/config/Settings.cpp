#include "Settings.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QSettings>

namespace {
// Every key of the settings file, spelled once: read and written through these names only.
namespace Key {
constexpr QLatin1String brokerBackUrl("broker/backUrl");
constexpr QLatin1String brokerName("broker/name");
constexpr QLatin1String brokerProfileUrl("broker/profileUrl");
constexpr QLatin1String brokerUrl("broker/url");
constexpr QLatin1String checkoutAcceptedOfferAsObject("checkout/acceptedOfferAsObject");
constexpr QLatin1String checkoutBackUrlProperty("checkout/backUrlProperty");
constexpr QLatin1String checkoutCustomerInInitialOrder("checkout/customerInInitialOrder");
constexpr QLatin1String checkoutLegacyFlatBackLinks("checkout/legacyFlatBackLinks");
constexpr QLatin1String checkoutOpportunityKey("checkout/opportunityKey");
constexpr QLatin1String checkoutPaymentOrigins("checkout/paymentOrigins");
constexpr QLatin1String checkoutProfileUrlProperty("checkout/profileUrlProperty");
constexpr QLatin1String entitlementsConcession("entitlements/concession");
constexpr QLatin1String entitlementsConcessionFilter("entitlements/concessionFilter");
constexpr QLatin1String entitlementsMembership("entitlements/membership");
constexpr QLatin1String entitlementsMembershipFilter("entitlements/membershipFilter");
constexpr QLatin1String entitlementsObject("entitlements/object");
constexpr QLatin1String iminBookingUrl("imin/bookingUrl");
constexpr QLatin1String iminBrokerIdentifier("imin/brokerIdentifier");
constexpr QLatin1String iminCheckoutUrl("imin/checkoutUrl");
constexpr QLatin1String iminFirehoseUrl("imin/firehoseUrl");
constexpr QLatin1String iminSearchUrl("imin/searchUrl");
constexpr QLatin1String iminTimeoutMs("imin/timeoutMs");
constexpr QLatin1String kioskCentreName("kiosk/centreName");
constexpr QLatin1String kioskIdleSeconds("kiosk/idleSeconds");
constexpr QLatin1String kioskLogInIdleSeconds("kiosk/logInIdleSeconds");
constexpr QLatin1String kioskTerms("kiosk/terms");
constexpr QLatin1String kioskWarningSeconds("kiosk/warningSeconds");
constexpr QLatin1String siteLatitude("site/latitude");
constexpr QLatin1String siteLongitude("site/longitude");
constexpr QLatin1String siteRadiusKm("site/radiusKm");
constexpr QLatin1String storeDatabaseUrl("store/databaseUrl");
constexpr QLatin1String uiLanguage("ui/language");
} // namespace Key
} // namespace

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
    c.bookingBase = QUrl(s.value(Key::iminBookingUrl).toString());
    c.searchBase = QUrl(s.value(Key::iminSearchUrl).toString());
    c.checkoutBase = QUrl(s.value(Key::iminCheckoutUrl).toString());
    c.firehoseBase = QUrl(s.value(Key::iminFirehoseUrl).toString());
    c.brokerIdentifier = s.value(Key::iminBrokerIdentifier).toString();
    c.timeoutMs = s.value(Key::iminTimeoutMs, c.timeoutMs).toInt();
    c.brokerName = s.value(Key::brokerName, c.brokerName).toString();
    c.brokerUrl = s.value(Key::brokerUrl).toString();
    c.backUrl = s.value(Key::brokerBackUrl).toString();
    c.profileUrl = s.value(Key::brokerProfileUrl).toString();
    c.paymentOrigins = s.value(Key::checkoutPaymentOrigins, c.paymentOrigins).toStringList();
    c.legacyFlatBackLinks = s.value(Key::checkoutLegacyFlatBackLinks, c.legacyFlatBackLinks).toBool();
    c.membershipEntitlement = s.value(Key::entitlementsMembership).toString();
    c.concessionEntitlement = s.value(Key::entitlementsConcession).toString();
    c.membershipEntitlementFilter = s.value(Key::entitlementsMembershipFilter).toString();
    c.concessionEntitlementFilter = s.value(Key::entitlementsConcessionFilter).toString();
    c.entitlementObject = s.value(Key::entitlementsObject, c.entitlementObject).toString();
    c.customerInInitialOrder = s.value(Key::checkoutCustomerInInitialOrder, c.customerInInitialOrder).toBool();
    c.opportunityKey = s.value(Key::checkoutOpportunityKey, c.opportunityKey).toString();
    c.acceptedOfferAsObject = s.value(Key::checkoutAcceptedOfferAsObject, c.acceptedOfferAsObject).toBool();
    return c;
}

void Settings::setImminConfig(const ImminConfig &c)
{
    QSettings &s = *m_settings;
    s.setValue(Key::iminBookingUrl, c.bookingBase.toString());
    s.setValue(Key::iminSearchUrl, c.searchBase.toString());
    s.setValue(Key::iminCheckoutUrl, c.checkoutBase.toString());
    if (c.firehoseBase.isEmpty())
        s.remove(Key::iminFirehoseUrl);
    else
        s.setValue(Key::iminFirehoseUrl, c.firehoseBase.toString());
    s.setValue(Key::iminBrokerIdentifier, c.brokerIdentifier);
    s.setValue(Key::iminTimeoutMs, c.timeoutMs);
    s.setValue(Key::brokerName, c.brokerName);
    s.setValue(Key::brokerUrl, c.brokerUrl);
    s.setValue(Key::brokerBackUrl, c.backUrl);
    s.setValue(Key::brokerProfileUrl, c.profileUrl);
    s.setValue(Key::checkoutPaymentOrigins, c.paymentOrigins);
    s.setValue(Key::checkoutLegacyFlatBackLinks, c.legacyFlatBackLinks);
    const QList<QPair<QLatin1String, QString>> entitlements = {
        {Key::entitlementsMembership, c.membershipEntitlement},
        {Key::entitlementsConcession, c.concessionEntitlement},
        {Key::entitlementsMembershipFilter, c.membershipEntitlementFilter},
        {Key::entitlementsConcessionFilter, c.concessionEntitlementFilter}};
    for (const auto &[key, value] : entitlements) {
        if (value.isEmpty())
            s.remove(key);
        else
            s.setValue(key, value);
    }
    if (c.entitlementObject != ImminConfig().entitlementObject)
        s.setValue(Key::entitlementsObject, c.entitlementObject);
    // The guessed property names of earlier versions are not imin's: drop them from old settings files.
    s.remove(Key::checkoutBackUrlProperty);
    s.remove(Key::checkoutProfileUrlProperty);
    s.setValue(Key::checkoutCustomerInInitialOrder, c.customerInInitialOrder);
    s.setValue(Key::checkoutOpportunityKey, c.opportunityKey);
    s.setValue(Key::checkoutAcceptedOfferAsObject, c.acceptedOfferAsObject);
    s.sync();
}

bool Settings::hasImminEndpoint() const
{
    return !m_settings->value(Key::iminBookingUrl).toString().isEmpty();
}

QString Settings::language() const
{
    const QString value = m_settings->value(Key::uiLanguage).toString();
    return Translations::available().contains(value) ? value : QString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(Key::uiLanguage);
    else
        m_settings->setValue(Key::uiLanguage, language);
    m_settings->sync();
}

QString Settings::databaseUrl() const
{
    return m_settings->value(Key::storeDatabaseUrl).toString();
}

void Settings::setDatabaseUrl(const QString &url)
{
    m_settings->setValue(Key::storeDatabaseUrl, url);
    m_settings->sync();
}

SiteLocation Settings::site() const
{
    SiteLocation site;
    const QSettings &s = *m_settings;
    site.latitude = s.value(Key::siteLatitude, site.latitude).toDouble();
    site.longitude = s.value(Key::siteLongitude, site.longitude).toDouble();
    site.radiusKm = s.value(Key::siteRadiusKm, site.radiusKm).toDouble();
    return site;
}

void Settings::setSite(const SiteLocation &site)
{
    QSettings &s = *m_settings;
    s.setValue(Key::siteLatitude, site.latitude);
    s.setValue(Key::siteLongitude, site.longitude);
    s.setValue(Key::siteRadiusKm, site.radiusKm);
    s.sync();
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
    k.idleSeconds = std::clamp(s.value(Key::kioskIdleSeconds, k.idleSeconds).toInt(), 10, 3600);
    k.logInIdleSeconds = std::clamp(s.value(Key::kioskLogInIdleSeconds, k.logInIdleSeconds).toInt(), 10, 3600);
    k.warningSeconds = std::clamp(s.value(Key::kioskWarningSeconds, k.warningSeconds).toInt(), 3, 60);
    k.centreName = s.value(Key::kioskCentreName).toString();
    k.terms = s.value(Key::kioskTerms).toString();
    if (k.centreName.isEmpty())
        k.centreName = imminConfig().brokerName;
    if (k.terms.isEmpty())
        k.terms = KioskConfig::defaultTerms();
    return k;
}

void Settings::setKioskConfig(const KioskConfig &k)
{
    QSettings &s = *m_settings;
    s.setValue(Key::kioskIdleSeconds, k.idleSeconds);
    s.setValue(Key::kioskLogInIdleSeconds, k.logInIdleSeconds);
    s.setValue(Key::kioskWarningSeconds, k.warningSeconds);
    s.setValue(Key::kioskCentreName, k.centreName);
    s.setValue(Key::kioskTerms, k.terms == KioskConfig::defaultTerms() ? QString() : k.terms);
    s.sync();
}

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
QTranslator *ours = nullptr;
QTranslator *qts = nullptr;
QString installed;
} // namespace

namespace Translations {

QStringList available()
{
    return {QStringLiteral("en_GB"), QStringLiteral("cy")};
}

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString current()
{
    return installed;
}

QString install(const QLocale &locale)
{
    const bool welsh = locale.language() == QLocale::Welsh ||
                       locale.uiLanguages().contains(QStringLiteral("cy"), Qt::CaseInsensitive) ||
                       locale.uiLanguages().filter(QStringLiteral("cy-")).size() > 0;
    const QString language = welsh ? QStringLiteral("cy") : QStringLiteral("en_GB");
    if (installed == language)
        return language;
    for (QTranslator **t : {&ours, &qts}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    ours = new QTranslator;
    if (ours->load(QStringLiteral(":/i18n/activedesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    qts = new QTranslator;
    // Qt's own strings: the system's catalogue where Qt has one, else ours (Qt has no Welsh).
    if (qts->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qts->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language)))
        QCoreApplication::installTranslator(qts);
    QLocale::setDefault(welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    installed = language;
    return language;
}

} // namespace Translations

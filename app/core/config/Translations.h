#pragma once

#include <QLocale>
#include <QStringList>

// The program's languages: British English (the source, whose translation file supplies plural forms: "1 place
// left", "5 places left") and Welsh. Qt's own strings come in the same language.
namespace Translations {
// Loads the translators for `locale` (Welsh when it asks for Welsh, else British English), replacing any loaded
// before, and makes it the default locale. Returns the language used ("en_GB" or "cy").
QString install(const QLocale &locale);
// The language installed last, or empty when none was.
QString current();
QStringList available();
// The locale for a language setting: the system's when `language` is empty.
QLocale localeFor(const QString &language);
} // namespace Translations

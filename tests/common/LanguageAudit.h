#pragma once

#include "AccessibleWalk.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QWidget>
#include <QXmlStreamReader>

// Finds English left on a screen that should be Welsh: any visible text that is exactly one of the program's English
// strings whose Welsh translation differs (read from translations/activedesk_cy.ts).
namespace LanguageAudit {

inline QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

inline QSet<QString> englishWithDifferentWelsh()
{
    QSet<QString> english;
    QFile f(QStringLiteral(ACTIVEDESK_SOURCE_DIR "/translations/activedesk_cy.ts"));
    if (!f.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString welsh = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Strings with placeholders are completed at run time; exact whole strings are what can be matched.
            if (!source.contains(QLatin1Char('%')) && plain(welsh) != plain(source) && plain(source).size() > 2)
                english.insert(plain(source));
        }
    }
    return english;
}

// Visible English under `root`: what the accessibility tree reads, and the text of every visible label and button.
inline QStringList untranslated(QWidget *root)
{
    static const QSet<QString> english = englishWithDifferentWelsh();
    QStringList shown = AccessibleWalk::texts(root);
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            shown << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            shown << b->text() << b->toolTip();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            shown << e->placeholderText();
    }
    shown << root->windowTitle();
    QSet<QString> found;
    for (const QString &text : std::as_const(shown)) {
        if (english.contains(plain(text)))
            found.insert(plain(text));
    }
    return QStringList(found.cbegin(), found.cend());
}

} // namespace LanguageAudit

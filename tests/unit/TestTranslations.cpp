// The program's languages: every string of the sources is in both translation files, every Welsh translation is
// finished and keeps its source's placeholders and shortcut, and the compiled catalogues give what the files say.
#include "config/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // the translation, or its numerus forms
};

QVector<Message> readTs(const QString &path, QString *language = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QVector<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            out << current;
        }
    }
    return out;
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source;
}

// %1…%99, %n and %Ln, as a sorted list (a placeholder used twice counts twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?n|L?\\d{1,2})"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

bool hasShortcut(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^& ]"));
    return re.match(text).hasMatch();
}

QString tsPath(const char *language)
{
    return QStringLiteral(ACTIVEDESK_SOURCE_DIR "/translations/activedesk_%1.ts").arg(QLatin1String(language));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // lupdate over today's sources finds exactly the strings both files hold: none is missing, none left over.
    void filesHoldEveryStringOfTheSources()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_cy.ts"));
        const QString root = QStringLiteral(ACTIVEDESK_SOURCE_DIR);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ACTIVEDESK_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-silent"), root + QStringLiteral("/app/core"),
                       root + QStringLiteral("/app/admin"), root + QStringLiteral("/app/models"),
                       root + QStringLiteral("/app/main.cpp"), root + QStringLiteral("/app/Application.cpp"),
                       root + QStringLiteral("/ui"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QSet<QString> inSources;
        for (const Message &m : readTs(fresh))
            inSources.insert(key(m));
        QVERIFY2(inSources.size() > 500, qPrintable(QString::number(inSources.size())));
        for (const char *language : {"en_GB", "cy"}) {
            QSet<QString> inFile;
            for (const Message &m : readTs(tsPath(language))) {
                if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
                    inFile.insert(key(m));
            }
            QStringList missing, extra;
            for (const QString &k : inSources) {
                if (!inFile.contains(k))
                    missing << k;
            }
            for (const QString &k : inFile) {
                if (!inSources.contains(k))
                    extra << k;
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks (run the update_translations target): %2")
                                    .arg(QLatin1String(language), missing.join(QStringLiteral(" | ")))));
            QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("%1 holds strings no longer in the sources: %2")
                                                     .arg(QLatin1String(language), extra.join(QStringLiteral(" | ")))));
        }
    }

    void welshIsCompleteAndKeepsPlaceholders()
    {
        QString language;
        const QVector<Message> messages = readTs(tsPath("cy"), &language);
        QVERIFY(language.startsWith(QLatin1String("cy")));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(" is ") + m.type;
                continue;
            }
            if (m.forms.isEmpty() || (m.numerus && m.forms.size() < 2)) {
                problems << where + QStringLiteral(" has no translation");
                continue;
            }
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                else if (placeholders(form) != placeholders(m.source))
                    problems << where + QStringLiteral(" → \"%1\" has placeholders %2, the source %3")
                                            .arg(form.left(60), placeholders(form).join(QLatin1Char(',')),
                                                 placeholders(m.source).join(QLatin1Char(',')));
                else if (hasShortcut(m.source) && !hasShortcut(form))
                    problems << where + QStringLiteral(" → \"%1\" lost its keyboard shortcut (&)").arg(form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The catalogues compiled into the program give the files' translations.
    void compiledWelshMatchesTheFile()
    {
        QCOMPARE(Translations::install(QLocale(QLocale::Welsh, QLocale::UnitedKingdom)), QStringLiteral("cy"));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        int checked = 0;
        for (const Message &m : readTs(tsPath("cy"))) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8();
            if (m.numerus) {
                for (int n : {0, 1, 2, 3, 6, 11, 25}) {
                    const QString got =
                        QCoreApplication::translate(context.constData(), source.constData(), nullptr, n);
                    bool oneOfTheForms = false;
                    for (const QString &form : m.forms) {
                        oneOfTheForms =
                            oneOfTheForms || got == QString(form)
                                                        .replace(QLatin1String("%Ln"), QLocale().toString(n))
                                                        .replace(QLatin1String("%n"), QString::number(n));
                    }
                    QVERIFY2(oneOfTheForms, qPrintable(got));
                    QVERIFY2(got != m.source, qPrintable(got));
                }
            } else {
                QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), m.forms.value(0));
            }
            ++checked;
        }
        QVERIFY(checked > 500);
    }

    void languageFollowsTheLocaleAndSwitchesBack()
    {
        QCOMPARE(Translations::install(QLocale(QLocale::Welsh)), QStringLiteral("cy"));
        QCOMPARE(QCoreApplication::translate("WelcomeScreen", "Log in"), QStringLiteral("Mewngofnodi"));
        QCOMPARE(QCoreApplication::translate("Text", "%n place(s) left", nullptr, 3), QStringLiteral("3 lle ar ôl"));
        QCOMPARE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("en_GB"));
        QCOMPARE(QCoreApplication::translate("WelcomeScreen", "Log in"), QStringLiteral("Log in"));
        QCOMPARE(QCoreApplication::translate("Text", "%n place(s) left", nullptr, 1), QStringLiteral("1 place left"));
        QCOMPARE(QCoreApplication::translate("Text", "%n place(s) left", nullptr, 5), QStringLiteral("5 places left"));
        QCOMPARE(QLocale().name(), QStringLiteral("en_GB"));
        // A system that lists Welsh among its languages (LANGUAGE=cy:en) gets Welsh.
        QCOMPARE(Translations::install(QLocale(QStringLiteral("cy_GB"))), QStringLiteral("cy"));
        QCOMPARE(Translations::install(QLocale::c()), QStringLiteral("en_GB"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"

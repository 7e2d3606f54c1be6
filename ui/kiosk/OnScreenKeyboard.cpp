#include "OnScreenKeyboard.h"

#include "ScanCatcher.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QPushButton *makeKey(QWidget *parent, const QString &objectName, const QString &label, const QString &accessibleName)
{
    auto *b = new QPushButton(label, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setFocusPolicy(Qt::NoFocus); // the field being typed into keeps the focus
    b->setProperty("role", QStringLiteral("key"));
    b->setMinimumSize(56, 56);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return b;
}

int keyFor(QChar c)
{
    const QChar upper = c.toUpper();
    if (upper >= QLatin1Char('A') && upper <= QLatin1Char('Z'))
        return Qt::Key_A + (upper.unicode() - 'A');
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return Qt::Key_0 + (c.unicode() - '0');
    if (c == QLatin1Char(' '))
        return Qt::Key_Space;
    return c.unicode(); // Qt's key codes for Latin-1 punctuation are the characters themselves (Key_At is '@')
}
} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    setAccessibleName(tr("On-screen keyboard"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_StyledBackground);
    setProperty("role", QStringLiteral("keyboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildPage(true));
    m_pages->addWidget(buildPage(false));
    layout->addWidget(m_pages);
    setMinimumHeight(4 * 64 + 16);
}

QPushButton *OnScreenKeyboard::key(const QString &objectName, const QString &label, const QString &accessibleName)
{
    return makeKey(this, objectName, label, accessibleName);
}

QString OnScreenKeyboard::characterName(QChar c)
{
    static const QHash<QChar, const char *> names{
        {QLatin1Char('-'), QT_TR_NOOP("Hyphen")},        {QLatin1Char('/'), QT_TR_NOOP("Slash")},
        {QLatin1Char(':'), QT_TR_NOOP("Colon")},         {QLatin1Char(';'), QT_TR_NOOP("Semicolon")},
        {QLatin1Char('('), QT_TR_NOOP("Open bracket")},  {QLatin1Char(')'), QT_TR_NOOP("Close bracket")},
        {QChar(0xa3), QT_TR_NOOP("Pound sign")},         {QLatin1Char('&'), QT_TR_NOOP("Ampersand")},
        {QLatin1Char('"'), QT_TR_NOOP("Quote")},         {QLatin1Char('+'), QT_TR_NOOP("Plus")},
        {QLatin1Char('.'), QT_TR_NOOP("Full stop")},     {QLatin1Char(','), QT_TR_NOOP("Comma")},
        {QLatin1Char('?'), QT_TR_NOOP("Question mark")}, {QLatin1Char('!'), QT_TR_NOOP("Exclamation mark")},
        {QLatin1Char('\''), QT_TR_NOOP("Apostrophe")},   {QLatin1Char('#'), QT_TR_NOOP("Hash")},
        {QLatin1Char('*'), QT_TR_NOOP("Star")},          {QLatin1Char('='), QT_TR_NOOP("Equals")},
        {QLatin1Char('_'), QT_TR_NOOP("Underscore")},    {QLatin1Char('@'), QT_TR_NOOP("At sign")},
    };
    const auto it = names.constFind(c);
    return it == names.constEnd() ? QString(c) : tr(it.value());
}

void OnScreenKeyboard::addCharacters(QGridLayout *grid, int row, int column, const QString &characters,
                                     const QString &prefix)
{
    for (const QChar c : characters) {
        const QString objectName = c.isLetterOrNumber() ? prefix + c : prefix + QString::number(int(c.unicode()));
        // (A button's "&" marks a shortcut letter; "&&" shows the sign.)
        QPushButton *b = key(objectName, c == QLatin1Char('&') ? QStringLiteral("&&") : QString(c), characterName(c));
        if (c.isLetter())
            m_letterKeys << b;
        connect(b, &QPushButton::clicked, this, [this, c]() { typeCharacter(c); });
        grid->addWidget(b, row, column++);
    }
}

QWidget *OnScreenKeyboard::buildPage(bool letters)
{
    // Twelve columns: ten character keys a row, and the wide keys at the ends.
    auto *page = new QWidget(this);
    page->setObjectName(letters ? QStringLiteral("keyboardLetters") : QStringLiteral("keyboardSymbols"));
    auto *grid = new QGridLayout(page);
    grid->setSpacing(6);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString prefix = letters ? QStringLiteral("key_") : QStringLiteral("sym_");
    if (letters) {
        addCharacters(grid, 0, 0, QStringLiteral("qwertyuiop"), prefix);
        addCharacters(grid, 1, 0, QStringLiteral("asdfghjkl'"), prefix);
        QPushButton *shift = key(QStringLiteral("key_shift"), QStringLiteral("⇧"), tr("Shift"));
        shift->setCheckable(true);
        connect(shift, &QPushButton::clicked, this, [this](bool on) { setShift(on); });
        grid->addWidget(shift, 2, 0, 1, 2);
        addCharacters(grid, 2, 2, QStringLiteral("zxcvbnm-.@"), prefix);
    } else {
        addCharacters(grid, 0, 0, QStringLiteral("1234567890"), prefix);
        addCharacters(grid, 1, 0, QStringLiteral("-/:;()£&\"+"), prefix);
        addCharacters(grid, 2, 0, QStringLiteral(".,?!'#*=_@"), prefix);
    }
    QPushButton *back = key(prefix + QStringLiteral("backspace"), QStringLiteral("⌫"), tr("Delete"));
    back->setAutoRepeat(true);
    connect(back, &QPushButton::clicked, this, []() { sendKey(Qt::Key_Backspace, QString()); });
    grid->addWidget(back, 0, 10, 1, 2);
    QPushButton *enter = key(prefix + QStringLiteral("enter"), tr("Next ⏎"), tr("Next"));
    enter->setProperty("role", QStringLiteral("keyPrimary"));
    connect(enter, &QPushButton::clicked, this, []() { sendKey(Qt::Key_Return, QStringLiteral("\r")); });
    grid->addWidget(enter, 1, 10, 1, 2);
    QPushButton *toggle = letters
                              ? key(prefix + QStringLiteral("symbols"), QStringLiteral("123"), tr("Digits and symbols"))
                              : key(prefix + QStringLiteral("letters"), QStringLiteral("ABC"), tr("Letters"));
    connect(toggle, &QPushButton::clicked, this,
            [this, letters]() { showPage(letters ? Page::Symbols : Page::Letters); });
    grid->addWidget(toggle, 3, 0, 1, 2);
    QPushButton *space = key(prefix + QStringLiteral("space"), tr("space"), tr("Space"));
    connect(space, &QPushButton::clicked, this, [this]() { typeCharacter(QLatin1Char(' ')); });
    grid->addWidget(space, 3, 2, 1, 8);
    QPushButton *hide = key(prefix + QStringLiteral("hide"), tr("Hide ⌄"), tr("Hide the keyboard"));
    connect(hide, &QPushButton::clicked, this, &OnScreenKeyboard::hideRequested);
    grid->addWidget(hide, 3, 10, 1, 2);
    for (int column = 0; column < 12; ++column)
        grid->setColumnStretch(column, 1); // every column as wide as a character key
    return page;
}

void OnScreenKeyboard::showPage(Page page)
{
    m_pages->setCurrentIndex(page == Page::Letters ? 0 : 1);
}

OnScreenKeyboard::Page OnScreenKeyboard::page() const
{
    return m_pages->currentIndex() == 0 ? Page::Letters : Page::Symbols;
}

void OnScreenKeyboard::adaptTo(Qt::InputMethodHints hints)
{
    const bool numeric = hints & (Qt::ImhDigitsOnly | Qt::ImhDialableCharactersOnly | Qt::ImhFormattedNumbersOnly |
                                  Qt::ImhDate | Qt::ImhPreferNumbers);
    showPage(numeric ? Page::Symbols : Page::Letters);
    setShift(false);
}

void OnScreenKeyboard::setShift(bool on)
{
    m_shift = on;
    for (QPushButton *b : std::as_const(m_letterKeys))
        b->setText(on ? b->text().toUpper() : b->text().toLower());
    if (auto *shift = findChild<QPushButton *>(QStringLiteral("key_shift")))
        shift->setChecked(on);
}

void OnScreenKeyboard::typeCharacter(QChar c)
{
    const QChar typed = m_shift ? c.toUpper() : c;
    sendKey(keyFor(typed), QString(typed));
    if (m_shift && c.isLetter())
        setShift(false); // one capital, as on a phone
}

void OnScreenKeyboard::sendKey(int key, const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return;
    const Qt::KeyboardModifiers modifiers =
        text.size() == 1 && text.at(0).isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
    const ScanCatcher::OnScreenKeys finger; // a tap, however quick, is never a card scan
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(target, &release);
}

NumberPad::NumberPad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("numberPad"));
    setAccessibleName(tr("Number pad"));
    setFocusPolicy(Qt::NoFocus);
    auto *grid = new QGridLayout(this);
    grid->setSpacing(10);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton *b =
            makeKey(this, QStringLiteral("pad_%1").arg(digit), QString::number(digit), QString::number(digit));
        b->setMinimumSize(88, 72);
        b->setProperty("role", QStringLiteral("padKey"));
        connect(b, &QPushButton::clicked, this,
                [digit]() { OnScreenKeyboard::sendKey(Qt::Key_0 + digit, QString::number(digit)); });
        if (digit == 0)
            grid->addWidget(b, 3, 1);
        else
            grid->addWidget(b, (digit - 1) / 3, (digit - 1) % 3);
    }
    QPushButton *back = makeKey(this, QStringLiteral("pad_delete"), QStringLiteral("⌫"), tr("Delete"));
    back->setMinimumSize(88, 72);
    back->setProperty("role", QStringLiteral("padKey"));
    back->setAutoRepeat(true);
    connect(back, &QPushButton::clicked, this, []() { OnScreenKeyboard::sendKey(Qt::Key_Backspace, QString()); });
    grid->addWidget(back, 3, 0);
    m_enter = makeKey(this, QStringLiteral("pad_enter"), tr("OK"), tr("OK"));
    m_enter->setMinimumSize(88, 72);
    m_enter->setProperty("role", QStringLiteral("primary"));
    connect(m_enter, &QPushButton::clicked, this, &NumberPad::enterPressed);
    grid->addWidget(m_enter, 3, 2);
}

void NumberPad::setEnterText(const QString &text)
{
    m_enter->setText(text);
    m_enter->setAccessibleName(text);
}

#pragma once

#include <QWidget>

class QGridLayout;
class QPushButton;
class QStackedWidget;

// Kiosk text entry without a hardware keyboard: a keyboard drawn inside the kiosk window (never a window of its
// own, which a kiosk compositor would show full screen). Its keys never take focus; each press is delivered to
// whatever has focus as the key events a hardware keyboard makes, so it types into Qt fields and into the checkout's
// web page alike. Letters (with a one-press Shift) and a page of digits and symbols; Backspace repeats when held.
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT
public:
    explicit OnScreenKeyboard(QWidget *parent = nullptr);

    enum class Page { Letters, Symbols };
    void showPage(Page page);
    Page page() const;
    // Chooses the page that suits a field (digits and telephone numbers start on the symbols page).
    void adaptTo(Qt::InputMethodHints hints);
    bool isShifted() const { return m_shift; }

    // Delivers one key to the focused widget as a press and a release. `text` is what it types (empty for keys that
    // type nothing, e.g. Backspace).
    static void sendKey(int key, const QString &text);

Q_SIGNALS:
    void hideRequested();

private:
    QPushButton *key(const QString &objectName, const QString &label, const QString &accessibleName);
    QWidget *buildPage(bool letters);
    void addCharacters(QGridLayout *grid, int row, int column, const QString &characters, const QString &prefix);
    static QString characterName(QChar c);
    void typeCharacter(QChar c);
    void setShift(bool on);

    QStackedWidget *m_pages;
    QList<QPushButton *> m_letterKeys;
    bool m_shift = false;
};

// The digits of a membership number or a PIN, large: 1–9, 0, Delete and a confirming key. Sends keys like the
// keyboard does, to the focused field.
class NumberPad : public QWidget
{
    Q_OBJECT
public:
    explicit NumberPad(QWidget *parent = nullptr);
    void setEnterText(const QString &text);

Q_SIGNALS:
    void enterPressed();

private:
    QPushButton *m_enter;
};

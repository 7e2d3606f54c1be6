#pragma once

#include "util/Problem.h"

#include <functional>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

class QProgressBar;

// A labelled input with its error message right under it (empty when there is nothing to say).
class Field : public QWidget
{
    Q_OBJECT
public:
    Field(const QString &name, const QString &label, QWidget *editor, QWidget *parent = nullptr);
    void setError(const QString &message);
    void setLabel(const QString &label);
    QString error() const { return m_error->text(); }
    QWidget *editor() const { return m_editor; }

private:
    QWidget *m_editor;
    QLabel *m_label;
    QLabel *m_error;
};

// A form's named fields in the order they appear: the message beside each, and the cursor put in the first at fault.
class FieldSet
{
public:
    void add(const QString &name, Field *field);
    Field *field(const QString &name) const { return m_fields.value(name); }
    bool contains(const QString &name) const { return m_fields.contains(name); }
    QLineEdit *line(const QString &name) const;
    const QStringList &names() const { return m_names; }
    // Enter in a line moves on to the next field; in the last it calls `last`.
    void chainReturn(QObject *context, const std::function<void()> &last);
    // Shows each field's message (clearing the rest); puts the cursor in the first field at fault and returns it.
    Field *show(const QMap<QString, QString> &problems) const;
    // Empty lines, no messages.
    void clear() const;

private:
    QMap<QString, Field *> m_fields;
    QStringList m_names;
};

// Shows itself only when a wait has lasted 300 ms, so quick answers never flicker. A wait a person may give up on
// offers Cancel.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);
    void start(const QString &what, bool cancellable = false);
    void stop();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void cancelRequested();

private:
    QTimer m_delay;
    QProgressBar *m_bar;
    QLabel *m_label;
    class QPushButton *m_cancel;
    bool m_busy = false;
};

// A line of text for "what went wrong and what to do", with an optional Retry button.
class Notice : public QWidget
{
    Q_OBJECT
public:
    explicit Notice(QWidget *parent = nullptr);
    void showError(const QString &text, bool retry);
    // A failure as Problem words it, with Retry only where trying again can help.
    void showProblem(const Problem &problem);
    void showWarning(const QString &text);
    void showInfo(const QString &text);
    void clear();
    QString text() const { return m_text->text(); }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_text;
    class QPushButton *m_retry;
};

class QScrollArea;
class QSplitter;
class QVBoxLayout;

// The shape of the members and sessions pages: a column on the left (search, filters, a list) and a scrolling
// detail on the right, split so staff can widen either.
struct MasterDetail
{
    QWidget *leftColumn;
    QVBoxLayout *left;
    QScrollArea *right;
    QSplitter *split;
    QWidget *footer; // under the scrolling detail, always in view (hidden until something is put in it)
    class QHBoxLayout *footerLayout;
    static MasterDetail build(QWidget *page, int leftWidth, int rightWidth);
};

// A wrapped label with a style role ("title", "muted", "error", …) and, for tests and screen readers, a name.
QLabel *roleLabel(const QString &text, const char *role, QWidget *parent, const char *objectName = nullptr);

class QScrollArea;
// A frameless, resizing scroll area for touch screens: it never takes the focus, so taps on the keys and pads inside
// leave the focus in the field being typed into. On a short screen, or with the on-screen keyboard open, what is in
// it scrolls instead of pushing the window past the display. `content`, when given, is put in it and names it
// (content's name + "Scroll").
QScrollArea *touchScrollArea(QWidget *parent, QWidget *content = nullptr);

class QAbstractItemView;
// Makes a short list exactly as tall as its rows (at least `minimum`), so it never needs its own scroll bar.
void fitToRows(QAbstractItemView *view, int minimum);

// Runs `work` once, on the turn of the event loop after `window` was first painted: what the first screen does not
// need waits until it is on screen.
void afterFirstPaint(QWidget *window, std::function<void()> work);

namespace Theme {
// The palettes' colours, in one place: the style sheet and the contrast test read them from here.
struct Colours
{
    QColor window, base, alternateBase, text, accent, onAccent, muted, placeholder, disabled, danger, line,
        errorBackground, infoBackground, warningBackground, warningLine, badgeText, badgeBackground;
};
Colours colours(bool dark);
// Every text colour the style sheet draws on each background it draws it on (WCAG AA needs 4.5:1 for each).
struct TextPair
{
    QString what;
    QColor text, background;
};
QVector<TextPair> textPairs(bool dark);
// Application-wide look: a light or a dark palette, and the style sheet. Text sizes follow the system font.
void apply(bool dark);
bool prefersDark();
} // namespace Theme

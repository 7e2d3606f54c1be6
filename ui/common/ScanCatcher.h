#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

class QKeyEvent;

// A keyboard-wedge card scanner types the card's digits and Enter faster than any person (a few ms a key). Installed
// on the application, this catches such a burst wherever the focus is, so that it never lands in a field: digits are
// held back for a moment; if the next key comes at scanner speed they are kept, and Enter after enough of them makes
// the burst a `scanned` card number. Anything slower (a person typing a digit) is handed on to where it was going,
// unchanged and in order, a moment later.
class ScanCatcher : public QObject
{
    Q_OBJECT
public:
    explicit ScanCatcher(QObject *parent = nullptr);
    ~ScanCatcher() override;
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isHolding() const { return !m_held.isEmpty(); } // digits held back, not yet handed on

    static constexpr int maxGapMs = 40; // between two keys of a burst; people type 80 ms or more apart
    // How long held digits wait for the next key before they go to their field (a busy moment must not split a scan).
    static constexpr int handOverMs = 100;
    static constexpr int minDigits = 4;

    // While one of these lives, keys are a finger's on the screen's own keyboard or number pad, never a scanner's.
    struct OnScreenKeys
    {
        OnScreenKeys() { ++s_onScreen; }
        ~OnScreenKeys() { --s_onScreen; }
        OnScreenKeys(const OnScreenKeys &) = delete;
        OnScreenKeys &operator=(const OnScreenKeys &) = delete;
    };

Q_SIGNALS:
    void scanned(const QString &digits);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Held
    {
        QPointer<QObject> target;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint32 nativeScanCode, nativeVirtualKey, nativeModifiers; // handed on as the keyboard gave them
        quint64 timestamp;
    };
    void flush(); // hands the held keys on, as typed
    static bool isDigit(const QKeyEvent *e);
    // A web page (imin's checkout) gets its keys as they come: a card's CVC typed there is never held or re-sent.
    static bool isWebView(QObject *target);
    static inline int s_onScreen = 0;
    bool m_enabled = false;
    bool m_replaying = false;
    QVector<Held> m_held;
    QElapsedTimer m_sinceLast;
    quint64 m_lastTimestamp = 0;
    QTimer m_timeout;
};

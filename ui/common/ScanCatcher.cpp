#include "ScanCatcher.h"

#include <QCoreApplication>
#include <QKeyEvent>

ScanCatcher::ScanCatcher(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(handOverMs);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        // After a busy moment the rest of a scan may be waiting in the queue: let it in before deciding.
        QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
        if (!m_timeout.isActive())
            flush();
    });
}

ScanCatcher::~ScanCatcher()
{
    setEnabled(false);
}

void ScanCatcher::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        qApp->installEventFilter(this);
    } else {
        qApp->removeEventFilter(this);
        flush();
    }
}

bool ScanCatcher::isDigit(const QKeyEvent *e)
{
    const Qt::KeyboardModifiers other = e->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    return other == Qt::NoModifier && e->text().size() == 1 && e->text().at(0).isDigit() && e->key() >= Qt::Key_0 &&
           e->key() <= Qt::Key_9;
}

bool ScanCatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || s_onScreen > 0)
        return false;
    // The event's type first: an application's filter also sees the events of Qt's and Chromium's own objects,
    // whose classes are hidden in their libraries (see tests/sanitizers/ubsan.supp); few of them get these.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::FocusOut:
    case QEvent::Shortcut:
        // Anything else the person does comes after what they typed: the held digits go first.
        if (!m_held.isEmpty())
            flush();
        return false;
    case QEvent::KeyPress:
        break;
    default:
        return false;
    }
    if (!watched->isWidgetType())
        return false;
    auto *e = static_cast<QKeyEvent *>(event);
    if (m_held.isEmpty() && isWebView(watched))
        return false;
    // The gap to the last key: by the window system's timestamps (when the keys were pressed, however busy the app
    // was), else by the clock here.
    const qint64 gap = e->timestamp() && m_lastTimestamp ? qint64(e->timestamp() - m_lastTimestamp)
                       : m_sinceLast.isValid()           ? m_sinceLast.elapsed()
                                                         : maxGapMs + 1;
    const bool quick = !m_held.isEmpty() && gap >= 0 && gap <= maxGapMs;
    if (isDigit(e)) {
        if (!m_held.isEmpty() && !quick)
            flush(); // the last digit was a person's: it goes on before this one is weighed
        m_held.append({watched, e->key(), e->modifiers(), e->text(), e->nativeScanCode(), e->nativeVirtualKey(),
                       e->nativeModifiers(), e->timestamp()});
        m_sinceLast.start();
        m_lastTimestamp = e->timestamp();
        m_timeout.start();
        return true;
    }
    const bool enter = e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
    if (enter && quick && m_held.size() >= minDigits) {
        QString digits;
        for (const Held &h : std::as_const(m_held))
            digits += h.text;
        m_held.clear();
        m_timeout.stop();
        Q_EMIT scanned(digits);
        return true; // the Enter of a scan never saves or submits anything
    }
    flush(); // any other key: what was held goes first, then this key, in the order typed
    return false;
}

bool ScanCatcher::isWebView(QObject *target)
{
    for (QObject *o = target; o; o = o->parent()) {
        if (o->inherits("QWebEngineView") || o->inherits("QQuickWidget"))
            return true;
    }
    return false;
}

void ScanCatcher::flush()
{
    m_timeout.stop();
    const QVector<Held> held = std::exchange(m_held, {});
    m_replaying = true;
    for (const Held &h : held) {
        if (!h.target)
            continue;
        QKeyEvent press(QEvent::KeyPress, h.key, h.modifiers, h.nativeScanCode, h.nativeVirtualKey, h.nativeModifiers,
                        h.text);
        press.setTimestamp(h.timestamp);
        QCoreApplication::sendEvent(h.target, &press);
    }
    m_replaying = false;
}

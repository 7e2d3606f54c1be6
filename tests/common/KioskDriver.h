#pragma once

// Drives the kiosk as a member does: only what is on screen, touched. For the GUI and e2e kiosk tests.
#include "KioskWindow.h"
#include "ScanCatcher.h"

#include <QAbstractItemView>
#include <QPushButton>
#include <QTest>

class KioskDriver
{
public:
    explicit KioskDriver(KioskWindow *kiosk) : k(kiosk) {}

    // The visible widget of that name (a screen may keep hidden ones of the same name).
    template <typename T> T *shown(const char *name) const
    {
        for (T *w : k->findChildren<T *>(QLatin1String(name))) {
            if (w->isVisible())
                return w;
        }
        QTest::qFail(qPrintable(QStringLiteral("no visible widget named %1").arg(QLatin1String(name))), __FILE__,
                     __LINE__);
        return nullptr;
    }
    void tap(const char *name) const { QTest::mouseClick(shown<QPushButton>(name), Qt::LeftButton); }
    // Digits on the number pad.
    void tapDigits(const QString &digits) const
    {
        for (const QChar c : digits)
            tap(qPrintable(QStringLiteral("pad_") + c));
    }
    // A PIN typed on a keyboard, then Enter, as a person does: digits and Enter at machine speed are a card scanner's
    // burst, which the kiosk takes as a card (ScanCatcher), so Enter comes after a person's pause.
    static void typeThenEnter(QWidget *field, const QString &text)
    {
        QTest::keyClicks(field, text);
        QTest::qWait(ScanCatcher::handOverMs + 20);
        QTest::keyClick(field, Qt::Key_Return);
    }
    // A finger on a list row: down, a moment, up.
    static void tapRow(QAbstractItemView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        QTest::qWait(60);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    }

private:
    KioskWindow *k;
};

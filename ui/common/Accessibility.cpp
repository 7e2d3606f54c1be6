#include "Accessibility.h"

#include <cmath>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>

namespace {

const char *const navigationTab = "navigation";
const char *const navigationList = "navigationList";

// A section button: a tab, selected when it is the section shown.
class NavigationTab : public QAccessibleWidget
{
public:
    explicit NavigationTab(QAbstractButton *button) : QAccessibleWidget(button, QAccessible::PageTab) {}
    QAbstractButton *button() const { return static_cast<QAbstractButton *>(object()); }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            const QString name = button()->accessibleName();
            return name.isEmpty() ? QString(button()->text()).remove(QLatin1Char('&')) : name;
        }
        if (t == QAccessible::Accelerator)
            return QKeySequence::mnemonic(button()->text()).toString(QKeySequence::NativeText);
        return QAccessibleWidget::text(t);
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.selectable = true;
        s.selected = button()->isChecked();
        s.checkable = false;
        s.checked = false;
        return s;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &action) override
    {
        if (action == pressAction())
            button()->click();
    }
};

// A combo box named by its label. Qt's own names a combo box by its current value on Linux (leaving the label to an
// AT-SPI relation), so a screen reader's list of controls shows "Any day" instead of "Day".
class LabelledComboBox : public QAccessibleWidget
{
public:
    explicit LabelledComboBox(QComboBox *combo) : QAccessibleWidget(combo, QAccessible::ComboBox) {}
    QComboBox *combo() const { return static_cast<QComboBox *>(object()); }
    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name: {
            const QString name = combo()->accessibleName();
            return name.isEmpty() ? QAccessibleWidget::text(t) : name;
        }
        case QAccessible::Value:
            return combo()->currentText();
        default:
            return QAccessibleWidget::text(t);
        }
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = combo()->view() && combo()->view()->isVisible();
        s.collapsed = !s.expanded;
        return s;
    }
    QStringList actionNames() const override { return {showMenuAction(), pressAction()}; }
    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            combo()->showPopup();
    }
};

// Puts `iface` in Qt's accessibility cache for its object, replacing the interface Qt made (if it made one), so that
// every query and event for the object uses it. (Qt's widget factory is consulted before ours for Qt's own classes.)
void replaceInterface(QObject *object, QAccessibleInterface *iface)
{
    if (QAccessibleInterface *old = QAccessible::queryAccessibleInterface(object); old && old != iface)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(old));
    QAccessible::registerAccessibleInterface(iface);
}

// Names for the parts Qt makes without one.
class Namer : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish || event->type() == QEvent::Show)
            name(qobject_cast<QWidget *>(watched));
        return QObject::eventFilter(watched, event);
    }
    static void name(QWidget *w)
    {
        if (!w)
            return;
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->property("labelledInterface").toBool()) {
            combo->setProperty("labelledInterface", true);
            if (combo->accessibleName().isEmpty()) {
                // Named by the label that points at it, when there is one.
                for (QLabel *label : combo->window()->findChildren<QLabel *>()) {
                    if (label->buddy() == combo)
                        combo->setAccessibleName(QString(label->text()).remove(QLatin1Char('&')));
                }
            }
            replaceInterface(combo, new LabelledComboBox(combo));
        }
        if (!w->accessibleName().isEmpty())
            return;
        if (auto *bar = qobject_cast<QScrollBar *>(w)) {
            bar->setAccessibleName(bar->orientation() == Qt::Vertical
                                       ? QApplication::translate("Accessibility", "Scroll up and down")
                                       : QApplication::translate("Accessibility", "Scroll left and right"));
        } else if (auto *handle = qobject_cast<QSplitterHandle *>(w)) {
            const QString splitterName = handle->splitter() ? handle->splitter()->accessibleName() : QString();
            handle->setAccessibleName(
                splitterName.isEmpty() ? QApplication::translate("Accessibility", "Resize the panes") : splitterName);
        } else if (qobject_cast<QToolButton *>(w) && qobject_cast<QLineEdit *>(w->parentWidget())) {
            w->setAccessibleName(QApplication::translate("Accessibility", "Clear the text"));
        }
    }
};

double channel(double c)
{
    c /= 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

} // namespace

namespace Accessibility {

void prepareEnvironment()
{
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
}

void install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    qApp->installEventFilter(new Namer(qApp));
}

void markNavigation(QWidget *list, const QString &name)
{
    list->setProperty(navigationList, true);
    list->setAccessibleName(name);
    replaceInterface(list, new QAccessibleWidget(list, QAccessible::PageTabList, name));
}

void markNavigationTab(QAbstractButton *button)
{
    button->setProperty(navigationTab, true);
    replaceInterface(button, new NavigationTab(button));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Accessibility

#include "Widgets.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

Field::Field(const QString &name, const QString &label, QWidget *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_label(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Field"));
    editor->setObjectName(name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    m_label->setObjectName(QStringLiteral("fieldLabel"));
    m_label->setBuddy(editor);
    setLabel(label);
    m_error->setObjectName(name + QStringLiteral("Error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_label);
    layout->addWidget(editor);
    layout->addWidget(m_error);
}

void Field::setLabel(const QString &label)
{
    m_label->setText(label);
    m_editor->setAccessibleName(QString(label).remove(QLatin1Char('&')));
}

void Field::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_editor->setProperty("invalid", !message.isEmpty());
    m_editor->setAccessibleDescription(message);
    m_editor->style()->unpolish(m_editor);
    m_editor->style()->polish(m_editor);
}

void FieldSet::add(const QString &name, Field *field)
{
    m_fields.insert(name, field);
    m_names << name;
}

QLineEdit *FieldSet::line(const QString &name) const
{
    Field *f = m_fields.value(name);
    return f ? qobject_cast<QLineEdit *>(f->editor()) : nullptr;
}

void FieldSet::chainReturn(QObject *context, const std::function<void()> &last)
{
    for (int i = 0; i < m_names.size(); ++i) {
        QLineEdit *edit = line(m_names.at(i));
        if (!edit)
            continue;
        QWidget *next = i + 1 < m_names.size() ? m_fields.value(m_names.at(i + 1))->editor() : nullptr;
        QObject::connect(edit, &QLineEdit::returnPressed, context, [next, last]() {
            if (next)
                next->setFocus();
            else if (last)
                last();
        });
    }
}

Field *FieldSet::show(const QMap<QString, QString> &problems) const
{
    Field *first = nullptr;
    for (const QString &name : m_names) {
        Field *f = m_fields.value(name);
        f->setError(problems.value(name));
        if (!first && problems.contains(name))
            first = f;
    }
    if (first)
        first->editor()->setFocus();
    return first;
}

void FieldSet::clear() const
{
    for (const QString &name : m_names) {
        if (QLineEdit *edit = line(name))
            edit->clear();
        m_fields.value(name)->setError({});
    }
}

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_label(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelWaitButton"));
    m_cancel->hide();
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        stop();
        Q_EMIT cancelRequested();
    });
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    connect(&m_delay, &QTimer::timeout, this, &QWidget::show);
    hide();
}

void BusyIndicator::start(const QString &what, bool cancellable)
{
    m_busy = true;
    m_label->setText(what);
    m_bar->setAccessibleName(what);
    m_cancel->setVisible(cancellable);
    m_cancel->setAccessibleDescription(what);
    if (!isVisible())
        m_delay.start();
}

void BusyIndicator::stop()
{
    m_busy = false;
    m_delay.stop();
    hide();
    // Hidden is not gone: a screen reader still reads a hidden label ("Checking Oliver Bennett's bookings…" after
    // log-out), so what it said is erased.
    m_label->clear();
    m_bar->setAccessibleName(QString());
    m_cancel->setAccessibleDescription(QString());
    m_cancel->hide();
}

Notice::Notice(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_retry(new QPushButton(tr("&Retry"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &Notice::retryRequested);
    setAttribute(Qt::WA_StyledBackground); // so the style sheet draws its coloured box
    hide();
}

void Notice::showProblem(const Problem &problem)
{
    showError(problem.sentence(), problem.canRetry());
}

void Notice::showError(const QString &text, bool retry)
{
    setProperty("kind", QStringLiteral("error"));
    m_text->setText(text);
    m_retry->setVisible(retry);
    style()->unpolish(this);
    style()->polish(this);
    show();
}

void Notice::showWarning(const QString &text)
{
    setProperty("kind", QStringLiteral("warning"));
    m_text->setText(text);
    m_retry->hide();
    style()->unpolish(this);
    style()->polish(this);
    show();
}

void Notice::showInfo(const QString &text)
{
    setProperty("kind", QStringLiteral("info"));
    m_text->setText(text);
    m_retry->hide();
    style()->unpolish(this);
    style()->polish(this);
    show();
}

void Notice::clear()
{
    m_text->clear();
    hide();
}

MasterDetail MasterDetail::build(QWidget *page, int leftWidth, int rightWidth)
{
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(page);
    auto *leftColumn = new QWidget(split);
    auto *left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(16, 12, 8, 12);
    auto *rightColumn = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(rightColumn);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    auto *right = new QScrollArea(rightColumn);
    right->setWidgetResizable(true);
    right->setFrameShape(QFrame::NoFrame);
    auto *footer = new QFrame(rightColumn);
    footer->setObjectName(QStringLiteral("detailFooter"));
    footer->setProperty("role", QStringLiteral("footer"));
    auto *footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(16, 8, 16, 10);
    footer->hide();
    rightLayout->addWidget(right, 1);
    rightLayout->addWidget(footer);
    split->addWidget(leftColumn);
    split->addWidget(rightColumn);
    split->setSizes({leftWidth, rightWidth});
    split->setChildrenCollapsible(false);
    split->setAccessibleName(QApplication::translate("MasterDetail", "Resize the list and the detail"));
    for (int i = 0; i < split->count(); ++i)
        split->handle(i)->setAccessibleName(split->accessibleName());
    // The detail scrolls to whatever inside it takes the focus; it takes none itself (it would show no focus).
    right->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(split);
    return {leftColumn, left, right, split, footer, footerLayout};
}

QLabel *roleLabel(const QString &text, const char *role, QWidget *parent, const char *objectName)
{
    auto *l = new QLabel(text, parent);
    l->setProperty("role", QLatin1String(role));
    l->setWordWrap(true);
    if (objectName)
        l->setObjectName(QLatin1String(objectName));
    return l;
}

QScrollArea *touchScrollArea(QWidget *parent, QWidget *content)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    if (content) {
        area->setObjectName(content->objectName() + QStringLiteral("Scroll"));
        area->setWidget(content);
    }
    return area;
}

void fitToRows(QAbstractItemView *view, int minimum)
{
    int height = 2 * view->frameWidth() + 4;
    for (int i = 0; i < view->model()->rowCount(); ++i)
        height += view->sizeHintForRow(i);
    view->setFixedHeight(std::max(height, minimum));
}

namespace Theme {

Colours colours(bool dark)
{
    Colours c;
    c.window = dark ? QColor(0x1f, 0x23, 0x2b) : QColor(0xf4, 0xf6, 0xfa);
    c.base = dark ? QColor(0x27, 0x2c, 0x36) : QColor(Qt::white);
    c.alternateBase = dark ? QColor(0x2d, 0x33, 0x3e) : QColor(0xf0, 0xf3, 0xf8);
    c.text = dark ? QColor(0xe8, 0xeb, 0xf1) : QColor(0x1d, 0x24, 0x33);
    c.accent = dark ? QColor(0x3f, 0xb0, 0x86) : QColor(0x0b, 0x6e, 0x4f);
    // On the bright dark-mode green, dark text reads (6.6:1); white would not (2.7:1).
    c.onAccent = dark ? QColor(0x0f, 0x1a, 0x14) : QColor(Qt::white);
    c.muted = dark ? QColor(0x9a, 0xa3, 0xb5) : QColor(0x5b, 0x64, 0x78);
    c.placeholder = dark ? QColor(0x9a, 0xa3, 0xb5) : QColor(0x6b, 0x74, 0x88);
    // Readable even when disabled: disabled is shown by the dashed border, not by fading.
    c.disabled = dark ? QColor(0x9a, 0xa3, 0xb5) : QColor(0x5f, 0x67, 0x78);
    c.danger = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb4, 0x23, 0x18);
    c.line = dark ? QColor(0x3a, 0x41, 0x50) : QColor(0xd9, 0xde, 0xe8);
    c.errorBackground = dark ? QColor(0x4a, 0x25, 0x22) : QColor(0xfd, 0xec, 0xea);
    c.infoBackground = dark ? QColor(0x1f, 0x3a, 0x30) : QColor(0xe7, 0xf6, 0xef);
    c.warningBackground = dark ? QColor(0x3d, 0x30, 0x16) : QColor(0xff, 0xf4, 0xd6);
    c.warningLine = dark ? QColor(0xb5, 0x8a, 0x2e) : QColor(0xc9, 0xa1, 0x3b);
    c.badgeText = QColor(0x6b, 0x4e, 0x00);
    c.badgeBackground = QColor(0xff, 0xf4, 0xd6);
    return c;
}

QVector<TextPair> textPairs(bool dark)
{
    const Colours c = colours(dark);
    return {
        {QStringLiteral("text on window"), c.text, c.window},
        {QStringLiteral("text on base"), c.text, c.base},
        {QStringLiteral("text on alternate rows"), c.text, c.alternateBase},
        {QStringLiteral("muted on base"), c.muted, c.base},
        {QStringLiteral("muted on window"), c.muted, c.window},
        {QStringLiteral("muted on alternate rows"), c.muted, c.alternateBase},
        {QStringLiteral("placeholder on base"), c.placeholder, c.base},
        {QStringLiteral("disabled on window"), c.disabled, c.window},
        {QStringLiteral("disabled on base"), c.disabled, c.base},
        {QStringLiteral("error text on base"), c.danger, c.base},
        {QStringLiteral("error text on window"), c.danger, c.window},
        {QStringLiteral("error text on an error notice"), c.danger, c.errorBackground},
        {QStringLiteral("text on an error notice"), c.text, c.errorBackground},
        {QStringLiteral("text on an information notice"), c.text, c.infoBackground},
        {QStringLiteral("text on a warning notice"), c.text, c.warningBackground},
        {QStringLiteral("primary button, selected row and tab"), c.onAccent, c.accent},
        {QStringLiteral("link on base"), c.accent, c.base},
        {QStringLiteral("link on window"), c.accent, c.window},
        {QStringLiteral("sandbox badge"), c.badgeText, c.badgeBackground},
    };
}

bool prefersDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < 128 ||
           qEnvironmentVariable("ACTIVEDESK_THEME") == QLatin1String("dark");
}

void apply(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const Colours c = colours(dark);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.base);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, c.onAccent);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Link, c.accent);
    p.setColor(QPalette::LinkVisited, c.accent);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabled);
    QApplication::setPalette(p);
    // Sizes follow the system's font (the desktop's text-size setting), read before our style sheet is set.
    // Once applied, the application's font is ours: the system's size is what it was before, unless the system (or
    // anyone) has set another font since.
    static QFont ours;
    static double systemPoints = 0;
    if (systemPoints <= 0 || QApplication::font() != ours)
        systemPoints = QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10;
    // Never below the 10.5 pt the desk was designed at (a bare X server reports 9 pt): larger system fonts scale it.
    const double body = std::max(systemPoints * 1.05, 10.5);
    // The body size is the application's font, not a style sheet rule every widget would have to match and apply.
    QFont font = QApplication::font();
    font.setPointSizeF(body);
    QApplication::setFont(font);
    ours = QApplication::font();
    qApp->setStyleSheet(QStringLiteral(R"(
        QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QTimeEdit { padding: 5px 7px; border: 1px solid %1;
            border-radius: 6px; background: palette(base); min-height: 22px; }
        QTextEdit, QPlainTextEdit { border: 1px solid %1; border-radius: 6px; background: palette(base); }
        QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QPlainTextEdit:focus,
            QTextEdit:focus { border: 2px solid %4; }
        QLineEdit[invalid="true"], QDateEdit[invalid="true"] { border: 2px solid %3; }
        QLineEdit[summary="true"] { border: 1px solid palette(window); background: palette(window); }
        QLineEdit[summary="true"]:focus { border: 2px solid %4; }
        QLabel[role="error"] { color: %3; font-weight: 600; }
        QLabel[role="muted"] { color: %2; }
        QLabel[role="title"] { font-size: %11pt; font-weight: 700; }
        QLabel[role="subtitle"] { font-size: %12pt; font-weight: 600; }
        QPushButton { padding: 7px 14px; border-radius: 7px; border: 1px solid %1; background: palette(base); }
        QPushButton:hover { border-color: %4; }
        QPushButton:focus { border: 2px solid %4; }
        QPushButton[role="primary"] { background: %4; color: %13; border: 0; font-weight: 700; padding: 8px 18px; }
        QPushButton[role="primary"]:focus { border: 3px solid %2; }
        QPushButton[role="danger"] { color: %3; }
        QPushButton:disabled, QPushButton[role="danger"]:disabled, QPushButton[role="primary"]:disabled {
            color: %7; background: palette(window); border: 1px dashed %1; }
        QPushButton[role="nav"] { text-align: left; border: 0; padding: 10px 14px; background: transparent; font-weight: 600; }
        QPushButton[role="nav"]:checked { background: %4; color: %13; }
        QPushButton[role="nav"]:focus { border: 2px solid %4; }
        QPushButton[role="nav"]:checked:focus { border: 3px solid %2; }
        QListView, QTreeView, QTableView, QPdfView { border: 1px solid %1; border-radius: 8px; background: palette(base); }
        QListView:focus, QTreeView:focus, QTableView:focus, QScrollArea:focus,
            QPdfView:focus { border: 2px solid %4; }
        QCheckBox:focus, QRadioButton:focus { background: %6; border-radius: 4px; }
        QLabel:focus { border: 2px solid %4; border-radius: 4px; }
        QFrame[role="card"] { border: 1px solid %1; border-radius: 10px; background: palette(base); }
        QFrame[role="sidebar"] { background: palette(base); border-right: 1px solid %1; }
        QFrame[role="footer"] { background: palette(base); border-top: 1px solid %1; }
        QWidget[kind="error"] { background: %5; border: 1px solid %3; border-radius: 8px; }
        QWidget[kind="info"] { background: %6; border: 1px solid %4; border-radius: 8px; }
        QWidget[kind="warning"] { background: %8; border: 1px solid %9; border-radius: 8px; }
        QLabel#sandboxBadge { background: %15; color: %14; border: 1px solid #e0b84a; border-radius: 12px;
            padding: 4px 12px; font-weight: 700; }
    )")
                            .arg(c.line.name(), c.muted.name(), c.danger.name(), c.accent.name(),
                                 c.errorBackground.name(), c.infoBackground.name(), c.disabled.name(),
                                 c.warningBackground.name(), c.warningLine.name())
                            .arg(body * 1.5, 0, 'f', 1)
                            .arg(body * 1.15, 0, 'f', 1)
                            .arg(c.onAccent.name(), c.badgeText.name(), c.badgeBackground.name()));
}

} // namespace Theme

namespace {
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> work) : QObject(window), m_work(std::move(work)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest || event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, watched, m_work);
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_work;
};
} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> work)
{
    window->installEventFilter(new FirstPaintWatcher(window, std::move(work)));
}

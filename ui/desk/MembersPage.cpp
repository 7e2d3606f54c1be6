#include "MembersPage.h"

#include "auth/PinHasher.h"
#include "domain/MemberValidation.h"
#include "domain/Restrictions.h"
#include "MemberListModel.h"
#include "MergeDialog.h"
#include "MessageBox.h"
#include "RowDelegate.h"
#include "services/Services.h"
#include "util/Clock.h"
#include "util/Text.h"
#include "Widgets.h"
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

MembersPage::MembersPage(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("membersPage"));
    const MasterDetail md = MasterDetail::build(this, 440, 800);
    QWidget *left = md.leftColumn;
    QVBoxLayout *leftLayout = md.left;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Name, email, phone or number"));
    m_search->setToolTip(tr("Type a name, email, phone or membership number, or scan a membership card."));
    m_search->setAccessibleName(tr("Find a member"));
    m_search->setAccessibleDescription(m_search->toolTip());
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto *newButton = new QPushButton(tr("&New member"), left);
    newButton->setObjectName(QStringLiteral("newMemberButton"));
    newButton->setToolTip(tr("Ctrl+N"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(newButton);
    leftLayout->addLayout(searchRow);
    m_model = new MemberListModel(this);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("memberResults"));
    m_list->setAccessibleName(tr("Members found"));
    m_list->setItemDelegate(new RowDelegate(false, m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->verticalScrollBar()->setAccessibleName(tr("Members found"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);
    m_empty = new QLabel(typeToFind(), left);
    m_empty->setObjectName(QStringLiteral("memberSearchEmpty"));
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_empty->setWordWrap(true);
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_list, 1);
    m_editor = new MemberEditor(services, md.right);
    md.right->setWidget(m_editor);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &MembersPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, m_editor, &MemberEditor::clearNotice);
    connect(m_search, &QLineEdit::returnPressed, this, &MembersPage::openFromSearchField);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(newButton, &QPushButton::clicked, this, &MembersPage::newMember);
    connect(m_editor, &MemberEditor::saved, this, &MembersPage::runSearch);
    connect(m_editor, &MemberEditor::deleted, this, &MembersPage::runSearch);
    connect(m_editor, &MemberEditor::bookRequested, this, &MembersPage::bookRequested);
    connect(m_editor, &MemberEditor::bookCourtRequested, this, &MembersPage::bookCourtRequested);
    connect(m_editor, &MemberEditor::bookingsRequested, this, &MembersPage::bookingsRequested);
    connect(services, &Services::memberSyncChanged, this,
            [this](qint64 id) { m_model->refreshMember(m_services->store(), id); });
    connect(services, &Services::membersChanged, this, [this](const QVector<qint64> &ids) {
        for (qint64 id : ids)
            m_model->refreshMember(m_services->store(), id); // another desk's change shows without a new search
    });
}

void MembersPage::runSearch()
{
    const QString text = m_search->text().trimmed();
    m_model->setMembers(text.isEmpty() ? QVector<Member>() : m_services->store().search(text, 50));
    static const QRegularExpression cardNumber(QStringLiteral("^\\d{4,}$"));
    m_empty->setText(text.isEmpty() ? typeToFind()
                     : cardNumber.match(text).hasMatch()
                         ? tr("No member has card %1. Check the card, or create a new member.").arg(text)
                         : tr("No member matches “%1”. Check the spelling, or create a new member.").arg(text));
    m_empty->setVisible(m_model->rowCount() == 0);
    if (m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(0));
}

void MembersPage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (const auto m = m_services->store().member(m_model->member(row).id))
        m_editor->showMember(*m);
}

void MembersPage::openFromSearchField()
{
    // A card scanner types the membership number and Enter: open that member even before the list catches up.
    const bool stale = m_debounce.isActive();
    m_debounce.stop();
    if (const auto exact = m_services->store().memberByNumber(m_search->text().trimmed()); exact && !exact->deleted) {
        if (stale)
            runSearch();
        m_editor->showMember(*exact);
        m_search->selectAll(); // the next card or name replaces the search; nothing is typed into the member
        return;
    }
    if (stale)
        runSearch(); // otherwise keep the row picked with the arrow keys
    openRow(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0);
    m_search->selectAll();
}

bool MembersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount()) {
            const int row = m_list->currentIndex().row();
            const int next = std::clamp(row + (key == Qt::Key_Down ? 1 : -1), 0, m_model->rowCount() - 1);
            m_list->setCurrentIndex(m_model->index(next));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString MembersPage::typeToFind() const
{
    // In the sandbox nobody is real (its first start adds a few made-up members to practise with): say so.
    return m_services->isSandbox() ? tr("Type to find a member. In the sandbox every member is made up, for practice.")
                                   : tr("Type to find a member.");
}

bool MembersPage::findCard(const QString &number)
{
    m_search->setText(number);
    m_debounce.stop();
    runSearch();
    focusSearch(); // the next scan (or a name typed) replaces it
    std::optional<Member> exact = m_services->store().memberByNumber(number);
    // A card of a record merged into another opens that one (merges can chain).
    for (int hops = 0; exact && exact->deleted && exact->mergedInto && hops < 16; ++hops)
        exact = m_services->store().member(exact->mergedInto);
    if (!exact || exact->deleted)
        return false; // the list says "No member has card …"
    m_editor->showMember(*exact);
    if (exact->membershipNumber != number)
        m_editor->noticeMergedCard(number);
    return true;
}

void MembersPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void MembersPage::newMember()
{
    m_editor->newMember();
}

MembersPage::State MembersPage::state() const
{
    return {m_search->text(), m_editor->draft()};
}

void MembersPage::restoreState(const State &state)
{
    m_search->setText(state.search);
    m_debounce.stop();
    runSearch();
    m_editor->restoreDraft(state.draft);
}

void MembersPage::clearAll()
{
    m_debounce.stop();
    m_search->clear();
    m_model->setMembers({});
    m_empty->setText(typeToFind());
    m_empty->show();
    m_editor->newMember();
}

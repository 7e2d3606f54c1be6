#include "MergeDialog.h"

#include "domain/MemberMerge.h"
#include "domain/MemberValidation.h"
#include "MemberListModel.h"
#include "services/Services.h"
#include "Widgets.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

MergeDialog::MergeDialog(Services *services, const Member &keep, QWidget *parent)
    : QDialog(parent), m_services(services), m_keep(keep)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge two records of one person"));
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Keep %1. Find the other record of the same person by its card number; then choose "
                                "which details stay.")
                                 .arg(MemberListModel::whoIs(keep)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *findRow = new QHBoxLayout;
    auto *line = new QLineEdit(this);
    line->setMaxLength(64);
    m_other = new Field(QStringLiteral("mergeOtherNumber"), tr("The other record's &card number"), line, this);
    findRow->addWidget(m_other, 1);
    auto *findButton = new QPushButton(tr("&Find"), this);
    findButton->setObjectName(QStringLiteral("mergeFindButton"));
    findRow->addWidget(findButton, 0, Qt::AlignBottom);
    layout->addLayout(findRow);
    m_choices = new QWidget(this);
    m_choices->setObjectName(QStringLiteral("mergeChoices"));
    m_grid = new QGridLayout(m_choices);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_choices->hide();
    layout->addWidget(m_choices);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);
    m_notice = new Notice(this);
    m_notice->setObjectName(QStringLiteral("mergeNotice"));
    layout->addWidget(m_notice);
    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeConfirmButton"));
    m_merge->setProperty("role", QStringLiteral("primary"));
    m_merge->setEnabled(false);
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("mergeCancelButton"));
    layout->addWidget(buttons);
    connect(findButton, &QPushButton::clicked, this, &MergeDialog::find);
    connect(line, &QLineEdit::returnPressed, this, &MergeDialog::find);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::merge);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    line->setFocus();
}

void MergeDialog::find()
{
    const QString number = qobject_cast<QLineEdit *>(m_other->editor())->text().trimmed();
    m_choices->hide();
    m_summary->hide();
    m_merge->setEnabled(false);
    m_notice->clear();
    const std::optional<Member> other = number.isEmpty() ? std::nullopt : m_services->store().memberByNumber(number);
    if (number.isEmpty())
        m_other->setError(tr("Enter the card number of the other record."));
    else if (!other || other->deleted)
        m_other->setError(tr("No member has card %1.").arg(number));
    else if (other->id == m_keep.id)
        m_other->setError(tr("That is %1's own card: enter the other record's.").arg(m_keep.displayName()));
    else
        m_other->setError({});
    if (!m_other->error().isEmpty()) {
        m_other->editor()->setFocus();
        return;
    }
    m_gone = *other;
    if (const auto fresh = m_services->store().member(m_keep.id))
        m_keep = *fresh;
    showChoices();
}

void MergeDialog::showChoices()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_picks.clear();
    int row = 0;
    auto *head = new QLabel(tr("Where the two differ, choose what stays:"), m_choices);
    m_grid->addWidget(head, row++, 0, 1, 3);
    for (const auto &[column, text] : {std::pair{1, tr("Card %1 (kept)").arg(m_keep.membershipNumber)},
                                       std::pair{2, tr("Card %1").arg(m_gone.membershipNumber)}}) {
        auto *title = new QLabel(text, m_choices);
        title->setProperty("role", QStringLiteral("subtitle"));
        m_grid->addWidget(title, row, column);
    }
    ++row;
    const auto shown = [](const QString &v) {
        if (v.isEmpty())
            return tr("(blank)");
        const QDate day = QDate::fromString(v, Qt::ISODate); // the dates read as the form writes them
        return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : v;
    };
    for (const auto &[field, label] : MemberMerge::fields()) {
        const QString mine = MemberMerge::value(m_keep.person, field);
        const QString theirs = MemberMerge::value(m_gone.person, field);
        if (mine == theirs)
            continue;
        auto *name = new QLabel(label, m_choices);
        auto *keepButton = new QRadioButton(shown(mine), m_choices);
        keepButton->setObjectName(QStringLiteral("merge_%1_keep").arg(field));
        auto *otherButton = new QRadioButton(shown(theirs), m_choices);
        otherButton->setObjectName(QStringLiteral("merge_%1_other").arg(field));
        for (QRadioButton *b : {keepButton, otherButton})
            b->setAccessibleDescription(label);
        auto *group = new QButtonGroup(m_choices);
        group->addButton(keepButton);
        group->addButton(otherButton);
        // What is there wins over a blank; otherwise the kept record's value, until staff choose.
        (mine.isEmpty() ? otherButton : keepButton)->setChecked(true);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(keepButton, row, 1);
        m_grid->addWidget(otherButton, row, 2);
        m_picks.insert(field, {keepButton, otherButton});
        ++row;
    }
    if (m_picks.isEmpty())
        head->setText(tr("Every detail is the same on both records."));
    m_choices->show();
    m_summary->setText(tr("Card %1 is kept, with the details chosen above; the record of card %2 goes, and card %2 "
                          "opens %3 from then on. Bookings made on either card stay at imin and show under %3's "
                          "bookings.")
                           .arg(m_keep.membershipNumber, m_gone.membershipNumber, m_keep.displayName()));
    m_summary->show();
    m_merge->setEnabled(true);
    m_merge->setFocus();
    adjustSize(); // room for the choices
}

void MergeDialog::merge()
{
    Member keep = m_keep;
    for (auto it = m_picks.cbegin(); it != m_picks.cend(); ++it) {
        if (it.value().second->isChecked())
            MemberMerge::setValue(keep.person, it.key(), MemberMerge::value(m_gone.person, it.key()));
    }
    keep.person.is13OrOver = MemberValidation::is13OrOver(keep.person.birthDate);
    LocalError error;
    switch (m_services->mergeMembers(keep, m_gone, &error)) {
    case MemberStore::SaveOutcome::Saved:
        m_keep = *m_services->store().member(keep.id);
        accept();
        return;
    case MemberStore::SaveOutcome::Conflict: // read again: staff look at what the other desk changed
        m_notice->showWarning(error.message());
        if (const auto fresh = m_services->store().member(m_keep.id))
            m_keep = *fresh;
        if (const auto fresh = m_services->store().member(m_gone.id); fresh && !fresh->deleted) {
            m_gone = *fresh;
            showChoices();
        }
        return;
    case MemberStore::SaveOutcome::Deleted:
    case MemberStore::SaveOutcome::Failed:
        m_notice->showError(error.message(), false); // Merge again is the retry: the button is below
        return;
    }
}

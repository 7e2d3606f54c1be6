#include "MemberEditor.h"

#include "services/MemberDeletion.h"

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

namespace {
QDate today()
{
    return Clock::instance().currentDateTimeUtc().toTimeZone(Clock::zone()).date();
}
} // namespace

MemberEditor::MemberEditor(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("memberEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    buildHeader(layout);
    buildActions(layout);
    buildPinPanel(layout);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    buildPersonFields(grid);
    buildHoldingFields(grid);
    layout->addLayout(grid);
    layout->addStretch();
    wireActions();
    newMember();
}

// The title, the number, the sync line with Retry, and the notices, the conflict panel and the busy line under them.
void MemberEditor::buildHeader(QVBoxLayout *layout)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("memberTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_number = new QLabel(this);
    m_number->setProperty("role", QStringLiteral("muted"));
    m_number->setObjectName(QStringLiteral("memberNumber"));
    layout->addWidget(m_title);
    layout->addWidget(m_number);

    auto *syncRow = new QHBoxLayout;
    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setWordWrap(true);
    m_retry = new QPushButton(tr("Re&try sending"), this);
    m_retry->setObjectName(QStringLiteral("retrySyncButton"));
    syncRow->addWidget(m_syncState, 1);
    syncRow->addWidget(m_retry);
    layout->addLayout(syncRow);

    m_notice = new Notice(this);
    m_notice->setObjectName(QStringLiteral("memberNotice"));
    layout->addWidget(m_notice);
    // Offered only for a save the database was too busy to take: the same save again.
    connect(m_notice, &Notice::retryRequested, this, &MemberEditor::save);
    m_holding = new Notice(this);
    m_holding->setObjectName(QStringLiteral("membershipNotice"));
    layout->addWidget(m_holding);
    m_otherDesk = new Notice(this);
    m_otherDesk->setObjectName(QStringLiteral("otherDeskNotice"));
    layout->addWidget(m_otherDesk);
    m_conflict = new QFrame(this);
    m_conflict->setObjectName(QStringLiteral("conflictPanel"));
    m_conflict->setProperty("role", QStringLiteral("card"));
    m_conflict->hide();
    layout->addWidget(m_conflict);
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("memberBusy"));
    layout->addWidget(m_busy);
}

// Edit, Save, Cancel changes, the booking buttons, kiosk PIN, Merge, and Delete apart at the end.
void MemberEditor::buildActions(QVBoxLayout *layout)
{
    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit"), this);
    m_edit->setObjectName(QStringLiteral("editMemberButton"));
    m_edit->setProperty("role", QStringLiteral("primary"));
    m_edit->setToolTip(tr("Change this member's details (Ctrl+E)"));
    m_cancelEdit = new QPushButton(tr("Cancel changes"), this);
    m_cancelEdit->setObjectName(QStringLiteral("cancelEditButton"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveMemberButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_book = new QPushButton(tr("Boo&k a session"), this);
    m_book->setObjectName(QStringLiteral("bookForMemberButton"));
    m_bookCourt = new QPushButton(tr("Book a co&urt"), this);
    m_bookCourt->setObjectName(QStringLiteral("bookCourtForMemberButton"));
    m_bookings = new QPushButton(tr("B&ookings"), this);
    m_bookings->setObjectName(QStringLiteral("memberBookingsButton"));
    m_delete = new QPushButton(tr("&Delete member…"), this);
    m_delete->setObjectName(QStringLiteral("deleteMemberButton"));
    m_delete->setProperty("role", QStringLiteral("danger"));
    m_merge = new QPushButton(tr("Merge…"), this);
    m_merge->setObjectName(QStringLiteral("mergeMemberButton"));
    m_merge->setAccessibleDescription(tr("Merge another record of the same person into this one."));
    m_kioskPin = new QPushButton(tr("Set kiosk PIN…"), this);
    m_kioskPin->setObjectName(QStringLiteral("setKioskPinButton"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancelEdit);
    buttons->addWidget(m_book);
    buttons->addWidget(m_bookCourt);
    buttons->addWidget(m_bookings);
    buttons->addWidget(m_kioskPin);
    buttons->addWidget(m_merge);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
}

void MemberEditor::buildPinPanel(QVBoxLayout *layout)
{
    // The member's kiosk PIN, set or reset here (typed by the member, or given to them); never shown again.
    m_pinPanel = new QFrame(this);
    m_pinPanel->setObjectName(QStringLiteral("kioskPinPanel"));
    m_pinPanel->setProperty("role", QStringLiteral("card"));
    auto *pinLayout = new QGridLayout(m_pinPanel);
    pinLayout->setContentsMargins(16, 12, 16, 12);
    m_pinIntro = new QLabel(m_pinPanel);
    m_pinIntro->setWordWrap(true);
    auto pinField = [this](const QString &name, const QString &label) {
        auto *line = new QLineEdit(m_pinPanel);
        line->setEchoMode(QLineEdit::Password);
        line->setMaxLength(8);
        line->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        return new Field(name, label, line, m_pinPanel);
    };
    m_pinField = pinField(QStringLiteral("kioskPin"), tr("New kiosk PIN (4 to 8 digits)"));
    m_pinAgain = pinField(QStringLiteral("kioskPinAgain"), tr("The same PIN again"));
    auto *savePin = new QPushButton(tr("Save PIN"), m_pinPanel);
    savePin->setObjectName(QStringLiteral("saveKioskPinButton"));
    savePin->setProperty("role", QStringLiteral("primary"));
    auto *cancelPin = new QPushButton(tr("Cancel"), m_pinPanel);
    cancelPin->setObjectName(QStringLiteral("cancelKioskPinButton"));
    pinLayout->addWidget(m_pinIntro, 0, 0, 1, 2);
    pinLayout->addWidget(m_pinField, 1, 0);
    pinLayout->addWidget(m_pinAgain, 1, 1);
    auto *pinButtons = new QHBoxLayout;
    pinButtons->addWidget(savePin);
    pinButtons->addWidget(cancelPin);
    pinButtons->addStretch();
    pinLayout->addLayout(pinButtons, 2, 0, 1, 2);
    m_pinPanel->hide();
    layout->addWidget(m_pinPanel);
    connect(m_kioskPin, &QPushButton::clicked, this, [this]() {
        m_pinIntro->setText(tr("%1 logs in at the kiosk with membership number %2 and this PIN. Let them type it, "
                               "or tell it to them privately.")
                                .arg(m_member.displayName(), m_member.membershipNumber));
        for (Field *f : {m_pinField, m_pinAgain}) {
            qobject_cast<QLineEdit *>(f->editor())->clear();
            f->setError({});
        }
        m_pinPanel->show();
        m_pinField->editor()->setFocus();
    });
    connect(cancelPin, &QPushButton::clicked, this, [this]() {
        m_pinPanel->hide();
        m_kioskPin->setFocus();
    });
    auto savePinNow = [this]() {
        const QString pin = qobject_cast<QLineEdit *>(m_pinField->editor())->text();
        const QString again = qobject_cast<QLineEdit *>(m_pinAgain->editor())->text();
        const QString weak = PinHasher::weakness(pin);
        m_pinField->setError(weak);
        m_pinAgain->setError(weak.isEmpty() && again != pin ? tr("The two PINs are different.") : QString());
        if (!weak.isEmpty() || again != pin) {
            (weak.isEmpty() ? m_pinAgain : m_pinField)->editor()->setFocus();
            return;
        }
        delete m_request;
        m_request = new QObject(this);
        m_busy->start(tr("Saving the kiosk PIN…"));
        const qint64 id = m_member.id;
        m_services->auth().setMemberPinAsync(id, pin, m_request, [this](bool ok, const QString &error) {
            m_busy->stop();
            if (!ok) {
                m_pinField->setError(error);
                return;
            }
            m_pinPanel->hide();
            refreshSync();
            m_notice->showInfo(tr("Kiosk PIN saved. %1 can log in at the kiosk now.").arg(m_member.person.givenName));
        });
    };
    connect(savePin, &QPushButton::clicked, this, savePinNow);
    connect(qobject_cast<QLineEdit *>(m_pinAgain->editor()), &QLineEdit::returnPressed, this, savePinNow);
}

// A labelled field in `grid`, a line edit unless `editor` is given; Enter in a line edit saves.
void MemberEditor::addField(QGridLayout *grid, const QString &name, const QString &label, int row, int column,
                            QWidget *editor, int span)
{
    if (!editor) {
        auto *line = new QLineEdit(this);
        line->setMaxLength(MemberValidation::maxFieldLength);
        connect(line, &QLineEdit::returnPressed, this, &MemberEditor::save);
        editor = line;
    }
    auto *field = new Field(name, label, editor, this);
    if (auto *box = qobject_cast<QComboBox *>(editor); box && box->lineEdit()) // a screen reader names the text
        box->lineEdit()->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_fields.insert(name, field);
    m_fieldOrder << name;
    grid->addWidget(field, row, column, 1, span);
}

// Name, contact, date of birth (with the under-13 note), address, emergency contact, card number.
void MemberEditor::buildPersonFields(QGridLayout *grid)
{
    addField(grid, QStringLiteral("givenName"), tr("&First name"), 0, 0);
    addField(grid, QStringLiteral("familyName"), tr("&Last name"), 0, 1);
    addField(grid, QStringLiteral("email"), tr("&Email"), 1, 0);
    addField(grid, QStringLiteral("telephone"), tr("Tele&phone"), 1, 1);
    addField(grid, QStringLiteral("birthDate"), tr("Date of &birth (DD/MM/YYYY)"), 2, 0);
    m_gender = new QComboBox(this);
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("Female"));
    m_gender->addItem(tr("Male"), QStringLiteral("Male"));
    addField(grid, QStringLiteral("gender"), tr("&Gender"), 2, 1, m_gender);
    m_age = new QLabel(this);
    m_age->setObjectName(QStringLiteral("ageNote"));
    m_age->setProperty("role", QStringLiteral("muted"));
    m_age->setWordWrap(true);
    m_age->hide();
    grid->addWidget(m_age, 3, 0, 1, 2);
    addField(grid, QStringLiteral("streetAddress"), tr("&Street address"), 4, 0, nullptr, 2);
    addField(grid, QStringLiteral("addressLocality"), tr("&Town"), 5, 0);
    addField(grid, QStringLiteral("postalCode"), tr("Post&code"), 5, 1);
    addField(grid, QStringLiteral("emergencyContactName"), tr("E&mergency contact"), 6, 0);
    addField(grid, QStringLiteral("emergencyContactTelephone"), tr("Emergency contact p&hone"), 6, 1);
    addField(grid, QStringLiteral("membershipNumber"), tr("Membership &number"), 7, 0);
    connect(qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("birthDate"))->editor()), &QLineEdit::textChanged,
            this, [this]() {
                // Said only where it matters: a child is booked for by a parent or guardian.
                QMap<QString, QString> errors;
                const Person p = readForm(&errors);
                const bool under13 = !errors.contains(QStringLiteral("birthDate")) && p.birthDate.isValid() &&
                                     p.birthDate < today() &&
                                     !MemberValidation::is13OrOver(p.birthDate, today()).value_or(true);
                m_age->setText(under13 ? tr("Under 13: a parent or guardian books for them.") : QString());
                m_age->setVisible(under13);
            });
}

void MemberEditor::buildHoldingFields(QGridLayout *grid)
{
    // What the member holds: set by staff, who decide which prices a member may have (issue 20: a joiner booked the
    // Members price for £0 because nothing on the record said who had a membership).
    auto *holdingTitle = new QLabel(tr("Membership and concession"), this);
    holdingTitle->setProperty("role", QStringLiteral("subtitle"));
    grid->addWidget(holdingTitle, 8, 0, 1, 2);
    auto editableCombo = [this](const QStringList &choices, const QString &none) {
        auto *box = new QComboBox(this);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->lineEdit()->setMaxLength(MemberValidation::maxFieldLength);
        box->lineEdit()->setPlaceholderText(none);
        box->addItem(QString());
        box->addItems(choices);
        return box;
    };
    m_membershipType =
        editableCombo({tr("Full"), tr("Swim and gym"), tr("Off-peak"), tr("Junior"), tr("Family")}, tr("None"));
    addField(grid, QStringLiteral("membershipType"), tr("Membe&rship (blank: none)"), 9, 0, m_membershipType);
    addField(grid, QStringLiteral("membershipFrom"), tr("&Valid from (DD/MM/YYYY)"), 10, 0);
    addField(grid, QStringLiteral("membershipUntil"), tr("V&alid until (DD/MM/YYYY, blank: no end)"), 10, 1);
    m_concession = editableCombo(
        {tr("Over 60"), tr("Student"), tr("Receiving benefits"), tr("Disability"), tr("Carer")}, tr("None"));
    addField(grid, QStringLiteral("concession"), tr("Concess&ion (blank: none)"), 11, 0, m_concession);
    auto *proof = new QWidget(this);
    auto *proofLayout = new QVBoxLayout(proof);
    proofLayout->setContentsMargins(0, 0, 0, 0);
    m_proofSeen = new QCheckBox(tr("Proof seen"), proof);
    m_proofSeen->setObjectName(QStringLiteral("proofSeenBox"));
    m_proofNote = new QLabel(proof);
    m_proofNote->setObjectName(QStringLiteral("concessionProofNote"));
    m_proofNote->setProperty("role", QStringLiteral("muted"));
    m_proofNote->setWordWrap(true);
    proofLayout->addWidget(m_proofSeen);
    proofLayout->addWidget(m_proofNote);
    addField(grid, QStringLiteral("concessionProofSeen"), tr("Concession proof"), 11, 1, proof);
    connect(m_proofSeen, &QCheckBox::toggled, this, &MemberEditor::showProofNote);
}

// What the buttons and the sync signals do.
void MemberEditor::wireActions()
{
    connect(m_save, &QPushButton::clicked, this, &MemberEditor::save);
    connect(m_edit, &QPushButton::clicked, this, [this]() {
        setEditing(true);
        m_fields.value(QStringLiteral("givenName"))->editor()->setFocus();
    });
    auto *editKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    editKey->setContext(Qt::WindowShortcut);
    connect(editKey, &QShortcut::activated, this, [this]() {
        if (isVisible() && m_edit->isVisible())
            m_edit->click();
    });
    connect(m_cancelEdit, &QPushButton::clicked, this, [this]() {
        if (isDirty() && !MessageBox::confirm(this, tr("Cancel changes"),
                                              tr("Throw away your changes to %1?").arg(m_member.displayName()),
                                              tr("Throw away"), tr("Keep editing")))
            return;
        if (const auto fresh = m_services->store().member(m_member.id); fresh && !fresh->deleted)
            showMember(*fresh);
    });
    connect(m_delete, &QPushButton::clicked, this, &MemberEditor::remove);
    wireDeletion();
    connect(m_retry, &QPushButton::clicked, this, [this]() { m_services->retrySync(m_member.id); });
    connect(m_book, &QPushButton::clicked, this, [this]() { Q_EMIT bookRequested(m_member); });
    connect(m_bookCourt, &QPushButton::clicked, this, [this]() { Q_EMIT bookCourtRequested(m_member); });
    connect(m_bookings, &QPushButton::clicked, this, [this]() { Q_EMIT bookingsRequested(m_member); });
    connect(m_merge, &QPushButton::clicked, this, [this]() {
        if (isDirty()) {
            m_notice->showWarning(tr("Save or undo your changes to %1 before merging.").arg(m_member.displayName()));
            return;
        }
        auto *dialog = new MergeDialog(m_services, m_member, this);
        connect(dialog, &QDialog::accepted, this, [this, dialog]() {
            const Member gone = dialog->merged();
            showMember(dialog->kept());
            m_notice->showInfo(tr("Merged: card %1 now opens %2. Changes are sent to imin in the background.")
                                   .arg(gone.membershipNumber, m_member.displayName()));
        });
        dialog->open();
    });
    connect(m_services, &Services::memberSyncChanged, this, [this](qint64 id) {
        if (id == m_member.id)
            refreshSync();
    });
    connect(m_services, &Services::membersChanged, this, &MemberEditor::membersChanged);
}

bool MemberEditor::isDirty() const
{
    QMap<QString, QString> ignored;
    const Person now = readForm(&ignored);
    for (const auto &[field, label] : MemberMerge::fields()) {
        if (MemberMerge::value(now, field) != MemberMerge::value(m_loaded, field))
            return true;
    }
    return false;
}

void MemberEditor::membersChanged(const QVector<qint64> &ids)
{
    if (!m_member.id || !ids.contains(m_member.id))
        return;
    const std::optional<Member> fresh = m_services->store().member(m_member.id);
    if (!fresh)
        return;
    if (fresh->deleted) {
        // Deleted elsewhere: nothing here can be saved any more, and the form says so.
        m_otherDesk->showWarning(
            tr("%1 was deleted at another desk. Your changes cannot be saved.").arg(m_member.displayName()));
        m_save->setEnabled(false);
        m_book->setEnabled(false);
        m_bookCourt->setEnabled(false);
        m_delete->setEnabled(false);
        return;
    }
    if (fresh->version == m_member.version)
        return; // this desk's own save
    if (isDirty()) {
        m_otherDesk->showWarning(tr("Someone at another desk changed %1 just now. When you save, ActiveDesk shows "
                                    "what they changed.")
                                     .arg(m_member.displayName()));
        return;
    }
    showMember(*fresh);
    m_otherDesk->showInfo(tr("Updated with a change made at another desk just now."));
}

QDate MemberEditor::proofDate() const
{
    if (m_proofSeen->isChecked())
        return m_proofLoaded.isValid() && today() <= m_proofLoaded.addMonths(Membership::proofGoodForMonths).addDays(-1)
                   ? m_proofLoaded
                   : today();                                                    // ticked now: seen today
    return m_proofLoaded.isValid() && !m_proofWasGood ? m_proofLoaded : QDate(); // an old sighting stays on record
}

void MemberEditor::showProofNote()
{
    const QDate seen = proofDate();
    Membership m;
    m.concession = QStringLiteral("-");
    m.concessionProofSeen = seen;
    if (seen.isValid() && m.concessionOn(today()))
        m_proofNote->setText(tr("Seen %1; good until %2.")
                                 .arg(QLocale().toString(seen, QStringLiteral("d MMM yyyy")),
                                      QLocale().toString(m.concessionProofUntil(), QStringLiteral("d MMM yyyy"))));
    else if (seen.isValid())
        m_proofNote->setText(tr("Last seen %1, over a year ago: tick when you have seen it again.")
                                 .arg(QLocale().toString(seen, QStringLiteral("d MMM yyyy"))));
    else
        m_proofNote->setText(tr("Tick when you have seen proof (a bus pass, student card, benefit letter)."));
}

Person MemberEditor::readForm(QMap<QString, QString> *dateErrors) const
{
    auto text = [this](const char *name) {
        return qobject_cast<QLineEdit *>(m_fields.value(QLatin1String(name))->editor())->text().trimmed();
    };
    Person p;
    p.givenName = text("givenName");
    p.familyName = text("familyName");
    p.email = text("email");
    p.telephone = text("telephone");
    const QString birth = text("birthDate");
    if (!birth.isEmpty()) {
        if (const QString bad = MemberValidation::parseDate(birth, &p.birthDate); !bad.isEmpty())
            dateErrors->insert(QStringLiteral("birthDate"), bad);
    }
    for (const auto &[name, date] : {std::pair{"membershipFrom", &p.membership.validFrom},
                                     std::pair{"membershipUntil", &p.membership.validUntil}}) {
        const QString typed = text(name);
        if (!typed.isEmpty() && !MemberValidation::parseDate(typed, date).isEmpty())
            dateErrors->insert(QLatin1String(name), tr("Write the date as DD/MM/YYYY, like 31/03/2027."));
    }
    p.membership.type = m_membershipType->currentText().trimmed();
    p.membership.concession = m_concession->currentText().trimmed();
    p.membership.concessionProofSeen = proofDate();
    p.gender = m_gender->currentData().toString();
    p.is13OrOver = MemberValidation::is13OrOver(p.birthDate, today());
    p.address.streetAddress = text("streetAddress");
    p.address.addressLocality = text("addressLocality");
    p.address.postalCode = text("postalCode").toUpper();
    p.emergencyContactName = text("emergencyContactName");
    p.emergencyContactTelephone = text("emergencyContactTelephone");
    return p;
}

MemberEditor::Draft MemberEditor::draft() const
{
    Draft d;
    d.member = m_member;
    d.loaded = m_loaded;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *line = qobject_cast<QLineEdit *>(it.value()->editor()))
            d.texts.insert(it.key(), line->text());
    }
    d.gender = m_gender->currentData().toString();
    d.membershipType = m_membershipType->currentText();
    d.concession = m_concession->currentText();
    d.proofSeen = m_proofSeen->isChecked();
    d.editing = m_editing;
    return d;
}

void MemberEditor::restoreDraft(const Draft &draft)
{
    if (draft.member.id) {
        const std::optional<Member> fresh = m_services->store().member(draft.member.id);
        if (!fresh || fresh->deleted) {
            newMember();
            return;
        }
        showMember(*fresh);
        m_loaded = draft.loaded; // what the receptionist started from stays the base of a merge
    } else {
        newMember();
    }
    for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it) {
        if (auto *line =
                qobject_cast<QLineEdit *>(m_fields.value(it.key()) ? m_fields.value(it.key())->editor() : nullptr);
            line && line->isEnabled())
            line->setText(it.value());
    }
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(draft.gender)));
    m_membershipType->setCurrentText(draft.membershipType);
    m_concession->setCurrentText(draft.concession);
    m_proofSeen->setChecked(draft.proofSeen);
    setEditing(draft.editing);
}

void MemberEditor::noticeMergedCard(const QString &number)
{
    m_notice->showInfo(
        tr("Card %1 was merged into %2 (card %3).").arg(number, m_member.displayName(), m_member.membershipNumber));
}

void MemberEditor::clearNotice()
{
    m_notice->clear();
}

void MemberEditor::newMember()
{
    resetForm(true);
    Q_EMIT memberChanged(std::nullopt);
}

void MemberEditor::resetForm(bool focus)
{
    delete m_request;
    if (m_deletion)
        m_deletion->abandon(); // a check or cancellation under way is dropped with the member
    m_busy->stop();
    m_member = Member();
    for (Field *f : std::as_const(m_fields)) {
        if (auto *line = qobject_cast<QLineEdit *>(f->editor()))
            line->clear();
        f->setError({});
    }
    m_gender->setCurrentIndex(0);
    m_membershipType->setCurrentText(QString());
    m_concession->setCurrentText(QString());
    m_proofLoaded = QDate();
    m_proofWasGood = false;
    {
        const QSignalBlocker block(m_proofSeen);
        m_proofSeen->setChecked(false);
    }
    showProofNote();
    m_holding->clear();
    m_age->hide();
    Field *number = m_fields.value(QStringLiteral("membershipNumber"));
    number->editor()->setEnabled(true);
    number->setLabel(tr("Membership &number (blank: next free one)"));
    m_title->setText(tr("New member"));
    m_number->clear();
    m_notice->clear();
    m_otherDesk->clear();
    m_conflict->hide();
    m_pinPanel->hide();
    m_loaded = Person();
    m_save->setEnabled(true);
    setEditing(true);
    m_book->setEnabled(true);
    m_bookCourt->setEnabled(true);
    m_delete->setEnabled(true);
    setEnabled(true);
    refreshSync();
    if (focus)
        m_fields.value(QStringLiteral("givenName"))->editor()->setFocus();
}

void MemberEditor::fillForm(const Person &p)
{
    auto set = [this](const char *name, const QString &value) {
        qobject_cast<QLineEdit *>(m_fields.value(QLatin1String(name))->editor())->setText(value);
    };
    set("givenName", p.givenName);
    set("familyName", p.familyName);
    set("email", p.email);
    set("telephone", p.telephone);
    set("birthDate", p.birthDate.isValid() ? p.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(p.gender)));
    set("streetAddress", p.address.streetAddress);
    set("addressLocality", p.address.addressLocality);
    set("postalCode", p.address.postalCode);
    set("emergencyContactName", p.emergencyContactName);
    set("emergencyContactTelephone", p.emergencyContactTelephone);
    const auto day = [](const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); };
    m_membershipType->setCurrentText(p.membership.type);
    set("membershipFrom", day(p.membership.validFrom));
    set("membershipUntil", day(p.membership.validUntil));
    m_concession->setCurrentText(p.membership.concession);
    m_proofLoaded = p.membership.concessionProofSeen;
    m_proofWasGood = p.membership.concessionProofSeen.isValid() && today() <= p.membership.concessionProofUntil();
    {
        const QSignalBlocker block(m_proofSeen);
        m_proofSeen->setChecked(m_proofWasGood);
    }
    showProofNote();
    // What has lapsed, said where staff look first (an expired membership: no member prices until it is renewed).
    if (const QString lapsed = Restrictions::holdingWarning(p.membership, today(), p.givenName); !lapsed.isEmpty())
        m_holding->showWarning(lapsed);
    else
        m_holding->clear();
}

void MemberEditor::showMember(const Member &member)
{
    // The focus stays where it was (the search, the list): an opened member is not typed into by accident.
    resetForm(false);
    m_member = member;
    fillForm(member.person);
    QMap<QString, QString> ignored;
    m_loaded = readForm(&ignored); // as the form shows it (trimmed, upper-case postcode)
    qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("membershipNumber"))->editor())
        ->setText(member.membershipNumber);
    Field *number = m_fields.value(QStringLiteral("membershipNumber"));
    number->editor()->setEnabled(false);
    number->setLabel(tr("Membership &number"));
    m_title->setText(member.displayName());
    refreshSync();
    setEditing(false);
    Q_EMIT memberChanged(m_member);
}

void MemberEditor::refreshSync()
{
    const bool existing = m_member.id != 0;
    if (existing) {
        if (const auto fresh = m_services->store().member(m_member.id)) {
            m_member.sync = fresh->sync;
            m_member.iminIdentifier = fresh->iminIdentifier;
        }
    }
    m_syncState->setVisible(existing);
    m_syncState->setText(existing ? Text::syncState(m_member.sync) : QString());
    m_syncState->setProperty("role", m_member.sync.state == SyncState::State::Failed ? QStringLiteral("error")
                                                                                     : QStringLiteral("muted"));
    m_syncState->style()->unpolish(m_syncState);
    m_syncState->style()->polish(m_syncState);
    m_retry->setVisible(existing && m_member.sync.state == SyncState::State::Failed);
    m_delete->setVisible(existing);
    m_book->setVisible(existing);
    m_bookCourt->setVisible(existing);
    m_bookings->setVisible(existing);
    m_kioskPin->setVisible(existing);
    m_merge->setVisible(existing);
    const bool hasPin = existing && m_services->store().credentials().hasMemberPin(m_member.id);
    m_kioskPin->setText(hasPin ? tr("Reset kiosk PIN…") : tr("Set kiosk PIN…"));
    m_kioskPin->setAccessibleDescription(hasPin ? tr("This member has a kiosk PIN.")
                                                : tr("This member has no kiosk PIN yet."));
    if (!existing)
        m_pinPanel->hide();
    if (existing)
        m_number->setText(
            tr("Member %1").arg(m_member.membershipNumber) +
            (m_member.iminIdentifier.isEmpty() ? QString() : tr("  ·  imin %1").arg(m_member.iminIdentifier)));
}

void MemberEditor::setEditing(bool editing)
{
    // An opened member is a summary: nothing typed (a second card scan, a stray key) changes them until staff choose
    // Edit. A new member's form is for typing at once.
    m_editing = editing || !m_member.id;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *line = qobject_cast<QLineEdit *>(it.value()->editor())) {
            line->setReadOnly(!m_editing);
            line->setProperty("summary", !m_editing);
            line->style()->unpolish(line);
            line->style()->polish(line);
        }
    }
    for (QWidget *w : {static_cast<QWidget *>(m_gender), static_cast<QWidget *>(m_membershipType),
                       static_cast<QWidget *>(m_concession), static_cast<QWidget *>(m_proofSeen)})
        w->setEnabled(m_editing);
    const bool existing = m_member.id != 0;
    m_edit->setVisible(existing && !m_editing);
    m_save->setVisible(m_editing);
    m_cancelEdit->setVisible(existing && m_editing);
}

void MemberEditor::save()
{
    if (!m_editing)
        return; // Enter in a summary saves nothing
    QMap<QString, QString> dateErrors;
    const Person p = readForm(&dateErrors);
    QMap<QString, QString> problems = MemberValidation::check(p, today());
    problems.insert(dateErrors); // replaces, so one message per field
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setError(problems.value(it.key()));
    if (!problems.isEmpty()) {
        m_notice->showError(tr("Check the details marked in red."), false);
        for (const QString &name : std::as_const(m_fieldOrder)) {
            if (problems.contains(name)) {
                m_fields.value(name)->editor()->setFocus();
                break;
            }
        }
        return;
    }
    if (!m_member.id) {
        // The same person already here? Said before a second record is made (issue 20: "John Smith" with Jon Smith's
        // email and date of birth was saved without a word).
        const QVector<MemberStore::PossibleDuplicate> twins = m_services->store().possibleDuplicates(p);
        if (!twins.isEmpty()) {
            const Member &first = twins.constFirst().member;
            QStringList lines;
            for (const MemberStore::PossibleDuplicate &d : twins)
                lines << tr("%1: %2").arg(MemberListModel::whoIs(d.member), d.why);
            const int answer = MessageBox::choose(
                this, tr("Possible duplicate"),
                tr("Possible duplicate:\n%1\n\nOpen the member already here, or create a new member anyway?")
                    .arg(lines.join(QLatin1Char('\n'))),
                {{tr("Open %1").arg(first.displayName()), QMessageBox::AcceptRole},
                 {tr("Create anyway"), QMessageBox::DestructiveRole},
                 {tr("Go back"), QMessageBox::RejectRole}},
                0, QMessageBox::Warning);
            if (answer == 0) {
                if (const auto fresh = m_services->store().member(first.id))
                    showMember(*fresh);
                return;
            }
            if (answer != 1)
                return;
        }
        Member m;
        m.person = p;
        m.membershipNumber =
            qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("membershipNumber"))->editor())->text().trimmed();
        LocalError error;
        if (m_services->saveMember(m, &error) != MemberStore::SaveOutcome::Saved) {
            if (error.kind() == LocalError::Kind::InUse)
                m_fields.value(QStringLiteral("membershipNumber"))->setError(error.message());
            m_notice->showProblem(error); // Retry (saving again) where it can help: a busy database
            return;
        }
        showMember(*m_services->store().member(m.id));
        m_notice->showInfo(tr("Saved. Changes are sent to imin in the background."));
        Q_EMIT saved(m_member);
        return;
    }
    saveAs(p, m_member.version, {});
}

void MemberEditor::saveAs(const Person &person, qint64 baseVersion, const QStringList &mergedBefore)
{
    Member m = m_member;
    m.person = person;
    m.version = baseVersion;
    const Services::MergedSave r = m_services->saveMerging(m, m_loaded, today());
    QStringList merged = mergedBefore;
    for (const QString &label : r.mergedFromOthers) {
        if (!merged.contains(label))
            merged << label;
    }
    switch (r.outcome) {
    case MemberStore::SaveOutcome::Saved:
        showMember(r.saved);
        m_notice->showInfo(merged.isEmpty()
                               ? tr("Saved. Changes are sent to imin in the background.")
                               : tr("Saved, together with what another desk changed meanwhile (%1). Changes are sent "
                                    "to imin in the background.")
                                     .arg(merged.join(QStringLiteral(", ")).toLower()));
        Q_EMIT saved(m_member);
        return;
    case MemberStore::SaveOutcome::Deleted:
        m_notice->showProblem(r.error);
        m_save->setEnabled(false);
        return;
    case MemberStore::SaveOutcome::Failed:
        if (r.error.kind() == LocalError::Kind::InUse)
            m_fields.value(QStringLiteral("membershipNumber"))->setError(r.error.message());
        m_notice->showProblem(r.error);
        return;
    case MemberStore::SaveOutcome::Conflict:
        showConflict(person, *r.theirs, r.conflicts);
        return;
    }
}

void MemberEditor::showConflict(const Person &mine, const Member &theirs, const MemberMerge::Result &result)
{
    qDeleteAll(m_conflict->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_conflict->layout();
    auto *layout = new QVBoxLayout(m_conflict);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *title = new QLabel(tr("Someone at another desk changed %1 while you were editing.").arg(theirs.displayName()),
                             m_conflict);
    title->setProperty("role", QStringLiteral("subtitle"));
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!result.takenFromTheirs.isEmpty()) {
        auto *kept = new QLabel(
            tr("Their change to %1 is kept.").arg(result.takenFromTheirs.join(QStringLiteral(", ")).toLower()),
            m_conflict);
        kept->setWordWrap(true);
        layout->addWidget(kept);
    }
    auto *ask = new QLabel(tr("You both changed the fields below. Choose which to keep:"), m_conflict);
    ask->setWordWrap(true);
    layout->addWidget(ask);
    auto *grid = new QGridLayout;
    QList<QPair<QString, QRadioButton *>> theirsChoices;
    int row = 0;
    for (const MemberMerge::Conflict &c : result.conflicts) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(c.label.toHtmlEscaped()), m_conflict);
        auto *group = new QButtonGroup(m_conflict);
        auto *mineButton = new QRadioButton(tr("Yours: %1").arg(c.mine.isEmpty() ? tr("(empty)") : c.mine), m_conflict);
        mineButton->setObjectName(QStringLiteral("conflictMine_") + c.field);
        auto *theirsButton =
            new QRadioButton(tr("Theirs: %1").arg(c.theirs.isEmpty() ? tr("(empty)") : c.theirs), m_conflict);
        theirsButton->setObjectName(QStringLiteral("conflictTheirs_") + c.field);
        group->addButton(mineButton);
        group->addButton(theirsButton);
        mineButton->setChecked(true);
        grid->addWidget(label, row, 0);
        grid->addWidget(mineButton, row, 1);
        grid->addWidget(theirsButton, row, 2);
        theirsChoices.append({c.field, theirsButton});
        ++row;
    }
    layout->addLayout(grid);
    auto *buttons = new QHBoxLayout;
    auto *resolve = new QPushButton(tr("Save with these choices"), m_conflict);
    resolve->setObjectName(QStringLiteral("resolveConflictButton"));
    resolve->setProperty("role", QStringLiteral("primary"));
    auto *allTheirs = new QPushButton(tr("Take all of theirs"), m_conflict);
    allTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    auto *cancel = new QPushButton(tr("Not now"), m_conflict);
    cancel->setObjectName(QStringLiteral("closeConflictButton"));
    buttons->addWidget(resolve);
    buttons->addWidget(allTheirs);
    buttons->addStretch();
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    auto finish = [this, result, theirs](const QStringList &useTheirs) {
        const Person settled = MemberMerge::resolve(result, theirs.person, useTheirs);
        m_conflict->hide();
        fillForm(settled);
        m_loaded = theirs.person;
        m_member.version = theirs.version;
        saveAs(settled, theirs.version, result.takenFromTheirs);
    };
    connect(resolve, &QPushButton::clicked, this, [finish, theirsChoices]() {
        QStringList useTheirs;
        for (const auto &[field, button] : theirsChoices) {
            if (button->isChecked())
                useTheirs << field;
        }
        finish(useTheirs);
    });
    connect(allTheirs, &QPushButton::clicked, this, [finish, result]() {
        QStringList all;
        for (const MemberMerge::Conflict &c : result.conflicts)
            all << c.field;
        finish(all);
    });
    connect(cancel, &QPushButton::clicked, m_conflict, &QWidget::hide);
    Q_UNUSED(mine);
    fillForm(result.merged); // the other desk's changes show in the form at once; the clashes keep this desk's
    m_otherDesk->clear();    // the panel says it all
    m_notice->showWarning(tr("Not saved yet: choose what to keep below."));
    m_conflict->show();
    resolve->setFocus();
}

void MemberEditor::remove()
{
    if (!m_member.id)
        return;
    m_notice->clear();
    m_deletion->check(m_member); // bookings first: deleting a member does not cancel what they booked
}

void MemberEditor::wireDeletion()
{
    m_deletion = new MemberDeletion(m_services, this);
    connect(m_deletion, &MemberDeletion::stageChanged, this, [this](MemberDeletion::Stage stage) {
        const QString name = m_deletion->member().displayName();
        switch (stage) {
        case MemberDeletion::Stage::Checking:
            m_busy->start(tr("Checking %1's bookings…").arg(name));
            m_delete->setEnabled(false);
            break;
        case MemberDeletion::Stage::Cancelling:
            m_busy->start(tr("Cancelling %1's bookings…").arg(name));
            setEnabled(false);
            break;
        case MemberDeletion::Stage::Idle:
            m_busy->stop();
            m_delete->setEnabled(true);
            setEnabled(true);
            break;
        }
    });
    connect(m_deletion, &MemberDeletion::checkFailed, this, [this](const Problem &problem) {
        const int answer = MessageBox::choose(this, tr("Delete member"),
                                              tr("ActiveDesk could not check whether %1 has upcoming bookings: %2")
                                                  .arg(m_deletion->member().displayName(), problem.sentence()),
                                              {{tr("Delete without checking"), QMessageBox::DestructiveRole},
                                               {tr("Keep member"), QMessageBox::RejectRole}},
                                              1, QMessageBox::Warning);
        if (answer == 0)
            askToDelete({});
    });
    connect(m_deletion, &MemberDeletion::checked, this, &MemberEditor::askToDelete);
    connect(m_deletion, &MemberDeletion::cancellationIncomplete, this, [this](const Problem &problem) {
        m_notice->showError(tr("Not every booking could be cancelled, so %1 was not deleted. %2")
                                .arg(m_deletion->member().displayName(), problem.sentence()),
                            false);
    });
    connect(m_deletion, &MemberDeletion::failed, this, [this](const Problem &problem) {
        m_notice->showError(problem.sentence(), false); // Delete again is the retry: the button is beside it
    });
    connect(m_deletion, &MemberDeletion::deleted, this, [this](const QString &name) {
        newMember();
        m_notice->showInfo(tr("%1 was deleted.").arg(name));
        Q_EMIT deleted();
    });
}

void MemberEditor::askToDelete(const QVector<OrderItem> &upcoming)
{
    const QString name = m_deletion->member().displayName();
    const QString erases =
        tr("This erases their name, contact details, date of birth and address from ActiveDesk and asks imin to erase "
           "them too. Past bookings stay with imin under a placeholder name. This cannot be undone.");
    if (upcoming.isEmpty()) {
        if (MessageBox::confirm(this, tr("Delete member"), tr("Delete %1?\n\n%2").arg(name, erases),
                                tr("Delete member"), tr("Keep member")))
            m_deletion->deleteNow();
        return;
    }
    QStringList lines;
    for (const OrderItem &i : upcoming) {
        const bool can = i.isPresentlyCancellable.value_or(false);
        lines << QStringLiteral("• %1, %2%3")
                     .arg(i.title(), Text::when(i.startDate), can ? QString() : tr(" (can no longer be cancelled)"));
    }
    const QString text =
        tr("%1 has %n upcoming booking(s):\n%2\n\nDeleting a member does not cancel bookings: they would stay booked "
           "under a placeholder name.\n\n%3",
           nullptr, int(upcoming.size()))
            .arg(name, lines.join(QLatin1Char('\n')), erases);
    const int cancellable = m_deletion->cancellableCount();
    QList<MessageBox::Choice> choices;
    if (cancellable > 0)
        choices << MessageBox::Choice{tr("Cancel bookings, then delete"), QMessageBox::DestructiveRole};
    choices << MessageBox::Choice{tr("Delete, keep bookings"), QMessageBox::DestructiveRole}
            << MessageBox::Choice{tr("Keep member"), QMessageBox::RejectRole};
    const int answer = MessageBox::choose(this, tr("Delete member"), text, choices, int(choices.size()) - 1);
    if (cancellable > 0 && answer == 0)
        m_deletion->cancelBookingsThenDelete();
    else if (answer == int(choices.size()) - 2)
        m_deletion->deleteNow();
}

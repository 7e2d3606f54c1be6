#include "KioskProfilePage.h"

#include "Accessibility.h"
#include "AdminExitOverlay.h"
#include "BookingEnd.h"
#include "BookingModels.h"
#include "CheckoutPage.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "CourtsPage.h"
#include "domain/MemberValidation.h"
#include "domain/Restrictions.h"
#include "FacilityBrowser.h"
#include "KioskOverlay.h"
#include "KioskParts.h"

using namespace KioskParts;
#include "MemberBookings.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "OrderPanel.h"
#include "ReceiptView.h"
#include "RowDelegate.h"
#include "services/BookingFlow.h"
#include "services/Services.h"
#include "SessionBrowser.h"
#include "SessionControls.h"
#include "SessionListModel.h"
#include "util/Clock.h"
#include "util/Text.h"
#include "Widgets.h"
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

// ---------------------------------------------------------------------------------------------------------------
KioskProfilePage::KioskProfilePage(Services *services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("kioskProfile"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = touchScrollArea(this);
    outer->addWidget(m_scroll);
    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 12, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(label(tr("My details"), "title", content));
    m_number = label(QString(), "muted", content, "kioskMemberNumber");
    m_holding = label(QString(), "muted", content, "kioskMembership");
    m_sync = label(QString(), "muted", content, "kioskSyncState");
    m_notice = new Notice(content);
    m_notice->setObjectName(QStringLiteral("kioskProfileNotice"));
    layout->addWidget(m_number);
    layout->addWidget(m_holding);
    layout->addWidget(m_sync);
    layout->addWidget(m_notice);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(10);
    auto add = [&](const QString &name, const QString &text, int row, int column, Qt::InputMethodHints hints,
                   int span = 1) {
        auto *line = new QLineEdit(content);
        line->setMaxLength(MemberValidation::maxFieldLength);
        line->setInputMethodHints(hints);
        auto *f = new Field(name, text, line, content);
        m_fields.add(name, f);
        grid->addWidget(f, row, column, 1, span);
    };
    add(QStringLiteral("givenName"), tr("First name"), 0, 0, Qt::ImhNoPredictiveText);
    add(QStringLiteral("familyName"), tr("Last name"), 0, 1, Qt::ImhNoPredictiveText);
    add(QStringLiteral("email"), tr("Email"), 1, 0, Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase, 2);
    add(QStringLiteral("telephone"), tr("Phone"), 2, 0, Qt::ImhDialableCharactersOnly);
    add(QStringLiteral("streetAddress"), tr("Street address"), 3, 0, Qt::ImhNoPredictiveText, 2);
    add(QStringLiteral("addressLocality"), tr("Town"), 4, 0, Qt::ImhNoPredictiveText);
    add(QStringLiteral("postalCode"), tr("Postcode"), 4, 1, Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
    add(QStringLiteral("emergencyContactName"), tr("Emergency contact"), 5, 0, Qt::ImhNoPredictiveText);
    add(QStringLiteral("emergencyContactTelephone"), tr("Emergency contact's phone"), 5, 1,
        Qt::ImhDialableCharactersOnly);
    layout->addLayout(grid);
    m_fields.chainReturn(this, [this]() { save(); }); // Enter moves on; from the last field it saves
    m_save = new QPushButton(tr("Save my details"), content);
    m_save->setObjectName(QStringLiteral("kioskSaveProfile"));
    m_save->setProperty("role", QStringLiteral("primary"));
    layout->addWidget(m_save);
    layout->addStretch();
    m_scroll->setWidget(content);
    connect(m_save, &QPushButton::clicked, this, &KioskProfilePage::save);
    connect(m_services, &Services::memberSyncChanged, this, [this](qint64 id) {
        if (id == m_member.id)
            refreshSync();
    });
}

void KioskProfilePage::showMember(const Member &member)
{
    m_member = member;
    fill(member.person);
    m_loaded = member.person;
    QMap<QString, QString> ignored;
    m_loaded = read(&ignored); // as the form shows it
    m_fields.show({});
    m_notice->clear();
    m_number->setText(tr("Membership number %1").arg(member.membershipNumber));
    // What they hold, set at reception (a member does not change it here).
    m_holding->setText(Restrictions::holdingText(member.person.membership, Clock::instance().localDate()));
    refreshSync();
}

void KioskProfilePage::refreshSync()
{
    if (const auto fresh = m_services->store().member(m_member.id))
        m_member.sync = fresh->sync;
    m_sync->setText(Text::syncState(m_member.sync, true));
    setRole(m_sync,
            m_member.sync.state == SyncState::State::Failed ? QStringLiteral("error") : QStringLiteral("muted"));
}

void KioskProfilePage::fill(const Person &p)
{
    for (const QString &name : m_fields.names())
        m_fields.line(name)->setText(MemberMerge::value(p, name));
}

Person KioskProfilePage::read(QMap<QString, QString> *problems) const
{
    Person p = m_member.person; // date of birth and gender are kept as they are
    for (const QString &name : m_fields.names())
        MemberMerge::setValue(p, name, m_fields.line(name)->text().trimmed());
    p.address.postalCode = p.address.postalCode.toUpper();
    *problems = MemberValidation::check(p, today());
    for (auto it = problems->begin(); it != problems->end();) {
        if (!m_fields.contains(it.key()))
            it = problems->erase(it); // not a field on this form (checked at the desk)
        else
            ++it;
    }
    return p;
}

void KioskProfilePage::save()
{
    QMap<QString, QString> problems;
    const Person p = read(&problems);
    if (Field *first = m_fields.show(problems)) {
        m_notice->showError(tr("Check the details marked in red."), false);
        m_scroll->ensureWidgetVisible(first);
        return;
    }
    Member m = m_member;
    m.person = p;
    const Services::MergedSave r = m_services->saveMerging(m, m_loaded, today());
    switch (r.outcome) {
    case MemberStore::SaveOutcome::Saved:
        showMember(r.saved);
        m_notice->showInfo(r.mergedFromOthers.isEmpty()
                               ? tr("Saved. Your new details are on their way to the booking system.")
                               : tr("Saved, together with a change reception made just now (%1).")
                                     .arg(r.mergedFromOthers.join(QStringLiteral(", ")).toLower()));
        Q_EMIT saved(m_member);
        return;
    case MemberStore::SaveOutcome::Deleted:
    case MemberStore::SaveOutcome::Failed:
        m_notice->showError(tr("Your details could not be saved. Please ask at reception."), false);
        return;
    case MemberStore::SaveOutcome::Conflict:
        break;
    }
    // Reception changed a field the member changed too: show them what reception wrote, keep theirs in the field,
    // and the next Save keeps the member's.
    for (const MemberMerge::Conflict &c : r.conflicts.conflicts) {
        if (Field *f = m_fields.field(c.field))
            f->setError(tr("Reception changed this to “%1” just now. Save again to keep yours.")
                            .arg(c.theirs.isEmpty() ? tr("(empty)") : c.theirs));
    }
    fill(r.conflicts.merged);
    m_loaded = r.theirs->person;
    m_member.version = r.theirs->version;
    m_notice->showWarning(tr("Not saved yet: reception changed your details while you were editing."));
}

#pragma once

#include "domain/Member.h"
#include "domain/MemberMerge.h"
#include <QPointer>
#include <QTimer>
#include <QWidget>

class BusyIndicator;
class Services;
class Field;
class Notice;
class QCheckBox;
class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
struct OrderItem;

// Create or edit one member; validation shown next to each field; imin sync state with Retry.
class MemberEditor : public QWidget
{
    Q_OBJECT
public:
    MemberEditor(Services *services, QWidget *parent = nullptr);
    void showMember(const Member &member);
    void newMember();
    std::optional<Member> current() const { return m_member.id ? std::optional<Member>(m_member) : std::nullopt; }
    void refreshSync();
    void clearNotice();
    // Says that `number` (a card scanned or typed) belongs to a record merged into the member shown.
    void noticeMergedCard(const QString &number);
    // The form differs from what was loaded.
    bool isDirty() const;
    // What the form holds, typed text and all, for a rebuilt form (a language change) to carry on from.
    struct Draft
    {
        Member member;                // the member being edited (id 0: a new one)
        Person loaded;                // the base of a merge, as first loaded
        QMap<QString, QString> texts; // field name -> text as typed
        QString gender;
        QString membershipType;
        QString concession;
        bool proofSeen = false;
        bool editing = false; // Edit was chosen (or a new member)
    };
    Draft draft() const;
    void restoreDraft(const Draft &draft);

Q_SIGNALS:
    void saved(const Member &member);
    void deleted();
    void bookRequested(const Member &member);
    void bookCourtRequested(const Member &member);
    void bookingsRequested(const Member &member);
    // The member the form is about: one opened or saved, or none (a new member's form, a deleted one).
    void memberChanged(const std::optional<Member> &member);

private:
    // The constructor's parts, top to bottom.
    void buildHeader(QVBoxLayout *layout);
    void buildActions(QVBoxLayout *layout);
    void buildPinPanel(QVBoxLayout *layout); // set or reset the member's kiosk PIN
    void buildPersonFields(QGridLayout *grid);
    void buildHoldingFields(QGridLayout *grid); // membership and concession
    void addField(QGridLayout *grid, const QString &name, const QString &label, int row, int column,
                  QWidget *editor = nullptr, int span = 1);
    void wireActions();
    // Empties the form for a new member; `focus`: the cursor goes to First name.
    void resetForm(bool focus);
    void save();
    void setEditing(bool editing);
    // Saves over `baseVersion` with what another desk changed merged in; `mergedBefore`: fields already taken from
    // them (a settled conflict).
    void saveAs(const Person &person, qint64 baseVersion, const QStringList &mergedBefore);
    void showConflict(const Person &mine, const Member &theirs, const MemberMerge::Result &result);
    void membersChanged(const QVector<qint64> &ids);
    void fillForm(const Person &p);
    void remove();
    void wireDeletion(); // the member deletion flow's questions and answers
    void askToDelete(const QVector<OrderItem> &upcoming);
    // The form as a Person; dates that cannot be read go in `dateErrors` (field name -> message).
    Person readForm(QMap<QString, QString> *dateErrors) const;
    QDate proofDate() const; // the concession proof's day as the form has it
    void showProofNote();
    Services *m_services;
    Member m_member;
    QLabel *m_title, *m_number, *m_age, *m_syncState;
    QPushButton *m_retry, *m_delete, *m_book, *m_bookCourt, *m_bookings, *m_save, *m_kioskPin, *m_merge, *m_edit,
        *m_cancelEdit;
    QFrame *m_pinPanel;
    QLabel *m_pinIntro;
    Field *m_pinField, *m_pinAgain;
    QMap<QString, Field *> m_fields;
    QStringList m_fieldOrder; // as on screen, for "focus the first field in error"
    QComboBox *m_gender;
    QComboBox *m_membershipType, *m_concession;
    QCheckBox *m_proofSeen;
    QLabel *m_proofNote;
    QDate m_proofLoaded;         // the proof's day as loaded
    bool m_proofWasGood = false; // and still good today
    Notice *m_holding;           // a membership that has ended or ends soon, proof too old
    bool m_editing = true;       // the fields take typing (a new member, or Edit chosen); else a summary
    Notice *m_notice, *m_otherDesk;
    BusyIndicator *m_busy;
    Person m_loaded;    // the member as this form loaded it: the base of a merge
    QFrame *m_conflict; // "another desk changed this member meanwhile": field by field
    QPointer<QObject> m_request;
    class MemberDeletion *m_deletion = nullptr;
};

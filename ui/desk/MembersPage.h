#pragma once

#include "domain/Member.h"
#include "domain/MemberMerge.h"
#include "MemberEditor.h"
#include <QPointer>
#include <QTimer>
#include <QWidget>

class Services;
class MemberListModel;
class QLabel;
class QLineEdit;
class QListView;

class MembersPage : public QWidget
{
    Q_OBJECT
public:
    MembersPage(Services *services, QWidget *parent = nullptr);
    void focusSearch();
    void newMember();
    void clearAll(); // log-out: nothing of the last person stays
    // A card scanned anywhere at the desk: that member opens (the search shows the number, so the next scan
    // replaces it); returns false, with the list saying so, when no member has that card.
    bool findCard(const QString &number);
    // The search and the form, carried over when the page is rebuilt in another language.
    struct State
    {
        QString search;
        MemberEditor::Draft draft;
    };
    State state() const;
    void restoreState(const State &state);
    MemberEditor *editor() const { return m_editor; }
    MemberListModel *model() const { return m_model; }

Q_SIGNALS:
    void bookRequested(const Member &member);
    void bookCourtRequested(const Member &member);
    void bookingsRequested(const Member &member);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    QString typeToFind() const;
    void openRow(int row);
    void openFromSearchField();
    Services *m_services;
    QLineEdit *m_search;
    QListView *m_list;
    MemberListModel *m_model;
    QLabel *m_empty;
    MemberEditor *m_editor;
    QTimer m_debounce;
};

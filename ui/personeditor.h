#pragma once

#include "people/person.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;
class QUndoStack;

namespace Rollbook {

class Database;
class PersonSearchDialog;

// The learner editor (DESIGN §1.3), and its mirror for a parent. The General tab edits names,
// user name, synchronisation key, e-mail and the initial password, checked as the import checks
// them; Save stores them as one undoable edit. The Parent tab (Children, for a parent) lists the
// people linked, each with a Remove button; "+ Parent" ("+ Child") searches for more. Links
// change at once, each an undoable command of `undoStack`. Save stores over the version of the
// person that was opened: when someone else changed them since, it says who and when, keeps what
// was typed, and offers Reopen, which shows the person as stored now.
class PersonEditor : public QDialog
{
    Q_OBJECT

public:
    PersonEditor(Database *database, QUndoStack *undoStack, qint64 personId,
                 QWidget *parent = nullptr);

    qint64 personId() const { return m_person.id; }
    const Person &person() const { return m_person; }
    // The people on the Parent or Children tab, in the order shown.
    const QList<Person> &linked() const { return m_linked; }
    // The search dialog of "+ Parent" / "+ Child" while it is open.
    PersonSearchDialog *searchDialog() const;

public slots:
    // Checks and stores the General tab; false (with the problems shown) when nothing was saved.
    bool save();
    void addLinks();
    void removeLink(qint64 otherId);
    // Shows the person as stored now, discarding what was typed on the General tab.
    void reopen();
    // Erase…: after a confirmation that names what will go (and the parents who would be left
    // with no child, to erase too if ticked), erases the person everywhere (Erasure::erase) in
    // the background, says what was done and closes. It cannot be undone, and the undo stack is
    // cleared: its steps may name the person.
    void erase();

signals:
    // The person (and any parents with them) were erased; `summary` says what was done.
    void erased(const QString &summary);

private:
    void loadPerson();
    void loadLinks();
    Person editedPerson() const;
    void showProblems(const QStringList &messages, QWidget *first);
    void linkChecked();
    QString linkedProfile() const;

    Database *m_database;
    QUndoStack *m_undoStack;
    Person m_person;
    QList<Person> m_linked;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_syncKey = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_reveal = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_reopen = nullptr;
    QTableWidget *m_links = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_linksStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_erase = nullptr;
    QPointer<PersonSearchDialog> m_search;
};

} // namespace Rollbook

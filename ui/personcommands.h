#pragma once

#include "core/result.h"
#include "people/person.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace Rollbook {

class Database;

// The changes made by hand on the users page and in the learner editor, as commands of the main
// window's QUndoStack (Edit > Undo / Redo). Each step goes through PersonStore, which writes its
// audit row in the same transaction: a link, an unlink, an edit, and their undoing alike.
//
// The first step is taken by apply() before the command is pushed, so that a refusal can be
// shown where the user acted and nothing lands on the stack; push() then skips that first redo.
// A later undo or redo that fails (someone changed the database meanwhile) says why in a
// message box over `window` and leaves the command in place.
class PersonCommand : public QUndoCommand
{
public:
    Status apply();
    void redo() override;
    void undo() override;

protected:
    PersonCommand(Database *database, QWidget *window, const QString &text);
    virtual Status forward() = 0;
    virtual Status backward() = 0;
    Database *database() const { return m_database; }

private:
    void report(const Status &status) const;

    Database *m_database;
    QPointer<QWidget> m_window;
    bool m_applied = false;
};

// Links a parent to a learner; undo unlinks.
class LinkCommand : public PersonCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::LinkCommand)

public:
    LinkCommand(Database *database, QWidget *window, const Person &parent, const Person &learner,
                bool makeLink);

protected:
    Status forward() override;
    Status backward() override;

private:
    Status link(bool make);
    qint64 m_parent;
    qint64 m_learner;
    bool m_makeLink;
};

// Stores new values of a person's editable fields; undo puts the old ones back. Each step is
// stored only over the version the previous one left (the first: the version `before` was read
// at), so that it never overwrites unseen what someone else changed meanwhile.
class EditPersonCommand : public PersonCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::EditPersonCommand)

public:
    EditPersonCommand(Database *database, QWidget *window, const Person &before,
                      const Person &after);

protected:
    Status forward() override;
    Status backward() override;

private:
    Status store(const Person &values);

    Person m_before;
    Person m_after;
    int m_version; // the person's version the next step is made over
};

} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "people/person.h"
#include "people/personvalidation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Rollbook {

// Reading people and changing their links by hand: the SQL of `person` and `parent_link` for
// everything but the import. Every change by hand writes its `audit` row in the same transaction.
// A change to a person's row adds one to its version and names the actor in updated_by; a link
// is a row of its own and leaves the people's versions alone (link() refuses a link that exists,
// unlink() one that does not: each checks what it changes itself).
class PersonStore
{
public:
    explicit PersonStore(const QSqlDatabase &db);

    // The columns of `person` that fromRow() reads, in its order; with `alias`, qualified by it
    // ("p.id, p.internal_id, …") for a join.
    static QString columns(const QString &alias = {});
    // The person in the row of `query` whose columns() start at `offset`.
    static Person fromRow(const QSqlQuery &query, int offset = 0);

    Result<std::optional<Person>> find(qint64 id) const;

    // The person a user names on the command line: by user name, else synchronisation key, else
    // Internal person ID. Two different people answering to the name is an error that says so.
    Result<Person> resolve(const QString &reference) const;

    // Links a parent to a learner; refuses anything else, and a link that already exists.
    Status link(qint64 parentId, qint64 learnerId, const QString &actor);
    Status unlink(qint64 parentId, qint64 learnerId, const QString &actor);

    // What stands in the way of storing `person` (its id names who it is; -1 for someone new):
    // the field rules the import applies (PersonRules) and a user name or synchronisation key
    // that belongs to someone else. Empty: it can be stored.
    Result<QList<FieldProblem>> validate(const Person &person) const;

    // Stores a person's editable fields (names, user name, synchronisation key, e-mail,
    // password) after validate(), with an `edit` audit row naming the fields that changed (never
    // a password's value), in one transaction. Nothing changed: nothing is written.
    // Only over the version `person` was read at: when someone changed the person since, it is
    // refused ("… was changed by WHO at TIME; reopen to see the change.") and nothing is written.
    // A save adds one to the version and names `actor` in updated_by; `version`, when given, is
    // set to the person's version afterwards.
    Status update(const Person &person, const QString &actor, int *version = nullptr);

    // A learner's parents, or a parent's children, ordered by name.
    Result<QList<Person>> linkedTo(qint64 personId) const;

    struct Filter
    {
        QString profile; // empty: every profile
        QString search;  // part of a name, user name, sync key or e-mail; empty: everyone
    };
    // Calls `visit` for every person the filter lets through, ordered by last name, first name
    // and user name, with the user names of their parents (for a learner) or children (for a
    // parent). Streams: nothing is held but the current person.
    Status
    forEach(const Filter &filter,
            const std::function<void(const Person &, const QStringList &linked)> &visit) const;

private:
    Status changeLink(qint64 parentId, qint64 learnerId, const QString &actor, bool makeLink);

    QSqlDatabase m_db;
};

} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "people/person.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Rollbook {

// Erasing people on request (a family that left and asks for deletion, GDPR article 17): the
// person, their links, their values in the undo records and import history, their names in the
// audit rows (each row kept with its time, who did it and what, its subject replaced by a neutral
// marker), in the database and in every backup beside it. It cannot be undone.
namespace Erasure {

// The marker an audit row that named an erased person gets in place of its subject.
inline constexpr auto erasedMarker = "(erased)";

struct Plan
{
    QList<Person> people;            // to erase, in the order asked
    QList<Person> orphanedParents;   // parents who would have no child left; erased only if asked
    QList<QList<Person>> childrenOf; // of each orphaned parent, the erased children they had
};

// Finds the people by user name (as the command line and the window name them). A user name
// that is not there is refused (Error::invalid naming it), with nothing changed.
Result<Plan> plan(const QSqlDatabase &db, const QStringList &usernames);

// What erase() removed, and where.
struct Erased
{
    int people = 0;
    int links = 0;
    int undoRecords = 0;   // rows of import_person_before / _removed / claims naming them
    int auditRows = 0;     // audit rows whose subject and detail were replaced by the marker
    qsizetype backups = 0; // backups beside the database rewritten without them
    bool onServer = false; // a server's database: Rollbook made no copies of it
};

// Erases `people` (and, when given, the orphaned parents too: pass them in `people`). All or
// nothing: every backup is changed in a copy first, and one that cannot be changed stops it,
// naming the file, before anything is changed. One audit row "erase" says how many, never who.
Result<Erased> erase(QSqlDatabase &db, const QList<Person> &people, const QString &actor);

// "Erased 2 people: their links (3), undo records (1) and audit rows (4), in the database and
// in 2 backups beside it."
QString summary(const Erased &erased);

} // namespace Erasure
} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "import/importplan.h"
#include "people/field.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <array>
#include <atomic>

namespace Rollbook {

// How many rows of a parent file name a learner that is in the database now, read one way.
struct ChildMatchCount
{
    qint64 rows = 0;            // rows with a child reference
    qint64 found = 0;           // of those, the ones that name exactly one learner
    qint64 missing = 0;         // the others
    QList<qint64> missingLines; // the first few lines of the others
};

// The column of a parent file that most likely names the child (ChildID, Pupil sync key,
// Barnets brukernavn, Elev-ID, …), or -1.
int guessChildColumn(const QStringList &headers);

// The count for each MatchField (indexed by its value), for the plan's file and its syncField
// column: what the wizard's Parent relationship step shows, and how it guesses the matching
// field. Streams the file and asks the database once per distinct reference. `cancel` is looked
// at as it reads; a cancelled count is an Error.
Result<std::array<ChildMatchCount, 3>> countChildMatches(const QSqlDatabase &db,
                                                         const ImportPlan &plan,
                                                         const std::atomic<bool> *cancel = nullptr,
                                                         int linesKept = 10);

// The matching fields that find the most children (more than none): Synchronisation key first,
// then Username, then Internal person ID. The wizard and the command line guess the matching
// field by it; several are a tie the user settles.
QList<MatchField> bestMatchFields(const std::array<ChildMatchCount, 3> &counts);

} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "import/childmatch.h"
#include "import/filelayout.h"
#include "import/importplan.h"
#include "import/mappingstore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Rollbook::Cli {

// What `import` guesses, as the wizard does, for the options left out: the start of the file,
// read as the plan reads it, and the sentences that say what was chosen.

// The header and the first rows of the plan's file. An Error::invalid when the file is no CSV
// Rollbook can read (the import then reports why), Error::file when it cannot be opened,
// Error::usage for a wrong --encoding or --delimiter.
struct FileSample
{
    QStringList headers;
    QList<QStringList> rows;
};
Result<FileSample> readSample(const ImportPlan &plan, int rows = 20);

// "Profile: Parent — The column “Elevnummer” names each parent's child.": the profile guessed
// and why.
QString describeProfile(const FileLayout &layout);

// The column that names each parent's child when none was chosen: the layout's, unless several
// columns could (a child's or a learner's key, and no single one a child's key), which is an
// Error::usage naming them. Empty when no column names a child.
Result<QString> chooseChildColumn(const FileLayout &layout, const QStringList &headers);

// The lines that say how the file's columns are read: the guardian groups of a file of learners
// with their parents, the columns mapped ("Columns: Elevnummer → Synchronisation key, …") when
// none was mapped by hand, and the columns of full names, which are split.
QStringList describeColumns(const ImportPlan &plan, const FileLayout &layout,
                            const QStringList &headers);

// The matching field that finds the most children. Several that find the same most (more than
// none) are an Error::usage naming them; when none finds a child, Synchronisation key.
Result<MatchField> bestMatchField(const std::array<ChildMatchCount, 3> &counts,
                                  const QString &column);

// "Synchronisation field in import file: Elevnummer — 7 of 7 rows find their child by
// Synchronisation key"; without counts, the column alone.
QString describeChildMatch(const QString &column, MatchField match,
                           const ChildMatchCount *count = nullptr);

// The mapping an import starts from, with the lines that say so.
struct StartingMapping
{
    std::optional<ImportMapping> mapping;
    QStringList lines;
};

// The preset named (`preset`), else the mapping remembered for a file with these headers
// and profile (`chosenProfile`, else `guessedProfile`) unless not `remembered`, else with
// `similar` a similar file's; without `similar` a similar file's is only offered, with a line
// saying so. A preset that is not there is an Error::usage naming those
// there are; one that names columns the file lacks an Error::invalid naming them.
Result<StartingMapping> startingMapping(const QSqlDatabase &db, const QStringList &headers,
                                        const QString &preset, bool remembered, bool similar,
                                        std::optional<Profile> chosenProfile,
                                        Profile guessedProfile);

} // namespace Rollbook::Cli

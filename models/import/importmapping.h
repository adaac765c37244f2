#pragma once

#include "core/result.h"
#include "import/importoptions.h"
#include "import/importplan.h"
#include "people/field.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rollbook {

// One column of a mapping: the file's header and what it holds.
struct MappedColumn
{
    QString header;
    Field field = Field::Ignore;
    friend bool operator==(const MappedColumn &, const MappedColumn &) = default;
};

// One guardian of a file of learners with their parents, by the headers of its columns.
struct MappedGuardian
{
    QString label;
    QList<MappedColumn> columns;
    friend bool operator==(const MappedGuardian &, const MappedGuardian &) = default;
};

// How a file's columns were read, as an administrator confirmed it: what an import remembers
// under the file's header signature, and what a preset carries from one school to the next.
// Columns are named by their headers, so that a file with the same columns in another order
// can take it too. What decides one file only (skip rows with errors, check only) is not part
// of it: every file's problems are seen.
struct ImportMapping
{
    QStringList headers; // the file's, in file order
    Profile profile = Profile::Learner;
    // The row's own person (the learner of a learners-with-parents file): every column, in
    // file order; a guardian's or the child's column is Ignore here.
    QList<MappedColumn> columns;
    QList<MappedGuardian> guardians; // LearnersWithParents
    QString syncField;               // Parent
    MatchField matchField = MatchField::SyncKey;
    QString encoding;  // empty: detected
    QString delimiter; // empty: detected
    ImportMode mode = ImportMode::AddAndUpdate;
    bool fillPasswords = false;
    bool makeGuardianUsernames = false;
    GuardianUsernameRule guardianUsernameRule = GuardianUsernameRule::FirstDotLast;
    bool deriveParentSyncKeys = false;

    friend bool operator==(const ImportMapping &, const ImportMapping &) = default;
};

namespace ImportMappings {

// The file's header signature: its headers folded (case, accents, spaces and punctuation as
// the header guess folds them) and joined in order. Two files with the same signature have the
// same columns in the same order.
QString signature(const QStringList &headers);

// The field of each column: `guess` with `overrides` (header, field) over it, as the import reads
// a plan's --map: a field mapped by hand leaves the column it was guessed for. The headers of
// overrides the file does not have are added to `unknown`.
QList<Field> resolve(QList<Field> guess, const QStringList &headers,
                     const QList<std::pair<QString, Field>> &overrides, QStringList *unknown);

// The mapping an import of `plan` uses for a file with these headers: the header guess for the
// plan's profile, with the plan's columns mapped by hand over it (as the import reads them).
ImportMapping of(const ImportPlan &plan, const QStringList &headers);

// The headers the mapping needs that `headers` lacks (compared folded): its mapped columns,
// its guardians' columns and the child's column. Empty when the mapping fits the file.
QStringList missingColumns(const ImportMapping &mapping, const QStringList &headers);

// `plan` set up to read a file with these headers as `mapping` says: profile, every column by
// hand (a column the mapping does not name keeps the header guess), the guardians, the child's
// column and how it names the child, the reading and the options. A file that lacks columns
// the mapping needs is for missingColumns() to refuse first.
void applyTo(const ImportMapping &mapping, const QStringList &headers, ImportPlan &plan);

// The mapping's guardians as groups of the file's columns (by index), as applyTo() sets them.
QList<GuardianGroup> guardianGroups(const ImportMapping &mapping, const QStringList &headers);

// The field the mapping gives each of the file's columns (headers compared folded), where it
// names the column.
QList<std::optional<Field>> fieldsFor(const ImportMapping &mapping, const QStringList &headers);

// The field the mapping gives the column named `header` (compared folded), if it names it.
std::optional<Field> fieldOf(const ImportMapping &mapping, const QString &header);

// How `headers` differ from the mapping's, for the sentence that offers a similar file's
// mapping: "the columns are in another order", "it has the column “Klasse” too".
QString difference(const ImportMapping &mapping, const QStringList &headers);

// The mapping as JSON, and back. fromJson refuses what is not a mapping, with the reason; a
// field or option this version of Rollbook does not know (from a newer version) is an error
// when `strict`, and otherwise dropped with a sentence in `notes`.
QJsonObject toJson(const ImportMapping &mapping);
Result<ImportMapping> fromJson(const QJsonObject &json, bool strict, QStringList *notes = nullptr);

} // namespace ImportMappings

} // namespace Rollbook

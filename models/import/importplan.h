#pragma once

#include "import/field.h"

#include <QList>
#include <QString>

#include <utility>

namespace Rollbook {

// Everything that decides how one file is imported: the wizard's steps, or the command line's
// options.
struct ImportPlan
{
    QString filePath;
    // Reading: empty means detected.
    QString encoding;
    QString delimiter;

    Profile profile = Profile::Learner;
    // Columns mapped by hand (--map COLUMN=FIELD); the rest are guessed from the headers.
    QList<std::pair<QString, Field>> mapOverrides;
    // Parents: the column holding the child reference, and how it is read.
    QString syncField;
    MatchField matchField = MatchField::SyncKey;

    ImportMode mode = ImportMode::AddAndUpdate;
    // Empty passwords of the people the import creates are generated from the password policy
    // in the global settings.
    bool fillPasswords = false;
    // With errors: import nothing (false) or import the rows without errors (true).
    bool skipErrors = false;
    // Check only: the database is not changed and no backup is made.
    bool dryRun = false;
    // Keep this many backup copies beside the database; 0 makes none.
    int backupsKept = 5;
};

} // namespace Rollbook

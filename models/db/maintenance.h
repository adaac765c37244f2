#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Rollbook {

// What the status bar shows of a database.
struct DatabaseSummary
{
    qint64 learners = 0;
    qint64 parents = 0;
    qint64 links = 0;
};

Result<DatabaseSummary> summarize(const QSqlDatabase &db);

// A consistent copy of the whole database at `target` (VACUUM INTO), made beside it under a
// temporary name and then moved into place, so a failed copy never leaves half a file.
Status backupDatabase(const QSqlDatabase &db, const QString &target);

// The copy made before an import commits: beside the database, named
// "NAME.backup-YYYYMMDD-HHMMSS-zzz", the newest `keep` of them kept.
Status backupBeforeImport(const QSqlDatabase &db, int keep);

} // namespace Rollbook

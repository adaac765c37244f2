#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Rollbook {

// What the status bar shows of a database.
struct DatabaseSummary
{
    qint64 learners = 0;
    qint64 parents = 0;
    qint64 links = 0;
    // Initial passwords still stored, how many of them went out, and when the first of those
    // did (invalid when none): what Forget Passwords, by hand or automatically, would remove.
    qint64 passwordsStored = 0;
    qint64 passwordsDistributed = 0;
    QDateTime firstDistributed;
};

Result<DatabaseSummary> summarize(const QSqlDatabase &db);

// A consistent copy of the whole database at `target` (VACUUM INTO), made beside it under a
// temporary name and then moved into place, so a failed copy never leaves half a file. A
// database on a PostgreSQL server is not copied (Error::invalid): the server's own backups
// apply.
Status backupDatabase(const QSqlDatabase &db, const QString &target);

// Why a database on a server (`shown`, as Database::displayName() names it) is not copied: the
// server's own backups apply. What backupDatabase() says, and the window before it asks for a file.
QString serverBackupsApply(const QString &shown);

// The copy made before an import commits: beside the database, named
// "NAME.backup-YYYYMMDD-HHMMSS-zzz", the newest `keep` of them kept and none older than `days`
// days (0: whatever their age; Backups::prune). On a PostgreSQL server none is made (the
// server's own backups apply) and this succeeds.
Status backupBeforeImport(const QSqlDatabase &db, int keep, int days);

// The same backup, made faster and at the very moment the import begins: a copy of the
// database file, taken inside the import's write transaction (begun, nothing written yet), when
// the write-ahead log holds no pages, so that the file alone is the whole database and nobody
// can change it while it is copied. checkpointBeforeCopy() empties the log just before the
// transaction begins. Returns false, copying nothing, when the log still holds pages (a reader
// kept them): then backupBeforeImport(), before the transaction, is the way. Nothing to do on a
// server.
void checkpointBeforeCopy(const QSqlDatabase &db);
Result<bool> copyBeforeImport(const QSqlDatabase &db, int keep, int days);

} // namespace Rollbook

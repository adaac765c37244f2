#pragma once

#include "core/result.h"
#include "db/database.h"
#include "import/importproblem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Rollbook {

// One committed import, as Import history lists it.
struct ImportBatch
{
    qint64 id = -1;
    QString fileName;
    QString sha256;
    QString profile;
    QString syncField;
    QString matchingField;
    QString options; // JSON
    QString committedAt;
    QString undoneAt; // empty while in force
    ImportCounts counts;

    bool isUndone() const { return !undoneAt.isEmpty(); }
};

// The import batches, and Undo import: it puts the people and links an import touched back as
// they were before it, or refuses, naming who and why, when later changes build on it.
class ImportHistory
{
public:
    explicit ImportHistory(const QSqlDatabase &db);

    // Newest first.
    Result<QList<ImportBatch>> batches() const;
    Result<ImportBatch> batch(qint64 id) const;

    // Waits its turn behind another import or undo (`wait` is told, as for an import).
    Status undo(qint64 batchId, const QString &actor, const Database::Wait &wait = {});

private:
    // Why the batch cannot be undone: one sentence per person, at most a few; empty if it can.
    Result<QStringList> blockers(const ImportBatch &batch) const;

    QSqlDatabase m_db;
};

} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "import/importplan.h"
#include "import/importproblem.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Rollbook {

// The import engine (DESIGN §3). It is fed a file's header and records one at a time and keeps
// them in a temporary staging table, checking each row as it comes (checkRow); then finish()
// checks the rows against each other and against the database in a few set-based queries, and
// writes people, links and the import batch in one transaction — or nothing.
//
// Reading the file is not its business: see runImport() (importrun.h) for the whole flow.
class Importer
{
public:
    Importer(const QSqlDatabase &db, const ImportPlan &plan);
    ~Importer();
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

    // Decides which column holds what, from the headers and the plan; problems of the file as a
    // whole (a required field in no column, a sync field that is no column, parent login off)
    // are errors of the report. Fails only when the database cannot be used.
    Status start(const QStringList &headers);

    // The field of each column, after start().
    const QList<Field> &mapping() const { return m_mapping; }
    // The column holding the child reference (parents), or -1.
    int childColumn() const { return m_childColumn; }

    // One record of the file, starting on physical line `line`.
    Status addRecord(qint64 line, const QStringList &fields);
    // A problem the reader found: an error of the report. `isRecord`: it is a record of the
    // file (a ragged row, a field too long) that counts as a row and is not imported.
    void addProblem(const ImportProblem &problem, bool isRecord = false);

    // Checks, then commits, unless the plan is a dry run or errors stop it. `sha256` is the
    // file's checksum for the batch record. `cancel` is looked at between steps.
    // While another import or undo holds the database, `waiting` is told once (in words for the
    // administrator) and finish() waits its turn.
    Result<ImportReport> finish(const QString &sha256, const std::atomic<bool> *cancel = nullptr,
                                const std::function<void(const QString &)> &waiting = {});

    // The lines with errors, and their messages, so far.
    const QHash<qint64, QStringList> &problemsByLine() const { return m_problemsByLine; }

private:
    QString temporary(const QString &table) const;
    QString indexName(const QString &index) const;
    void error(qint64 line, const QString &column, ProblemCode code, const QString &message);
    void warning(qint64 line, const QString &column, ProblemCode code, const QString &message);
    QString header(Field field) const;

    void checkRow(qint64 line, const QStringList &values);
    Status checkDuplicatesInFile();
    Status matchExistingPeople();
    Status checkClashesWithDatabase();
    Status checkChildReferences();
    Status checkMode();
    Status markRowsWithErrors();
    Status flushStaging();
    Status analyze(const QString &table);

    Status apply(qint64 batchId, ImportCounts &counts);
    Result<qint64> insertBatch(const QString &sha256);
    Status finishBatch(qint64 batchId, const ImportCounts &counts);
    Status countPlanned(ImportCounts &counts);

    QSqlDatabase m_db;
    ImportPlan m_plan;
    QStringList m_headers;
    QList<Field> m_mapping;
    QHash<Field, int> m_columnOf;
    int m_childColumn = -1;
    bool m_started = false;
    bool m_stagingOpen = false;
    std::unique_ptr<QSqlQuery> m_insert;
    // On a server, rows are staged many to a statement (one round trip each): the values of
    // the rows not yet sent.
    bool m_stageManyRows = false;
    QVariantList m_pending;
    int m_pendingRows = 0;
    qint64 m_rows = 0;
    QList<ImportProblem> m_errors;
    QList<ImportProblem> m_warnings;
    QHash<qint64, QStringList> m_problemsByLine;
    QSet<qint64> m_errorLines;
    bool m_repeatedUsernames = true; // until the check finds none: a user name on several rows
};

} // namespace Rollbook

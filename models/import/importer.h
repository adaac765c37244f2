#pragma once

#include "core/result.h"
#include "import/importplan.h"
#include "import/importproblem.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Rollbook {

// The import engine (DESIGN §3). It is fed a file's header and records one at a time and keeps
// them in a temporary staging table, checking each row as it comes (checkRow); then finish()
// checks the rows against each other and against the database in a few set-based queries, and
// writes people, links and the import batch in one transaction — or nothing.
//
// Reading the file is not its business: see runImport() (importrun.h) for the whole flow. A
// file of learners with their guardians is two passes of this engine in one transaction: see
// WideImporter (wideimporter.h).
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

private:
    friend class WideImporter;
    friend class RosterImporter;

    // How WideImporter runs this engine as one of its passes; a plain import is one pass with
    // the defaults.
    struct Pass
    {
        // Suffix of the temporary tables, so that two passes live side by side.
        QString tables;
        // The staging rows go in a transaction of this pass's own (false: WideImporter's).
        bool ownStagingTransaction = true;
        // Guardian pass: each line stages up to `keysPerLine - 1` rows, keyed line ×
        // keysPerLine + group; problems are told by line, in the group's own column.
        qint64 keysPerLine = 1;
        // key % keysPerLine → the group's column header of each field.
        QHash<int, QHash<Field, QString>> groupHeaders;
        // Guardian pass: the child is the learner on the same line (temporary table
        // import_wide_child), and a guardian's user name may come from their e-mail address.
        bool guardians = false;
        // The batch's profile when it is not this pass's (learners-with-parents).
        std::optional<Profile> batchProfile;
        // Columns another pass imports: no "not imported" warning for them.
        QSet<int> columnsOfOtherPasses;
        // Guardian pass: the lines whose learner has errors (their guardians go quietly).
        QSet<qint64> learnerErrorLines;
    };
    void setPass(const Pass &pass) { m_pass = pass; }

    QString temporary(const QString &table) const;
    QString indexName(const QString &index) const;
    // `sql` with this pass's temporary table names.
    QString tables(QString sql) const;
    Status run(const QString &sql, const QVariantList &values = {}, qint64 *affected = nullptr);
    template<typename RowFunction>
    Status each(const QString &sql, const QVariantList &values, RowFunction row);

    // Problems by staging key: told by line and column.
    void error(qint64 key, const QString &column, ProblemCode code, const QString &message);
    void warning(qint64 key, const QString &column, ProblemCode code, const QString &message);
    std::pair<qint64, QString> origin(qint64 key, const QString &column) const;
    QString header(Field field) const;

    void checkRow(qint64 key, const QStringList &values);
    Status stageRow(qint64 key, const QStringList &values, const QString &childRef);
    Status flushStaging();
    // Reading is done: the staged rows committed and indexed.
    Status closeStaging();
    Status completeGuardians();
    Status analyze(const QString &table);

    // The checks, in order (importchecks.cpp); each adds problems and marks the rows with
    // errors.
    Status runChecks(const std::function<bool()> &cancelled);
    Status checkDuplicatesInFile();
    Status matchExistingPeople();
    Status checkClashesWithDatabase();
    Status checkChildReferences();
    Status checkMode();
    Status checkParentSyncKeys();
    Status markRowsWithErrors();

    // Writing (importapply.cpp).
    Status apply(qint64 batchId, ImportCounts &counts);
    Status deriveSyncKeys(qint64 batchId);
    Result<qint64> insertBatch(const QString &sha256);
    Status finishBatch(qint64 batchId, const ImportCounts &counts);
    // The report of what was found, `committed` or not.
    ImportReport report(bool committed);
    // Reading and checking done: the backup copy (unless the import fails anyway or is a dry
    // run), then the one write transaction, after another import's or undo's turn.
    Status beginWriting(bool failsAnyway, const std::function<bool()> &cancelled,
                        const std::function<void(const QString &)> &waiting);
    static Error cancelledError();
    // The time since the previous step, as the report's step `name`.
    void step(const QString &name);
    static void sortByLine(QList<ImportProblem> &problems);

    QSqlDatabase m_db;
    ImportPlan m_plan;
    Pass m_pass;
    QStringList m_headers;
    QList<Field> m_mapping;
    QHash<Field, int> m_columnOf;
    int m_childColumn = -1;
    bool m_started = false;
    bool m_stagingOpen = false;
    std::optional<int> m_mainCacheSize; // SQLite's, before the import: put back at the end
    std::unique_ptr<QSqlQuery> m_insert;
    // On a server, rows are staged many to a statement (one round trip each): the values of
    // the rows not yet sent.
    bool m_stageManyRows = false;
    QVariantList m_pending;
    int m_pendingRows = 0;
    qint64 m_rows = 0;
    ProblemList m_errors; // counted in full, kept up to a bound (importproblem.h)
    ProblemList m_warnings;
    QSet<qint64> m_errorKeys;
    QElapsedTimer m_clock;
    QList<std::pair<QString, double>> m_steps;
    bool m_repeatedUsernames = true; // until the check finds none: a user name on several rows
};

} // namespace Rollbook

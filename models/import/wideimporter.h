#pragma once

#include "core/result.h"
#include "import/importer.h"
#include "import/importplan.h"
#include "import/importproblem.h"

#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Rollbook {

// The import of a file with one row per learner and the guardians beside (Learners with their
// parents). Two passes of the import engine share one reading of the file, one transaction and
// one batch: the learners are checked and written first, then the guardians (as parents), then
// the links from each guardian to the learner on the same line. A guardian beside several
// learners (siblings) is one person: the same user name, else the same e-mail address, else the
// same synchronisation key. Fed like an Importer (runImport does).
class WideImporter
{
public:
    // Guardian groups per file, at most: a line's rows are keyed line × 16 + group.
    static constexpr int maximumGroups = 15;

    WideImporter(const QSqlDatabase &db, const ImportPlan &plan);
    ~WideImporter();
    WideImporter(const WideImporter &) = delete;
    WideImporter &operator=(const WideImporter &) = delete;

    Status start(const QStringList &headers);
    Status addRecord(qint64 line, const QStringList &fields);
    void addProblem(const ImportProblem &problem, bool isRecord = false);
    Result<ImportReport> finish(const QString &sha256, const std::atomic<bool> *cancel = nullptr,
                                const std::function<void(const QString &)> &waiting = {});

private:
    Status linkLearnersByLine();
    ImportReport report(bool committed) const;

    QSqlDatabase m_db;
    ImportPlan m_plan;
    QList<GuardianGroup> m_groups;
    std::unique_ptr<Importer> m_learners;
    std::unique_ptr<Importer> m_guardians;
    ProblemList m_warnings; // of the file as a whole: guardian columns left out
    bool m_stagingOpen = false;
};

} // namespace Rollbook

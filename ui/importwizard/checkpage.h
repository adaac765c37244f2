#pragma once

#include "core/result.h"
#include "import/importplan.h"
#include "import/importproblem.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Rollbook {

class ImportWizard;
class ProblemTable;

// Step 6: a dry run of the whole import, off the GUI thread: the counts and every problem, with
// the rows that have problems saved as CSV on request. Next (Import) waits for a clean check,
// or for one whose errors are to be skipped.
class CheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckPage(ImportWizard *wizard);
    ~CheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    void cancel();

    bool isChecking() const;
    const std::optional<ImportReport> &report() const { return m_report; }

private:
    void check();
    void showReport();
    void saveProblemRows();

    ImportWizard *m_wizard;
    QProgressBar *m_busy;
    QLabel *m_counts;
    QLabel *m_verdict;
    QLabel *m_problemsLabel;
    ProblemTable *m_problems;
    QLabel *m_leftOut; // how many problems the table does not show
    QPushButton *m_checkAgain;
    QPushButton *m_save;
    ImportPlan m_plan;
    std::optional<ImportReport> m_report;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<ImportReport>> *m_watcher;
    QFutureWatcher<Status> *m_saveWatcher;
};

} // namespace Rollbook

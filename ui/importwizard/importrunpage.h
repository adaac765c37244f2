#pragma once

#include "core/result.h"
#include "import/importplan.h"
#include "import/importproblem.h"
#include "import/importrun.h"
#include "roster/roster.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Rollbook {

class ImportWizard;

// Step 7: the import itself, of a file or a roster, in a worker with its own database connection
// and one transaction. Cancel sets the engine's cancel flag: it rolls back, and the database
// stays as it was.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    // Asks a running import to stop; true when there was one (the wizard closes once it has).
    bool cancel();
    QString resultText() const;

private:
    void startFile();
    void startRoster();
    void showProgress(const ImportProgress &progress);
    void showRosterProgress(const RosterProgress &progress);
    void finished();
    // The committed (or refused) import of `name`; `extra` follows the counts.
    void showResult(const Result<ImportReport> &result, const QString &name,
                    const QString &extra = {});

    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_history;
    QPushButton *m_distribute;
    ImportPlan m_plan;
    RosterPlan m_rosterPlan;
    bool m_roster = false;
    bool m_cancelled = false;
    bool m_done = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<ImportReport>> *m_watcher;
    QFutureWatcher<Result<RosterReport>> *m_rosterWatcher;
};

} // namespace Rollbook

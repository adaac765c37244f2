#include "checkpage.h"

#include "db/background.h"
#include "import/importrun.h"
#include "importwizard.h"
#include "problemtable.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

CheckPage::CheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_busy(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_problemsLabel(new QLabel(tr("&Problems:"), this))
    , m_problems(new ProblemTable(ProblemTable::Files::One, this))
    , m_leftOut(new QLabel(this))
    , m_checkAgain(new QPushButton(tr("Check &Again"), this))
    , m_save(new QPushButton(tr("&Save Problem Rows…"), this))
    , m_watcher(new QFutureWatcher<Result<ImportReport>>(this))
    , m_saveWatcher(new QFutureWatcher<Status>(this))
{
    setTitle(tr("Check"));
    setSubTitle(tr("Rollbook checks every row as if it imported the file, and changes nothing "
                   "yet."));
    setCommitPage(true);
    m_busy->setObjectName(u"checkProgress"_s);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Checking"));
    m_busy->setTextVisible(false);
    m_counts->setObjectName(u"checkCounts"_s);
    m_counts->setWordWrap(true);
    m_verdict->setObjectName(u"checkVerdict"_s);
    m_verdict->setWordWrap(true);
    m_leftOut->setObjectName(u"problemsLeftOut"_s);
    m_leftOut->setWordWrap(true);
    m_leftOut->hide();
    m_checkAgain->setObjectName(u"checkAgain"_s);
    m_save->setObjectName(u"saveProblemRows"_s);
    m_save->setToolTip(tr("Save the rows that have problems as a CSV file with a last column "
                          "“Problem”, to correct in a spreadsheet and import again."));

    m_problemsLabel->setBuddy(m_problems);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgain);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_counts);
    layout->addWidget(m_verdict);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_leftOut);
    layout->addStretch(); // takes the room while there is no table to show
    layout->addLayout(buttons);

    connect(m_watcher, &QFutureWatcherBase::finished, this, &CheckPage::showReport);
    connect(m_checkAgain, &QPushButton::clicked, this, &CheckPage::check);
    connect(m_save, &QPushButton::clicked, this, &CheckPage::saveProblemRows);
    connect(m_saveWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_save->setEnabled(true);
        const Status saved = m_saveWatcher->result();
        if (!saved)
            QMessageBox::warning(this, tr("Save Problem Rows"), saved.error().message);
    });
}

CheckPage::~CheckPage()
{
    cancel();
    m_watcher->waitForFinished();
    m_saveWatcher->waitForFinished();
}

void CheckPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool CheckPage::isChecking() const
{
    return m_watcher->isRunning();
}

void CheckPage::initializePage()
{
    check();
}

void CheckPage::cleanupPage()
{
    cancel();
}

void CheckPage::check()
{
    if (m_watcher->isRunning()) {
        cancel();
        m_watcher->waitForFinished(); // a cancelled check stops within a few thousand rows
    }
    m_report.reset();
    m_plan = m_wizard->plan();
    m_plan.dryRun = true;
    m_busy->show();
    m_counts->setText(tr("Checking %1…").arg(QFileInfo(m_plan.filePath).fileName()));
    m_verdict->clear();
    m_problems->clearProblems();
    m_leftOut->hide();
    m_problemsLabel->hide();
    m_problems->hide();
    m_save->setEnabled(false);
    m_checkAgain->setEnabled(false);
    emit completeChanged();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Progress comes back as queued calls; this page outlives the worker (the destructor waits).
    const QString fileName = QFileInfo(m_plan.filePath).fileName();
    const auto progress = [this, fileName](const ImportProgress &state) {
        QMetaObject::invokeMethod(
                this,
                [this, fileName, state] {
                    if (!m_watcher->isRunning())
                        return;
                    if (!state.waiting.isEmpty())
                        m_counts->setText(state.waiting);
                    else
                        m_counts->setText(tr("Checking %1: %2 rows read…")
                                                  .arg(fileName, QLocale().toString(state.rows)));
                },
                Qt::QueuedConnection);
    };
    m_watcher->setFuture(runWithDatabase(
            m_wizard->databasePath(), [plan = m_plan, progress, cancel = m_cancel](Database &db) {
                return runImport(db.connection(), plan, progress, cancel.get());
            }));
}

void CheckPage::showReport()
{
    m_busy->hide();
    m_checkAgain->setEnabled(true);
    const Result<ImportReport> result = m_watcher->result();
    if (!result) {
        m_counts->setText(result.error().message);
        emit completeChanged();
        return;
    }
    m_report = result.value();
    const ImportCounts &c = m_report->counts;
    const QLocale locale;
    m_counts->setText(tr("%1: %2 new, %3 updated, %4 unchanged, %5; %6, %7.")
                              .arg(tr("%Ln rows", nullptr, int(c.rows)), locale.toString(c.created),
                                   locale.toString(c.updated), locale.toString(c.unchanged),
                                   tr("%Ln links", nullptr, int(c.links)),
                                   tr("%Ln errors", nullptr, int(c.errors)),
                                   tr("%Ln warnings", nullptr, int(c.warnings))));
    if (!m_report->hasErrors())
        m_verdict->setText(tr("Ready to import. Press Import to write it to the database."));
    else if (m_plan.skipErrors)
        m_verdict->setText(tr("The rows with errors will be skipped; the others will be "
                              "imported."));
    else
        m_verdict->setText(tr("Nothing can be imported while there are errors. Correct the file "
                              "and press Check Again, or go Back and choose to skip the rows with "
                              "errors."));

    m_problems->setProblems(m_report->errors, m_report->warnings);
    const bool any = m_problems->rowCount() > 0;
    m_save->setEnabled(any);
    // An empty table says nothing the counts do not.
    m_problemsLabel->setVisible(any);
    m_problems->setVisible(any);
    // A file full of problems: the table shows the first of each kind, the saved rows all.
    const qint64 leftOut = m_report->leftOut();
    if (leftOut > 0)
        m_leftOut->setText(
                tr("%n problems are not shown here. The table shows the first %1 of each kind; "
                   "Save Problem Rows… saves every row with a problem.",
                   nullptr, int(std::min<qint64>(leftOut, INT_MAX)))
                        .arg(QLocale().toString(qint64(problemsShownPerCode))));
    m_leftOut->setVisible(leftOut > 0);
    emit completeChanged();
}

bool CheckPage::isComplete() const
{
    if (!m_report || m_watcher->isRunning())
        return false;
    if (m_report->hasErrors() && !m_plan.skipErrors)
        return false;
    return m_report->counts.rows > m_report->counts.errors || !m_report->hasErrors();
}

void CheckPage::saveProblemRows()
{
    if (!m_report)
        return;
    const QFileInfo file(m_plan.filePath);
    const QString suggested =
            file.absoluteDir().filePath(tr("%1-problems.csv").arg(file.completeBaseName()));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save Problem Rows"), suggested,
                                                        tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    m_save->setEnabled(false);
    // The whole file is read again to pick the rows: off the GUI thread.
    m_saveWatcher->setFuture(QtConcurrent::run([plan = m_plan, report = *m_report, target] {
        return writeRejectedRows(plan, report, target);
    }));
}

} // namespace Rollbook

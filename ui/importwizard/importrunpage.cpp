#include "importrunpage.h"

#include "db/audit.h"
#include "db/background.h"
#include "importwizard.h"
#include "settings/settingsstore.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_history(new QPushButton(tr("Show Import &History"), this))
    , m_distribute(new QPushButton(tr("&Distribute User Names and Passwords"), this))
    , m_watcher(new QFutureWatcher<Result<ImportReport>>(this))
    , m_rosterWatcher(new QFutureWatcher<Result<RosterReport>>(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("Everything is written in one step: if the import is cancelled or stops, the "
                   "database stays as it was."));
    m_status->setObjectName(u"importStatus"_s);
    m_status->setWordWrap(true);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_result->setObjectName(u"importResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setObjectName(u"showHistory"_s);
    m_distribute->setObjectName(u"showDistribute"_s);
    m_history->hide();
    m_distribute->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addWidget(m_distribute);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportRunPage::finished);
    connect(m_rosterWatcher, &QFutureWatcherBase::finished, this, &ImportRunPage::finished);
    connect(m_history, &QPushButton::clicked, this, [this] {
        emit m_wizard->historyRequested();
        m_wizard->accept();
    });
    connect(m_distribute, &QPushButton::clicked, this, [this] {
        emit m_wizard->distributeRequested();
        m_wizard->accept();
    });
}

ImportRunPage::~ImportRunPage()
{
    cancel();
    m_watcher->waitForFinished();
    m_rosterWatcher->waitForFinished();
}

bool ImportRunPage::isRunning() const
{
    return m_watcher->isRunning() || m_rosterWatcher->isRunning();
}

bool ImportRunPage::cancel()
{
    if (!isRunning())
        return false;
    m_cancelled = true;
    m_cancel->store(true);
    m_status->setText(tr("Cancelling… nothing will be changed."));
    if (QAbstractButton *button = m_wizard->button(QWizard::CancelButton))
        button->setEnabled(false);
    return true;
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_cancelled = false;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_result->clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_roster = m_wizard->isRoster();
    if (m_roster)
        startRoster();
    else
        startFile();
    // Cancel stays on this page while the import runs.
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, false);
    emit completeChanged();
}

void ImportRunPage::startFile()
{
    m_plan = m_wizard->plan();
    m_plan.dryRun = false;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_plan.filePath).fileName()));
    // The worker reports through queued calls: this page outlives it (the destructor waits).
    const auto progress = [this](const ImportProgress &state) {
        QMetaObject::invokeMethod(
                this, [this, state] { showProgress(state); }, Qt::QueuedConnection);
    };
    m_watcher->setFuture(runWithDatabase(
            m_wizard->databasePath(), [plan = m_plan, progress, cancel = m_cancel](Database &db) {
                return runImport(db.connection(), plan, progress, cancel.get());
            }));
}

void ImportRunPage::startRoster()
{
    m_rosterPlan = m_wizard->rosterPlan();
    m_rosterPlan.dryRun = false;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_rosterPlan.path).fileName()));
    // A roster says nothing of its size before it is read: the bar only says it is busy.
    m_progress->setRange(0, 0);
    const auto progress = [this](const RosterProgress &state) {
        QMetaObject::invokeMethod(
                this, [this, state] { showRosterProgress(state); }, Qt::QueuedConnection);
    };
    // The key chosen on the check is remembered for the next roster once this one is in.
    const bool rememberKey = m_wizard->remembersRosterKey();
    m_rosterWatcher->setFuture(runWithDatabase(
            m_wizard->databasePath(),
            [plan = m_rosterPlan, rememberKey, progress,
             cancel = m_cancel](Database &db) -> Result<RosterReport> {
                auto report = runRosterImport(db.connection(), plan, progress, cancel.get());
                if (report && report->import.committed && rememberKey) {
                    // The import is in either way; a key not remembered is asked again.
                    const Status saved =
                            SettingsStore(db.connection())
                                    .set(QString::fromLatin1(SettingsStore::RosterKey),
                                         rosterKeyName(plan.key), Audit::currentActor());
                    if (!saved)
                        qWarning("The roster's key was not remembered: %s",
                                 qPrintable(saved.error().message));
                }
                return report;
            }));
}

void ImportRunPage::showRosterProgress(const RosterProgress &state)
{
    if (!isRunning() || m_cancelled)
        return;
    const QLocale locale;
    if (!state.waiting.isEmpty())
        m_status->setText(state.waiting);
    else if (state.checking)
        m_status->setText(
                tr("Read %1 users; checking and writing them…").arg(locale.toString(state.rows)));
    else
        m_status->setText(tr("Reading %1: %2 rows…").arg(state.file, locale.toString(state.rows)));
}

void ImportRunPage::showProgress(const ImportProgress &state)
{
    if (!m_watcher->isRunning() || m_cancelled)
        return;
    const QLocale locale;
    if (!state.waiting.isEmpty()) {
        // Another administrator's import or undo on a shared database: this one has its turn
        // next, and Cancel still stops it.
        m_progress->setRange(0, 0);
        m_status->setText(state.waiting);
        return;
    }
    if (state.checking) {
        m_progress->setRange(0, 0);
        m_status->setText(
                tr("Read %1 rows; checking and writing them…").arg(locale.toString(state.rows)));
        return;
    }
    if (state.totalBytes > 0)
        m_progress->setValue(int(state.bytesRead * 1000 / state.totalBytes));
    m_status->setText(tr("Read %1 rows…").arg(locale.toString(state.rows)));
}

void ImportRunPage::finished()
{
    m_done = true;
    m_progress->setRange(0, 1000);
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, true);
    if (QAbstractButton *button = m_wizard->button(QWizard::CancelButton))
        button->setEnabled(true);
    if (m_cancelled) {
        m_wizard->done(QDialog::Rejected);
        return;
    }
    if (!m_roster) {
        showResult(m_watcher->result(), QFileInfo(m_plan.filePath).fileName());
        return;
    }
    const Result<RosterReport> roster = m_rosterWatcher->result();
    if (!roster) {
        showResult(roster.error(), QFileInfo(m_rosterPlan.path).fileName());
        return;
    }
    QString removed;
    if (roster->removed > 0)
        removed = tr("Removed %Ln who left.", nullptr, int(roster->removed));
    showResult(roster->import, roster->rosterName, removed);
}

void ImportRunPage::showResult(const Result<ImportReport> &result, const QString &fileName,
                               const QString &extra)
{
    if (!result) {
        m_progress->setValue(0);
        m_status->setText(tr("Nothing was imported."));
        m_result->setText(result.error().message);
    } else if (!result->committed) {
        m_progress->setValue(0);
        m_status->setText(tr("Nothing was imported."));
        m_result->setText(tr("%1 has %n errors now. Go through the wizard again to see them.",
                             nullptr, int(result->counts.errors))
                                  .arg(fileName));
    } else {
        const ImportReport &r = result.value();
        const QLocale locale;
        m_progress->setValue(1000);
        m_status->setText(tr("Done."));
        QString text =
                tr("Imported %1 as import %2: %3 new, %4 updated, %5 unchanged, %6.")
                        .arg(fileName)
                        .arg(r.batchId)
                        .arg(locale.toString(r.counts.created), locale.toString(r.counts.updated),
                             locale.toString(r.counts.unchanged),
                             tr("%Ln links", nullptr, int(r.counts.links)));
        if (r.hasErrors()) {
            QSet<qint64> lines;
            for (const ImportProblem &problem : r.errors)
                lines.insert(problem.line);
            text += u' ' + tr("%Ln rows with errors were skipped.", nullptr, int(lines.size()));
        }
        if (!extra.isEmpty())
            text.append(u' ').append(extra);
        m_result->setText(text);
        m_history->show();
        m_distribute->show();
        m_wizard->setBatchId(r.batchId);
    }
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

QString ImportRunPage::resultText() const
{
    return m_result->text();
}

} // namespace Rollbook

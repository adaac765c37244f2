#pragma once

#include "core/result.h"
#include "roster/roster.h"

#include <QFutureWatcher>
#include <QList>
#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QVBoxLayout;

namespace Rollbook {

class ImportWizard;
class ProblemTable;

// The check of a standard roster, instead of the steps from Format to Check: a dry run of the
// whole roster import off the GUI thread, with what the roster is (standard, school), whom it
// brings (learners, parents, links), whom it leaves out and why, its problems with file, line and
// column, and who left: the people of an earlier roster who are not in this one, left in
// Rollbook unless the user explicitly chooses to remove them. Changing the synchronisation key or
// whom "who left" considers checks again. Import waits for a clean check, or for one whose users
// with errors are to be left out.
class RosterCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RosterCheckPage(ImportWizard *wizard);
    ~RosterCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    void cancel();

    bool isChecking() const;
    const std::optional<RosterReport> &report() const { return m_report; }
    // What the user chose here, as the import takes it.
    void applyTo(RosterPlan &plan) const;
    // Whether the key was a choice (the roster has both identifiers), to be remembered.
    bool keyIsAChoice() const;
    // The sentence that says whether Import may go on, and why not.
    QString verdictText() const;

    // How many of who left the page lists by name (the report holds more).
    static constexpr int listedMissing = 200;
    // How many people not imported are named above the problems (the others are in the table).
    static constexpr int namedNotImported = 4;
    // Up to this many rows, a table is as tall as its rows; more take the room there is.
    static constexpr int fittedRows = 6;

private:
    // What a check gives back: the report, and the key it was made with (read from the
    // settings when the user has not chosen one yet).
    struct Checked
    {
        RosterReport report;
        RosterKey key = RosterKey::SourcedId;
    };

    void check();
    void showReport();
    void showSummary(const RosterReport &report);
    void showWhoLeft(const RosterReport &report);
    void showVerdict();
    void saveProblemRows();
    bool errorsSkippable() const;
    RosterKey chosenKey() const;
    void setKey(RosterKey key);

    ImportWizard *m_wizard;
    QProgressBar *m_busy;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QWidget *m_reportArea;
    QVBoxLayout *m_reportLayout = nullptr;
    QLabel *m_headline;
    QLabel *m_counts;
    QLabel *m_skipped;
    QLabel *m_notImported;
    QComboBox *m_key;
    QPushButton *m_checkAgain;
    QLabel *m_problemsLabel;
    ProblemTable *m_problems;
    QCheckBox *m_skipErrors;
    QPushButton *m_save;
    QGroupBox *m_whoLeft;
    QLabel *m_leftText;
    QTableWidget *m_left;
    QLabel *m_leftMore;
    QCheckBox *m_everyone;
    QRadioButton *m_leave;
    QRadioButton *m_remove;
    QLabel *m_verdict;

    RosterPlan m_plan;       // the plan of the check shown, or running
    QString m_checkedPath;   // the roster the page was last shown for
    bool m_keyKnown = false; // from the settings or the user; until then the check reads it
    std::optional<RosterReport> m_report;
    // Who left as the removal choice was made for: a new list asks again.
    QList<qint64> m_choiceMissing;
    qint64 m_choiceMissingCount = -1;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<Checked>> *m_watcher;
    QFutureWatcher<Status> *m_saveWatcher;
};

} // namespace Rollbook

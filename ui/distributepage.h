#pragma once

#include "distribution/audience.h"
#include "distribution/placeholders.h"
#include "page.h"

#include <QList>
#include <QPointer>

#include <functional>

class QButtonGroup;
class QComboBox;
class QFutureWatcherBase;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QVBoxLayout;

namespace Rollbook {

// Distribute user names and passwords (DESIGN §1.6): choose whom (everyone, the people of an
// import, or those selected on the users page, narrowed to a profile), see how many get a letter
// or an e-mail and who lacks what, then export the batches to upload, print the login letters
// or save them as PDF, write the e-mails to an outbox folder, and forget the passwords once they
// are handed out; or export a OneRoster 1.1 bundle for another system. Everything that reads or
// writes runs on a worker with its own connection.
class DistributePage : public Page
{
    Q_OBJECT

public:
    explicit DistributePage(QWidget *parent = nullptr);
    ~DistributePage() override;

    QString title() const override;
    void setDatabase(Database *database) override;

    // The people selected on the users page, offered as a choice of whom.
    void setSelectedPeople(const QList<qint64> &ids);
    // Chooses the people of import `batchId` (after an import, "Distribute" comes here).
    void chooseBatch(qint64 batchId);
    Audience audience() const;
    // Whether a worker is reading or writing.
    bool isBusy() const;
    // The summary of the audience shown, once loaded.
    const AudienceSummary &summary() const { return m_summary; }

    // Where the page asks for a folder or file; tests answer without a dialog. An empty answer
    // cancels.
    enum class Target { ExportFolder, OneRosterFolder, LettersPdf, OutboxFolder };
    using TargetChooser = std::function<QString(Target target, const QString &suggestion)>;
    void setTargetChooser(TargetChooser chooser);

public slots:
    // Reloads the imports and the summary of whom.
    void refresh();
    void exportBatches();
    void exportOneRoster();
    void previewLetters();
    void printLetters();
    void saveLettersAsPdf();
    void writeEmails();
    void forgetPasswords();

signals:
    // An action finished: what it did, or why it did nothing (also shown on the page).
    void finished(bool ok, const QString &message);
    void parentLoginSwitchedOn();
    // Passwords were generated or forgotten.
    void passwordsChanged();

private:
    enum class Letters { Preview, Print };

    void createWhom(QVBoxLayout *layout);
    void createActions(QVBoxLayout *layout);
    void reloadBatches();
    void reloadSummary();
    void showSummary(const AudienceSummary &summary, bool parentLoginOn,
                     const SchoolDetails &school);
    void updateButtons();
    // Letters and e-mails to parents need parent login: offers to switch it on, then goes on
    // with `next`. Returns at once; `next` runs when allowed.
    void withParentLogin(const std::function<void()> &next);
    void showLetters(Letters how);
    void report(bool ok, const QString &message, const QString &folder = QString());
    // After files were written (or not): the message, with a link to `folder` when written.
    void showWritten(const Result<QString> &done, const QString &folder);
    QString chooseTarget(Target target, const QString &suggestion);

    // Runs `task` on a worker with its own connection, then `done` with its result here.
    template<typename Task, typename Done>
    void run(Task task, Done done);

    Database *m_database = nullptr;
    QList<qint64> m_selected;
    qint64 m_wantedBatch = -1;
    AudienceSummary m_summary;
    bool m_parentLoginOn = false;
    bool m_summaryStale = false;
    TargetChooser m_chooser;
    QList<QPointer<QFutureWatcherBase>> m_running;

    QButtonGroup *m_whom = nullptr;
    QRadioButton *m_everyone = nullptr;
    QRadioButton *m_ofImport = nullptr;
    QRadioButton *m_ofSelection = nullptr;
    QComboBox *m_batch = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_counts = nullptr;
    QTreeWidget *m_lacking = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_exportOneRoster = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_email = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace Rollbook

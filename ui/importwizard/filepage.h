#pragma once

#include "core/result.h"
#include "import/field.h"
#include "import/filelayout.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace Rollbook {

class ImportWizard;

// Step 1: the file, and who it holds. When a file is chosen its first rows are read off the GUI
// thread and the profile is guessed from them (FileLayouts::guess), with the reason shown; a
// profile the user clicked for this file is never overridden. A folder or a .zip file is a
// standard roster instead (OneRoster, School Data Sync): it holds learners and parents alike, so
// there is no profile to choose. Parents need parent login: while it is off, the page says so
// and offers to switch it on.
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilePage(ImportWizard *wizard);
    ~FilePage() override;

    QString filePath() const;
    void setFilePath(const QString &path);
    Profile profile() const;
    // Whether the path is a roster: a folder or a .zip file.
    bool isRoster() const;
    static bool isRosterPath(const QString &path);

    // The layout guessed for the current file, once its first rows are read.
    const std::optional<FileLayout> &guessedLayout() const { return m_guess; }
    // Whether the first rows of the file are still being read (until their guess is applied).
    bool isGuessing() const;
    // The sentence under the profiles saying what Rollbook chose and why.
    QString guessText() const;

    bool isComplete() const override;

    // How many rows the guess reads.
    static constexpr int guessRows = 20;

private:
    void pathChanged();
    void chooseFile();
    void chooseRosterZip();
    void chooseRosterFolder();
    QString startFolder() const;
    void profileChanged();
    void showRoster();
    bool needsParentLogin() const;
    void askParentLogin();
    void showGuess();
    void switchOnParentLogin();
    void showParentLogin();
    QRadioButton *radioOf(Profile profile) const;

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QPushButton *m_chooseRoster;
    QWidget *m_profileBox;
    QWidget *m_rosterBox;
    QRadioButton *m_learner;
    QRadioButton *m_parent;
    QRadioButton *m_learnersWithParents;
    QLabel *m_order;
    QLabel *m_guessLabel;
    QWidget *m_parentLoginOff;
    QPushButton *m_switchOn;
    QLabel *m_fileProblem;
    // Whether parent login is on: unknown until the database has answered.
    std::optional<bool> m_parentLogin;
    QFutureWatcher<Result<bool>> *m_parentLoginWatcher;
    // The file whose first rows are read (or were), and what they said.
    QString m_guessPath;
    std::optional<FileLayout> m_guess;
    // The user clicked a profile for this file: a guess no longer changes it.
    bool m_profileChosen = false;
    bool m_guessing = false;
    QFutureWatcher<std::optional<FileLayout>> *m_guessWatcher;
};

} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "import/filelayout.h"
#include "import/mappingstore.h"
#include "people/field.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <array>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace Rollbook {

class ImportWizard;

// What the first rows of a file say, and what the database remembers for its headers: the
// mapping of an earlier file like it, for each profile, and the presets.
struct FileGuess
{
    std::optional<FileLayout> layout;
    QStringList headers;
    std::array<MappingRecall, 3> recalls; // by Profile
    QList<ImportPreset> presets;
};

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
    const std::optional<FileLayout> &guessedLayout() const { return m_guess.layout; }
    // What the database remembers for the current file's headers read as `profile`.
    const MappingRecall &recall(Profile profile) const { return m_guess.recalls[size_t(profile)]; }
    const QList<ImportPreset> &presets() const { return m_guess.presets; }
    // Forget This Mapping: the current file's remembered mapping for `profile` is no longer
    // offered (the database forgets it too, off the GUI thread).
    void forgetRemembered(Profile profile);
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
    FileGuess m_guess;
    // The user clicked a profile for this file: a guess no longer changes it.
    bool m_profileChosen = false;
    bool m_guessing = false;
    QFutureWatcher<FileGuess> *m_guessWatcher;
    QFutureWatcher<Status> *m_forgetWatcher;
};

} // namespace Rollbook

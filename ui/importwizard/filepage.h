#pragma once

#include "core/result.h"
#include "import/field.h"

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

// Step 1: the file, and who it holds. Parents need parent login: while it is off, the page says
// so and offers to switch it on.
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilePage(ImportWizard *wizard);
    ~FilePage() override;

    QString filePath() const;
    void setFilePath(const QString &path);
    Profile profile() const;

    bool isComplete() const override;

private:
    void chooseFile();
    void profileChanged();
    void switchOnParentLogin();
    void showParentLogin();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QRadioButton *m_learner;
    QRadioButton *m_parent;
    QWidget *m_parentLoginOff;
    QPushButton *m_switchOn;
    QLabel *m_fileProblem;
    // Whether parent login is on: unknown until the database has answered.
    std::optional<bool> m_parentLogin;
    QFutureWatcher<Result<bool>> *m_parentLoginWatcher;
};

} // namespace Rollbook

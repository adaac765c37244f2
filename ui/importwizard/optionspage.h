#pragma once

#include "core/result.h"
#include "import/importplan.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Rollbook {

class ImportWizard;

// Step 5: add and/or update, passwords, what parents (and guardians) lack, and what errors do.
// The choices of a file like this one imported before (or of a preset) are taken over; Save as
// Preset… keeps every choice so far under a name, to use again or hand to other schools.
class OptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OptionsPage(ImportWizard *wizard);
    ~OptionsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(ImportPlan &plan) const;
    // Save as Preset… with the name given (asked for in a dialog when empty); a name taken is
    // replaced only when the user agrees.
    void saveAsPreset(const QString &name = {});
    // What the last save said.
    QString presetMessage() const;

private:
    ImportWizard *m_wizard;
    QCheckBox *m_add;
    QCheckBox *m_update;
    QCheckBox *m_fillPasswords;
    QGroupBox *m_parents;
    QCheckBox *m_makeGuardianUsernames;
    QComboBox *m_usernameRule;
    QCheckBox *m_deriveSyncKeys;
    QRadioButton *m_importNothing;
    QRadioButton *m_skipErrors;
    QPushButton *m_savePreset;
    QLabel *m_presetSaved;
    QFutureWatcher<Status> *m_saveWatcher;
    QString m_savingName;
    int m_startingVersion = -1; // of the wizard's starting mapping, when taken over
};

} // namespace Rollbook

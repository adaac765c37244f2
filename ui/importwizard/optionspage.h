#pragma once

#include "import/importplan.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QRadioButton;

namespace Rollbook {

class ImportWizard;

// Step 5: add and/or update, passwords, what parents (and guardians) lack, and what errors do.
class OptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OptionsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(ImportPlan &plan) const;

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
};

} // namespace Rollbook

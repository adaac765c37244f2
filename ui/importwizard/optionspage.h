#pragma once

#include "import/importplan.h"

#include <QWizardPage>

class QCheckBox;
class QRadioButton;

namespace Rollbook {

// Step 5: add and/or update, passwords, and what errors do.
class OptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OptionsPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    void applyTo(ImportPlan &plan) const;

private:
    QCheckBox *m_add;
    QCheckBox *m_update;
    QCheckBox *m_fillPasswords;
    QRadioButton *m_importNothing;
    QRadioButton *m_skipErrors;
};

} // namespace Rollbook

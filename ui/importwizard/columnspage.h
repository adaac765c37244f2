#pragma once

#include "import/field.h"
#include "import/importplan.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace Rollbook {

class ImportWizard;

// Step 3: what each column holds. A drop-down per file column, prefilled with the engine's
// guesses; a field chosen twice is flagged, and a required field chosen for no column keeps
// Next disabled, with a sentence saying which.
class ColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ColumnsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(ImportPlan &plan) const;

    QList<Field> mapping() const;
    // Why Next is disabled, or what to look at; empty when all is well.
    QString problem() const;

private:
    void rebuild(const QStringList &headers);
    void check();

    ImportWizard *m_wizard;
    QWidget *m_rows;
    QFormLayout *m_form;
    QLabel *m_problem;
    QStringList m_headers;
    QList<QComboBox *> m_boxes;
};

} // namespace Rollbook

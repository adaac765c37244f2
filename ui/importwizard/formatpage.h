#pragma once

#include "csv/csvformat.h"
#include "import/importplan.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Rollbook {

class ImportWizard;

// Step 2: how the file is read. The encoding and delimiter are detected, shown with the reason,
// and changeable; the preview of the first rows follows every change.
class FormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FormatPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(ImportPlan &plan) const;

    static constexpr int previewRows = 50;

private:
    void readPreview(bool detect);

    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_detected;
    QLabel *m_problem;
    QTableWidget *m_table;
    QString m_readPath;
    CsvDetection m_detection;
    QString m_detectedText;
    bool m_readable = false;
};

} // namespace Rollbook

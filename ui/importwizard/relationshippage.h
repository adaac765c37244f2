#pragma once

#include "core/result.h"
#include "import/childmatch.h"
#include "import/importplan.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;

namespace Rollbook {

class ImportWizard;

// Step 4, parents only: which column names each parent's child, and how. The page counts, off
// the GUI thread and again whenever the column changes, how many rows find their child in the
// database now.
class RelationshipPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RelationshipPage(ImportWizard *wizard);
    ~RelationshipPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(ImportPlan &plan) const;
    void cancel();

    // The sentence under the drop-downs ("2 of 2 rows find their child.").
    QString matchText() const;

private:
    void count();
    void showCount();

    using Counts = std::array<ChildMatchCount, 3>;

    ImportWizard *m_wizard;
    QComboBox *m_syncField;
    QComboBox *m_matchField;
    QLabel *m_matches;
    QStringList m_headers;
    int m_startingVersion = -1; // of the wizard's starting mapping, when the page was built
    bool m_matchChosen = false; // by the user: the guess from the values no longer applies
    std::optional<Counts> m_counts;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<Counts>> *m_watcher;
    bool m_countAgain = false;
};

} // namespace Rollbook

#pragma once

#include "import/importmapping.h"
#include "import/importplan.h"
#include "people/field.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QPushButton;
class QFormLayout;
class QLabel;
class QScrollArea;
class QWidget;

namespace Rollbook {

class ImportWizard;

// Step 3: what each column holds. A drop-down per file column, prefilled with the layout of the
// file for the chosen profile (FileLayouts::forProfile). A file of learners with their parents
// shows a section for the learner and one per guardian ("Foresatt 1", "Parent2", "Mother"). A
// field chosen twice within a section is flagged, and a required field chosen for no column
// keeps Next disabled, with a sentence saying which. A file with the same headers as one imported
// before starts from that import's choices, said above the columns with Forget This Mapping; a
// similar file's choices and the presets are offered there, never applied silently.
class ColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ColumnsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(ImportPlan &plan) const;

    // The field of every column of the file, in file order.
    QList<Field> mapping() const;
    // Why Next is disabled, or what to look at; empty when all is well.
    QString problem() const;
    // The sentence saying where the choices come from; empty for the guess.
    QString origin() const;

private:
    // A titled group of columns: the learner's, or one guardian's. A learner or parent file has
    // one section without a title.
    struct Section
    {
        QString title;
        bool guardian = false;
        QList<int> columns;
    };

    // The start for a new file: the remembered mapping of a file with the same headers, else
    // the guess (with a similar file's offered), and the presets to choose from.
    void chooseStart();
    void startFrom(const std::optional<ImportMapping> &mapping, const QString &origin);
    void forget();
    void useSimilar();
    void presetChosen(int index);
    void rebuild();
    void addColumn(QFormLayout *form, QWidget *parent, int column, Field field,
                   const QString &note);
    QStringList sectionProblems(const Section &section, const QList<Field> &fields) const;
    void check();

    ImportWizard *m_wizard;
    QScrollArea *m_scroll;
    QLabel *m_problem;
    QLabel *m_origin;
    QPushButton *m_forget;
    QPushButton *m_useSimilar;
    QLabel *m_presetLabel;
    QComboBox *m_preset;
    // What the page was built for: a change of any of them builds it again.
    QString m_builtPath;
    Profile m_builtProfile = Profile::Learner;
    QList<QStringList> m_builtRows;
    int m_builtVersion = -1; // of the wizard's starting mapping
    QStringList m_headers;
    QList<Section> m_sections;
    // Per column of the file.
    QList<QComboBox *> m_boxes;
    QList<QLabel *> m_splitNotes;
    QList<QFormLayout *> m_forms;
    QStringList m_examples;
};

} // namespace Rollbook

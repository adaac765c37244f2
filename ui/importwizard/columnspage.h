#pragma once

#include "import/field.h"
#include "import/importplan.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class QComboBox;
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
// keeps Next disabled, with a sentence saying which.
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

private:
    // A titled group of columns: the learner's, or one guardian's. A learner or parent file has
    // one section without a title.
    struct Section
    {
        QString title;
        bool guardian = false;
        QList<int> columns;
    };

    void rebuild();
    void addColumn(QFormLayout *form, QWidget *parent, int column, Field field,
                   const QString &note);
    QStringList sectionProblems(const Section &section, const QList<Field> &fields) const;
    void check();

    ImportWizard *m_wizard;
    QScrollArea *m_scroll;
    QLabel *m_problem;
    // What the page was built for: a change of any of them builds it again.
    QString m_builtPath;
    Profile m_builtProfile = Profile::Learner;
    QList<QStringList> m_builtRows;
    QStringList m_headers;
    QList<Section> m_sections;
    // Per column of the file.
    QList<QComboBox *> m_boxes;
    QList<QLabel *> m_splitNotes;
    QList<QFormLayout *> m_forms;
    QStringList m_examples;
};

} // namespace Rollbook

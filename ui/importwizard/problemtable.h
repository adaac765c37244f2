#pragma once

#include "import/importproblem.h"

#include <QList>
#include <QTableView>

namespace Rollbook {

// The problems of a check, one row each: where (the file, for an import that reads several, the
// line and the column), whether it is an error or a warning, and the sentence. Sorted by where
// it is; sortable by any column. A view over a model of the report's problems (which a report
// keeps up to a bound: importproblem.h), so that many problems stay cheap to show.
class ProblemModel;

class ProblemTable : public QTableView
{
    Q_OBJECT

public:
    enum class Files {
        One,     // one file: no File column, the file as a whole shows as “File”
        Several, // a roster: a File column, named by `fileName` when the problem has none
    };

    explicit ProblemTable(Files files, QWidget *parent = nullptr);

    void setProblems(const QList<ImportProblem> &errors, const QList<ImportProblem> &warnings,
                     const QString &fileName = {});
    void clearProblems();

    int lineColumn() const { return m_files == Files::Several ? 1 : 0; }
    int rowCount() const;

    // Up to `rows` problems, the table is no taller than they are (0: it takes what it gets).
    void setFitRows(int rows);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    Files m_files;
    ProblemModel *m_model;
    int m_fitRows = 0;
};

} // namespace Rollbook

#include "problemtable.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The CSV check's words, in the context their translations have always had (marked with
// QT_TRANSLATE_NOOP where used, so that lupdate keeps them there).
QString checkText(const char *text)
{
    return QCoreApplication::translate("Rollbook::CheckPage", text);
}

// Sorts the Line column by the file, then the line (the file as a whole, line 0, first); the
// other columns by their text.
class ProblemSort : public QSortFilterProxyModel
{
public:
    ProblemSort(int lineColumn, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_lineColumn(lineColumn)
    {
        setSortCaseSensitivity(Qt::CaseInsensitive);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() != m_lineColumn)
            return QSortFilterProxyModel::lessThan(left, right);
        const QString fileA = left.data(Qt::UserRole + 1).toString();
        const QString fileB = right.data(Qt::UserRole + 1).toString();
        if (const int files = QString::compare(fileA, fileB, Qt::CaseInsensitive))
            return files < 0;
        return left.data(Qt::UserRole).toLongLong() < right.data(Qt::UserRole).toLongLong();
    }

private:
    int m_lineColumn;
};

} // namespace

// The problems, errors first, one row each.
class ProblemModel : public QAbstractTableModel
{
public:
    ProblemModel(bool several, QObject *parent)
        : QAbstractTableModel(parent)
        , m_several(several)
    {
        m_headers = QStringList{checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Line")),
                                checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Column")),
                                checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Type")),
                                checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Problem"))};
        if (several)
            m_headers.prepend(checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "File")));
    }

    void setProblems(const QList<ImportProblem> &errors, const QList<ImportProblem> &warnings,
                     const QString &fileName, const QIcon &errorIcon, const QIcon &warningIcon)
    {
        beginResetModel();
        m_errors = errors;
        m_warnings = warnings;
        m_fileName = fileName;
        m_errorIcon = errorIcon;
        m_warningIcon = warningIcon;
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_errors.size() + m_warnings.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const bool error = index.row() < m_errors.size();
        const ImportProblem &problem =
                error ? m_errors.at(index.row()) : m_warnings.at(index.row() - m_errors.size());
        const QString file = problem.file.isEmpty() ? m_fileName : problem.file;
        const int column = index.column() - (m_several ? 1 : 0);
        if (role == Qt::UserRole)
            return problem.line;
        if (role == Qt::UserRole + 1)
            return file;
        switch (column) {
        case -1: // File
            return role == Qt::DisplayRole ? QVariant(file) : QVariant();
        case 0: // Line; one file's whole is “File”, a roster's file as a whole shows no line
            if (role == Qt::TextAlignmentRole)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            if (role != Qt::DisplayRole)
                return {};
            if (problem.line > 0)
                return QLocale().toString(problem.line);
            return m_several ? QString()
                             : checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "File"));
        case 1: // Column
            return role == Qt::DisplayRole ? QVariant(problem.column) : QVariant();
        case 2: // Type
            if (role == Qt::DecorationRole)
                return error ? m_errorIcon : m_warningIcon;
            if (role == Qt::DisplayRole)
                return error ? checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Error"))
                             : checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Warning"));
            return {};
        case 3: // Problem
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return problem.message;
            return {};
        }
        return {};
    }

private:
    bool m_several;
    QStringList m_headers;
    QList<ImportProblem> m_errors;
    QList<ImportProblem> m_warnings;
    QString m_fileName;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

ProblemTable::ProblemTable(Files files, QWidget *parent)
    : QTableView(parent)
    , m_files(files)
    , m_model(new ProblemModel(files == Files::Several, this))
{
    setObjectName(u"problems"_s);
    auto *sort = new ProblemSort(lineColumn(), this);
    sort->setSourceModel(m_model);
    setModel(sort);
    setAccessibleName(checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Problems")));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSortingEnabled(true);
    sortByColumn(lineColumn(), Qt::AscendingOrder);
}

int ProblemTable::rowCount() const
{
    return m_model->rowCount();
}

void ProblemTable::clearProblems()
{
    m_model->setProblems({}, {}, {}, {}, {});
}

void ProblemTable::setProblems(const QList<ImportProblem> &errors,
                               const QList<ImportProblem> &warnings, const QString &fileName)
{
    m_model->setProblems(errors, warnings, fileName,
                         style()->standardIcon(QStyle::SP_MessageBoxCritical),
                         style()->standardIcon(QStyle::SP_MessageBoxWarning));
    sortByColumn(lineColumn(), Qt::AscendingOrder);
    // The columns fit their contents as far as the first rows tell (the view measures a bounded
    // number of rows, not every one).
    horizontalHeader()->setResizeContentsPrecision(200);
    resizeColumnsToContents();
    if (rowCount() <= 200)
        resizeRowsToContents();
    fit();
}

void ProblemTable::setFitRows(int rows)
{
    m_fitRows = rows;
    fit();
}

void ProblemTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // The sentences wrap to the width the table has now (a few hundred rows are quick to
    // measure; more keep their height, and show the whole sentence as a tool tip).
    if (rowCount() <= 200)
        resizeRowsToContents();
    fit();
}

void ProblemTable::fit()
{
    if (m_fitRows <= 0 || rowCount() > m_fitRows) {
        setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->height();
    setMaximumHeight(height);
}

} // namespace Rollbook

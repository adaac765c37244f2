#include "problemtable.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
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

// Sorts by the file, then the line; the file as a whole (line 0) sorts first.
class LineItem : public QTableWidgetItem
{
public:
    LineItem(const QString &file, qint64 line, const QString &whole)
        : QTableWidgetItem(line > 0 ? QLocale().toString(line) : whole)
        , m_file(file)
        , m_line(line)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const auto *line = dynamic_cast<const LineItem *>(&other);
        if (!line)
            return QTableWidgetItem::operator<(other);
        if (const int files = QString::compare(m_file, line->m_file, Qt::CaseInsensitive))
            return files < 0;
        return m_line < line->m_line;
    }

private:
    QString m_file;
    qint64 m_line;
};

} // namespace

ProblemTable::ProblemTable(Files files, QWidget *parent)
    : QTableWidget(0, files == Files::Several ? 5 : 4, parent)
    , m_files(files)
{
    setObjectName(u"problems"_s);
    QStringList headers{checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Line")),
                        checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Column")),
                        checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Type")),
                        checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Problem"))};
    if (files == Files::Several)
        headers.prepend(checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "File")));
    setHorizontalHeaderLabels(headers);
    setAccessibleName(checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Problems")));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSortingEnabled(true);
}

void ProblemTable::clearProblems()
{
    setRowCount(0);
}

void ProblemTable::setProblems(const QList<ImportProblem> &errors,
                               const QList<ImportProblem> &warnings, const QString &fileName)
{
    const bool several = m_files == Files::Several;
    const int first = lineColumn();
    setSortingEnabled(false);
    setRowCount(int(errors.size() + warnings.size()));
    int row = 0;
    const auto add = [&](const ImportProblem &problem, bool error) {
        const QString file = problem.file.isEmpty() ? fileName : problem.file;
        if (several)
            setItem(row, 0, new QTableWidgetItem(file));
        // One file's whole is “File”; a roster's file as a whole has no line to show.
        setItem(row, first,
                new LineItem(
                        file, problem.line,
                        several ? QString()
                                : checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "File"))));
        setItem(row, first + 1, new QTableWidgetItem(problem.column));
        auto *type = new QTableWidgetItem(
                style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                            : QStyle::SP_MessageBoxWarning),
                error ? checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Error"))
                      : checkText(QT_TRANSLATE_NOOP("Rollbook::CheckPage", "Warning")));
        setItem(row, first + 2, type);
        auto *message = new QTableWidgetItem(problem.message);
        message->setToolTip(problem.message);
        setItem(row, first + 3, message);
        ++row;
    };
    for (const ImportProblem &problem : errors)
        add(problem, true);
    for (const ImportProblem &problem : warnings)
        add(problem, false);
    setSortingEnabled(true);
    sortByColumn(first, Qt::AscendingOrder);
    resizeColumnsToContents();
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
    QTableWidget::resizeEvent(event);
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

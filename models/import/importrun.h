#pragma once

#include "core/result.h"
#include "import/importplan.h"
#include "import/importproblem.h"

#include <QHash>
#include <QIODevice>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Rollbook {

struct ImportProgress
{
    qint64 rows = 0;       // records read
    qint64 bytesRead = 0;  // of the file
    qint64 totalBytes = 0; // the file's size
    bool checking = false; // reading is done; the rows are being checked and written
    // Set while another administrator's import or undo holds the database and this one waits
    // for its turn: what to tell the user.
    QString waiting;
};

// The whole import of one file (DESIGN §3): reads it as it streams in, feeds the Importer,
// checks and — unless it is a dry run or errors stop it — commits everything in one
// transaction. A file that cannot be opened is an Error; problems in it are in the report.
// `progress` is called every few thousand rows; `cancel` is looked at as often.
Result<ImportReport> runImport(const QSqlDatabase &db, const ImportPlan &plan,
                               const std::function<void(const ImportProgress &)> &progress = {},
                               const std::atomic<bool> *cancel = nullptr);

// The file's headers and its reading as the plan sets it: what the wizard and --map need.
Result<QStringList> readHeaders(const ImportPlan &plan);

// Writes the rows of the plan's file that have problems to `target`, as CSV with the file's
// columns and a last column "Problem", ready to fix in a spreadsheet and import again.
Status writeRejectedRows(const ImportPlan &plan, const ImportReport &report, const QString &target);

// The report as --report writes it (DESIGN §4), with every problem, also those the report
// leaves out of its lists: writeReportJson() streams it to `out`; reportJson() returns it.
Status writeReportJson(const ImportReport &report, QIODevice &out);
QByteArray reportJson(const ImportReport &report);

} // namespace Rollbook

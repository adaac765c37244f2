// What the tests of models/ that need people share: importing them from CSV text of the test's
// own, through runImport() as the window and the command line do.
#pragma once

#include "import/importrun.h"

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QSqlDatabase>

namespace Rollbook::Testing {

// Writes `rows` to `plan.filePath` and imports it as `plan` says. False, with the reason as a
// warning, when the file could not be written or the import was refused or not committed.
inline bool importRows(QSqlDatabase db, const ImportPlan &plan, const QByteArray &rows)
{
    QFile file(plan.filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(rows) != rows.size()) {
        qWarning() << "cannot write" << plan.filePath << file.errorString();
        return false;
    }
    file.close();
    const auto report = runImport(db, plan);
    if (!report)
        qWarning() << report.error().message;
    else if (!report->errors.isEmpty())
        qWarning() << report->errors.first().message;
    return report && report->committed;
}

} // namespace Rollbook::Testing

// rollbook-bench import-problems: issue 16's "a file full of problems stays cheap". Imports N
// learners, then checks the same file again in add-only mode (a dry run, as the Check page does):
// every row is a "not updated" warning. Prints the time, the problem counts, how many problems
// the report keeps to show, the time to write --report and the rejected rows (every problem),
// and the peak resident size.
#include "bench.h"
#include "db/database.h"
#include "import/importrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

namespace {

QString seconds(const QElapsedTimer &timer)
{
    return QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 3);
}

QString megabytes()
{
    return QString::number(peakMegabytes(), 'f', 1);
}

} // namespace

int benchProblems(Context &context)
{
    qint64 count = 100000;
    for (qsizetype i = 0; i < context.arguments.size(); ++i) {
        if (context.arguments.at(i) == u"--learners"_s && i + 1 < context.arguments.size()) {
            count = context.arguments.at(++i).toLongLong();
        } else {
            context.err << "unknown argument " << context.arguments.at(i) << '\n';
            return 2;
        }
    }
    QTemporaryDir temporary;
    const QDir dir(temporary.path());
    if (!temporary.isValid() || !writePeopleFiles(dir, count)) {
        context.err << "cannot write the files\n";
        return 3;
    }
    auto database = Database::open(dir.filePath(u"problems.sqlite"_s));
    if (!database) {
        context.err << database.error().message << '\n';
        return 3;
    }
    QSqlDatabase db = database.value()->connection();
    ImportPlan plan;
    plan.filePath = dir.filePath(u"learners.csv"_s);
    plan.profile = Profile::Learner;
    QElapsedTimer timer;
    timer.start();
    const auto first = runImport(db, plan);
    if (!first || !first->committed) {
        context.err << "the first import failed\n";
        return 3;
    }
    context.out << "learners: " << count << '\n'
                << "first_import_s: " << seconds(timer) << '\n'
                << "peak_mb_after_first: " << megabytes() << '\n';

    // The same file again, add only: one warning a row.
    plan.mode = ImportMode::Add;
    plan.dryRun = true;
    timer.restart();
    const auto again = runImport(db, plan);
    if (!again) {
        context.err << again.error().message << '\n';
        return 3;
    }
    const ImportReport &report = again.value();
    context.out << "check_s: " << seconds(timer) << '\n'
                << "errors: " << report.counts.errors << '\n'
                << "warnings: " << report.counts.warnings << '\n'
                << "warnings_shown: " << report.warnings.size() << '\n'
                << "warnings_left_out: " << report.warningsLeftOut << '\n'
                << "peak_mb_after_check: " << megabytes() << '\n';

    timer.restart();
    QFile json(dir.filePath(u"report.json"_s));
    if (!json.open(QIODevice::WriteOnly) || !writeReportJson(report, json)) {
        context.err << "cannot write the report\n";
        return 3;
    }
    json.close();
    context.out << "report_s: " << seconds(timer) << '\n'
                << "report_mb: " << QString::number(double(json.size()) / 1e6, 'f', 1) << '\n';
    timer.restart();
    if (auto written = writeRejectedRows(plan, report, dir.filePath(u"rejected.csv"_s)); !written) {
        context.err << written.error().message << '\n';
        return 3;
    }
    context.out << "rejected_s: " << seconds(timer) << '\n'
                << "rejected_mb: "
                << QString::number(double(QFile(dir.filePath(u"rejected.csv"_s)).size()) / 1e6, 'f',
                                   1)
                << '\n'
                << "peak_mb: " << megabytes() << '\n';
    return 0;
}

} // namespace Rollbook::Bench

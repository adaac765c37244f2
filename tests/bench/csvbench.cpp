// rollbook-bench csv FILE: how fast the CSV reader reads a file, on one core.
//
// Three figures, MB being 10^6 bytes of the file as it is on disk:
// - mb_per_s: every record read and every field turned into text (CsvReader::fieldView), the
//   reading of DESIGN §6;
// - fields_mb_per_s: the same, each record as a QStringList (CsvReader::fields), one QString
//   allocated per field;
// - scan_mb_per_s: records found and checked, no text made (csv-preview --count).
// Each is the best wall-clock time of a few passes; cpu_mb_per_s uses the processor time of
// the best pass instead, which a machine busy with other work disturbs less.
#include "bench.h"
#include "csv/csvreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

namespace {

struct Pass
{
    qint64 rows = 0;
    qint64 problems = 0;
    qint64 characters = 0; // keeps the decoding from being optimised away
    double seconds = 0;
    double cpuSeconds = 0; // this process's processor time: less hurt by a busy machine
    QString error;
};

enum class Mode { Views, Lists, Scan };

Pass readOnce(const QString &path, Mode mode)
{
    Pass pass;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        pass.error = file.errorString();
        return pass;
    }
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    CsvReader reader;
    if (!reader.open(&file)) {
        pass.error = reader.error().message;
        return pass;
    }
    while (reader.next()) {
        if (reader.recordProblem()) {
            ++pass.problems;
            continue;
        }
        ++pass.rows;
        if (mode == Mode::Views) {
            for (int i = 0; i < reader.fieldCount(); ++i)
                pass.characters += reader.fieldView(i).size();
        } else if (mode == Mode::Lists) {
            const QStringList fields = reader.fields();
            for (const QString &field : fields)
                pass.characters += field.size();
        }
    }
    pass.seconds = timer.nsecsElapsed() / 1e9;
    pass.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (reader.hasError() && reader.error().code != CsvProblemCode::NoRecords)
        pass.error = reader.error().message;
    return pass;
}

} // namespace

int benchCsv(Context &context)
{
    const QStringList args = context.arguments;
    if (args.isEmpty()) {
        context.err << "Usage: rollbook-bench csv FILE [--passes N]\n";
        return 2;
    }
    const QString path = args.first();
    int passes = 3;
    const qsizetype passesAt = args.indexOf(u"--passes"_s);
    if (passesAt > 0)
        passes = std::max(1, args.value(passesAt + 1).toInt());
    const double megabytes = QFileInfo(path).size() / 1e6;

    // The best of a few passes: the first also warms the page cache.
    Pass full, lists, scan;
    full.seconds = lists.seconds = scan.seconds = 1e30;
    for (int i = 0; i < passes; ++i) {
        for (auto [mode, best] : {std::pair{Mode::Views, &full}, std::pair{Mode::Lists, &lists},
                                  std::pair{Mode::Scan, &scan}}) {
            const Pass pass = readOnce(path, mode);
            if (!pass.error.isEmpty()) {
                context.err << pass.error << '\n';
                return 3;
            }
            if (pass.seconds < best->seconds)
                *best = pass;
        }
    }
    context.out << "file: " << path << '\n'
                << "megabytes: " << QString::number(megabytes, 'f', 1) << '\n'
                << "rows: " << full.rows << '\n'
                << "rows_with_problems: " << full.problems << '\n'
                << "seconds: " << QString::number(full.seconds, 'f', 3) << '\n'
                << "mb_per_s: " << QString::number(megabytes / full.seconds, 'f', 1) << '\n'
                << "cpu_mb_per_s: " << QString::number(megabytes / full.cpuSeconds, 'f', 1) << '\n'
                << "fields_seconds: " << QString::number(lists.seconds, 'f', 3) << '\n'
                << "fields_mb_per_s: " << QString::number(megabytes / lists.seconds, 'f', 1) << '\n'
                << "scan_seconds: " << QString::number(scan.seconds, 'f', 3) << '\n'
                << "scan_mb_per_s: " << QString::number(megabytes / scan.seconds, 'f', 1) << '\n';
    return 0;
}

} // namespace Rollbook::Bench

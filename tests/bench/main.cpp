// rollbook-bench SUBCOMMAND [ARGUMENTS]: the benchmarks of DESIGN §6.
#include "bench.h"

#include <QApplication>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Subcommand
{
    QString name;
    QString usage;
    std::function<int(Rollbook::Bench::Context &)> run;
};

// Later benchmarks (import, users) add a line here and a file beside this one.
const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list = {
            {u"csv"_s, u"csv FILE [--passes N]   read a CSV file, print mb_per_s and rows"_s,
             Rollbook::Bench::benchCsv},
            {u"generate-csv"_s,
             u"generate-csv FILE [--rows N] [--seed S]   write a parents-like UTF-8 CSV file "
             "(600,000 rows by default, about 50 MB)"_s,
             Rollbook::Bench::generateCsv},
            {u"import"_s,
             u"import [--learners N] [--wide] [--sqlite3 PATH] [--database postgresql://… [--psql "
             u"PATH]]   "
             "import N learners then N parents through the engine, and time on the same files "
             "import-plain.sql (ratio_plain), import-baseline.sql (ratio; or their PostgreSQL "
             "twins) and the two rollbook-cli processes (cli_s); --wide also imports the same "
             "people from one file of learners with their parents"_s,
             Rollbook::Bench::benchImport},
            {u"import-problems"_s,
             u"import-problems [--learners N]   import N learners, check the same file again in "
             "add-only mode (a warning a row); print check_s, the problem counts and peak_mb"_s,
             Rollbook::Bench::benchProblems},
            {u"roster"_s,
             u"roster [--learners N]   import a OneRoster 1.1 folder of N students and N "
             "guardians, and the same people as the platform's two CSV files; print roster_s, "
             "csv_s and their ratio"_s,
             Rollbook::Bench::benchRoster},
            {u"users"_s,
             u"users [--people N]   open the users page offscreen on N people (200,000 by "
             "default); print first_rows_ms and keystroke_ms_p95"_s,
             Rollbook::Bench::benchUsers},
            {u"distribute"_s,
             u"distribute [--learners N] [--letters M]   import N learners and N parents, then "
             "time loading them, the export, the outbox and M letters as PDF"_s,
             Rollbook::Bench::benchDistribute},
    };
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    // The users benchmark drives the real page, and letters need fonts: offscreen. The others
    // need no GUI.
    const bool widgets =
            argc > 1 && (qstrcmp(argv[1], "users") == 0 || qstrcmp(argv[1], "distribute") == 0);
    if (widgets && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
            widgets ? std::make_unique<QApplication>(argc, argv)
                    : std::make_unique<QCoreApplication>(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    for (const Subcommand &subcommand : subcommands()) {
        if (subcommand.name != name)
            continue;
        Rollbook::Bench::Context context{arguments.mid(2), out, err};
        const int status = subcommand.run(context);
        out.flush();
        err.flush();
        return status;
    }
    err << "Usage: rollbook-bench SUBCOMMAND [ARGUMENTS]\n\nSubcommands:\n";
    for (const Subcommand &subcommand : subcommands())
        err << "  " << subcommand.usage << '\n';
    err.flush();
    return name.isEmpty() || name == u"--help"_s ? 0 : 2;
}

// rollbook-bench import: DESIGN §6's import target. Generates N learners and N parents (one child
// each), imports learners then parents through the engine (fully checked and committed, backup
// included), then times import-baseline.sql doing the same with sqlite3's .import and one join.
// With --database postgresql://USER@HOST/NAME (an empty Rollbook database, or a new empty one)
// the same on a PostgreSQL server: the yardstick is then import-baseline-postgresql.sql run by
// psql with COPY, on the same database emptied again, and the database is left empty.
#include "bench.h"
#include "db/database.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

bool writePeopleFiles(const QDir &dir, qint64 count, int secondChildEvery)
{
    QFile learners(dir.filePath(u"learners.csv"_s));
    QFile parents(dir.filePath(u"parents.csv"_s));
    if (!learners.open(QIODevice::WriteOnly) || !parents.open(QIODevice::WriteOnly))
        return false;
    learners.write("SyncID,User name,First name,Last name,E-mail\n");
    parents.write("SyncID,User name,First name,Last name,E-mail,ChildID\n");
    QByteArray line;
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        line = "L" + n + ",learner" + n + ",Learner" + n + ",Family" + n + ",learner" + n +
               "@school.example\n";
        learners.write(line);
        line = "P" + n + ",parent" + n + ",Parent" + n + ",Family" + n + ",parent" + n +
               "@home.example,";
        parents.write(line + "L" + n + "\n");
        if (secondChildEvery > 0 && i % secondChildEvery == 0) // the same parent, one more child
            parents.write(line + "L" + QByteArray::number((i + 1) % count) + "\n");
    }
    return true;
}

// The same people in one file: each learner with their parent beside (Parent1 …), as a student
// system exports them.
bool writeWideFile(const QDir &dir, qint64 count)
{
    QFile wide(dir.filePath(u"wide.csv"_s));
    if (!wide.open(QIODevice::WriteOnly))
        return false;
    wide.write("SyncID,User name,First name,Last name,E-mail,Parent1 Sync key,Parent1 User name,"
               "Parent1 First name,Parent1 Last name,Parent1 E-mail\n");
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        wide.write("L" + n + ",learner" + n + ",Learner" + n + ",Family" + n + ",learner" + n +
                   "@school.example,P" + n + ",parent" + n + ",Parent" + n + ",Family" + n +
                   ",parent" + n + "@home.example\n");
    }
    return true;
}

double peakMegabytes()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#ifdef Q_OS_MACOS
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes
#else
    return double(usage.ru_maxrss) / 1024.0; // kilobytes
#endif
#else
    return -1;
#endif
}

namespace {

QString counts(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM parent_link)"_s);
    return q.next() ? u"%1 people, %2 links"_s.arg(q.value(0).toString(), q.value(1).toString())
                    : u"?"_s;
}

QString counts(const QString &path)
{
    auto database = Database::open(path);
    if (!database)
        return database.error().message;
    return counts(database.value()->connection());
}

// Empties a server database the bench used: every table Rollbook writes, ids from 1 again.
bool emptyServerDatabase(const QSqlDatabase &db)
{
    return QSqlQuery(db).exec(u"TRUNCATE person, parent_link, import_batch, import_person_before, "
                              u"audit RESTART IDENTITY CASCADE"_s);
}

void report(Context &context, const QString &engine, qint64 count, double learnersSeconds,
            double parentsSeconds, double scriptSeconds, double peak, const QString &engineResult,
            const QString &scriptResult)
{
    const double engineSeconds = learnersSeconds + parentsSeconds;
    context.out << "database: " << engine << '\n'
                << "people: " << count << " learners + " << count << " parents\n"
                << "engine_learners_s: " << QString::number(learnersSeconds, 'f', 3) << '\n'
                << "engine_parents_s: " << QString::number(parentsSeconds, 'f', 3) << '\n'
                << "engine_s: " << QString::number(engineSeconds, 'f', 3) << '\n'
                << "script_s: " << QString::number(scriptSeconds, 'f', 3) << '\n'
                << "ratio: "
                << (scriptSeconds > 0 ? QString::number(engineSeconds / scriptSeconds, 'f', 2)
                                      : u"n/a"_s)
                << '\n'
                << "peak_mb: " << QString::number(peak, 'f', 1) << '\n'
                << "engine_result: " << engineResult << '\n'
                << "script_result: " << scriptResult << '\n';
}

// The server's yardstick: psql loads the same files with COPY into the emptied database.
int serverYardstick(Context &context, const QString &server, const QString &psql,
                    const QString &folder, qint64 count, double learnersSeconds,
                    double parentsSeconds, double peak, const QString &engineResult)
{
    double scriptSeconds = -1;
    QString scriptResult = u"n/a"_s;
    if (psql.isEmpty()) {
        context.err << "psql is not installed: no yardstick\n";
    } else {
        const auto address = ServerAddress::parse(server);
        QProcess process;
        process.setWorkingDirectory(folder);
        QElapsedTimer timer;
        timer.start();
        process.start(psql, {u"-X"_s, u"-q"_s, u"-h"_s, address->host, u"-p"_s,
                             QString::number(address->port), u"-U"_s, address->user, u"-d"_s,
                             address->name, u"-f"_s,
                             QStringLiteral(ROLLBOOK_BENCH_DIR "/import-baseline-postgresql.sql")});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            context.err << "the psql script failed: " << process.readAllStandardError() << '\n';
            return 3;
        }
        scriptSeconds = double(timer.nsecsElapsed()) / 1e9;
        auto database = Database::open(server);
        if (!database) {
            context.err << database.error().message << '\n';
            return 3;
        }
        scriptResult = counts(database.value()->connection());
        emptyServerDatabase(database.value()->connection());
    }
    report(context, u"PostgreSQL"_s, count, learnersSeconds, parentsSeconds, scriptSeconds, peak,
           engineResult, scriptResult);
    return 0;
}

} // namespace

// The same people from one file of learners with their parents: one import, one batch.
int benchWide(Context &context, const QDir &dir, qint64 count, double scriptSeconds)
{
    if (!writeWideFile(dir, count)) {
        context.err << "cannot write the wide file\n";
        return 3;
    }
    auto database = Database::open(dir.filePath(u"wide.sqlite"_s));
    if (!database) {
        context.err << database.error().message << '\n';
        return 3;
    }
    QSqlDatabase db = database.value()->connection();
    if (!SettingsStore(db).set(u"parent_login_enabled"_s, u"true"_s, u"bench"_s)) {
        context.err << "cannot turn on parent login\n";
        return 3;
    }
    ImportPlan plan;
    plan.filePath = dir.filePath(u"wide.csv"_s);
    plan.profile = Profile::LearnersWithParents;
    QElapsedTimer timer;
    timer.start();
    const auto imported = runImport(db, plan);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!imported || !imported->committed) {
        context.err << "the import of wide.csv failed: "
                    << (imported ? imported->errors.value(0).message : imported.error().message)
                    << '\n';
        return 3;
    }
    context.out << "engine_wide_s: " << QString::number(seconds, 'f', 3) << '\n'
                << "ratio_wide: "
                << (scriptSeconds > 0 ? QString::number(seconds / scriptSeconds, 'f', 2) : u"n/a"_s)
                << '\n'
                << "peak_mb_after_wide: " << QString::number(peakMegabytes(), 'f', 1) << '\n'
                << "wide_result: " << counts(db) << '\n';
    return 0;
}

int benchImport(Context &context)
{
    qint64 count = 100000;
    QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    QString psql = QStandardPaths::findExecutable(u"psql"_s);
    QString server;
    bool wide = false;
    for (qsizetype i = 0; i < context.arguments.size(); ++i) {
        const QString &arg = context.arguments.at(i);
        if (arg == u"--wide"_s)
            wide = true;
        else if (arg == u"--learners"_s && i + 1 < context.arguments.size())
            count = context.arguments.at(++i).toLongLong();
        else if (arg == u"--sqlite3"_s && i + 1 < context.arguments.size())
            sqlite3 = context.arguments.at(++i);
        else if (arg == u"--psql"_s && i + 1 < context.arguments.size())
            psql = context.arguments.at(++i);
        else if (arg == u"--database"_s && i + 1 < context.arguments.size())
            server = context.arguments.at(++i);
        else {
            context.err << "Usage: rollbook-bench import [--learners N] [--wide] [--sqlite3 PATH] "
                           "[--database postgresql://USER@HOST[:PORT]/NAME [--psql PATH]]\n";
            return 2;
        }
    }
    if (count <= 0) {
        context.err << "--learners takes a positive number\n";
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid() || !writePeopleFiles(QDir(dir.path()), count)) {
        context.err << "cannot write the files in a temporary folder\n";
        return 3;
    }
    const bool onServer = !server.isEmpty();
    if (onServer && !ServerAddress::isServer(server)) {
        context.err << "--database takes a server address, postgresql://USER@HOST[:PORT]/NAME\n";
        return 2;
    }
    const QString enginePath = onServer ? server : dir.filePath(u"engine.sqlite"_s);
    double learnersSeconds = 0;
    double parentsSeconds = 0;
    QString engineResult;
    {
        auto database = Database::open(enginePath);
        if (!database) {
            context.err << database.error().message << '\n';
            return 3;
        }
        QSqlDatabase db = database.value()->connection();
        if (onServer) {
            QSqlQuery people(db);
            if (!people.exec(u"SELECT count(*) FROM person"_s) || !people.next() ||
                people.value(0).toLongLong() != 0) {
                context.err << "the bench needs an empty Rollbook database on the server\n";
                return 2;
            }
        }
        if (!SettingsStore(db).set(u"parent_login_enabled"_s, u"true"_s, u"bench"_s)) {
            context.err << "cannot turn on parent login\n";
            return 3;
        }
        const auto importFile = [&](const QString &file, Profile profile, double &seconds) {
            ImportPlan plan;
            plan.filePath = dir.filePath(file);
            plan.profile = profile;
            plan.syncField = u"ChildID"_s;
            QElapsedTimer timer;
            timer.start();
            const auto report = runImport(db, plan);
            seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!report || !report->committed) {
                context.err << "the import of " << file << " failed: "
                            << (report ? report->errors.value(0).message : report.error().message)
                            << '\n';
                return false;
            }
            for (const auto &[name, ms] : report->steps)
                context.out << "step " << file << ": " << name << ": "
                            << QString::number(ms, 'f', 1) << " ms\n";
            return true;
        };
        const bool imported = importFile(u"learners.csv"_s, Profile::Learner, learnersSeconds) &&
                              importFile(u"parents.csv"_s, Profile::Parent, parentsSeconds);
        engineResult = counts(db);
        if (onServer && !emptyServerDatabase(db)) {
            context.err << "cannot empty the server database after the engine's run\n";
            return 3;
        }
        if (!imported)
            return 3;
    }
    const double peak = peakMegabytes();
    if (onServer)
        return serverYardstick(context, server, psql, dir.path(), count, learnersSeconds,
                               parentsSeconds, peak, engineResult);

    // The yardstick, on an empty database of the same schema.
    const QString scriptPath = dir.filePath(u"script.sqlite"_s);
    {
        auto created = Database::open(scriptPath);
        if (!created) {
            context.err << created.error().message << '\n';
            return 3;
        }
    }
    double scriptSeconds = -1;
    if (sqlite3.isEmpty()) {
        context.err << "sqlite3 is not installed: no yardstick\n";
    } else {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.setStandardInputFile(QStringLiteral(ROLLBOOK_BENCH_DIR "/import-baseline.sql"));
        QElapsedTimer timer;
        timer.start();
        process.start(sqlite3, {scriptPath});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            context.err << "the sqlite3 script failed: " << process.readAllStandardError() << '\n';
            return 3;
        }
        scriptSeconds = double(timer.nsecsElapsed()) / 1e9;
    }

    report(context, u"SQLite"_s, count, learnersSeconds, parentsSeconds, scriptSeconds, peak,
           engineResult, counts(scriptPath));
    if (wide)
        return benchWide(context, QDir(dir.path()), count, scriptSeconds);
    return 0;
}

} // namespace Rollbook::Bench

// rollbook-bench import: DESIGN §6's import target and issue 16's. Generates N learners and N
// parents (one child each), imports learners then parents through the engine (fully checked and
// committed, backup included), then times two yardsticks doing the same with sqlite3's .import:
// import-plain.sql, what a user would run instead (a fresh database, two bare tables, one join:
// `ratio_plain`), and import-baseline.sql, the same into Rollbook's own schema with all its
// indexes (`ratio`). It also times the two rollbook-cli processes a user runs, end to end
// (`cli_s`). With --database postgresql://USER@HOST/NAME (an empty Rollbook database, or a new
// empty one) the same on a PostgreSQL server: the yardsticks are then import-plain-postgresql.sql
// (its own schema, dropped after) and import-baseline-postgresql.sql run by psql with COPY, and
// the database is left empty.
#include "bench.h"
#include "db/database.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

namespace {

// Names as a school's files have them: common first and last names, a few beyond ASCII, in no
// order the file follows, so that the indexes on names and user names fill as real files fill
// them (numbered names, "Family1", "Family2", … would fill them in order and flatter an import).
// Each is {as written, as a user name has it}. The same N always gives the same files.
struct Name
{
    const char *written;
    const char *plain;
};
constexpr Name firstNames[] = {
        {"Ada", "ada"},       {"Emma", "emma"},     {"Nora", "nora"},       {"Sofie", "sofie"},
        {"Olivia", "olivia"}, {"Ella", "ella"},     {"Ingrid", "ingrid"},   {"Sara", "sara"},
        {"Maja", "maja"},     {"Åse", "ase"},       {"Tuva", "tuva"},       {"Leah", "leah"},
        {"Jakob", "jakob"},   {"Noah", "noah"},     {"Emil", "emil"},       {"Lucas", "lucas"},
        {"Oliver", "oliver"}, {"Filip", "filip"},   {"William", "william"}, {"Henrik", "henrik"},
        {"Aksel", "aksel"},   {"Magnus", "magnus"}, {"Øystein", "oystein"}, {"Bjørn", "bjorn"}};
constexpr Name lastNames[] = {{"Hansen", "hansen"},
                              {"Johansen", "johansen"},
                              {"Olsen", "olsen"},
                              {"Larsen", "larsen"},
                              {"Andersen", "andersen"},
                              {"Pedersen", "pedersen"},
                              {"Nilsen", "nilsen"},
                              {"Kristiansen", "kristiansen"},
                              {"Jensen", "jensen"},
                              {"Karlsen", "karlsen"},
                              {"Johnsen", "johnsen"},
                              {"Pettersen", "pettersen"},
                              {"Eriksen", "eriksen"},
                              {"Berg", "berg"},
                              {"Haugen", "haugen"},
                              {"Hagen", "hagen"},
                              {"Johannessen", "johannessen"},
                              {"Andreassen", "andreassen"},
                              {"Jacobsen", "jacobsen"},
                              {"Dahl", "dahl"},
                              {"Jørgensen", "jorgensen"},
                              {"Sæther", "saether"},
                              {"Løken", "loken"},
                              {"Ødegård", "odegard"}};

// A well-mixed number for line i of a file (splitmix64's finaliser).
quint64 mix(quint64 i)
{
    i = (i ^ (i >> 30)) * 0xbf58476d1ce4e5b9ULL;
    i = (i ^ (i >> 27)) * 0x94d049bb133111ebULL;
    return i ^ (i >> 31);
}

// "SyncID,User name,First name,Last name,E-mail" of learner or parent i (no line end).
QByteArray personFields(char kind, qint64 i)
{
    const GeneratedPerson p = generatedPerson(kind, i);
    return p.syncKey + ',' + p.username + ',' + p.firstName + ',' + p.lastName + ',' + p.email;
}

} // namespace

GeneratedPerson generatedPerson(char kind, qint64 i)
{
    const quint64 h = mix(quint64(i) * 2 + (kind == 'P' ? 1 : 0));
    const Name &first = firstNames[h % std::size(firstNames)];
    const Name &last = lastNames[(h / std::size(firstNames)) % std::size(lastNames)];
    const QByteArray n = QByteArray::number(i);
    // "ada.hansen12" for a learner, "ada.hansen.12" for a parent: never the same.
    const QByteArray username =
            QByteArray(first.plain) + '.' + last.plain + (kind == 'P' ? "." : "") + n;
    return {kind + n, username, first.written, last.written,
            username + (kind == 'P' ? "@home.example" : "@school.example")};
}

bool writePeopleFiles(const QDir &dir, qint64 count, int secondChildEvery)
{
    QFile learners(dir.filePath(u"learners.csv"_s));
    QFile parents(dir.filePath(u"parents.csv"_s));
    if (!learners.open(QIODevice::WriteOnly) || !parents.open(QIODevice::WriteOnly))
        return false;
    learners.write("SyncID,User name,First name,Last name,E-mail\n");
    parents.write("SyncID,User name,First name,Last name,E-mail,ChildID\n");
    for (qint64 i = 0; i < count; ++i) {
        learners.write(personFields('L', i) + '\n');
        const QByteArray parent = personFields('P', i) + ",L";
        parents.write(parent + QByteArray::number(i) + '\n');
        if (secondChildEvery > 0 && i % secondChildEvery == 0) // the same parent, one more child
            parents.write(parent + QByteArray::number((i + 1) % count) + '\n');
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
    for (qint64 i = 0; i < count; ++i)
        wide.write(personFields('L', i) + ',' + personFields('P', i) + '\n');
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

QString ratio(double engineSeconds, double yardstickSeconds)
{
    return yardstickSeconds > 0 ? QString::number(engineSeconds / yardstickSeconds, 'f', 2)
                                : u"n/a"_s;
}

// Runs a program to its end in `folder` (standard input from `input` when given): its seconds,
// or -1 with the reason on `err`.
double timeProcess(Context &context, const QString &program, const QStringList &arguments,
                   const QString &folder, const QString &input = {})
{
    QProcess process;
    process.setWorkingDirectory(folder);
    if (!input.isEmpty())
        process.setStandardInputFile(input);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        context.err << QFileInfo(program).fileName()
                    << " failed: " << process.readAllStandardError() << '\n';
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

struct Yardsticks
{
    double plainSeconds = -1; // import-plain*.sql: a fresh database, bare tables
    QString plainResult = u"n/a"_s;
    double scriptSeconds = -1; // import-baseline*.sql: Rollbook's own schema
    QString scriptResult = u"n/a"_s;
};

void report(Context &context, const QString &engine, qint64 count, double learnersSeconds,
            double parentsSeconds, const Yardsticks &yardsticks, double peak,
            const QString &engineResult)
{
    const double engineSeconds = learnersSeconds + parentsSeconds;
    const double scriptSeconds = yardsticks.scriptSeconds;
    context.out << "database: " << engine << '\n'
                << "people: " << count << " learners + " << count << " parents\n"
                << "engine_learners_s: " << QString::number(learnersSeconds, 'f', 3) << '\n'
                << "engine_parents_s: " << QString::number(parentsSeconds, 'f', 3) << '\n'
                << "engine_s: " << QString::number(engineSeconds, 'f', 3) << '\n'
                << "engine_us_per_person: "
                << QString::number(engineSeconds * 1e6 / double(2 * count), 'f', 2) << '\n'
                << "plain_s: " << QString::number(yardsticks.plainSeconds, 'f', 3) << '\n'
                << "ratio_plain: " << ratio(engineSeconds, yardsticks.plainSeconds) << '\n'
                << "script_s: " << QString::number(scriptSeconds, 'f', 3) << '\n'
                << "ratio: " << ratio(engineSeconds, scriptSeconds) << '\n'
                << "peak_mb: " << QString::number(peak, 'f', 1) << '\n'
                << "engine_result: " << engineResult << '\n'
                << "plain_result: " << yardsticks.plainResult << '\n'
                << "script_result: " << yardsticks.scriptResult << '\n';
}

QString plainCounts(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-plain"_s);
    db.setDatabaseName(path);
    QString result = u"?"_s;
    if (db.open())
        result = counts(db);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-plain"_s);
    return result;
}

// The two rollbook-cli processes a user runs on a new database, parent login turned on first
// (not timed): learners, then parents with their child's synchronisation key.
double timeCommandLine(Context &context, const QString &folder)
{
    const QString cli = QStringLiteral(ROLLBOOK_CLI_PATH);
    const QString database = QDir(folder).filePath(u"cli.sqlite"_s);
    const QStringList on = {u"--database"_s, database};
    if (timeProcess(context, cli,
                    on + QStringList{u"settings"_s, u"parent_login_enabled"_s, u"true"_s},
                    folder) < 0)
        return -1;
    const double learners = timeProcess(
            context, cli,
            on + QStringList{u"import"_s, u"learners.csv"_s, u"--profile"_s, u"learner"_s}, folder);
    const double parents = timeProcess(
            context, cli,
            on + QStringList{u"import"_s, u"parents.csv"_s, u"--profile"_s, u"parent"_s,
                             u"--sync-field"_s, u"ChildID"_s, u"--match"_s, u"sync-key"_s},
            folder);
    return learners < 0 || parents < 0 ? -1 : learners + parents;
}

// The server's yardstick: psql loads the same files with COPY into the emptied database.
int serverYardstick(Context &context, const QString &server, const QString &psql,
                    const QString &folder, qint64 count, double learnersSeconds,
                    double parentsSeconds, double peak, const QString &engineResult)
{
    Yardsticks yardsticks;
    if (psql.isEmpty()) {
        context.err << "psql is not installed: no yardstick\n";
    } else {
        const auto address = ServerAddress::parse(server);
        const QStringList connection = {
                u"-X"_s,       u"-q"_s,       u"-h"_s,
                address->host, u"-p"_s,       QString::number(address->port),
                u"-U"_s,       address->user, u"-d"_s,
                address->name, u"-f"_s};
        yardsticks.plainSeconds = timeProcess(
                context, psql,
                connection + QStringList{QStringLiteral(ROLLBOOK_BENCH_DIR
                                                        "/import-plain-postgresql.sql")},
                folder);
        yardsticks.scriptSeconds = timeProcess(
                context, psql,
                connection + QStringList{QStringLiteral(ROLLBOOK_BENCH_DIR
                                                        "/import-baseline-postgresql.sql")},
                folder);
        if (yardsticks.plainSeconds < 0 || yardsticks.scriptSeconds < 0)
            return 3;
        auto database = Database::open(server);
        if (!database) {
            context.err << database.error().message << '\n';
            return 3;
        }
        QSqlDatabase db = database.value()->connection();
        yardsticks.scriptResult = counts(db);
        QSqlQuery plain(db);
        if (plain.exec(u"SELECT (SELECT count(*) FROM rollbook_plain.person), "
                       u"(SELECT count(*) FROM rollbook_plain.parent_link)"_s) &&
            plain.next())
            yardsticks.plainResult = u"%1 people, %2 links"_s.arg(plain.value(0).toString(),
                                                                  plain.value(1).toString());
        plain.exec(u"DROP SCHEMA rollbook_plain CASCADE"_s);
        emptyServerDatabase(db);
    }
    report(context, u"PostgreSQL"_s, count, learnersSeconds, parentsSeconds, yardsticks, peak,
           engineResult);
    return 0;
}

} // namespace

// The same people from one file of learners with their parents: one import, one batch.
int benchWide(Context &context, const QDir &dir, qint64 count, double plainSeconds)
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
                << "ratio_wide_plain: " << ratio(seconds, plainSeconds) << '\n'
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

    // The yardsticks: the plain script on a fresh database of its own; the schema's script on
    // an empty database of Rollbook's schema.
    Yardsticks yardsticks;
    const QString plainPath = dir.filePath(u"plain.sqlite"_s);
    const QString scriptPath = dir.filePath(u"script.sqlite"_s);
    {
        auto created = Database::open(scriptPath);
        if (!created) {
            context.err << created.error().message << '\n';
            return 3;
        }
    }
    if (sqlite3.isEmpty()) {
        context.err << "sqlite3 is not installed: no yardstick\n";
    } else {
        yardsticks.plainSeconds =
                timeProcess(context, sqlite3, {plainPath}, dir.path(),
                            QStringLiteral(ROLLBOOK_BENCH_DIR "/import-plain.sql"));
        yardsticks.scriptSeconds =
                timeProcess(context, sqlite3, {scriptPath}, dir.path(),
                            QStringLiteral(ROLLBOOK_BENCH_DIR "/import-baseline.sql"));
        if (yardsticks.plainSeconds < 0 || yardsticks.scriptSeconds < 0)
            return 3;
        yardsticks.plainResult = plainCounts(plainPath);
        yardsticks.scriptResult = counts(scriptPath);
    }
    report(context, u"SQLite"_s, count, learnersSeconds, parentsSeconds, yardsticks, peak,
           engineResult);
    const double cliSeconds = timeCommandLine(context, dir.path());
    if (cliSeconds < 0)
        return 3;
    context.out << "cli_s: " << QString::number(cliSeconds, 'f', 3) << '\n'
                << "ratio_cli_plain: " << ratio(cliSeconds, yardsticks.plainSeconds) << '\n';
    if (wide)
        return benchWide(context, QDir(dir.path()), count, yardsticks.plainSeconds);
    return 0;
}

} // namespace Rollbook::Bench

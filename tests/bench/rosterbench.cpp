// rollbook-bench roster: a school's roster against the CSV import of the same people (issue 15).
// Writes a OneRoster 1.1 folder with N students and N guardians (guardian i of student i, named
// from both sides in agentSourcedIds, plus 2 teachers who are skipped) and the same people as the
// platform's two files; imports the roster (one batch, both passes, links, who left) into one new
// database and the two files (learners, then parents) into another, and prints both times, their
// ratio and the peak memory after the roster.
#include "bench.h"
#include "db/database.h"
#include "import/importrun.h"
#include "roster/roster.h"
#include "settings/settingsstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

namespace {

bool writeRoster(const QDir &dir, qint64 count)
{
    if (!dir.mkpath(u"roster"_s))
        return false;
    const QDir roster(dir.filePath(u"roster"_s));
    QFile manifest(roster.filePath(u"manifest.csv"_s));
    QFile orgs(roster.filePath(u"orgs.csv"_s));
    QFile users(roster.filePath(u"users.csv"_s));
    if (!manifest.open(QIODevice::WriteOnly) || !orgs.open(QIODevice::WriteOnly) ||
        !users.open(QIODevice::WriteOnly))
        return false;
    manifest.write("propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n"
                   "file.orgs,bulk\nfile.users,bulk\n");
    orgs.write("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
               "org-1,,,Bench school,school,1,\n");
    users.write("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,"
                "userIds,givenName,familyName,middleName,identifier,email,sms,phone,"
                "agentSourcedIds,grades,password\n");
    users.write("T1,,,true,org-1,teacher,teacher1,,Teacher,One,,,,,,,,\n"
                "T2,,,true,org-1,teacher,teacher2,,Teacher,Two,,,,,,,,\n");
    for (qint64 i = 0; i < count; ++i) {
        // The same people as writePeopleFiles() writes, so that both imports do the same work.
        const GeneratedPerson learner = generatedPerson('L', i);
        const GeneratedPerson parent = generatedPerson('P', i);
        users.write(learner.syncKey + ",,,true,org-1,student," + learner.username + ",," +
                    learner.firstName + ',' + learner.lastName + ",,," + learner.email + ",,," +
                    parent.syncKey + ",05,\n");
        users.write(parent.syncKey + ",,,true,org-1,parent," + parent.username + ",," +
                    parent.firstName + ',' + parent.lastName + ",,," + parent.email + ",,," +
                    learner.syncKey + ",,\n");
    }
    return true;
}

std::unique_ptr<Database> openWithParents(Context &context, const QString &path)
{
    auto database = Database::open(path);
    if (!database) {
        context.err << database.error().message << '\n';
        return {};
    }
    if (!SettingsStore(database.value()->connection())
                 .set(u"parent_login_enabled"_s, u"true"_s, u"bench"_s)) {
        context.err << "cannot turn on parent login\n";
        return {};
    }
    return std::move(database.value());
}

QString people(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM parent_link)"_s);
    return q.next() ? u"%1 people, %2 links"_s.arg(q.value(0).toString(), q.value(1).toString())
                    : u"?"_s;
}

} // namespace

int benchRoster(Context &context)
{
    qint64 count = 100000;
    for (qsizetype i = 0; i < context.arguments.size(); ++i) {
        const QString &arg = context.arguments.at(i);
        if (arg == u"--learners"_s && i + 1 < context.arguments.size()) {
            count = context.arguments.at(++i).toLongLong();
        } else {
            context.err << "Usage: rollbook-bench roster [--learners N]\n";
            return 2;
        }
    }
    if (count <= 0) {
        context.err << "--learners takes a positive number\n";
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid() || !writeRoster(QDir(dir.path()), count) ||
        !writePeopleFiles(QDir(dir.path()), count)) {
        context.err << "cannot write the files in a temporary folder\n";
        return 3;
    }

    double rosterSeconds = 0;
    QString rosterResult;
    {
        auto database = openWithParents(context, dir.filePath(u"roster.sqlite"_s));
        if (!database)
            return 3;
        RosterPlan plan;
        plan.path = dir.filePath(u"roster"_s);
        QElapsedTimer timer;
        timer.start();
        const auto report = runRosterImport(database->connection(), plan);
        rosterSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!report || !report->import.committed) {
            context.err << "the roster import failed: "
                        << (report ? report->import.errors.value(0).describe(u"roster"_s)
                                   : report.error().message)
                        << '\n';
            return 3;
        }
        rosterResult = people(database->connection());
    }
    const double rosterPeak = peakMegabytes();

    double csvSeconds = 0;
    QString csvResult;
    {
        auto database = openWithParents(context, dir.filePath(u"csv.sqlite"_s));
        if (!database)
            return 3;
        for (const auto &[file, profile] : {std::pair{u"learners.csv"_s, Profile::Learner},
                                            std::pair{u"parents.csv"_s, Profile::Parent}}) {
            ImportPlan plan;
            plan.filePath = dir.filePath(file);
            plan.profile = profile;
            plan.syncField = u"ChildID"_s;
            QElapsedTimer timer;
            timer.start();
            const auto report = runImport(database->connection(), plan);
            csvSeconds += double(timer.nsecsElapsed()) / 1e9;
            if (!report || !report->committed) {
                context.err << "the import of " << file << " failed\n";
                return 3;
            }
        }
        csvResult = people(database->connection());
    }

    context.out << "people: " << count << " learners + " << count << " parents (+ 2 teachers)\n"
                << "roster_s: " << QString::number(rosterSeconds, 'f', 3) << '\n'
                << "csv_s: " << QString::number(csvSeconds, 'f', 3) << '\n'
                << "ratio_roster_csv: " << QString::number(rosterSeconds / csvSeconds, 'f', 2)
                << '\n'
                << "peak_mb_after_roster: " << QString::number(rosterPeak, 'f', 1) << '\n'
                << "roster_result: " << rosterResult << '\n'
                << "csv_result: " << csvResult << '\n';
    return 0;
}

} // namespace Rollbook::Bench

#include "sampleschool.h"

#include "csv/csvwriter.h"
#include "db/audit.h"
#include "db/database.h"
#include "distribution/stagedfolder.h"
#include "import/importplan.h"
#include "import/importrun.h"
#include "sample/sampledata.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class SampleText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::SampleSchool)
};

const QString learnersFile = u"learners.csv"_s;
const QString parentsFile = u"parents.csv"_s;
const QString eleverFile = u"elever.csv"_s;
const QString foresatteFile = u"foresatte.csv"_s;
const QString wideFile = u"elever-med-foresatte.csv"_s;
const QString problemsFile = u"problems.csv"_s;
const QString readmeFile = u"README.txt"_s;

// Every name the sample writes, also those a smaller sample leaves out: a file of an earlier
// sample in the folder is replaced or removed, never left to be mistaken for this one's.
bool isSampleFile(const QString &name)
{
    return name == learnersFile || name == parentsFile || name == eleverFile ||
           name == foresatteFile || name == wideFile || name == problemsFile || name == readmeFile;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// One CSV file, written whole or not at all.
Status writeCsv(const QString &path, const QString &shown, const CsvWriteOptions &options,
                const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::file(SampleText::tr("Rollbook cannot write “%1”: %2.")
                                   .arg(native(shown), file.errorString()));
    {
        CsvWriter writer(&file, options);
        for (const QStringList &row : rows) {
            if (!writer.writeRow(row))
                return Error::file(SampleText::tr("Rollbook cannot write “%1”: %2.")
                                           .arg(native(shown), writer.errorString()));
        }
        if (!writer.flush())
            return Error::file(SampleText::tr("Rollbook cannot write “%1”: %2.")
                                       .arg(native(shown), writer.errorString()));
    }
    if (!file.commit())
        return Error::file(SampleText::tr("Rollbook cannot write “%1”: %2.")
                                   .arg(native(shown), file.errorString()));
    return success();
}

CsvWriteOptions utf8(char delimiter)
{
    CsvWriteOptions options;
    options.encoding = CsvEncoding::Utf8;
    options.byteOrderMark = true; // so that a spreadsheet shows Ø as Ø
    options.delimiter = delimiter;
    options.neutraliseFormulas = false; // names only: nothing to neutralise, and exact bytes
    return options;
}

QString commands(const QString &database, const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += u"  rollbook-cli --database %1 %2\n"_s.arg(database, line);
    return text + u'\n';
}

// `text` in lines of at most 78 characters (a word longer stands alone), each after `indent`
// spaces, and an empty line after unless it is `tight`.
QString paragraph(const QString &text, int indent = 0, bool tight = false)
{
    const QString margin(indent, u' ');
    QString wrapped;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > 78) {
            wrapped += margin + line + u'\n';
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    wrapped += margin + line + u'\n';
    return tight ? wrapped : wrapped + u'\n';
}

QString heading(const QString &title)
{
    return title + u'\n' + QString(title.size(), u'-') + u"\n\n"_s;
}

QString readme(const SampleData::School &school, const QList<SampleFile> &files,
               const SampleOptions &options)
{
    QString text = heading(SampleText::tr("Rollbook sample school"));
    text += paragraph(
            SampleText::tr("These files describe one made-up school, %1: %2 learners and %3 "
                           "parents, with %4 links between them. Brothers and sisters share "
                           "their last name and their parents; some learners have one parent, "
                           "most two, a few more. Every name, address and number is invented, and "
                           "the passwords are empty: Rollbook makes them when you distribute user "
                           "names and passwords. Made with rollbook-cli sample --learners %2 "
                           "--parents-per-learner %5 --seed %6.")
                    .arg(school.name)
                    .arg(school.learners.size())
                    .arg(school.parents.size())
                    .arg(school.links)
                    .arg(QString::number(options.parentsPerLearner))
                    .arg(options.seed));
    text += heading(SampleText::tr("The files"));
    for (const SampleFile &file : files)
        text += file.fileName + u'\n' + paragraph(file.description, 2);
    text += heading(SampleText::tr("Order of work: children first"));
    text += paragraph(SampleText::tr(
            "Import the learners before their parents: a parent's row names the child, and the "
            "child must already be in Rollbook. Parents can only be imported while parent login "
            "is on (Edit global settings, General, Enable parent login). Each of the three "
            "shapes holds the same whole school: try each in a database of its own, or one after "
            "another in the same database, which then finds nobody new."));
    text += paragraph(SampleText::tr("In the window: File > Import Users from File…, choose the "
                                     "file, and Rollbook recognises what it holds."));
    text += paragraph(SampleText::tr("On the command line, in this folder:"));
    const bool hasParents = !school.parents.isEmpty();
    QStringList platform = {u"settings parent_login_enabled true"_s, u"import learners.csv"_s};
    QStringList pair = {u"settings parent_login_enabled true"_s, u"import elever.csv"_s};
    if (hasParents) {
        platform << u"import parents.csv"_s;
        pair << u"import foresatte.csv"_s;
    }
    text += commands(u"sample-platform.sqlite"_s, platform);
    text += commands(u"sample-student-system.sqlite"_s, pair);
    text += commands(u"sample-one-file.sqlite"_s, {u"settings parent_login_enabled true"_s,
                                                   u"import elever-med-foresatte.csv"_s});
    text += paragraph(SampleText::tr(
            "Rollbook recognises each file by its headers: no --profile or --map is needed. To "
            "see the problems of problems.csv, each with its line and column, and to save the "
            "rows to fix in a spreadsheet:"));
    text += commands(u"sample-platform.sqlite"_s,
                     {u"import problems.csv --rejected problems-to-fix.csv"_s});
    text += paragraph(SampleText::tr("Nothing of problems.csv is imported while it has errors; "
                                     "with --skip-errors the two rows without any are."),
                      0, true);
    return text;
}

} // namespace

int sampleParentCount(const SampleOptions &options)
{
    if (options.learners < 1 || !(options.parentsPerLearner >= 0.0))
        return 0;
    // Thousandths, rounded once: the rest is integer arithmetic.
    const qint64 perMille = std::llround(std::min(options.parentsPerLearner, 4.0) * 1000.0);
    return int((qint64(options.learners) * perMille + 500) / 1000);
}

Result<SampleSchool> writeSampleSchool(const QString &folder, const SampleOptions &options)
{
    if (options.learners < 1 || options.learners > maximumSampleLearners)
        return Error::usage(SampleText::tr("A sample school has from 1 to %1 learners, not %2.")
                                    .arg(maximumSampleLearners)
                                    .arg(options.learners));
    if (!(options.parentsPerLearner >= 0.0 && options.parentsPerLearner <= 4.0))
        return Error::usage(SampleText::tr("A sample school has from 0 to 4 parents per learner "
                                           "on average, not %1.")
                                    .arg(options.parentsPerLearner));
    if (folder.trimmed().isEmpty())
        return Error::usage(SampleText::tr("Name a folder for the sample school."));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error::file(SampleText::tr("“%1” is a file, not a folder. Choose a folder for the "
                                          "sample school.")
                                   .arg(native(info.absoluteFilePath())));
    auto staged = StagedFolder::open(folder);
    if (!staged)
        return staged.error();

    const SampleData::School school = SampleData::makeSchool(options);
    const bool hasParents = !school.parents.isEmpty();
    SampleSchool result;
    result.folder = staged.value()->folder();
    const auto add = [&result](const QString &name, const QString &description) {
        SampleFile file;
        file.fileName = name;
        file.description = description;
        result.files.append(file);
    };
    add(learnersFile,
        SampleText::tr("The learners in the platform's own shape (UTF-8, commas): synchronisation "
                       "key, user name, names, e-mail address and internal person ID; import it "
                       "first, as Learner."));
    if (hasParents)
        add(parentsFile, SampleText::tr("Their parents in the platform's own shape, one row per "
                                        "child, the column ChildID holding the child's "
                                        "synchronisation key; import it after learners.csv, as "
                                        "Parent."));
    add(eleverFile, SampleText::tr("The same learners as a Norwegian student system exports "
                                   "them (Windows-1252, semicolons, Norwegian headers), "
                                   "Elevnummer being the synchronisation key."));
    if (hasParents)
        add(foresatteFile, SampleText::tr("Their parents from the same student system, one row "
                                          "per child, the column Elevnummer naming the child; "
                                          "import it after elever.csv."));
    add(wideFile, SampleText::tr("The whole school in one file, one row per learner with up to "
                                 "%1 guardians beside, imported as Learners with their parents "
                                 "in one go.")
                          .arg(school.guardianGroups));
    add(problemsFile, SampleText::tr("A few learners with mistakes, to see how Rollbook reports "
                                     "them: a missing last name, a user name used twice, an "
                                     "e-mail address without its domain and a missing user "
                                     "name."));

    const StagedFolder &target = *staged.value();
    QStringList written;
    const auto write = [&](const QString &name, const CsvWriteOptions &how,
                           const QList<QStringList> &rows) -> Status {
        written.append(name);
        return writeCsv(target.stagingPath(name), target.targetPath(name), how, rows);
    };
    CsvWriteOptions windows = utf8(';');
    windows.encoding = CsvEncoding::Windows1252;
    windows.byteOrderMark = false;
    // The rows of one file at a time, made as it is written.
    Status done = write(learnersFile, utf8(','), SampleData::platformLearners(school));
    if (done && hasParents)
        done = write(parentsFile, utf8(','), SampleData::platformParents(school));
    if (done)
        done = write(eleverFile, windows, SampleData::elever(school));
    if (done && hasParents)
        done = write(foresatteFile, windows, SampleData::foresatte(school));
    if (done)
        done = write(wideFile, utf8(';'), SampleData::wide(school));
    if (done)
        done = write(problemsFile, utf8(','), SampleData::problems(school));
    if (!done)
        return done.error();
    QSaveFile text(target.stagingPath(readmeFile));
    const QByteArray bytes = readme(school, result.files, options).toUtf8();
    if (!text.open(QIODevice::WriteOnly) || text.write(bytes) != bytes.size() || !text.commit())
        return Error::file(SampleText::tr("Rollbook cannot write “%1”: %2.")
                                   .arg(native(target.targetPath(readmeFile)), text.errorString()));
    written.append(readmeFile);
    if (auto committed = staged.value()->commit(written, isSampleFile); !committed)
        return committed.error();
    return result;
}

namespace {

// One import of the sample, as the user would make it; errors are the sample's own fault.
Result<ImportReport> importSample(const QSqlDatabase &db, const ImportPlan &plan)
{
    auto report = runImport(db, plan);
    if (!report)
        return report.error();
    if (!report->committed) {
        const QString fileName = QFileInfo(plan.filePath).fileName();
        const QString why =
                report->errors.isEmpty() ? fileName : report->errors.first().describe(fileName);
        return Error::invalid(
                SampleText::tr("The sample school could not be imported: %1").arg(why));
    }
    return report;
}

// Fills the new database at `path`: parent login, the learners, the parents, the sample mark.
Result<SampleDatabase> fillSampleDatabase(const QString &path, SampleSchool school)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    const QSqlDatabase db = opened.value()->connection();
    SettingsStore settings(db);
    const QString actor = Audit::currentActor();
    if (auto on = settings.set(QString::fromLatin1(SettingsStore::ParentLoginEnabled), u"true"_s,
                               actor);
        !on)
        return on.error();

    SampleDatabase sample;
    const QDir folder(school.folder);
    ImportPlan learners;
    learners.filePath = folder.filePath(learnersFile);
    learners.profile = Profile::Learner;
    learners.backupsKept = 0; // a new database: nothing to go back to
    auto learnersReport = importSample(db, learners);
    if (!learnersReport)
        return learnersReport.error();
    sample.learners = std::move(learnersReport).value();

    const bool hasParents =
            std::any_of(school.files.cbegin(), school.files.cend(),
                        [](const SampleFile &f) { return f.fileName == parentsFile; });
    if (hasParents) {
        ImportPlan parents;
        parents.filePath = folder.filePath(parentsFile);
        parents.profile = Profile::Parent;
        parents.syncField = u"ChildID"_s;
        parents.matchField = MatchField::SyncKey;
        parents.backupsKept = 0;
        auto parentsReport = importSample(db, parents);
        if (!parentsReport)
            return parentsReport.error();
        sample.parents = std::move(parentsReport).value();
    }
    if (auto marked =
                settings.set(QString::fromLatin1(SettingsStore::SampleSchool), u"true"_s, actor);
        !marked)
        return marked.error();
    sample.school = std::move(school);
    return sample;
}

} // namespace

Result<SampleDatabase> createSampleDatabase(const QString &databasePath, const QString &folder,
                                            const SampleOptions &options)
{
    if (databasePath.trimmed().isEmpty())
        return Error::usage(SampleText::tr("Name a new database file for the sample school."));
    if (ServerAddress::isServer(databasePath))
        return Error::usage(SampleText::tr("A sample school is made in a new database file on "
                                           "this computer, not on a server."));
    const QFileInfo info(databasePath);
    if (info.exists() || info.isSymLink())
        return Error::usage(SampleText::tr("“%1” already exists. A sample school goes into a new "
                                           "database: choose a name no file has yet.")
                                    .arg(native(info.absoluteFilePath())));
    auto school = writeSampleSchool(folder, options);
    if (!school)
        return school.error();

    // Made in a hidden folder beside the database and moved into place only when complete, so
    // that a failure, or a crash, leaves nothing at `databasePath`.
    const QString parent = info.absolutePath();
    const bool parentWasMissing = !QFileInfo::exists(parent);
    if (!QDir().mkpath(parent))
        return Error::file(SampleText::tr("Rollbook cannot make the folder “%1”. Choose a folder "
                                          "you may write in.")
                                   .arg(native(parent)));
    Result<SampleDatabase> result = Error::file(QString());
    {
        QTemporaryDir staging(QDir(parent).filePath(u".rollbook-sample-XXXXXX"_s));
        if (!staging.isValid()) {
            result = Error::file(SampleText::tr("Rollbook cannot write in the folder “%1”: %2.")
                                         .arg(native(parent), staging.errorString()));
        } else {
            const QString made = staging.filePath(info.fileName());
            result = fillSampleDatabase(made, std::move(school).value());
            // The database is closed by now: it can be moved, and its journal is gone.
            if (result && !QFile::rename(made, info.absoluteFilePath()))
                result = Error::file(SampleText::tr("Rollbook cannot put the sample database at "
                                                    "“%1”.")
                                             .arg(native(info.absoluteFilePath())));
        }
    }
    if (!result && parentWasMissing)
        QDir().rmdir(parent); // only when empty: nothing of anybody else's is removed
    return result;
}

} // namespace Rollbook

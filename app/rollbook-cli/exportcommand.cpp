#include "command.h"
#include "db/audit.h"
#include "distribution/distribute.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

// What the administrator should know after an export, one sentence a line. Never a password.
QStringList summaryLines(const Distribute::ExportOutcome &outcome)
{
    const BatchExportResult &result = outcome.files;
    const QString &folder = outcome.folder;
    const bool passwords = outcome.includesPasswords;
    const int generated = outcome.generated;
    QList<Recipient> exportedPeople; // staff are not in the files
    for (const Recipient &recipient : outcome.recipients) {
        if (recipient.person.isLearner() || recipient.person.isParent())
            exportedPeople.append(recipient);
    }
    QStringList lines;
    lines << CliText::tr("Exported %1 into %2 in “%3”.")
                     .arg(describePeople(exportedPeople),
                          CliText::tr("%n files", nullptr, int(result.files.size())),
                          QDir::toNativeSeparators(folder));
    if (result.parents > 0)
        lines << CliText::tr("For the parents files choose ChildID as Synchronisation field in "
                             "import file "
                             "and %1 as Matching synchronisation field for child.")
                         .arg(result.childIdMatch);
    if (!passwords)
        lines << CliText::tr(
                "The files hold no passwords (Export passwords is off in the settings).");
    else if (generated > 0)
        lines << CliText::tr("%n missing passwords were generated.", nullptr, generated);
    if (result.parentsWithoutChildren > 0)
        lines << CliText::tr("%n parents have no child: they are in the first parents file "
                             "with an empty ChildID.",
                             nullptr, result.parentsWithoutChildren);
    if (result.staff > 0)
        lines << CliText::tr("%n staff members chosen are not in the files.", nullptr,
                             result.staff);
    if (result.unrepresentable > 0)
        lines << CliText::tr("%n characters the file encoding cannot hold were written as “?”. "
                             "Choose UTF-8 in the export settings to keep every letter.",
                             nullptr, int(result.unrepresentable));
    lines << CliText::tr("Upload the files in the order UPLOAD.txt gives.");
    return lines;
}

// The bundle for another system: what it holds and what was left out. Never a password.
QStringList oneRosterSummaryLines(const Distribute::OneRosterOutcome &outcome,
                                  const Audience &audience)
{
    const OneRosterExportResult &result = outcome.bundle;
    const QString &folder = outcome.folder;
    const OneRosterExportOptions &options = outcome.options;
    const int generated = outcome.generated;
    QList<Recipient> exportedPeople; // staff are not in the bundle
    for (const Recipient &recipient : outcome.recipients) {
        if (recipient.person.isLearner() || recipient.person.isParent())
            exportedPeople.append(recipient);
    }
    QStringList lines;
    lines << CliText::tr("Exported %1 as a OneRoster 1.1 bundle (manifest.csv, orgs.csv, "
                         "users.csv) in “%2”.")
                     .arg(describePeople(exportedPeople), QDir::toNativeSeparators(folder));
    lines << CliText::tr("Every user belongs to the school “%1” (sourcedId %2).")
                     .arg(result.orgName, result.orgSourcedId);
    // The org's sourcedId follows the name: better set before a system has read a bundle.
    if (options.schoolName.isEmpty())
        lines << CliText::tr("No school name is set. Set it before the bundle goes to another "
                             "system (rollbook-cli settings school_name NAME): the school's "
                             "sourcedId is made from it.");
    if (result.links > 0)
        lines << CliText::tr("%n parent–learner link(s) in agentSourcedIds.", nullptr,
                             result.links);
    if (result.linksLeftOut > 0)
        lines << CliText::tr("Left out %n link(s) of the parents to learners not in the bundle.",
                             nullptr, result.linksLeftOut);
    if (result.madeUpSourcedIds > 0)
        lines << CliText::tr("%n person(s) without a synchronisation key (or with a comma in it) "
                             "have the sourcedId rollbook-NUMBER, after their number in Rollbook.",
                             nullptr, result.madeUpSourcedIds);
    if (!options.includePasswords)
        lines << CliText::tr("The password column is empty (Export passwords is off in the "
                             "settings).");
    else if (generated > 0)
        lines << CliText::tr("%n missing passwords were generated.", nullptr, generated);
    if (result.staff > 0)
        lines << CliText::tr("%n staff member(s) chosen are not in the bundle.", nullptr,
                             result.staff);
    // Bulk mode means "this is everyone": a receiving system may take whoever is missing as gone.
    if (audience.batchId || !audience.profile.isEmpty())
        lines << CliText::tr("The bundle is a whole roster (bulk): a system that reads it may "
                             "take everyone not in it as gone. Leave out --batch and --profile to "
                             "export the whole school.");
    return lines;
}

enum class ExportFormat { Itslearning, OneRoster };

const QCommandLineOption &formatOption()
{
    static const QCommandLineOption option(
            u"format"_s,
            CliText::tr("itslearning: the platform's CSV files in upload order (the default); "
                        "oneroster: a OneRoster 1.1 CSV bundle for another system."),
            u"FORMAT"_s, u"itslearning"_s);
    return option;
}

Result<ExportFormat> formatFrom(const QCommandLineParser &parser)
{
    const QString format = parser.value(formatOption()).trimmed().toLower();
    if (format == u"itslearning"_s)
        return ExportFormat::Itslearning;
    if (format == u"oneroster"_s)
        return ExportFormat::OneRoster;
    return Error::usage(CliText::tr("--format is itslearning or oneroster, not “%1”.")
                                .arg(parser.value(formatOption())));
}

// Each file written and its rows, on stdout: PATH<TAB>ROWS.
void printFiles(Context &context, const QString &folder, const QList<ExportedFile> &files)
{
    const QDir target(folder);
    for (const ExportedFile &file : files)
        context.out << QDir::toNativeSeparators(target.filePath(file.fileName)) << u'\t'
                    << file.rows << u'\n';
    context.out.flush();
}

void printLines(Context &context, const QStringList &lines)
{
    for (const QString &line : lines)
        context.err << line << u'\n';
    context.err.flush();
}

} // namespace

int commandExport(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Write the CSV files to upload to the platform into DIR, in upload order: "
            "01-learners.csv, then 02-parents-1.csv, 03-parents-2.csv, … (one file per "
            "child of a parent), and UPLOAD.txt that says what to choose when uploading. "
            "With --format oneroster, write a OneRoster 1.1 CSV bundle instead: manifest.csv, "
            "orgs.csv and users.csv, the learners and parents with their links. "
            "Missing passwords are generated first. Files of an earlier export in DIR are "
            "replaced; other files are left alone. Without --batch or --profile: everyone."));
    parser.addPositionalArgument(
            u"dir"_s, CliText::tr("The folder for the files (made when missing)."), u"DIR"_s);
    parser.addOption(formatOption());
    addAudienceOptions(parser);
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    // As parseDistribution() checks, with the format among them: every mistake is found before
    // the database is touched, so a wrong request changes nothing.
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty())
        return context.usage(CliText::tr("Name one folder for the export files."), parser);
    const auto format = formatFrom(parser);
    if (!format)
        return context.fail(format.error());
    const auto audience = audienceFrom(parser);
    if (!audience)
        return context.fail(audience.error());
    const auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    QSqlDatabase db = database.value()->connection();
    if (format.value() == ExportFormat::OneRoster) {
        const auto bundle = Distribute::exportOneRoster(db, audience.value(), args.first(),
                                                        Audit::currentActor());
        if (!bundle)
            return context.fail(bundle.error());
        printFiles(context, bundle->folder, bundle->bundle.files);
        printLines(context, oneRosterSummaryLines(bundle.value(), audience.value()));
        return Done;
    }
    const auto exported =
            Distribute::exportFiles(db, audience.value(), args.first(), Audit::currentActor());
    if (!exported)
        return context.fail(exported.error());
    printFiles(context, exported->folder, exported->files.files);
    printLines(context, summaryLines(exported.value()));
    return Done;
}

} // namespace Rollbook::Cli

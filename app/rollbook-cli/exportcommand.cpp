#include "command.h"
#include "db/audit.h"
#include "distribution/batchexport.h"
#include "distribution/initialpasswords.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

// What the administrator should know after an export, one sentence a line. Never a password.
QStringList summaryLines(const QList<Recipient> &recipients, const BatchExportResult &result,
                         const QString &folder, bool passwords, int generated)
{
    QList<Recipient> exportedPeople; // staff are not in the files
    for (const Recipient &recipient : recipients) {
        if (recipient.person.isLearner() || recipient.person.isParent())
            exportedPeople.append(recipient);
    }
    QStringList lines;
    lines << CliText::tr("Exported %1 into %2 in “%3”.")
                     .arg(describePeople(exportedPeople),
                          count(result.files.size(), QT_TRANSLATE_NOOP("Rollbook::Cli", "1 file"),
                                QT_TRANSLATE_NOOP("Rollbook::Cli", "%1 files")),
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
        lines << count(generated,
                       QT_TRANSLATE_NOOP("Rollbook::Cli", "1 missing password was generated."),
                       QT_TRANSLATE_NOOP("Rollbook::Cli", "%1 missing passwords were generated."));
    if (result.parentsWithoutChildren > 0)
        lines << count(
                result.parentsWithoutChildren,
                QT_TRANSLATE_NOOP(
                        "Rollbook::Cli",
                        "1 parent has no child: they are in the first parents file with an empty "
                        "ChildID."),
                QT_TRANSLATE_NOOP(
                        "Rollbook::Cli",
                        "%1 parents have no child: they are in the first parents file with an "
                        "empty ChildID."));
    if (result.staff > 0)
        lines << count(
                result.staff,
                QT_TRANSLATE_NOOP("Rollbook::Cli", "1 staff member chosen is not in the files."),
                QT_TRANSLATE_NOOP("Rollbook::Cli",
                                  "%1 staff members chosen are not in the files."));
    if (result.unrepresentable > 0)
        lines << count(
                result.unrepresentable,
                QT_TRANSLATE_NOOP(
                        "Rollbook::Cli",
                        "1 character the file encoding cannot hold was written as “?”. Choose "
                        "UTF-8 in the export settings to keep every letter."),
                QT_TRANSLATE_NOOP(
                        "Rollbook::Cli",
                        "%1 characters the file encoding cannot hold were written as “?”. Choose "
                        "UTF-8 in the export settings to keep every letter."));
    lines << CliText::tr("Upload the files in the order UPLOAD.txt gives.");
    return lines;
}

} // namespace

int commandExport(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Write the CSV files to upload to the platform into DIR, in upload order: "
            "01-learners.csv, then 02-parents-1.csv, 03-parents-2.csv, … (one file per "
            "child of a parent), and UPLOAD.txt that says what to choose when uploading. "
            "Missing passwords are generated first. Files of an earlier export in DIR are "
            "replaced; other files are left alone. Without --batch or --profile: everyone."));
    parser.addPositionalArgument(
            u"dir"_s, CliText::tr("The folder for the files (made when missing)."), u"DIR"_s);
    DistributionRequest request;
    int status = Done;
    if (!parseDistribution(context, parser, CliText::tr("Name one folder for the export files."),
                           request, status))
        return status;
    const QString folder = request.target;
    const Audience &audience = request.audience;
    QSqlDatabase db = request.database->connection();
    const SettingsStore settings(db);
    BatchExportOptions options;
    options.csv = settings.exportOptions();
    options.includePasswords = settings.exportPasswords();

    std::optional<BatchExportResult> exported;
    const auto write = [&](const QList<Recipient> &recipients) -> Status {
        auto result = exportBatches(recipients, folder, options);
        if (!result)
            return result.error();
        exported = std::move(result).value();
        return success();
    };
    InitialPasswords::Distribution how;
    how.parentLoginRequired = false; // the files hold no letter: parent login is the platform's
    how.fillPasswords = options.includePasswords;
    int generated = 0;
    const auto recipients = InitialPasswords::distribute(db, audience, how, write,
                                                         Audit::currentActor(), &generated);
    if (!recipients)
        return context.fail(recipients.error());

    const QDir target(folder);
    for (const ExportedFile &file : std::as_const(exported->files))
        context.out << QDir::toNativeSeparators(target.filePath(file.fileName)) << u'\t'
                    << file.rows << u'\n';
    context.out.flush();
    for (const QString &line :
         summaryLines(recipients.value(), *exported, folder, options.includePasswords, generated))
        context.err << line << u'\n';
    context.err.flush();
    return Done;
}

} // namespace Rollbook::Cli

#include "cli.h"

#include "command.h"
#include "core/application.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

struct Command
{
    QString name;
    QString summary;
    std::function<int(Context &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {u"init"_s, CliText::tr("Create the database, or bring it up to date."), commandInit},
            {u"settings"_s, CliText::tr("Show or change the global settings."), commandSettings},
            {u"csv-preview"_s,
             CliText::tr("Show how a CSV file reads: encoding, delimiter, records."),
             commandCsvPreview},
            {u"import"_s, CliText::tr("Import learners or parents from a CSV file."),
             commandImport},
            {u"import-roster"_s,
             CliText::tr("Import a OneRoster or School Data Sync roster (a folder or .zip)."),
             commandImportRoster},
            {u"presets"_s, CliText::tr("List, export, import or delete the import presets."),
             commandPresets},
            {u"batches"_s, CliText::tr("List the imports made."), commandBatches},
            {u"undo-import"_s, CliText::tr("Undo an import."), commandUndoImport},
            {u"users"_s, CliText::tr("List the people, with their parents or children."),
             commandUsers},
            {u"link"_s, CliText::tr("Link a parent to a learner."), commandLink},
            {u"unlink"_s, CliText::tr("Remove a parent's link to a learner."), commandUnlink},
            {u"export"_s, CliText::tr("Write the CSV files to upload, in upload order."),
             commandExport},
            {u"letters"_s, CliText::tr("Write the login letters as a PDF."), commandLetters},
            {u"outbox"_s, CliText::tr("Write one login e-mail (.eml) per person with an address."),
             commandOutbox},
            {u"forget-passwords"_s,
             CliText::tr("Clear the stored initial passwords once distributed."),
             commandForgetPasswords},
            {u"erase"_s, CliText::tr("Erase people on request, from the database and its backups."),
             commandErase},
            {u"sample"_s, CliText::tr("Write a made-up school's files to try Rollbook on."),
             commandSample},
    };
    return list;
}

QString generalHelp()
{
    QString text = CliText::tr("Usage: rollbook-cli [--database DATABASE] COMMAND [ARGUMENTS]\n\n"
                               "Prepares itslearning user imports without a window.\n\n"
                               "Commands:\n");
    for (const auto &command : commands())
        text += u"  %1  %2\n"_s.arg(command.name, -16).arg(command.summary);
    text += CliText::tr("\nOptions:\n"
                        "  --database DATABASE  The database file (default: %1), or a database\n"
                        "                       on a PostgreSQL server:\n"
                        "                       postgresql://USER@HOST[:PORT]/NAME. The password\n"
                        "                       comes from PGPASSWORD or the password file\n"
                        "                       (.pgpass), never from the command line.\n"
                        "  -h, --help           Show this help; COMMAND --help shows a command's "
                        "help.\n"
                        "  -v, --version        Show the version.\n\n"
                        "Exit status: 0 done, 1 refused by validation (nothing written), 2 wrong "
                        "arguments, 3 a file or the database could not be read or written.\n")
                    .arg(QDir::toNativeSeparators(Database::defaultPath()));
    return text;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options may stand before the command; the command's parser sees the rest,
    // including a --database given after the command.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOption(databaseOption());
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliText::tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, CliText::tr("Show the version."));
    global.addOption(help);
    global.addOption(version);
    if (!global.parse(arguments)) {
        err << global.errorText() << Qt::endl << Qt::endl << generalHelp();
        return UsageError;
    }
    // An empty --database (an unset shell variable) must not fall back to the default database.
    if (global.isSet(databaseOption()) && global.value(databaseOption()).trimmed().isEmpty()) {
        err << emptyDatabaseMessage() << Qt::endl;
        return UsageError;
    }
    if (global.isSet(version)) {
        out << u"rollbook-cli "_s << versionString() << Qt::endl;
        return Done;
    }
    const QStringList positional = global.positionalArguments();
    if (global.isSet(help) || positional.isEmpty()) {
        (global.isSet(help) ? out : err) << generalHelp();
        return global.isSet(help) ? Done : UsageError;
    }

    const QString name = positional.first();
    for (const auto &command : commands()) {
        if (command.name != name)
            continue;
        Context context{name, QStringList{arguments.value(0)} + positional.mid(1), out, err,
                        global.value(databaseOption())};
        return command.run(context);
    }
    err << CliText::tr("“%1” is not a rollbook-cli command.").arg(name) << Qt::endl
        << Qt::endl
        << generalHelp();
    return UsageError;
}

} // namespace Rollbook::Cli

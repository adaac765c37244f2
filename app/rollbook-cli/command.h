#pragma once

#include "cli.h"
#include "core/result.h"
#include "db/database.h"
#include "distribution/audience.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Rollbook::Cli {

// The translation context of every command's messages.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Cli)
};

// What every command is handed: its own arguments, the streams, and the way to its database.
struct Context
{
    QString command;
    QStringList arguments; // the program name, then the command's own arguments
    QTextStream &out;      // data
    QTextStream &err;      // messages
    QString databasePath;  // a file or a server address; empty: the default database

    // Prints the error's message and gives the exit status its kind calls for.
    int fail(const Error &error) const;
    // Prints the message and the command's help; exit status 2.
    int usage(const QString &message, const QCommandLineParser &parser) const;

    // Adds the options every command shares (--database, --help) and parses the arguments.
    // Returns false, with the exit status in `status`, when the arguments are wrong or help was
    // asked for.
    bool parse(QCommandLineParser &parser, int &status);

    // The database named by --database, or the default one; created and migrated as needed,
    // with Edit global settings > Privacy applied (Retention::apply; what it did is printed).
    Result<std::unique_ptr<Database>> openDatabase() const;
};

int exitCodeFor(const Error &error);

// --batch ID and --profile P, which export, letters, outbox and forget-passwords share.
void addAudienceOptions(QCommandLineParser &parser);
// The audience the options name; a malformed value is a usage error.
Result<Audience> audienceFrom(const QCommandLineParser &parser);
// What export, letters and outbox share: the one folder or file they write (`target`), whom
// (--batch, --profile) and the database, in that order of checking.
struct DistributionRequest
{
    QString target;
    Audience audience;
    std::unique_ptr<Database> database;
};
// Adds the audience options, parses, and opens the database. False, with the exit status in
// `status`, when the arguments are wrong (`missingTarget` says what to name) or the database
// cannot be opened.
bool parseDistribution(Context &context, QCommandLineParser &parser, const QString &missingTarget,
                       DistributionRequest &request, int &status);
// "3 learners and 2 parents" for the messages on stderr.
QString describePeople(const QList<Recipient> &recipients);

// The options with which both imports (a CSV file, a roster) end: --skip-errors, --dry-run,
// --fill-passwords, --report, --rejected and --progress.
struct ImportRunOptions
{
    ImportRunOptions();
    QList<QCommandLineOption> all() const;

    QCommandLineOption skipErrors;
    QCommandLineOption dryRun;
    QCommandLineOption fillPasswords;
    QCommandLineOption report;
    QCommandLineOption rejected;
    QCommandLineOption progress;
};

// The --database option, shared by the program and every command.
const QCommandLineOption &databaseOption();
// What an empty --database is told (an unset shell variable must not mean the default).
QString emptyDatabaseMessage();

// A command's help, whose usage line names the command.
QString commandHelp(const QString &command, const QCommandLineParser &parser);

// The commands, one file each.
int commandInit(Context &context);
int commandSettings(Context &context);
int commandUsers(Context &context);
int commandLink(Context &context);
int commandUnlink(Context &context);
int commandImport(Context &context);
int commandImportRoster(Context &context);
int commandBatches(Context &context);
int commandUndoImport(Context &context);
int commandCsvPreview(Context &context);
int commandExport(Context &context);
int commandLetters(Context &context);
int commandOutbox(Context &context);
int commandForgetPasswords(Context &context);
int commandErase(Context &context);
int commandSample(Context &context);
int commandPresets(Context &context);

} // namespace Rollbook::Cli

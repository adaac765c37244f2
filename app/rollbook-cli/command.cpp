#include "command.h"

#include "db/audit.h"
#include "distribution/retention.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Usage:
        return UsageError;
    case Error::Kind::Invalid:
        return Rejected;
    case Error::Kind::File:
        return Failure;
    }
    return Failure;
}

// What every command is handed: its own arguments, the streams, and the way to its database.
QString commandHelp(const QString &command, const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    const QString usage = text.left(firstLineEnd);
    const qsizetype optionsAt = usage.indexOf(u" [options]"_s);
    if (optionsAt >= 0)
        text.replace(0, firstLineEnd, u"Usage: rollbook-cli "_s + command + usage.mid(optionsAt));
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

ImportRunOptions::ImportRunOptions()
    : skipErrors(u"skip-errors"_s,
                 CliText::tr("Import the rows without errors and report the others."))
    , dryRun(u"dry-run"_s, CliText::tr("Check only: change nothing."))
    , fillPasswords(u"fill-passwords"_s,
                    CliText::tr("Give new users without a password a generated one."))
    , report(u"report"_s, CliText::tr("Write the report as JSON to FILE."), CliText::tr("FILE"))
    , rejected(u"rejected"_s,
               CliText::tr("Write the rows with problems to FILE, as CSV with a last column "
                           "“Problem”."),
               CliText::tr("FILE"))
    , progress(u"progress"_s, CliText::tr("Say on stderr how far the import has come."))
{}

QList<QCommandLineOption> ImportRunOptions::all() const
{
    return {skipErrors, dryRun, fillPasswords, report, rejected, progress};
}

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(
            u"database"_s,
            CliText::tr("The database file to use (created when it does not exist), or a "
                        "database on a PostgreSQL server: postgresql://USER@HOST[:PORT]/NAME, "
                        "with the password in PGPASSWORD or .pgpass, never on the command line. "
                        "Default: %1.")
                    .arg(QDir::toNativeSeparators(Database::defaultPath())),
            CliText::tr("DATABASE"));
    return option;
}

int Context::fail(const Error &error) const
{
    err << error.message << Qt::endl;
    return exitCodeFor(error);
}

int Context::usage(const QString &message, const QCommandLineParser &parser) const
{
    err << message << Qt::endl << Qt::endl << commandHelp(command, parser);
    err.flush();
    return UsageError;
}

bool Context::parse(QCommandLineParser &parser, int &status)
{
    parser.addOption(databaseOption());
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        status = usage(parser.errorText(), parser);
        return false;
    }
    if (parser.isSet(help)) {
        out << commandHelp(command, parser);
        status = Done;
        return false;
    }
    if (parser.isSet(databaseOption())) {
        databasePath = parser.value(databaseOption());
        if (databasePath.trimmed().isEmpty()) {
            status = usage(emptyDatabaseMessage(), parser);
            return false;
        }
    }
    // A server address is checked as soon as the arguments are read, by every command, even one
    // that needs no database: a password in it is refused at once, and its value never shown.
    if (ServerAddress::isServer(databasePath)) {
        if (const auto address = ServerAddress::parse(databasePath); !address) {
            status = fail(address.error());
            return false;
        }
    }
    return true;
}

QString emptyDatabaseMessage()
{
    return CliText::tr("--database needs a database file or a server address.");
}

Result<std::unique_ptr<Database>> Context::openDatabase() const
{
    auto database = Database::open(databasePath.isEmpty() ? Database::defaultPath() : databasePath);
    if (!database)
        return database;
    // A connection whose server is not verified, or not encrypted, is said every time.
    if (const auto address = ServerAddress::parse(database.value()->path()); address) {
        if (const QString warning = address->securityWarning(); !warning.isEmpty())
            err << warning << Qt::endl;
    }
    // Edit global settings > Privacy, as the window applies it when it opens a database.
    QSqlDatabase connection = database.value()->connection();
    const QString retained =
            Retention::sentences(Retention::apply(connection, Audit::currentActor()));
    if (!retained.isEmpty())
        err << retained << Qt::endl;
    return database;
}

} // namespace Rollbook::Cli

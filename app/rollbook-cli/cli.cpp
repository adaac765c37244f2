#include "cli.h"

#include "core/application.h"
#include "db/audit.h"
#include "db/database.h"
#include "settings/settingsstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rollbook::Cli", text);
}

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
// QCommandLineParser names the program by its full path; the usage line names the command.
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

struct Context
{
    QString command;
    QStringList arguments; // the program name, then the command's own arguments
    QTextStream &out;
    QTextStream &err;
    QString databasePath;

    int fail(const Error &error) const
    {
        err << error.message << Qt::endl;
        return exitCodeFor(error);
    }
    int usage(const QString &message, const QCommandLineParser &parser) const
    {
        err << message << Qt::endl << Qt::endl << commandHelp(command, parser);
        err.flush();
        return UsageError;
    }
};

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(
            u"database"_s,
            tr("The database file to use (created when it does not exist). Default: %1.")
                    .arg(QDir::toNativeSeparators(Database::defaultPath())),
            tr("PATH"));
    return option;
}

// Sets up the command's parser with the options every command shares. Returns false (and the
// exit status in `status`) when the arguments are wrong or help was asked for.
bool parseCommand(Context &context, QCommandLineParser &parser, int &status)
{
    parser.addOption(databaseOption());
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(context.arguments)) {
        status = context.usage(parser.errorText(), parser);
        return false;
    }
    if (parser.isSet(help)) {
        context.out << commandHelp(context.command, parser);
        status = Done;
        return false;
    }
    if (parser.isSet(databaseOption()))
        context.databasePath = parser.value(databaseOption());
    return true;
}

Result<std::unique_ptr<Database>> openDatabase(const Context &context)
{
    return Database::open(context.databasePath.isEmpty() ? Database::defaultPath()
                                                         : context.databasePath);
}

int commandInit(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create the database, or bring it up to date."));
    int status = Done;
    if (!parseCommand(context, parser, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("“init” takes no arguments."), parser);
    auto database = openDatabase(context);
    if (!database)
        return context.fail(database.error());
    context.err << tr("The database “%1” is ready (version %2).")
                           .arg(QDir::toNativeSeparators(database.value()->path()))
                           .arg(database.value()->schemaVersion())
                << Qt::endl;
    return Done;
}

int commandSettings(Context &context)
{
    QCommandLineParser parser;
    QString keys;
    for (const auto &definition : SettingsStore::definitions())
        keys += u"\n  %1  %2"_s.arg(definition.key, -22).arg(definition.description);
    parser.setApplicationDescription(
            tr("Show or change the global settings. With no key: every setting as key=value. "
               "With a key: its value. With a key and a value: change it.\n\nSettings:") +
            keys);
    parser.addPositionalArgument(u"key"_s, tr("The setting to show or change."), u"[KEY"_s);
    parser.addPositionalArgument(u"value"_s, tr("Its new value."), u"[VALUE]]"_s);
    int status = Done;
    if (!parseCommand(context, parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() > 2)
        return context.usage(tr("“settings” takes at most a key and a value."), parser);

    // Check the request before touching the database, so a mistake changes nothing.
    QString canonical;
    if (!args.isEmpty() && !SettingsStore::definition(args.at(0)))
        return context.fail(Error::usage(tr("There is no setting called “%1”. Run "
                                            "“rollbook-cli settings --help” for the list.")
                                                 .arg(args.at(0))));
    if (args.size() == 2) {
        auto normalised = SettingsStore::normalise(args.at(0), args.at(1));
        if (!normalised)
            return context.fail(normalised.error());
        canonical = normalised.value();
    }

    auto database = openDatabase(context);
    if (!database)
        return context.fail(database.error());
    SettingsStore store(database.value()->connection());

    if (args.isEmpty()) {
        const auto values = store.all();
        if (!values)
            return context.fail(values.error());
        for (auto it = values.value().cbegin(); it != values.value().cend(); ++it)
            context.out << it.key() << u'=' << it.value() << Qt::endl;
        return Done;
    }
    if (args.size() == 1) {
        const auto value = store.value(args.at(0));
        if (!value)
            return context.fail(value.error());
        context.out << value.value() << Qt::endl;
        return Done;
    }
    if (auto saved = store.set(args.at(0), canonical, Audit::currentActor()); !saved)
        return context.fail(saved.error());
    context.err << tr("Saved: %1 = %2").arg(args.at(0), canonical) << Qt::endl;
    return Done;
}

struct Command
{
    QString name;
    QString summary;
    std::function<int(Context &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {u"init"_s, tr("Create the database, or bring it up to date."), commandInit},
            {u"settings"_s, tr("Show or change the global settings."), commandSettings},
    };
    return list;
}

QString generalHelp()
{
    QString text = tr("Usage: rollbook-cli [--database PATH] COMMAND [ARGUMENTS]\n\n"
                      "Prepares itslearning user imports without a window.\n\n"
                      "Commands:\n");
    for (const auto &command : commands())
        text += u"  %1  %2\n"_s.arg(command.name, -10).arg(command.summary);
    text += tr("\nOptions:\n"
               "  --database PATH  The database file (default: %1)\n"
               "  -h, --help       Show this help; COMMAND --help shows a command's help.\n"
               "  -v, --version    Show the version.\n\n"
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
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    global.addOption(help);
    global.addOption(version);
    if (!global.parse(arguments)) {
        err << global.errorText() << Qt::endl << Qt::endl << generalHelp();
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
    err << tr("“%1” is not a rollbook-cli command.").arg(name) << Qt::endl
        << Qt::endl
        << generalHelp();
    return UsageError;
}

} // namespace Rollbook::Cli

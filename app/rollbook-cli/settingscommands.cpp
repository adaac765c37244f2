#include "command.h"
#include "db/audit.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

int commandInit(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Create the database, or bring it up to date."));
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliText::tr("“init” takes no arguments."), parser);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    context.err << CliText::tr("The database “%1” is ready (version %2).")
                           .arg(database.value()->displayName())
                           .arg(database.value()->schemaVersion())
                << Qt::endl;
    return Done;
}

int commandSettings(Context &context)
{
    QCommandLineParser parser;
    QString keys;
    for (const auto &definition : SettingsStore::definitions())
        keys += u"\n  %1  %2"_s.arg(definition.key, -22)
                        .arg(QCoreApplication::translate(
                                "Rollbook::SettingsStore",
                                definition.description.toUtf8().constData()));
    parser.setApplicationDescription(
            CliText::tr(
                    "Show or change the global settings. With no key: every setting as key=value. "
                    "With a key: its value. With a key and a value: change it.\n\nSettings:") +
            keys);
    parser.addPositionalArgument(u"key"_s, CliText::tr("The setting to show or change."),
                                 u"[KEY"_s);
    parser.addPositionalArgument(u"value"_s, CliText::tr("Its new value."), u"[VALUE]]"_s);
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() > 2)
        return context.usage(CliText::tr("“settings” takes at most a key and a value."), parser);

    // Check the request before touching the database, so a mistake changes nothing.
    QString canonical;
    if (!args.isEmpty() && !SettingsStore::definition(args.at(0)))
        return context.fail(Error::usage(CliText::tr("There is no setting called “%1”. Run "
                                                     "“rollbook-cli settings --help” for the list.")
                                                 .arg(args.at(0))));
    if (args.size() == 2) {
        auto normalised = SettingsStore::normalise(args.at(0), args.at(1));
        if (!normalised)
            return context.fail(normalised.error());
        canonical = normalised.value();
    }

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    SettingsStore store(database.value()->connection());

    if (args.isEmpty()) {
        const auto values = store.all();
        if (!values)
            return context.fail(values.error());
        for (auto it = values.value().cbegin(); it != values.value().cend(); ++it) {
            // A template of many lines would break the one-setting-a-line listing.
            const SettingDefinition *def = SettingsStore::definition(it.key());
            const bool multiline = def && (def->type == SettingType::MultilineText ||
                                           def->type == SettingType::RichText);
            const QString shown =
                    multiline ? CliText::tr("(%1 lines; “rollbook-cli settings %2” shows them)")
                                        .arg(it.value().trimmed().count(u'\n') + 1)
                                        .arg(it.key())
                              : it.value();
            context.out << it.key() << u'=' << shown << Qt::endl;
        }
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
    context.err << CliText::tr("Saved: %1 = %2").arg(args.at(0), canonical) << Qt::endl;
    return Done;
}

} // namespace Rollbook::Cli

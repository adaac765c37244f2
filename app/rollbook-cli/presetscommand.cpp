#include "command.h"
#include "import/mappingstore.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

int commandPresets(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "The presets: named ways of reading a file's columns, to share between schools.\n"
            "  presets [list]            the presets, with the profile each is for\n"
            "  presets export NAME FILE  write the preset to a small JSON file\n"
            "  presets import FILE       read a preset file into this database\n"
            "  presets delete NAME       delete the preset\n"
            "Use one with “import FILE --preset NAME”; the import wizard saves them (Save as "
            "Preset…)."));
    parser.addPositionalArgument(u"action"_s, CliText::tr("list, export, import or delete."),
                                 u"[ACTION"_s);
    parser.addPositionalArgument(u"arguments"_s, CliText::tr("What the action takes."),
                                 u"ARGUMENTS…]"_s);
    const QCommandLineOption replace(u"replace"_s,
                                     CliText::tr("import: replace a preset of the same name."));
    parser.addOption(replace);
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? u"list"_s : args.takeFirst();
    const QHash<QString, qsizetype> arity = {
            {u"list"_s, 0}, {u"export"_s, 2}, {u"import"_s, 1}, {u"delete"_s, 1}};
    if (!arity.contains(action))
        return context.usage(
                CliText::tr("“%1” is not an action of presets: list, export, import or delete.")
                        .arg(action),
                parser);
    if (args.size() != arity.value(action))
        return context.usage(action == u"export"_s
                                     ? CliText::tr("export takes a preset's name and a file.")
                             : action == u"list"_s   ? CliText::tr("list takes no arguments.")
                             : action == u"import"_s ? CliText::tr("import takes one preset file.")
                                                     : CliText::tr("delete takes a preset's name."),
                             parser);
    if (parser.isSet(replace) && action != u"import"_s)
        return context.usage(CliText::tr("--replace is for import."), parser);

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    MappingStore store(database.value()->connection());
    if (action == u"list"_s) {
        const auto presets = store.presets();
        if (!presets)
            return context.fail(presets.error());
        for (const ImportPreset &preset : presets.value())
            context.out << preset.name << u'\t' << profileKey(preset.mapping.profile) << u'\t'
                        << preset.mapping.headers.size() << u'\n';
        context.out.flush();
        if (presets->isEmpty())
            context.err << CliText::tr("There are no presets yet.") << Qt::endl;
        return Done;
    }
    if (action == u"export"_s) {
        if (auto written = store.exportPreset(args.at(0), args.at(1)); !written)
            return context.fail(written.error());
        context.err << CliText::tr("Wrote the preset “%1” to %2.")
                               .arg(args.at(0), QDir::toNativeSeparators(args.at(1)))
                    << Qt::endl;
        return Done;
    }
    if (action == u"import"_s) {
        const auto imported = store.importPreset(args.at(0), parser.isSet(replace));
        if (!imported)
            return context.fail(imported.error());
        context.err << CliText::tr("Added the preset “%1” (%2).")
                               .arg(imported->name, profileLabel(imported->mapping.profile))
                    << Qt::endl;
        return Done;
    }
    if (auto deleted = store.deletePreset(args.at(0)); !deleted)
        return context.fail(deleted.error());
    context.err << CliText::tr("Deleted the preset “%1”.").arg(args.at(0)) << Qt::endl;
    return Done;
}

} // namespace Rollbook::Cli

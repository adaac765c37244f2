#include "command.h"
#include "db/audit.h"
#include "import/importhistory.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rollbook::Cli", text);
}

} // namespace

int commandBatches(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the imports made, newest first: number, when, "
                                        "profile, file, what they did, and whether undone."));
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("“batches” takes no arguments."), parser);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    const auto batches = ImportHistory(database.value()->connection()).batches();
    if (!batches)
        return context.fail(batches.error());
    for (const ImportBatch &b : batches.value()) {
        context.out << u"%1\t%2\t%3\t%4\tcreated %5, updated %6, unchanged %7, links %8%9"_s
                               .arg(b.id)
                               .arg(b.committedAt, b.profile, b.fileName)
                               .arg(b.counts.created)
                               .arg(b.counts.updated)
                               .arg(b.counts.unchanged)
                               .arg(b.counts.links)
                               .arg(b.isUndone() ? u"\tundone "_s + b.undoneAt : QString())
                    << u'\n';
    }
    context.out.flush();
    return Done;
}

int commandUndoImport(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Undo an import: the people it created are removed, the people it changed get "
               "their earlier values back, and the links it made are removed. Refused, saying "
               "who and why, when later changes build on it."));
    parser.addPositionalArgument(u"batch"_s, tr("The import's number (see “batches”)."),
                                 u"BATCH"_s);
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    bool isNumber = false;
    const qint64 id = args.value(0).toLongLong(&isNumber);
    if (args.size() != 1 || !isNumber)
        return context.usage(tr("Name one import by its number."), parser);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    ImportHistory history(database.value()->connection());
    if (auto undone = history.undo(id, Audit::currentActor()); !undone)
        return context.fail(undone.error());
    context.err << tr("Import %1 was undone.").arg(id) << Qt::endl;
    return Done;
}

} // namespace Rollbook::Cli

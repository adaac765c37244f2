#include "command.h"
#include "db/audit.h"
#include "people/erasure.h"

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

QString named(const Person &person)
{
    return CliText::tr("%1 (%2, %3)").arg(person.fullName(), person.username, person.profile);
}

} // namespace

int commandErase(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Erase people on request (a family that left and asks for deletion): each person, "
            "their links, their values in the undo records and import history, and their names "
            "in the audit rows (kept, with a neutral marker), in the database and in every backup "
            "beside it. It cannot be undone. --dry-run says what would go and changes nothing."));
    parser.addPositionalArgument(u"USERNAME"_s, CliText::tr("The user names of the people."),
                                 u"USERNAME…"_s);
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    CliText::tr("Say what would be erased; change nothing."));
    const QCommandLineOption withParents(
            u"with-parents"_s,
            CliText::tr("Also erase the parents who would have no child left in Rollbook."));
    parser.addOptions({dryRun, withParents});
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList usernames = parser.positionalArguments();
    if (usernames.isEmpty())
        return context.usage(CliText::tr("Name the user names of the people to erase."), parser);

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    QSqlDatabase db = database.value()->connection();
    const auto planned = Erasure::plan(db, usernames);
    if (!planned)
        return context.fail(planned.error());

    QList<Person> people = planned->people;
    const bool dry = parser.isSet(dryRun);
    context.err << (dry ? CliText::tr("Would erase:") : CliText::tr("Erasing:")) << Qt::endl;
    for (const Person &person : std::as_const(people))
        context.err << u"  "_s << named(person) << Qt::endl;
    if (!planned->orphanedParents.isEmpty()) {
        if (parser.isSet(withParents)) {
            context.err << CliText::tr("And their parents, who would have no child left:")
                        << Qt::endl;
            people += planned->orphanedParents;
        } else {
            context.err << CliText::tr("These parents would have no child left in Rollbook; "
                                       "add --with-parents to erase them too:")
                        << Qt::endl;
        }
        for (const Person &parent : planned->orphanedParents)
            context.err << u"  "_s << named(parent) << Qt::endl;
    }
    if (dry) {
        context.err << CliText::tr("Nothing was erased (--dry-run).") << Qt::endl;
        return Done;
    }
    const auto erased = Erasure::erase(db, people, Audit::currentActor());
    if (!erased)
        return context.fail(erased.error());
    context.err << Erasure::summary(erased.value()) << Qt::endl
                << CliText::tr("This cannot be undone.") << Qt::endl;
    return Done;
}

} // namespace Rollbook::Cli

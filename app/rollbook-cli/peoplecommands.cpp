#include "command.h"
#include "db/audit.h"
#include "people/personstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// link and unlink: the same two arguments, the same store, one verb apart.
int changeLink(Context &context, bool makeLink)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            makeLink ? CliText::tr("Link a parent to a learner. Each is named by user name, "
                                   "synchronisation key or Internal person ID.")
                     : CliText::tr(
                               "Remove the link between a parent and a learner. Each is named by "
                               "user name, synchronisation key or Internal person ID."));
    parser.addPositionalArgument(u"parent"_s, CliText::tr("The parent."), u"PARENT"_s);
    parser.addPositionalArgument(u"learner"_s, CliText::tr("The learner."), u"LEARNER"_s);
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(CliText::tr("Name one parent and one learner."), parser);

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    PersonStore store(database.value()->connection());
    const auto parent = store.resolve(args.at(0));
    if (!parent)
        return context.fail(parent.error());
    const auto learner = store.resolve(args.at(1));
    if (!learner)
        return context.fail(learner.error());
    const Status done = makeLink ? store.link(parent->id, learner->id, Audit::currentActor())
                                 : store.unlink(parent->id, learner->id, Audit::currentActor());
    if (!done)
        return context.fail(done.error());
    context.err << (makeLink ? CliText::tr("Linked %1 to %2.")
                             : CliText::tr("Unlinked %1 from %2."))
                           .arg(parent->username, learner->username)
                << Qt::endl;
    return Done;
}

} // namespace

int commandLink(Context &context)
{
    return changeLink(context, true);
}

int commandUnlink(Context &context)
{
    return changeLink(context, false);
}

int commandUsers(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CliText::tr("List the people in the database, with the user names of their parents or "
                        "children. Passwords are not shown."));
    const QCommandLineOption profile(u"profile"_s,
                                     CliText::tr("Only this profile: learner, parent or staff."),
                                     CliText::tr("PROFILE"));
    const QCommandLineOption search(
            u"search"_s,
            CliText::tr("Only people whose name, user name, synchronisation key "
                        "or e-mail contains TEXT."),
            CliText::tr("TEXT"));
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON array instead of a table."));
    parser.addOptions({profile, search, json});
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliText::tr("“users” takes no arguments."), parser);
    const QString wantedProfile = parser.value(profile).trimmed().toLower();
    if (!wantedProfile.isEmpty() && wantedProfile != u"learner"_s && wantedProfile != u"parent"_s &&
        wantedProfile != u"staff"_s)
        return context.usage(CliText::tr("The profile is learner, parent or staff, not “%1”.")
                                     .arg(parser.value(profile)),
                             parser);

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    PersonStore store(database.value()->connection());
    const PersonStore::Filter filter{wantedProfile, parser.value(search)};

    if (parser.isSet(json)) {
        // One object per line inside the array: streamed, never the whole list in memory.
        bool first = true;
        context.out << u'[';
        const Status done = store.forEach(filter, [&](const Person &p, const QStringList &linked) {
            QJsonObject object{{u"id"_s, p.id},
                               {u"username"_s, p.username},
                               {u"first_name"_s, p.firstName},
                               {u"last_name"_s, p.lastName},
                               {u"sync_key"_s, orNull(p.syncKey)},
                               {u"internal_id"_s, orNull(p.internalId)},
                               {u"email"_s, orNull(p.email)},
                               {u"profile"_s, p.profile},
                               {u"has_password"_s, !p.password.isEmpty()}};
            object.insert(p.isParent() ? u"children"_s : u"parents"_s,
                          QJsonArray::fromStringList(linked));
            context.out << (first ? "\n" : ",\n")
                        << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            first = false;
        });
        context.out << (first ? "]" : "\n]") << Qt::endl;
        return done ? int(Done) : context.fail(done.error());
    }

    qint64 count = 0;
    const Status done = store.forEach(filter, [&](const Person &p, const QStringList &linked) {
        context.out << u"%1  %2  %3  %4  %5"_s.arg(p.username, -20)
                               .arg(p.fullName(), -30)
                               .arg(p.profile, -8)
                               .arg(p.syncKey.isEmpty() ? u"-"_s : p.syncKey, -12)
                               .arg(linked.join(u", "_s))
                    << u'\n';
        ++count;
    });
    if (!done)
        return context.fail(done.error());
    context.out.flush();
    context.err << CliText::tr("%n people.", nullptr, int(count)) << Qt::endl;
    return Done;
}

} // namespace Rollbook::Cli

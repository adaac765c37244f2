#include "command.h"
#include "db/audit.h"
#include "distribution/distribute.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

// "Åse Berg (aase.berg)", on one line whatever the name holds.
QString nameAndUsername(const Person &person)
{
    const QString name = person.fullName().isEmpty() ? person.username : person.fullName();
    return QString(name + u" ("_s + person.username + u')').simplified();
}

} // namespace

int commandOutbox(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Write one e-mail (.eml) with the user name and password to every chosen person "
            "with an e-mail address, into the folder DIR, for a mail client to send. Missing "
            "passwords are generated first. The people without an address are listed: they "
            "need a letter instead. The sender (email_from), subject and text come from the "
            "settings. Without --batch or --profile: everyone."));
    parser.addPositionalArgument(u"dir"_s, CliText::tr("The outbox folder (made when missing)."),
                                 u"DIR"_s);
    DistributionRequest request;
    int status = Done;
    if (!parseDistribution(context, parser,
                           CliText::tr("Name one folder to write the e-mails into."), request,
                           status))
        return status;
    QSqlDatabase db = request.database->connection();
    const auto emails =
            Distribute::writeEmails(db, request.audience, request.target, Audit::currentActor());
    if (!emails)
        return context.fail(emails.error());
    const QString &directory = emails->folder;
    const OutboxResult &outbox = emails->outbox;
    const int generated = emails->generated;
    const QDir folder(directory);

    for (const QString &file : std::as_const(outbox.files))
        context.out << QDir::toNativeSeparators(folder.filePath(file)) << Qt::endl;

    const int written = int(outbox.files.size());
    if (emails->recipients.isEmpty())
        context.err << CliText::tr("Nobody was chosen, so no e-mails were written.") << Qt::endl;
    else if (written == 0)
        context.err << CliText::tr("No e-mails were written: nobody chosen has an e-mail address.")
                    << Qt::endl;
    else
        context.err << CliText::tr("Wrote %n e-mails into %1.", nullptr, written)
                               .arg(QDir::toNativeSeparators(directory))
                    << Qt::endl;

    if (generated > 0)
        context.err << CliText::tr("Generated %n missing passwords first.", nullptr, generated)
                    << Qt::endl;

    const int without = int(outbox.withoutEmail.size());
    if (without > 0) {
        context.err << CliText::tr("%n people have no e-mail address — they need a letter "
                                   "instead:",
                                   nullptr, without)
                    << Qt::endl;
        for (const Person &person : std::as_const(outbox.withoutEmail)) {
            const QString problem = emailProblem(person);
            context.err << u"  "_s << nameAndUsername(person);
            if (!person.email.isEmpty())
                context.err << u": "_s << problem;
            context.err << Qt::endl;
        }
    }
    return Done;
}

} // namespace Rollbook::Cli

#include "command.h"
#include "db/audit.h"
#include "distribution/initialpasswords.h"
#include "distribution/outbox.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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
    const QString directory = request.target;
    const Audience &audience = request.audience;
    QSqlDatabase db = request.database->connection();

    const SettingsStore settings(db);
    OutboxOptions options;
    options.from = settings.text(SettingsStore::EmailFrom);
    options.subjectTemplate = settings.text(SettingsStore::EmailSubject);
    options.bodyTemplate = settings.text(SettingsStore::EmailBody);
    options.school = SchoolDetails::fromSettings(db);

    OutboxResult outbox;
    int generated = 0;
    const auto write = [&](const QList<Recipient> &recipients) -> Status {
        auto written = writeOutbox(recipients, directory, options);
        if (!written)
            return written.error();
        outbox = std::move(written).value();
        return success();
    };
    const auto distributed = InitialPasswords::distribute(
            db, audience, {.parentLoginRequired = true, .fillPasswords = true}, write,
            Audit::currentActor(), &generated);
    const QDir folder(directory);
    if (!distributed) {
        // Written, but the passwords could not be kept: those e-mails would hold wrong ones.
        for (const QString &file : std::as_const(outbox.files))
            QFile::remove(folder.filePath(file));
        return context.fail(distributed.error());
    }

    for (const QString &file : std::as_const(outbox.files))
        context.out << QDir::toNativeSeparators(folder.filePath(file)) << Qt::endl;

    const int written = int(outbox.files.size());
    if (distributed->isEmpty())
        context.err << CliText::tr("Nobody was chosen, so no e-mails were written.") << Qt::endl;
    else if (written == 0)
        context.err << CliText::tr("No e-mails were written: nobody chosen has an e-mail address.")
                    << Qt::endl;
    else
        context.err << (written == 1 ? CliText::tr("Wrote 1 e-mail into %2.")
                                     : CliText::tr("Wrote %1 e-mails into %2.").arg(written))
                               .arg(QDir::toNativeSeparators(directory))
                    << Qt::endl;

    if (generated > 0)
        context.err
                << (generated == 1
                            ? CliText::tr("Generated 1 missing password first.")
                            : CliText::tr("Generated %1 missing passwords first.").arg(generated))
                << Qt::endl;

    const int without = int(outbox.withoutEmail.size());
    if (without > 0) {
        context.err << (without == 1
                                ? CliText::tr("1 person has no e-mail address — they need a letter "
                                              "instead:")
                                : CliText::tr(
                                          "%1 people have no e-mail address — they need a letter "
                                          "instead:")
                                          .arg(without))
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

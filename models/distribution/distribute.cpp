#include "distribute.h"

#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Distribute {

namespace {

class DistributeText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Distribute)
};

// The chain every distribution that writes files shares: InitialPasswords::distribute, and when
// it fails after `write` succeeded (the passwords could not be stored), the removal of the files
// `written` names, whose passwords would not work.
Result<QList<Recipient>>
distributeFiles(QSqlDatabase &db, const Audience &audience,
                const InitialPasswords::Distribution &how, const QString &actor, int &generated,
                const std::function<Status(const QList<Recipient> &)> &write,
                const std::function<QStringList()> &written)
{
    bool wrote = false;
    auto done = InitialPasswords::distribute(
            db, audience, how,
            [&](const QList<Recipient> &recipients) {
                Status status = write(recipients);
                wrote = status.ok();
                return status;
            },
            actor, &generated);
    if (done || !wrote)
        return done;
    const QStringList paths = written();
    QStringList kept; // could not be removed: named, so that nobody hands them out
    for (const QString &path : paths) {
        if (QFile::exists(path) && !QFile::remove(path))
            kept << QDir::toNativeSeparators(path);
    }
    Error error = done.error();
    if (error.kind == Error::Kind::File)
        error.message = DistributeText::tr("The passwords could not be stored in the database "
                                           "(%1).")
                                .arg(error.message.trimmed());
    error.message += u' ';
    error.message += kept.isEmpty()
                             ? DistributeText::tr("The files written were removed again, since "
                                                  "their passwords would not work. Try again.")
                             : DistributeText::tr("These files hold passwords that will not work; "
                                                  "delete them: %1.")
                                       .arg(kept.join(u", "_s));
    return error;
}

InitialPasswords::Distribution distribution(bool parentLoginRequired, bool fillPasswords)
{
    InitialPasswords::Distribution how;
    how.parentLoginRequired = parentLoginRequired;
    how.fillPasswords = fillPasswords;
    return how;
}

QStringList pathsIn(const QString &folder, const QStringList &fileNames)
{
    const QDir dir(folder);
    QStringList paths;
    for (const QString &name : fileNames)
        paths << dir.filePath(name);
    return paths;
}

QStringList namesOf(const QList<ExportedFile> &files)
{
    QStringList names;
    for (const ExportedFile &file : files)
        names << file.fileName;
    return names;
}

LetterOptions letterOptions(QSqlDatabase &db, const LetterPaper &paper)
{
    LetterOptions options;
    options.templateHtml = SettingsStore(db).text(SettingsStore::LetterTemplate);
    options.school = SchoolDetails::fromSettings(db);
    options.pageSize = paper.size;
    options.dotsPerInch = paper.dotsPerInch;
    return options;
}

} // namespace

Result<ExportOutcome> exportFiles(QSqlDatabase &db, const Audience &audience, const QString &folder,
                                  const QString &actor)
{
    const SettingsStore settings(db);
    const BatchExportOptions options{settings.exportOptions(), settings.exportPasswords()};
    ExportOutcome outcome;
    outcome.folder = folder;
    outcome.includesPasswords = options.includePasswords;
    // The files hold no letter: parent login is the platform's to check.
    auto done = distributeFiles(
            db, audience, distribution(false, options.includePasswords), actor, outcome.generated,
            [&](const QList<Recipient> &recipients) -> Status {
                auto written = exportBatches(recipients, folder, options);
                if (!written)
                    return written.error();
                outcome.files = std::move(written).value();
                return success();
            },
            [&] { return pathsIn(folder, namesOf(outcome.files.files) << u"UPLOAD.txt"_s); });
    if (!done)
        return done.error();
    outcome.recipients = std::move(done).value();
    return outcome;
}

Result<OneRosterOutcome> exportOneRoster(QSqlDatabase &db, const Audience &audience,
                                         const QString &folder, const QString &actor)
{
    OneRosterOutcome outcome;
    outcome.folder = folder;
    outcome.options = OneRosterExportOptions::fromSettings(SettingsStore(db));
    auto done = distributeFiles(
            db, audience, distribution(false, outcome.options.includePasswords), actor,
            outcome.generated,
            [&](const QList<Recipient> &recipients) -> Status {
                auto written = Rollbook::exportOneRoster(recipients, folder, outcome.options);
                if (!written)
                    return written.error();
                outcome.bundle = std::move(written).value();
                return success();
            },
            [&] { return pathsIn(folder, namesOf(outcome.bundle.files)); });
    if (!done)
        return done.error();
    outcome.recipients = std::move(done).value();
    return outcome;
}

Result<LettersOutcome> saveLetters(QSqlDatabase &db, const Audience &audience, const QString &path,
                                   const LetterPaper &paper, const QString &actor)
{
    const LetterOptions options = letterOptions(db, paper);
    LettersOutcome outcome;
    outcome.path = path;
    auto done = distributeFiles(
            db, audience, distribution(true, true), actor, outcome.generated,
            [&](const QList<Recipient> &recipients) {
                return writeLettersPdf(recipients, options, path);
            },
            [&] { return QStringList{path}; });
    if (!done)
        return done.error();
    outcome.recipients = std::move(done).value();
    return outcome;
}

Result<EmailsOutcome> writeEmails(QSqlDatabase &db, const Audience &audience, const QString &folder,
                                  const QString &actor, const QDateTime &date)
{
    const SettingsStore settings(db);
    OutboxOptions options;
    options.from = settings.text(SettingsStore::EmailFrom);
    options.subjectTemplate = settings.text(SettingsStore::EmailSubject);
    options.bodyTemplate = settings.text(SettingsStore::EmailBody);
    options.school = SchoolDetails::fromSettings(db);
    options.date = date;
    EmailsOutcome outcome;
    outcome.folder = folder;
    // Those without a usable address get their password later, in a letter: not yet theirs.
    const InitialPasswords::Distribution how{.parentLoginRequired = true,
                                             .fillPasswords = true,
                                             .reaches = [](const Recipient &recipient) {
                                                 return emailProblem(recipient.person).isEmpty();
                                             }};
    auto done = distributeFiles(
            db, audience, how, actor, outcome.generated,
            [&](const QList<Recipient> &recipients) -> Status {
                auto written = writeOutbox(recipients, folder, options);
                if (!written)
                    return written.error();
                outcome.outbox = std::move(written).value();
                return success();
            },
            [&] { return pathsIn(folder, outcome.outbox.files); });
    if (!done)
        return done.error();
    outcome.recipients = std::move(done).value();
    return outcome;
}

Result<PrintJob> prepareLetters(QSqlDatabase &db, const Audience &audience,
                                const LetterPaper &paper)
{
    auto recipients = loadRecipients(db, audience);
    if (!recipients)
        return recipients.error();
    if (auto allowed = checkParentLogin(db, recipients.value()); !allowed)
        return allowed.error();
    PrintJob job;
    job.recipients = std::move(recipients).value();
    job.generated =
            InitialPasswords::generateInMemory(job.recipients, SettingsStore(db).passwordPolicy());
    job.options = letterOptions(db, paper);
    return job;
}

Result<int> keepPrinted(QSqlDatabase &db, const PrintJob &job, const QString &actor)
{
    return InitialPasswords::keepGenerated(db, job.recipients, job.generated, actor);
}

Result<InitialPasswords::Forgotten> forgetPasswords(QSqlDatabase &db, const Audience &audience,
                                                    const QString &actor)
{
    const auto recipients = loadRecipients(db, audience);
    if (!recipients)
        return recipients.error();
    return InitialPasswords::forget(db, recipients.value(), actor);
}

} // namespace Rollbook::Distribute

// rollbook-bench distribute: how long handing out logins takes on a large database. Imports N
// learners and N parents (every tenth parent with a second child), then times, each on the
// whole database: loading whom, exporting the batches (generating every password first),
// writing the outbox, and the login letters of the first M people as a PDF.
#include "bench.h"
#include "db/database.h"
#include "distribution/batchexport.h"
#include "distribution/initialpasswords.h"
#include "distribution/letters.h"
#include "distribution/outbox.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int benchDistribute(Context &context)
{
    qint64 count = 100000;
    qint64 letters = 2000;
    for (qsizetype i = 0; i < context.arguments.size(); ++i) {
        const QString &arg = context.arguments.at(i);
        if (arg == u"--learners"_s && i + 1 < context.arguments.size())
            count = context.arguments.at(++i).toLongLong();
        else if (arg == u"--letters"_s && i + 1 < context.arguments.size())
            letters = context.arguments.at(++i).toLongLong();
        else {
            context.err << "Usage: rollbook-bench distribute [--learners N] [--letters M]\n";
            return 2;
        }
    }
    if (count <= 0 || letters <= 0) {
        context.err << "--learners and --letters take a positive number\n";
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid() || !writePeopleFiles(QDir(dir.path()), count, 10)) {
        context.err << "cannot write the files in a temporary folder\n";
        return 3;
    }
    auto database = Database::open(dir.filePath(u"distribute.sqlite"_s));
    if (!database) {
        context.err << database.error().message << '\n';
        return 3;
    }
    QSqlDatabase db = database.value()->connection();
    SettingsStore settings(db);
    if (!settings.set({{u"parent_login_enabled"_s, u"true"_s},
                       {u"school_name"_s, u"Benchmark skole"_s},
                       {u"login_address"_s, u"https://bench.itslearning.com"_s},
                       {u"email_from"_s, u"office@bench.example"_s}},
                      u"bench"_s)) {
        context.err << "cannot write the settings\n";
        return 3;
    }
    for (const auto &[file, profile] :
         {std::pair{u"learners.csv"_s, Profile::Learner}, {u"parents.csv"_s, Profile::Parent}}) {
        ImportPlan plan;
        plan.filePath = dir.filePath(file);
        plan.profile = profile;
        plan.syncField = u"ChildID"_s;
        plan.backupsKept = 0;
        const auto report = runImport(db, plan);
        if (!report || !report->committed) {
            context.err << "the import of " << file << " failed\n";
            return 3;
        }
    }
    const double importPeak = peakMegabytes();

    QElapsedTimer timer;
    timer.start();
    qsizetype people = 0;
    { // released before the export, which loads them again: the peak is the export's own
        const auto everyone = loadRecipients(db, {});
        if (!everyone) {
            context.err << everyone.error().message << '\n';
            return 3;
        }
        people = everyone->size();
    }
    const double loadSeconds = seconds(timer);

    // Export: every password generated, stored, and written to the files.
    const BatchExportOptions exportOptions{settings.exportOptions(), true};
    timer.restart();
    auto exported = InitialPasswords::distribute(
            db, {}, {false, true},
            [&](const QList<Recipient> &recipients) -> Status {
                auto written = exportBatches(recipients, dir.filePath(u"upload"_s), exportOptions);
                return written ? success() : Status(written.error());
            },
            u"bench"_s);
    if (!exported) {
        context.err << exported.error().message << '\n';
        return 3;
    }
    const double exportSeconds = seconds(timer);
    const double exportPeak = peakMegabytes();

    OutboxOptions outboxOptions;
    outboxOptions.from = settings.text(SettingsStore::EmailFrom);
    outboxOptions.subjectTemplate = settings.text(SettingsStore::EmailSubject);
    outboxOptions.bodyTemplate = settings.text(SettingsStore::EmailBody);
    outboxOptions.school = SchoolDetails::fromSettings(db);
    timer.restart();
    const auto outbox = writeOutbox(exported.value(), dir.filePath(u"outbox"_s), outboxOptions);
    if (!outbox) {
        context.err << outbox.error().message << '\n';
        return 3;
    }
    const double outboxSeconds = seconds(timer);

    const LetterOptions letterOptions{settings.text(SettingsStore::LetterTemplate),
                                      SchoolDetails::fromSettings(db), QPageSize(QPageSize::A4)};
    const QList<Recipient> firstLetters = exported.value().mid(0, letters);
    timer.restart();
    if (auto pdf = writeLettersPdf(firstLetters, letterOptions, dir.filePath(u"letters.pdf"_s));
        !pdf) {
        context.err << pdf.error().message << '\n';
        return 3;
    }
    const double letterSeconds = seconds(timer);

    context.out << "people: " << people << '\n'
                << "import_peak_mb: " << qRound(importPeak) << '\n'
                << "load_s: " << loadSeconds << '\n'
                << "export_s: " << exportSeconds << '\n'
                << "export_peak_mb: " << qRound(exportPeak) << '\n'
                << "outbox_s: " << outboxSeconds << '\n'
                << "outbox_messages: " << outbox->files.size() << '\n'
                << "letters: " << firstLetters.size() << '\n'
                << "letters_s: " << letterSeconds << '\n'
                << "letters_per_s: " << qRound(double(firstLetters.size()) / letterSeconds) << '\n'
                << "peak_mb: " << qRound(peakMegabytes()) << '\n';
    return 0;
}

} // namespace Rollbook::Bench

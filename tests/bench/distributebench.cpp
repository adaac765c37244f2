// rollbook-bench distribute: how long handing out logins takes on a large database. Imports N
// learners and N parents (every tenth parent with a second child), then times, each on the
// whole database through the engine both front ends call (distribution/distribute.h): loading
// whom, exporting the batches (generating every password), writing the outbox (generating them
// all again) while another connection saves an edit every 50 ms, and the login letters of the
// first M people as a PDF.
#include "bench.h"
#include "db/database.h"
#include "distribution/distribute.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Another window at work while a distribution runs: on a thread and a connection of its own,
// saves an edit of one person every 50 ms and notes how long each waited for the database.
class EditProbe
{
public:
    struct Waits
    {
        int edits = 0;
        int failed = 0; // gave up after the connection's busy timeout (5 s)
        qint64 longestMs = 0;
    };

    explicit EditProbe(const QString &location)
        : m_thread(QThread::create([this, location] { run(location); }))
    {
        m_thread->start();
    }
    ~EditProbe() { stop(); }

    Waits stop()
    {
        m_stop = true;
        m_thread->wait();
        return m_waits;
    }

private:
    void run(const QString &location)
    {
        auto database = Database::open(location);
        if (!database)
            return;
        QSqlDatabase db = database.value()->connection();
        QSqlQuery edit(db);
        edit.prepare(u"UPDATE person SET email = email WHERE id = (SELECT MIN(id) FROM person)"_s);
        while (!m_stop) {
            QElapsedTimer waited;
            waited.start();
            const bool saved = edit.exec();
            m_waits.longestMs = std::max(m_waits.longestMs, waited.elapsed());
            ++m_waits.edits;
            if (!saved)
                ++m_waits.failed;
            QThread::msleep(50);
        }
    }

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop = false;
    Waits m_waits;
};

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

    // Export: every password generated, written to the files, then stored.
    timer.restart();
    auto exported = Distribute::exportFiles(db, {}, dir.filePath(u"upload"_s), u"bench"_s);
    if (!exported) {
        context.err << exported.error().message << '\n';
        return 3;
    }
    const double exportSeconds = seconds(timer);
    const double exportPeak = peakMegabytes();
    QList<qint64> firstIds;
    for (const Recipient &recipient : exported->recipients.mid(0, letters))
        firstIds << recipient.person.id;
    exported->recipients.clear();

    // The outbox with every password to generate again, while another connection saves an edit
    // every 50 ms: how long such an edit has to wait for the distribution's write lock.
    if (!QSqlQuery(db).exec(u"UPDATE person SET password = NULL"_s)) {
        context.err << "cannot clear the passwords\n";
        return 3;
    }
    EditProbe probe(database.value()->path());
    timer.restart();
    const auto outbox = Distribute::writeEmails(db, {}, dir.filePath(u"outbox"_s), u"bench"_s);
    const double outboxSeconds = seconds(timer);
    const EditProbe::Waits waits = probe.stop();
    if (!outbox) {
        context.err << outbox.error().message << '\n';
        return 3;
    }

    Audience first;
    first.personIds = firstIds;
    timer.restart();
    const auto pdf = Distribute::saveLetters(db, first, dir.filePath(u"letters.pdf"_s),
                                             LetterPaper{}, u"bench"_s);
    if (!pdf) {
        context.err << pdf.error().message << '\n';
        return 3;
    }
    const double letterSeconds = seconds(timer);
    const qsizetype lettersWritten = pdf->recipients.size();

    context.out << "people: " << people << '\n'
                << "import_peak_mb: " << qRound(importPeak) << '\n'
                << "load_s: " << loadSeconds << '\n'
                << "export_s: " << exportSeconds << '\n'
                << "export_peak_mb: " << qRound(exportPeak) << '\n'
                << "outbox_s: " << outboxSeconds << '\n'
                << "outbox_messages: " << outbox->outbox.files.size() << '\n'
                << "outbox_passwords_generated: " << outbox->generated << '\n'
                << "edits_during_outbox: " << waits.edits << '\n'
                << "edits_failed: " << waits.failed << '\n'
                << "edit_wait_max_ms: " << waits.longestMs << '\n'
                << "letters: " << lettersWritten << '\n'
                << "letters_s: " << letterSeconds << '\n'
                << "letters_per_s: " << qRound(double(lettersWritten) / letterSeconds) << '\n'
                << "peak_mb: " << qRound(peakMegabytes()) << '\n';
    return 0;
}

} // namespace Rollbook::Bench

#pragma once

#include "core/result.h"
#include "distribution/audience.h"
#include "distribution/batchexport.h"
#include "distribution/initialpasswords.h"
#include "distribution/letters.h"
#include "distribution/onerosterexport.h"
#include "distribution/outbox.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Rollbook {

// Handing out user names and passwords (DESIGN §1.6), the one way the Distribute page and the
// command line's export, letters, outbox and forget-passwords both do it. Each function reads
// the settings it needs, loads the audience, gives the people without a password one from the
// password policy, writes, and only then stores the new passwords and notes them as distributed,
// in one short transaction (InitialPasswords::distribute). When that last step fails, the files
// just written are removed again: no file is left holding a password that was not stored, and the
// database is as it was. Each runs on the calling thread with the connection it is given; the
// window calls them on a worker with its own.
namespace Distribute {

// What every distribution gives back.
struct Outcome
{
    QList<Recipient> recipients; // everyone chosen, with the passwords written
    int generated = 0;           // missing passwords generated, written and stored
};

// The CSV files to upload to the platform (distribution/batchexport.h).
struct ExportOutcome : Outcome
{
    QString folder;
    bool includesPasswords = true; // Export passwords, in the settings
    BatchExportResult files;
};
Result<ExportOutcome> exportFiles(QSqlDatabase &db, const Audience &audience, const QString &folder,
                                  const QString &actor);

// A OneRoster 1.1 bundle for another system (distribution/onerosterexport.h).
struct OneRosterOutcome : Outcome
{
    QString folder;
    OneRosterExportOptions options; // as read from the settings
    OneRosterExportResult bundle;
};
Result<OneRosterOutcome> exportOneRoster(QSqlDatabase &db, const Audience &audience,
                                         const QString &folder, const QString &actor);

// The login letters as one PDF (distribution/letters.h), laid out on `paper`. Letters to parents
// need parent login.
struct LettersOutcome : Outcome
{
    QString path;
};
Result<LettersOutcome> saveLetters(QSqlDatabase &db, const Audience &audience, const QString &path,
                                   const LetterPaper &paper, const QString &actor);

// One e-mail per person with an address, into an outbox folder (distribution/outbox.h); the
// people without one are named in the outcome. E-mails to parents need parent login.
struct EmailsOutcome : Outcome
{
    QString folder;
    OutboxResult outbox;
};
Result<EmailsOutcome> writeEmails(QSqlDatabase &db, const Audience &audience, const QString &folder,
                                  const QString &actor,
                                  const QDateTime &date = QDateTime::currentDateTime());

// Printing from the window, where the user decides in a dialog between the letters being made
// and kept: prepareLetters() gives the recipients with passwords generated in memory, and
// keepPrinted() stores them once the letters were printed (InitialPasswords::keepGenerated).
struct PrintJob
{
    QList<Recipient> recipients;
    QList<qint64> generated; // the people whose password is new
    LetterOptions options;
};
Result<PrintJob> prepareLetters(QSqlDatabase &db, const Audience &audience,
                                const LetterPaper &paper);
Result<int> keepPrinted(QSqlDatabase &db, const PrintJob &job, const QString &actor);

// Clears the stored initial passwords of the audience and every copy Rollbook made of them
// (InitialPasswords::forget).
Result<InitialPasswords::Forgotten> forgetPasswords(QSqlDatabase &db, const Audience &audience,
                                                    const QString &actor);

} // namespace Distribute
} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "distribution/audience.h"
#include "distribution/placeholders.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rollbook {

// Login e-mails (DESIGN §1.6): one RFC 5322 message (.eml, MIME, UTF-8 text) per person with an
// e-mail address, in an outbox folder that any mail client can open and send.
struct OutboxOptions
{
    QString from;            // SettingsStore::EmailFrom; required
    QString subjectTemplate; // SettingsStore::EmailSubject
    QString bodyTemplate;    // SettingsStore::EmailBody
    SchoolDetails school;    // the school name is the sender's display name
    QDateTime date = QDateTime::currentDateTime();
};

struct OutboxResult
{
    QStringList files; // file names written (no folder), in recipient order
    // No address, or one that is not a single plain address (emailProblem() says which): they
    // need a letter instead. Such an address is never written into a message.
    QList<Person> withoutEmail;
};

// Why no e-mail can go to `person`: "no e-mail address", or that the address is not one plain
// address (two addresses, a display name, a line break, too long…). Empty when it can.
QString emailProblem(const Person &person);

// One message, CRLF line ends, with X-Unsent: 1 so that Outlook opens it ready to send. No
// header value carries a line break, whatever the data holds. Empty when the recipient's or the
// sender's address is not one plain address (see emailProblem()).
QByteArray composeMessage(const Recipient &recipient, const OutboxOptions &options);

// Writes one .eml per recipient with an address into `directory` (created when missing), named
// after the user name, made safe for every file system and unique; a file of the same name is
// replaced. A failure leaves the folder as it was (this run's files removed, replaced ones
// restored) and names the file.
Result<OutboxResult> writeOutbox(const QList<Recipient> &recipients, const QString &directory,
                                 const OutboxOptions &options);

} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "people/person.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Rollbook {

// Whom user names and passwords go to (DESIGN §1.6): the people of an import batch, of one
// profile, or those chosen on the users page. Every condition given applies; none: everyone.
struct Audience
{
    std::optional<qint64> batchId; // the people the import created, updated or linked
    QString profile;               // learner, parent or staff; empty: every profile
    QList<qint64> personIds;       // only these; empty: no such condition

    bool operator==(const Audience &) const = default;
};

// One person to receive a login, with what their letter names.
struct Recipient
{
    Person person;
    // A parent's children, in order of synchronisation key (numbers by value), then user name.
    // Each holds at least the id, synchronisation key, user name, names and profile.
    QList<Person> children;
};

// What the Distribute page says about an audience before anything is made.
struct AudienceSummary
{
    int people = 0;
    int learners = 0;
    int parents = 0;
    int staff = 0;
    int withEmail = 0;       // get an e-mail
    int withoutPassword = 0; // get one generated first
    int parentsWithoutChildren = 0;
    QList<Person> withoutEmail;    // no usable address: get a letter instead of an e-mail
    QList<Person> withoutChildren; // parents linked to no learner
};

// The people of `audience`: learners first, then parents, then staff, each by last name, first
// name and user name; a parent with their children. An unknown or undone batch is an error.
Result<QList<Recipient>> loadRecipients(const QSqlDatabase &db, const Audience &audience);

AudienceSummary summarize(const QList<Recipient> &recipients);

// Letters and e-mails to parents while parent login is off are refused (DESIGN §1.1): an
// Error::invalid that says how many parents and what to do.
Status checkParentLogin(const QSqlDatabase &db, const QList<Recipient> &recipients);

// "2 < 10", "10 < a", "a < b": the order of children in letters and export files.
bool syncKeyLess(const QString &a, const QString &b);

} // namespace Rollbook

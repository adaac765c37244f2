#pragma once

#include "core/result.h"
#include "distribution/audience.h"
#include "settings/settingsstore.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Rollbook {

// The initial passwords people are given, stored in `person.password` until forgotten. Each
// change writes one audit row naming how many people, never a password.
namespace InitialPasswords {

// Generates a password from `policy` for every recipient without one, stores them, and updates
// `recipients` to match. Runs inside the caller's transaction when one is open, one UPDATE per
// person; the distributions store theirs afterwards and set-based instead (distribute(),
// keepGenerated()). Gives the number generated.
Result<int> fillMissing(QSqlDatabase &db, QList<Recipient> &recipients,
                        const PasswordPolicy &policy, const QString &actor);

// Gives a password from `policy` to every recipient without one, in memory only, and returns
// their ids: a distribution writes them first and stores them after (distribute(); printing from
// the window, where the user decides in a dialog, with keepGenerated() once printed).
QList<qint64> generateInMemory(QList<Recipient> &recipients, const PasswordPolicy &policy);

// Stores the passwords generateInMemory() gave the people `ids`, in one transaction with one
// audit row, and notes that every recipient's password was distributed now. Refused, with
// nothing stored, when one of them was given a password meanwhile (the printed letter would be
// wrong). Gives the number stored.
Result<int> keepGenerated(QSqlDatabase &db, const QList<Recipient> &recipients,
                          const QList<qint64> &ids, const QString &actor);

// What forget() cleared, and where.
struct Forgotten
{
    int passwords = 0;     // in person
    int undoCopies = 0;    // earlier passwords of the same people in the undo records of imports
    qsizetype backups = 0; // backups beside the database rewritten without them
    bool onServer = false; // a server's database: Rollbook made no copies of it
};

// Clears the stored initial password of every recipient, and every copy Rollbook made of their
// passwords: the undo records of imports (the values before an import, the people a roster
// import removed) and the backups beside a database file, each rewritten and vacuumed. All or
// nothing: a backup that cannot be rewritten stops it, naming the file, before anything is
// changed. The database's write-ahead log is emptied afterwards, and secure_delete (set when the
// database is opened) leaves no free page holding a forgotten password.
Result<Forgotten> forget(QSqlDatabase &db, const QList<Recipient> &recipients,
                         const QString &actor);
// The same for the people `ids`; `why` is added to the audit row's detail (what made Rollbook
// forget them on its own).
Result<Forgotten> forget(QSqlDatabase &db, const QList<qint64> &ids, const QString &actor,
                         const QJsonObject &why = {});

// The sentences after "Forgot N initial passwords.": the undo records and backups cleared, or
// that a server's database has no copies Rollbook made. Empty when there is nothing to add.
QString copiesSentence(const Forgotten &forgotten);

// What every distribution does: loads `audience`; refuses letters and e-mails to parents while
// parent login is off (when `parentLoginRequired`); gives the recipients without a password one
// from the policy, in memory (when `fillPasswords`); calls `write` with the recipients; and only
// once `write` succeeded stores the generated passwords and notes each password handed out
// (`reaches`) as distributed now (person.password_distributed_at, for Forget initial passwords
// automatically), in one short transaction: writing, however long, never holds the database's write
// lock. A failed or cancelled `write`, or someone giving one of these people a password meanwhile,
// leaves the database as it was; what `write` wrote is then the caller's to remove
// (distribution/distribute.h does).
struct Distribution
{
    bool parentLoginRequired = false;
    bool fillPasswords = true;
    // Whom the writing hands their password to (the outbox: those with an address); they alone
    // are noted as distributed. Empty: every recipient.
    std::function<bool(const Recipient &)> reaches;
};
// `generated`, when given, receives how many passwords were generated and kept.
Result<QList<Recipient>> distribute(QSqlDatabase &db, const Audience &audience,
                                    const Distribution &how,
                                    const std::function<Status(const QList<Recipient> &)> &write,
                                    const QString &actor, int *generated = nullptr);

} // namespace InitialPasswords
} // namespace Rollbook

#pragma once

#include "distribution/initialpasswords.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Rollbook {

// Edit global settings > Privacy, applied: how long Rollbook keeps the copies it makes of
// personal data (settings/settingsstore.h, RetentionPolicy). The window and the command line
// apply it each time they open a database; an import prunes the backups again after it makes
// one.
namespace Retention {

struct Applied
{
    int forgetAfterDays = 0; // the setting in force; 0: passwords are forgotten only by hand
    InitialPasswords::Forgotten forgotten; // the passwords due, and their copies
    int backupsRemoved = 0;                // beyond Keep backups' number, or older than its days
    // Why the passwords due could not be forgotten (a backup that cannot be rewritten): then
    // nothing of them changed, and the next opening tries again.
    QString problem;

    bool changedAnything() const
    {
        return forgotten.passwords > 0 || forgotten.undoCopies > 0 || backupsRemoved > 0;
    }
};

// Removes the backups beside the database file beyond the Keep backups setting (none on a
// server), then forgets, with every copy (InitialPasswords::forget), the initial passwords that
// were distributed more than Forget initial passwords automatically's days before `now`.
// `actor` is named in the audit row, whose detail says it was automatic.
Applied apply(QSqlDatabase &db, const QString &actor,
              const QDateTime &now = QDateTime::currentDateTimeUtc());

// What apply() did, in sentences for the status bar and the command line; empty when nothing.
QString sentences(const Applied &applied);

} // namespace Retention
} // namespace Rollbook

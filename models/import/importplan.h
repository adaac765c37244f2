#pragma once

#include "import/filelayout.h"
#include "import/importoptions.h"
#include "people/field.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Rollbook {

// Everything that decides how one file is imported: the wizard's steps, or the command line's
// options.
struct ImportPlan
{
    QString filePath;
    // Reading: empty means detected.
    QString encoding;
    QString delimiter;
    // Whether encoding and delimiter were chosen by the user rather than taken from detection:
    // an import remembers only a choice (ImportMappings::of).
    bool readingChosen = false;

    Profile profile = Profile::Learner;
    // Columns mapped by hand (--map COLUMN=FIELD); the rest are guessed from the headers.
    QList<std::pair<QString, Field>> mapOverrides;
    // Parents: the column holding the child reference, and how it is read.
    QString syncField;
    MatchField matchField = MatchField::SyncKey;

    // Learners with their parents: the guardian groups (columns of the file by index, and the
    // field of each); empty means guessed from the headers (FileLayouts::guardianGroups). The
    // learner's columns are mapOverrides and the guess, as for a learner file.
    QList<GuardianGroup> guardianGroups;
    // Learners with their parents: a guardian with a name but neither user name nor e-mail
    // address gets a user name made from the name (guardianUsername()); otherwise that is an
    // error. A guardian with an e-mail address and no user name always has the address as user
    // name.
    bool makeGuardianUsernames = false;
    // How those user names are made from the name.
    GuardianUsernameRule guardianUsernameRule = GuardianUsernameRule::FirstDotLast;
    // Parents (and guardians) without a synchronisation key get one made from their user name
    // (derivedSyncKey()), so that the platform can connect them automatically.
    bool deriveParentSyncKeys = false;

    ImportMode mode = ImportMode::AddAndUpdate;
    // Empty passwords of the people the import creates are generated from the password policy
    // in the global settings.
    bool fillPasswords = false;
    // With errors: import nothing (false) or import the rows without errors (true).
    bool skipErrors = false;
    // Check only: the database is not changed and no backup is made.
    bool dryRun = false;
    // Keep this many backup copies beside the database; 0 makes none. Unset: as many as Edit
    // global settings > Privacy > Keep backups says (backups older than its days go anyway).
    std::optional<int> backupsKept;
};

// The synchronisation key --derive-sync-keys gives a parent: "P-" and the first 16 hexadecimal
// digits of the SHA-256 of the lower-case user name. The same user name always gives the same
// key, on every computer and in every term.
QString derivedSyncKey(const QString &username);

// The user name made for a guardian without one, when the plan asks for it: the names in lower
// case, letters without accents (æ → ae, ø → o, å → a, é → e), spaces inside a name as hyphens,
// put together by `rule` ("Kari Nordmann": kari.nordmann, karinordmann, k.nordmann or
// nordmann.kari); `number` > 1 is appended when that name is taken ("kari.nordmann2").
QString guardianUsername(const QString &firstName, const QString &lastName, int number = 1,
                         GuardianUsernameRule rule = GuardianUsernameRule::FirstDotLast);

} // namespace Rollbook

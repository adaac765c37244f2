#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rollbook {

// What a file column holds, as the import wizard's Columns step and `--map` name it.
enum class Field {
    Ignore,
    FirstName,
    LastName,
    // First and last name in one column ("Navn", "Full name"), split at import (splitFullName).
    FullName,
    Username,
    Password,
    SyncKey,
    Email,
    InternalId,
};

// Who a file describes: the import wizard's profile.
enum class Profile {
    Learner,
    Parent,
    // One row per learner with the guardians beside: learners, guardians (as parents) and the
    // links, in one import.
    LearnersWithParents,
};

// How a parent row's child reference is read: the platform's "Matching synchronisation field
// for child".
enum class MatchField {
    InternalId,
    SyncKey,
    Username,
};

// How a guardian's user name is made from the name, when the import is asked to make one.
enum class GuardianUsernameRule {
    FirstDotLast,   // kari.nordmann
    FirstLast,      // karinordmann
    InitialDotLast, // k.nordmann
    LastDotFirst,   // nordmann.kari
};

// Add new users, update existing ones, or both.
enum class ImportMode {
    Add,
    Update,
    AddAndUpdate,
};

namespace Fields {

// Every field but Ignore, in the order the wizard lists them.
const QList<Field> &all();

// The command line's names: first-name, last-name, username, password, sync-key, email,
// internal-id, ignore.
QString key(Field field);
std::optional<Field> fromKey(const QString &key);

// The name a person reads ("First name", "Synchronisation key").
QString label(Field field);

// The field a column header names for the row's own person, word by word in any of the
// languages of import/headerwords.h ("E-post", "email" and "Foresatt e-post" are all Email);
// Ignore when the header names none or names a child.
Field guess(const QString &header);

// A guess for every header. A field named by two headers is guessed for the first only.
QList<Field> guessAll(const QStringList &headers);

bool isRequired(Field field);

// A full name split as the import splits a FullName column: "Last, First" at the comma,
// otherwise the last word is the last name and the rest the first name ("Kari Anne Nordmann"
// is Kari Anne / Nordmann). A single word is the first name.
std::pair<QString, QString> splitFullName(const QString &fullName);

} // namespace Fields

QString profileKey(Profile profile);
std::optional<Profile> profileFromKey(const QString &key);
// The name a person reads: "Learner", "Parent", "Learners with their parents".
QString profileLabel(Profile profile);

QString matchFieldKey(MatchField match);
std::optional<MatchField> matchFieldFromKey(const QString &key);
// The platform's words: Internal person ID, Synchronisation key, Username.
QString matchFieldLabel(MatchField match);

// The rule's name, as the command line and the wizard write it: first.last, firstlast, f.last,
// last.first.
QString guardianUsernameRuleKey(GuardianUsernameRule rule);
std::optional<GuardianUsernameRule> guardianUsernameRuleFromKey(const QString &key);

QString importModeKey(ImportMode mode);
std::optional<ImportMode> importModeFromKey(const QString &key);

} // namespace Rollbook

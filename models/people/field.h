#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Rollbook {

// The words of the domain, shared by the people (their rules), the import and the pages: a
// person's fields, who a file describes, how a child is named. Reading them from column headers is
// the import's (import/headerguess.h).

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

namespace Fields {

// Every field but Ignore, in the order the wizard lists them.
const QList<Field> &all();

// The command line's names: first-name, last-name, username, password, sync-key, email,
// internal-id, ignore.
QString key(Field field);
std::optional<Field> fromKey(const QString &key);

// The name a person reads ("First name", "Synchronisation key").
QString label(Field field);

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

} // namespace Rollbook

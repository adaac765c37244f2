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
};

// How a parent row's child reference is read: the platform's "Matching synchronisation field
// for child".
enum class MatchField {
    InternalId,
    SyncKey,
    Username,
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

// The field a column header names, in English or Norwegian, ignoring case, spaces, hyphens and
// underscores ("E-post" and "email" are both Email); Ignore when the header names none.
Field guess(const QString &header);

// A guess for every header. A field named by two headers is guessed for the first only.
QList<Field> guessAll(const QStringList &headers);

bool isRequired(Field field);

} // namespace Fields

QString profileKey(Profile profile);
std::optional<Profile> profileFromKey(const QString &key);

QString matchFieldKey(MatchField match);
std::optional<MatchField> matchFieldFromKey(const QString &key);
// The platform's words: Internal person ID, Synchronisation key, Username.
QString matchFieldLabel(MatchField match);

QString importModeKey(ImportMode mode);
std::optional<ImportMode> importModeFromKey(const QString &key);

} // namespace Rollbook

#pragma once

#include <QString>

#include <optional>

namespace Rollbook {

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

// The rule's name, as the command line and the wizard write it: first.last, firstlast, f.last,
// last.first.
QString guardianUsernameRuleKey(GuardianUsernameRule rule);
std::optional<GuardianUsernameRule> guardianUsernameRuleFromKey(const QString &key);

QString importModeKey(ImportMode mode);
std::optional<ImportMode> importModeFromKey(const QString &key);

} // namespace Rollbook

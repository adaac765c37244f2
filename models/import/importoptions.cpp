#include "importoptions.h"

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

QString guardianUsernameRuleKey(GuardianUsernameRule rule)
{
    switch (rule) {
    case GuardianUsernameRule::FirstDotLast:
        return u"first.last"_s;
    case GuardianUsernameRule::FirstLast:
        return u"firstlast"_s;
    case GuardianUsernameRule::InitialDotLast:
        return u"f.last"_s;
    case GuardianUsernameRule::LastDotFirst:
        return u"last.first"_s;
    }
    return u"first.last"_s;
}

std::optional<GuardianUsernameRule> guardianUsernameRuleFromKey(const QString &key)
{
    for (GuardianUsernameRule rule :
         {GuardianUsernameRule::FirstDotLast, GuardianUsernameRule::FirstLast,
          GuardianUsernameRule::InitialDotLast, GuardianUsernameRule::LastDotFirst}) {
        if (guardianUsernameRuleKey(rule) == key.trimmed().toLower())
            return rule;
    }
    return std::nullopt;
}

QString importModeKey(ImportMode mode)
{
    switch (mode) {
    case ImportMode::Add:
        return u"add"_s;
    case ImportMode::Update:
        return u"update"_s;
    case ImportMode::AddAndUpdate:
        return u"add-update"_s;
    }
    return {};
}

std::optional<ImportMode> importModeFromKey(const QString &key)
{
    for (ImportMode mode : {ImportMode::Add, ImportMode::Update, ImportMode::AddAndUpdate}) {
        if (importModeKey(mode) == key.trimmed().toLower())
            return mode;
    }
    return std::nullopt;
}

} // namespace Rollbook

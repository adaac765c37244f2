#include "importproblem.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class ImportProblemText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::ImportProblem)
};

} // namespace

QString problemCodeKey(ProblemCode code)
{
    switch (code) {
    case ProblemCode::NoUsers:
        return u"no-users"_s;
    case ProblemCode::UnreadableFile:
        return u"unreadable-file"_s;
    case ProblemCode::MissingColumn:
        return u"missing-column"_s;
    case ProblemCode::UnknownColumn:
        return u"unknown-column"_s;
    case ProblemCode::ParentLoginOff:
        return u"parent-login-off"_s;
    case ProblemCode::IgnoredColumn:
        return u"ignored-column"_s;
    case ProblemCode::MalformedRow:
        return u"malformed-row"_s;
    case ProblemCode::MissingValue:
        return u"missing-value"_s;
    case ProblemCode::TooLong:
        return u"too-long"_s;
    case ProblemCode::ControlCharacter:
        return u"control-character"_s;
    case ProblemCode::InvalidEmail:
        return u"invalid-email"_s;
    case ProblemCode::DuplicateInFile:
        return u"duplicate-in-file"_s;
    case ProblemCode::ClashWithDatabase:
        return u"clash-with-database"_s;
    case ProblemCode::WrongProfile:
        return u"wrong-profile"_s;
    case ProblemCode::UnknownChild:
        return u"unknown-child"_s;
    case ProblemCode::EmptyChildReference:
        return u"empty-child-reference"_s;
    case ProblemCode::NotAdded:
        return u"not-added"_s;
    case ProblemCode::NotUpdated:
        return u"not-updated"_s;
    case ProblemCode::NoSyncKey:
        return u"no-sync-key"_s;
    case ProblemCode::GuardianColumnUnused:
        return u"guardian-column-unused"_s;
    case ProblemCode::NotARoster:
        return u"not-a-roster"_s;
    case ProblemCode::UnknownReference:
        return u"unknown-reference"_s;
    case ProblemCode::ConflictingRoles:
        return u"conflicting-roles"_s;
    case ProblemCode::ContradictingLink:
        return u"contradicting-link"_s;
    case ProblemCode::NotImported:
        return u"not-imported"_s;
    }
    return u"problem"_s;
}

QString ImportProblem::describe(const QString &reportFile) const
{
    const QString &fileName = file.isEmpty() ? reportFile : file;
    if (line <= 0)
        return ImportProblemText::tr("%1: %2").arg(fileName, message);
    if (column.isEmpty())
        return ImportProblemText::tr("%1, line %2: %3").arg(fileName).arg(line).arg(message);
    return ImportProblemText::tr("%1, line %2, column “%3”: %4")
            .arg(fileName)
            .arg(line)
            .arg(column, message);
}

} // namespace Rollbook

#pragma once

#include "people/field.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rollbook {

struct Person;

// The rules one field of a person obeys, wherever it comes from: an import row or the learner
// editor (DESIGN §3). Required fields, at most 1,000 characters, no line break or other control
// character, an e-mail address that looks like one, and no identity or secret that begins like a
// spreadsheet formula.
//
// Which of them a value breaks. The import reports each as its ProblemCode of the same name
// (import/importproblem.h); the learner editor shows the message.
enum class FieldFault {
    MissingValue,
    TooLong,
    ControlCharacter,
    InvalidEmail,
    StartsLikeFormula,
    ClashWithDatabase, // PersonStore::validate(): the value belongs to someone else
};

struct FieldProblem
{
    Field field = Field::Ignore;
    FieldFault fault = FieldFault::MissingValue;
    QString message; // one sentence for the administrator
};

namespace PersonRules {

constexpr int maximumFieldLength = 1000;

// The fields the platform matches or signs in with: user name, password, synchronisation key,
// Internal person ID. The export writes them exactly as stored (never with a leading '), so none
// may begin with a character a spreadsheet reads as a formula (CsvWriter::startsLikeFormula).
bool isExactField(Field field);

// "The user name may not begin with “-”: …", for a value described by `words` ("user name",
// "child's synchronisation key") whose first character is `first`.
QString formulaStartMessage(const QString &words, QChar first);

// The problem of one (trimmed) value, if any.
std::optional<FieldProblem> checkField(Field field, const QString &value);

// Every field problem of a person's editable fields (first and last name, user name, password,
// synchronisation key, e-mail), in that order. Uniqueness needs the database: see
// PersonStore::validate().
QList<FieldProblem> checkFields(const Person &person);

bool looksLikeEmail(QStringView text);

// "first name", "synchronisation key": the field in a sentence.
QString fieldWords(Field field);

} // namespace PersonRules
} // namespace Rollbook

#include "personvalidation.h"

#include "csv/csvwriter.h"
#include "people/person.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::PersonRules {

namespace {

class PersonRulesText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::PersonRules)
};

} // namespace

QString fieldWords(Field field)
{
    switch (field) {
    case Field::FirstName:
        return PersonRulesText::tr("first name");
    case Field::LastName:
        return PersonRulesText::tr("last name");
    case Field::FullName:
        return PersonRulesText::tr("full name");
    case Field::Username:
        return PersonRulesText::tr("user name");
    case Field::Password:
        return PersonRulesText::tr("password");
    case Field::SyncKey:
        return PersonRulesText::tr("synchronisation key");
    case Field::Email:
        return PersonRulesText::tr("e-mail address");
    case Field::InternalId:
        return PersonRulesText::tr("Internal person ID");
    case Field::Ignore:
        break;
    }
    return {};
}

bool isExactField(Field field)
{
    switch (field) {
    case Field::Username:
    case Field::Password:
    case Field::SyncKey:
    case Field::InternalId:
        return true;
    case Field::Ignore:
    case Field::FirstName:
    case Field::LastName:
    case Field::FullName:
    case Field::Email:
        break;
    }
    return false;
}

QString formulaStartMessage(const QString &words, QChar first)
{
    return PersonRulesText::tr(
                   "The %1 may not begin with “%2”: a spreadsheet would read it as a "
                   "formula, and the platform would get another value. Change its first "
                   "character.")
            .arg(words, QString(first));
}

bool looksLikeEmail(QStringView text)
{
    // Something@something.something, without spaces or the characters an address cannot hold
    // unquoted. By hand rather than a regular expression: it runs for every row of a large file.
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@'))
        return false;
    const QStringView domain = text.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    if (dot <= 0 || dot == domain.size() - 1)
        return false;
    static constexpr QStringView forbidden = u"\"(),:;<>[\\]";
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.isSpace() || forbidden.contains(c); });
}

std::optional<FieldProblem> checkField(Field field, const QString &value)
{
    if (value.isEmpty()) {
        if (Fields::isRequired(field))
            return FieldProblem{field, FieldFault::MissingValue,
                                PersonRulesText::tr("The %1 is missing. Every user needs one.")
                                        .arg(fieldWords(field))};
        return std::nullopt;
    }
    if (value.size() > maximumFieldLength)
        return FieldProblem{field, FieldFault::TooLong,
                            PersonRulesText::tr("The %1 is %2 characters long; at most %3 fit.")
                                    .arg(fieldWords(field))
                                    .arg(value.size())
                                    .arg(maximumFieldLength)};
    if (value.contains(u'\n') || value.contains(u'\r'))
        return FieldProblem{
                field, FieldFault::ControlCharacter,
                PersonRulesText::tr("A %1 cannot contain a line break. Put it on one line.")
                        .arg(fieldWords(field))};
    const bool control = std::any_of(value.cbegin(), value.cend(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control)
        return FieldProblem{
                field, FieldFault::ControlCharacter,
                PersonRulesText::tr(
                        "The %1 contains an invisible control character (such as a tab). "
                        "Retype it.")
                        .arg(fieldWords(field))};
    // A leading tab or carriage return is a control character, refused above.
    if (isExactField(field) && CsvWriter::startsLikeFormula(value))
        return FieldProblem{field, FieldFault::StartsLikeFormula,
                            formulaStartMessage(fieldWords(field), value.front())};
    if (field == Field::Email && !looksLikeEmail(value))
        return FieldProblem{field, FieldFault::InvalidEmail,
                            PersonRulesText::tr("“%1” is not an e-mail address.").arg(value)};
    return std::nullopt;
}

QList<FieldProblem> checkFields(const Person &person)
{
    const QList<std::pair<Field, const QString *>> fields = {
            {Field::FirstName, &person.firstName}, {Field::LastName, &person.lastName},
            {Field::Username, &person.username},   {Field::Password, &person.password},
            {Field::SyncKey, &person.syncKey},     {Field::Email, &person.email}};
    QList<FieldProblem> problems;
    for (const auto &[field, value] : fields) {
        if (auto problem = checkField(field, *value))
            problems.append(*problem);
    }
    return problems;
}

} // namespace Rollbook::PersonRules

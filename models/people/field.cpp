#include "field.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class FieldsText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Fields)
};

} // namespace

namespace Fields {

const QList<Field> &all()
{
    static const QList<Field> list = {Field::FirstName, Field::LastName,  Field::FullName,
                                      Field::Username,  Field::Password,  Field::SyncKey,
                                      Field::Email,     Field::InternalId};
    return list;
}

QString key(Field field)
{
    switch (field) {
    case Field::Ignore:
        return u"ignore"_s;
    case Field::FirstName:
        return u"first-name"_s;
    case Field::LastName:
        return u"last-name"_s;
    case Field::FullName:
        return u"full-name"_s;
    case Field::Username:
        return u"username"_s;
    case Field::Password:
        return u"password"_s;
    case Field::SyncKey:
        return u"sync-key"_s;
    case Field::Email:
        return u"email"_s;
    case Field::InternalId:
        return u"internal-id"_s;
    }
    return u"ignore"_s;
}

std::optional<Field> fromKey(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted == key(Field::Ignore))
        return Field::Ignore;
    for (Field field : all()) {
        if (key(field) == wanted)
            return field;
    }
    return std::nullopt;
}

QString label(Field field)
{
    switch (field) {
    case Field::Ignore:
        return FieldsText::tr("Ignore this column");
    case Field::FirstName:
        return FieldsText::tr("First name");
    case Field::LastName:
        return FieldsText::tr("Last name");
    case Field::FullName:
        return FieldsText::tr("Full name (first and last)");
    case Field::Username:
        return FieldsText::tr("User name");
    case Field::Password:
        return FieldsText::tr("Password");
    case Field::SyncKey:
        return FieldsText::tr("Synchronisation key");
    case Field::Email:
        return FieldsText::tr("E-mail");
    case Field::InternalId:
        return FieldsText::tr("Internal person ID");
    }
    return {};
}

bool isRequired(Field field)
{
    return field == Field::Username || field == Field::FirstName || field == Field::LastName;
}

std::pair<QString, QString> splitFullName(const QString &fullName)
{
    const QString name = fullName.simplified();
    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0)
        return {name.mid(comma + 1).trimmed(), name.left(comma).trimmed()};
    const qsizetype space = name.lastIndexOf(u' ');
    if (space < 0)
        return {name, QString()};
    return {name.left(space), name.mid(space + 1)};
}

} // namespace Fields

QString profileKey(Profile profile)
{
    switch (profile) {
    case Profile::Learner:
        return u"learner"_s;
    case Profile::Parent:
        return u"parent"_s;
    case Profile::LearnersWithParents:
        return u"learners-with-parents"_s;
    }
    return u"learner"_s;
}

QString profileLabel(Profile profile)
{
    switch (profile) {
    case Profile::Learner:
        return FieldsText::tr("Learner");
    case Profile::Parent:
        return FieldsText::tr("Parent");
    case Profile::LearnersWithParents:
        return FieldsText::tr("Learners with their parents");
    }
    return {};
}

std::optional<Profile> profileFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Profile profile : {Profile::Learner, Profile::Parent, Profile::LearnersWithParents}) {
        if (profileKey(profile) == k)
            return profile;
    }
    return std::nullopt;
}

QString matchFieldKey(MatchField match)
{
    switch (match) {
    case MatchField::InternalId:
        return u"internal-id"_s;
    case MatchField::SyncKey:
        return u"sync-key"_s;
    case MatchField::Username:
        return u"username"_s;
    }
    return {};
}

std::optional<MatchField> matchFieldFromKey(const QString &key)
{
    for (MatchField match : {MatchField::InternalId, MatchField::SyncKey, MatchField::Username}) {
        if (matchFieldKey(match) == key.trimmed().toLower())
            return match;
    }
    return std::nullopt;
}

QString matchFieldLabel(MatchField match)
{
    switch (match) {
    case MatchField::InternalId:
        return FieldsText::tr("Internal person ID");
    case MatchField::SyncKey:
        return FieldsText::tr("Synchronisation key");
    case MatchField::Username:
        return FieldsText::tr("Username");
    }
    return {};
}

} // namespace Rollbook

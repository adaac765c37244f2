#include "field.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class FieldsText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Fields)
};

// Header spellings folded to lower case without spaces, hyphens, underscores or dots.
QString fold(const QString &header)
{
    QString folded;
    folded.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == u'-' || c == u'_' || c == u'.')
            continue;
        folded.append(c.toLower());
    }
    return folded;
}

const QHash<QString, Field> &aliases()
{
    static const QHash<QString, Field> table = [] {
        const QList<std::pair<Field, QStringList>> spellings = {
                {Field::FirstName,
                 {u"First name"_s, u"Firstname"_s, u"Given name"_s, u"Fornavn"_s}},
                {Field::LastName,
                 {u"Last name"_s, u"Lastname"_s, u"Surname"_s, u"Family name"_s, u"Etternavn"_s}},
                {Field::Username, {u"User name"_s, u"Username"_s, u"Login"_s, u"Brukernavn"_s}},
                {Field::Password, {u"Password"_s, u"Passord"_s}},
                {Field::SyncKey,
                 {u"SyncID"_s, u"Sync key"_s, u"Sync ID"_s, u"Synchronisation key"_s,
                  u"Synchronization key"_s, u"Synkroniseringsnøkkel"_s, u"Synkroniseringsnokkel"_s,
                  u"Synk nøkkel"_s, u"SynkID"_s}},
                {Field::Email,
                 {u"E-mail"_s, u"Email"_s, u"E-mail address"_s, u"Mail"_s, u"E-post"_s, u"Epost"_s,
                  u"E-postadresse"_s}},
                {Field::InternalId,
                 {u"Internal person ID"_s, u"Internal ID"_s, u"PersonId"_s, u"Person ID"_s,
                  u"Intern person-ID"_s}},
        };
        QHash<QString, Field> result;
        for (const auto &[field, names] : spellings) {
            for (const QString &name : names)
                result.insert(fold(name), field);
        }
        return result;
    }();
    return table;
}

} // namespace

namespace Fields {

const QList<Field> &all()
{
    static const QList<Field> list = {Field::FirstName, Field::LastName, Field::Username,
                                      Field::Password,  Field::SyncKey,  Field::Email,
                                      Field::InternalId};
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

Field guess(const QString &header)
{
    return aliases().value(fold(header), Field::Ignore);
}

QList<Field> guessAll(const QStringList &headers)
{
    QList<Field> result;
    result.reserve(headers.size());
    for (const QString &header : headers) {
        Field field = guess(header);
        if (field != Field::Ignore && result.contains(field))
            field = Field::Ignore;
        result.append(field);
    }
    return result;
}

bool isRequired(Field field)
{
    return field == Field::Username || field == Field::FirstName || field == Field::LastName;
}

} // namespace Fields

QString profileKey(Profile profile)
{
    return profile == Profile::Parent ? u"parent"_s : u"learner"_s;
}

std::optional<Profile> profileFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"learner"_s)
        return Profile::Learner;
    if (k == u"parent"_s)
        return Profile::Parent;
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

#include "importmapping.h"

#include "import/filelayout.h"
#include "import/headerwords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class MappingText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::ImportMappings)
};

QString quoted(const QString &text)
{
    return u"“%1”"_s.arg(text);
}

// The column of `headers` that `header` names: the same spelling first, else the same folded.
qsizetype columnOf(const QStringList &headers, const QString &header)
{
    const qsizetype exact = headers.indexOf(header);
    if (exact >= 0 || header.isEmpty())
        return exact;
    const QString folded = HeaderWords::fold(header);
    for (qsizetype column = 0; column < headers.size(); ++column) {
        if (HeaderWords::fold(headers.at(column)) == folded)
            return column;
    }
    return -1;
}

QJsonArray columnsJson(const QList<MappedColumn> &columns)
{
    QJsonArray array;
    for (const MappedColumn &column : columns)
        array.append(
                QJsonObject{{u"header"_s, column.header}, {u"field"_s, Fields::key(column.field)}});
    return array;
}

// Reads a JSON object's members, refusing (when strict) the names it does not know.
class Reader
{
public:
    Reader(const QJsonObject &object, QString where, bool strict)
        : m_object(object)
        , m_where(std::move(where))
        , m_strict(strict)
    {}

    // A member that is not there reads as `fallback`; one of another type is an error.
    QString text(const QString &name, const QString &fallback = {})
    {
        m_known.insert(name);
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString())
            fail(MappingText::tr("%1 “%2” is not text").arg(m_where, name));
        return value.toString();
    }
    bool yesNo(const QString &name)
    {
        m_known.insert(name);
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(MappingText::tr("%1 “%2” is not true or false").arg(m_where, name));
        return value.toBool();
    }
    QJsonArray array(const QString &name)
    {
        m_known.insert(name);
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(MappingText::tr("%1 “%2” is not a list").arg(m_where, name));
        return value.toArray();
    }
    // A value that names no choice: an error when strict, else a note and the fallback.
    template<typename T>
    T choice(const QString &name, std::optional<T> (*fromKey)(const QString &), T fallback,
             QStringList *notes)
    {
        const QString key = text(name);
        if (key.isEmpty())
            return fallback;
        if (const auto value = fromKey(key))
            return *value;
        const QString why =
                MappingText::tr("%1 “%2” is “%3”, which this version of Rollbook does not know")
                        .arg(m_where, name, key);
        if (m_strict)
            fail(why);
        else if (notes)
            notes->append(why);
        return fallback;
    }
    void finish()
    {
        if (!m_strict)
            return;
        for (const QString &name : m_object.keys()) {
            if (!m_known.contains(name))
                fail(MappingText::tr("%1 has “%2”, which this version of Rollbook does not know")
                             .arg(m_where, name));
        }
    }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }
    const QString &error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_where;
    bool m_strict;
    QSet<QString> m_known;
    QString m_error;
};

// The columns of a mapping or a guardian. A column whose field this version does not know is
// left out (its header guessed again) with a note, or refused when strict.
QList<MappedColumn> readColumns(const QJsonArray &array, const QString &where, bool strict,
                                QStringList *notes, QString &error)
{
    QList<MappedColumn> columns;
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            error = MappingText::tr("%1 has a column that is not an object").arg(where);
            return {};
        }
        Reader column(value.toObject(), where, strict);
        const QString header = column.text(u"header"_s);
        const QString key = column.text(u"field"_s);
        column.finish();
        if (!column.error().isEmpty()) {
            error = column.error();
            return {};
        }
        const auto field = Fields::fromKey(key);
        if (!field) {
            const QString why = MappingText::tr("The column “%1” was mapped to “%2”, which this "
                                                "version of Rollbook does not have")
                                        .arg(header, key);
            if (strict) {
                error = why;
                return {};
            }
            if (notes)
                notes->append(MappingText::tr("%1; Rollbook guesses that column again.").arg(why));
            continue;
        }
        columns.append({header, *field});
    }
    return columns;
}

} // namespace

namespace ImportMappings {

QString signature(const QStringList &headers)
{
    QStringList folded;
    folded.reserve(headers.size());
    for (const QString &header : headers)
        folded.append(HeaderWords::fold(header));
    // A unit separator cannot stand in a folded header.
    return folded.join(QChar(0x1f));
}

QList<Field> resolve(QList<Field> guess, const QStringList &headers,
                     const QList<std::pair<QString, Field>> &overrides, QStringList *unknown)
{
    guess.resize(headers.size(), Field::Ignore);
    for (const auto &[column, field] : overrides) {
        const qsizetype index = headers.indexOf(column);
        if (index < 0) {
            if (unknown)
                unknown->append(column);
            continue;
        }
        // A field mapped by hand leaves the column it was guessed for.
        if (field != Field::Ignore) {
            for (Field &other : guess) {
                if (other == field)
                    other = Field::Ignore;
            }
        }
        guess[index] = field;
    }
    return guess;
}

ImportMapping of(const ImportPlan &plan, const QStringList &headers)
{
    ImportMapping mapping;
    mapping.headers = headers;
    mapping.profile = plan.profile;
    const bool parents = plan.profile == Profile::Parent;
    const bool wide = plan.profile == Profile::LearnersWithParents;

    // As the import reads the file: the guess for the row's own person, the columns mapped by
    // hand over it, and (learners with their parents) the guardians' columns left to them.
    QList<std::pair<QString, Field>> overrides = plan.mapOverrides;
    QList<GuardianGroup> groups;
    if (wide) {
        groups = plan.guardianGroups.isEmpty()
                         ? FileLayouts::forProfile(Profile::LearnersWithParents, headers).groups
                         : plan.guardianGroups;
        for (const GuardianGroup &group : std::as_const(groups)) {
            for (int column : group.columns)
                overrides.append({headers.value(column), Field::Ignore});
        }
    }
    QList<Field> fields = resolve(
            FileLayouts::forProfile(parents ? Profile::Parent : Profile::Learner, headers).mapping,
            headers, overrides, nullptr);
    if (parents) {
        const qsizetype child = headers.indexOf(plan.syncField);
        if (child >= 0)
            fields[child] = Field::Ignore;
        mapping.syncField = plan.syncField;
        mapping.matchField = plan.matchField;
    }
    for (qsizetype column = 0; column < headers.size(); ++column)
        mapping.columns.append({headers.at(column), fields.at(column)});
    for (const GuardianGroup &group : std::as_const(groups)) {
        MappedGuardian guardian;
        guardian.label = group.label;
        for (qsizetype i = 0; i < group.columns.size(); ++i)
            guardian.columns.append(
                    {headers.value(group.columns.at(i)), group.fields.value(i, Field::Ignore)});
        mapping.guardians.append(guardian);
    }
    if (plan.readingChosen) {
        mapping.encoding = plan.encoding;
        mapping.delimiter = plan.delimiter;
    }
    mapping.mode = plan.mode;
    mapping.fillPasswords = plan.fillPasswords;
    mapping.makeGuardianUsernames = wide && plan.makeGuardianUsernames;
    mapping.guardianUsernameRule = plan.guardianUsernameRule;
    mapping.deriveParentSyncKeys = !(plan.profile == Profile::Learner) && plan.deriveParentSyncKeys;
    return mapping;
}

QStringList missingColumns(const ImportMapping &mapping, const QStringList &headers)
{
    QStringList missing;
    const auto need = [&](const QString &header) {
        if (columnOf(headers, header) < 0 && !missing.contains(header))
            missing.append(header);
    };
    for (const MappedColumn &column : mapping.columns) {
        if (column.field != Field::Ignore)
            need(column.header);
    }
    for (const MappedGuardian &guardian : mapping.guardians) {
        for (const MappedColumn &column : guardian.columns) {
            if (column.field != Field::Ignore)
                need(column.header);
        }
    }
    if (mapping.profile == Profile::Parent && !mapping.syncField.isEmpty())
        need(mapping.syncField);
    return missing;
}

void applyTo(const ImportMapping &mapping, const QStringList &headers, ImportPlan &plan)
{
    plan.profile = mapping.profile;
    plan.mapOverrides.clear();
    plan.guardianGroups.clear();
    QSet<qsizetype> taken;
    for (const MappedColumn &column : mapping.columns) {
        const qsizetype index = columnOf(headers, column.header);
        if (index < 0 || taken.contains(index))
            continue;
        taken.insert(index);
        plan.mapOverrides.append({headers.at(index), column.field});
    }
    for (const MappedGuardian &guardian : mapping.guardians) {
        GuardianGroup group;
        group.label = guardian.label;
        for (const MappedColumn &column : guardian.columns) {
            const qsizetype index = columnOf(headers, column.header);
            if (index < 0 || column.field == Field::Ignore)
                continue;
            group.columns.append(int(index));
            group.fields.append(column.field);
        }
        if (group.columns.isEmpty())
            continue;
        group.number = int(plan.guardianGroups.size()) + 1;
        plan.guardianGroups.append(group);
    }
    if (mapping.profile == Profile::Parent) {
        const qsizetype child = columnOf(headers, mapping.syncField);
        plan.syncField = child >= 0 ? headers.at(child) : mapping.syncField;
        plan.matchField = mapping.matchField;
    }
    if (!mapping.encoding.isEmpty() || !mapping.delimiter.isEmpty()) {
        plan.encoding = mapping.encoding;
        plan.delimiter = mapping.delimiter;
        plan.readingChosen = true;
    }
    plan.mode = mapping.mode;
    plan.fillPasswords = mapping.fillPasswords;
    plan.makeGuardianUsernames = mapping.makeGuardianUsernames;
    plan.guardianUsernameRule = mapping.guardianUsernameRule;
    plan.deriveParentSyncKeys = mapping.deriveParentSyncKeys;
}

QList<GuardianGroup> guardianGroups(const ImportMapping &mapping, const QStringList &headers)
{
    ImportPlan plan;
    applyTo(mapping, headers, plan);
    return plan.guardianGroups;
}

QList<std::optional<Field>> fieldsFor(const ImportMapping &mapping, const QStringList &headers)
{
    // As applyTo() places them: each named column once, on the file's column of the same header
    // (the one spelt the same, else the first that folds alike).
    QList<std::optional<Field>> fields(headers.size());
    for (const MappedColumn &column : mapping.columns) {
        const qsizetype index = columnOf(headers, column.header);
        if (index >= 0 && !fields.at(index))
            fields[index] = column.field;
    }
    return fields;
}

std::optional<Field> fieldOf(const ImportMapping &mapping, const QString &header)
{
    return fieldsFor(mapping, {header}).constFirst();
}

QString difference(const ImportMapping &mapping, const QStringList &headers)
{
    QStringList added;
    QStringList removed;
    for (const QString &header : headers) {
        if (columnOf(mapping.headers, header) < 0)
            added.append(quoted(header));
    }
    for (const QString &header : mapping.headers) {
        if (columnOf(headers, header) < 0)
            removed.append(quoted(header));
    }
    QStringList parts;
    if (!added.isEmpty())
        parts.append(MappingText::tr("new in this file: %1").arg(added.join(u", "_s)));
    if (!removed.isEmpty())
        parts.append(MappingText::tr("not in this file: %1").arg(removed.join(u", "_s)));
    if (parts.isEmpty() && signature(headers) != signature(mapping.headers))
        parts.append(MappingText::tr("the columns are in another order"));
    return parts.join(u"; "_s);
}

QJsonObject toJson(const ImportMapping &mapping)
{
    QJsonArray guardians;
    for (const MappedGuardian &guardian : mapping.guardians)
        guardians.append(QJsonObject{{u"label"_s, guardian.label},
                                     {u"columns"_s, columnsJson(guardian.columns)}});
    QJsonObject json{{u"headers"_s, QJsonArray::fromStringList(mapping.headers)},
                     {u"profile"_s, profileKey(mapping.profile)},
                     {u"columns"_s, columnsJson(mapping.columns)},
                     {u"mode"_s, importModeKey(mapping.mode)},
                     {u"fill_passwords"_s, mapping.fillPasswords}};
    if (!mapping.guardians.isEmpty()) {
        json.insert(u"guardians"_s, guardians);
        json.insert(u"make_guardian_usernames"_s, mapping.makeGuardianUsernames);
        json.insert(u"guardian_username_rule"_s,
                    guardianUsernameRuleKey(mapping.guardianUsernameRule));
    }
    if (mapping.profile == Profile::Parent) {
        json.insert(u"sync_field"_s, mapping.syncField);
        json.insert(u"match"_s, matchFieldKey(mapping.matchField));
    }
    if (mapping.profile != Profile::Learner)
        json.insert(u"derive_sync_keys"_s, mapping.deriveParentSyncKeys);
    if (!mapping.encoding.isEmpty())
        json.insert(u"encoding"_s, mapping.encoding);
    if (!mapping.delimiter.isEmpty())
        json.insert(u"delimiter"_s, mapping.delimiter);
    return json;
}

Result<ImportMapping> fromJson(const QJsonObject &json, bool strict, QStringList *notes)
{
    const QString where = MappingText::tr("The mapping");
    Reader reader(json, where, strict);
    ImportMapping mapping;
    for (const QJsonValue &header : reader.array(u"headers"_s)) {
        if (!header.isString())
            reader.fail(MappingText::tr("%1 has a column name that is not text").arg(where));
        mapping.headers.append(header.toString());
    }
    const QString profile = reader.text(u"profile"_s);
    if (const auto known = profileFromKey(profile))
        mapping.profile = *known;
    else
        reader.fail(
                MappingText::tr("%1 names no profile Rollbook knows (“%2”)").arg(where, profile));
    QString error;
    mapping.columns = readColumns(reader.array(u"columns"_s), where, strict, notes, error);
    for (const QJsonValue &value : reader.array(u"guardians"_s)) {
        if (!value.isObject()) {
            reader.fail(MappingText::tr("%1 has a guardian that is not an object").arg(where));
            break;
        }
        Reader guardianReader(value.toObject(), where, strict);
        MappedGuardian guardian;
        guardian.label = guardianReader.text(u"label"_s);
        guardian.columns =
                readColumns(guardianReader.array(u"columns"_s), where, strict, notes, error);
        guardianReader.finish();
        if (!guardianReader.error().isEmpty())
            reader.fail(guardianReader.error());
        mapping.guardians.append(guardian);
    }
    if (!error.isEmpty())
        reader.fail(error);
    mapping.syncField = reader.text(u"sync_field"_s);
    mapping.matchField = reader.choice(u"match"_s, &matchFieldFromKey, MatchField::SyncKey, notes);
    mapping.encoding = reader.text(u"encoding"_s);
    mapping.delimiter = reader.text(u"delimiter"_s);
    mapping.mode = reader.choice(u"mode"_s, &importModeFromKey, ImportMode::AddAndUpdate, notes);
    mapping.fillPasswords = reader.yesNo(u"fill_passwords"_s);
    mapping.makeGuardianUsernames = reader.yesNo(u"make_guardian_usernames"_s);
    mapping.guardianUsernameRule =
            reader.choice(u"guardian_username_rule"_s, &guardianUsernameRuleFromKey,
                          GuardianUsernameRule::FirstDotLast, notes);
    mapping.deriveParentSyncKeys = reader.yesNo(u"derive_sync_keys"_s);
    reader.finish();
    if (!reader.error().isEmpty())
        return Error::invalid(reader.error() + u'.');
    if (mapping.profile == Profile::Parent && mapping.syncField.isEmpty())
        return Error::invalid(
                MappingText::tr("%1 is for parents but names no column for the child.").arg(where));
    return mapping;
}

} // namespace ImportMappings

} // namespace Rollbook

#include "personstore.h"

#include "db/audit.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class PersonStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::PersonStore)
};

QString describe(const Person &p)
{
    return p.fullName().isEmpty() ? p.username : u"%1 (%2)"_s.arg(p.fullName(), p.username);
}

// Escapes LIKE's wildcards so that a search for "50%" finds "50%".
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString noLongerThere()
{
    return PersonStoreText::tr("That person is no longer in the database.");
}

// Why an edit made over an older version of `now` is not stored: who changed the person since,
// and when, in the user's own date and time format.
QString changedMeanwhile(const Person &now)
{
    const QDateTime at = QDateTime::fromString(now.updatedAt, Qt::ISODateWithMs);
    const QString when =
            at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!now.updatedBy.isEmpty() && !when.isEmpty())
        return PersonStoreText::tr("%1 was changed by %2 at %3; reopen to see the change.")
                .arg(describe(now), now.updatedBy, when);
    if (!now.updatedBy.isEmpty())
        return PersonStoreText::tr("%1 was changed by %2; reopen to see the change.")
                .arg(describe(now), now.updatedBy);
    if (!when.isEmpty())
        return PersonStoreText::tr("%1 was changed at %2; reopen to see the change.")
                .arg(describe(now), when);
    return PersonStoreText::tr("%1 was changed by someone else; reopen to see the change.")
            .arg(describe(now));
}

} // namespace

QString PersonStore::columns(const QString &alias)
{
    static const QStringList names = {
            u"id"_s,         u"internal_id"_s, u"sync_key"_s,  u"username"_s, u"first_name"_s,
            u"last_name"_s,  u"email"_s,       u"password"_s,  u"profile"_s,  u"created_at"_s,
            u"updated_at"_s, u"version"_s,     u"updated_by"_s};
    if (alias.isEmpty())
        return names.join(u", "_s);
    QStringList qualified;
    for (const QString &name : names)
        qualified.append(alias + u'.' + name);
    return qualified.join(u", "_s);
}

Person PersonStore::fromRow(const QSqlQuery &query, int offset)
{
    Person p;
    p.id = query.value(offset + 0).toLongLong();
    p.internalId = query.value(offset + 1).toString();
    p.syncKey = query.value(offset + 2).toString();
    p.username = query.value(offset + 3).toString();
    p.firstName = query.value(offset + 4).toString();
    p.lastName = query.value(offset + 5).toString();
    p.email = query.value(offset + 6).toString();
    p.password = query.value(offset + 7).toString();
    p.profile = query.value(offset + 8).toString();
    p.createdAt = query.value(offset + 9).toString();
    p.updatedAt = query.value(offset + 10).toString();
    p.version = query.value(offset + 11).toInt();
    p.updatedBy = query.value(offset + 12).toString();
    return p;
}

PersonStore::PersonStore(const QSqlDatabase &db)
    : m_db(db)
{}

Result<std::optional<Person>> PersonStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + columns() + u" FROM person WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error::file(query.lastError().text());
    if (!query.next())
        return std::optional<Person>();
    return std::optional<Person>(fromRow(query));
}

Result<Person> PersonStore::resolve(const QString &reference) const
{
    const QString wanted = reference.trimmed();
    if (wanted.isEmpty())
        return Error::usage(PersonStoreText::tr("No person was named."));
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + columns() +
                  u" FROM person WHERE username = ? OR sync_key = ? OR internal_id = ?"
                  u" ORDER BY id"_s);
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    if (!query.exec())
        return Error::file(query.lastError().text());
    QList<Person> found;
    while (query.next())
        found.append(fromRow(query));
    if (found.isEmpty())
        return Error::invalid(
                PersonStoreText::tr("No one has the user name, synchronisation key or Internal "
                                    "person ID “%1”.")
                        .arg(wanted));
    // A user name is the clearest name: it wins over the same text used as another's key.
    for (const Person &p : std::as_const(found)) {
        if (p.username == wanted)
            return p;
    }
    if (found.size() > 1)
        return Error::invalid(
                PersonStoreText::tr("“%1” is the synchronisation key of %2 and the Internal person "
                                    "ID of %3. Name the person by user name instead.")
                        .arg(wanted, describe(found.at(0)), describe(found.at(1))));
    return found.first();
}

Status PersonStore::link(qint64 parentId, qint64 learnerId, const QString &actor)
{
    return changeLink(parentId, learnerId, actor, true);
}

Status PersonStore::unlink(qint64 parentId, qint64 learnerId, const QString &actor)
{
    return changeLink(parentId, learnerId, actor, false);
}

// Link and unlink: the same checks, one statement apart, and the audit row in the same
// transaction as the change.
Status PersonStore::changeLink(qint64 parentId, qint64 learnerId, const QString &actor,
                               bool makeLink)
{
    const auto parent = find(parentId);
    const auto learner = find(learnerId);
    if (!parent)
        return parent.error();
    if (!learner)
        return learner.error();
    if (!parent.value() || !learner.value())
        return Error::invalid(noLongerThere());
    const Person &p = *parent.value();
    const Person &l = *learner.value();
    if (makeLink && !p.isParent())
        return Error::invalid(
                PersonStoreText::tr("%1 is not a parent: only parents can be linked to a learner.")
                        .arg(describe(p)));
    if (makeLink && !l.isLearner())
        return Error::invalid(
                PersonStoreText::tr(
                        "%1 is not a learner: a parent can be linked only to a learner.")
                        .arg(describe(l)));

    if (!m_db.transaction())
        return Error::file(m_db.lastError().text());
    const auto fail = [this](const Error &error) {
        m_db.rollback();
        return Status(error);
    };
    QSqlQuery query(m_db);
    if (makeLink) {
        query.prepare(u"INSERT INTO parent_link (parent_id, learner_id, created_by, created_at) "
                      u"VALUES (?, ?, 'manual', ?) ON CONFLICT DO NOTHING"_s);
        query.addBindValue(parentId);
        query.addBindValue(learnerId);
        query.addBindValue(timestampNow());
    } else {
        query.prepare(u"DELETE FROM parent_link WHERE parent_id = ? AND learner_id = ?"_s);
        query.addBindValue(parentId);
        query.addBindValue(learnerId);
    }
    if (!query.exec())
        return fail(Error::file(query.lastError().text()));
    if (query.numRowsAffected() == 0)
        return fail(Error::invalid(makeLink ? PersonStoreText::tr("%1 is already a parent of %2.")
                                                      .arg(describe(p), describe(l))
                                            : PersonStoreText::tr("%1 is not linked to %2.")
                                                      .arg(describe(p), describe(l))));
    const QJsonObject detail{{u"parent"_s, p.username}, {u"learner"_s, l.username}};
    if (auto recorded = Audit::record(m_db, actor, makeLink ? u"link"_s : u"unlink"_s, l.username,
                                      detail, learnerId);
        !recorded)
        return fail(recorded.error());
    if (!m_db.commit())
        return fail(Error::file(m_db.lastError().text()));
    return success();
}

Result<QList<FieldProblem>> PersonStore::validate(const Person &person) const
{
    QList<FieldProblem> problems = PersonRules::checkFields(person);
    const auto taken = [&](const char *column, const QString &value) -> Result<bool> {
        if (value.isEmpty())
            return false;
        QSqlQuery query(m_db);
        // The column is one of two fixed names, never user text.
        query.prepare(u"SELECT 1 FROM person WHERE "_s + QLatin1StringView(column) +
                      u" = ? AND id <> ? LIMIT 1"_s);
        query.addBindValue(value);
        query.addBindValue(person.id);
        if (!query.exec())
            return Error::file(query.lastError().text());
        return query.next();
    };
    const auto hasProblem = [&problems](Field field) {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [field](const FieldProblem &p) { return p.field == field; });
    };
    if (!hasProblem(Field::Username)) {
        const auto usernameTaken = taken("username", person.username);
        if (!usernameTaken)
            return usernameTaken.error();
        if (usernameTaken.value())
            problems.append({Field::Username, FieldFault::ClashWithDatabase,
                             PersonStoreText::tr(
                                     "The user name “%1” belongs to someone else. Every user needs "
                                     "their own.")
                                     .arg(person.username)});
    }
    if (!hasProblem(Field::SyncKey)) {
        const auto syncKeyTaken = taken("sync_key", person.syncKey);
        if (!syncKeyTaken)
            return syncKeyTaken.error();
        if (syncKeyTaken.value())
            problems.append({Field::SyncKey, FieldFault::ClashWithDatabase,
                             PersonStoreText::tr(
                                     "The synchronisation key “%1” belongs to someone else. Every "
                                     "user needs their own.")
                                     .arg(person.syncKey)});
    }
    return problems;
}

Status PersonStore::update(const Person &person, const QString &actor, int *version)
{
    const auto stored = find(person.id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error::invalid(noLongerThere());
    const Person &before = *stored.value();

    const auto problems = validate(person);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error::invalid(problems->first().message);

    // What changed, for the audit row; a password is named, never shown.
    QJsonObject changes;
    const QList<std::tuple<const char *, const QString *, const QString *>> fields = {
            {"first_name", &before.firstName, &person.firstName},
            {"last_name", &before.lastName, &person.lastName},
            {"username", &before.username, &person.username},
            {"sync_key", &before.syncKey, &person.syncKey},
            {"email", &before.email, &person.email}};
    for (const auto &[name, was, now] : fields) {
        if (*was != *now)
            changes.insert(QLatin1StringView(name),
                           QJsonObject{{u"before"_s, *was}, {u"after"_s, *now}});
    }
    const bool passwordChanged = before.password != person.password;
    if (changes.isEmpty() && !passwordChanged) {
        if (version)
            *version = before.version;
        return success();
    }
    if (passwordChanged)
        changes.insert(u"password"_s, u"changed"_s);

    if (auto begun = Database::beginWrite(m_db); !begun)
        return begun;
    QSqlQuery query(m_db);
    // Only over the version `person` was read at: when someone changed the person since (even
    // after find() above), there is no row to update, and storing it would have undone their
    // change unseen.
    query.prepare(u"UPDATE person SET first_name = ?, last_name = ?, username = ?, "
                  u"sync_key = nullif(?, ''), email = nullif(?, ''), password = nullif(?, ''), "
                  u"updated_at = ?, version = version + 1, updated_by = ? "
                  u"WHERE id = ? AND version = ?"_s);
    query.addBindValue(person.firstName);
    query.addBindValue(person.lastName);
    query.addBindValue(person.username);
    query.addBindValue(person.syncKey);
    query.addBindValue(person.email);
    query.addBindValue(person.password);
    query.addBindValue(timestampNow());
    query.addBindValue(actor);
    query.addBindValue(person.id);
    query.addBindValue(person.version);
    if (!query.exec()) {
        const QString why = query.lastError().text();
        m_db.rollback();
        return Error::file(why);
    }
    if (query.numRowsAffected() == 0) {
        m_db.rollback();
        const auto now = find(person.id);
        if (!now)
            return now.error();
        if (!now.value())
            return Error::invalid(noLongerThere());
        return Error::invalid(changedMeanwhile(*now.value()));
    }
    if (auto recorded = Audit::record(m_db, actor, u"edit"_s, person.username, changes, person.id);
        !recorded) {
        m_db.rollback();
        return recorded;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error::file(why);
    }
    if (version)
        *version = person.version + 1;
    return success();
}

Result<QList<Person>> PersonStore::linkedTo(qint64 personId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + columns() +
                  u" FROM person WHERE id IN (SELECT parent_id FROM parent_link "
                  u"WHERE learner_id = ? UNION SELECT learner_id FROM parent_link "
                  u"WHERE parent_id = ?) ORDER BY lower(last_name), lower(first_name), id"_s);
    query.addBindValue(personId);
    query.addBindValue(personId);
    if (!query.exec())
        return Error::file(query.lastError().text());
    QList<Person> people;
    while (query.next())
        people.append(fromRow(query));
    return people;
}

Status PersonStore::forEach(
        const Filter &filter,
        const std::function<void(const Person &, const QStringList &linked)> &visit) const
{
    // One query: each person with the user names linked to them, grouped in SQL. The WHERE
    // clause is made of fixed fragments; the user's text only ever goes into bound values.
    // The engines name the grouping differently, and only SQLite's LIKE ignores case.
    const bool server = Database::engineOf(m_db) == Engine::PostgreSQL;
    const QString joined =
            server ? u"string_agg(o.username, chr(10))"_s : u"group_concat(o.username, char(10))"_s;
    const QString like = server ? u"ILIKE"_s : u"LIKE"_s;
    QString sql = u"SELECT "_s + columns(u"p"_s) + u", (SELECT "_s + joined +
                  u" FROM parent_link k "
                  u" JOIN person o ON o.id = CASE WHEN k.parent_id = p.id THEN k.learner_id "
                  u"                              ELSE k.parent_id END "
                  u" WHERE k.parent_id = p.id OR k.learner_id = p.id) "
                  u"FROM person p WHERE 1 = 1"_s;
    QVariantList values;
    if (!filter.profile.isEmpty()) {
        sql += u" AND p.profile = ?"_s;
        values.append(filter.profile);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        sql += u" AND (p.first_name %1 ? ESCAPE '\\' OR p.last_name %1 ? ESCAPE '\\' "
               u"OR p.username %1 ? ESCAPE '\\' OR p.sync_key %1 ? ESCAPE '\\' "
               u"OR p.email %1 ? ESCAPE '\\' "
               u"OR (p.first_name || ' ' || p.last_name) %1 ? ESCAPE '\\')"_s.arg(like);
        for (int i = 0; i < 6; ++i)
            values.append(likePattern(search));
    }
    sql += u" ORDER BY p.last_name, p.first_name, p.username"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return Error::file(query.lastError().text());
    while (query.next()) {
        const QString linked = query.value(13).toString();
        QStringList names = linked.isEmpty() ? QStringList() : linked.split(u'\n');
        names.sort();
        visit(fromRow(query), names);
    }
    return success();
}

} // namespace Rollbook

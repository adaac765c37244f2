#include "personstore.h"

#include "db/audit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rollbook::PersonStore", text);
}

const QString personColumns = u"id, internal_id, sync_key, username, first_name, last_name, "
                              u"email, password, profile, created_at, updated_at"_s;

Person personFrom(const QSqlQuery &query, int offset = 0)
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
    return p;
}

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

} // namespace

PersonStore::PersonStore(const QSqlDatabase &db)
    : m_db(db)
{}

Result<std::optional<Person>> PersonStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + personColumns + u" FROM person WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error::file(query.lastError().text());
    if (!query.next())
        return std::optional<Person>();
    return std::optional<Person>(personFrom(query));
}

Result<Person> PersonStore::resolve(const QString &reference) const
{
    const QString wanted = reference.trimmed();
    if (wanted.isEmpty())
        return Error::usage(tr("No person was named."));
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + personColumns +
                  u" FROM person WHERE username = ? OR sync_key = ? OR internal_id = ?"
                  u" ORDER BY id"_s);
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    if (!query.exec())
        return Error::file(query.lastError().text());
    QList<Person> found;
    while (query.next())
        found.append(personFrom(query));
    if (found.isEmpty())
        return Error::invalid(tr("No one has the user name, synchronisation key or Internal "
                                 "person ID “%1”.")
                                      .arg(wanted));
    // A user name is the clearest name: it wins over the same text used as another's key.
    for (const Person &p : std::as_const(found)) {
        if (p.username == wanted)
            return p;
    }
    if (found.size() > 1)
        return Error::invalid(tr("“%1” is the synchronisation key of %2 and the Internal person "
                                 "ID of %3. Name the person by user name instead.")
                                      .arg(wanted, describe(found.at(0)), describe(found.at(1))));
    return found.first();
}

Status PersonStore::link(qint64 parentId, qint64 learnerId, const QString &actor)
{
    const auto parent = find(parentId);
    const auto learner = find(learnerId);
    if (!parent)
        return parent.error();
    if (!learner)
        return learner.error();
    if (!parent.value() || !learner.value())
        return Error::invalid(tr("That person is no longer in the database."));
    const Person &p = *parent.value();
    const Person &l = *learner.value();
    if (!p.isParent())
        return Error::invalid(tr("%1 is not a parent: only parents can be linked to a learner.")
                                      .arg(describe(p)));
    if (!l.isLearner())
        return Error::invalid(tr("%1 is not a learner: a parent can be linked only to a learner.")
                                      .arg(describe(l)));

    if (!m_db.transaction())
        return Error::file(m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO parent_link (parent_id, learner_id, created_by, created_at) "
                  u"VALUES (?, ?, 'manual', ?) ON CONFLICT DO NOTHING"_s);
    query.addBindValue(parentId);
    query.addBindValue(learnerId);
    query.addBindValue(timestampNow());
    if (!query.exec()) {
        const QString why = query.lastError().text();
        m_db.rollback();
        return Error::file(why);
    }
    if (query.numRowsAffected() == 0) {
        m_db.rollback();
        return Error::invalid(tr("%1 is already a parent of %2.").arg(describe(p), describe(l)));
    }
    const QJsonObject detail{{u"parent"_s, p.username}, {u"learner"_s, l.username}};
    if (auto recorded = Audit::record(m_db, actor, u"link"_s, l.username, detail, learnerId);
        !recorded) {
        m_db.rollback();
        return recorded;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error::file(why);
    }
    return success();
}

Status PersonStore::unlink(qint64 parentId, qint64 learnerId, const QString &actor)
{
    const auto parent = find(parentId);
    const auto learner = find(learnerId);
    if (!parent)
        return parent.error();
    if (!learner)
        return learner.error();
    if (!parent.value() || !learner.value())
        return Error::invalid(tr("That person is no longer in the database."));
    const Person &p = *parent.value();
    const Person &l = *learner.value();

    if (!m_db.transaction())
        return Error::file(m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM parent_link WHERE parent_id = ? AND learner_id = ?"_s);
    query.addBindValue(parentId);
    query.addBindValue(learnerId);
    if (!query.exec()) {
        const QString why = query.lastError().text();
        m_db.rollback();
        return Error::file(why);
    }
    if (query.numRowsAffected() == 0) {
        m_db.rollback();
        return Error::invalid(tr("%1 is not linked to %2.").arg(describe(p), describe(l)));
    }
    const QJsonObject detail{{u"parent"_s, p.username}, {u"learner"_s, l.username}};
    if (auto recorded = Audit::record(m_db, actor, u"unlink"_s, l.username, detail, learnerId);
        !recorded) {
        m_db.rollback();
        return recorded;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error::file(why);
    }
    return success();
}

Status PersonStore::forEach(
        const Filter &filter,
        const std::function<void(const Person &, const QStringList &linked)> &visit) const
{
    // One query: each person with the user names linked to them, grouped in SQL. The WHERE
    // clause is made of fixed fragments; the user's text only ever goes into bound values.
    QString sql = u"SELECT p.id, p.internal_id, p.sync_key, p.username, p.first_name, "
                  u"p.last_name, p.email, p.password, p.profile, p.created_at, p.updated_at, "
                  u"(SELECT group_concat(o.username, char(10)) FROM parent_link k "
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
        sql += u" AND (p.first_name LIKE ? ESCAPE '\\' OR p.last_name LIKE ? ESCAPE '\\' "
               u"OR p.username LIKE ? ESCAPE '\\' OR p.sync_key LIKE ? ESCAPE '\\' "
               u"OR p.email LIKE ? ESCAPE '\\' "
               u"OR (p.first_name || ' ' || p.last_name) LIKE ? ESCAPE '\\')"_s;
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
        const QString linked = query.value(11).toString();
        QStringList names = linked.isEmpty() ? QStringList() : linked.split(u'\n');
        names.sort();
        visit(personFrom(query), names);
    }
    return success();
}

} // namespace Rollbook

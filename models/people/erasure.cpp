#include "erasure.h"

#include "db/audit.h"
#include "db/backups.h"
#include "db/database.h"
#include "people/personstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Erasure {

namespace {

class ErasureText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Erasure)
};

Error sqlError(const QSqlQuery &query)
{
    return Error::file(query.lastError().text());
}

Result<std::optional<Person>> byUsername(const QSqlDatabase &db, const QString &username)
{
    QSqlQuery query(db);
    // The column list is PersonStore's own, never user text.
    query.prepare(u"SELECT %1 FROM person WHERE lower(username) = lower(?)"_s.arg(
            PersonStore::columns()));
    query.addBindValue(username.trimmed());
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<Person>();
    return std::optional<Person>(PersonStore::fromRow(query));
}

// The values that name the people: their user names, e-mail addresses, synchronisation keys and
// internal IDs, now and as the undo records and audit rows of `db` knew them before.
struct Identifiers
{
    QSet<QString> usernames; // lower-cased
    QSet<QString> values;    // every identifying value, lower-cased
};

void add(QSet<QString> &set, const QString &value)
{
    if (!value.trimmed().isEmpty())
        set.insert(value.trimmed().toLower());
}

Status collect(const QSqlDatabase &db, const QList<qint64> &ids, Identifiers &known)
{
    const QStringList tables = db.tables();
    QStringList sources{
            u"SELECT username, email, sync_key, internal_id FROM person WHERE id = ?"_s};
    if (tables.contains(u"import_person_before"_s))
        sources.append(u"SELECT username, email, sync_key, internal_id FROM import_person_before "
                       u"WHERE person_id = ?"_s);
    if (tables.contains(u"import_person_removed"_s))
        sources.append(u"SELECT username, email, sync_key, internal_id FROM "
                       u"import_person_removed WHERE person_id = ?"_s);
    for (const QString &sql : std::as_const(sources)) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const qint64 id : ids) {
            query.addBindValue(id);
            if (!query.exec())
                return sqlError(query);
            while (query.next()) {
                add(known.usernames, query.value(0).toString());
                for (int column = 0; column < 4; ++column)
                    add(known.values, query.value(column).toString());
            }
        }
    }
    // What an edit by hand changed: the values before and after, of the same person.
    QSqlQuery edits(db);
    edits.prepare(u"SELECT detail FROM audit WHERE person_id = ? AND action = 'edit'"_s);
    for (const qint64 id : ids) {
        edits.addBindValue(id);
        if (!edits.exec())
            return sqlError(edits);
        while (edits.next()) {
            const QJsonObject detail =
                    QJsonDocument::fromJson(edits.value(0).toString().toUtf8()).object();
            for (const QString &field : {u"username"_s, u"email"_s, u"sync_key"_s}) {
                const QJsonObject change = detail.value(field).toObject();
                for (const QString &side : {u"before"_s, u"after"_s}) {
                    add(known.values, change.value(side).toString());
                    if (field == u"username")
                        add(known.usernames, change.value(side).toString());
                }
            }
        }
    }
    return success();
}

bool mentions(const QJsonValue &value, const QSet<QString> &values)
{
    if (value.isString())
        return values.contains(value.toString().trimmed().toLower());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (mentions(it.value(), values))
                return true;
        }
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (mentions(item, values))
                return true;
        }
    }
    return false;
}

// Erases the people `ids` from `db`. In a backup (`checkNames`), an id is theirs only when the
// row there has one of their user names: ids of deleted rows can be given again later.
Result<Erased> eraseIn(QSqlDatabase &db, const QList<qint64> &candidates, Identifiers known,
                       bool checkNames)
{
    const QStringList tables = db.tables();
    QList<qint64> ids;
    if (!checkNames) {
        ids = candidates;
    } else {
        QSqlQuery row(db);
        for (const qint64 id : candidates) {
            bool theirs = false;
            for (const QString &table :
                 {u"person"_s, u"import_person_before"_s, u"import_person_removed"_s}) {
                if (!tables.contains(table))
                    continue;
                // The table's name is one of the three above, never user text.
                row.prepare(u"SELECT username FROM %1 WHERE %2 = ?"_s.arg(
                        table, table == u"person" ? u"id"_s : u"person_id"_s));
                row.addBindValue(id);
                if (!row.exec())
                    return sqlError(row);
                while (row.next())
                    theirs = theirs || known.usernames.contains(row.value(0).toString().toLower());
            }
            if (theirs)
                ids.append(id);
        }
    }
    if (auto collected = collect(db, ids, known); !collected)
        return collected.error();

    Erased erased;
    const auto run = [&db](const QString &sql, qint64 id, int bindings) -> Result<int> {
        QSqlQuery query(db);
        query.prepare(sql);
        for (int i = 0; i < bindings; ++i)
            query.addBindValue(id);
        if (!query.exec())
            return sqlError(query);
        return query.numRowsAffected();
    };
    struct Undo
    {
        QString table;
        QString sql;
        int bindings;
    };
    const QList<Undo> undo = {
            {u"import_person_before"_s, u"DELETE FROM import_person_before WHERE person_id = ?"_s,
             1},
            {u"import_person_removed"_s, u"DELETE FROM import_person_removed WHERE person_id = ?"_s,
             1},
            {u"import_person_claim"_s, u"DELETE FROM import_person_claim WHERE person_id = ?"_s, 1},
            {u"import_link_removed"_s,
             u"DELETE FROM import_link_removed WHERE parent_id = ? OR learner_id = ?"_s, 2},
            {u"import_link_claim"_s,
             u"DELETE FROM import_link_claim WHERE parent_id = ? OR learner_id = ?"_s, 2}};
    for (const qint64 id : std::as_const(ids)) {
        const auto links =
                run(u"DELETE FROM parent_link WHERE parent_id = ? OR learner_id = ?"_s, id, 2);
        if (!links)
            return links.error();
        erased.links += links.value();
        for (const Undo &record : undo) {
            if (!tables.contains(record.table))
                continue;
            const auto removed = run(record.sql, id, record.bindings);
            if (!removed)
                return removed.error();
            erased.undoRecords += removed.value();
        }
        const auto person = run(u"DELETE FROM person WHERE id = ?"_s, id, 1);
        if (!person)
            return person.error();
        erased.people += person.value();
    }

    // The audit rows that name them: kept (when, who, what was done), their subject replaced
    // by the marker and their detail emptied.
    const QSet<qint64> idSet(ids.cbegin(), ids.cend());
    QSqlQuery audit(db);
    audit.prepare(u"SELECT id, person_id, subject, detail FROM audit WHERE subject <> ?"_s);
    audit.addBindValue(QString::fromLatin1(erasedMarker));
    if (!audit.exec())
        return sqlError(audit);
    QList<qint64> naming;
    while (audit.next()) {
        const bool byId = !audit.value(1).isNull() && idSet.contains(audit.value(1).toLongLong());
        const bool bySubject = known.usernames.contains(audit.value(2).toString().toLower());
        const bool byDetail = mentions(
                QJsonDocument::fromJson(audit.value(3).toString().toUtf8()).object(), known.values);
        if (byId || bySubject || byDetail)
            naming.append(audit.value(0).toLongLong());
    }
    audit.finish();
    QSqlQuery neutral(db);
    neutral.prepare(
            u"UPDATE audit SET person_id = NULL, subject = ?, detail = '{}' WHERE id = ?"_s);
    for (const qint64 row : std::as_const(naming)) {
        neutral.addBindValue(QString::fromLatin1(erasedMarker));
        neutral.addBindValue(row);
        if (!neutral.exec())
            return sqlError(neutral);
        ++erased.auditRows;
    }
    return erased;
}

} // namespace

Result<Plan> plan(const QSqlDatabase &db, const QStringList &usernames)
{
    Plan planned;
    QSet<qint64> chosen;
    for (const QString &username : usernames) {
        const auto found = byUsername(db, username);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::invalid(ErasureText::tr("There is nobody with the user name “%1”. "
                                                  "Nothing was erased.")
                                          .arg(username.trimmed()));
        if (chosen.contains(found.value()->id))
            continue;
        chosen.insert(found.value()->id);
        planned.people.append(*found.value());
    }
    // Parents whose every child is being erased.
    const PersonStore store(db);
    QSet<qint64> considered;
    for (const Person &person : std::as_const(planned.people)) {
        if (!person.isLearner())
            continue;
        const auto parents = store.linkedTo(person.id);
        if (!parents)
            return parents.error();
        for (const Person &parent : parents.value()) {
            if (chosen.contains(parent.id) || considered.contains(parent.id))
                continue;
            considered.insert(parent.id);
            const auto children = store.linkedTo(parent.id);
            if (!children)
                return children.error();
            const bool orphaned = std::all_of(
                    children->cbegin(), children->cend(),
                    [&chosen](const Person &child) { return chosen.contains(child.id); });
            if (orphaned) {
                planned.orphanedParents.append(parent);
                planned.childrenOf.append(children.value());
            }
        }
    }
    return planned;
}

Result<Erased> erase(QSqlDatabase &db, const QList<Person> &people, const QString &actor)
{
    QList<qint64> ids;
    for (const Person &person : people)
        ids.append(person.id);
    Identifiers known;
    if (auto collected = collect(db, ids, known); !collected)
        return collected.error();
    const bool onServer = Database::engineOf(db) == Engine::PostgreSQL;

    // Every backup first, in copies: one that cannot be changed stops everything.
    std::optional<Backups::Rewrite> backups;
    if (!onServer && !ids.isEmpty()) {
        auto prepared =
                Backups::Rewrite::prepare(db.databaseName(), [&](QSqlDatabase &backup) -> Status {
                    if (auto done = eraseIn(backup, ids, known, true); !done)
                        return done.error();
                    return success();
                });
        if (!prepared)
            return prepared.error();
        backups.emplace(std::move(prepared).value());
    }

    if (!db.transaction())
        return Error::file(db.lastError().text());
    auto erased = eraseIn(db, ids, known, false);
    if (!erased) {
        db.rollback();
        return erased.error();
    }
    erased->onServer = onServer;
    erased->backups = backups ? backups->count() : 0;
    // How many, never who.
    const QJsonObject detail{{u"people"_s, erased->people},
                             {u"links"_s, erased->links},
                             {u"undo_records"_s, erased->undoRecords},
                             {u"audit_rows"_s, erased->auditRows},
                             {u"backups"_s, int(erased->backups)}};
    if (auto recorded =
                Audit::record(db, actor, u"erase"_s, QString::fromLatin1(erasedMarker), detail);
        !recorded) {
        db.rollback();
        return recorded.error();
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    if (!onServer)
        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (backups) {
        if (auto replaced = backups->replace(); !replaced)
            return replaced.error();
    }
    return erased;
}

QString summary(const Erased &erased)
{
    QString text = ErasureText::tr("Erased %n people.", nullptr, erased.people) + u' ' +
                   ErasureText::tr("Their links removed: %n; undo records and import history: "
                                   "%1; audit rows made anonymous: %2.",
                                   nullptr, erased.links)
                           .arg(erased.undoRecords)
                           .arg(erased.auditRows);
    if (erased.onServer)
        text += u' ' +
                ErasureText::tr("The database is on a server, where Rollbook keeps no copies of "
                                "it; the server's own backups are its administrator's.");
    else if (erased.backups > 0)
        text += u' ' + ErasureText::tr("%n backups beside the database were rewritten without "
                                       "them.",
                                       nullptr, int(erased.backups));
    return text;
}

} // namespace Rollbook::Erasure

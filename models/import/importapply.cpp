#include "db/audit.h"
#include "db/database.h"
#include "import/importsql.h"
#include "importer.h"
#include "people/password.h"
#include "settings/settingsstore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

// What an import writes: the batch record, the people and the links, in the transaction the
// checks ran in.

namespace Rollbook {

using namespace ImportSql;

Result<qint64> Importer::insertBatch(const QString &sha256)
{
    QJsonObject mapping;
    for (int column = 0; column < m_headers.size(); ++column)
        mapping.insert(m_headers.at(column), Fields::key(m_mapping.value(column)));
    const QJsonObject options{
            {u"mode"_s, importModeKey(m_plan.mode)},
            {u"fill_passwords"_s, m_plan.fillPasswords},
            {u"skip_errors"_s, m_plan.skipErrors},
            {u"encoding"_s, m_plan.encoding},
            {u"delimiter"_s, m_plan.delimiter},
            {u"make_guardian_usernames"_s, m_plan.makeGuardianUsernames},
            {u"guardian_username_rule"_s, guardianUsernameRuleKey(m_plan.guardianUsernameRule)},
            {u"derive_sync_keys"_s, m_plan.deriveParentSyncKeys}};
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO import_batch (file_name, sha256, profile, mapping, sync_field, "
                  u"matching_field, options, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(QFileInfo(m_plan.filePath).fileName());
    query.addBindValue(sha256);
    const Profile profile = m_pass.batchProfile.value_or(m_plan.profile);
    query.addBindValue(profileKey(profile));
    query.addBindValue(QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    const bool parents = profile == Profile::Parent;
    query.addBindValue(parents ? QVariant(m_plan.syncField) : QVariant());
    query.addBindValue(parents ? QVariant(matchFieldKey(m_plan.matchField)) : QVariant());
    query.addBindValue(QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
    query.addBindValue(timestampNow());
    if (!query.exec())
        return sqlError(query);
    return query.lastInsertId().toLongLong();
}

Status Importer::apply(qint64 batchId, ImportCounts &counts)
{
    const QString now = timestampNow();
    const QString profile = profileKey(m_plan.profile);
    const QString rows = u"import_staging s JOIN import_match m ON m.line = s.line"_s;

    // Existing people: compared with the first row that names them; empty cells keep what the
    // database has. Nothing is changed by an import that only adds.
    if (m_plan.mode != ImportMode::Add) {
        Status done =
                run(u"UPDATE import_match SET changed = TRUE WHERE line IN (SELECT s.line FROM "_s +
                    rows +
                    u" JOIN person p ON p.id = m.person_id WHERE s.ok"
                    u" AND NOT EXISTS (SELECT 1 FROM import_match e JOIN import_staging t"
                    u"  ON t.line = e.line WHERE e.person_id = m.person_id AND t.ok"
                    u"  AND e.line < m.line)"
                    u" AND (p.first_name <> s.first_name OR p.last_name <> s.last_name"
                    u"  OR p.username <> s.username"
                    u"  OR (s.sync_key <> '' AND coalesce(p.sync_key, '') <> s.sync_key)"
                    u"  OR (s.internal_id <> '' AND coalesce(p.internal_id, '') <> "
                    u"s.internal_id)"
                    u"  OR (s.email <> '' AND coalesce(p.email, '') <> s.email)"
                    u"  OR (s.password <> '' AND coalesce(p.password, '') <> s.password)))"_s);
        if (!done)
            return done;
        // On a server another administrator may save one of these people while this import
        // runs: their rows are locked from here to the commit, so that such a save waits and
        // is then refused as changed (its version has moved on) instead of slipping in between
        // the values kept for undo and the update. On SQLite this transaction already holds
        // the only write lock.
        if (Database::engineOf(m_db) == Engine::PostgreSQL) {
            done = run(u"SELECT p.id FROM person p WHERE p.id IN "
                       u"(SELECT person_id FROM import_match WHERE changed) FOR UPDATE"_s);
            if (!done)
                return done;
        }
        done = run(u"INSERT INTO import_person_before (batch_id, person_id, internal_id, "
                   u"sync_key, username, first_name, last_name, email, password, updated_at, "
                   u"version) "
                   u"SELECT ?, p.id, p.internal_id, p.sync_key, p.username, p.first_name, "
                   u"p.last_name, p.email, p.password, p.updated_at, p.version FROM person p "
                   u"WHERE p.id IN (SELECT person_id FROM import_match WHERE changed)"_s,
                   {batchId});
        if (!done)
            return done;
        done = run(u"UPDATE person SET first_name = c.first_name, last_name = c.last_name, "
                   u"username = c.username, "
                   u"sync_key = coalesce(nullif(c.sync_key, ''), person.sync_key), "
                   u"internal_id = coalesce(nullif(c.internal_id, ''), person.internal_id), "
                   u"email = coalesce(nullif(c.email, ''), person.email), "
                   u"password = coalesce(nullif(c.password, ''), person.password), "
                   u"updated_at = ?, version = person.version + 1, updated_by = ? "
                   u"FROM (SELECT s.*, m.person_id FROM "_s +
                           rows + u" WHERE m.changed) AS c WHERE person.id = c.person_id"_s,
                   {now, Audit::currentActor()}, &counts.updated);
        if (!done)
            return done;
    }
    QSqlQuery matched(m_db);
    if (!matched.exec(tables(u"SELECT count(DISTINCT m.person_id) FROM "_s + rows +
                             u" WHERE s.ok AND m.person_id IS NOT NULL"_s)) ||
        !matched.next())
        return sqlError(matched);
    counts.unchanged = matched.value(0).toLongLong() - counts.updated;
    // Everyone this import matched, changed or not, is its claim: an earlier import that
    // created or changed them cannot be undone while this one is in force.
    if (Status done = run(u"INSERT INTO import_person_claim (person_id, batch_id) "
                          u"SELECT d.person_id, ? FROM (SELECT DISTINCT m.person_id FROM "_s +
                                  rows +
                                  u" WHERE s.ok AND m.person_id IS NOT NULL) AS d WHERE TRUE "
                                  u"ON CONFLICT DO NOTHING"_s,
                          {batchId});
        !done)
        return done;
    step(u"write: changed people"_s);

    // New people: one per user name, from the first row that names them. Nobody is added by
    // an import that only updates.
    if (m_plan.mode != ImportMode::Update) {
        Status done =
                run(u"INSERT INTO person (internal_id, sync_key, username, first_name, last_name, "
                    u"email, password, profile, created_at, updated_at, batch_id, updated_by) "
                    u"SELECT nullif(s.internal_id, ''), nullif(s.sync_key, ''), s.username, "
                    u"s.first_name, s.last_name, nullif(s.email, ''), nullif(s.password, ''), "
                    u"?, ?, ?, ?, ? FROM "_s +
                            rows + u" WHERE s.ok AND m.person_id IS NULL"_s +
                            // Only a user name on several rows needs its first row found.
                            (m_repeatedUsernames
                                     ? u" AND NOT EXISTS (SELECT 1 FROM import_staging t WHERE "
                                       u"t.username = s.username AND t.ok AND t.line < s.line)"_s
                                     : QString()) +
                            u" ORDER BY s.line"_s,
                    {profile, now, now, batchId, Audit::currentActor()}, &counts.created);
        if (!done)
            return done;
        step(u"write: new people"_s);
    }

    if (m_plan.fillPasswords) {
        QList<qint64> ids;
        Status done =
                each(u"SELECT id FROM person WHERE batch_id = ? AND password IS NULL"_s, {batchId},
                     [&](const QSqlQuery &q) { ids.append(q.value(0).toLongLong()); });
        if (!done)
            return done;
        const PasswordPolicy policy = SettingsStore(m_db).passwordPolicy();
        QSqlQuery update(m_db);
        // Only people this import created: their version stays the first.
        update.prepare(u"UPDATE person SET password = ? WHERE id = ?"_s);
        for (qint64 id : std::as_const(ids)) {
            update.addBindValue(Passwords::generate(policy.length, policy.symbols));
            update.addBindValue(id);
            if (!update.exec())
                return sqlError(update);
        }
        step(u"write: passwords"_s);
    }

    if (m_plan.profile != Profile::Parent)
        return success();
    if (m_plan.deriveParentSyncKeys) {
        if (auto derived = deriveSyncKeys(batchId); !derived)
            return derived;
    }
    // A link this import names that an earlier import made is its claim: undoing that one
    // keeps the link for this one. Only a matched parent can have a link already. (WHERE
    // TRUE: SQLite would read ON CONFLICT as the join's condition without a WHERE.)
    if (Status done =
                run(u"INSERT INTO import_link_claim (parent_id, learner_id, batch_id) "
                    u"SELECT d.parent_id, d.learner_id, ? FROM (SELECT DISTINCT "
                    u"k.parent_id, k.learner_id FROM "_s +
                            rows +
                            u" JOIN parent_link k ON k.parent_id = m.person_id "
                            u"AND k.learner_id = m.child_id WHERE s.ok "
                            u"AND k.batch_id IS NOT NULL AND k.batch_id <> ?) AS d WHERE TRUE "
                            u"ON CONFLICT DO NOTHING"_s,
                    {batchId, batchId});
        !done)
        return done;
    // Links: one per parent and child, whatever the number of rows that name them. A parent
    // this import created is found by user name.
    return run(u"INSERT INTO parent_link (parent_id, learner_id, batch_id, created_by, "
               u"created_at) SELECT l.parent, l.child_id, ?, 'batch', ? FROM "
               u"(SELECT coalesce(m.person_id, p.id) AS parent, m.child_id FROM "_s +
                       rows +
                       u" LEFT JOIN person p ON m.person_id IS NULL AND p.username = s.username"
                       u" WHERE s.ok AND m.child_id IS NOT NULL) AS l WHERE l.parent IS NOT NULL "
                       u"ON CONFLICT DO NOTHING"_s,
               {batchId, now}, &counts.links);
}

Status Importer::finishBatch(qint64 batchId, const ImportCounts &counts)
{
    const QJsonObject json{{u"rows"_s, counts.rows},        {u"created"_s, counts.created},
                           {u"updated"_s, counts.updated},  {u"unchanged"_s, counts.unchanged},
                           {u"links"_s, counts.links},      {u"errors"_s, counts.errors},
                           {u"warnings"_s, counts.warnings}};
    return run(u"UPDATE import_batch SET counts = ? WHERE id = ?"_s,
               {QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)), batchId});
}

Status Importer::deriveSyncKeys(qint64 batchId)
{
    // The parents of this import without a key: made now, or matched.
    QList<std::pair<qint64, QString>> parents;
    Status done = each(u"SELECT p.id, p.username FROM person p WHERE p.sync_key IS NULL AND "
                       u"p.profile = 'parent' AND (p.batch_id = ? OR p.id IN (SELECT m.person_id "
                       u"FROM import_match m JOIN import_staging s ON s.line = m.line "
                       u"WHERE s.ok)) ORDER BY p.id"_s,
                       {batchId}, [&](const QSqlQuery &q) {
                           parents.append({q.value(0).toLongLong(), q.value(1).toString()});
                       });
    if (!done)
        return done;
    if (parents.isEmpty())
        return success();
    // The keys are made here (SHA-256 is no SQL function) and written by a few set-based
    // statements from a temporary table, a server's round trip for many rows at once.
    const QString keys = temporary(u"import_match_keys"_s);
    if (auto made = run(u"DROP TABLE IF EXISTS "_s + keys); !made)
        return made;
    if (auto made = run(u"CREATE TEMP TABLE import_match_keys (person_id BIGINT PRIMARY KEY, "
                        u"sync_key TEXT NOT NULL, bump BOOLEAN NOT NULL DEFAULT FALSE)"_s);
        !made)
        return made;
    if (Database::engineOf(m_db) == Engine::PostgreSQL) {
        // A server is a round trip away: many rows to a statement.
        constexpr qsizetype rowsPerStatement = 250;
        for (qsizetype first = 0; first < parents.size(); first += rowsPerStatement) {
            const qsizetype rows = std::min(rowsPerStatement, parents.size() - first);
            QVariantList values;
            values.reserve(rows * 2);
            for (qsizetype i = first; i < first + rows; ++i) {
                values.append(parents.at(i).first);
                values.append(derivedSyncKey(parents.at(i).second));
            }
            done = run(u"INSERT INTO import_match_keys (person_id, sync_key) VALUES "_s +
                               valuesPlaceholders(rows, 2),
                       values);
            if (!done)
                return done;
        }
    } else {
        // SQLite binds named values to one prepared statement fastest, as for staging.
        QSqlQuery insert(m_db);
        if (!insert.prepare(tables(u"INSERT INTO import_match_keys (person_id, sync_key) "
                                   u"VALUES (:id, :key)"_s)))
            return sqlError(insert);
        for (const auto &[id, username] : std::as_const(parents)) {
            insert.bindValue(u":id"_s, id);
            insert.bindValue(u":key"_s, derivedSyncKey(username));
            if (!insert.exec())
                return sqlError(insert);
        }
    }
    // A parent the import had left unchanged is changed now: kept for undo, and a new version,
    // as for any change. One the import created or changed already has both.
    done = run(u"UPDATE import_match_keys SET bump = TRUE WHERE person_id IN (SELECT p.id FROM "
               u"person p WHERE coalesce(p.batch_id, 0) <> ? AND NOT EXISTS (SELECT 1 FROM "
               u"import_person_before b WHERE b.batch_id = ? AND b.person_id = p.id))"_s,
               {batchId, batchId});
    if (done)
        done = run(u"INSERT INTO import_person_before (batch_id, person_id, internal_id, "
                   u"sync_key, username, first_name, last_name, email, password, updated_at, "
                   u"version) SELECT ?, p.id, p.internal_id, p.sync_key, p.username, "
                   u"p.first_name, p.last_name, p.email, p.password, p.updated_at, p.version "
                   u"FROM person p JOIN import_match_keys k ON k.person_id = p.id WHERE k.bump"_s,
                   {batchId});
    if (done)
        done = run(u"UPDATE person SET sync_key = k.sync_key, "
                   u"version = person.version + CASE WHEN k.bump THEN 1 ELSE 0 END, "
                   u"updated_at = CASE WHEN k.bump THEN ? ELSE person.updated_at END, "
                   u"updated_by = CASE WHEN k.bump THEN ? ELSE person.updated_by END "
                   u"FROM import_match_keys k WHERE person.id = k.person_id"_s,
                   {timestampNow(), Audit::currentActor()});
    return done; // the table goes with the importer's other temporary tables
}

QString derivedSyncKey(const QString &username)
{
    const QByteArray hash = QCryptographicHash::hash(username.trimmed().toLower().toUtf8(),
                                                     QCryptographicHash::Sha256);
    return u"P-"_s + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace Rollbook

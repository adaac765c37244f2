#include "db/database.h"
#include "import/importsql.h"
#include "importer.h"

using namespace Qt::Literals::StringLiterals;

// The checks of an import (DESIGN §3), each a few set-based queries over the staged rows that
// add problems and mark the rows with errors.

namespace Rollbook {

using namespace ImportSql;

Status Importer::checkDuplicatesInFile()
{
    // One user name, sync key or internal ID for two different people: an error on each row.
    // Rows of one person (a parent with several children) agree on name and keys.
    // A guardian beside several learners must be written the same way each time, e-mail
    // address included.
    const QString identity =
            u"first_name || '\x1f' || last_name || '\x1f' || sync_key || '\x1f' || internal_id"_s +
            (m_pass.guardians ? u" || '\x1f' || email"_s : QString());
    struct Rule
    {
        QString column;
        QString distinct;
        Field field;
    };
    const QList<Rule> rules = {
            {u"username"_s, identity, Field::Username},
            {u"sync_key"_s, u"username"_s, Field::SyncKey},
            {u"internal_id"_s, u"username"_s, Field::InternalId},
    };
    for (const Rule &rule : rules) {
        if (!m_columnOf.contains(rule.field))
            continue;
        // Column names come from the fixed list above, never from the file. Values used on
        // more than one row come from the index alone; only those are compared in full.
        bool repeated = false;
        if (auto done = each(u"SELECT 1 FROM import_staging WHERE %1 <> '' GROUP BY %1 "
                             u"HAVING count(*) > 1 LIMIT 1"_s.arg(rule.column),
                             {}, [&](const QSqlQuery &) { repeated = true; });
            !done)
            return done;
        if (rule.field == Field::Username)
            m_repeatedUsernames = repeated;
        if (!repeated)
            continue;
        QHash<QString, QList<qint64>> linesOf;
        const QString sql =
                u"SELECT line, %1 FROM import_staging WHERE ok AND %1 IN ("
                u" SELECT %1 FROM import_staging WHERE ok AND %1 <> '' GROUP BY %1"
                u" HAVING count(DISTINCT %2) > 1) ORDER BY line"_s.arg(rule.column, rule.distinct);
        if (auto done = each(sql, {},
                             [&](const QSqlQuery &q) {
                                 linesOf[q.value(1).toString()].append(q.value(0).toLongLong());
                             });
            !done)
            return done;
        for (auto it = linesOf.cbegin(); it != linesOf.cend(); ++it) {
            for (qint64 key : it.value()) {
                QList<qint64> others;
                for (qint64 other : it.value()) {
                    if (other != key)
                        others.append(other / m_pass.keysPerLine);
                }
                const QString message =
                        m_pass.guardians && rule.field == Field::Username
                                ? ImporterText::tr(
                                          "The guardian “%1” is written with other names, keys or "
                                          "e-mail addresses on line %2. A guardian beside "
                                          "several learners must be written the same way each "
                                          "time.")
                                          .arg(it.key(), linesText(others))
                                : ImporterText::tr(
                                          "The %1 “%2” is used by two different people in this "
                                          "file (also on line %3). It must belong to one person "
                                          "only.")
                                          .arg(PersonRules::fieldWords(rule.field), it.key(),
                                               linesText(others));
                error(key, header(rule.field), ProblemCode::DuplicateInFile, message);
            }
        }
    }
    return markRowsWithErrors();
}

Status Importer::matchExistingPeople()
{
    // Each row's person: by synchronisation key first, else by user name (DESIGN §3); and for
    // a parent, the learner the child reference names. Built once, in line order, so that the
    // staged rows are never rewritten.
    const QString byKey = m_columnOf.contains(Field::SyncKey)
                                  ? u"(SELECT p.id FROM person p WHERE s.sync_key <> '' AND "
                                    u"p.sync_key = s.sync_key)"_s
                                  : u"NULL"_s;
    QString child = u"NULL"_s;
    if (m_pass.guardians)
        // The learner on the same line, as the learners' pass imported them.
        child = u"(SELECT w.learner_id FROM import_wide_child w WHERE w.line = s.line / %1)"_s.arg(
                m_pass.keysPerLine);
    else if (m_plan.profile == Profile::Parent && m_childColumn >= 0)
        child = u"(SELECT p.id FROM person p WHERE s.child_ref <> '' AND "
                u"p.profile = 'learner' AND p.%1 = s.child_ref)"_s.arg(
                        childColumnSql(m_plan.matchField));
    if (auto done = run(u"DROP TABLE IF EXISTS "_s + temporary(u"import_match"_s)); !done)
        return done;
    if (auto done = run(u"CREATE TEMP TABLE import_match (line INTEGER PRIMARY KEY, "
                        u"person_id BIGINT, child_id BIGINT, "
                        u"changed BOOLEAN NOT NULL DEFAULT FALSE)"_s);
        !done)
        return done;
    if (auto done = run(u"INSERT INTO import_match (line, person_id, child_id) "
                        u"SELECT s.line, coalesce(%1, (SELECT p.id FROM person p "
                        u"WHERE p.username = s.username)), %2 "
                        u"FROM import_staging s WHERE s.ok ORDER BY s.line"_s.arg(byKey, child));
        !done)
        return done;
    if (auto done = run(u"CREATE INDEX %1 ON import_match (person_id)"_s.arg(
                indexName(u"import_match_person"_s)));
        !done)
        return done;
    return analyze(u"import_match"_s);
}

Status Importer::analyze(const QString &table)
{
    // PostgreSQL's planner knows nothing of a temporary table until it is analysed (autovacuum
    // never sees one), and would join a school's rows as if they were a handful. SQLite plans
    // well enough from its indexes.
    if (Database::engineOf(m_db) != Engine::PostgreSQL)
        return success();
    return run(u"ANALYZE "_s + temporary(table));
}

Status Importer::checkClashesWithDatabase()
{
    const QString userColumn = header(Field::Username);
    const QString rows = u"import_staging s JOIN import_match m ON m.line = s.line "_s;
    Status done = each(
            u"SELECT s.line, s.username, o.first_name, o.last_name FROM "_s + rows +
                    u"JOIN person o ON o.username = s.username "
                    u"WHERE s.ok AND m.person_id IS NOT NULL AND o.id <> m.person_id "
                    u"ORDER BY s.line"_s,
            {}, [&](const QSqlQuery &q) {
                error(q.value(0).toLongLong(), userColumn, ProblemCode::ClashWithDatabase,
                      ImporterText::tr(
                              "The user name “%1” already belongs to someone else in the database "
                              "(%2 %3).")
                              .arg(q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString()));
            });
    if (!done)
        return done;
    if (m_columnOf.contains(Field::SyncKey)) {
        done = each(u"SELECT s.line, s.username, p.sync_key, s.sync_key FROM "_s + rows +
                            u"JOIN person p ON p.id = m.person_id WHERE s.ok "
                            u"AND s.sync_key <> '' AND coalesce(p.sync_key, '') <> '' "
                            u"AND p.sync_key <> s.sync_key ORDER BY s.line"_s,
                    {}, [&](const QSqlQuery &q) {
                        error(q.value(0).toLongLong(), header(Field::SyncKey),
                              ProblemCode::ClashWithDatabase,
                              ImporterText::tr(
                                      "In the database, “%1” has the synchronisation key “%2”, "
                                      "but this row gives “%3”. One of them belongs to another "
                                      "person.")
                                      .arg(q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString()));
                    });
        if (!done)
            return done;
    }
    if (m_columnOf.contains(Field::InternalId)) {
        done = each(
                u"SELECT s.line, s.internal_id, o.username FROM "_s + rows +
                        u"JOIN person o ON o.internal_id = s.internal_id "
                        u"WHERE s.ok AND s.internal_id <> '' "
                        u"AND (m.person_id IS NULL OR o.id <> m.person_id) "
                        u"ORDER BY s.line"_s,
                {}, [&](const QSqlQuery &q) {
                    error(q.value(0).toLongLong(), header(Field::InternalId),
                          ProblemCode::ClashWithDatabase,
                          ImporterText::tr("The Internal person ID “%1” already belongs to “%2” in "
                                           "the database.")
                                  .arg(q.value(1).toString(), q.value(2).toString()));
                });
        if (!done)
            return done;
    }
    const QString profile = profileKey(m_plan.profile);
    done = each(u"SELECT s.line, s.username, p.profile FROM "_s + rows +
                        u"JOIN person p ON p.id = m.person_id WHERE s.ok AND p.profile <> ? "
                        u"ORDER BY s.line"_s,
                {profile}, [&](const QSqlQuery &q) {
                    error(q.value(0).toLongLong(), userColumn, ProblemCode::WrongProfile,
                          ImporterText::tr(
                                  "“%1” is a %2 in the database; a %3 import cannot change them.")
                                  .arg(q.value(1).toString(), q.value(2).toString(), profile));
                });
    if (!done)
        return done;
    return markRowsWithErrors();
}

Status Importer::checkChildReferences()
{
    if (m_pass.guardians) {
        // A guardian whose learner is not imported (a row with errors, or a learner an update
        // leaves out) is not imported either: there is nobody to link them to.
        Status done = each(
                u"SELECT s.line FROM import_staging s JOIN import_match m ON m.line = s.line "
                u"WHERE s.ok AND m.child_id IS NULL ORDER BY s.line"_s,
                {}, [&](const QSqlQuery &q) {
                    const qint64 key = q.value(0).toLongLong();
                    m_errorKeys.insert(key);
                    if (!m_pass.learnerErrorLines.contains(key / m_pass.keysPerLine))
                        warning(key, QString(), ProblemCode::EmptyChildReference,
                                ImporterText::tr("The learner on this line is not imported, so "
                                                 "this guardian is not imported either."));
                });
        if (!done)
            return done;
        return markRowsWithErrors();
    }
    if (m_plan.profile != Profile::Parent || m_childColumn < 0)
        return success();
    const QString words = matchFieldWords(m_plan.matchField);
    Status done =
            each(u"SELECT s.line, s.child_ref FROM import_staging s "
                 u"JOIN import_match m ON m.line = s.line "
                 u"WHERE s.ok AND s.child_ref <> '' AND m.child_id IS NULL "
                 u"ORDER BY s.line"_s,
                 {}, [&](const QSqlQuery &q) {
                     error(q.value(0).toLongLong(), m_plan.syncField, ProblemCode::UnknownChild,
                           ImporterText::tr("No learner has %1 %2. Import the children first, or "
                                            "check the Matching synchronisation field for child.")
                                   .arg(words, q.value(1).toString()));
                 });
    if (!done)
        return done;
    done = each(
            u"SELECT line FROM import_staging WHERE ok AND child_ref = '' "
            u"ORDER BY line"_s,
            {}, [&](const QSqlQuery &q) {
                warning(q.value(0).toLongLong(), m_plan.syncField, ProblemCode::EmptyChildReference,
                        ImporterText::tr("No child is given, so this parent is imported without a "
                                         "child."));
            });
    if (!done)
        return done;
    return markRowsWithErrors();
}

Status Importer::checkMode()
{
    if (m_plan.mode == ImportMode::AddAndUpdate)
        return success();
    const bool addOnly = m_plan.mode == ImportMode::Add;
    return each(
            u"SELECT s.line, s.username FROM import_staging s "
            u"JOIN import_match m ON m.line = s.line WHERE s.ok AND m.person_id IS %1 "
            u"ORDER BY s.line"_s.arg(addOnly ? u"NOT NULL"_s : u"NULL"_s),
            {}, [&](const QSqlQuery &q) {
                warning(q.value(0).toLongLong(), header(Field::Username),
                        addOnly ? ProblemCode::NotUpdated : ProblemCode::NotAdded,
                        (addOnly ? ImporterText::tr("“%1” is already in the database and is not "
                                                    "changed: this import only adds new users.")
                                 : ImporterText::tr("“%1” is not in the database and is not added: "
                                                    "this import only updates existing users."))
                                .arg(q.value(1).toString()));
            });
}

Status Importer::markRowsWithErrors()
{
    QSqlQuery query(m_db);
    query.prepare(tables(u"UPDATE import_staging SET ok = FALSE WHERE line = ? AND ok"_s));
    for (qint64 key : std::as_const(m_errorKeys)) {
        query.addBindValue(key);
        if (!query.exec())
            return sqlError(query);
    }
    return success();
}

Status Importer::checkParentSyncKeys()
{
    // The platform: "A synchronisation key is mandatory for automatic connection". A parent
    // without one is matched by user name only, next term and on the platform.
    if (m_plan.profile != Profile::Parent || m_plan.deriveParentSyncKeys)
        return success();
    qint64 without = 0;
    Status done = each(u"SELECT count(DISTINCT s.username) FROM import_staging s "
                       u"JOIN import_match m ON m.line = s.line "
                       u"LEFT JOIN person p ON p.id = m.person_id "
                       u"WHERE s.ok AND s.sync_key = '' AND coalesce(p.sync_key, '') = ''"_s,
                       {}, [&](const QSqlQuery &q) { without = q.value(0).toLongLong(); });
    if (!done || without == 0)
        return done;
    warning(0, QString(), ProblemCode::NoSyncKey,
            ImporterText::tr("%n parents have no synchronisation key. The platform says “A "
                             "synchronisation key is mandatory for automatic connection”: "
                             "without one, a parent is found again by user name only, and a "
                             "changed user name makes a second account. Choose to give them a "
                             "key made from their user name (--derive-sync-keys), or add a key "
                             "column.",
                             nullptr, int(without)));
    return success();
}

} // namespace Rollbook

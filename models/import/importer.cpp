#include "importer.h"

#include "db/audit.h"
#include "db/database.h"
#include "db/maintenance.h"
#include "people/password.h"
#include "people/personvalidation.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Importer)
};

constexpr int maximumFieldLength = PersonRules::maximumFieldLength;
constexpr int linesNamedAtMost = 5;

// A failed statement, with the SQL error for the log of whoever reads the message.
Error sqlError(const QSqlQuery &query)
{
    return Error::file(
            ImporterText::tr("The database refused the import: %1").arg(query.lastError().text()));
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
            qint64 *affected = nullptr)
{
    QSqlQuery query(db);
    // A statement without values runs as it is: PostgreSQL prepares only queries and changes
    // of rows, not CREATE, DROP and the like.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return sqlError(query);
    } else {
        if (!query.prepare(sql))
            return sqlError(query);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(query);
    }
    if (affected)
        *affected = query.numRowsAffected();
    return success();
}

// Runs a query and hands each row to `row`.
template<typename RowFunction>
Status select(QSqlDatabase &db, const QString &sql, const QVariantList &values, RowFunction row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    while (query.next())
        row(query);
    return success();
}

// The person column a child reference is read as: fixed names, never user text.
QString childColumnSql(MatchField match)
{
    switch (match) {
    case MatchField::InternalId:
        return u"internal_id"_s;
    case MatchField::SyncKey:
        return u"sync_key"_s;
    case MatchField::Username:
        return u"username"_s;
    }
    return u"sync_key"_s;
}

QString matchFieldWords(MatchField match)
{
    switch (match) {
    case MatchField::InternalId:
        return ImporterText::tr("Internal person ID");
    case MatchField::SyncKey:
        return ImporterText::tr("synchronisation key");
    case MatchField::Username:
        return ImporterText::tr("user name");
    }
    return {};
}

QString fieldWords(Field field)
{
    return PersonRules::fieldWords(field);
}

QString linesText(const QList<qint64> &lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < linesNamedAtMost; ++i)
        shown.append(QString::number(lines.at(i)));
    QString text = shown.join(u", "_s);
    if (lines.size() > linesNamedAtMost)
        text += ImporterText::tr(" and %1 more").arg(lines.size() - linesNamedAtMost);
    return text;
}

// Rows staged by one statement on a server (10 values each).
constexpr int stagingRowsPerStatement = 250;

// INSERT of `rows` staged rows with positional values: columns from the fixed list, no user
// text.
QString stagingInsert(int rows)
{
    return u"INSERT INTO import_staging (line, ok, username, first_name, last_name, password, "
           u"sync_key, email, internal_id, child_ref) VALUES "_s +
           valuesPlaceholders(rows, 10);
}

// The staging table's columns, in the order of a record's fields.
const QList<Field> stagedFields = {Field::Username,  Field::FirstName, Field::LastName,
                                   Field::Password,  Field::SyncKey,   Field::Email,
                                   Field::InternalId};

} // namespace

Importer::Importer(const QSqlDatabase &db, const ImportPlan &plan)
    : m_db(db)
    , m_plan(plan)
{}

Importer::~Importer()
{
    m_insert.reset();
    if (m_stagingOpen)
        m_db.rollback();
    QSqlQuery(m_db).exec(u"DROP TABLE IF EXISTS "_s + temporary(u"import_staging"_s));
    QSqlQuery(m_db).exec(u"DROP TABLE IF EXISTS "_s + temporary(u"import_match"_s));
}

QString Importer::temporary(const QString &name) const
{
    // Each connection's own temporary tables: SQLite's schema `temp`, PostgreSQL's `pg_temp`.
    return (Database::engineOf(m_db) == Engine::PostgreSQL ? u"pg_temp."_s : u"temp."_s) + name;
}

void Importer::error(qint64 line, const QString &column, ProblemCode code, const QString &message)
{
    m_errors.append({line, column, code, message});
    m_problemsByLine[line].append(message);
    if (line > 0)
        m_errorLines.insert(line);
}

void Importer::warning(qint64 line, const QString &column, ProblemCode code, const QString &message)
{
    m_warnings.append({line, column, code, message});
}

QString Importer::header(Field field) const
{
    const int column = m_columnOf.value(field, -1);
    return column >= 0 ? m_headers.value(column) : QString();
}

Status Importer::start(const QStringList &headers)
{
    m_headers = headers;
    m_mapping = Fields::guessAll(headers);
    const bool parents = m_plan.profile == Profile::Parent;

    for (const auto &[column, field] : std::as_const(m_plan.mapOverrides)) {
        const qsizetype index = headers.indexOf(column);
        if (index < 0) {
            error(0, column, ProblemCode::UnknownColumn,
                  ImporterText::tr("The file has no column “%1” to map. Its columns are: %2.")
                          .arg(column, headers.join(u", "_s)));
            continue;
        }
        // A field mapped by hand leaves the column it was guessed for.
        if (field != Field::Ignore) {
            for (Field &other : m_mapping) {
                if (other == field)
                    other = Field::Ignore;
            }
        }
        m_mapping[index] = field;
    }

    if (parents) {
        m_childColumn = int(headers.indexOf(m_plan.syncField));
        if (m_plan.syncField.isEmpty())
            error(0, QString(), ProblemCode::UnknownColumn,
                  ImporterText::tr(
                          "Choose the column that names each parent's child (Synchronisation field "
                          "in import file)."));
        else if (m_childColumn < 0)
            error(0, m_plan.syncField, ProblemCode::UnknownColumn,
                  ImporterText::tr(
                          "The file has no column “%1” for the child. Its columns are: %2.")
                          .arg(m_plan.syncField, headers.join(u", "_s)));
        else
            m_mapping[m_childColumn] = Field::Ignore; // the child's key is not the parent's
    }

    for (int column = 0; column < m_mapping.size(); ++column) {
        if (m_mapping.at(column) != Field::Ignore)
            m_columnOf.insert(m_mapping.at(column), column);
        else if (column != m_childColumn && !headers.at(column).isEmpty())
            warning(1, headers.at(column), ProblemCode::IgnoredColumn,
                    ImporterText::tr(
                            "This column is not imported: Rollbook does not know what it holds. "
                            "Map it to a field if it should be."));
    }
    for (Field field : {Field::Username, Field::FirstName, Field::LastName}) {
        if (!m_columnOf.contains(field))
            error(0, QString(), ProblemCode::MissingColumn,
                  ImporterText::tr(
                          "No column holds the %1, which every user needs. Name a column for it.")
                          .arg(fieldWords(field)));
    }
    if (parents && !SettingsStore(m_db).parentLoginEnabled())
        error(0, QString(), ProblemCode::ParentLoginOff,
              ImporterText::tr(
                      "Parents cannot be imported while parent login is off. Turn on Enable parent "
                      "login in Edit global settings > General > Available functions (or "
                      "“rollbook-cli settings parent_login_enabled true”)."));
    m_started = true;
    if (!m_errors.isEmpty())
        return success(); // the report says why; no row is staged

    if (auto done = exec(m_db, u"DROP TABLE IF EXISTS "_s + temporary(u"import_staging"_s)); !done)
        return done;
    // The staged rows live in SQLite's temporary database: a cache of a fixed size keeps the
    // work of a school-sized file in memory, and a larger file spills to a temporary file, so
    // memory stays flat in the file's size. (PostgreSQL's temp_buffers do the same.)
    if (Database::engineOf(m_db) == Engine::SQLite) {
        if (auto done = exec(m_db, u"PRAGMA temp.cache_size = -32768"_s); !done)
            return done;
    }
    if (auto done = exec(m_db, u"CREATE TEMP TABLE import_staging ("
                               u" line INTEGER PRIMARY KEY, ok BOOLEAN NOT NULL,"
                               u" username TEXT NOT NULL, first_name TEXT NOT NULL,"
                               u" last_name TEXT NOT NULL, password TEXT NOT NULL,"
                               u" sync_key TEXT NOT NULL, email TEXT NOT NULL,"
                               u" internal_id TEXT NOT NULL, child_ref TEXT NOT NULL)"_s);
        !done)
        return done;
    // The staging rows go in one transaction of the temporary database only.
    if (!m_db.transaction())
        return Error::file(m_db.lastError().text());
    m_stagingOpen = true;
    m_insert = std::make_unique<QSqlQuery>(m_db);
    // A server is a round trip away: a statement stages many rows at once there.
    m_stageManyRows = Database::engineOf(m_db) == Engine::PostgreSQL;
    if (m_stageManyRows) {
        if (!m_insert->prepare(stagingInsert(stagingRowsPerStatement)))
            return sqlError(*m_insert);
        return success();
    }
    // Named placeholders: Qt Sql binds a value by name at a fraction of what a positional
    // binding costs it, and this statement runs once per row of the file.
    if (!m_insert->prepare(u"INSERT INTO import_staging (line, ok, username, first_name, "
                           u"last_name, password, sync_key, email, internal_id, child_ref) "
                           u"VALUES (:line, :ok, :username, :first_name, :last_name, :password, "
                           u":sync_key, :email, :internal_id, :child_ref)"_s))
        return sqlError(*m_insert);
    return success();
}

void Importer::addProblem(const ImportProblem &problem, bool isRecord)
{
    if (isRecord)
        ++m_rows;
    error(problem.line, problem.column, problem.code, problem.message);
}

void Importer::checkRow(qint64 line, const QStringList &values)
{
    // The rules of one field are the person's rules (people/personvalidation.h), which the
    // learner editor applies too.
    for (int i = 0; i < stagedFields.size(); ++i) {
        const Field field = stagedFields.at(i);
        if (!m_columnOf.contains(field))
            continue;
        if (auto problem = PersonRules::checkField(field, values.at(i)))
            error(line, header(field), problem->code, problem->message);
    }
}

Status Importer::addRecord(qint64 line, const QStringList &fields)
{
    Q_ASSERT(m_started);
    ++m_rows;
    if (!m_insert)
        return success(); // the file as a whole was refused; only rows are counted

    QStringList values;
    values.reserve(stagedFields.size());
    for (Field field : stagedFields) {
        const int column = m_columnOf.value(field, -1);
        values.append(column >= 0 ? fields.value(column).trimmed() : QString());
    }
    const QString childRef = m_childColumn >= 0 ? fields.value(m_childColumn).trimmed() : QString();
    if (m_childColumn >= 0 && childRef.size() > maximumFieldLength)
        error(line, m_plan.syncField, ProblemCode::TooLong,
              ImporterText::tr("The child's %1 is %2 characters long; at most %3 fit.")
                      .arg(matchFieldWords(m_plan.matchField))
                      .arg(childRef.size())
                      .arg(maximumFieldLength));
    checkRow(line, values);

    if (m_stageManyRows) {
        m_pending.append(line);
        m_pending.append(!m_errorLines.contains(line));
        for (const QString &value : std::as_const(values))
            m_pending.append(value.isNull() ? u""_s : value);
        m_pending.append(childRef.isNull() ? u""_s : childRef);
        if (++m_pendingRows == stagingRowsPerStatement)
            return flushStaging();
        return success();
    }
    static const QString placeholders[] = {u":username"_s,   u":first_name"_s, u":last_name"_s,
                                           u":password"_s,   u":sync_key"_s,   u":email"_s,
                                           u":internal_id"_s};
    static const QString linePlaceholder = u":line"_s, okPlaceholder = u":ok"_s,
                         childPlaceholder = u":child_ref"_s;
    m_insert->bindValue(linePlaceholder, line);
    m_insert->bindValue(okPlaceholder, !m_errorLines.contains(line));
    for (qsizetype i = 0; i < values.size(); ++i)
        m_insert->bindValue(placeholders[i], values.at(i).isNull() ? u""_s : values.at(i));
    m_insert->bindValue(childPlaceholder, childRef.isNull() ? u""_s : childRef);
    if (!m_insert->exec())
        return sqlError(*m_insert);
    return success();
}

Status Importer::flushStaging()
{
    if (m_pendingRows == 0)
        return success();
    QSqlQuery rest(m_db);
    QSqlQuery &query = m_pendingRows == stagingRowsPerStatement ? *m_insert : rest;
    if (&query == &rest && !rest.prepare(stagingInsert(m_pendingRows)))
        return sqlError(rest);
    for (const QVariant &value : std::as_const(m_pending))
        query.addBindValue(value);
    m_pending.clear();
    m_pendingRows = 0;
    if (!query.exec())
        return sqlError(query);
    return success();
}

Status Importer::checkDuplicatesInFile()
{
    // One user name, sync key or internal ID for two different people: an error on each row.
    // Rows of one person (a parent with several children) agree on name and keys.
    const QString identity =
            u"first_name || '\x1f' || last_name || '\x1f' || sync_key || '\x1f' || internal_id"_s;
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
        if (auto done = select(m_db,
                               u"SELECT 1 FROM import_staging WHERE %1 <> '' GROUP BY %1 "
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
        if (auto done = select(m_db, sql, {},
                               [&](const QSqlQuery &q) {
                                   linesOf[q.value(1).toString()].append(q.value(0).toLongLong());
                               });
            !done)
            return done;
        for (auto it = linesOf.cbegin(); it != linesOf.cend(); ++it) {
            for (qint64 line : it.value()) {
                QList<qint64> others = it.value();
                others.removeOne(line);
                error(line, header(rule.field), ProblemCode::DuplicateInFile,
                      ImporterText::tr(
                              "The %1 “%2” is used by two different people in this file (also on "
                              "line %3). It must belong to one person only.")
                              .arg(fieldWords(rule.field), it.key(), linesText(others)));
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
    const QString child = m_plan.profile == Profile::Parent && m_childColumn >= 0
                                  ? u"(SELECT p.id FROM person p WHERE s.child_ref <> '' AND "
                                    u"p.profile = 'learner' AND p.%1 = s.child_ref)"_s.arg(
                                            childColumnSql(m_plan.matchField))
                                  : u"NULL"_s;
    if (auto done = exec(m_db, u"DROP TABLE IF EXISTS "_s + temporary(u"import_match"_s)); !done)
        return done;
    if (auto done = exec(m_db, u"CREATE TEMP TABLE import_match (line INTEGER PRIMARY KEY, "
                               u"person_id BIGINT, child_id BIGINT, "
                               u"changed BOOLEAN NOT NULL DEFAULT FALSE)"_s);
        !done)
        return done;
    if (auto done =
                exec(m_db, u"INSERT INTO import_match (line, person_id, child_id) "
                           u"SELECT s.line, coalesce(%1, (SELECT p.id FROM person p "
                           u"WHERE p.username = s.username)), %2 "
                           u"FROM import_staging s WHERE s.ok ORDER BY s.line"_s.arg(byKey, child));
        !done)
        return done;
    if (auto done = exec(m_db, u"CREATE INDEX %1 ON import_match (person_id)"_s.arg(
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
    return exec(m_db, u"ANALYZE "_s + temporary(table));
}

Status Importer::checkClashesWithDatabase()
{
    const QString userColumn = header(Field::Username);
    const QString rows = u"import_staging s JOIN import_match m ON m.line = s.line "_s;
    Status done = select(
            m_db,
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
        done = select(m_db,
                      u"SELECT s.line, s.username, p.sync_key, s.sync_key FROM "_s + rows +
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
        done = select(
                m_db,
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
    done = select(m_db,
                  u"SELECT s.line, s.username, p.profile FROM "_s + rows +
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
    if (m_plan.profile != Profile::Parent || m_childColumn < 0)
        return success();
    const QString words = matchFieldWords(m_plan.matchField);
    Status done =
            select(m_db,
                   u"SELECT s.line, s.child_ref FROM import_staging s "
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
    done = select(
            m_db,
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
    return select(
            m_db,
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
    query.prepare(u"UPDATE import_staging SET ok = FALSE WHERE line = ? AND ok"_s);
    for (qint64 line : std::as_const(m_errorLines)) {
        query.addBindValue(line);
        if (!query.exec())
            return sqlError(query);
    }
    return success();
}

Result<qint64> Importer::insertBatch(const QString &sha256)
{
    QJsonObject mapping;
    for (int column = 0; column < m_headers.size(); ++column)
        mapping.insert(m_headers.at(column), Fields::key(m_mapping.value(column)));
    const QJsonObject options{{u"mode"_s, importModeKey(m_plan.mode)},
                              {u"fill_passwords"_s, m_plan.fillPasswords},
                              {u"skip_errors"_s, m_plan.skipErrors},
                              {u"encoding"_s, m_plan.encoding},
                              {u"delimiter"_s, m_plan.delimiter}};
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO import_batch (file_name, sha256, profile, mapping, sync_field, "
                  u"matching_field, options, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(QFileInfo(m_plan.filePath).fileName());
    query.addBindValue(sha256);
    query.addBindValue(profileKey(m_plan.profile));
    query.addBindValue(QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    const bool parents = m_plan.profile == Profile::Parent;
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
        Status done = exec(
                m_db,
                u"UPDATE import_match SET changed = TRUE WHERE line IN (SELECT s.line FROM "_s +
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
            done = exec(m_db, u"SELECT p.id FROM person p WHERE p.id IN "
                              u"(SELECT person_id FROM import_match WHERE changed) FOR UPDATE"_s);
            if (!done)
                return done;
        }
        done = exec(m_db,
                    u"INSERT INTO import_person_before (batch_id, person_id, internal_id, "
                    u"sync_key, username, first_name, last_name, email, password, updated_at, "
                    u"version) "
                    u"SELECT ?, p.id, p.internal_id, p.sync_key, p.username, p.first_name, "
                    u"p.last_name, p.email, p.password, p.updated_at, p.version FROM person p "
                    u"WHERE p.id IN (SELECT person_id FROM import_match WHERE changed)"_s,
                    {batchId});
        if (!done)
            return done;
        done = exec(m_db,
                    u"UPDATE person SET first_name = c.first_name, last_name = c.last_name, "
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
    if (!matched.exec(u"SELECT count(DISTINCT m.person_id) FROM "_s + rows +
                      u" WHERE s.ok AND m.person_id IS NOT NULL"_s) ||
        !matched.next())
        return sqlError(matched);
    counts.unchanged = matched.value(0).toLongLong() - counts.updated;

    // New people: one per user name, from the first row that names them. Nobody is added by
    // an import that only updates.
    if (m_plan.mode != ImportMode::Update) {
        Status done =
                exec(m_db,
                     u"INSERT INTO person (internal_id, sync_key, username, first_name, last_name, "
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
    }

    if (m_plan.fillPasswords) {
        QList<qint64> ids;
        Status done =
                select(m_db, u"SELECT id FROM person WHERE batch_id = ? AND password IS NULL"_s,
                       {batchId}, [&](const QSqlQuery &q) { ids.append(q.value(0).toLongLong()); });
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
    }

    if (m_plan.profile != Profile::Parent)
        return success();
    // Links: one per parent and child, whatever the number of rows that name them. A parent
    // this import created is found by user name.
    return exec(m_db,
                u"INSERT INTO parent_link (parent_id, learner_id, batch_id, created_by, "
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
    return exec(m_db, u"UPDATE import_batch SET counts = ? WHERE id = ?"_s,
                {QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)), batchId});
}

QString Importer::indexName(const QString &name) const
{
    // An index lives with its table: SQLite names the schema on the index, PostgreSQL puts it
    // beside a temporary table by itself.
    return Database::engineOf(m_db) == Engine::PostgreSQL ? name : u"temp."_s + name;
}

Result<ImportReport> Importer::finish(const QString &sha256, const std::atomic<bool> *cancel,
                                      const std::function<void(const QString &)> &waiting)
{
    ImportReport report;
    report.fileName = QFileInfo(m_plan.filePath).fileName();
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const auto done = [&](bool committed) {
        std::sort(m_errors.begin(), m_errors.end(),
                  [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        std::sort(m_warnings.begin(), m_warnings.end(),
                  [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        report.errors = m_errors;
        report.warnings = m_warnings;
        report.counts.rows = m_rows;
        report.counts.errors = m_errors.size();
        report.counts.warnings = m_warnings.size();
        report.committed = committed;
        return report;
    };

    if (m_rows == 0 && m_errors.isEmpty())
        error(0, QString(), ProblemCode::NoUsers, ImporterText::tr("The file holds no users."));
    if (!m_insert) {
        report.counts.rows = m_rows;
        return done(false);
    }
    if (auto flushed = flushStaging(); !flushed)
        return flushed.error();
    m_insert.reset();
    if (!m_db.commit())
        return Error::file(m_db.lastError().text());
    m_stagingOpen = false;
    if (cancelled())
        return Error::invalid(ImporterText::tr("The import was cancelled. Nothing was changed."));
    // Indexes once the rows are in: for the columns the checks group and join on.
    for (Field field : {Field::Username, Field::SyncKey, Field::InternalId}) {
        if (!m_columnOf.contains(field))
            continue;
        const QString column = field == Field::Username  ? u"username"_s
                               : field == Field::SyncKey ? u"sync_key"_s
                                                         : u"internal_id"_s;
        if (auto indexed = exec(m_db, u"CREATE INDEX %1 ON import_staging (%2)"_s.arg(
                                              indexName(u"import_staging_"_s + column), column));
            !indexed)
            return indexed.error();
    }
    if (auto analysed = analyze(u"import_staging"_s); !analysed)
        return analysed.error();

    const bool failsAnyway = !m_errors.isEmpty() && !m_plan.skipErrors;
    if (!m_plan.dryRun && !failsAnyway && m_plan.backupsKept > 0) {
        if (auto backedUp = backupBeforeImport(m_db, m_plan.backupsKept); !backedUp)
            return backedUp.error();
    }

    // Everything from here is one write transaction: checked against the database as it is now,
    // committed, or rolled back as if nothing happened.
    // Imports (and their undo) take turns: a second one waits here until the first is done, and
    // then checks against what the first wrote.
    Database::Wait wait;
    wait.waiting = waiting;
    wait.cancelled = cancelled;
    if (auto begun = Database::beginSerialised(m_db, wait); !begun)
        return begun.error();
    const auto rollback = [this] { QSqlQuery(m_db).exec(u"ROLLBACK"_s); };
    const QList<Status (Importer::*)()> checks = {
            &Importer::checkDuplicatesInFile, &Importer::matchExistingPeople,
            &Importer::checkClashesWithDatabase, &Importer::checkChildReferences,
            &Importer::checkMode};
    for (auto check : checks) {
        if (auto checked = (this->*check)(); !checked) {
            rollback();
            return checked.error();
        }
        if (cancelled()) {
            rollback();
            return Error::invalid(
                    ImporterText::tr("The import was cancelled. Nothing was changed."));
        }
    }
    if (!m_errors.isEmpty() && !m_plan.skipErrors) {
        rollback();
        return done(false);
    }

    const auto batch = insertBatch(sha256);
    if (!batch) {
        rollback();
        return batch.error();
    }
    if (auto applied = apply(batch.value(), report.counts); !applied) {
        rollback();
        return applied.error();
    }
    report.counts.rows = m_rows;
    report.counts.errors = m_errors.size();
    report.counts.warnings = m_warnings.size();
    if (auto finished = finishBatch(batch.value(), report.counts); !finished) {
        rollback();
        return finished.error();
    }
    if (m_plan.dryRun || cancelled()) {
        rollback();
        if (cancelled())
            return Error::invalid(
                    ImporterText::tr("The import was cancelled. Nothing was changed."));
        return done(false);
    }
    if (auto committed = exec(m_db, u"COMMIT"_s); !committed) {
        rollback();
        return committed.error();
    }
    report.batchId = batch.value();
    return done(true);
}

} // namespace Rollbook

#include "importer.h"

#include "csv/csvwriter.h"
#include "db/database.h"
#include "db/maintenance.h"
#include "import/filelayout.h"
#include "import/importmapping.h"
#include "import/importsql.h"
#include "settings/settingsstore.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using namespace ImportSql;

namespace {

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

// A person's field problem (people/personvalidation.h) as the import reports it.
ProblemCode problemCode(FieldFault fault)
{
    switch (fault) {
    case FieldFault::MissingValue:
        return ProblemCode::MissingValue;
    case FieldFault::TooLong:
        return ProblemCode::TooLong;
    case FieldFault::ControlCharacter:
        return ProblemCode::ControlCharacter;
    case FieldFault::InvalidEmail:
        return ProblemCode::InvalidEmail;
    case FieldFault::StartsLikeFormula:
        return ProblemCode::StartsLikeFormula;
    case FieldFault::ClashWithDatabase:
        return ProblemCode::ClashWithDatabase;
    }
    return ProblemCode::MalformedRow;
}

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
    QSqlQuery(m_db).exec(tables(u"DROP TABLE IF EXISTS "_s + temporary(u"import_staging"_s)));
    QSqlQuery(m_db).exec(tables(u"DROP TABLE IF EXISTS "_s + temporary(u"import_match"_s)));
    QSqlQuery(m_db).exec(tables(u"DROP TABLE IF EXISTS "_s + temporary(u"import_match_keys"_s)));
    // A number read back from SQLite, never user text.
    if (m_mainCacheSize)
        QSqlQuery(m_db).exec(u"PRAGMA main.cache_size = %1"_s.arg(*m_mainCacheSize));
}

QString Importer::temporary(const QString &name) const
{
    // Each connection's own temporary tables: SQLite's schema `temp`, PostgreSQL's `pg_temp`.
    return (Database::engineOf(m_db) == Engine::PostgreSQL ? u"pg_temp."_s : u"temp."_s) + name;
}

QString Importer::indexName(const QString &name) const
{
    // An index lives with its table: SQLite names the schema on the index, PostgreSQL puts it
    // beside a temporary table by itself.
    return Database::engineOf(m_db) == Engine::PostgreSQL ? name : u"temp."_s + name;
}

QString Importer::tables(QString sql) const
{
    // The names are fixed words of this file, never user text.
    if (m_pass.tables.isEmpty())
        return sql;
    sql.replace(u"import_staging"_s, u"import_staging"_s + m_pass.tables);
    sql.replace(u"import_match"_s, u"import_match"_s + m_pass.tables);
    return sql;
}

Status Importer::run(const QString &sql, const QVariantList &values, qint64 *affected)
{
    QSqlQuery query(m_db);
    // A statement without values runs as it is: PostgreSQL prepares only queries and changes
    // of rows, not CREATE, DROP and the like.
    if (values.isEmpty()) {
        if (!query.exec(tables(sql)))
            return sqlError(query);
    } else {
        if (!query.prepare(tables(sql)))
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

std::pair<qint64, QString> Importer::origin(qint64 key, const QString &column) const
{
    if (m_pass.keysPerLine <= 1)
        return {key, column};
    const int group = int(key % m_pass.keysPerLine);
    const QHash<Field, QString> headers = m_pass.groupHeaders.value(group);
    const auto field = Fields::fromKey(column);
    // A user name taken from the e-mail address is told in the e-mail column; another field
    // the group has no column for, by the group's name ("Foresatt 2").
    QString where = headers.value(Field::Ignore, column);
    if (field && headers.contains(*field))
        where = headers.value(*field);
    else if (field == Field::Username && headers.contains(Field::Email))
        where = headers.value(Field::Email);
    return {key / m_pass.keysPerLine, where};
}

void Importer::error(qint64 key, const QString &column, ProblemCode code, const QString &message)
{
    const auto [line, where] = origin(key, column);
    m_errors.append({line, where, code, message});
    if (key > 0)
        m_errorKeys.insert(key);
}

void Importer::warning(qint64 key, const QString &column, ProblemCode code, const QString &message)
{
    const auto [line, where] = origin(key, column);
    m_warnings.append({line, where, code, message});
}

QString Importer::header(Field field) const
{
    int column = m_columnOf.value(field, -1);
    // First and last name taken from a full name: its column is theirs.
    if (column < 0 && (field == Field::FirstName || field == Field::LastName))
        column = m_columnOf.value(Field::FullName, -1);
    return column >= 0 ? m_headers.value(column) : QString();
}

void Importer::step(const QString &name)
{
    m_steps.append({name, double(m_clock.nsecsElapsed()) / 1e6});
    m_clock.start();
}

Status Importer::start(const QStringList &headers)
{
    m_clock.start();
    m_headers = headers;
    const bool parents = m_plan.profile == Profile::Parent;
    QStringList unknown;
    m_mapping = ImportMappings::resolve(
            FileLayouts::forProfile(parents ? Profile::Parent : Profile::Learner, headers).mapping,
            headers, m_plan.mapOverrides, &unknown);
    for (const QString &column : std::as_const(unknown))
        error(0, column, ProblemCode::UnknownColumn,
              ImporterText::tr("The file has no column “%1” to map. Its columns are: %2.")
                      .arg(column, headers.join(u", "_s)));

    if (parents && !m_pass.guardians) {
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
        else if (column != m_childColumn && !headers.at(column).isEmpty() &&
                 !m_pass.columnsOfOtherPasses.contains(column))
            warning(1, headers.at(column), ProblemCode::IgnoredColumn,
                    ImporterText::tr(
                            "This column is not imported: Rollbook does not know what it holds. "
                            "Map it to a field if it should be."));
    }
    const bool fullName = m_columnOf.contains(Field::FullName);
    for (Field field : {Field::Username, Field::FirstName, Field::LastName}) {
        if (m_columnOf.contains(field) || (fullName && field != Field::Username))
            continue;
        // A guardian without a user name column is known by the e-mail address.
        if (m_pass.guardians && field == Field::Username && m_columnOf.contains(Field::Email))
            continue;
        error(0, QString(), ProblemCode::MissingColumn,
              ImporterText::tr(
                      "No column holds the %1, which every user needs. Name a column for it.")
                      .arg(PersonRules::fieldWords(field)));
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

    if (auto done = run(u"DROP TABLE IF EXISTS "_s + temporary(u"import_staging"_s)); !done)
        return done;
    // The staged rows live in SQLite's temporary database: a cache of a fixed size keeps the
    // work of a school-sized file in memory, and a larger file spills to a temporary file, so
    // memory stays flat in the file's size. (PostgreSQL's temp_buffers do the same.)
    if (Database::engineOf(m_db) == Engine::SQLite) {
        if (auto done = run(u"PRAGMA temp.cache_size = -32768"_s); !done)
            return done;
        // The people go into ten indexes on `person` (user name, synchronisation key, the
        // users page's search and sort), each in the order of its own key, not of the file:
        // with SQLite's default cache of 2 MB the pages of those indexes are read and written
        // again and again (100,000 learners took 2.9–3.2 s to write; with 32 MB 1.2 s). The
        // cache grows only as far as the import needs it, and is given back at the end.
        QSqlQuery size(m_db);
        if (size.exec(u"PRAGMA main.cache_size"_s) && size.next())
            m_mainCacheSize = size.value(0).toInt();
        if (auto done = run(u"PRAGMA main.cache_size = -32768"_s); !done)
            return done;
    }
    if (auto done = run(u"CREATE TEMP TABLE import_staging ("
                        u" line INTEGER PRIMARY KEY, ok BOOLEAN NOT NULL,"
                        u" username TEXT NOT NULL, first_name TEXT NOT NULL,"
                        u" last_name TEXT NOT NULL, password TEXT NOT NULL,"
                        u" sync_key TEXT NOT NULL, email TEXT NOT NULL,"
                        u" internal_id TEXT NOT NULL, child_ref TEXT NOT NULL)"_s);
        !done)
        return done;
    // The staging rows go in one transaction of the temporary database only.
    if (m_pass.ownStagingTransaction) {
        if (!m_db.transaction())
            return Error::file(m_db.lastError().text());
        m_stagingOpen = true;
    }
    m_insert = std::make_unique<QSqlQuery>(m_db);
    // A server is a round trip away: a statement stages many rows at once there.
    m_stageManyRows = Database::engineOf(m_db) == Engine::PostgreSQL;
    if (m_stageManyRows) {
        if (!m_insert->prepare(tables(stagingInsert(stagingRowsPerStatement))))
            return sqlError(*m_insert);
        return success();
    }
    // Named placeholders: Qt Sql binds a value by name at a fraction of what a positional
    // binding costs it, and this statement runs once per row of the file.
    if (!m_insert->prepare(
                tables(u"INSERT INTO import_staging (line, ok, username, first_name, "
                       u"last_name, password, sync_key, email, internal_id, child_ref) "
                       u"VALUES (:line, :ok, :username, :first_name, :last_name, :password, "
                       u":sync_key, :email, :internal_id, :child_ref)"_s)))
        return sqlError(*m_insert);
    return success();
}

void Importer::addProblem(const ImportProblem &problem, bool isRecord)
{
    if (isRecord)
        ++m_rows;
    error(problem.line * m_pass.keysPerLine, problem.column, problem.code, problem.message);
}

void Importer::checkRow(qint64 key, const QStringList &values)
{
    // The rules of one field are the person's rules (people/personvalidation.h), which the
    // learner editor applies too.
    const bool fullName = m_columnOf.contains(Field::FullName);
    for (int i = 0; i < stagedFields.size(); ++i) {
        const Field field = stagedFields.at(i);
        const bool fromFullName =
                fullName && (field == Field::FirstName || field == Field::LastName);
        if (!m_columnOf.contains(field) && !fromFullName)
            continue;
        // A guardian's user name may still come from the e-mail address (completeGuardians).
        if (m_pass.guardians && field == Field::Username && values.at(i).isEmpty())
            continue;
        if (auto problem = PersonRules::checkField(field, values.at(i))) {
            // A full name that gives no last name says so in the full name's own words.
            if (fromFullName && problem->fault == FieldFault::MissingValue &&
                !m_columnOf.contains(field))
                problem->message =
                        ImporterText::tr("The full name gives no %1: write it as “First Last” "
                                         "or “Last, First”.")
                                .arg(PersonRules::fieldWords(field));
            error(key, header(field), problemCode(problem->fault), problem->message);
        }
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
    if (const int column = m_columnOf.value(Field::FullName, -1); column >= 0) {
        // Columns of their own win over the full name; it fills what they leave empty.
        const auto [first, last] = Fields::splitFullName(fields.value(column));
        if (values.at(1).isEmpty())
            values[1] = first;
        if (values.at(2).isEmpty())
            values[2] = last;
    }
    const QString childRef = m_childColumn >= 0 ? fields.value(m_childColumn).trimmed() : QString();
    if (m_childColumn >= 0 && childRef.size() > maximumFieldLength) {
        error(line, m_plan.syncField, ProblemCode::TooLong,
              ImporterText::tr("The child's %1 is %2 characters long; at most %3 fit.")
                      .arg(matchFieldWords(m_plan.matchField))
                      .arg(childRef.size())
                      .arg(maximumFieldLength));
    } else if (CsvWriter::startsLikeFormula(childRef)) {
        // The export writes ChildID exactly, as it writes the learner's own keys (PersonRules).
        error(line, m_plan.syncField, ProblemCode::StartsLikeFormula,
              PersonRules::formulaStartMessage(
                      ImporterText::tr("child's %1").arg(matchFieldWords(m_plan.matchField)),
                      childRef.front()));
    }
    checkRow(line, values);
    return stageRow(line, values, childRef);
}

Status Importer::stageRow(qint64 key, const QStringList &values, const QString &childRef)
{
    if (m_stageManyRows) {
        m_pending.append(key);
        m_pending.append(!m_errorKeys.contains(key));
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
    m_insert->bindValue(linePlaceholder, key);
    m_insert->bindValue(okPlaceholder, !m_errorKeys.contains(key));
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
    if (&query == &rest && !rest.prepare(tables(stagingInsert(m_pendingRows))))
        return sqlError(rest);
    for (const QVariant &value : std::as_const(m_pending))
        query.addBindValue(value);
    m_pending.clear();
    m_pendingRows = 0;
    if (!query.exec())
        return sqlError(query);
    return success();
}

Status Importer::closeStaging()
{
    if (auto flushed = flushStaging(); !flushed)
        return flushed;
    m_insert.reset();
    if (m_stagingOpen) {
        if (!m_db.commit())
            return Error::file(m_db.lastError().text());
        m_stagingOpen = false;
    }
    // Indexes once the rows are in: for the columns the checks group and join on.
    QList<std::pair<Field, QString>> indexed = {{Field::Username, u"username"_s},
                                                {Field::SyncKey, u"sync_key"_s},
                                                {Field::InternalId, u"internal_id"_s}};
    if (m_pass.guardians)
        indexed.append({Field::Email, u"email"_s});
    for (const auto &[field, column] : std::as_const(indexed)) {
        if (!m_columnOf.contains(field) && !(m_pass.guardians && field == Field::Username))
            continue;
        if (auto done = run(u"CREATE INDEX %1 ON import_staging (%2)"_s.arg(
                    indexName(u"import_staging_"_s + column), column));
            !done)
            return done;
    }
    if (m_pass.guardians) {
        if (auto done = completeGuardians(); !done)
            return done;
    }
    return analyze(u"import_staging"_s);
}

void Importer::sortByLine(QList<ImportProblem> &problems)
{
    std::stable_sort(
            problems.begin(), problems.end(),
            [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
}

Error Importer::cancelledError()
{
    return Error::invalid(ImporterText::tr("The import was cancelled. Nothing was changed."));
}

Status Importer::beginWriting(bool failsAnyway, const std::function<bool()> &cancelled,
                              const std::function<void(const QString &)> &waiting)
{
    // Everything from here is one write transaction: checked against the database as it is now,
    // committed, or rolled back as if nothing happened.
    // Imports (and their undo) take turns: a second one waits here until the first is done, and
    // then checks against what the first wrote.
    Database::Wait wait;
    wait.waiting = waiting;
    wait.cancelled = cancelled;
    const RetentionPolicy retention = SettingsStore(m_db).retentionPolicy();
    const int keep = m_plan.backupsKept.value_or(retention.backupsKept);
    const bool backup = !m_plan.dryRun && !failsAnyway && keep > 0;
    if (!backup) {
        Status begun = Database::beginSerialised(m_db, wait);
        step(u"write lock"_s);
        return begun;
    }
    // The backup: a copy of the database file as this transaction begins (see
    // copyBeforeImport), or, when the file alone is not the whole database, a VACUUM INTO
    // before it.
    checkpointBeforeCopy(m_db);
    if (Status begun = Database::beginSerialised(m_db, wait); !begun)
        return begun;
    step(u"write lock"_s);
    const auto copied = copyBeforeImport(m_db, keep, retention.backupDays);
    if (copied && copied.value()) {
        step(u"backup"_s);
        return success();
    }
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    if (!copied)
        return copied.error();
    if (auto backedUp = backupBeforeImport(m_db, keep, retention.backupDays); !backedUp)
        return backedUp;
    step(u"backup"_s);
    Status begun = Database::beginSerialised(m_db, wait);
    step(u"write lock"_s);
    return begun;
}

ImportReport Importer::report(bool committed)
{
    m_errors.sortByLine();
    m_warnings.sortByLine();
    ImportReport report;
    report.fileName = QFileInfo(m_plan.filePath).fileName();
    report.errors = m_errors.shown();
    report.warnings = m_warnings.shown();
    report.errorsLeftOut = m_errors.leftOut();
    report.warningsLeftOut = m_warnings.leftOut();
    report.allErrors = {m_errors};
    report.allWarnings = {m_warnings};
    report.counts.rows = m_rows;
    report.counts.errors = m_errors.size();
    report.counts.warnings = m_warnings.size();
    report.committed = committed;
    report.steps = m_steps;
    return report;
}

Status Importer::runChecks(const std::function<bool()> &cancelled)
{
    const QList<std::pair<Status (Importer::*)(), QString>> checks = {
            {&Importer::checkDuplicatesInFile, u"check: duplicates in the file"_s},
            {&Importer::matchExistingPeople, u"check: match existing people"_s},
            {&Importer::checkClashesWithDatabase, u"check: clashes with the database"_s},
            {&Importer::checkChildReferences, u"check: child references"_s},
            {&Importer::checkMode, u"check: mode"_s},
            {&Importer::checkParentSyncKeys, u"check: parent synchronisation keys"_s}};
    for (const auto &[check, name] : checks) {
        if (auto checked = (this->*check)(); !checked)
            return checked;
        step(name);
        if (cancelled())
            return cancelledError();
    }
    return success();
}

Result<ImportReport> Importer::finish(const QString &sha256, const std::atomic<bool> *cancel,
                                      const std::function<void(const QString &)> &waiting)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    if (m_rows == 0 && m_errors.isEmpty())
        error(0, QString(), ProblemCode::NoUsers, ImporterText::tr("The file holds no users."));
    if (!m_insert)
        return report(false);
    step(u"read and stage"_s);
    if (auto closed = closeStaging(); !closed)
        return closed.error();
    step(u"index staged rows"_s);
    if (cancelled())
        return cancelledError();

    if (auto begun = beginWriting(!m_errors.isEmpty() && !m_plan.skipErrors, cancelled, waiting);
        !begun)
        return begun.error();
    const auto rollback = [this] { QSqlQuery(m_db).exec(u"ROLLBACK"_s); };
    if (auto checked = runChecks(cancelled); !checked) {
        rollback();
        return checked.error();
    }
    if (!m_errors.isEmpty() && !m_plan.skipErrors) {
        rollback();
        return report(false);
    }

    const auto batch = insertBatch(sha256);
    if (!batch) {
        rollback();
        return batch.error();
    }
    ImportCounts counts;
    if (auto applied = apply(batch.value(), counts); !applied) {
        rollback();
        return applied.error();
    }
    counts.rows = m_rows;
    counts.errors = m_errors.size();
    counts.warnings = m_warnings.size();
    if (auto finished = finishBatch(batch.value(), counts); !finished) {
        rollback();
        return finished.error();
    }
    if (m_plan.dryRun || cancelled()) {
        rollback();
        if (cancelled())
            return cancelledError();
        ImportReport dry = report(false);
        dry.counts = counts;
        return dry;
    }
    step(u"write: links and batch"_s);
    if (auto committed = run(u"COMMIT"_s); !committed) {
        rollback();
        return committed.error();
    }
    step(u"commit"_s);
    ImportReport done = report(true);
    done.counts = counts;
    done.batchId = batch.value();
    return done;
}

} // namespace Rollbook

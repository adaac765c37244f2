#include "csv/csvreader.h"
#include "db/database.h"
#include "import/importsql.h"
#include "roster/rosterimporter.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

// Reading a roster (README, "Standard rosters"): its files go into temporary tables of the
// connection as they stream in (users, roles, the links each side names), so that memory stays
// flat in the roster's size; then the roster's own checks run over them in a few set-based
// queries: duplicate ids, each user's kind (student, guardian, staff), references to users who
// are not there, the links, and the key chosen for the synchronisation key.

namespace Rollbook {

namespace {

const QString usersFile = u"users.csv"_s;
const QString rolesFile = u"roles.csv"_s;
const QString relationshipsFile = u"relationships.csv"_s;

// The roles that make a user a learner, or a guardian (imported as a parent). OneRoster 1.1
// §2.3/1.2 roles; SDS's relationshipRole values for a student's contacts.
const QStringList guardianRoles = {u"guardian"_s, u"parent"_s, u"relative"_s};

// The column of `name` in `header`, matched without regard to case (the specifications say
// case-sensitive; exports differ), or -1.
int columnOf(const QStringList &header, const QString &name)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// Rows into a temporary table: one prepared statement a row on SQLite, many rows a statement on
// a server (a round trip each).
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_db(db)
        , m_table(table)
        , m_columns(columns)
        , m_query(db)
        , m_many(Database::engineOf(db) == Engine::PostgreSQL)
    {}

    Status add(QVariantList values)
    {
        // Columns are NOT NULL: a column the file lacks is empty text.
        for (QVariant &value : values) {
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                value = u""_s;
        }
        if (!m_prepared) {
            if (!m_query.prepare(sql(m_many ? rowsPerStatement : 1)))
                return ImportSql::sqlError(m_query);
            m_prepared = true;
        }
        if (!m_many) {
            // Named placeholders: Qt Sql binds by name at a fraction of what a positional
            // binding costs it (as the import engine's staging does).
            for (qsizetype i = 0; i < values.size(); ++i)
                m_query.bindValue(m_names.at(i), values.at(i));
            if (!m_query.exec())
                return ImportSql::sqlError(m_query);
            return success();
        }
        m_pending.append(values);
        if (++m_rows == rowsPerStatement)
            return flush();
        return success();
    }

    Status flush()
    {
        if (m_rows == 0)
            return success();
        QSqlQuery rest(m_db);
        QSqlQuery &query = m_rows == rowsPerStatement ? m_query : rest;
        if (&query == &rest && !rest.prepare(sql(m_rows)))
            return ImportSql::sqlError(rest);
        for (const QVariant &value : std::as_const(m_pending))
            query.addBindValue(value);
        m_pending.clear();
        m_rows = 0;
        if (!query.exec())
            return ImportSql::sqlError(query);
        return success();
    }

private:
    static constexpr int rowsPerStatement = 200;

    QString sql(int rows)
    {
        // Table and column names are this file's fixed words, never roster text.
        const QString insert =
                u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s));
        if (m_many)
            return insert + valuesPlaceholders(rows, int(m_columns.size()));
        m_names.clear();
        for (const QString &column : std::as_const(m_columns))
            m_names.append(u':' + column);
        return insert + u'(' + m_names.join(u", "_s) + u')';
    }

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_query;
    bool m_many = false;
    bool m_prepared = false;
    QVariantList m_pending;
    QStringList m_names;
    int m_rows = 0;
};

QString plainRole(const QString &role)
{
    return role.trimmed().toLower();
}

} // namespace

QString RosterImporter::temporary(const QString &table) const
{
    return (Database::engineOf(m_db) == Engine::PostgreSQL ? u"pg_temp."_s : u"temp."_s) + table;
}

Status RosterImporter::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return ImportSql::sqlError(query);
        return success();
    }
    if (!query.prepare(sql))
        return ImportSql::sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return ImportSql::sqlError(query);
    return success();
}

QString RosterImporter::keyColumn() const
{
    return m_plan.key == RosterKey::Identifier ? u"identifier"_s : u"sourced_id"_s;
}

QString RosterImporter::keyHeader() const
{
    const int column =
            m_plan.key == RosterKey::Identifier ? m_columns.identifier : m_columns.sourcedId;
    return m_usersHeader.value(column, rosterKeyName(m_plan.key));
}

void RosterImporter::error(const QString &file, qint64 line, const QString &column,
                           ProblemCode code, const QString &message)
{
    ImportProblem problem{line, column, code, message};
    problem.file = file;
    m_errors.append(problem);
}

void RosterImporter::warning(const QString &file, qint64 line, const QString &column,
                             ProblemCode code, const QString &message)
{
    ImportProblem problem{line, column, code, message};
    problem.file = file;
    m_warnings.append(problem);
}

Status RosterImporter::readCsv(const QString &name, const QStringList &required,
                               const std::function<Status(const QStringList &)> &header,
                               const std::function<Status(qint64, const QStringList &)> &record,
                               const std::atomic<bool> *cancel,
                               const std::function<void(qint64)> &rows)
{
    auto device = m_files.openFile(name);
    if (!device)
        return device.error();
    CsvReadOptions options;
    // Both specifications: UTF-8 (a byte order mark is skipped), comma-separated, RFC 4180.
    options.encoding = CsvEncoding::Utf8;
    options.delimiter = ',';
    options.fileName = name;
    CsvReader reader(options);
    if (!reader.open(device.value().get())) {
        if (reader.error().code == CsvProblemCode::NoRecords)
            return header ? header(reader.header()) : success();
        error(name, reader.error().line, reader.error().columnName, ProblemCode::UnreadableFile,
              reader.error().reason.isEmpty() ? reader.error().message : reader.error().reason);
        return success();
    }
    bool complete = true;
    for (const QString &column : required) {
        if (columnOf(reader.header(), column) < 0) {
            error(name, 1, QString(), ProblemCode::MissingColumn,
                  RosterText::tr("%1 has no column “%2”, which the %3 specification requires. "
                                 "Its columns are: %4.")
                          .arg(name, column, rosterStandardName(m_standard),
                               reader.header().join(u", "_s)));
            complete = false;
        }
    }
    if (!complete)
        return success();
    if (header) {
        if (auto done = header(reader.header()); !done)
            return done;
    }
    while (reader.next()) {
        if (const CsvProblem *problem = reader.recordProblem()) {
            QString reason = problem->reason;
            if (!reason.isEmpty())
                reason[0] = reason.at(0).toUpper();
            error(name, problem->line, problem->columnName, ProblemCode::MalformedRow, reason);
        } else if (auto done = record(reader.line(), reader.fields()); !done) {
            return done;
        }
        if (reader.recordCount() % 4096 == 0) {
            if (cancel && cancel->load())
                return Importer::cancelledError();
            if (rows)
                rows(reader.recordCount());
        }
    }
    if (reader.hasError() && reader.error().code != CsvProblemCode::NoRecords) {
        QString reason = reader.error().reason;
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toUpper();
        error(name, reader.error().line, reader.error().columnName, ProblemCode::UnreadableFile,
              reason.isEmpty() ? reader.error().message : reason);
    }
    if (rows)
        rows(reader.recordCount());
    return success();
}

Status RosterImporter::readManifest(QHash<QString, QString> &manifest)
{
    return readCsv(u"manifest.csv"_s, {u"propertyName"_s, u"value"_s}, {},
                   [&](qint64, const QStringList &fields) {
                       manifest.insert(fields.value(0).trimmed().toLower(),
                                       fields.value(1).trimmed());
                       return success();
                   });
}

Status RosterImporter::recognise()
{
    const QString name = m_files.displayName();
    const bool manifest = m_files.contains(u"manifest.csv"_s);
    if (!m_files.contains(usersFile)) {
        if (manifest || m_files.contains(u"orgs.csv"_s) || m_files.contains(rolesFile))
            return Error::invalid(
                    RosterText::tr("“%1” is a roster without users.csv, so it names nobody to "
                                   "import. Export the roster again with its users.")
                            .arg(name));
        return Error::invalid(
                RosterText::tr("“%1” is not a roster Rollbook can read: it has neither "
                               "manifest.csv nor users.csv. Rollbook reads OneRoster 1.1 and "
                               "1.2 and School Data Sync v2.1 exports (a folder or a .zip).")
                        .arg(name));
    }
    if (manifest) {
        QHash<QString, QString> values;
        if (auto read = readManifest(values); !read)
            return read;
        if (!m_errors.isEmpty())
            return Error::invalid(m_errors.first().describe(name));
        const QString version = values.value(u"oneroster.version"_s);
        m_delta = values.value(u"file.users"_s).compare(u"delta"_s, Qt::CaseInsensitive) == 0;
        // 1.1 and 1.2, with their errata (1.1.1, 1.2.1).
        if (version == u"1.1"_s || version.startsWith(u"1.1."_s)) {
            m_standard = RosterStandard::OneRoster11;
        } else if (version == u"1.2"_s || version.startsWith(u"1.2."_s)) {
            m_standard = RosterStandard::OneRoster12;
        } else {
            return Error::invalid(
                    RosterText::tr("manifest.csv of “%1” says OneRoster version “%2”; Rollbook "
                                   "reads versions 1.1 and 1.2.")
                            .arg(name, version));
        }
        return success();
    }
    // No manifest: School Data Sync has none; a OneRoster export without one is told by its
    // headers, and the report says so.
    QStringList users;
    QStringList roles;
    const auto headerOf = [this](const QString &file, QStringList &header) -> Status {
        auto device = m_files.openFile(file);
        if (!device)
            return device.error();
        CsvReadOptions options;
        options.encoding = CsvEncoding::Utf8;
        options.delimiter = ',';
        options.fileName = file;
        CsvReader reader(options);
        reader.open(device.value().get());
        header = reader.header();
        return success();
    };
    if (auto read = headerOf(usersFile, users); !read)
        return read;
    if (m_files.contains(rolesFile)) {
        if (auto read = headerOf(rolesFile, roles); !read)
            return read;
    }
    if (columnOf(users, u"role"_s) >= 0 && columnOf(users, u"agentSourcedIds"_s) >= 0) {
        m_standard = RosterStandard::OneRoster11;
    } else if (columnOf(roles, u"roleType"_s) >= 0) {
        m_standard = RosterStandard::OneRoster12;
    } else if (columnOf(roles, u"userSourcedId"_s) >= 0 && columnOf(roles, u"role"_s) >= 0) {
        m_standard = RosterStandard::SchoolDataSync21;
        return success();
    } else {
        return Error::invalid(
                RosterText::tr("“%1” has users.csv, but Rollbook cannot tell which standard it "
                               "follows: there is no manifest.csv (OneRoster), and no roles.csv "
                               "with the columns userSourcedId and role (School Data Sync v2.1).")
                        .arg(name));
    }
    warning(u"manifest.csv"_s, 0, QString(), ProblemCode::NotARoster,
            RosterText::tr("The roster has no manifest.csv, which OneRoster requires; Rollbook "
                           "reads it as %1 by its columns.")
                    .arg(rosterStandardName(m_standard)));
    return success();
}

Status RosterImporter::createTables()
{
    for (const QString &table : {u"roster_user"_s, u"roster_role"_s, u"roster_edge"_s,
                                 u"roster_link"_s, u"roster_missing"_s}) {
        if (auto done = run(u"DROP TABLE IF EXISTS "_s + temporary(table)); !done)
            return done;
    }
    m_tables = true;
    const QStringList statements = {
            u"CREATE TEMP TABLE roster_user (line INTEGER PRIMARY KEY, sourced_id TEXT NOT NULL, "
            u"identifier TEXT NOT NULL, username TEXT NOT NULL, given_name TEXT NOT NULL, "
            u"family_name TEXT NOT NULL, email TEXT NOT NULL, password TEXT NOT NULL, "
            u"active BOOLEAN NOT NULL, deleted BOOLEAN NOT NULL, kind TEXT NOT NULL DEFAULT '', "
            u"problem BOOLEAN NOT NULL DEFAULT FALSE)"_s,
            // role in lower case, to compare; shown as the roster writes it.
            // live: not deleted by a delta roster (status tobedeleted).
            u"CREATE TEMP TABLE roster_role (user_sid TEXT NOT NULL, role TEXT NOT NULL, "
            u"shown TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, "
            u"live BOOLEAN NOT NULL DEFAULT TRUE)"_s,
            // What each side names: a user's agentSourcedIds (OneRoster), a student's contact
            // (School Data Sync's relationships.csv).
            u"CREATE TEMP TABLE roster_edge (from_sid TEXT NOT NULL, to_sid TEXT NOT NULL, "
            u"file TEXT NOT NULL, line INTEGER NOT NULL, col TEXT NOT NULL)"_s,
            u"CREATE TEMP TABLE roster_link (guardian_sid TEXT NOT NULL, "
            u"student_sid TEXT NOT NULL, PRIMARY KEY (guardian_sid, student_sid))"_s,
            u"CREATE TEMP TABLE roster_missing (id BIGINT PRIMARY KEY)"_s,
    };
    for (const QString &sql : statements) {
        if (auto done = run(sql); !done)
            return done;
    }
    return success();
}

Status RosterImporter::readOrgs()
{
    if (!m_files.contains(u"orgs.csv"_s))
        return success();
    QStringList schools;
    QStringList all;
    QStringList schoolNames;
    QStringList allNames;
    int sourcedId = -1, name = -1, type = -1;
    if (auto done = readCsv(
                u"orgs.csv"_s, {u"sourcedId"_s},
                [&](const QStringList &header) {
                    sourcedId = columnOf(header, u"sourcedId"_s);
                    name = columnOf(header, u"name"_s);
                    type = columnOf(header, u"type"_s);
                    return success();
                },
                [&](qint64, const QStringList &fields) {
                    const QString id = fields.value(sourcedId).trimmed();
                    const QString title = fields.value(name).trimmed();
                    if (id.isEmpty())
                        return success();
                    all.append(id);
                    allNames.append(title.isEmpty() ? id : title);
                    if (plainRole(fields.value(type)) == u"school"_s) {
                        schools.append(id);
                        schoolNames.append(title.isEmpty() ? id : title);
                    }
                    return success();
                });
        !done)
        return done;
    // The school is its orgs of type school (a district's export names the district too).
    if (schools.isEmpty()) {
        schools = all;
        schoolNames = allNames;
    }
    schools.sort();
    m_schoolKey = schools.join(u',');
    m_schoolNames = schoolNames;
    return success();
}

Status RosterImporter::readUsers(const std::function<void(const RosterProgress &)> &progress,
                                 const std::atomic<bool> *cancel)
{
    const bool oneRoster = m_standard != RosterStandard::SchoolDataSync21;
    QStringList required = {u"sourcedId"_s, u"username"_s, u"givenName"_s, u"familyName"_s};
    if (m_standard == RosterStandard::OneRoster11)
        required.append(u"role"_s);
    Inserter users(m_db, u"roster_user"_s,
                   {u"line"_s, u"sourced_id"_s, u"identifier"_s, u"username"_s, u"given_name"_s,
                    u"family_name"_s, u"email"_s, u"password"_s, u"active"_s, u"deleted"_s});
    Inserter roles(m_db, u"roster_role"_s,
                   {u"user_sid"_s, u"role"_s, u"shown"_s, u"file"_s, u"line"_s});
    Inserter edges(m_db, u"roster_edge"_s,
                   {u"from_sid"_s, u"to_sid"_s, u"file"_s, u"line"_s, u"col"_s});
    UserColumns &c = m_columns;
    const auto header = [&](const QStringList &names) {
        m_usersHeader = names;
        c.sourcedId = columnOf(names, u"sourcedId"_s);
        c.status = columnOf(names, u"status"_s);
        c.enabledUser = columnOf(names, u"enabledUser"_s);
        c.role = columnOf(names, u"role"_s);
        c.username = columnOf(names, u"username"_s);
        c.givenName = columnOf(names, u"givenName"_s);
        c.familyName = columnOf(names, u"familyName"_s);
        c.identifier = columnOf(names, u"identifier"_s);
        c.email = columnOf(names, u"email"_s);
        c.password = columnOf(names, u"password"_s);
        c.agents = oneRoster ? columnOf(names, u"agentSourcedIds"_s) : -1;
        if (m_plan.key == RosterKey::Identifier && c.identifier < 0)
            error(usersFile, 1, QString(), ProblemCode::MissingColumn,
                  RosterText::tr("users.csv has no column “identifier”, which you chose for the "
                                 "synchronisation key. Choose sourcedId instead."));
        return success();
    };
    const auto record = [&](qint64 line, const QStringList &fields) -> Status {
        ++m_rows;
        m_maxLine = line;
        const auto value = [&fields](int column) {
            return column >= 0 ? fields.value(column).trimmed() : QString();
        };
        const QString id = value(c.sourcedId);
        const bool deleted = value(c.status).compare(u"tobedeleted"_s, Qt::CaseInsensitive) == 0;
        const bool active =
                !deleted && value(c.enabledUser).compare(u"false"_s, Qt::CaseInsensitive) != 0;
        if (auto done = users.add({line, id, value(c.identifier), value(c.username),
                                   value(c.givenName), value(c.familyName), value(c.email),
                                   value(c.password), active, deleted});
            !done)
            return done;
        if (c.role >= 0 && !value(c.role).isEmpty()) {
            if (auto done =
                        roles.add({id, plainRole(value(c.role)), value(c.role), usersFile, line});
                !done)
                return done;
        }
        if (c.agents >= 0) {
            // A comma-separated list in one field; exports write it with or without spaces.
            const QString agents = value(c.agents);
            for (const QStringView agent : QStringView(agents).split(u',')) {
                const QString other = agent.trimmed().toString();
                if (other.isEmpty())
                    continue;
                if (auto done = edges.add({id, other, usersFile, line, m_usersHeader.at(c.agents)});
                    !done)
                    return done;
            }
        }
        return success();
    };
    RosterProgress state;
    state.file = usersFile;
    if (auto done = readCsv(usersFile, required, header, record, cancel,
                            [&](qint64 rows) {
                                if (progress) {
                                    state.rows = rows;
                                    progress(state);
                                }
                            });
        !done)
        return done;
    for (Inserter *inserter : {&users, &roles, &edges}) {
        if (auto done = inserter->flush(); !done)
            return done;
    }
    return success();
}

Status RosterImporter::readRoles()
{
    if (m_standard == RosterStandard::OneRoster11)
        return success();
    if (!m_files.contains(rolesFile)) {
        error(rolesFile, 0, QString(), ProblemCode::NotARoster,
              RosterText::tr("The roster has no roles.csv, so Rollbook cannot tell learners from "
                             "guardians. %1 keeps each user's role there.")
                      .arg(rosterStandardName(m_standard)));
        return success();
    }
    Inserter roles(m_db, u"roster_role"_s,
                   {u"user_sid"_s, u"role"_s, u"shown"_s, u"file"_s, u"line"_s, u"live"_s});
    int user = -1, role = -1, status = -1;
    if (auto done = readCsv(
                rolesFile, {u"userSourcedId"_s, u"role"_s},
                [&](const QStringList &header) {
                    user = columnOf(header, u"userSourcedId"_s);
                    role = columnOf(header, u"role"_s);
                    status = columnOf(header, u"status"_s);
                    return success();
                },
                [&](qint64 line, const QStringList &fields) -> Status {
                    const QString id = fields.value(user).trimmed();
                    const QString name = plainRole(fields.value(role));
                    if (id.isEmpty() || name.isEmpty())
                        return success();
                    // A role the roster deletes is no role of a user who stays; it still tells
                    // who a deleted user was.
                    const bool live = fields.value(status).trimmed().compare(
                                              u"tobedeleted"_s, Qt::CaseInsensitive) != 0;
                    return roles.add(
                            {id, name, fields.value(role).trimmed(), rolesFile, line, live});
                });
        !done)
        return done;
    return roles.flush();
}

Status RosterImporter::readRelationships()
{
    if (m_standard != RosterStandard::SchoolDataSync21 || !m_files.contains(relationshipsFile))
        return success();
    Inserter roles(m_db, u"roster_role"_s,
                   {u"user_sid"_s, u"role"_s, u"shown"_s, u"file"_s, u"line"_s});
    Inserter edges(m_db, u"roster_edge"_s,
                   {u"from_sid"_s, u"to_sid"_s, u"file"_s, u"line"_s, u"col"_s});
    int student = -1, contact = -1, role = -1;
    QString contactHeader;
    QHash<QString, std::pair<qint64, qint64>> otherRoles; // role → count, first line
    if (auto done = readCsv(
                relationshipsFile,
                {u"userSourcedId"_s, u"relationshipUserSourcedId"_s, u"relationshipRole"_s},
                [&](const QStringList &header) {
                    student = columnOf(header, u"userSourcedId"_s);
                    contact = columnOf(header, u"relationshipUserSourcedId"_s);
                    role = columnOf(header, u"relationshipRole"_s);
                    contactHeader = header.value(contact);
                    return success();
                },
                [&](qint64 line, const QStringList &fields) -> Status {
                    const QString from = fields.value(student).trimmed();
                    const QString to = fields.value(contact).trimmed();
                    const QString name = plainRole(fields.value(role));
                    if (from.isEmpty() || to.isEmpty())
                        return success();
                    if (!guardianRoles.contains(name)) {
                        auto &seen = otherRoles[name];
                        if (seen.first++ == 0)
                            seen.second = line;
                        return success();
                    }
                    if (auto added = roles.add(
                                {to, name, fields.value(role).trimmed(), relationshipsFile, line});
                        !added)
                        return added;
                    return edges.add({from, to, relationshipsFile, line, contactHeader});
                });
        !done)
        return done;
    for (auto it = otherRoles.cbegin(); it != otherRoles.cend(); ++it)
        warning(relationshipsFile, it.value().second, QString(), ProblemCode::NotImported,
                RosterText::tr("Relationships of the kind “%1” are not a parent or guardian, so "
                               "they make no link (%n in the file, the first on this line).",
                               nullptr, int(it.value().first))
                        .arg(it.key()));
    if (auto done = roles.flush(); !done)
        return done;
    return edges.flush();
}

Status RosterImporter::read(const std::function<void(const RosterProgress &)> &progress,
                            const std::atomic<bool> *cancel)
{
    // The temporary tables are written in a transaction of their own (the database itself is
    // not touched), which makes reading a large roster fast on SQLite.
    if (!m_db.transaction())
        return Error::file(m_db.lastError().text());
    m_stagingOpen = true;
    if (auto done = createTables(); !done)
        return done;
    if (auto done = readOrgs(); !done)
        return done;
    if (auto done = readUsers(progress, cancel); !done)
        return done;
    if (auto done = readRoles(); !done)
        return done;
    if (auto done = readRelationships(); !done)
        return done;
    if (m_rows == 0 && m_errors.isEmpty())
        error(usersFile, 0, QString(), ProblemCode::NoUsers,
              RosterText::tr("users.csv holds no users."));
    if (!m_errors.isEmpty() && m_usersHeader.isEmpty())
        return success(); // users.csv could not be read: nothing more to check
    int number = 0;
    for (const QString &index : {u"CREATE INDEX %1 ON roster_user (sourced_id)"_s,
                                 u"CREATE INDEX %1 ON roster_user (identifier)"_s,
                                 u"CREATE INDEX %1 ON roster_user (username)"_s,
                                 u"CREATE INDEX %1 ON roster_role (user_sid)"_s,
                                 u"CREATE INDEX %1 ON roster_edge (from_sid, to_sid)"_s,
                                 u"CREATE INDEX %1 ON roster_edge (to_sid)"_s}) {
        const QString name = u"roster_index_%1"_s.arg(++number);
        const QString qualified =
                Database::engineOf(m_db) == Engine::PostgreSQL ? name : u"temp."_s + name;
        if (auto done = run(index.arg(qualified)); !done)
            return done;
    }
    if (Database::engineOf(m_db) == Engine::PostgreSQL) {
        for (const QString &table : {u"roster_user"_s, u"roster_role"_s, u"roster_edge"_s}) {
            if (auto done = run(u"ANALYZE "_s + temporary(table)); !done)
                return done;
        }
    }
    return resolve();
}

Status RosterImporter::resolve()
{
    for (const auto step : {&RosterImporter::checkDuplicateIds, &RosterImporter::decideKinds,
                            &RosterImporter::checkReferences, &RosterImporter::makeLinks,
                            &RosterImporter::checkKeys, &RosterImporter::listNotImported}) {
        if (auto done = (this->*step)(); !done)
            return done;
    }
    return success();
}

Status RosterImporter::checkDuplicateIds()
{
    const QString column = m_usersHeader.value(m_columns.sourcedId);
    QHash<QString, QList<qint64>> linesOf;
    if (auto done = each(u"SELECT sourced_id, line FROM roster_user WHERE sourced_id IN (SELECT "
                         u"sourced_id FROM roster_user GROUP BY sourced_id HAVING count(*) > 1) "
                         u"ORDER BY line"_s,
                         {},
                         [&](const QSqlQuery &q) {
                             linesOf[q.value(0).toString()].append(q.value(1).toLongLong());
                         });
        !done)
        return done;
    for (auto it = linesOf.cbegin(); it != linesOf.cend(); ++it) {
        for (qint64 line : it.value()) {
            QList<qint64> others = it.value();
            others.removeOne(line);
            if (it.key().isEmpty())
                error(usersFile, line, column, ProblemCode::MissingValue,
                      RosterText::tr("This user has no sourcedId, which every user of a roster "
                                     "needs."));
            else
                error(usersFile, line, column, ProblemCode::DuplicateInFile,
                      RosterText::tr("The sourcedId “%1” is used by two users in users.csv "
                                     "(also on line %2). It must belong to one user only.")
                              .arg(it.key(), ImportSql::linesText(others)));
        }
    }
    if (auto done = each(u"SELECT line FROM roster_user WHERE sourced_id = '' AND sourced_id NOT "
                         u"IN (SELECT sourced_id FROM roster_user GROUP BY sourced_id HAVING "
                         u"count(*) > 1)"_s,
                         {},
                         [&](const QSqlQuery &q) {
                             error(usersFile, q.value(0).toLongLong(), column,
                                   ProblemCode::MissingValue,
                                   RosterText::tr("This user has no sourcedId, which every user "
                                                  "of a roster needs."));
                         });
        !done)
        return done;
    return run(u"UPDATE roster_user SET problem = TRUE WHERE sourced_id = '' OR sourced_id IN "
               u"(SELECT sourced_id FROM roster_user GROUP BY sourced_id HAVING count(*) > 1)"_s);
}

Status RosterImporter::decideKinds()
{
    // Roles are fixed words of this file, bound as values.
    // A user who stays has the roles that stay; a deleted user is told by all they had.
    const QString guardian = u"r.role IN (?, ?, ?)"_s;
    const QString theirs = u"r.user_sid = roster_user.sourced_id AND (r.live OR NOT "
                           u"roster_user.active)"_s;
    const QString sql =
            u"UPDATE roster_user SET kind = CASE "
            u"WHEN EXISTS (SELECT 1 FROM roster_role r WHERE %2 AND r.role = 'student') THEN "
            u"CASE WHEN EXISTS (SELECT 1 FROM roster_role r WHERE %2 AND %1) THEN 'both' ELSE "
            u"'student' END "
            u"WHEN EXISTS (SELECT 1 FROM roster_role r WHERE %2 AND %1) THEN 'guardian' "
            u"WHEN EXISTS (SELECT 1 FROM roster_role r WHERE %2) THEN 'staff' ELSE 'none' END"_s
                    .arg(guardian, theirs);
    QVariantList values;
    for (int i = 0; i < 2; ++i) {
        for (const QString &role : guardianRoles)
            values.append(role);
    }
    if (auto done = run(sql, values); !done)
        return done;

    const QString column =
            m_usersHeader.value(m_columns.role >= 0 ? m_columns.role : m_columns.sourcedId);
    const QString where = m_standard == RosterStandard::SchoolDataSync21
                                  ? RosterText::tr("a student in roles.csv and a contact in "
                                                   "relationships.csv")
                                  : RosterText::tr("roles.csv gives both roles");
    Status done = each(u"SELECT line, username FROM roster_user WHERE kind = 'both' AND NOT "
                       u"problem ORDER BY line"_s,
                       {}, [&](const QSqlQuery &q) {
                           error(usersFile, q.value(0).toLongLong(), column,
                                 ProblemCode::ConflictingRoles,
                                 RosterText::tr("“%1” is both a student and a guardian (%2). "
                                                "Rollbook imports a person as a learner or as a "
                                                "parent, not both: correct the roster.")
                                         .arg(q.value(1).toString(), where));
                       });
    if (!done)
        return done;
    done = each(u"SELECT line, username FROM roster_user WHERE kind = 'none' AND active AND NOT "
                u"problem ORDER BY line"_s,
                {}, [&](const QSqlQuery &q) {
                    warning(usersFile, q.value(0).toLongLong(), column, ProblemCode::NotImported,
                            RosterText::tr("“%1” has no role in the roster, so Rollbook cannot "
                                           "tell whether they are a learner or a guardian. They "
                                           "are not imported.")
                                    .arg(q.value(1).toString()));
                });
    if (!done)
        return done;
    // Teachers, administrators and the like: counted by role and skipped.
    m_skippedRoles.clear();
    done = each(
            u"SELECT min(r.shown), count(DISTINCT u.line) FROM roster_user u JOIN roster_role r "
            u"ON r.user_sid = u.sourced_id WHERE u.kind = 'staff' GROUP BY r.role ORDER BY "
            u"r.role"_s,
            {}, [&](const QSqlQuery &q) {
                m_skippedRoles.append({q.value(0).toString(), q.value(1).toLongLong()});
            });
    if (!done)
        return done;
    if (auto marked = run(u"UPDATE roster_user SET problem = TRUE WHERE kind = 'both'"_s); !marked)
        return marked;
    // Roles of users who are not in users.csv: nobody to import.
    return each(u"SELECT r.file, r.line, r.user_sid FROM roster_role r WHERE r.file = ? AND NOT "
                u"EXISTS (SELECT 1 FROM roster_user u WHERE u.sourced_id = r.user_sid) ORDER BY "
                u"r.line LIMIT 100"_s,
                {rolesFile}, [&](const QSqlQuery &q) {
                    warning(q.value(0).toString(), q.value(1).toLongLong(), u"userSourcedId"_s,
                            ProblemCode::UnknownReference,
                            RosterText::tr("This role is of “%1”, who is not in users.csv.")
                                    .arg(q.value(2).toString()));
                });
}

Status RosterImporter::checkReferences()
{
    // A link to someone who is not in users.csv: the roster is incomplete, an error where the
    // reference is written.
    Status done =
            each(u"SELECT e.file, e.line, e.col, e.from_sid, e.to_sid, "
                 u"(SELECT count(*) FROM roster_user u WHERE u.sourced_id = e.from_sid), "
                 u"(SELECT count(*) FROM roster_user u WHERE u.sourced_id = e.to_sid) "
                 u"FROM roster_edge e WHERE NOT EXISTS (SELECT 1 FROM roster_user u WHERE "
                 u"u.sourced_id = e.to_sid) OR NOT EXISTS (SELECT 1 FROM roster_user u WHERE "
                 u"u.sourced_id = e.from_sid) ORDER BY e.file, e.line"_s,
                 {}, [&](const QSqlQuery &q) {
                     const QString file = q.value(0).toString();
                     const bool fromKnown = q.value(5).toLongLong() > 0;
                     const QString missing =
                             fromKnown ? q.value(4).toString() : q.value(3).toString();
                     const QString column = file == relationshipsFile && !fromKnown
                                                    ? u"userSourcedId"_s
                                                    : q.value(2).toString();
                     error(file, q.value(1).toLongLong(), column, ProblemCode::UnknownReference,
                           RosterText::tr("“%1” is named here, but there is no user with that "
                                          "sourcedId in users.csv.")
                                   .arg(missing));
                 });
    if (!done)
        return done;
    // The user whose own row names the missing one is not imported: their links would be
    // incomplete.
    return run(u"UPDATE roster_user SET problem = TRUE WHERE line IN (SELECT e.line FROM "
               u"roster_edge e WHERE e.file = ? AND NOT EXISTS (SELECT 1 FROM roster_user u "
               u"WHERE u.sourced_id = e.to_sid))"_s,
               {usersFile});
}

Status RosterImporter::makeLinks()
{
    // Each guardian–student pair once, from whichever side names the other (OneRoster names
    // agents both ways; School Data Sync names the contact from the student).
    Status done =
            run(u"INSERT INTO roster_link (guardian_sid, student_sid) SELECT DISTINCT g, s FROM ("
                u"SELECT e.to_sid AS g, e.from_sid AS s FROM roster_edge e "
                u"JOIN roster_user f ON f.sourced_id = e.from_sid AND f.kind = 'student' "
                u"JOIN roster_user t ON t.sourced_id = e.to_sid AND t.kind = 'guardian' "
                u"UNION SELECT e.from_sid AS g, e.to_sid AS s FROM roster_edge e "
                u"JOIN roster_user f ON f.sourced_id = e.from_sid AND f.kind = 'guardian' "
                u"JOIN roster_user t ON t.sourced_id = e.to_sid AND t.kind = 'student') AS x"_s);
    if (!done)
        return done;
    // The links between people to import (not those of a user the roster disables).
    done = each(u"SELECT count(*) FROM roster_link l JOIN roster_user g ON g.sourced_id = "
                u"l.guardian_sid AND g.active AND NOT g.problem JOIN roster_user s ON "
                u"s.sourced_id = l.student_sid AND s.active AND NOT s.problem"_s,
                {}, [&](const QSqlQuery &q) { m_links = q.value(0).toLongLong(); });
    if (!done)
        return done;
    // A name that is no guardian of a student, or no student of a guardian (a teacher, another
    // student): no link, said once where it is written.
    done = each(u"SELECT e.file, e.line, e.col, t.username, t.kind, f.kind FROM roster_edge e "
                u"JOIN roster_user f ON f.sourced_id = e.from_sid "
                u"JOIN roster_user t ON t.sourced_id = e.to_sid "
                u"WHERE f.active AND t.active AND NOT (f.kind = 'student' AND t.kind = "
                u"'guardian') AND NOT (f.kind = 'guardian' AND t.kind = 'student') AND f.kind "
                u"IN ('student', 'guardian') AND t.kind <> 'both' ORDER BY e.line LIMIT 100"_s,
                {}, [&](const QSqlQuery &q) {
                    const bool student = q.value(5).toString() == u"student"_s;
                    warning(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                            ProblemCode::NotImported,
                            (student ? RosterText::tr("“%1” is named here as a guardian, but "
                                                      "the roster does not make them one; no "
                                                      "link is made.")
                                     : RosterText::tr("“%1” is named here as a guardian's "
                                                      "child, but the roster does not make them "
                                                      "a student; no link is made."))
                                    .arg(q.value(3).toString()));
                });
    if (!done || m_standard == RosterStandard::SchoolDataSync21)
        return done;
    // OneRoster names a link from both sides. One side naming the other while the other names
    // only others is a contradiction: the link is made, and the report says so.
    return each(
            u"SELECT e.line, e.col, f.username, t.username, (SELECT min(o.line) FROM roster_edge "
            u"o WHERE o.from_sid = e.to_sid), f.kind FROM roster_edge e "
            u"JOIN roster_user f ON f.sourced_id = e.from_sid "
            u"JOIN roster_user t ON t.sourced_id = e.to_sid "
            u"WHERE ((f.kind = 'student' AND t.kind = 'guardian') OR (f.kind = 'guardian' AND "
            u"t.kind = 'student')) AND EXISTS (SELECT 1 FROM roster_edge o WHERE o.from_sid = "
            u"e.to_sid) AND NOT EXISTS (SELECT 1 FROM roster_edge o WHERE o.from_sid = e.to_sid "
            u"AND o.to_sid = e.from_sid) ORDER BY e.line LIMIT 100"_s,
            {}, [&](const QSqlQuery &q) {
                warning(usersFile, q.value(0).toLongLong(), q.value(1).toString(),
                        ProblemCode::ContradictingLink,
                        RosterText::tr("“%1” names “%2”, but the agentSourcedIds of “%2” (line "
                                       "%3) do not name “%1”. Rollbook links them; check the "
                                       "roster if they should not be.")
                                .arg(q.value(2).toString(), q.value(3).toString())
                                .arg(q.value(4).toLongLong()));
            });
}

Status RosterImporter::checkKeys()
{
    if (m_plan.key != RosterKey::Identifier || m_columns.identifier < 0)
        return success();
    Status done =
            each(u"SELECT line, username FROM roster_user WHERE identifier = '' AND active "
                 u"AND NOT problem AND kind IN ('student', 'guardian') ORDER BY line"_s,
                 {}, [&](const QSqlQuery &q) {
                     error(usersFile, q.value(0).toLongLong(),
                           m_usersHeader.value(m_columns.identifier), ProblemCode::MissingValue,
                           RosterText::tr("“%1” has no identifier, which you chose for the "
                                          "synchronisation key. Fill it in, or choose "
                                          "sourcedId.")
                                   .arg(q.value(1).toString()));
                 });
    if (!done)
        return done;
    return run(u"UPDATE roster_user SET problem = TRUE WHERE identifier = '' AND active AND kind "
               u"IN ('student', 'guardian')"_s);
}

Status RosterImporter::listNotImported()
{
    m_notImported.clear();
    const QString enabled = m_usersHeader.value(m_columns.enabledUser);
    const QString status = m_usersHeader.value(m_columns.status);
    return each(u"SELECT line, sourced_id, username, given_name, family_name, kind, deleted FROM "
                u"roster_user WHERE NOT active AND kind IN ('student', 'guardian') ORDER BY "
                u"line"_s,
                {}, [&](const QSqlQuery &q) {
                    RosterPerson person;
                    person.line = q.value(0).toLongLong();
                    person.sourcedId = q.value(1).toString();
                    person.username = q.value(2).toString();
                    person.firstName = q.value(3).toString();
                    person.lastName = q.value(4).toString();
                    person.profile = q.value(5).toString() == u"student"_s ? Profile::Learner
                                                                           : Profile::Parent;
                    const bool deleted = q.value(6).toBool();
                    person.reason = deleted ? RosterText::tr("The roster deletes them (status "
                                                             "tobedeleted).")
                                            : RosterText::tr("The roster disables them "
                                                             "(enabledUser false).");
                    warning(usersFile, person.line, deleted ? status : enabled,
                            ProblemCode::NotImported,
                            RosterText::tr("“%1” is not imported. %2")
                                    .arg(person.username, person.reason));
                    m_notImported.append(person);
                });
}

} // namespace Rollbook

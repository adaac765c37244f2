#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Database)
};

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return u"rollbook-%1"_s.arg(++counter);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The permission bits say whether anyone may write; isWritable() alone says yes to an
// administrator (root) even for a file the user marked read-only. The *User bits are left out
// on purpose: Qt fills them in from access(), which says yes to root as well.
bool markedReadOnly(const QFileInfo &info)
{
    constexpr auto anyWrite =
            QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return !info.isWritable() || !(info.permissions() & anyWrite);
}

bool markedUnreadable(const QFileInfo &info)
{
    constexpr auto anyRead =
            QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    return !info.isReadable() || !(info.permissions() & anyRead);
}

// Checks the file before SQLite touches it. An empty or missing file is a new database.
Status checkFile(const QString &path, bool create)
{
    const QFileInfo info(path);
    const QString shown = nativePath(path);
    if (!info.exists()) {
        if (!create)
            return Error::file(DatabaseText::tr("There is no database at “%1”.").arg(shown));
        const QFileInfo folder(info.absolutePath());
        if (folder.exists() && !folder.isDir())
            return Error::file(
                    DatabaseText::tr("Rollbook cannot create “%1”: “%2” is a file, not a folder.")
                            .arg(shown, nativePath(folder.filePath())));
        return success();
    }
    if (info.isDir())
        return Error::file(DatabaseText::tr("“%1” is a folder, not a database file.").arg(shown));
    if (markedUnreadable(info))
        return Error::file(
                DatabaseText::tr(
                        "Rollbook cannot read “%1”: you do not have permission to open it. "
                        "Ask whoever manages this computer for access, or choose another "
                        "file.")
                        .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::file(
                DatabaseText::tr("Rollbook cannot read “%1”: %2.").arg(shown, file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayView("SQLite format 3\0", 16))
        return Error::file(
                DatabaseText::tr("“%1” is not a Rollbook database. It may be another kind of file "
                                 "with the same name. Choose another file, or create a new "
                                 "database.")
                        .arg(shown));
    return success();
}

Status createOwnerOnly(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::file(DatabaseText::tr("Rollbook cannot create the folder “%1”.")
                                   .arg(nativePath(info.absolutePath())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::file(DatabaseText::tr("Rollbook cannot create “%1”: %2.")
                                   .arg(nativePath(path), file.errorString()));
    // Only the owner may read it: the database holds passwords. Windows keeps its folder ACLs.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

Result<int> readUserVersion(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return Error::file(
                DatabaseText::tr("“%1” is not a Rollbook database, or it is damaged (%2).")
                        .arg(nativePath(path), query.lastError().text()));
    }
    return query.value(0).toInt();
}

// Whether the file already holds tables, views or the like. A Rollbook database has them only
// from version 1 on, so at version 0 they belong to some other program.
Result<bool> hasSchema(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
        return Error::file(
                DatabaseText::tr("“%1” is not a Rollbook database, or it is damaged (%2).")
                        .arg(nativePath(path), query.lastError().text()));
    }
    return query.value(0).toInt() > 0;
}

Error newerVersion(const QString &shown, int version, int latest)
{
    return Error::file(
            DatabaseText::tr("“%1” was made by a newer version of Rollbook (database version %2; "
                             "this Rollbook understands up to version %3). Install the newer "
                             "Rollbook to open it. The database has not been changed.")
                    .arg(shown)
                    .arg(version)
                    .arg(latest));
}

// Refuses a database newer than `latest`, and another program's file, before anything writes.
Status checkVersion(QSqlDatabase &db, const QString &path, int latest)
{
    const auto version = readUserVersion(db, path);
    if (!version)
        return version.error();
    if (version.value() > latest)
        return newerVersion(nativePath(path), version.value(), latest);
    // Another program's SQLite file: adding our tables to it would damage it.
    if (version.value() == 0) {
        const auto foreign = hasSchema(db, path);
        if (!foreign)
            return foreign.error();
        if (foreign.value()) {
            return Error::file(
                    DatabaseText::tr("“%1” is an SQLite database, but not a Rollbook database. "
                                     "Choose another file, or create a new database.")
                            .arg(nativePath(path)));
        }
    }
    return success();
}

// checkVersion() on a read-only connection of its own, for a file with a write-ahead journal
// beside it (left by a crash, or by a program that has it open): closing a writable connection
// could fold that journal back into the file, changing it even when it is then refused.
Status checkReadOnly(const QString &path, int latest)
{
    const QString name = uniqueConnectionName() + u"-check"_s;
    Status checked = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!db.isValid()) {
            checked = Error::file(DatabaseText::tr(
                    "The SQLite driver for Qt is missing (QSQLITE). Reinstall Rollbook."));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (db.open())
                checked = checkVersion(db, path, latest);
            else
                checked = Error::file(DatabaseText::tr("Rollbook cannot open “%1”: %2.")
                                              .arg(nativePath(path), db.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return checked;
}

Status execute(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return Error::file(query.lastError().text());
    return success();
}

// The one lock every Rollbook on a server takes while it migrates ("Rollbook" in ASCII), so that
// two programs starting at once do not both apply the same step.
constexpr qint64 migrationLock = 0x526f6c6c626f6f6b;
// The lock of Database::beginSerialised(): imports and their undo, one at a time.
constexpr qint64 importLock = migrationLock + 1;

// The migration lock on a server, held by the connection (not by a transaction) from the
// constructor to the destructor. It is taken before any transaction that depends on it begins:
// a transaction that waited for it would go on seeing, in PostgreSQL's cache of the catalogue,
// the tables as they were before another Rollbook made them.
class ServerLock
{
public:
    ServerLock(QSqlDatabase &db, qint64 key)
        : m_db(db)
        , m_key(key)
    {
        QSqlQuery lock(m_db);
        lock.prepare(u"SELECT pg_advisory_lock(?)"_s);
        lock.addBindValue(m_key);
        m_held = lock.exec();
        if (!m_held)
            m_error = lock.lastError().text();
    }
    ~ServerLock()
    {
        // Should this fail, closing the connection releases it.
        if (!m_held)
            return;
        QSqlQuery unlock(m_db);
        unlock.prepare(u"SELECT pg_advisory_unlock(?)"_s);
        unlock.addBindValue(m_key);
        unlock.exec();
    }
    ServerLock(const ServerLock &) = delete;
    ServerLock &operator=(const ServerLock &) = delete;

    bool held() const { return m_held; }
    QString error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    qint64 m_key;
    bool m_held = false;
    QString m_error;
};

// One step in one transaction. On a server the caller holds the migration lock.
Status applyMigration(QSqlDatabase &db, const Migration &migration)
{
    const bool server = Database::engineOf(db) == Engine::PostgreSQL;
    if (!db.transaction())
        return Error::file(db.lastError().text());
    for (const QString &statement : migration.statements()) {
        if (auto done = execute(db, statement); !done) {
            db.rollback();
            return done;
        }
    }
    // SQLite migrates with foreign keys off (a step may build a table anew): every reference
    // must still hold before the step commits.
    if (!server) {
        QSqlQuery check(db);
        if (!check.exec(u"PRAGMA foreign_key_check"_s) || check.next()) {
            const QString why = check.isActive()
                                        ? DatabaseText::tr("a row of “%1” names a missing one")
                                                  .arg(check.value(0).toString())
                                        : check.lastError().text();
            db.rollback();
            return Error::file(why);
        }
    }
    QSqlQuery version(db);
    if (server) {
        version.prepare(u"UPDATE rollbook_schema SET version = ?"_s);
        version.addBindValue(migration.version);
        version.exec();
    } else {
        // The version is a number from our own list, never user text (PRAGMA takes no
        // parameters).
        version.exec(u"PRAGMA user_version = %1"_s.arg(migration.version));
    }
    if (!version.isActive()) {
        const QString why = version.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    return success();
}

Status migrate(QSqlDatabase &db, const QList<Migration> &migrations, int from, const QString &shown)
{
    for (const Migration &migration : migrations) {
        if (migration.version <= from)
            continue;
        if (auto done = applyMigration(db, migration); !done) {
            return Error::file(
                    DatabaseText::tr(
                            "Rollbook could not bring “%1” up to database version %2 (%3). "
                            "The database was left at the version before it.")
                            .arg(shown)
                            .arg(migration.version)
                            .arg(done.error().message));
        }
    }
    return success();
}

// A server database's schema version lives in a one-row table (PostgreSQL has no
// user_version); a database without it is at version 0.
Result<int> readServerVersion(QSqlDatabase &db, const QString &shown)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regclass('rollbook_schema') IS NOT NULL"_s) || !query.next())
        return Error::file(DatabaseText::tr("Rollbook cannot read the database “%1”: %2.")
                                   .arg(shown, query.lastError().text()));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT version FROM rollbook_schema"_s) || !query.next())
        return Error::file(DatabaseText::tr("Rollbook cannot read the database “%1”: %2.")
                                   .arg(shown, query.lastError().text()));
    return query.value(0).toInt();
}

// Refuses a server database that a newer Rollbook made or that holds another program's
// tables, and gives a new one its version table; the version to migrate from. Nothing is
// written to a refused one. The caller holds the migration lock, so another Rollbook's tables
// are either all there (a version above 0) or not begun, never taken for another program's.
Result<int> prepareServer(QSqlDatabase &db, const QString &shown, int latest)
{
    const auto version = readServerVersion(db, shown);
    if (!version)
        return version;
    if (version.value() > latest)
        return newerVersion(shown, version.value(), latest);
    if (version.value() > 0)
        return version;

    QSqlQuery query(db);
    if (!query.exec(
                u"SELECT count(*) FROM information_schema.tables "
                u"WHERE table_schema = current_schema() AND table_name <> 'rollbook_schema'"_s) ||
        !query.next())
        return Error::file(DatabaseText::tr("Rollbook cannot read the database “%1”: %2.")
                                   .arg(shown, query.lastError().text()));
    if (query.value(0).toInt() > 0) {
        return Error::file(DatabaseText::tr("“%1” is not a Rollbook database: it holds another "
                                            "program's tables. Ask the server's administrator "
                                            "for an empty database for Rollbook.")
                                   .arg(shown));
    }
    const auto cannotSetUp = [&shown](const QString &why) {
        return Error::file(
                DatabaseText::tr("Rollbook cannot set up the database “%1”: %2.").arg(shown, why));
    };
    // At version 0 it may have the table already, left by a first step that failed.
    if (!query.exec(u"SELECT to_regclass('rollbook_schema') IS NULL"_s) || !query.next())
        return cannotSetUp(query.lastError().text());
    if (!query.value(0).toBool())
        return 0;
    if (!db.transaction())
        return cannotSetUp(db.lastError().text());
    if (!query.exec(u"CREATE TABLE rollbook_schema (version INTEGER NOT NULL)"_s) ||
        !query.exec(u"INSERT INTO rollbook_schema (version) VALUES (0)"_s) || !db.commit()) {
        const QString why =
                query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return cannotSetUp(why);
    }
    return 0;
}

} // namespace

QString valuesPlaceholders(qsizetype rows, int columns)
{
    QString row = u"("_s;
    for (int i = 0; i < columns; ++i)
        row += i ? u", ?"_s : u"?"_s;
    row += u')';
    QString sql;
    sql.reserve(rows * (row.size() + 2));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i)
            sql += u", "_s;
        sql += row;
    }
    return sql;
}

Database::Database(const QString &path, const QString &connectionName, Engine engine)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_engine(engine)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"rollbook.sqlite"_s);
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        const auto migrations = Migration::builtIn();
        return migrations.isEmpty() ? 0 : migrations.last().version;
    }();
    return latest;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    return open(location, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    if (ServerAddress::isServer(location))
        return openServer(location, options);
    const QString &path = location;
    if (path.trimmed().isEmpty())
        return Error::usage(DatabaseText::tr("No database file was named."));
    if (auto checked = checkFile(path, options.create); !checked)
        return checked.error();

    const QString shown = nativePath(path);
    const bool isNew = !QFileInfo::exists(path);
    if (isNew) {
        if (auto created = createOwnerOnly(path); !created)
            return created.error();
    }

    const QList<Migration> migrations = options.migrations.value_or(Migration::builtIn());
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    // Without a journal beside it, reading through the writable connection below changes
    // nothing, whereas a read-only one would leave journal files behind.
    if (QFileInfo::exists(path + u"-wal"_s)) {
        if (auto checked = checkReadOnly(path, latest); !checked)
            return checked.error();
    }

    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, Engine::SQLite));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db.isValid())
        return Error::file(DatabaseText::tr(
                "The SQLite driver for Qt is missing (QSQLITE). Reinstall Rollbook."));
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Error::file(DatabaseText::tr("Rollbook cannot open “%1”: %2.")
                                   .arg(shown, db.lastError().text()));
    if (auto checked = checkVersion(db, path, latest); !checked)
        return checked.error();
    const auto version = readUserVersion(db, path);
    if (!version)
        return version.error();

    // Only now may we write: checked after reading so a read-only newer file is reported as newer.
    if (!isNew && markedReadOnly(QFileInfo(path))) {
        return Error::file(
                DatabaseText::tr(
                        "“%1” is read-only, so Rollbook cannot save changes to it. Copy it "
                        "to a folder where you may save files, or ask for permission to "
                        "change it.")
                        .arg(shown));
    }

    // Foreign keys are off while migrating (SQLite's procedure for building a table anew) and
    // on for everything after. Deleted content is overwritten with zeros, so that a forgotten
    // password or an erased person stays in no free page: Debian's SQLite does so by default,
    // the SQLite bundled with Qt on Windows and macOS does not.
    for (const auto *pragma : {"PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON"}) {
        if (auto done = execute(db, QString::fromLatin1(pragma)); !done)
            return Error::file(DatabaseText::tr("Rollbook cannot use “%1”: %2.")
                                       .arg(shown, done.error().message));
    }

    if (auto done = migrate(db, migrations, version.value(), shown); !done)
        return done.error();
    if (auto done = execute(db, u"PRAGMA foreign_keys = ON"_s); !done)
        return Error::file(
                DatabaseText::tr("Rollbook cannot use “%1”: %2.").arg(shown, done.error().message));
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location,
                                                       const Options &options)
{
    const auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    const QString shown = address->displayName();
    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(address->toString(), name, Engine::PostgreSQL));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid())
        return Error::file(DatabaseText::tr(
                "Rollbook's PostgreSQL support is missing (the QPSQL driver of Qt). Install it "
                "(on Debian and Ubuntu: the package libqt6sql6-psql), or reinstall Rollbook."));
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->name);
    db.setConnectOptions(address->connectOptions());
    if (!db.open()) {
        const auto problem = address->problemOf(db.lastError().databaseText());
        return Error::file(
                DatabaseText::tr("Rollbook cannot connect to the database “%1” on port %2 as %3: "
                                 "%4 %5")
                        .arg(shown)
                        .arg(address->port)
                        .arg(address->user, problem.why, problem.advice));
    }
    // The server's notices ("table … does not exist, skipping") are for its log, not for the
    // administrator's terminal, where libpq would print them.
    QSqlQuery(db).exec(u"SET client_min_messages TO warning"_s);
    const QList<Migration> migrations =
            options.migrations.value_or(Migration::builtIn(Engine::PostgreSQL));
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    // Most days there is nothing to do, and no need to wait for anyone.
    const auto current = readServerVersion(db, shown);
    if (!current)
        return current.error();
    if (current.value() > latest)
        return newerVersion(shown, current.value(), latest);
    if (current.value() == latest && latest > 0)
        return database;
    // Two Rollbooks may start on it at once: one sets it up, the other then finds it done.
    const ServerLock lock(db, migrationLock);
    if (!lock.held())
        return Error::file(DatabaseText::tr("Rollbook cannot set up the database “%1”: %2.")
                                   .arg(shown, lock.error()));
    const auto version = prepareServer(db, shown, latest);
    if (!version)
        return version.error();
    if (auto done = migrate(db, migrations, version.value(), shown); !done)
        return done.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::displayNameOf(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::PostgreSQL)
        return ServerAddress::shown(db.databaseName(), db.hostName());
    return nativePath(db.databaseName());
}

QString Database::displayName() const
{
    if (m_engine == Engine::PostgreSQL) {
        const auto address = ServerAddress::parse(m_path);
        return address ? address->displayName() : m_path;
    }
    return nativePath(m_path);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    const auto version = m_engine == Engine::PostgreSQL ? readServerVersion(db, m_path)
                                                        : readUserVersion(db, m_path);
    return version ? version.value() : -1;
}

Engine Database::engineOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? Engine::PostgreSQL : Engine::SQLite;
}

Status Database::beginWrite(QSqlDatabase &db)
{
    QSqlQuery begin(db);
    if (!begin.exec(engineOf(db) == Engine::PostgreSQL ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return Error::file(begin.lastError().text());
    return success();
}

Status Database::beginSerialised(QSqlDatabase &db, const Wait &wait)
{
    const QString message = DatabaseText::tr(
            "Waiting for another administrator's import or undo on this database to finish…");
    bool told = false;
    const auto tell = [&] {
        if (!told && wait.waiting)
            wait.waiting(message);
        told = true;
    };
    const auto stopped = [&] { return wait.cancelled && wait.cancelled(); };
    const auto cancelledError = [] {
        return Error::invalid(DatabaseText::tr("Cancelled while waiting; nothing was changed."));
    };

    if (engineOf(db) == Engine::SQLite) {
        // BEGIN IMMEDIATE waits the busy timeout itself; SQLITE_BUSY (5) after it means
        // another writer still holds the file.
        for (;;) {
            QSqlQuery begin(db);
            if (begin.exec(u"BEGIN IMMEDIATE"_s))
                return success();
            if (begin.lastError().nativeErrorCode() != u"5"_s)
                return Error::file(begin.lastError().text());
            tell();
            if (stopped())
                return cancelledError();
        }
    }

    if (auto begun = beginWrite(db); !begun)
        return begun;
    QSqlQuery lock(db);
    lock.prepare(u"SELECT pg_try_advisory_xact_lock(?)"_s);
    for (;;) {
        lock.addBindValue(importLock);
        if (!lock.exec() || !lock.next()) {
            const QString why = lock.lastError().text();
            db.rollback();
            return Error::file(why);
        }
        if (lock.value(0).toBool())
            return success();
        tell();
        if (stopped()) {
            db.rollback();
            return cancelledError();
        }
        QThread::msleep(100);
    }
}

} // namespace Rollbook

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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

Error newerVersion(const QString &path, int version, int latest)
{
    return Error::file(
            DatabaseText::tr("“%1” was made by a newer version of Rollbook (database version %2; "
                             "this Rollbook understands up to version %3). Install the newer "
                             "Rollbook to open it. The file has not been changed.")
                    .arg(nativePath(path))
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
        return newerVersion(path, version.value(), latest);
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

Status applyMigration(QSqlDatabase &db, const Migration &migration)
{
    if (!db.transaction())
        return Error::file(db.lastError().text());
    for (const QString &statement : migration.statements()) {
        if (auto done = execute(db, statement); !done) {
            db.rollback();
            return done;
        }
    }
    // The version is a number from our own list, never user text.
    if (auto done = execute(db, u"PRAGMA user_version = %1"_s.arg(migration.version)); !done) {
        db.rollback();
        return done;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    return success();
}

} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
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

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
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

    const int latest = options.migrations.isEmpty() ? 0 : options.migrations.last().version;
    // Without a journal beside it, reading through the writable connection below changes
    // nothing, whereas a read-only one would leave journal files behind.
    if (QFileInfo::exists(path + u"-wal"_s)) {
        if (auto checked = checkReadOnly(path, latest); !checked)
            return checked.error();
    }

    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
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

    for (const auto *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (auto done = execute(db, QString::fromLatin1(pragma)); !done)
            return Error::file(DatabaseText::tr("Rollbook cannot use “%1”: %2.")
                                       .arg(shown, done.error().message));
    }

    for (const Migration &migration : options.migrations) {
        if (migration.version <= version.value())
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
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    const auto version = readUserVersion(db, m_path);
    return version ? version.value() : -1;
}

} // namespace Rollbook

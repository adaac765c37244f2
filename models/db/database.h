#pragma once

#include "core/result.h"
#include "db/migration.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Rollbook {

// One open Rollbook database: an SQLite file with foreign keys on, a WAL journal and a busy
// timeout, migrated to the schema this program knows. Each object owns its own Qt Sql
// connection, and a connection belongs to the thread that opened it: a worker thread opens its
// own Database on the same path.
class Database
{
public:
    struct Options
    {
        // The schema steps to apply; tests pass their own.
        QList<Migration> migrations = Migration::builtIn();
        // Whether a missing file may be created.
        bool create = true;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The database a user gets when they name none: rollbook.sqlite in the application's data
    // folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    // The newest schema version of the built-in migrations.
    static int latestSchemaVersion();

    // Opens the file at `path`, creating it (readable by its owner only, where the platform
    // allows) and migrating it as needed. A file that is not a database, that cannot be read or
    // written, or that a newer Rollbook made, is refused with a message and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

private:
    explicit Database(const QString &path, const QString &connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace Rollbook

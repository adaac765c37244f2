#pragma once

#include "core/result.h"
#include "db/migration.h"
#include "db/serveraddress.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Rollbook {

// "(?, ?), (?, ?), …": the placeholders of `rows` rows of `columns` values each, for an
// INSERT … VALUES that writes many rows in one statement (one round trip to a server).
QString valuesPlaceholders(qsizetype rows, int columns);

// One open Rollbook database, migrated to the schema this program knows: an SQLite file with
// foreign keys on, a WAL journal and a busy timeout, or a database on a PostgreSQL server. Each
// object owns its own Qt Sql connection, and a connection belongs to the thread that opened it:
// a worker thread opens its own Database at the same location.
class Database
{
public:
    struct Options
    {
        // The schema steps to apply; tests pass their own. Empty: the engine's built-in ones.
        std::optional<QList<Migration>> migrations;
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

    // Opens the database at `location`, a file path or a server address (ServerAddress), and
    // migrates it as needed. A missing file is created, readable by its owner only where the
    // platform allows; a server's database must exist (its administrator creates it). A file or
    // server database that is not Rollbook's, that cannot be read or written, or that a newer
    // Rollbook made, is refused with a message and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);

    QSqlDatabase connection() const;
    // The file path or server address it was opened with; a worker opens the same.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    // Where it is, for people: the file's native path, or "NAME on HOST".
    QString displayName() const;
    int schemaVersion() const;

    // displayName() of the database behind a connection.
    static QString displayNameOf(const QSqlDatabase &db);

    // The engine behind a connection.
    static Engine engineOf(const QSqlDatabase &db);

    // Begins a transaction that will write. On SQLite it takes the write lock at once (BEGIN
    // IMMEDIATE), so that a second writer waits (the busy timeout) instead of failing halfway.
    static Status beginWrite(QSqlDatabase &db);

    // Begins a write transaction that one connection at a time may hold, for the work that
    // must not interleave with its like (imports and their undo): on PostgreSQL an advisory lock
    // held until the transaction ends, on SQLite the write lock itself. While another holds it,
    // `waiting` is told once, and the wait goes on until it is free or `cancelled` says so
    // (then the transaction is not begun and nothing was written).
    struct Wait
    {
        std::function<void(const QString &message)> waiting;
        std::function<bool()> cancelled;
    };
    static Status beginSerialised(QSqlDatabase &db, const Wait &wait = {});

private:
    explicit Database(const QString &path, const QString &connectionName, Engine engine);
    static Result<std::unique_ptr<Database>> openServer(const QString &location,
                                                        const Options &options);

    QString m_path;
    QString m_connectionName;
    Engine m_engine = Engine::SQLite;
};

} // namespace Rollbook

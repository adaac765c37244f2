#pragma once

#include "core/result.h"
#include "db/migration.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Rollbook {

// How a connection to a server is protected: libpq's sslmode, as the address may give it
// (?sslmode=…). Without it the server is verified.
enum class SslMode {
    VerifyFull, // verify-full: encrypted, the server's certificate checked and its name matched
    VerifyCa,   // verify-ca: encrypted, the certificate checked against the authority only
    Require,    // require: encrypted, the server not verified
    Disable,    // disable: not encrypted; only to a server on this computer
};

// Where a shared database lives: postgresql://USER@HOST[:PORT]/NAME[?sslmode=…&sslrootcert=…].
// The password is never part of it: libpq reads it from PGPASSWORD or the user's password file
// (.pgpass, or %APPDATA%\postgresql\pgpass.conf on Windows).
struct ServerAddress
{
    QString user;
    QString host;
    int port = 5432;
    QString name;
    SslMode sslMode = SslMode::VerifyFull;
    // The certificate of the authority (CA) that signed the server's (libpq's sslrootcert), for
    // verify-full and verify-ca; empty: libpq's default, ~/.postgresql/root.crt (on Windows
    // %APPDATA%\postgresql\root.crt).
    QString sslRootCert;

    // Whether `location` names a server rather than a file.
    static bool isServer(const QString &location);
    // The address in `location`, or why it is not one Rollbook can use.
    static Result<ServerAddress> parse(const QString &location);
    // The address as parse() reads it; sslmode and sslrootcert only when they are not the default.
    QString toString() const;
    // For people: "NAME on HOST".
    QString displayName() const;

    // libpq's name of a mode ("verify-full"), and the mode of a name.
    static QString sslModeName(SslMode mode);
    static std::optional<SslMode> sslModeNamed(const QString &name);
    // Whether `host` is this computer: 127.0.0.1, ::1, localhost, or a socket's folder.
    static bool isLocalHost(const QString &host);

    // One sentence that warns when the connection is not verified (require) or not encrypted
    // (disable), for the status bar and the command line; empty when the server is verified.
    QString securityWarning() const;
};
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

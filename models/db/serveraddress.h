#pragma once

#include "core/result.h"

#include <QString>

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

    // "NAME on HOST", as displayName() says it.
    static QString shown(const QString &name, const QString &host);

    // libpq's connection options for this address, as QSqlDatabase::setConnectOptions() takes
    // them (with the security it gives).
    QString connectOptions() const;
    // Why a connection failed, from libpq's words `libpqText`, and what to do, in words for a
    // school's administrator (a TLS failure explained; otherwise libpq's words as sentences).
    struct Problem
    {
        QString why;
        QString advice;
    };
    Problem problemOf(const QString &libpqText) const;
};

} // namespace Rollbook

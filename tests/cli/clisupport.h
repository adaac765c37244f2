#pragma once

// What the command-line tests share beyond tests/support: reading and setting up, on a plain
// connection of their own (Testing::withConnection), the database a test gave rollbook-cli (a
// file, or a database on the test server).

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <utility>

namespace Rollbook::CliTesting {

using Testing::withConnection;

inline bool isServer(const QString &location)
{
    return Testing::isServerLocation(location);
}

// The first column of the first row `sql` gives, or an invalid QVariant.
inline QVariant queryValue(const QString &location, const QString &sql)
{
    QVariant value;
    withConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0);
    });
    return value;
}

inline bool execute(const QString &location, const QString &sql)
{
    bool done = false;
    withConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        done = query.exec(sql);
    });
    return done;
}

// The schema version the database is at: SQLite's user_version, or the server's version table.
inline int schemaVersion(const QString &location)
{
    const QVariant version =
            queryValue(location, isServer(location) ? QStringLiteral("SELECT version FROM "
                                                                     "rollbook_schema")
                                                    : QStringLiteral("PRAGMA user_version"));
    return version.isValid() ? version.toInt() : -1;
}

// Marks the database as made by another version of Rollbook.
inline bool setSchemaVersion(const QString &location, int version)
{
    // The version is the test's own number, not user text (PRAGMA takes no parameters).
    return execute(location,
                   isServer(location)
                           ? QStringLiteral("UPDATE rollbook_schema SET version = %1").arg(version)
                           : QStringLiteral("PRAGMA user_version = %1").arg(version));
}

inline bool hasTable(const QString &location, const QString &table)
{
    // The name is the test's own, not user text.
    const QString sql =
            isServer(location)
                    ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                     "table_schema = current_schema() AND table_name = '%1'")
                    : QStringLiteral(
                              "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                              "'%1'");
    return queryValue(location, sql.arg(table)).toInt() == 1;
}

// Whether nothing was ever made at `location`: no file, or a server database without tables.
inline bool neverOpened(const QString &location)
{
    if (!isServer(location))
        return !QFile::exists(location);
    const QVariant tables = queryValue(location, QStringLiteral("SELECT count(*) FROM "
                                                                "information_schema.tables WHERE "
                                                                "table_schema = current_schema()"));
    return tables.isValid() && tables.toInt() == 0;
}

// What must not change when a request is refused: the file's very bytes, or on a server every
// table and row (Testing::dumpFile).
inline QByteArray snapshot(const QString &location)
{
    if (isServer(location))
        return Testing::dumpFile(location).toUtf8();
    QFile file(location);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Rollbook::CliTesting

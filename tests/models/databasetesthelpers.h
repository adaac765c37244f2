// Helpers of the database tests (tst_database, and tst_database_server for what only a server
// has): a folder of its own for each test's databases, and what a database holds, read alike from
// an SQLite file and from a PostgreSQL server.
#pragma once

#include "db/database.h"
#include "db/migration.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Rollbook::DatabaseTesting {

using namespace Qt::Literals::StringLiterals;

inline bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(contents) == contents.size();
}

inline QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

inline bool onServer(const QSqlDatabase &db)
{
    return Database::engineOf(db) == Engine::PostgreSQL;
}

// The built-in migrations of the engine the tests run on.
inline QList<Migration> builtIn()
{
    return Migration::builtIn(Testing::onServer() ? Engine::PostgreSQL : Engine::SQLite);
}

// Rollbook's tables; on a server without its version table, which SQLite keeps in the file's
// header instead.
inline QSet<QString> tables(const QSqlDatabase &db)
{
    QSet<QString> names;
    QSqlQuery query(db);
    if (onServer(db))
        query.exec(u"SELECT table_name FROM information_schema.tables "
                   u"WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                   u"AND table_name <> 'rollbook_schema'"_s);
    else
        query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                   u"AND name NOT LIKE 'sqlite_%'"_s);
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

// Every CREATE statement of the schema, in a stable order, to compare two databases. A server
// gives no CREATE statements back: there its columns, indexes and constraints as it describes
// them.
inline QStringList schema(const QSqlDatabase &db)
{
    QStringList statements;
    QSqlQuery query(db);
    if (onServer(db)) {
        const QStringList queries{
                u"SELECT table_name, column_name, data_type, collation_name, is_nullable, "
                u"column_default, is_identity FROM information_schema.columns "
                u"WHERE table_schema = current_schema() "
                u"ORDER BY table_name COLLATE \"C\", ordinal_position"_s,
                u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                u"ORDER BY indexname COLLATE \"C\""_s,
                u"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                u"FROM pg_constraint WHERE connamespace = current_schema()::regnamespace "
                u"ORDER BY 1 COLLATE \"C\", 2 COLLATE \"C\""_s,
        };
        for (const QString &sql : queries) {
            if (!query.exec(sql))
                statements.append(query.lastError().text());
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields.append(query.value(i).toString());
                statements.append(fields.join(u'|'));
            }
        }
        return statements;
    }
    query.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
    while (query.next())
        statements.append(query.value(2).toString());
    return statements;
}

// The schema version as it is stored: PRAGMA user_version, or the server's rollbook_schema
// table, which must have one row.
inline int storedVersion(const QSqlDatabase &db)
{
    if (!onServer(db))
        return pragma(db, u"user_version"_s).toInt();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT version FROM rollbook_schema"_s) || !query.next())
        return -1;
    const int version = query.value(0).toInt();
    return query.next() ? -2 : version;
}

// Runs `work` on a plain Qt Sql connection to `path` (a file, or a server's address), closed
// again afterwards, for setting up databases the way another program (or a newer Rollbook)
// would have left them.
template<typename Work>
inline bool withPlainConnection(const QString &path, Work work)
{
    bool worked = false;
    const bool opened = Testing::withConnection(path, [&](QSqlDatabase &db) { worked = work(db); });
    return opened && worked;
}

// Everything a server database holds, rows and schema, to show that it was left untouched.
inline QString serverSnapshot(const QString &address)
{
    QString text = Testing::dumpFile(address);
    withPlainConnection(address, [&](QSqlDatabase &db) {
        text += schema(db).join(u'\n');
        return true;
    });
    return text;
}

// How messages name the database at `location`: the file's name, or the server database's.
inline QString shownName(const QString &location)
{
    if (ServerAddress::isServer(location)) {
        const auto address = ServerAddress::parse(location);
        return address ? address->name : location;
    }
    return QFileInfo(location).fileName();
}

inline QString errorText(const Result<std::unique_ptr<Database>> &opened)
{
    return opened ? QString() : opened.error().message;
}

inline constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The test class's fixture: a new temporary folder for each test (makeFolder(), from its init()).
class DatabaseFolder
{
protected:
    void makeFolder()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A fresh database for this test: the file `name`, or a new database on the test server.
    QString fresh(const QString &name) const { return Testing::newDatabase(path(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace Rollbook::DatabaseTesting

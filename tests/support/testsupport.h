#pragma once

// What many tests need alike: a fixture's path, a program run to its end, and a whole database
// written out as text, to compare before and after something that must change nothing.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace Rollbook::Testing {

// A file of tests/fixtures (the build gives every test ROLLBOOK_FIXTURES).
inline QString fixture(const QString &name)
{
    return QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(name);
}

struct Run
{
    int exitCode = -1; // -1: crashed or did not finish in two minutes
    QString out;
    QString err;
};

inline Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The PostgreSQL server these tests run against as well as SQLite (the CTest fixture
// `postgresql`, scripts/test-postgresql.sh), or empty when they run on SQLite.
inline QString testServer()
{
    const QString state = qEnvironmentVariable("ROLLBOOK_TEST_POSTGRESQL_STATE");
    if (state.isEmpty())
        return {};
    QFile url(QDir(state).filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly))
        qFatal("ROLLBOOK_TEST_POSTGRESQL_STATE is set, but %s is missing: is the server up?",
               qPrintable(url.fileName()));
    return QString::fromUtf8(url.readAll()).trimmed();
}

inline bool onServer()
{
    return !testServer().isEmpty();
}

// A connection to the server database at `address` (postgresql://USER@HOST:PORT/NAME).
inline QSqlDatabase serverConnection(const QString &address, const QString &connectionName)
{
    const QUrl url(address);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

// The server databases this test program made, dropped when it ends: each is a copy of the
// server's template (some 7.5 MB), and a run makes hundreds.
inline QStringList &serverDatabasesMade()
{
    static QStringList names;
    return names;
}

inline void dropServerDatabasesMade()
{
    const QString name = QStringLiteral("rollbook-test-drop");
    {
        QSqlDatabase db = serverConnection(testServer(), name);
        if (db.open()) {
            for (const QString &made : std::as_const(serverDatabasesMade())) {
                // FORCE: a connection the test left open does not keep it.
                QSqlQuery(db).exec(
                        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(made));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    serverDatabasesMade().clear();
}

// Where a test's new, empty database is: the file `path` on SQLite; on the test server, a new
// database of its own, dropped when the test program ends.
inline QString newDatabase(const QString &path)
{
    const QString server = testServer();
    if (server.isEmpty())
        return path;
    static int count = 0;
    if (count == 0)
        qAddPostRoutine(dropServerDatabasesMade);
    const QString name =
            QStringLiteral("rbt_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
    const QString admin = QStringLiteral("rollbook-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(admin) ? QSqlDatabase::database(admin)
                                                        : serverConnection(server, admin);
        if (!db.isOpen() && !db.open())
            qFatal("Cannot connect to the test server %s: %s", qPrintable(server),
                   qPrintable(db.lastError().text()));
        QSqlQuery create(db);
        // The name is our own number, not user text.
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("Cannot create a test database: %s", qPrintable(create.lastError().text()));
        serverDatabasesMade().append(name);
    }
    QUrl url(server);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

// Every table and every row of `db`, a line a row, in a fixed order.
inline QString dumpTables(const QSqlDatabase &db)
{
    QString text;
    QSqlQuery tables(db);
    if (db.driverName() == QStringLiteral("QPSQL"))
        tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                   "table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                   "ORDER BY table_name COLLATE \"C\""));
    else
        tables.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        text += QStringLiteral("# ") + table + QLatin1Char('\n');
        QStringList lines;
        while (rows.next()) {
            QString line;
            for (int i = 0; i < rows.record().count(); ++i)
                line += rows.value(i).toString() + QLatin1Char('|');
            lines.append(line);
        }
        lines.sort();
        for (const QString &line : std::as_const(lines))
            text += line + QLatin1Char('\n');
    }
    return text;
}

inline bool isServerLocation(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://"));
}

// Runs `use(QSqlDatabase &)` on a plain connection of its own to `location` (a file, or a
// server's address), closed again afterwards: to set a database up as another program might
// have, or to read back what a program left there. False when it could not be opened. A missing
// file is created by opening it: check first where that matters.
template<typename Use>
bool withConnection(const QString &location, Use &&use)
{
    static int count = 0;
    const QString name = QStringLiteral("rollbook-test-plain-%1").arg(++count);
    bool opened = false;
    {
        QSqlDatabase db;
        if (isServerLocation(location)) {
            db = serverConnection(location, name);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
        }
        if (db.open()) {
            opened = true;
            std::forward<Use>(use)(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

// The same for the database at `location` (a file, or a server's address), read on a
// connection of its own, ending with SQLite's integrity check ("integrity: ok"). A server checks
// its own pages and constraints as it goes; there the line says ok when every table could be
// read back.
inline QString dumpFile(const QString &location)
{
    QString text = QStringLiteral("<cannot open>");
    withConnection(location, [&](QSqlDatabase &db) {
        text = dumpTables(db);
        QString integrity = QStringLiteral("?");
        if (isServerLocation(location)) {
            if (text.contains(QStringLiteral("# person\n")))
                integrity = QStringLiteral("ok");
        } else {
            QSqlQuery check(db);
            check.exec(QStringLiteral("PRAGMA integrity_check"));
            if (check.next())
                integrity = check.value(0).toString();
        }
        text += QStringLiteral("integrity: ") + integrity;
    });
    return text;
}

// Makes every later commit that notes a password as distributed fail, at COMMIT itself and not
// before (a deferred foreign key to no person), as a full disk or a lost server would: what a
// distribution wrote must then go again. For the tests of the distribution's last step.
inline bool failCommitsOfDistributedPasswords(QSqlDatabase &db)
{
    const bool server = db.driverName() == QStringLiteral("QPSQL");
    const QStringList statements =
            server ? QStringList{QStringLiteral(
                                         "CREATE TABLE commit_blocker (person_id BIGINT "
                                         "REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED)"),
                                 QStringLiteral("CREATE FUNCTION commit_blocker() RETURNS trigger "
                                                "LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "
                                                "commit_blocker VALUES (-1); RETURN NEW; END $$"),
                                 QStringLiteral("CREATE TRIGGER commit_blocker AFTER UPDATE OF "
                                                "password_distributed_at ON person FOR EACH ROW "
                                                "EXECUTE FUNCTION commit_blocker()")}
                   : QStringList{
                             QStringLiteral("CREATE TABLE commit_blocker (person_id INTEGER "
                                            "REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED)"),
                             QStringLiteral("CREATE TRIGGER commit_blocker AFTER UPDATE OF "
                                            "password_distributed_at ON person BEGIN INSERT "
                                            "INTO commit_blocker VALUES (-1); END")};
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace Rollbook::Testing

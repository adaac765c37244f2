// A PostgreSQL server's own cases of opening a database: its address, its password, a database
// that is not there, several programs starting on a new database at once, and a migration that
// fails part of the way. They run in the PostgreSQL run and skip on SQLite; the tests that run on
// both engines are in tst_database.cpp.
#include "databasetesthelpers.h"
#include "db/database.h"
#include "db/migration.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <latch>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using namespace DatabaseTesting;

class TestDatabaseServer
    : public QObject
    , private DatabaseFolder
{
    Q_OBJECT

private slots:
    void init();

    void serverAddressIsRead_data();
    void serverAddressIsRead();
    void badServerAddressIsRefused_data();
    void badServerAddressIsRefused();
    void wrongPasswordIsReported();
    void missingServerDatabaseIsRefused();
    void newServerDatabaseOpenedAtOnceIsMigratedOnce();
    void failedMigrationLeavesServerDatabaseAsBefore();
};

void TestDatabaseServer::init()
{
    makeFolder();
}

void TestDatabaseServer::serverAddressIsRead_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("name");
    QTest::newRow("postgresql, default port")
            << u"postgresql://u@h/n"_s << u"u"_s << u"h"_s << 5432 << u"n"_s;
    QTest::newRow("postgres, a port of its own")
            << u"postgres://u@h:5433/n"_s << u"u"_s << u"h"_s << 5433 << u"n"_s;
    QTest::newRow("spaces around, a full host name")
            << u"  postgresql://anna@db.school.example/rollbook "_s << u"anna"_s
            << u"db.school.example"_s << 5432 << u"rollbook"_s;
}

void TestDatabaseServer::serverAddressIsRead()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    QFETCH(QString, location);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, name);
    QVERIFY(ServerAddress::isServer(location));
    const auto address = ServerAddress::parse(location);
    QVERIFY2(address.ok(), qPrintable(address ? QString() : address.error().message));
    QCOMPARE(address->user, user);
    QCOMPARE(address->host, host);
    QCOMPARE(address->port, port);
    QCOMPARE(address->name, name);
    // What Rollbook writes back (a worker opens the same) reads as the same address.
    const auto again = ServerAddress::parse(address->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->toString(), address->toString());
    QCOMPARE(again->port, port);
}

void TestDatabaseServer::badServerAddressIsRefused_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a password") << u"postgresql://u:secret@h/n"_s << u"holds a password"_s;
    QTest::newRow("no user") << u"postgresql://h/n"_s << u"the user name"_s;
    QTest::newRow("no server") << u"postgresql://u@/n"_s << u"the server's name"_s;
    QTest::newRow("no database name") << u"postgresql://u@h/"_s << u"the database name"_s;
    QTest::newRow("no path at all") << u"postgresql://u@h"_s << u"the database name"_s;
    QTest::newRow("a query string")
            << u"postgresql://u@h/n?sslmode=require"_s << u"after the database name"_s;
    QTest::newRow("not a number for the port")
            << u"postgresql://u@h:port/n"_s << u"not a server address"_s;
}

void TestDatabaseServer::badServerAddressIsRefused()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    QFETCH(QString, location);
    QFETCH(QString, expected);
    QVERIFY(ServerAddress::isServer(location));
    const auto address = ServerAddress::parse(location);
    QVERIFY(!address.ok());
    QCOMPARE(address.error().kind, Error::Kind::Usage);
    const QString message = address.error().message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    // A password is never repeated; every other message shows how to write the address.
    QVERIFY2(!message.contains(u"secret"_s), qPrintable(message));
    if (!location.contains(u"secret"_s))
        QVERIFY2(message.contains(u"postgresql://USER@HOST[:PORT]/NAME"_s), qPrintable(message));

    // Opening it says the same and connects to nothing.
    const QStringList before = QSqlDatabase::connectionNames();
    auto opened = Database::open(location);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Usage);
    QCOMPARE(opened.error().message, message);
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestDatabaseServer::wrongPasswordIsReported()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    const QString address = fresh(u"password.sqlite"_s);
    const QUrl url(address);

    // A password file of the user's own, with the wrong password for this server.
    const QString wrong = path(u"pgpass"_s);
    QVERIFY(writeFile(wrong, u"%1:%2:*:%3:not-the-password\n"_s.arg(url.host())
                                     .arg(url.port(5432))
                                     .arg(url.userName())
                                     .toUtf8()));
    QVERIFY(QFile::setPermissions(wrong, ownerOnly)); // libpq ignores a file others may read
    const bool hadFile = qEnvironmentVariableIsSet("PGPASSFILE");
    const QByteArray savedFile = qgetenv("PGPASSFILE");
    const bool hadPassword = qEnvironmentVariableIsSet("PGPASSWORD");
    const QByteArray savedPassword = qgetenv("PGPASSWORD");
    const auto restore = [&] {
        if (hadFile)
            qputenv("PGPASSFILE", savedFile);
        else
            qunsetenv("PGPASSFILE");
        if (hadPassword)
            qputenv("PGPASSWORD", savedPassword);
    };
    qputenv("PGPASSFILE", QFile::encodeName(wrong));
    qunsetenv("PGPASSWORD");

    const QStringList before = QSqlDatabase::connectionNames();
    QString message;
    Error::Kind kind = Error::Kind::Usage;
    for (int attempt = 0; attempt < 2; ++attempt) { // and again: nothing was left half open
        auto opened = Database::open(address);
        if (opened.ok()) {
            restore();
            QFAIL("The wrong password was accepted.");
        }
        message = opened.error().message;
        kind = opened.error().kind;
    }
    const QStringList after = QSqlDatabase::connectionNames();
    restore();

    QCOMPARE(kind, Error::Kind::File);
    QVERIFY2(message.contains(shownName(address)), qPrintable(message));
    QVERIFY2(message.contains(url.host()), qPrintable(message));
    QVERIFY2(message.contains(u"password authentication failed"_s), qPrintable(message));
    QVERIFY2(message.contains(u".pgpass"_s), qPrintable(message));
    // The server's words without libpq's technicalities.
    QVERIFY2(!message.contains(u"FATAL"_s), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QCOMPARE(after, before);

    // With the right password back, the same address opens.
    auto opened = Database::open(address);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabaseServer::missingServerDatabaseIsRefused()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    QUrl url(Testing::testServer());
    url.setPath(u"/rollbook_no_such_database"_s);
    const QStringList before = QSqlDatabase::connectionNames();
    for (bool create : {true, false}) {
        // A server's database is its administrator's to create, even when a file would be.
        Database::Options options;
        options.create = create;
        auto opened = Database::open(url.toString(), options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::File);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(u"rollbook_no_such_database on %1"_s.arg(url.host())),
                 qPrintable(message));
        QVERIFY2(message.contains(u"does not exist"_s), qPrintable(message));
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestDatabaseServer::newServerDatabaseOpenedAtOnceIsMigratedOnce()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    // Several programs start on the same brand-new database at the same moment, a few times
    // over: each gets its own connection on a thread of its own.
    constexpr int programs = 4;
    // The tables every schema version makes: those of the same database opened by one program
    // alone, which newDatabaseHasTheLatestSchema holds to the latest version.
    QSet<QString> design;
    {
        auto alone = Database::open(fresh(u"alone.sqlite"_s));
        QVERIFY(alone.ok());
        design = tables(alone.value()->connection());
    }
    QVERIFY(design.contains(u"person"_s) && design.contains(u"import_mapping"_s));
    for (int round = 0; round < 4; ++round) {
        const QString address = fresh(u"together-%1.sqlite"_s.arg(round));
        std::latch ready(programs);
        std::vector<QString> errors(programs);
        std::vector<int> versions(programs, -1);
        std::vector<std::thread> threads;
        for (int i = 0; i < programs; ++i) {
            threads.emplace_back([&, i] {
                ready.arrive_and_wait();
                auto opened = Database::open(address);
                if (opened)
                    versions[i] = opened.value()->schemaVersion();
                else
                    errors[i] = opened.error().message;
            });
        }
        for (auto &thread : threads)
            thread.join();
        for (int i = 0; i < programs; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(versions[i], Database::latestSchemaVersion());
        }
        int stored = -1;
        QSet<QString> made;
        QStringList twice;
        QVERIFY(withPlainConnection(address, [&](QSqlDatabase &db) {
            stored = storedVersion(db);
            made = tables(db);
            QSqlQuery query(db);
            if (!query.exec(u"SELECT table_name FROM information_schema.tables "
                            u"WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
                            u"GROUP BY table_name HAVING count(*) > 1"_s))
                return false;
            while (query.next())
                twice.append(query.value(0).toString());
            return true;
        }));
        // One version row, at the latest; every table once.
        QCOMPARE(stored, Database::latestSchemaVersion());
        QCOMPARE(made, design);
        QCOMPARE(twice, QStringList());
    }
}

void TestDatabaseServer::failedMigrationLeavesServerDatabaseAsBefore()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    const auto steps = builtIn();
    const int older = int(steps.size()) - 1;
    QVERIFY(older >= 1);
    const QString address = fresh(u"stopped.sqlite"_s);
    {
        Database::Options options;
        options.migrations = steps.mid(0, older);
        auto opened = Database::open(address, options);
        QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
        QSqlQuery insert(opened.value()->connection());
        QVERIFY(insert.exec(u"INSERT INTO person (username, first_name, last_name, profile, "
                            u"created_at, updated_at) VALUES ('ada', 'Ada', 'Lovelace', "
                            u"'learner', '2024-01-01', '2024-01-01')"_s));
    }
    const QString before = serverSnapshot(address);
    QVERIFY(before.contains(u"|ada|Ada|Lovelace|"_s));

    // The newest step, with a statement that fails after its own have run.
    Migration broken = steps.last();
    broken.sql += u"\nINSERT INTO no_such_table VALUES (1);\n"_s;
    {
        Database::Options options;
        options.migrations = steps.mid(0, older) << broken;
        auto opened = Database::open(address, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::File);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(u"version %1"_s.arg(broken.version)), qPrintable(message));
        QVERIFY2(message.contains(u"left at the version before"_s), qPrintable(message));
        QVERIFY2(message.contains(u"no_such_table"_s), qPrintable(message));
        QVERIFY2(message.contains(shownName(address)), qPrintable(message));
    }
    QCOMPARE(serverSnapshot(address), before);
    QVERIFY(withPlainConnection(address,
                                [&](QSqlDatabase &db) { return storedVersion(db) == older; }));

    // The real step then goes through, and the person is still there.
    auto opened = Database::open(address);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(u"SELECT first_name FROM person WHERE username = 'ada'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"Ada"_s);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestDatabaseServer)
#include "tst_database_server.moc"

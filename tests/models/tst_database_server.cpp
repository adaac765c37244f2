// A PostgreSQL server's own cases of opening a database: its address, its password, a database
// that is not there, several programs starting on a new database at once, a migration that
// fails part of the way, and the connection's security (TLS, the server verified with the test
// server's own certificate authority). They run in the PostgreSQL run and skip on SQLite, except
// the ones that only read an address; the tests that run on both engines are in tst_database.cpp.
#include "databasetesthelpers.h"
#include "db/database.h"
#include "db/migration.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <latch>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using namespace DatabaseTesting;

namespace {

// Environment variables set for one test and put back as they were afterwards.
class EnvironmentGuard
{
public:
    ~EnvironmentGuard()
    {
        for (const auto &[name, value] : m_saved) {
            if (value)
                qputenv(name.constData(), *value);
            else
                qunsetenv(name.constData());
        }
    }
    void set(const QByteArray &name, const std::optional<QByteArray> &value)
    {
        m_saved.emplace_back(name, qEnvironmentVariableIsSet(name.constData())
                                           ? std::optional(qgetenv(name.constData()))
                                           : std::nullopt);
        if (value)
            qputenv(name.constData(), *value);
        else
            qunsetenv(name.constData());
    }

private:
    std::vector<std::pair<QByteArray, std::optional<QByteArray>>> m_saved;
};

// The certificate of a certificate authority that did not sign the test server's certificate.
constexpr char anotherAuthority[] = R"(-----BEGIN CERTIFICATE-----
MIIBjjCCATOgAwIBAgIUKUxSgZznrNoQPUXVx7X7b1BCX20wCgYIKoZIzj0EAwIw
HDEaMBgGA1UEAwwRQW5vdGhlciBhdXRob3JpdHkwHhcNMjYxMjA1MjM1MTQyWhcN
MzYxMjAyMjM1MTQyWjAcMRowGAYDVQQDDBFBbm90aGVyIGF1dGhvcml0eTBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABElpYzW8oytZ5/UCTwoAfl3ghxK9V9bmsBea
lNLCTYQ5Tx+q3W9zinoiOrV0KdrP8v14FP/2STkGVJcRD173CECjUzBRMB0GA1Ud
DgQWBBR4d5bKMn1mKh8f3aN9+4KgZFiK9TAfBgNVHSMEGDAWgBR4d5bKMn1mKh8f
3aN9+4KgZFiK9TAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQCG
oRBx+HpnkIzjkE7sOid2fQYy50GQ7N8qkQ0d6H97UQIhAIDJ5upthSvefzFfOLUn
mgc65B8GfeHZ76Y4aQ6AfxnO
-----END CERTIFICATE-----
)";

} // namespace

class TestDatabaseServer
    : public QObject
    , private DatabaseFolder
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void serverAddressIsRead_data();
    void serverAddressIsRead();
    void badServerAddressIsRefused_data();
    void badServerAddressIsRefused();
    void securityIsReadAndWrittenBack_data();
    void securityIsReadAndWrittenBack();
    void badSecurityIsRefused_data();
    void badSecurityIsRefused();
    void onlyAnUnverifiedConnectionIsWarnedAbout();
    void serverVerifiedWithItsCaConnects();
    void serverWithoutItsCaIsNotVerified();
    void serverCheckedWithAnotherCaIsNotVerified();
    void requireConnectsEncryptedWithAWarning();
    void unencryptedConnectionIsRefusedByTheServer();
    void wrongPasswordIsReported();
    void missingServerDatabaseIsRefused();
    void newServerDatabaseOpenedAtOnceIsMigratedOnce();
    void failedMigrationLeavesServerDatabaseAsBefore();

private:
    // An address of a new database on the test server, with its connection security changed.
    ServerAddress freshAddress(const QString &name) const;
    // Opening `address` fails as a connection does (Error::Kind::File); its message.
    static QString refusal(const ServerAddress &address);
    // Whether the connection of `database` is encrypted, as the server sees it.
    static bool encrypted(const Database &database);
    // libpq's default CA certificate made missing: HOME is an empty folder while the test runs.
    void withoutDefaultCa();

    std::unique_ptr<EnvironmentGuard> m_environment;
};

void TestDatabaseServer::init()
{
    makeFolder();
}

void TestDatabaseServer::cleanup()
{
    m_environment.reset();
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
    QTest::newRow("a fragment") << u"postgresql://u@h/n#x"_s << u"after the database name"_s;
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

ServerAddress TestDatabaseServer::freshAddress(const QString &name) const
{
    const auto address = ServerAddress::parse(fresh(name));
    if (!address)
        qFatal("The test server's address does not read: %s", qPrintable(address.error().message));
    return address.value();
}

QString TestDatabaseServer::refusal(const ServerAddress &address)
{
    const QStringList before = QSqlDatabase::connectionNames();
    auto opened = Database::open(address.toString());
    if (opened)
        return u"(opened)"_s;
    if (opened.error().kind != Error::Kind::File)
        return u"(not a connection's error) "_s + opened.error().message;
    if (QSqlDatabase::connectionNames() != before)
        return u"(a connection was left behind) "_s + opened.error().message;
    return opened.error().message;
}

bool TestDatabaseServer::encrypted(const Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) &&
           query.next() && query.value(0).toBool();
}

void TestDatabaseServer::withoutDefaultCa()
{
    m_environment = std::make_unique<EnvironmentGuard>();
    const QString home = path(u"home"_s);
    QVERIFY(QDir().mkpath(home));
    m_environment->set("HOME", QFile::encodeName(home));
    m_environment->set("PGSSLROOTCERT", std::nullopt);
    m_environment->set("PGSSLMODE", std::nullopt);
}

// Reading an address needs no server: these run in both runs.
void TestDatabaseServer::securityIsReadAndWrittenBack_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("rootCert");
    QTest::addColumn<QString>("written");
    QTest::newRow("none: verified") << u"postgresql://u@h/n"_s << SslMode::VerifyFull << QString()
                                    << u"postgresql://u@h/n"_s;
    QTest::newRow("verify-full, the default, is not written")
            << u"postgresql://u@h/n?sslmode=verify-full"_s << SslMode::VerifyFull << QString()
            << u"postgresql://u@h/n"_s;
    QTest::newRow("verify-full with a CA, either order")
            << u"postgresql://u@h/n?sslrootcert=/etc/ssl/school-ca.crt&sslmode=verify-full"_s
            << SslMode::VerifyFull << u"/etc/ssl/school-ca.crt"_s
            << u"postgresql://u@h/n?sslrootcert=/etc/ssl/school-ca.crt"_s;
    QTest::newRow("verify-ca with a CA")
            << u"postgres://u@h:5433/n?sslmode=verify-ca&sslrootcert=/etc/ssl/ca.pem"_s
            << SslMode::VerifyCa << u"/etc/ssl/ca.pem"_s
            << u"postgresql://u@h:5433/n?sslmode=verify-ca&sslrootcert=/etc/ssl/ca.pem"_s;
    QTest::newRow("require") << u"postgresql://anna@db.school.example/rollbook?sslmode=require"_s
                             << SslMode::Require << QString()
                             << u"postgresql://anna@db.school.example/rollbook?sslmode=require"_s;
    QTest::newRow("disable to 127.0.0.1")
            << u"postgresql://u@127.0.0.1:54329/n?sslmode=disable"_s << SslMode::Disable
            << QString() << u"postgresql://u@127.0.0.1:54329/n?sslmode=disable"_s;
    QTest::newRow("disable to ::1")
            << u"postgresql://u@[::1]/n?sslmode=disable"_s << SslMode::Disable << QString()
            << u"postgresql://u@[::1]/n?sslmode=disable"_s;
    QTest::newRow("disable to localhost")
            << u"postgresql://u@localhost/n?sslmode=disable"_s << SslMode::Disable << QString()
            << u"postgresql://u@localhost/n?sslmode=disable"_s;
    QTest::newRow("a path percent-encoded")
            << u"postgresql://u@h/n?sslrootcert=/home/anna/My%20certificates/ca%26co%2B1%25.crt"_s
            << SslMode::VerifyFull << u"/home/anna/My certificates/ca&co+1%.crt"_s
            << u"postgresql://u@h/n?sslrootcert=/home/anna/My%20certificates/ca%26co%2B1%25.crt"_s;
    QTest::newRow("a Windows path")
            << u"postgresql://u@h/n?sslrootcert=C:%5CUsers%5Canna%5Cschool-ca.crt"_s
            << SslMode::VerifyFull << u"C:\\Users\\anna\\school-ca.crt"_s
            << u"postgresql://u@h/n?sslrootcert=C:%5CUsers%5Canna%5Cschool-ca.crt"_s;
    QTest::newRow("an empty query") << u"postgresql://u@h/n?"_s << SslMode::VerifyFull << QString()
                                    << u"postgresql://u@h/n"_s;
}

void TestDatabaseServer::securityIsReadAndWrittenBack()
{
    QFETCH(QString, location);
    QFETCH(SslMode, mode);
    QFETCH(QString, rootCert);
    QFETCH(QString, written);
    const auto address = ServerAddress::parse(location);
    QVERIFY2(address.ok(), qPrintable(address ? QString() : address.error().message));
    QCOMPARE(address->sslMode, mode);
    QCOMPARE(address->sslRootCert, rootCert);
    QCOMPARE(address->toString(), written);
    // What Rollbook writes back (a worker opens the same) reads as the same address.
    const auto again = ServerAddress::parse(address->toString());
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->sslMode, mode);
    QCOMPARE(again->sslRootCert, rootCert);
    QCOMPARE(again->toString(), written);
    QCOMPARE(again->host, address->host);
    QCOMPARE(again->name, address->name);

    // Made in code, the same address is written the same.
    ServerAddress made;
    made.user = address->user;
    made.host = address->host;
    made.port = address->port;
    made.name = address->name;
    made.sslMode = mode;
    made.sslRootCert = rootCert;
    QCOMPARE(made.toString(), written);
}

void TestDatabaseServer::badSecurityIsRefused_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("unknown keys, named")
            << u"postgresql://u@h/n?sslcert=me.crt&sslmode=require&application_name=x"_s
            << QStringList{u"sslcert, application_name"_s, u"sslmode"_s, u"sslrootcert"_s};
    QTest::newRow("a mode libpq has but Rollbook does not take")
            << u"postgresql://u@h/n?sslmode=prefer"_s
            << QStringList{u"“prefer” is not a kind of connection security"_s, u"verify-full"_s,
                           u"require"_s};
    QTest::newRow("a mode in capitals")
            << u"postgresql://u@h/n?sslmode=REQUIRE"_s << QStringList{u"“REQUIRE”"_s};
    QTest::newRow("no mode") << u"postgresql://u@h/n?sslmode"_s
                             << QStringList{u"“” is not a kind of connection security"_s};
    QTest::newRow("a mode twice") << u"postgresql://u@h/n?sslmode=require&sslmode=disable"_s
                                  << QStringList{u"gives sslmode more than once"_s};
    QTest::newRow("not encrypted to another computer")
            << u"postgresql://u@db.school.example/n?sslmode=disable"_s
            << QStringList{u"not encrypted"_s, u"db.school.example, another computer"_s,
                           u"only to a server on this computer"_s, u"sslmode=require"_s};
    QTest::newRow("not encrypted to the network") << u"postgresql://u@10.0.0.7/n?sslmode=disable"_s
                                                  << QStringList{u"10.0.0.7, another computer"_s};
    QTest::newRow("a CA that would not be used")
            << u"postgresql://u@h/n?sslmode=require&sslrootcert=/etc/ssl/ca.crt"_s
            << QStringList{u"sslmode=require the server is not verified"_s,
                           u"sslmode=verify-full"_s};
    QTest::newRow("a CA without a file")
            << u"postgresql://u@h/n?sslrootcert="_s << QStringList{u"without a file"_s};
    QTest::newRow("a semicolon in the CA's path")
            << u"postgresql://u@h/n?sslrootcert=/etc/a%3Bb.crt"_s
            << QStringList{u"“/etc/a;b.crt”"_s, u"semicolon"_s};
}

void TestDatabaseServer::badSecurityIsRefused()
{
    QFETCH(QString, location);
    QFETCH(QStringList, expected);
    QVERIFY(ServerAddress::isServer(location));
    const auto address = ServerAddress::parse(location);
    QVERIFY(!address.ok());
    QCOMPARE(address.error().kind, Error::Kind::Usage);
    const QString message = address.error().message;
    for (const QString &part : std::as_const(expected))
        QVERIFY2(message.contains(part), qPrintable(message));

    // Opening it says the same and connects to nothing.
    const QStringList before = QSqlDatabase::connectionNames();
    auto opened = Database::open(location);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, message);
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestDatabaseServer::onlyAnUnverifiedConnectionIsWarnedAbout()
{
    ServerAddress address;
    address.user = u"u"_s;
    address.host = u"127.0.0.1"_s;
    address.name = u"n"_s;
    QCOMPARE(address.securityWarning(), QString());
    address.sslMode = SslMode::VerifyCa;
    QCOMPARE(address.securityWarning(), QString());
    address.sslMode = SslMode::Require;
    const QString notVerified = address.securityWarning();
    QVERIFY2(notVerified.contains(u"encrypted"_s) && notVerified.contains(u"not verified"_s),
             qPrintable(notVerified));
    address.sslMode = SslMode::Disable;
    const QString notEncrypted = address.securityWarning();
    QVERIFY2(notEncrypted.contains(u"not encrypted"_s), qPrintable(notEncrypted));
    // One sentence each, for a status bar.
    for (const QString &warning : {notVerified, notEncrypted}) {
        QVERIFY2(warning.endsWith(u'.') && warning.count(u'.') == 1, qPrintable(warning));
        QVERIFY(!warning.contains(u'\n'));
    }

    // What reads an address gets the same.
    QCOMPARE(ServerAddress::parse(u"postgresql://u@h/n?sslmode=require"_s)->securityWarning(),
             notVerified);
    QCOMPARE(ServerAddress::parse(u"postgresql://u@localhost/n?sslmode=disable"_s)
                     ->securityWarning(),
             notEncrypted);
    QCOMPARE(ServerAddress::parse(u"postgresql://u@h/n"_s)->securityWarning(), QString());

    QVERIFY(ServerAddress::isLocalHost(u"127.0.0.1"_s));
    QVERIFY(ServerAddress::isLocalHost(u"::1"_s));
    QVERIFY(ServerAddress::isLocalHost(u"localhost"_s));
    QVERIFY(ServerAddress::isLocalHost(u"/var/run/postgresql"_s));
    QVERIFY(!ServerAddress::isLocalHost(u"db.school.example"_s));
    QVERIFY(!ServerAddress::isLocalHost(u"127.0.0.1.example"_s));
    QVERIFY(!ServerAddress::isLocalHost(u"10.0.0.7"_s));
}

void TestDatabaseServer::serverVerifiedWithItsCaConnects()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    // The test server's address names its CA certificate: verified, as every test connects.
    ServerAddress address = freshAddress(u"verified.sqlite"_s);
    QCOMPARE(address.sslMode, SslMode::VerifyFull);
    QVERIFY(!address.sslRootCert.isEmpty());
    QVERIFY(QFileInfo(address.sslRootCert).isFile());
    QCOMPARE(address.securityWarning(), QString());
    withoutDefaultCa();
    {
        auto opened = Database::open(address.toString());
        QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
        QVERIFY(encrypted(*opened.value()));
        QCOMPARE(opened.value()->path(), address.toString());
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    }
    // The certificate authority only, with the same certificate.
    address.sslMode = SslMode::VerifyCa;
    auto opened = Database::open(address.toString());
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QVERIFY(encrypted(*opened.value()));
    QVERIFY(opened.value()->path().contains(u"sslmode=verify-ca"_s));
}

void TestDatabaseServer::serverWithoutItsCaIsNotVerified()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    withoutDefaultCa();
    ServerAddress address = freshAddress(u"unverified.sqlite"_s);

    // None given, and none where PostgreSQL looks by default.
    address.sslRootCert.clear();
    QString message = refusal(address);
    for (const QString &part :
         {u"cannot connect to the database “%1”"_s.arg(address.displayName()),
          u"the server could not be verified"_s, u"sslrootcert="_s, u"~/.postgresql/root.crt"_s,
          u"“Encrypted, server not verified”"_s, u"sslmode=require"_s,
          QDir::toNativeSeparators(path(u"home/.postgresql/root.crt"_s))})
        QVERIFY2(message.contains(part), qPrintable(message));
    // In plain words, without libpq's own.
    QVERIFY2(!message.contains(u"root certificate file"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"password"_s), qPrintable(message));
    QVERIFY(!message.contains(u'\n'));

    // One given that is not there.
    address.sslRootCert = path(u"no-such-ca.crt"_s);
    message = refusal(address);
    for (const QString &part : {u"the server could not be verified"_s,
                                u"“%1”"_s.arg(QDir::toNativeSeparators(address.sslRootCert)),
                                u"does not exist"_s, u"“Encrypted, server not verified”"_s})
        QVERIFY2(message.contains(part), qPrintable(message));

    // One that is not a certificate.
    address.sslRootCert = path(u"not-a-certificate.crt"_s);
    QVERIFY(writeFile(address.sslRootCert, "This is not a certificate.\n"));
    message = refusal(address);
    for (const QString &part : {u"the server could not be verified"_s, u"cannot be read"_s,
                                u"PEM"_s, u"“Encrypted, server not verified”"_s})
        QVERIFY2(message.contains(part), qPrintable(message));
}

void TestDatabaseServer::serverCheckedWithAnotherCaIsNotVerified()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    ServerAddress address = freshAddress(u"another.sqlite"_s);
    address.sslRootCert = path(u"another-authority.crt"_s);
    QVERIFY(writeFile(address.sslRootCert, anotherAuthority));
    for (SslMode mode : {SslMode::VerifyFull, SslMode::VerifyCa}) {
        address.sslMode = mode;
        const QString message = refusal(address);
        for (const QString &part :
             {u"the server could not be verified"_s, u"was not signed by the authority"_s,
              u"“%1”"_s.arg(QDir::toNativeSeparators(address.sslRootCert)),
              u"“Encrypted, server not verified”"_s})
            QVERIFY2(message.contains(part), qPrintable(message));
    }
}

void TestDatabaseServer::requireConnectsEncryptedWithAWarning()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    // No CA certificate anywhere: the server is not verified, the connection still encrypted.
    withoutDefaultCa();
    ServerAddress address = freshAddress(u"require.sqlite"_s);
    address.sslMode = SslMode::Require;
    address.sslRootCert.clear();
    auto opened = Database::open(address.toString());
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QVERIFY(encrypted(*opened.value()));
    const auto reopened = ServerAddress::parse(opened.value()->path());
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->sslMode, SslMode::Require);
    QVERIFY2(reopened->securityWarning().contains(u"not verified"_s),
             qPrintable(reopened->securityWarning()));
}

void TestDatabaseServer::unencryptedConnectionIsRefusedByTheServer()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_database_server_postgresql).");
    ServerAddress address = freshAddress(u"disable.sqlite"_s);
    QCOMPARE(address.host, u"127.0.0.1"_s);
    address.sslMode = SslMode::Disable;
    address.sslRootCert.clear();
    QVERIFY(!address.securityWarning().isEmpty());
    // Rollbook allows it to this computer; the test server, like a district's, does not.
    QVERIFY(ServerAddress::parse(address.toString()).ok());
    const QString message = refusal(address);
    for (const QString &part :
         {u"cannot connect to the database “%1”"_s.arg(address.displayName()),
          u"accepts only encrypted connections"_s, u"sslmode=disable"_s, u"leave sslmode out"_s})
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY2(!message.contains(u"FATAL"_s) && !message.contains(u"pg_hba"_s), qPrintable(message));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestDatabaseServer)
#include "tst_database_server.moc"

// Opening and creating the database file: the schema, the connection settings, and every kind of
// file that must be refused without being touched. The schema's tests run on the test server too
// (Testing::newDatabase()); the server's own (its address, its password, two programs starting
// at once) are in tst_database_server.cpp.
#include "databasetesthelpers.h"
#include "db/database.h"
#include "db/migration.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using namespace DatabaseTesting;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// SQLite's side files, which a refused open must not leave behind.
QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const auto *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1StringView(suffix)))
            found.append(path + QLatin1StringView(suffix));
    }
    return found;
}

QStringList columns(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    if (onServer(db)) {
        query.prepare(u"SELECT column_name FROM information_schema.columns "
                      u"WHERE table_schema = current_schema() AND table_name = ? "
                      u"ORDER BY ordinal_position"_s);
        query.addBindValue(table);
        query.exec();
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }
    query.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    while (query.next())
        names.append(query.value(1).toString());
    return names;
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

constexpr auto everyoneBits =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestDatabase
    : public QObject
    , private DatabaseFolder
{
    Q_OBJECT

private slots:
    void init();

    void newDatabaseHasTheLatestSchema();
    void firstVersionHasExactlyTheDesignTables();
    void personHasTheDesignColumns();
    void parentLinkNamesParentAndLearner();
    void migratesFromEachEarlierVersion_data();
    void migratesFromEachEarlierVersion();
    void reopeningChangesNothing();
    void connectionSettings();
    void missingFolderIsCreated();
    void newFileIsOwnerOnly();
    void zeroLengthFileIsANewDatabase();
    void missingFileWithoutCreateIsRefused();
    void emptyPathIsRefused();

    void newerDatabaseIsRefusedUntouched_data();
    void newerDatabaseIsRefusedUntouched();
    void newerDatabaseWithUnsavedJournalIsRefusedUntouched();
    void badFileIsRefusedUntouched_data();
    void badFileIsRefusedUntouched();
    void folderIsRefused();
    void fileAsFolderIsRefused();
    void unreadableFileIsRefused();
    void readOnlyFileIsRefusedUntouched();

    void twoConnectionsShareTheFile();
    void closingRemovesTheConnection();

private:
    // A database at the latest version with its journal folded back in, closed again.
    QString makeDatabase(const QString &name);
};

void TestDatabase::init()
{
    makeFolder();
}

QString TestDatabase::makeDatabase(const QString &name)
{
    const QString file = fresh(name);
    auto opened = Database::open(file);
    if (!opened)
        qWarning() << opened.error().message;
    return file;
}

void TestDatabase::newDatabaseHasTheLatestSchema()
{
    const auto builtIn = ::Rollbook::builtIn();
    QVERIFY(!builtIn.isEmpty());
    // Versions are 1, 2, 3, … with no gap, so each file is applied exactly once.
    for (qsizetype i = 0; i < builtIn.size(); ++i)
        QCOMPARE(builtIn.at(i).version, int(i + 1));
    QCOMPARE(Database::latestSchemaVersion(), builtIn.last().version);

    auto opened = Database::open(fresh(u"new.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    const auto &database = opened.value();
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(storedVersion(database->connection()), Database::latestSchemaVersion());
    const QSet<QString> design{u"person"_s, u"parent_link"_s, u"import_batch"_s, u"setting"_s,
                               u"audit"_s};
    QVERIFY(tables(database->connection()).contains(design));
}

void TestDatabase::firstVersionHasExactlyTheDesignTables()
{
    Database::Options options;
    options.migrations = builtIn().mid(0, 1);
    auto opened = Database::open(fresh(u"v1.sqlite"_s), options);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->schemaVersion(), 1);
    const QSet<QString> design{u"person"_s, u"parent_link"_s, u"import_batch"_s, u"setting"_s,
                               u"audit"_s};
    QCOMPARE(tables(opened.value()->connection()), design);
}

void TestDatabase::personHasTheDesignColumns()
{
    auto opened = Database::open(fresh(u"person.sqlite"_s));
    QVERIFY(opened.ok());
    const QStringList expected{u"id"_s,         u"internal_id"_s, u"sync_key"_s,
                               u"username"_s,   u"first_name"_s,  u"last_name"_s,
                               u"email"_s,      u"password"_s,    u"profile"_s,
                               u"created_at"_s, u"updated_at"_s,  u"batch_id"_s,
                               u"version"_s,    u"updated_by"_s,  u"password_distributed_at"_s};
    QCOMPARE(columns(opened.value()->connection(), u"person"_s), expected);
}

void TestDatabase::parentLinkNamesParentAndLearner()
{
    auto opened = Database::open(fresh(u"links.sqlite"_s));
    QVERIFY(opened.ok());
    const QSqlDatabase db = opened.value()->connection();
    const QStringList link = columns(db, u"parent_link"_s);
    QVERIFY2(link.contains(u"parent_id"_s), qPrintable(link.join(u',')));
    QVERIFY2(link.contains(u"learner_id"_s), qPrintable(link.join(u',')));
    QVERIFY(columns(db, u"setting"_s).contains(u"key"_s));
    QVERIFY(columns(db, u"setting"_s).contains(u"value"_s));
    for (const auto &column :
         {u"file_name"_s, u"sha256"_s, u"profile"_s, u"committed_at"_s, u"undone_at"_s})
        QVERIFY2(columns(db, u"import_batch"_s).contains(column), qPrintable(column));
}

void TestDatabase::migratesFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from %d", version) << version;
}

void TestDatabase::migratesFromEachEarlierVersion()
{
    QFETCH(int, from);
    const auto builtIn = ::Rollbook::builtIn();
    const QString file = fresh(u"old.sqlite"_s);
    {
        Database::Options options;
        options.migrations = builtIn.mid(0, from);
        auto old = Database::open(file, options);
        QVERIFY(old.ok());
        QCOMPARE(old.value()->schemaVersion(), from);
    }
    auto migrated = Database::open(file);
    QVERIFY2(migrated.ok(), qPrintable(migrated ? QString() : migrated.error().message));
    QCOMPARE(migrated.value()->schemaVersion(), Database::latestSchemaVersion());

    // The same schema as a database made new at the latest version.
    auto made = Database::open(fresh(u"fresh.sqlite"_s));
    QVERIFY(made.ok());
    QCOMPARE(schema(migrated.value()->connection()), schema(made.value()->connection()));
}

void TestDatabase::reopeningChangesNothing()
{
    const QString file = makeDatabase(u"again.sqlite"_s);
    if (Testing::onServer()) {
        const QString before = serverSnapshot(file);
        QVERIFY(before.contains(u"# person"_s));
        {
            auto again = Database::open(file);
            QVERIFY2(again.ok(), qPrintable(errorText(again)));
            QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
        }
        QCOMPARE(serverSnapshot(file), before);
        return;
    }
    const QByteArray before = sha256(file);
    QVERIFY(!before.isEmpty());
    {
        auto again = Database::open(file);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
    }
    QCOMPARE(sha256(file), before);
}

void TestDatabase::connectionSettings()
{
    auto opened = Database::open(fresh(u"pragmas.sqlite"_s));
    QVERIFY(opened.ok());
    const QSqlDatabase db = opened.value()->connection();
    // SQLite's settings of the connection; a server always enforces foreign keys.
    if (!Testing::onServer()) {
        QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
        QVERIFY(pragma(db, u"busy_timeout"_s).toInt() >= 1000);
    }

    // Foreign keys are enforced, not merely declared.
    QSqlQuery query(db);
    QVERIFY(!query.exec(u"INSERT INTO parent_link (parent_id, learner_id, created_by, created_at) "
                        u"VALUES (1, 2, 'test', '2024-01-01')"_s));
}

void TestDatabase::missingFolderIsCreated()
{
    if (Testing::onServer())
        QSKIP("A server has no folders; its administrator creates the database.");
    const QString file = path(u"a/b/c/rollbook.sqlite"_s);
    auto opened = Database::open(file);
    QVERIFY(opened.ok());
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(opened.value()->path(), file);
}

void TestDatabase::newFileIsOwnerOnly()
{
    if (Testing::onServer())
        QSKIP("File permissions; the server keeps its own database files.");
#ifdef Q_OS_UNIX
    const QString file = path(u"private.sqlite"_s);
    auto opened = Database::open(file);
    QVERIFY(opened.ok());
    QCOMPARE(QFile::permissions(file) & everyoneBits, ownerOnly);
    // SQLite gives its journal the permissions of the database.
    QVERIFY(QFile::exists(file + u"-wal"_s));
    QCOMPARE(QFile::permissions(file + u"-wal"_s) & everyoneBits, ownerOnly);
#else
    QSKIP("Owner-only permission bits are a Unix matter; Windows keeps the folder's ACLs.");
#endif
}

void TestDatabase::zeroLengthFileIsANewDatabase()
{
    if (Testing::onServer())
        QSKIP("An empty file; a new server database is what every other test opens.");
    const QString file = path(u"empty.sqlite"_s);
    QVERIFY(writeFile(file, {}));
    auto opened = Database::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(tables(opened.value()->connection()).contains(u"person"_s));
}

void TestDatabase::missingFileWithoutCreateIsRefused()
{
    if (Testing::onServer())
        QSKIP("A missing file; the server's case is missingServerDatabaseIsRefused.");
    const QString file = path(u"absent.sqlite"_s);
    Database::Options options;
    options.create = false;
    auto opened = Database::open(file, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::File);
    QVERIFY(opened.error().message.contains(u"absent.sqlite"_s));
    QVERIFY(!QFile::exists(file));
}

void TestDatabase::emptyPathIsRefused()
{
    auto opened = Database::open(u"  "_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Usage);
    QVERIFY(!opened.error().message.isEmpty());
}

void TestDatabase::newerDatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<bool>("madeByRollbook");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("WAL, as Rollbook makes it") << true << false;
    QTest::newRow("rollback journal") << false << false;
    QTest::newRow("WAL, read-only") << true << true;
}

void TestDatabase::newerDatabaseIsRefusedUntouched()
{
    QFETCH(bool, madeByRollbook);
    QFETCH(bool, readOnly);
    if (Testing::onServer()) {
        // On a server: one that a newer Rollbook migrated, and one that holds nothing but the
        // newer Rollbook's version table and a table this one does not know.
        if (readOnly)
            QSKIP("A read-only file; a server grants rights to roles instead.");
        const QString address =
                madeByRollbook ? makeDatabase(u"newer.sqlite"_s) : fresh(u"newer.sqlite"_s);
        const int newer = Database::latestSchemaVersion() + 1;
        QVERIFY(withPlainConnection(address, [&](QSqlDatabase &db) {
            return exec(db, u"CREATE TABLE future (x INTEGER)"_s) &&
                   exec(db,
                        u"CREATE TABLE IF NOT EXISTS rollbook_schema (version INTEGER NOT NULL)"_s) &&
                   exec(db, u"DELETE FROM rollbook_schema"_s) &&
                   exec(db, u"INSERT INTO rollbook_schema (version) VALUES (%1)"_s.arg(newer));
        }));
        const QString before = serverSnapshot(address);
        {
            auto opened = Database::open(address);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, Error::Kind::File);
            const QString message = opened.error().message;
            QVERIFY2(message.contains(u"newer version of Rollbook"_s), qPrintable(message));
            QVERIFY2(message.contains(QString::number(newer)), qPrintable(message));
            QVERIFY2(message.contains(shownName(address)), qPrintable(message));
            QVERIFY2(message.contains(u"not been changed"_s), qPrintable(message));
        }
        QCOMPARE(serverSnapshot(address), before);
        return;
    }
    const QString file = path(u"newer.sqlite"_s);
    const int newer = Database::latestSchemaVersion() + 1;
    if (madeByRollbook)
        makeDatabase(u"newer.sqlite"_s);
    QVERIFY(withPlainConnection(file, [&](QSqlDatabase &db) {
        return exec(db, u"CREATE TABLE IF NOT EXISTS future (x)"_s) &&
               exec(db, u"PRAGMA user_version = %1"_s.arg(newer));
    }));
    QVERIFY(sideFiles(file).isEmpty());
    if (readOnly)
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = sha256(file);
    QVERIFY(!before.isEmpty());

    {
        auto opened = Database::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::File);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(u"newer version of Rollbook"_s), qPrintable(message));
        QVERIFY2(message.contains(QString::number(newer)), qPrintable(message));
        QVERIFY2(message.contains(u"newer.sqlite"_s), qPrintable(message));
        QVERIFY2(message.contains(u"not been changed"_s), qPrintable(message));
    }
    QCOMPARE(sha256(file), before);
    QCOMPARE(sideFiles(file), QStringList());
    QVERIFY(QFile::setPermissions(file, ownerOnly));
}

void TestDatabase::newerDatabaseWithUnsavedJournalIsRefusedUntouched()
{
    if (Testing::onServer())
        QSKIP("A write-ahead journal beside a file; a server has none.");
    // A newer Rollbook stopped before folding its journal back into the file: both files are
    // copied while its connection is still open, as a crash would leave them.
    const QString file = path(u"crashed.sqlite"_s);
    const QString source = makeDatabase(u"running.sqlite"_s);
    QVERIFY(withPlainConnection(source, [&](QSqlDatabase &db) {
        return exec(db, u"PRAGMA wal_autocheckpoint = 0"_s) &&
               exec(db, u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)) &&
               exec(db, u"CREATE TABLE future (x)"_s) && QFile::copy(source, file) &&
               QFile::copy(source + u"-wal"_s, file + u"-wal"_s);
    }));
    const QByteArray before = sha256(file);
    const QByteArray journalBefore = sha256(file + u"-wal"_s);
    QVERIFY(!journalBefore.isEmpty());

    {
        auto opened = Database::open(file);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"newer version of Rollbook"_s),
                 qPrintable(opened.error().message));
    }
    QCOMPARE(sha256(file), before);
    QCOMPARE(sha256(file + u"-wal"_s), journalBefore);
}

void TestDatabase::badFileIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");

    const QString notOurs = u"not a Rollbook database"_s;
    QTest::newRow("CSV text") << QByteArray("username,first_name\nada,Ada\n") << notOurs;
    QTest::newRow("two letters") << QByteArray("hi") << notOurs;
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << notOurs;
    // The right first bytes, then nothing SQLite can read.
    QTest::newRow("damaged SQLite")
            << (QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\xff')) << notOurs;
    // Filled in by the test: another program's SQLite database.
    QTest::newRow("another program's database") << QByteArray() << notOurs;
}

void TestDatabase::badFileIsRefusedUntouched()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    if (Testing::onServer()) {
        if (!contents.isEmpty())
            QSKIP("A file's contents; a server database is always one.");
        const QString address = fresh(u"bad.sqlite"_s);
        QVERIFY(withPlainConnection(address, [](QSqlDatabase &db) {
            return exec(db, u"CREATE TABLE bookmarks (url TEXT, title TEXT)"_s) &&
                   exec(db, u"INSERT INTO bookmarks VALUES ('https://qt.io', 'Qt')"_s);
        }));
        const QString before = serverSnapshot(address);
        QVERIFY(before.contains(u"https://qt.io|Qt|"_s));
        {
            auto opened = Database::open(address);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, Error::Kind::File);
            const QString message = opened.error().message;
            QVERIFY2(message.contains(expected), qPrintable(message));
            QVERIFY2(message.contains(shownName(address)), qPrintable(message));
        }
        // Not even Rollbook's version table was added.
        QCOMPARE(serverSnapshot(address), before);
        return;
    }
    const QString file = path(u"bad.sqlite"_s);
    if (contents.isEmpty()) {
        QVERIFY(withPlainConnection(file, [](QSqlDatabase &db) {
            return exec(db, u"CREATE TABLE bookmarks (url TEXT, title TEXT)"_s) &&
                   exec(db, u"INSERT INTO bookmarks VALUES ('https://qt.io', 'Qt')"_s);
        }));
    } else {
        QVERIFY(writeFile(file, contents));
    }
    const QByteArray before = sha256(file);

    {
        auto opened = Database::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::File);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(u"bad.sqlite"_s), qPrintable(message));
    }
    QCOMPARE(sha256(file), before);
    QCOMPARE(sideFiles(file), QStringList());
}

void TestDatabase::folderIsRefused()
{
    if (Testing::onServer())
        QSKIP("A folder in place of a file; a server has none.");
    const QString folder = path(u"folder.sqlite"_s);
    QVERIFY(QDir().mkdir(folder));
    auto opened = Database::open(folder);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::File);
    QVERIFY2(opened.error().message.contains(u"is a folder"_s), qPrintable(opened.error().message));
    QVERIFY(QDir(folder).isEmpty());
}

void TestDatabase::fileAsFolderIsRefused()
{
    if (Testing::onServer())
        QSKIP("A file in place of a folder; a server has none.");
    const QString notAFolder = path(u"plain.txt"_s);
    QVERIFY(writeFile(notAFolder, "text\n"));
    auto opened = Database::open(notAFolder + u"/rollbook.sqlite"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::File);
    QVERIFY2(opened.error().message.contains(u"not a folder"_s),
             qPrintable(opened.error().message));
    QCOMPARE(sha256(notAFolder), QCryptographicHash::hash("text\n", QCryptographicHash::Sha256));
}

void TestDatabase::unreadableFileIsRefused()
{
    if (Testing::onServer())
        QSKIP("File permissions; the server keeps its own database files.");
#ifdef Q_OS_UNIX
    const QString file = makeDatabase(u"locked.sqlite"_s);
    const QByteArray before = sha256(file);
    // No permission bits at all: refused even for root, whom the system would let in.
    QVERIFY(QFile::setPermissions(file, {}));
    {
        auto opened = Database::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::File);
        QVERIFY2(opened.error().message.contains(u"cannot read"_s),
                 qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(u"permission"_s),
                 qPrintable(opened.error().message));
    }
    QVERIFY(QFile::setPermissions(file, ownerOnly));
    QCOMPARE(sha256(file), before);
    QCOMPARE(sideFiles(file), QStringList());
#else
    QSKIP("Permission bits are a Unix matter.");
#endif
}

void TestDatabase::readOnlyFileIsRefusedUntouched()
{
    if (Testing::onServer())
        QSKIP("A read-only file; a server grants rights to roles instead.");
    const QString file = makeDatabase(u"readonly.sqlite"_s);
    const QByteArray before = sha256(file);
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
    {
        auto opened = Database::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::File);
        QVERIFY2(opened.error().message.contains(u"read-only"_s),
                 qPrintable(opened.error().message));
    }
    QCOMPARE(sha256(file), before);
    QCOMPARE(sideFiles(file), QStringList());
    QVERIFY(QFile::setPermissions(file, ownerOnly));
}

void TestDatabase::twoConnectionsShareTheFile()
{
    const QString file = fresh(u"shared.sqlite"_s);
    auto first = Database::open(file);
    auto second = Database::open(file);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QVERIFY(first.value()->connection().connectionName() !=
            second.value()->connection().connectionName());
    QSqlQuery write(first.value()->connection());
    QVERIFY(write.exec(u"INSERT INTO setting (key, value) VALUES ('school_name', 'Nordby')"_s));
    QSqlQuery read(second.value()->connection());
    QVERIFY(read.exec(u"SELECT value FROM setting WHERE key = 'school_name'"_s));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), u"Nordby"_s);
}

void TestDatabase::closingRemovesTheConnection()
{
    const QString file = fresh(u"close.sqlite"_s);
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto opened = Database::open(file);
        QVERIFY(opened.ok());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    if (Testing::onServer()) {
        // A server database that cannot be opened leaves none behind either.
        QUrl missing(file);
        missing.setPath(u"/no_such_database"_s);
        QVERIFY(!Database::open(missing.toString()).ok());
        QCOMPARE(QSqlDatabase::connectionNames(), before);
        return;
    }
    // A refused file leaves no connection behind either.
    QVERIFY(writeFile(path(u"text.sqlite"_s), "text"));
    QVERIFY(!Database::open(path(u"text.sqlite"_s)).ok());
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestDatabase)
#include "tst_database.moc"

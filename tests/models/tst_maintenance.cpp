// The status bar's counts and the backup copy. The counts run on the test server too
// (Testing::newDatabase()); there no copy is made, as the server's own backups apply.
#include "db/database.h"
#include "db/maintenance.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyDatabaseCountsNothing();
    void countsLearnersParentsAndLinks();
    void backupIsAReadableCopy();
    void backupReplacesAnOlderBackup();
    void backupRefusesToReplaceTheDatabase_data();
    void backupRefusesToReplaceTheDatabase();
    void backupIntoAMissingFolderIsRefused();
    void backupsBeforeImportKeepTheNewest();
    void copyInsideTheImportTransaction();
    void noCopyWhileAReaderKeepsTheLog();
    void serverDatabaseIsNotCopied();
    void noCopyBeforeImportOnAServer();

private:
    qint64 addPerson(const QString &username, const QString &profile);
    void addLink(qint64 parent, qint64 learner);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestMaintenance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(Testing::newDatabase(m_dir->filePath(u"rollbook.sqlite"_s)));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
}

void TestMaintenance::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 TestMaintenance::addPerson(const QString &username, const QString &profile)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO person (username, first_name, last_name, profile, created_at, "
                  u"updated_at) VALUES (?, 'First', 'Last', ?, '2024-01-01', '2024-01-01')"_s);
    query.addBindValue(username);
    query.addBindValue(profile);
    if (!query.exec())
        return -1;
    return query.lastInsertId().toLongLong();
}

void TestMaintenance::addLink(qint64 parent, qint64 learner)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO parent_link (parent_id, learner_id, created_by, created_at) "
                  u"VALUES (?, ?, 'manual', '2024-01-01')"_s);
    query.addBindValue(parent);
    query.addBindValue(learner);
    QVERIFY(query.exec());
}

void TestMaintenance::emptyDatabaseCountsNothing()
{
    const auto summary = summarize(m_database->connection());
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().learners, 0);
    QCOMPARE(summary.value().parents, 0);
    QCOMPARE(summary.value().links, 0);
}

void TestMaintenance::countsLearnersParentsAndLinks()
{
    const qint64 ada = addPerson(u"ada"_s, u"learner"_s);
    const qint64 bo = addPerson(u"bo"_s, u"learner"_s);
    addPerson(u"cy"_s, u"learner"_s);
    const qint64 mum = addPerson(u"mum"_s, u"parent"_s);
    const qint64 dad = addPerson(u"dad"_s, u"parent"_s);
    addPerson(u"teacher"_s, u"staff"_s);
    QVERIFY(ada > 0 && bo > 0 && mum > 0 && dad > 0);
    addLink(mum, ada);
    addLink(mum, bo);
    addLink(dad, ada);

    const auto summary = summarize(m_database->connection());
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().learners, 3);
    QCOMPARE(summary.value().parents, 2);
    QCOMPARE(summary.value().links, 3);
}

void TestMaintenance::backupIsAReadableCopy()
{
    if (Testing::onServer())
        QSKIP("Rollbook copies only a file; serverDatabaseIsNotCopied is the server's case.");
    SettingsStore store(m_database->connection());
    QVERIFY(store.set(QMap<QString, QString>{{u"parent_login_enabled"_s, u"true"_s},
                                             {u"school_name"_s, u"Nordby skole"_s}},
                      u"tester"_s)
                    .ok());
    addLink(addPerson(u"mum"_s, u"parent"_s), addPerson(u"ada"_s, u"learner"_s));

    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    const auto done = backupDatabase(m_database->connection(), target);
    QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
    QVERIFY(!QFile::exists(target + u".partial"_s));
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(target) &
                     (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                      QFileDevice::WriteOther | QFileDevice::ReadOwner | QFileDevice::WriteOwner),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif

    auto copy = Database::open(target);
    QVERIFY2(copy.ok(), qPrintable(copy ? QString() : copy.error().message));
    QCOMPARE(copy.value()->schemaVersion(), Database::latestSchemaVersion());
    const SettingsStore copied(copy.value()->connection());
    QCOMPARE(copied.all().value(), store.all().value());
    const auto summary = summarize(copy.value()->connection());
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().learners, 1);
    QCOMPARE(summary.value().parents, 1);
    QCOMPARE(summary.value().links, 1);
}

void TestMaintenance::backupReplacesAnOlderBackup()
{
    if (Testing::onServer())
        QSKIP("Rollbook copies only a file; serverDatabaseIsNotCopied is the server's case.");
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(backupDatabase(m_database->connection(), target).ok());
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"school_name"_s, u"Later"_s, u"tester"_s)
                    .ok());
    QVERIFY(backupDatabase(m_database->connection(), target).ok());
    auto copy = Database::open(target);
    QVERIFY(copy.ok());
    QCOMPARE(SettingsStore(copy.value()->connection()).value(u"school_name"_s).value(), u"Later"_s);
}

void TestMaintenance::backupRefusesToReplaceTheDatabase_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("same path") << u"rollbook.sqlite"_s;
    QTest::newRow("by a detour") << u"sub/../rollbook.sqlite"_s;
    QTest::newRow("through ./") << u"./rollbook.sqlite"_s;
#ifdef Q_OS_UNIX
    QTest::newRow("through a link") << u"link.sqlite"_s;
#endif
}

void TestMaintenance::backupRefusesToReplaceTheDatabase()
{
    if (Testing::onServer())
        QSKIP("Rollbook copies only a file; serverDatabaseIsNotCopied is the server's case.");
    QFETCH(QString, relative);
    QVERIFY(QDir(m_dir->path()).mkdir(u"sub"_s));
    QVERIFY(QFile::link(m_database->path(), m_dir->filePath(u"link.sqlite"_s)));
    SettingsStore store(m_database->connection());
    QVERIFY(store.set(u"school_name"_s, u"Kept"_s, u"tester"_s).ok());

    const auto done = backupDatabase(m_database->connection(), m_dir->path() + u'/' + relative);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().kind, Error::Kind::Usage);
    QVERIFY2(done.error().message.contains(u"cannot replace the database"_s),
             qPrintable(done.error().message));
    QCOMPARE(store.value(u"school_name"_s).value(), u"Kept"_s);
    QVERIFY(summarize(m_database->connection()).ok());
    QVERIFY(QFileInfo(m_dir->filePath(u"link.sqlite"_s)).isSymLink());
    QVERIFY(!QFile::exists(m_dir->path() + u'/' + relative + u".partial"_s));
}

void TestMaintenance::backupIntoAMissingFolderIsRefused()
{
    if (Testing::onServer())
        QSKIP("Rollbook copies only a file; serverDatabaseIsNotCopied is the server's case.");
    const QString target = m_dir->filePath(u"nowhere/copy.sqlite"_s);
    const auto done = backupDatabase(m_database->connection(), target);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().kind, Error::Kind::File);
    QVERIFY2(done.error().message.contains(u"nowhere"_s), qPrintable(done.error().message));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".partial"_s));
}

void TestMaintenance::backupsBeforeImportKeepTheNewest()
{
    if (Testing::onServer())
        QSKIP("Copies beside a file; noCopyBeforeImportOnAServer is the server's case.");
    for (int i = 0; i < 4; ++i) {
        QVERIFY(SettingsStore(m_database->connection())
                        .set(u"school_name"_s, u"School %1"_s.arg(i), u"tester"_s)
                        .ok());
        QVERIFY(backupBeforeImport(m_database->connection(), 2, 0).ok());
        QThread::msleep(5); // the names differ by their milliseconds
    }
    const QStringList backups =
            QDir(m_dir->path()).entryList({u"rollbook.sqlite.backup-*"_s}, QDir::Files, QDir::Name);
    QCOMPARE(backups.size(), 2);
    auto newest = Database::open(m_dir->filePath(backups.last()));
    QVERIFY(newest.ok());
    QCOMPARE(SettingsStore(newest.value()->connection()).value(u"school_name"_s).value(),
             u"School 3"_s);
}

// The fast backup: a copy of the file, made once the import's transaction has begun and the log
// is empty. It is a database Rollbook opens, readable by its owner only, holding what was there.
void TestMaintenance::copyInsideTheImportTransaction()
{
    if (Testing::onServer())
        QSKIP("Copies beside a file; noCopyBeforeImportOnAServer is the server's case.");
    QSqlDatabase db = m_database->connection();
    QVERIFY(SettingsStore(db).set(u"school_name"_s, u"Before"_s, u"tester"_s).ok());
    addLink(addPerson(u"mum"_s, u"parent"_s), addPerson(u"ada"_s, u"learner"_s));

    checkpointBeforeCopy(db);
    QVERIFY(Database::beginSerialised(db).ok());
    const auto copied = copyBeforeImport(db, 5, 0);
    QVERIFY2(copied.ok(), qPrintable(copied ? QString() : copied.error().message));
    QVERIFY(copied.value());
    // What the import then writes is not in the copy.
    QVERIFY(QSqlQuery(db).exec(u"UPDATE setting SET value = 'After' WHERE key = 'school_name'"_s));
    QVERIFY(QSqlQuery(db).exec(u"COMMIT"_s));

    const QStringList backups =
            QDir(m_dir->path()).entryList({u"rollbook.sqlite.backup-*"_s}, QDir::Files, QDir::Name);
    QCOMPARE(backups.size(), 1);
    const QString path = m_dir->filePath(backups.first());
#ifndef Q_OS_WIN
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    auto copy = Database::open(path);
    QVERIFY(copy.ok());
    QSqlQuery check(copy.value()->connection());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
    QCOMPARE(SettingsStore(copy.value()->connection()).value(u"school_name"_s).value(),
             u"Before"_s);
    const auto summary = summarize(copy.value()->connection());
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().links, 1);
    QCOMPARE(SettingsStore(db).value(u"school_name"_s).value(), u"After"_s);
}

// A reader that keeps an old snapshot keeps the log's pages: the file alone is not the whole
// database, so no copy is made from it (the import then makes its VACUUM INTO copy), and nothing
// is left beside the database.
void TestMaintenance::noCopyWhileAReaderKeepsTheLog()
{
    if (Testing::onServer())
        QSKIP("Copies beside a file; noCopyBeforeImportOnAServer is the server's case.");
    QSqlDatabase db = m_database->connection();
    auto other = Database::open(m_database->path());
    QVERIFY(other.ok());
    QSqlDatabase reader = other.value()->connection();
    QVERIFY(QSqlQuery(reader).exec(u"BEGIN"_s));
    QSqlQuery read(reader);
    QVERIFY(read.exec(u"SELECT count(*) FROM person"_s) && read.next());
    QVERIFY(SettingsStore(db).set(u"school_name"_s, u"Changed"_s, u"tester"_s).ok());

    checkpointBeforeCopy(db);
    QVERIFY(Database::beginSerialised(db).ok());
    const auto copied = copyBeforeImport(db, 5, 0);
    QVERIFY(QSqlQuery(db).exec(u"ROLLBACK"_s));
    QVERIFY(copied.ok());
    QVERIFY(!copied.value());
    QVERIFY(QDir(m_dir->path()).entryList({u"rollbook.sqlite.backup-*"_s}).isEmpty());

    // The way the import takes then: the copy made before its transaction holds the change.
    QVERIFY(backupBeforeImport(db, 5, 0).ok());
    read.finish();
    QVERIFY(QSqlQuery(reader).exec(u"COMMIT"_s));
    const QStringList backups = QDir(m_dir->path()).entryList({u"rollbook.sqlite.backup-*"_s});
    QCOMPARE(backups.size(), 1);
    auto copy = Database::open(m_dir->filePath(backups.first()));
    QVERIFY(copy.ok());
    QCOMPARE(SettingsStore(copy.value()->connection()).value(u"school_name"_s).value(),
             u"Changed"_s);
}

void TestMaintenance::serverDatabaseIsNotCopied()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_maintenance_postgresql).");
    SettingsStore store(m_database->connection());
    QVERIFY(store.set(u"school_name"_s, u"Kept"_s, u"tester"_s).ok());
    addLink(addPerson(u"mum"_s, u"parent"_s), addPerson(u"ada"_s, u"learner"_s));
    const QString before = Testing::dumpFile(m_database->path());

    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    const auto done = backupDatabase(m_database->connection(), target);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().kind, Error::Kind::Invalid);
    const QString message = done.error().message;
    QVERIFY2(message.contains(m_database->displayName()), qPrintable(message));
    QVERIFY2(message.contains(u"on a PostgreSQL server"_s), qPrintable(message));
    QVERIFY2(message.contains(u"does not copy it"_s), qPrintable(message));
    QVERIFY2(message.contains(u"pg_dump"_s), qPrintable(message));
    QVERIFY2(message.contains(u"administrator"_s), qPrintable(message));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".partial"_s));
    QCOMPARE(Testing::dumpFile(m_database->path()), before);
    const auto summary = summarize(m_database->connection());
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().learners, 1);
    QCOMPARE(summary.value().parents, 1);
    QCOMPARE(summary.value().links, 1);
}

void TestMaintenance::noCopyBeforeImportOnAServer()
{
    if (!Testing::onServer())
        QSKIP("A server's tests run in the PostgreSQL run (tst_maintenance_postgresql).");
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"school_name"_s, u"Nordby"_s, u"tester"_s)
                    .ok());
    const QString before = Testing::dumpFile(m_database->path());
    const QStringList filesBefore =
            QDir::current().entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (int i = 0; i < 3; ++i) {
        const auto done = backupBeforeImport(m_database->connection(), 2, 0);
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
    }
    // No copy anywhere Rollbook could have put one, and the database as it was.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    QCOMPARE(QDir::current().entryList(QDir::Files | QDir::Hidden, QDir::Name), filesBefore);
    QCOMPARE(Testing::dumpFile(m_database->path()), before);
    // The connection is still usable: no transaction was left open or broken.
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"school_name"_s, u"Later"_s, u"tester"_s)
                    .ok());
    QCOMPARE(SettingsStore(m_database->connection()).value(u"school_name"_s).value(), u"Later"_s);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestMaintenance)
#include "tst_maintenance.moc"

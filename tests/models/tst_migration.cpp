// Migrations: splitting a file into statements, and applying a list of them in order, each in its
// own transaction, with the version kept in PRAGMA user_version.
#include "db/database.h"
#include "db/migration.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

Migration first()
{
    return {1, u"pupils"_s,
            u"-- the first step\n"
            u"CREATE TABLE pupil (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
            u"INSERT INTO pupil (name) VALUES ('Ada');\n"_s};
}

Migration second()
{
    return {2, u"classes"_s,
            u"CREATE TABLE class (id INTEGER PRIMARY KEY, title TEXT);\n"
            u"ALTER TABLE pupil ADD COLUMN class_id INTEGER REFERENCES class (id);\n"_s};
}

// Makes a table, then fails: the table must not survive.
Migration failingSecond()
{
    return {2, u"broken"_s,
            u"CREATE TABLE half_made (id INTEGER PRIMARY KEY);\n"
            u"INSERT INTO no_such_table VALUES (1);\n"_s};
}

bool tableExists(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

bool columnExists(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    query.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    while (query.next()) {
        if (query.value(1).toString() == column)
            return true;
    }
    return false;
}

Database::Options withMigrations(const QList<Migration> &migrations)
{
    Database::Options options;
    options.migrations = migrations;
    return options;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void statements_data();
    void statements();
    void builtInFilesAreInOrder();

    void appliesFromEmpty();
    void appliesOnlyTheMissingStep();
    void failedStepLeavesThePreviousVersion();
    void failedFirstStepLeavesAnEmptyDatabase();
    void newerThanTheListIsRefused();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigration::statements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("comments only") << u"-- nothing\n\n  -- still nothing\n"_s << QStringList();
    QTest::newRow("one per line") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s
                                  << QStringList{u"CREATE TABLE a (x);"_s,
                                                 u"CREATE TABLE b (y);"_s};
    QTest::newRow("spread over lines, comments between")
            << u"CREATE TABLE a (\n    x INTEGER, -- the x\n    y TEXT\n);\n-- next\nDROP TABLE a;"_s
            << QStringList{u"CREATE TABLE a (\n    x INTEGER, -- the x\n    y TEXT\n);"_s,
                           u"DROP TABLE a;"_s};
    QTest::newRow("trigger keeps its inner semicolons")
            << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET y = 1;\n    "
               u"UPDATE b SET y = 2;\nEND;\nCREATE TABLE c (z);\n"_s
            << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET y = "
                           u"1;\n    UPDATE b SET y = 2;\nEND;"_s,
                           u"CREATE TABLE c (z);"_s};
    QTest::newRow("no final semicolon")
            << u"CREATE TABLE a (x)"_s << QStringList{u"CREATE TABLE a (x)"_s};
    QTest::newRow("Windows line ends")
            << u"CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n"_s
            << QStringList{u"CREATE TABLE a (x);"_s, u"CREATE TABLE b (y);"_s};
}

void TestMigration::statements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    const Migration migration{1, u"test"_s, sql};
    QCOMPARE(migration.statements(), expected);
}

void TestMigration::builtInFilesAreInOrder()
{
    const auto migrations = Migration::builtIn();
    QVERIFY(!migrations.isEmpty());
    QCOMPARE(migrations.first().name, u"initial"_s);
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        QCOMPARE(migrations.at(i).version, int(i + 1));
        QVERIFY2(!migrations.at(i).statements().isEmpty(), qPrintable(migrations.at(i).name));
    }
}

void TestMigration::appliesFromEmpty()
{
    auto opened = Database::open(path(u"both.sqlite"_s), withMigrations({first(), second()}));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    const QSqlDatabase db = opened.value()->connection();
    QCOMPARE(opened.value()->schemaVersion(), 2);
    QVERIFY(tableExists(db, u"pupil"_s));
    QVERIFY(tableExists(db, u"class"_s));
    QVERIFY(columnExists(db, u"pupil"_s, u"class_id"_s));
}

void TestMigration::appliesOnlyTheMissingStep()
{
    const QString file = path(u"steps.sqlite"_s);
    {
        auto opened = Database::open(file, withMigrations({first()}));
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->schemaVersion(), 1);
        const QSqlDatabase db = opened.value()->connection();
        QVERIFY(tableExists(db, u"pupil"_s));
        QVERIFY(!tableExists(db, u"class"_s));
    }
    auto opened = Database::open(file, withMigrations({first(), second()}));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), 2);
    const QSqlDatabase db = opened.value()->connection();
    QVERIFY(tableExists(db, u"class"_s));
    QVERIFY(columnExists(db, u"pupil"_s, u"class_id"_s));
    // Step 1 ran once: applying it again would have inserted Ada twice.
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT count(*) FROM pupil"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestMigration::failedStepLeavesThePreviousVersion()
{
    const QString file = path(u"broken.sqlite"_s);
    {
        auto opened = Database::open(file, withMigrations({first()}));
        QVERIFY(opened.ok());
    }
    {
        auto opened = Database::open(file, withMigrations({first(), failingSecond()}));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::File);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(u"version 2"_s), qPrintable(message));
        QVERIFY2(message.contains(u"left at the version before"_s), qPrintable(message));
        QVERIFY2(message.contains(u"no_such_table"_s), qPrintable(message));
        QVERIFY2(message.contains(u"broken.sqlite"_s), qPrintable(message));
    }
    auto opened = Database::open(file, withMigrations({first()}));
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->schemaVersion(), 1);
    QVERIFY(tableExists(opened.value()->connection(), u"pupil"_s));
    QVERIFY(!tableExists(opened.value()->connection(), u"half_made"_s));
}

void TestMigration::failedFirstStepLeavesAnEmptyDatabase()
{
    const QString file = path(u"nothing.sqlite"_s);
    Migration broken = failingSecond();
    broken.version = 1;
    {
        auto opened = Database::open(file, withMigrations({broken}));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"version 1"_s),
                 qPrintable(opened.error().message));
    }
    // Still a new database: the real migrations go through.
    auto opened = Database::open(file, withMigrations({first(), second()}));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), 2);
    QVERIFY(!tableExists(opened.value()->connection(), u"half_made"_s));
}

void TestMigration::newerThanTheListIsRefused()
{
    const QString file = path(u"ahead.sqlite"_s);
    {
        auto opened = Database::open(file, withMigrations({first(), second()}));
        QVERIFY(opened.ok());
    }
    auto opened = Database::open(file, withMigrations({first()}));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"newer version"_s),
             qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(u"version 2"_s), qPrintable(opened.error().message));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestMigration)
#include "tst_migration.moc"

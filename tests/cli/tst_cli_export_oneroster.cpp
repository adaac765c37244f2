// rollbook-cli export --format oneroster, end to end with QProcess: the bundle's files on
// stdout, what it holds and left out on stderr, passwords generated once and kept only when the
// files are written, and a wrong format refused before the database is touched.
#include "clisupport.h"
#include "csv/csvreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::fixture;
using Testing::Run;

namespace {

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliExportOneRoster : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void bundleAfterImports();
    void formatIsItslearningUnlessOneRosterIsChosen_data();
    void formatIsItslearningUnlessOneRosterIsChosen();
    void unknownFormatExitsTwoBeforeTheDatabaseIsTouched_data();
    void unknownFormatExitsTwoBeforeTheDatabaseIsTouched();
    void withoutPasswordsTheColumnIsEmptyAndNoneAreGenerated();
    void partOfTheSchoolIsSaidToBeAWholeRoster();
    void targetThatCannotBeWrittenExitsThreeAndChangesNothing();
    void helpNamesTheFormats();

private:
    Run run(const QStringList &arguments) const { return runAt(m_database, arguments); }
    static Run runAt(const QString &database, const QStringList &arguments);
    void importFixtures();
    // user name -> stored password ("" when none)
    QMap<QString, QString> passwords() const;
    // users.csv of `folder`: user name -> the password column
    static QMap<QString, QString> exportedPasswords(const QString &folder);
    QString folder(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCliExportOneRoster::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Testing::newDatabase(m_dir->filePath(u"cli.sqlite"_s));
    // Parents are imported only while parent login is on.
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
    QCOMPARE(run({u"settings"_s, u"school_name"_s, u"Nordby skole"_s}).exitCode, 0);
}

Run TestCliExportOneRoster::runAt(const QString &database, const QStringList &arguments)
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                               QStringList{u"--database"_s, database} + arguments);
}

// The two children, then their two parents, each with both.
void TestCliExportOneRoster::importFixtures()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    QCOMPARE(run({u"import"_s, fixture(u"parents-combined.csv"_s), u"--profile"_s, u"parent"_s,
                  u"--sync-field"_s, u"ChildID"_s})
                     .exitCode,
             0);
}

QMap<QString, QString> TestCliExportOneRoster::passwords() const
{
    QMap<QString, QString> result;
    CliTesting::withConnection(m_database, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(u"SELECT username, coalesce(password, '') FROM person"_s);
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString());
    });
    return result;
}

QMap<QString, QString> TestCliExportOneRoster::exportedPasswords(const QString &target)
{
    QMap<QString, QString> result;
    const CsvTable users = CsvReader::readFile(QDir(target).filePath(u"users.csv"_s));
    const qsizetype username = users.header.indexOf(u"username"_s);
    const qsizetype password = users.header.indexOf(u"password"_s);
    for (const CsvRow &row : users.rows)
        result.insert(row.fields.value(username),
                      password < 0 ? u"<no column>"_s : row.fields.value(password));
    return result;
}

void TestCliExportOneRoster::bundleAfterImports()
{
    importFixtures();
    const QString target = folder(u"bundle"_s);
    const Run exported = run({u"export"_s, u"--format"_s, u"oneroster"_s, target});
    QCOMPARE(exported.exitCode, 0);
    const QDir dir(target);
    QCOMPARE(exported.out,
             QDir::toNativeSeparators(dir.filePath(u"manifest.csv"_s)) + u"\t17\n"_s +
                     QDir::toNativeSeparators(dir.filePath(u"orgs.csv"_s)) + u"\t1\n"_s +
                     QDir::toNativeSeparators(dir.filePath(u"users.csv"_s)) + u"\t4\n"_s);
    for (const QString &line :
         QStringList{u"Exported 2 learners and 2 parents as a OneRoster 1.1 bundle (manifest.csv, "
                     u"orgs.csv, "
                     u"users.csv) in “"_s +
                             QDir::toNativeSeparators(target) + u"”."_s,
                     u"Every user belongs to the school “Nordby skole” (sourcedId "
                     u"rollbook-school-6c991aab4d78)."_s,
                     u"4 missing passwords were generated."_s})
        QVERIFY2(exported.err.contains(line), qPrintable(exported.err));
    QVERIFY2(exported.err.contains(u"parent–learner link"_s), qPrintable(exported.err));
    QVERIFY2(!exported.err.contains(u"bulk"_s), qPrintable(exported.err)); // everyone: whole
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             QStringList({u"manifest.csv"_s, u"orgs.csv"_s, u"users.csv"_s}));

    // The passwords in the bundle are the ones kept, and none is printed.
    const QMap<QString, QString> stored = passwords();
    QCOMPARE(stored.size(), 4);
    QCOMPARE(exportedPasswords(target), stored);
    for (const QString &password : stored) {
        QVERIFY(!password.isEmpty());
        QVERIFY(!exported.err.contains(password));
        QVERIFY(!exported.out.contains(password));
    }
    const CsvTable users = CsvReader::readFile(dir.filePath(u"users.csv"_s));
    QVERIFY(users.ok());
    QMap<QString, QString> agents; // sourcedId -> agentSourcedIds
    for (const CsvRow &row : users.rows)
        agents.insert(row.fields.at(0), row.fields.at(15));
    QCOMPARE(agents, (QMap<QString, QString>{{u"1"_s, u"222,333"_s},
                                             {u"2"_s, u"222,333"_s},
                                             {u"222"_s, u"1,2"_s},
                                             {u"333"_s, u"1,2"_s}}));

    // Again: the same people, the same passwords, nothing generated.
    const Run again = run({u"export"_s, target, u"--format=oneroster"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(!again.err.contains(u"generated"_s), qPrintable(again.err));
    QCOMPARE(exportedPasswords(target), stored);
}

void TestCliExportOneRoster::formatIsItslearningUnlessOneRosterIsChosen_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("file"); // one file the format writes
    QTest::newRow("no format") << QStringList{} << u"01-learners.csv"_s;
    QTest::newRow("itslearning") << QStringList{u"--format"_s, u"itslearning"_s}
                                 << u"01-learners.csv"_s;
    QTest::newRow("OneRoster, any case")
            << QStringList{u"--format"_s, u"OneRoster"_s} << u"users.csv"_s;
}

void TestCliExportOneRoster::formatIsItslearningUnlessOneRosterIsChosen()
{
    QFETCH(QStringList, options);
    QFETCH(QString, file);
    importFixtures();
    const QString target = folder(u"format"_s);
    const Run exported = run(QStringList{u"export"_s, target} + options);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFileInfo::exists(QDir(target).filePath(file)));
    QCOMPARE(QFileInfo::exists(QDir(target).filePath(u"UPLOAD.txt"_s)), file != u"users.csv"_s);
}

void TestCliExportOneRoster::unknownFormatExitsTwoBeforeTheDatabaseIsTouched_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << QStringList{u"--format"_s, u"csv"_s}
                             << u"--format is itslearning or oneroster, not “csv”."_s;
    QTest::newRow("OneRoster 1.2") << QStringList{u"--format=oneroster1.2"_s}
                                   << u"--format is itslearning or oneroster, not "
                                      u"“oneroster1.2”."_s;
    QTest::newRow("empty") << QStringList{u"--format="_s}
                           << u"--format is itslearning or oneroster, not “”."_s;
    QTest::newRow("no value") << QStringList{u"--format"_s} << u"Missing value after '--format'"_s;
}

void TestCliExportOneRoster::unknownFormatExitsTwoBeforeTheDatabaseIsTouched()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString target = folder(u"never"_s);
    // A database nobody made yet stays unmade.
    const QString fresh = Testing::newDatabase(m_dir->filePath(u"fresh.sqlite"_s));
    const Run refused = runAt(fresh, QStringList{u"export"_s, target} + options);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(CliTesting::neverOpened(fresh));
}

void TestCliExportOneRoster::withoutPasswordsTheColumnIsEmptyAndNoneAreGenerated()
{
    importFixtures();
    QCOMPARE(run({u"settings"_s, u"export_passwords"_s, u"false"_s}).exitCode, 0);
    const QString target = folder(u"nopasswords"_s);
    const Run exported = run({u"export"_s, target, u"--format"_s, u"oneroster"_s});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.err.contains(u"The password column is empty"_s), qPrintable(exported.err));
    const QMap<QString, QString> inFile = exportedPasswords(target);
    QCOMPARE(inFile.size(), 4);
    for (const QString &password : inFile)
        QCOMPARE(password, QString());
    for (const QString &password : passwords())
        QVERIFY(password.isEmpty());
}

void TestCliExportOneRoster::partOfTheSchoolIsSaidToBeAWholeRoster()
{
    importFixtures();
    const QString target = folder(u"parents"_s);
    const Run exported =
            run({u"export"_s, target, u"--format"_s, u"oneroster"_s, u"--profile"_s, u"parent"_s});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.err.contains(u"Exported 2 parents as a OneRoster 1.1 bundle"_s),
             qPrintable(exported.err));
    QVERIFY2(exported.err.contains(
                     u"Left out 4 links of the parents to learners not in the bundle."_s),
             qPrintable(exported.err));
    QVERIFY2(exported.err.contains(u"The bundle is a whole roster (bulk)"_s),
             qPrintable(exported.err));
    QCOMPARE(exportedPasswords(target).keys(), QStringList({u"dad"_s, u"mom"_s}));
}

void TestCliExportOneRoster::targetThatCannotBeWrittenExitsThreeAndChangesNothing()
{
    importFixtures();
    QVERIFY(writeText(folder(u"taken"_s), "a file"));
    const QString before = Testing::dumpFile(m_database);
    const Run failed = run({u"export"_s, folder(u"taken"_s), u"--format"_s, u"oneroster"_s});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(u"is a file, not a folder"_s), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QDir::toNativeSeparators(folder(u"taken"_s))),
             qPrintable(failed.err));
    QVERIFY(failed.out.isEmpty());
    // The passwords generated for the files that were not written are not kept.
    QCOMPARE(Testing::dumpFile(m_database), before);
    for (const QString &password : passwords())
        QVERIFY(password.isEmpty());
}

void TestCliExportOneRoster::helpNamesTheFormats()
{
    const Run help = run({u"export"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"--format <FORMAT>"_s), qPrintable(help.out));
    QVERIFY2(help.out.contains(u"oneroster"_s), qPrintable(help.out));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliExportOneRoster)
#include "tst_cli_export_oneroster.moc"

// rollbook-cli export and forget-passwords, end to end with QProcess: the files in upload order,
// whom (--batch, --profile), passwords generated once and kept only when the files are written,
// and every bad request answered with its exit status and the database as it was.
#include "clisupport.h"
#include "csv/csvreader.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::fixture;
using Testing::Run;

namespace {

// The lines an export prints on stdout for `files` ("01-learners.csv:2") in `folder`.
QString listing(const QString &folder, const QStringList &files)
{
    QString text;
    for (const QString &file : files) {
        const qsizetype colon = file.indexOf(u':');
        text += QDir::toNativeSeparators(QDir(folder).filePath(file.left(colon))) + u'\t' +
                file.mid(colon + 1) + u'\n';
    }
    return text;
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void exportAfterImports();
    void whomByProfileAndBatch_data();
    void whomByProfileAndBatch();
    void badOptionsExitTwo_data();
    void badOptionsExitTwo();
    void unknownOrUndoneBatchExitsOne_data();
    void unknownOrUndoneBatchExitsOne();
    void targetThatCannotBeWrittenExitsThreeAndChangesNothing_data();
    void targetThatCannotBeWrittenExitsThreeAndChangesNothing();
    void aFailedCommitRemovesTheFiles_data();
    void aFailedCommitRemovesTheFiles();
    void missingPasswordsAreGeneratedOnceAndKept();
    void withoutPasswordsNoneAreGenerated();
    void encodingAndDelimiterFromTheSettings();

    void passwordsAreForgottenTheirDaysAfterTheExport();
    void forgetPasswords_data();
    void forgetPasswords();

private:
    Run run(const QStringList &arguments) const;
    void importFixtures();
    QString dump() const;
    // user name -> stored password ("" when none)
    QMap<QString, QString> passwords() const;
    // The detail of every audit row of `action`; "<cannot read>" when the query fails.
    QStringList auditDetails(const QString &action) const;
    // user name -> the password column of every CSV file in `folder`
    QMap<QString, QString> exportedPasswords(const QString &folder) const;
    QString folder(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Testing::newDatabase(m_dir->filePath(u"cli.sqlite"_s));
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
}

Run TestCliExport::run(const QStringList &arguments) const
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                               QStringList{u"--database"_s, m_database} + arguments);
}

// Import 1: the two children; 2: their two parents, each with both; 3: son2's last name
// changed (an update, nothing created).
void TestCliExport::importFixtures()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    QCOMPARE(run({u"import"_s, fixture(u"parents-combined.csv"_s), u"--profile"_s, u"parent"_s,
                  u"--sync-field"_s, u"ChildID"_s})
                     .exitCode,
             0);
    const QString update = m_dir->filePath(u"update.csv"_s);
    QVERIFY(writeText(update, "SyncID,User name,First name,Last name\r\n2,son2,Johnny,Deane\r\n"));
    const Run updated = run({u"import"_s, update, u"--profile"_s, u"learner"_s});
    QCOMPARE(updated.exitCode, 0);
    QVERIFY2(updated.err.contains(u"1 updated"_s), qPrintable(updated.err));
}

// Every table and row, read on a connection of its own.
QString TestCliExport::dump() const
{
    return Testing::dumpFile(m_database);
}

QMap<QString, QString> TestCliExport::passwords() const
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

QStringList TestCliExport::auditDetails(const QString &action) const
{
    QStringList details{u"<cannot open>"_s};
    CliTesting::withConnection(m_database, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(u"SELECT detail FROM audit WHERE action = ?"_s);
        q.addBindValue(action);
        details = {u"<cannot read>"_s};
        if (!q.exec())
            return;
        details.clear();
        while (q.next())
            details.append(q.value(0).toString());
    });
    return details;
}

QMap<QString, QString> TestCliExport::exportedPasswords(const QString &target) const
{
    QMap<QString, QString> result;
    const QDir dir(target);
    const auto files = dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const CsvTable table = CsvReader::readFile(dir.filePath(name));
        const qsizetype user = table.header.indexOf(u"User name"_s);
        const qsizetype password = table.header.indexOf(u"Password"_s);
        for (const CsvRow &row : table.rows)
            result.insert(row.fields.value(user),
                          password < 0 ? u"<no column>"_s : row.fields.value(password));
    }
    return result;
}

void TestCliExport::exportAfterImports()
{
    importFixtures();
    const QString target = folder(u"out"_s);
    const Run exported = run({u"export"_s, target});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, listing(target, {u"01-learners.csv:2"_s, u"02-parents-1.csv:2"_s,
                                            u"03-parents-2.csv:2"_s}));
    QVERIFY2(exported.err.contains(u"Exported 2 learners and 2 parents into 3 files"_s),
             qPrintable(exported.err));
    QVERIFY2(exported.err.contains(u"choose ChildID as Synchronisation field in import file and "
                                   u"Synchronisation key as Matching synchronisation field for "
                                   u"child"_s),
             qPrintable(exported.err));
    QVERIFY2(exported.err.contains(u"UPLOAD.txt"_s), qPrintable(exported.err));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({u"01-learners.csv"_s, u"02-parents-1.csv"_s, u"03-parents-2.csv"_s,
                          u"UPLOAD.txt"_s}));
    const CsvTable second = CsvReader::readFile(QDir(target).filePath(u"03-parents-2.csv"_s));
    QVERIFY(second.ok());
    QCOMPARE(second.header.last(), u"ChildID"_s);
    QCOMPARE(second.rows.size(), 2);
    QCOMPARE(second.rows.at(0).fields.last(), u"2"_s);
}

void TestCliExport::whomByProfileAndBatch_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("usernames"); // of every file, sorted

    const QStringList parentFiles{u"01-parents-1.csv:2"_s, u"02-parents-2.csv:2"_s};
    QTest::newRow("learners") << QStringList{u"--profile"_s, u"learner"_s} << 0
                              << QStringList{u"01-learners.csv:2"_s}
                              << QStringList{u"son1"_s, u"son2"_s};
    QTest::newRow("parents, in capitals") << QStringList{u"--profile"_s, u"PARENT"_s} << 0
                                          << parentFiles << QStringList{u"dad"_s, u"mom"_s};
    QTest::newRow("batch that created learners")
            << QStringList{u"--batch"_s, u"1"_s} << 0 << QStringList{u"01-learners.csv:2"_s}
            << QStringList{u"son1"_s, u"son2"_s};
    QTest::newRow("batch that created and linked parents")
            << QStringList{u"--batch"_s, u"2"_s} << 0 << parentFiles
            << QStringList{u"dad"_s, u"mom"_s};
    QTest::newRow("batch that updated a learner")
            << QStringList{u"--batch"_s, u"3"_s} << 0 << QStringList{u"01-learners.csv:1"_s}
            << QStringList{u"son2"_s};
    QTest::newRow("batch and profile")
            << QStringList{u"--batch"_s, u"1"_s, u"--profile"_s, u"learner"_s} << 0
            << QStringList{u"01-learners.csv:2"_s} << QStringList{u"son1"_s, u"son2"_s};
    QTest::newRow("batch and profile: nobody")
            << QStringList{u"--batch"_s, u"2"_s, u"--profile"_s, u"learner"_s} << 1 << QStringList{}
            << QStringList{};
}

void TestCliExport::whomByProfileAndBatch()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QStringList, files);
    QFETCH(QStringList, usernames);
    importFixtures();
    const QString target = folder(u"whom"_s);
    const QString before = exitCode == 0 ? QString() : dump();
    const Run exported = run(QStringList{u"export"_s, target} + options);
    QCOMPARE(exported.exitCode, exitCode);
    QCOMPARE(exported.out, listing(target, files));
    if (exitCode != 0) {
        QVERIFY2(exported.err.contains(u"Nobody was chosen, so there is nothing to export."_s),
                 qPrintable(exported.err));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(dump(), before);
        return;
    }
    const auto inFiles = exportedPasswords(target);
    QCOMPARE(inFiles.keys(), usernames);
}

void TestCliExport::badOptionsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString dir = u"DIR"_s; // replaced by a folder of the test's own
    QTest::newRow("no folder") << QStringList{u"export"_s} << u"Name one folder"_s;
    QTest::newRow("two folders") << QStringList{u"export"_s, dir, dir} << u"Name one folder"_s;
    QTest::newRow("batch is a word")
            << QStringList{u"export"_s, dir, u"--batch"_s, u"latest"_s}
            << u"--batch takes the number of an import, as “batches” lists them, not “latest”."_s;
    QTest::newRow("batch zero") << QStringList{u"export"_s, dir, u"--batch"_s, u"0"_s}
                                << u"not “0”"_s;
    QTest::newRow("batch negative")
            << QStringList{u"export"_s, dir, u"--batch=-3"_s} << u"not “-3”"_s;
    QTest::newRow("batch without value")
            << QStringList{u"export"_s, dir, u"--batch"_s} << u"Missing value after '--batch'"_s;
    QTest::newRow("unknown profile") << QStringList{u"export"_s, dir, u"--profile"_s, u"teacher"_s}
                                     << u"--profile is learner, parent or staff, not “teacher”."_s;
    QTest::newRow("unknown option")
            << QStringList{u"export"_s, dir, u"--zip"_s} << u"Unknown option 'zip'"_s;
    QTest::newRow("forget: a folder") << QStringList{u"forget-passwords"_s, dir}
                                      << u"“forget-passwords” takes no arguments"_s;
    QTest::newRow("forget: unknown profile")
            << QStringList{u"forget-passwords"_s, u"--profile"_s, u"pupils"_s} << u"not “pupils”"_s;
    QTest::newRow("forget: batch is a word")
            << QStringList{u"forget-passwords"_s, u"--batch"_s, u"x"_s} << u"not “x”"_s;
}

void TestCliExport::badOptionsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    importFixtures();
    const QString target = folder(u"never"_s);
    arguments.replaceInStrings(u"DIR"_s, target);
    const QString before = dump();
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(dump(), before);
}

void TestCliExport::unknownOrUndoneBatchExitsOne_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("batch");
    QTest::addColumn<QString>("message");
    QTest::newRow("export: unknown") << u"export"_s << u"99"_s << u"There is no import 99."_s;
    QTest::newRow("export: undone") << u"export"_s << u"3"_s << u"Import 3 was undone"_s;
    QTest::newRow("forget: unknown")
            << u"forget-passwords"_s << u"99"_s << u"There is no import 99."_s;
    QTest::newRow("forget: undone") << u"forget-passwords"_s << u"3"_s << u"Import 3 was undone"_s;
}

void TestCliExport::unknownOrUndoneBatchExitsOne()
{
    QFETCH(QString, command);
    QFETCH(QString, batch);
    QFETCH(QString, message);
    importFixtures();
    // Undone first: once its people have passwords handed out, an import no longer undoes.
    QCOMPARE(run({u"undo-import"_s, u"3"_s}).exitCode, 0);
    QCOMPARE(run({u"export"_s, folder(u"first"_s)}).exitCode, 0); // passwords to forget
    const QString target = folder(u"never"_s);
    const QString before = dump();
    QStringList arguments{command, u"--batch"_s, batch};
    if (command == u"export"_s)
        arguments.insert(1, target);
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(dump(), before);
}

void TestCliExport::targetThatCannotBeWrittenExitsThreeAndChangesNothing_data()
{
    QTest::addColumn<QString>("inside"); // the target, below a file named "taken"
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << QString() << u"is a file, not a folder"_s;
    QTest::newRow("a folder inside a file") << u"sub"_s << u"cannot make the folder"_s;
}

void TestCliExport::targetThatCannotBeWrittenExitsThreeAndChangesNothing()
{
    QFETCH(QString, inside);
    QFETCH(QString, message);
    importFixtures();
    QVERIFY(writeText(folder(u"taken"_s), "a file"));
    const QString target = inside.isEmpty() ? folder(u"taken"_s) : folder(u"taken/"_s + inside);
    const QString before = dump();
    QVERIFY(before.contains(u"# person"_s));
    const Run failed = run({u"export"_s, target});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(message), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QDir::toNativeSeparators(target)), qPrintable(failed.err));
    QVERIFY(failed.out.isEmpty());
    // The passwords generated for the files that were not written are not kept.
    QCOMPARE(dump(), before);
    for (const QString &password : passwords())
        QVERIFY(password.isEmpty());
    QFile taken(folder(u"taken"_s));
    QVERIFY(taken.open(QIODevice::ReadOnly));
    QCOMPARE(taken.readAll(), QByteArray("a file"));
}

void TestCliExport::aFailedCommitRemovesTheFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("itslearning") << u"itslearning"_s;
    QTest::newRow("oneroster") << u"oneroster"_s;
}

// The files are written, then storing their passwords fails at the commit: files to upload with
// passwords that would not work go again, and the database is as it was.
void TestCliExport::aFailedCommitRemovesTheFiles()
{
    QFETCH(QString, format);
    importFixtures();
    QVERIFY(CliTesting::withConnection(m_database, [](QSqlDatabase &db) {
        QVERIFY(Testing::failCommitsOfDistributedPasswords(db));
    }));
    const QString before = dump();
    const QString target = folder(u"export"_s);
    const Run failed = run({u"export"_s, target, u"--format"_s, format});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(u"The files written were removed again"_s),
             qPrintable(failed.err));
    QVERIFY(failed.out.isEmpty());
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    QCOMPARE(dump(), before);
    for (const QString &password : passwords())
        QVERIFY(password.isEmpty());
}

void TestCliExport::missingPasswordsAreGeneratedOnceAndKept()
{
    importFixtures();
    const QString first = folder(u"first"_s);
    const Run one = run({u"export"_s, first});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.err.contains(u"4 missing passwords were generated."_s), qPrintable(one.err));

    const QMap<QString, QString> stored = passwords();
    QCOMPARE(stored.size(), 4);
    const QMap<QString, QString> inFiles = exportedPasswords(first);
    QCOMPARE(inFiles, stored);
    for (const QString &password : stored) {
        QVERIFY(password.size() >= 10);
        QVERIFY(!one.err.contains(password));
        QVERIFY(!one.out.contains(password));
    }

    const QString second = folder(u"second"_s);
    const Run two = run({u"export"_s, second});
    QCOMPARE(two.exitCode, 0);
    QVERIFY2(!two.err.contains(u"generated"_s), qPrintable(two.err));
    QCOMPARE(exportedPasswords(second), stored);
    QCOMPARE(passwords(), stored);
    for (const QString &password : stored)
        QVERIFY(!two.err.contains(password));

    // One audit row for the generation, naming how many and no password.
    const QStringList details = auditDetails(u"generate-passwords"_s);
    QCOMPARE(details.size(), 1);
    const QString detail = details.first();
    QCOMPARE(QJsonDocument::fromJson(detail.toUtf8()).object().value(u"people"_s).toInt(), 4);
    for (const QString &password : stored)
        QVERIFY(!detail.contains(password));
}

void TestCliExport::withoutPasswordsNoneAreGenerated()
{
    importFixtures();
    QCOMPARE(run({u"settings"_s, u"export_passwords"_s, u"false"_s}).exitCode, 0);
    const QString target = folder(u"nopasswords"_s);
    const Run exported = run({u"export"_s, target});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.err.contains(u"The files hold no passwords"_s), qPrintable(exported.err));
    for (const QString &password : exportedPasswords(target))
        QCOMPARE(password, u"<no column>"_s);
    for (const QString &password : passwords())
        QVERIFY(password.isEmpty());
}

void TestCliExport::encodingAndDelimiterFromTheSettings()
{
    QCOMPARE(run({u"import"_s, fixture(u"learners-utf8.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    QCOMPARE(run({u"settings"_s, u"export_encoding"_s, u"windows-1252"_s}).exitCode, 0);
    QCOMPARE(run({u"settings"_s, u"export_delimiter"_s, u"semicolon"_s}).exitCode, 0);
    const QString target = folder(u"excel"_s);
    QCOMPARE(run({u"export"_s, target}).exitCode, 0);
    QFile raw(QDir(target).filePath(u"01-learners.csv"_s));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.startsWith("SyncID;User name;First name;"));
    QVERIFY(bytes.contains(";\xC5se;Berg;")); // Åse in Windows-1252
    QFile upload(QDir(target).filePath(u"UPLOAD.txt"_s));
    QVERIFY(upload.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(upload.readAll())
                    .contains(u"Encoding: Windows-1252. Delimiter: semicolon."_s));
}

void TestCliExport::passwordsAreForgottenTheirDaysAfterTheExport()
{
    importFixtures();
    // The export hands the passwords out, and notes when.
    QCOMPARE(run({u"export"_s, folder(u"out"_s)}).exitCode, 0);
    QCOMPARE(CliTesting::queryValue(m_database, u"SELECT count(*) FROM person WHERE "
                                                u"password_distributed_at IS NOT NULL"_s)
                     .toInt(),
             4);
    const Run set = run({u"settings"_s, u"forget_passwords_after_days"_s, u"30"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    // Not yet due: any command leaves them.
    Run batches = run({u"batches"_s});
    QCOMPARE(batches.exitCode, 0);
    QVERIFY2(!batches.err.contains(u"forgotten"_s), qPrintable(batches.err));
    QCOMPARE(passwords().size(), 4);
    QVERIFY(!passwords().values().contains(QString()));

    // Two of them went out 31 days ago: the next command, whichever it is, forgets those.
    QVERIFY(CliTesting::execute(
            m_database,
            u"UPDATE person SET password_distributed_at = '%1' WHERE username IN "
            u"('dad', 'son1')"_s.arg(
                    QDateTime::currentDateTimeUtc().addDays(-31).toString(Qt::ISODateWithMs))));
    batches = run({u"batches"_s});
    QCOMPARE(batches.exitCode, 0);
    QVERIFY2(batches.err.contains(u"Initial passwords distributed more than 30 days ago were "
                                  u"forgotten, as Edit global settings > Privacy asks: 2."_s),
             qPrintable(batches.err));
    const QMap<QString, QString> after = passwords();
    QVERIFY(after.value(u"dad"_s).isEmpty());
    QVERIFY(after.value(u"son1"_s).isEmpty());
    QVERIFY(!after.value(u"mom"_s).isEmpty());
    QVERIFY(!after.value(u"son2"_s).isEmpty());
    const QStringList details = auditDetails(u"forget-passwords"_s);
    QCOMPARE(details.size(), 1);
    const QJsonObject detail = QJsonDocument::fromJson(details.first().toUtf8()).object();
    QVERIFY(detail.value(u"automatic"_s).toBool());
    QCOMPARE(detail.value(u"people"_s).toInt(), 2);
}

void TestCliExport::forgetPasswords_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("forgotten"); // user names, sorted
    QTest::addColumn<QString>("message");
    QTest::newRow("everyone") << QStringList{}
                              << QStringList{u"dad"_s, u"mom"_s, u"son1"_s, u"son2"_s}
                              << u"Forgot 4 initial passwords."_s;
    QTest::newRow("parents") << QStringList{u"--profile"_s, u"parent"_s}
                             << QStringList{u"dad"_s, u"mom"_s} << u"Forgot 2 initial passwords."_s;
    QTest::newRow("a batch") << QStringList{u"--batch"_s, u"3"_s} << QStringList{u"son2"_s}
                             << u"Forgot 1 initial password."_s;
    QTest::newRow("a batch and a profile: nobody")
            << QStringList{u"--batch"_s, u"1"_s, u"--profile"_s, u"parent"_s} << QStringList{}
            << u"Forgot 0 initial passwords."_s;
}

void TestCliExport::forgetPasswords()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, forgotten);
    QFETCH(QString, message);
    importFixtures();
    QCOMPARE(run({u"export"_s, folder(u"out"_s)}).exitCode, 0);
    const QMap<QString, QString> before = passwords();

    const Run forget = run(QStringList{u"forget-passwords"_s} + options);
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.err));
    QVERIFY2(forget.err.contains(message), qPrintable(forget.err));
    QVERIFY(forget.out.isEmpty());
    const QMap<QString, QString> after = passwords();
    QStringList cleared;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY(!it.value().isEmpty());
        QVERIFY(!forget.err.contains(it.value()));
        if (after.value(it.key()).isEmpty())
            cleared.append(it.key());
        else
            QCOMPARE(after.value(it.key()), it.value()); // the others are kept as they were
    }
    QCOMPARE(cleared, forgotten);

    // One audit row when passwords were cleared, naming how many.
    const QStringList details = auditDetails(u"forget-passwords"_s);
    if (forgotten.isEmpty()) {
        QCOMPARE(details, QStringList());
    } else {
        QCOMPARE(details.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(details.first().toUtf8())
                         .object()
                         .value(u"people"_s)
                         .toInt(),
                 int(forgotten.size()));
    }

    // Forgetting again clears nothing more.
    const Run again = run(QStringList{u"forget-passwords"_s} + options);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(u"Forgot 0 initial passwords."_s), qPrintable(again.err));
    QCOMPARE(passwords(), after);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliExport)
#include "tst_cli_export.moc"

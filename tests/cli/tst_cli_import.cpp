// rollbook-cli import, batches, undo-import, users, link and unlink, end to end with QProcess;
// and the import killed at any moment, which must leave the database as it was.
#include "clisupport.h"
#include "db/database.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::fixture;
using Testing::Run;

namespace {} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void learnersThenParents();
    void badFileExitsOneAndChangesNothing_data();
    void badFileExitsOneAndChangesNothing();
    void skipErrorsImportsTheRestAndExitsZero();
    void reportAndRejectedFiles();
    void manyProblemsPrintTheFirstOfEachKindAndReportEveryOne();
    void dryRunChangesNothing();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void missingFileExitsThree();
    void batchesAndUndo();
    void linkAndUnlinkByHand();
    void usersAsJson();
    void killedImportLeavesTheDatabaseAsItWas_data();
    void killedImportLeavesTheDatabaseAsItWas();
    void twoImportsAtOnceBothLand();
    void undoWaitsForAnotherImportAndSaysSo();

    // Options left out are guessed, as the wizard guesses them, and said on stderr.
    void studentSystemPairImportsWithoutOptions();
    void platformLearnerFileIsGuessedLearner();
    void wideFileImportsWithoutOptions_data();
    void wideFileImportsWithoutOptions();
    void ambiguousChildColumnExitsTwo_data();
    void ambiguousChildColumnExitsTwo();
    void childsKeyIsChosenBesideLearnersKey();
    void tieOfMatchingFieldsExitsTwo();
    void noChildFoundKeepsSyncKeyAndSaysSo();
    void badWideGuardiansAndMadeUserNames();
    void deriveSyncKeysGivesParentsKeys_data();
    void deriveSyncKeysGivesParentsKeys();
    void explicitOptionsAreNotGuessed();

private:
    Run run(const QStringList &arguments) const;
    QString dump() const;
    // The people of one profile, as `users --json` gives them.
    QJsonArray users(const QString &profile) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Testing::newDatabase(m_dir->filePath(u"cli.sqlite"_s));
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
}

Run TestCliImport::run(const QStringList &arguments) const
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                               QStringList{u"--database"_s, m_database} + arguments);
}

// Every table and row, read on a connection of its own (a file's or the server's).
QString TestCliImport::dump() const
{
    return Testing::dumpFile(m_database);
}

QJsonArray TestCliImport::users(const QString &profile) const
{
    const Run listed = run({u"users"_s, u"--profile"_s, profile, u"--json"_s});
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

QString TestCliImport::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCliImport::learnersThenParents()
{
    const Run learners =
            run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s});
    QCOMPARE(learners.exitCode, 0);
    QVERIFY2(learners.err.contains(u"2 created"_s), qPrintable(learners.err));
    const Run parents =
            run({u"import"_s, fixture(u"parents-combined.csv"_s), u"--profile"_s, u"parent"_s,
                 u"--sync-field"_s, u"ChildID"_s, u"--match"_s, u"sync-key"_s});
    QCOMPARE(parents.exitCode, 0);
    QVERIFY2(parents.err.contains(u"4 links made"_s), qPrintable(parents.err));
    QVERIFY(parents.out.isEmpty()); // messages go to stderr
}

void TestCliImport::badFileExitsOneAndChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown child") << u"bad-unknown-child.csv"_s
                                   << u"bad-unknown-child.csv, line 3, column “ChildID”: No "
                                      u"learner has synchronisation key 99. Import the children "
                                      u"first"_s;
    QTest::newRow("unclosed quote") << u"bad-unbalanced-quote.csv"_s
                                    << u"bad-unbalanced-quote.csv, line 2, column “First name”"_s;
    QTest::newRow("binary") << u"bad-binary.csv"_s << u"not a text file"_s;
    QTest::newRow("empty") << u"bad-empty.csv"_s << u"bad-empty.csv: The file holds no users."_s;
}

void TestCliImport::badFileExitsOneAndChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    const QString before = dump();
    const bool parents = file == u"bad-unknown-child.csv"_s;
    QStringList arguments{u"import"_s, fixture(file), u"--profile"_s,
                          parents ? u"parent"_s : u"learner"_s};
    if (parents)
        arguments += {u"--sync-field"_s, u"ChildID"_s};
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"Nothing was imported"_s));
    QCOMPARE(dump(), before);
}

void TestCliImport::skipErrorsImportsTheRestAndExitsZero()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    const Run done = run({u"import"_s, fixture(u"bad-unknown-child.csv"_s), u"--profile"_s,
                          u"parent"_s, u"--sync-field"_s, u"ChildID"_s, u"--skip-errors"_s});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.err.contains(u"1 error"_s), qPrintable(done.err));
    QVERIFY(dump().contains(u"mom|Elizabeth"_s));
    QVERIFY(!dump().contains(u"gran|Mary"_s));
}

void TestCliImport::reportAndRejectedFiles()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    const QString report = m_dir->filePath(u"report.json"_s);
    const QString rejected = m_dir->filePath(u"rejected.csv"_s);
    const Run refused = run({u"import"_s, fixture(u"bad-unknown-child.csv"_s), u"--profile"_s,
                             u"parent"_s, u"--sync-field"_s, u"ChildID"_s, u"--report"_s, report,
                             u"--rejected"_s, rejected});
    QCOMPARE(refused.exitCode, 1);
    QFile json(report);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(object.value(u"batch"_s).isNull());
    QCOMPARE(object.value(u"rows"_s).toInt(), 2);
    QCOMPARE(object.value(u"errors"_s).toArray().size(), 1);
    QCOMPARE(object.value(u"errors"_s).toArray().first()[u"line"_s].toInt(), 3);
    QFile csv(rejected);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(u"ChildID,Problem\r\n444,gran,Mary,Dickinson,99,"_s), qPrintable(text));
}

void TestCliImport::manyProblemsPrintTheFirstOfEachKindAndReportEveryOne()
{
    // The same learners again, add only: a warning a row, more than are printed.
    const int rows = 1030; // problemsShownPerCode (1,000) and 30 more
    QByteArray bytes = "SyncID,User name,First name,Last name,E-mail\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += "L" + n + ",learner" + n + ",Learner,Family" + n + ",learner" + n + "@x.example\n";
    }
    const QString file = writeFile(u"many.csv"_s, bytes);
    QCOMPARE(run({u"import"_s, file, u"--profile"_s, u"learner"_s}).exitCode, 0);
    const QString report = m_dir->filePath(u"many-report.json"_s);
    const QString rejected = m_dir->filePath(u"many-rejected.csv"_s);
    const Run again = run({u"import"_s, file, u"--profile"_s, u"learner"_s, u"--mode"_s, u"add"_s,
                           u"--dry-run"_s, u"--report"_s, report, u"--rejected"_s, rejected});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.err.count(u"Warning: "_s), 1000);
    QVERIFY2(again.err.contains(u"30 problems are not shown here (the first 1000 of each kind "
                                u"are). --report and --rejected write every one."_s),
             qPrintable(again.err.right(2000)));
    QVERIFY(again.err.contains(u"1030 warnings"_s));
    QFile json(report);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    const QJsonArray warnings = object.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), rows);
    QCOMPARE(warnings.last()[u"line"_s].toInt(), rows + 1);
    QCOMPARE(warnings.last()[u"code"_s].toString(), u"not-updated"_s);
    QFile csv(rejected);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts).size(),
             rows + 1);
#ifdef Q_OS_UNIX
    // Both hold the people's values: readable by their owner only.
    for (const QString &written : {report, rejected})
        QCOMPARE(QFile::permissions(written) &
                         ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
#endif
}

void TestCliImport::dryRunChangesNothing()
{
    const QString before = dump();
    const Run checked = run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s,
                             u"learner"_s, u"--dry-run"_s});
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.err.contains(u"nothing was changed"_s), qPrintable(checked.err));
    QVERIFY(checked.err.contains(u"2 created"_s));
    QCOMPARE(dump(), before);
}

void TestCliImport::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = fixture(u"seed-a-children.csv"_s);
    QTest::newRow("bad profile") << QStringList{u"import"_s, file, u"--profile"_s, u"staff"_s};
    QTest::newRow("no file") << QStringList{u"import"_s, u"--profile"_s, u"learner"_s};
    // No column of the learners' file names a child.
    QTest::newRow("parents without sync field") << QStringList{
            u"import"_s, fixture(u"learners-utf8.csv"_s), u"--profile"_s, u"parent"_s};
    QTest::newRow("make user names for a learner file")
            << QStringList{u"import"_s, file, u"--make-usernames"_s};
    const QString wide = fixture(u"bad-wide-guardians.csv"_s);
    QTest::newRow("unknown user name rule") << QStringList{u"import"_s, wide, u"--make-usernames"_s,
                                                           u"--username-rule"_s, u"first_last"_s};
    QTest::newRow("user name rule without making user names")
            << QStringList{u"import"_s, wide, u"--username-rule"_s, u"f.last"_s};
    QTest::newRow("derive keys for learners") << QStringList{u"import"_s, file, u"--profile"_s,
                                                             u"learner"_s, u"--derive-sync-keys"_s};
    QTest::newRow("bad match") << QStringList{
            u"import"_s,       file,         u"--profile"_s, u"parent"_s,
            u"--sync-field"_s, u"ChildID"_s, u"--match"_s,   u"email"_s};
    QTest::newRow("bad mode") << QStringList{u"import"_s,  file,        u"--profile"_s,
                                             u"learner"_s, u"--mode"_s, u"replace"_s};
    QTest::newRow("bad map") << QStringList{u"import"_s,  file,       u"--profile"_s,
                                            u"learner"_s, u"--map"_s, u"SyncID=shoe-size"_s};
    QTest::newRow("bad encoding") << QStringList{
            u"import"_s, file, u"--profile"_s, u"learner"_s, u"--encoding"_s, u"ebcdic"_s};
    QTest::newRow("undo without number") << QStringList{u"undo-import"_s, u"last"_s};
    QTest::newRow("link with one person") << QStringList{u"link"_s, u"mom"_s};
}

void TestCliImport::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const QString before = dump();
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!refused.err.isEmpty());
    QCOMPARE(dump(), before);
}

void TestCliImport::missingFileExitsThree()
{
    const Run refused =
            run({u"import"_s, m_dir->filePath(u"nowhere.csv"_s), u"--profile"_s, u"learner"_s});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(u"nowhere.csv"_s), qPrintable(refused.err));
}

void TestCliImport::batchesAndUndo()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    const QString before = dump();
    QCOMPARE(run({u"import"_s, fixture(u"seed-b-parents-one-child.csv"_s), u"--profile"_s,
                  u"parent"_s, u"--sync-field"_s, u"ChildID"_s})
                     .exitCode,
             0);
    const Run batches = run({u"batches"_s});
    QCOMPARE(batches.exitCode, 0);
    const QStringList lines = batches.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"2\t"_s));
    QVERIFY(lines.at(0).contains(u"seed-b-parents-one-child.csv"_s));

    // The learners cannot go while parents hang on them.
    const Run refused = run({u"undo-import"_s, u"1"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"later import 2"_s), qPrintable(refused.err));

    QCOMPARE(run({u"undo-import"_s, u"2"_s}).exitCode, 0);
    const QString afterUndo = dump();
    // Only the batch is marked, and the undo is in the audit.
    QVERIFY(afterUndo.contains(u"undo-import"_s));
    QCOMPARE(run({u"undo-import"_s, u"2"_s}).exitCode, 1); // not twice
    QVERIFY(run({u"batches"_s}).out.contains(u"undone"_s));
    QCOMPARE(run({u"undo-import"_s, u"1"_s}).exitCode, 0);
    Q_UNUSED(before)
    QVERIFY(!dump().contains(u"son1|Jim"_s));
}

void TestCliImport::linkAndUnlinkByHand()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    QCOMPARE(run({u"import"_s, fixture(u"seed-b-parents-one-child.csv"_s), u"--profile"_s,
                  u"parent"_s, u"--sync-field"_s, u"ChildID"_s})
                     .exitCode,
             0);
    // By user name, by synchronisation key.
    QCOMPARE(run({u"link"_s, u"mom"_s, u"2"_s}).exitCode, 0);
    QVERIFY(run({u"users"_s, u"--json"_s, u"--search"_s, u"son2"_s}).out.contains(u"\"mom\""_s));
    const QString linked = dump();
    QCOMPARE(run({u"link"_s, u"mom"_s, u"son2"_s}).exitCode, 1);  // already linked
    QCOMPARE(run({u"link"_s, u"son1"_s, u"son2"_s}).exitCode, 1); // not a parent
    QCOMPARE(run({u"link"_s, u"mom"_s, u"dad"_s}).exitCode, 1);   // not a learner
    QCOMPARE(run({u"link"_s, u"nobody"_s, u"son2"_s}).exitCode, 1);
    QCOMPARE(dump(), linked);
    QCOMPARE(run({u"unlink"_s, u"mom"_s, u"son2"_s}).exitCode, 0);
    QCOMPARE(run({u"unlink"_s, u"mom"_s, u"son2"_s}).exitCode, 1);
    const QString audit = dump().section(u"# audit"_s, 1).section(u"# "_s, 0, 0);
    QVERIFY2(audit.contains(u"|link|"_s) && audit.contains(u"|unlink|"_s), qPrintable(audit));
}

void TestCliImport::usersAsJson()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    QCOMPARE(run({u"import"_s, fixture(u"parents-combined.csv"_s), u"--profile"_s, u"parent"_s,
                  u"--sync-field"_s, u"ChildID"_s})
                     .exitCode,
             0);
    const Run users = run({u"users"_s, u"--json"_s});
    QCOMPARE(users.exitCode, 0);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(users.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 4);
    for (const QJsonValue &value : array) {
        const QJsonObject person = value.toObject();
        if (person[u"username"_s] == u"mom"_s) {
            QCOMPARE(person[u"profile"_s].toString(), u"parent"_s);
            QCOMPARE(person[u"children"_s].toArray(), QJsonArray({u"son1"_s, u"son2"_s}));
            QVERIFY(!person.contains(u"password"_s));
        }
    }
    const Run parents = run({u"users"_s, u"--profile"_s, u"parent"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(parents.out.toUtf8()).array().size(), 2);
}

void TestCliImport::killedImportLeavesTheDatabaseAsItWas_data()
{
    QTest::addColumn<bool>("withParents");
    QTest::newRow("learners") << false;
    // Two passes in one transaction: killed between them, neither is left.
    QTest::newRow("learners with their parents") << true;
}

void TestCliImport::killedImportLeavesTheDatabaseAsItWas()
{
    QFETCH(bool, withParents);
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
    // A file large enough that reading, checking and writing each take a while.
    const QString big = m_dir->filePath(u"many.csv"_s);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withParents ? "SyncID,User name,First name,Last name,E-mail,Parent1 First "
                                 "Name,Parent1 Last Name,Parent1 Email\n"
                               : "SyncID,User name,First name,Last name,E-mail\n");
        for (int i = 0; i < 60000; ++i) {
            QString row = QStringLiteral("K%1,kid%1,First%1,Last%1,kid%1@school.example").arg(i);
            if (withParents)
                row += QStringLiteral(",Mum%1,Last%1,mum%1@home.example").arg(i);
            file.write(row.toUtf8() + '\n');
        }
    }
    const QString profile = withParents ? u"learners-with-parents"_s : u"learner"_s;
    const QString before = dump();
    QVERIFY(before.endsWith(u"integrity: ok"_s));

    // Kill it while it reads, and several times while it checks and writes, at random moments.
    int killedWhileWriting = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QProcess process;
        process.start(QStringLiteral(ROLLBOOK_CLI), {u"--database"_s, m_database, u"import"_s, big,
                                                     u"--profile"_s, profile, u"--progress"_s});
        QVERIFY(process.waitForStarted());
        const bool duringCommit = attempt > 0;
        QString progress;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(50);
            progress += QString::fromUtf8(process.readAllStandardError());
            if (duringCommit ? progress.contains(u"checking and writing"_s)
                             : progress.contains(u"Read "_s))
                break;
        }
        if (duringCommit)
            QTest::qSleep(int(QRandomGenerator::global()->bounded(20, 400)));
        const bool stillRunning = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished();
        const QString after = dump();
        QVERIFY2(after.endsWith(u"integrity: ok"_s), qPrintable(after.right(200)));
        if (stillRunning) {
            killedWhileWriting += duringCommit;
            QCOMPARE(after, before);
        } else {
            QVERIFY(after.contains(u"kid59999"_s)); // it finished: all of it is there
            if (withParents)
                QVERIFY(after.contains(u"mum59999@home.example"_s));
            return;
        }
    }
    QVERIFY(killedWhileWriting > 0);
}

void TestCliImport::twoImportsAtOnceBothLand()
{
    // Two administrators import at once: the second waits for the first, says so, and then
    // both imports are there in full, one after the other.
    const QString big = m_dir->filePath(u"many.csv"_s);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SyncID,User name,First name,Last name\n");
        for (int i = 0; i < 40000; ++i)
            file.write(QStringLiteral("K%1,kid%1,First%1,Last%1\n").arg(i).toUtf8());
    }
    QProcess first;
    first.start(QStringLiteral(ROLLBOOK_CLI), {u"--database"_s, m_database, u"import"_s, big,
                                               u"--profile"_s, u"learner"_s, u"--progress"_s});
    QVERIFY(first.waitForStarted());
    QString progress;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000 && first.state() == QProcess::Running &&
           !progress.contains(u"checking and writing"_s)) {
        first.waitForReadyRead(50);
        progress += QString::fromUtf8(first.readAllStandardError());
    }
    // On a server, wait until the first holds the import lock (an advisory lock) as it writes.
    bool locked = false;
    while (Testing::onServer() && !locked && waited.elapsed() < 60000 &&
           first.state() == QProcess::Running) {
        locked = CliTesting::queryValue(m_database,
                                        u"SELECT count(*) FROM pg_locks WHERE locktype = "
                                        u"'advisory' AND database = (SELECT oid FROM pg_database "
                                        u"WHERE datname = current_database())"_s)
                         .toInt() > 0;
        if (!locked)
            QTest::qSleep(20);
    }
    QVERIFY2(first.state() == QProcess::Running, qPrintable(progress));
    QVERIFY(locked || !Testing::onServer());
    const Run second =
            run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s});
    QVERIFY(first.waitForFinished(120000));
    progress += QString::fromUtf8(first.readAllStandardError());
    QCOMPARE(first.exitCode(), 0);
    QVERIFY2(progress.contains(u"40000 created"_s), qPrintable(progress.right(300)));
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains(u"2 created"_s), qPrintable(second.err));
    const QString after = dump();
    QVERIFY(after.contains(u"kid39999|"_s));
    QVERIFY(after.contains(u"son1|Jim"_s));
    const QStringList batches = run({u"batches"_s}).out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(batches.size(), 2);
    if (Testing::onServer()) {
        // The server tells at once that another import holds the database, and the second
        // comes after the first (SQLite tells only once its busy timeout has passed, which a
        // fast machine may never reach, and may let the second in before the first writes).
        QVERIFY2(second.err.contains(u"Waiting for another administrator's import"_s),
                 qPrintable(second.err));
        QVERIFY2(batches.at(0).startsWith(u"2\t"_s) &&
                         batches.at(0).contains(u"seed-a-children.csv"_s),
                 qPrintable(batches.join(u'\n')));
    }
}

// Another administrator's import holds the database (here the test holds the turn on a
// connection of its own): undo-import says it waits, and undoes once the turn is free.
void TestCliImport::undoWaitsForAnotherImportAndSaysSo()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    auto holderDatabase = Database::open(m_database);
    QVERIFY(holderDatabase.ok());
    QSqlDatabase holder = holderDatabase.value()->connection();
    QVERIFY(Database::beginSerialised(holder).ok());

    QProcess undo;
    undo.start(QStringLiteral(ROLLBOOK_CLI),
               {u"--database"_s, m_database, u"undo-import"_s, u"1"_s});
    QVERIFY(undo.waitForStarted());
    QString err;
    QElapsedTimer waited;
    waited.start();
    // SQLite says so after its busy timeout of five seconds; a server at once.
    while (waited.elapsed() < 30000 && undo.state() == QProcess::Running &&
           !err.contains(u"Waiting for another administrator"_s)) {
        undo.waitForReadyRead(50);
        err += QString::fromUtf8(undo.readAllStandardError());
    }
    QVERIFY2(err.contains(u"Waiting for another administrator's import or undo"_s),
             qPrintable(err));
    QCOMPARE(undo.state(), QProcess::Running);
    QVERIFY(dump().contains(u"son1|"_s));
    QVERIFY(holder.rollback());
    QVERIFY(undo.waitForFinished(60000));
    err += QString::fromUtf8(undo.readAllStandardError());
    QCOMPARE(undo.exitCode(), 0);
    QVERIFY2(err.contains(u"Import 1 was undone."_s), qPrintable(err));
    QVERIFY(!dump().contains(u"son1|"_s));
}

// A Norwegian student system's pair, with no options at all: the learners, then the parents,
// whose file says by its words whom it holds and which column names the child.
void TestCliImport::studentSystemPairImportsWithoutOptions()
{
    const Run learners = run({u"import"_s, fixture(u"sis-elever-nb.csv"_s)});
    QCOMPARE(learners.exitCode, 0);
    QVERIFY2(learners.err.contains(u"Profile: Learner\n"_s), qPrintable(learners.err));
    QVERIFY2(learners.err.contains(u"Columns: Elevnummer → Synchronisation key, Fornavn → First "
                                   u"name, Etternavn → Last name, Brukernavn → User name, Epost → "
                                   u"E-mail\n"_s),
             qPrintable(learners.err));
    QVERIFY2(learners.err.contains(u"4 created"_s), qPrintable(learners.err));

    const Run parents = run({u"import"_s, fixture(u"sis-foresatte-nb.csv"_s)});
    QCOMPARE(parents.exitCode, 0);
    QVERIFY2(parents.err.contains(u"Profile: Parent — "_s), qPrintable(parents.err));
    QVERIFY2(parents.err.contains(u"“Elevnummer”"_s), qPrintable(parents.err));
    QVERIFY2(parents.err.contains(u"Synchronisation field in import file: Elevnummer — 7 of 7 "
                                  u"rows find their child by Synchronisation key\n"_s),
             qPrintable(parents.err));
    QVERIFY2(parents.err.contains(u"5 created"_s) && parents.err.contains(u"7 links made"_s),
             qPrintable(parents.err));
    // What was guessed comes before what was done.
    QVERIFY(parents.err.indexOf(u"Profile:"_s) < parents.err.indexOf(u"Imported"_s));
    QVERIFY(parents.out.isEmpty());

    QCOMPARE(users(u"learner"_s).size(), 4);
    const QJsonArray guardians = users(u"parent"_s);
    QCOMPARE(guardians.size(), 5);
    for (const QJsonValue &value : guardians) {
        const QJsonObject parent = value.toObject();
        if (parent[u"username"_s] == u"kari.nilsen"_s)
            QCOMPARE(parent[u"children"_s].toArray(),
                     QJsonArray({u"ase.nilsen"_s, u"oystein.nilsen"_s}));
    }
}

// The platform's learner file has the parents' ChildID column, empty.
void TestCliImport::platformLearnerFileIsGuessedLearner()
{
    const Run learners = run({u"import"_s, fixture(u"seed-a-children.csv"_s)});
    QCOMPARE(learners.exitCode, 0);
    QVERIFY2(learners.err.startsWith(u"Profile: Learner\n"_s), qPrintable(learners.err));
    QVERIFY2(learners.err.contains(u"2 created"_s), qPrintable(learners.err));
    QCOMPARE(users(u"learner"_s).size(), 2);
    QCOMPARE(users(u"parent"_s).size(), 0);
}

void TestCliImport::wideFileImportsWithoutOptions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("learners");
    QTest::addColumn<int>("parents");
    QTest::addColumn<int>("links");
    QTest::addColumn<QString>("guardians");
    QTest::newRow("nb") << u"wide-elever-foresatte-nb.csv"_s << 4 << 5 << 7
                        << u"Guardians: Foresatt 1, Foresatt 2"_s;
    QTest::newRow("en") << u"wide-parent1-parent2-en.csv"_s << 3 << 3 << 5
                        << u"Guardians: Parent1, Parent2"_s;
    QTest::newRow("sv") << u"wide-vardnadshavare-sv.csv"_s << 3 << 3 << 5
                        << u"Guardians: Vårdnadshavare 1, Vårdnadshavare 2"_s;
    QTest::newRow("de") << u"wide-mutter-vater-de.csv"_s << 3 << 3 << 5
                        << u"Guardians: Mutter, Vater"_s;
}

void TestCliImport::wideFileImportsWithoutOptions()
{
    QFETCH(QString, file);
    QFETCH(int, learners);
    QFETCH(int, parents);
    QFETCH(int, links);
    QFETCH(QString, guardians);
    const Run done = run({u"import"_s, fixture(file)});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.err.contains(u"Profile: Learners with their parents — "_s), qPrintable(done.err));
    QVERIFY2(done.err.contains(guardians + u'\n'), qPrintable(done.err));
    QVERIFY2(done.err.contains(u"%1 links made"_s.arg(links)), qPrintable(done.err));
    QCOMPARE(users(u"learner"_s).size(), learners);
    QCOMPARE(users(u"parent"_s).size(), parents);
    if (file.startsWith(u"wide-elever"_s))
        QVERIFY2(done.err.contains(u"The columns “Foresatt 1 navn” and “Foresatt 2 navn” hold "
                                   u"full names"_s),
                 qPrintable(done.err));
}

void TestCliImport::ambiguousChildColumnExitsTwo_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("named");
    // Two keys of the child, or two of a learner, and none the one key of the child.
    QTest::newRow("two keys of the child")
            << QByteArray("Foresatt fornavn,Foresatt etternavn,Foresatt brukernavn,ChildID,"
                          "Child username")
            << QStringList{u"“ChildID”"_s, u"“Child username”"_s};
    QTest::newRow("two keys of a learner")
            << QByteArray("Foresatt fornavn,Foresatt etternavn,Foresatt brukernavn,"
                          "Elev-ID,Elevnummer")
            << QStringList{u"“Elev-ID”"_s, u"“Elevnummer”"_s};
}

void TestCliImport::ambiguousChildColumnExitsTwo()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, named);
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s)}).exitCode, 0);
    const QString file = writeFile(u"ambiguous.csv"_s,
                                   header + "\nEllen,Dean,ellen,1,son1\nEd,Dean,ed,2,son2\n");
    const QString before = dump();
    for (const QStringList &profile : {QStringList(), QStringList{u"--profile"_s, u"parent"_s}}) {
        const Run refused = run(QStringList{u"import"_s, file} + profile);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"Several columns could name each parent's child: %1. Choose "
                                      u"one with --sync-field."_s.arg(named.join(u", "_s))),
                 qPrintable(refused.err));
        QCOMPARE(dump(), before);
    }
    // Choosing one imports.
    const Run chosen = run(
            {u"import"_s, file, u"--sync-field"_s, named.first().mid(1, named.first().size() - 2)});
    QCOMPARE(chosen.exitCode, 0);
    QVERIFY2(chosen.err.contains(u"2 links made"_s), qPrintable(chosen.err));
}

// One key of the child beside a learner's key: the child's is the one, as in the wizard.
void TestCliImport::childsKeyIsChosenBesideLearnersKey()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s)}).exitCode, 0);
    const QString file = writeFile(u"child-and-pupil.csv"_s,
                                   "Foresatt fornavn,Foresatt etternavn,Foresatt brukernavn,"
                                   "Elevnummer,ChildID\nEllen,Dean,ellen,x,1\n");
    const Run done = run({u"import"_s, file});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.err.contains(u"Synchronisation field in import file: ChildID — 1 of 1 row "
                               u"finds its child by Synchronisation key"_s),
             qPrintable(done.err));
}

// Learners whose synchronisation key is their user name: a child reference finds them either
// way, so the administrator chooses.
void TestCliImport::tieOfMatchingFieldsExitsTwo()
{
    const QString learners = writeFile(u"learners.csv"_s, "SyncID,User name,First name,Last name\n"
                                                          "anna,anna,Anna,Berg\n"
                                                          "tom,tom,Tom,Berg\n");
    QCOMPARE(run({u"import"_s, learners}).exitCode, 0);
    const QString parents = writeFile(u"parents.csv"_s, "SyncID,User name,First name,Last name,"
                                                        "ChildID\nP1,mary,Mary,Berg,anna\n"
                                                        "P1,mary,Mary,Berg,tom\n");
    const QString before = dump();
    const Run refused = run({u"import"_s, parents});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"The column “ChildID” finds as many children by "
                                  u"Synchronisation key and Username: 2 of 2 rows each."_s),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"--match sync-key or --match username"_s),
             qPrintable(refused.err));
    QCOMPARE(dump(), before);

    const Run chosen = run({u"import"_s, parents, u"--match"_s, u"username"_s});
    QCOMPARE(chosen.exitCode, 0);
    QVERIFY2(chosen.err.contains(u"Synchronisation field in import file: ChildID\n"_s),
             qPrintable(chosen.err));
    QVERIFY2(chosen.err.contains(u"2 links made"_s), qPrintable(chosen.err));
}

// Parents before their children: the count says none is found, and the import names them.
void TestCliImport::noChildFoundKeepsSyncKeyAndSaysSo()
{
    const QString before = dump();
    const Run refused = run({u"import"_s, fixture(u"sis-foresatte-nb.csv"_s)});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Elevnummer — 0 of 7 rows find their child by "
                                  u"Synchronisation key\n"_s),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"No learner has synchronisation key 10001"_s),
             qPrintable(refused.err));
    QCOMPARE(dump(), before);
}

void TestCliImport::badWideGuardiansAndMadeUserNames()
{
    const QString before = dump();
    const Run refused = run({u"import"_s, fixture(u"bad-wide-guardians.csv"_s)});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Profile: Learners with their parents"_s),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(
                     u"bad-wide-guardians.csv, line 3, column “Foresatt 1 e-post”: Geir Olsen"_s),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"bad-wide-guardians.csv, line 2, column"_s) &&
                     refused.err.contains(u"bad-wide-guardians.csv, line 4, column"_s),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"Nothing was imported"_s));
    QCOMPARE(dump(), before);

    const Run done = run({u"import"_s, fixture(u"bad-wide-guardians.csv"_s), u"--make-usernames"_s,
                          u"--skip-errors"_s});
    QCOMPARE(done.exitCode, 0);
    bool made = false;
    for (const QJsonValue &value : users(u"parent"_s)) {
        const QJsonObject parent = value.toObject();
        if (parent[u"username"_s] == u"geir.olsen"_s) {
            made = true;
            QCOMPARE(parent[u"children"_s].toArray(), QJsonArray({u"pal.olsen"_s}));
        }
    }
    QVERIFY2(made, qPrintable(done.err));

    // Another rule, on request: Geir is already there as geir.olsen, and is matched by his
    // name's new user name only if the rule makes the same one; f.last makes g.olsen.
    const auto batch = QRegularExpression(u"as import (\\d+)"_s).match(done.err);
    QVERIFY2(batch.hasMatch(), qPrintable(done.err));
    QCOMPARE(run({u"undo-import"_s, batch.captured(1)}).exitCode, 0);
    const Run initial =
            run({u"import"_s, fixture(u"bad-wide-guardians.csv"_s), u"--make-usernames"_s,
                 u"--username-rule"_s, u"f.last"_s, u"--skip-errors"_s});
    QCOMPARE(initial.exitCode, 0);
    QStringList usernames;
    for (const QJsonValue &value : users(u"parent"_s))
        usernames << value.toObject()[u"username"_s].toString();
    QVERIFY2(usernames.contains(u"g.olsen"_s), qPrintable(usernames.join(u", "_s)));
}

void TestCliImport::deriveSyncKeysGivesParentsKeys_data()
{
    QTest::addColumn<QStringList>("learnersFirst");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("parents");
    QTest::newRow("parents file") << QStringList{fixture(u"sis-elever-nb.csv"_s)}
                                  << u"sis-foresatte-nb.csv"_s << 5;
    QTest::newRow("learners with their parents")
            << QStringList() << u"wide-elever-foresatte-nb.csv"_s << 5;
}

void TestCliImport::deriveSyncKeysGivesParentsKeys()
{
    QFETCH(QStringList, learnersFirst);
    QFETCH(QString, file);
    QFETCH(int, parents);
    for (const QString &learners : std::as_const(learnersFirst))
        QCOMPARE(run({u"import"_s, learners}).exitCode, 0);
    const Run done = run({u"import"_s, fixture(file), u"--derive-sync-keys"_s});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(!done.err.contains(u"have no synchronisation key"_s), qPrintable(done.err));
    const QJsonArray keyed = users(u"parent"_s);
    QCOMPARE(keyed.size(), parents);
    for (const QJsonValue &value : keyed) {
        const QString key = value[u"sync_key"_s].toString();
        QVERIFY2(key.startsWith(u"P-"_s) && key.size() == 18, qPrintable(key));
    }
}

// Every option given: nothing is guessed, nothing counted, and the import is as it was.
void TestCliImport::explicitOptionsAreNotGuessed()
{
    QCOMPARE(run({u"import"_s, fixture(u"sis-elever-nb.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    const Run parents =
            run({u"import"_s, fixture(u"sis-foresatte-nb.csv"_s), u"--profile"_s, u"parent"_s,
                 u"--sync-field"_s, u"Elevnummer"_s, u"--match"_s, u"sync-key"_s});
    QCOMPARE(parents.exitCode, 0);
    QVERIFY2(!parents.err.contains(u"Profile:"_s), qPrintable(parents.err));
    QVERIFY2(!parents.err.contains(u"Synchronisation field in import file"_s),
             qPrintable(parents.err));
    QVERIFY2(parents.err.contains(u"7 links made"_s), qPrintable(parents.err));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliImport)
#include "tst_cli_import.moc"

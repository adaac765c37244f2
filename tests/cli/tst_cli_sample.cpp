// rollbook-cli sample, end to end with QProcess: the files written, each shape imported with
// rollbook-cli as README.txt says (children first), the commands of README.txt run as written,
// and every bad request answered with its exit status.
#include "clisupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::Run;

class TestCliSample : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void sampleIsWrittenAndSaysWhat();
    void eachShapeImports_data();
    void eachShapeImports();
    void problemsFileIsRefusedWithLineAndColumn();
    void readmeCommandsWorkAsWritten();
    void sameSeedSameFiles();
    void databaseOptionIsAccepted();
    void badRequests_data();
    void badRequests();

private:
    Run run(const QStringList &arguments) const;
    Run runIn(const QString &folder, const QStringList &arguments) const;
    QJsonArray users(const QString &database, const QString &profile) const;
    QString sample(const QString &name, const QStringList &options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliSample::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCliSample::run(const QStringList &arguments) const
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI), arguments);
}

Run TestCliSample::runIn(const QString &folder, const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral(ROLLBOOK_CLI), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray TestCliSample::users(const QString &database, const QString &profile) const
{
    const Run listed =
            run({u"--database"_s, database, u"users"_s, u"--profile"_s, profile, u"--json"_s});
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

QString TestCliSample::sample(const QString &name, const QStringList &options)
{
    const QString folder = m_dir->filePath(name);
    const Run done = run(QStringList{u"sample"_s, folder} + options);
    if (done.exitCode != 0)
        QTest::qFail(qPrintable(done.err), __FILE__, __LINE__);
    return folder;
}

void TestCliSample::sampleIsWrittenAndSaysWhat()
{
    const QString folder = m_dir->filePath(u"school"_s);
    const Run done = run({u"sample"_s, folder});
    QCOMPARE(done.exitCode, 0);
    QVERIFY(done.out.isEmpty());
    QVERIFY2(done.err.startsWith(u"Wrote a sample school of 60 learners and 96 parents to %1: "
                                 u"learners.csv, parents.csv, elever.csv, foresatte.csv, "
                                 u"elever-med-foresatte.csv, problems.csv, README.txt.\n"_s.arg(
                                         QDir::toNativeSeparators(folder))),
             qPrintable(done.err));
    QVERIFY2(done.err.contains(u"Import the children first"_s), qPrintable(done.err));
    QVERIFY2(
            done.err.contains(u"import "_s + QDir::toNativeSeparators(folder + u"/learners.csv"_s)),
            qPrintable(done.err));
    for (const QString &name :
         {u"learners.csv"_s, u"parents.csv"_s, u"elever.csv"_s, u"foresatte.csv"_s,
          u"elever-med-foresatte.csv"_s, u"problems.csv"_s, u"README.txt"_s})
        QVERIFY2(QFileInfo(QDir(folder).filePath(name)).size() > 100, qPrintable(name));

    const Run small = run({u"sample"_s, m_dir->filePath(u"small"_s), u"--learners"_s, u"10"_s,
                           u"--parents-per-learner"_s, u"2"_s});
    QCOMPARE(small.exitCode, 0);
    QVERIFY2(small.err.startsWith(u"Wrote a sample school of 10 learners and 20 parents"_s),
             qPrintable(small.err));
}

void TestCliSample::eachShapeImports_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("created");
    QTest::newRow("the platform's two files") << QStringList{u"learners.csv"_s, u"parents.csv"_s}
                                              << QStringList{u"60 created"_s, u"96 created"_s};
    QTest::newRow("a student system's pair") << QStringList{u"elever.csv"_s, u"foresatte.csv"_s}
                                             << QStringList{u"60 created"_s, u"96 created"_s};
    QTest::newRow("one file") << QStringList{u"elever-med-foresatte.csv"_s}
                              << QStringList{u"156 created"_s};
}

void TestCliSample::eachShapeImports()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, created);
    const QDir folder(sample(u"shape"_s));
    const QString database = Testing::newDatabase(m_dir->filePath(u"shape.sqlite"_s));
    QCOMPARE(run({u"--database"_s, database, u"settings"_s, u"parent_login_enabled"_s, u"true"_s})
                     .exitCode,
             0);
    // One link a row of the platform's parents file.
    QFile parents(folder.filePath(u"parents.csv"_s));
    QVERIFY(parents.open(QIODevice::ReadOnly));
    const qsizetype links = parents.readAll().count('\n') - 1;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Run done =
                run({u"--database"_s, database, u"import"_s, folder.filePath(files.at(i))});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY2(done.err.contains(created.at(i)), qPrintable(done.err));
        QVERIFY2(done.err.contains(u"; 0 errors, "_s), qPrintable(done.err));
        if (i + 1 == files.size())
            QVERIFY2(done.err.contains(u"%1 links made"_s.arg(links)), qPrintable(done.err));
    }
    QCOMPARE(users(database, u"learner"_s).size(), 60);
    const QJsonArray parentsListed = users(database, u"parent"_s);
    QCOMPARE(parentsListed.size(), 96);
    qsizetype linked = 0;
    for (const QJsonValue &parent : parentsListed)
        linked += parent[u"children"_s].toArray().size();
    QCOMPARE(linked, links);
}

void TestCliSample::problemsFileIsRefusedWithLineAndColumn()
{
    const QDir folder(sample(u"problems"_s));
    const QString database = Testing::newDatabase(m_dir->filePath(u"problems.sqlite"_s));
    const Run refused =
            run({u"--database"_s, database, u"import"_s, folder.filePath(u"problems.csv"_s)});
    QCOMPARE(refused.exitCode, 1);
    for (const QString &where :
         {u"problems.csv, line 3, column “Last name”"_s,
          u"problems.csv, line 4, column “User name”"_s,
          u"problems.csv, line 5, column “User name”"_s, u"problems.csv, line 6, column “E-mail”"_s,
          u"problems.csv, line 7, column “User name”"_s})
        QVERIFY2(refused.err.contains(where), qPrintable(where + u'\n' + refused.err));
    QVERIFY(users(database, u"learner"_s).isEmpty());
    const Run skipped = run({u"--database"_s, database, u"import"_s,
                             folder.filePath(u"problems.csv"_s), u"--skip-errors"_s});
    QCOMPARE(skipped.exitCode, 0);
    QCOMPARE(users(database, u"learner"_s).size(), 2);
}

// README.txt's commands, run in the sample's folder exactly as written.
void TestCliSample::readmeCommandsWorkAsWritten()
{
    const QString folder = sample(u"readme"_s);
    QFile readme(QDir(folder).filePath(u"README.txt"_s));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY2(text.contains(u"children first"_s), qPrintable(text));
    int commands = 0;
    for (const QString &line : text.split(u'\n')) {
        if (!line.startsWith(u"  rollbook-cli "_s))
            continue;
        ++commands;
        const QStringList arguments = line.trimmed().split(u' ').mid(1);
        const Run done = runIn(folder, arguments);
        const int expected = line.contains(u"problems.csv"_s) ? 1 : 0;
        QVERIFY2(done.exitCode == expected, qPrintable(line + u'\n' + done.err));
    }
    QCOMPARE(commands, 9);
    const QString database = QDir(folder).filePath(u"sample-one-file.sqlite"_s);
    QCOMPARE(users(database, u"learner"_s).size(), 60);
    QCOMPARE(users(database, u"parent"_s).size(), 96);
}

void TestCliSample::sameSeedSameFiles()
{
    const QDir first(sample(u"first"_s, {u"--seed"_s, u"7"_s, u"--learners"_s, u"25"_s}));
    const QDir again(sample(u"again"_s, {u"--learners"_s, u"25"_s, u"--seed"_s, u"7"_s}));
    const QDir other(sample(u"other"_s, {u"--learners"_s, u"25"_s, u"--seed"_s, u"8"_s}));
    const auto bytes = [](const QDir &folder, const QString &name) {
        QFile file(folder.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    for (const QString &name : {u"learners.csv"_s, u"foresatte.csv"_s, u"README.txt"_s}) {
        QVERIFY(!bytes(first, name).isEmpty());
        QCOMPARE(bytes(first, name), bytes(again, name));
        QVERIFY(bytes(first, name) != bytes(other, name));
    }
}

void TestCliSample::databaseOptionIsAccepted()
{
    const QString database = Testing::newDatabase(m_dir->filePath(u"unused.sqlite"_s));
    const Run done = run({u"--database"_s, database, u"sample"_s, m_dir->filePath(u"a"_s)});
    QCOMPARE(done.exitCode, 0);
    const Run after = run({u"sample"_s, m_dir->filePath(u"b"_s), u"--database"_s, database});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(CliTesting::neverOpened(database)); // the sample needs no database
}

void TestCliSample::badRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no folder") << QStringList() << 2 << u"Name one folder"_s;
    QTest::newRow("two folders") << QStringList{u"a"_s, u"b"_s} << 2 << u"Name one folder"_s;
    QTest::newRow("no learners") << QStringList{u"x"_s, u"--learners"_s, u"0"_s} << 2
                                 << u"--learners takes a number from 1 to 100000, not “0”."_s;
    QTest::newRow("learners not a number")
            << QStringList{u"x"_s, u"--learners"_s, u"many"_s} << 2 << u"not “many”"_s;
    QTest::newRow("too many parents") << QStringList{u"x"_s, u"--parents-per-learner"_s, u"5"_s}
                                      << 2 << u"--parents-per-learner takes a number from 0 to 4"_s;
    QTest::newRow("parents not a number")
            << QStringList{u"x"_s, u"--parents-per-learner"_s, u"two"_s} << 2 << u"not “two”"_s;
    QTest::newRow("negative seed")
            << QStringList{u"x"_s, u"--seed"_s, u"-1"_s} << 2 << u"--seed takes a whole number"_s;
    QTest::newRow("unknown option")
            << QStringList{u"x"_s, u"--pupils"_s, u"3"_s} << 2 << u"pupils"_s;
    QTest::newRow("a file as folder")
            << QStringList{u"taken"_s} << 3 << u"is a file, not a folder"_s;
}

void TestCliSample::badRequests()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFile taken(m_dir->filePath(u"taken"_s));
    QVERIFY(taken.open(QIODevice::WriteOnly) && taken.write("keep") == 4);
    taken.close();
    const Run refused = runIn(m_dir->path(), QStringList{u"sample"_s} + arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"x"_s)));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"a"_s)));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliSample)
#include "tst_cli_sample.moc"

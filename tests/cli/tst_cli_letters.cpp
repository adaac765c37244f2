// rollbook-cli letters, end to end with QProcess: one PDF page per person (counted with pdfinfo,
// read back with pdftotext), parents refused while parent login is off, passwords generated
// once and kept only when the PDF was written, and never a password on stdout or stderr.
#include "clisupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::fixture;
using Testing::Run;

namespace {

QString poppler(const QString &tool)
{
    return QStandardPaths::findExecutable(tool);
}

int pageCount(const QString &path)
{
    QProcess process;
    process.start(poppler(u"pdfinfo"_s), {path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s,
                                          QRegularExpression::MultilineOption);
    const auto match = pages.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The text of each page; pdftotext ends every page with a form feed.
QStringList pageTexts(const QString &path)
{
    QProcess process;
    process.start(poppler(u"pdftotext"_s), {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The page of `pages` that greets `username` ("User name: son1"), or an empty string.
QString pageOf(const QStringList &pages, const QString &username)
{
    const QRegularExpression line(
            u"User name:\\s+%1\\s*$"_s.arg(QRegularExpression::escape(username)),
            QRegularExpression::MultilineOption);
    for (const QString &page : pages) {
        if (line.match(page).hasMatch())
            return page;
    }
    return QString();
}

} // namespace

class TestCliLetters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void lettersForEveryone();
    void passwordsAreGeneratedOnceAndKept();
    void importedPasswordsArePrintedAsTheyAre();
    void parentsRefusedWhileParentLoginIsOff_data();
    void parentsRefusedWhileParentLoginIsOff();
    void learnersOnlyWhileParentLoginIsOff();
    void badPathExitsThreeAndChangesNothing_data();
    void badPathExitsThreeAndChangesNothing();
    void aFailedCommitRemovesTheLetters();
    void nobodyToWriteTo_data();
    void nobodyToWriteTo();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    Run run(const QStringList &arguments) const;
    void importFamily();
    QString dump() const;
    QMap<QString, QString> passwords() const; // user name -> stored password
    void verifyNoPasswordIn(const Run &result) const;
    QStringList entries() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCliLetters::initTestCase()
{
    if (poppler(u"pdfinfo"_s).isEmpty() || poppler(u"pdftotext"_s).isEmpty())
        QSKIP("pdfinfo and pdftotext (poppler-utils) are needed to read the letters back; "
              "scripts/install-deps.sh installs them.");
}

void TestCliLetters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Testing::newDatabase(m_dir->filePath(u"cli.sqlite"_s));
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
    QCOMPARE(run({u"settings"_s, u"school_name"_s, u"Nordby skole"_s}).exitCode, 0);
    QCOMPARE(run({u"settings"_s, u"login_address"_s, u"https://nordby.example/login"_s}).exitCode,
             0);
}

Run TestCliLetters::run(const QStringList &arguments) const
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                               QStringList{u"--database"_s, m_database} + arguments);
}

// Two learners, then two parents each linked to both (import 1 and import 2).
void TestCliLetters::importFamily()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-a-children.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    QCOMPARE(run({u"import"_s, fixture(u"parents-combined.csv"_s), u"--profile"_s, u"parent"_s,
                  u"--sync-field"_s, u"ChildID"_s, u"--match"_s, u"sync-key"_s})
                     .exitCode,
             0);
}

// Every table and row, read on a connection of its own.
QString TestCliLetters::dump() const
{
    return Testing::dumpFile(m_database);
}

QMap<QString, QString> TestCliLetters::passwords() const
{
    QMap<QString, QString> stored;
    CliTesting::withConnection(m_database, [&](QSqlDatabase &db) {
        QSqlQuery rows(db);
        rows.exec(u"SELECT username, password FROM person"_s);
        while (rows.next())
            stored.insert(rows.value(0).toString(), rows.value(1).toString());
    });
    return stored;
}

void TestCliLetters::verifyNoPasswordIn(const Run &result) const
{
    for (const QString &password : passwords()) {
        if (password.isEmpty())
            continue;
        QVERIFY2(!result.err.contains(password), qPrintable(result.err));
        QVERIFY2(!result.out.contains(password), qPrintable(result.out));
    }
}

// What the temporary folder holds besides the database and its journal files.
QStringList TestCliLetters::entries() const
{
    QStringList names =
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    names.removeIf([](const QString &name) { return name.startsWith(u"cli.sqlite"_s); });
    return names;
}

void TestCliLetters::lettersForEveryone()
{
    importFamily();
    const QString pdf = m_dir->filePath(u"letters.pdf"_s);
    const Run done = run({u"letters"_s, pdf});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.err.contains(u"Wrote 4 letters to “%1” (2 learners and 2 parents)."_s.arg(
                     QDir::toNativeSeparators(pdf))),
             qPrintable(done.err));
    QVERIFY2(done.err.contains(u"4 missing passwords were generated."_s), qPrintable(done.err));
    QVERIFY(done.out.isEmpty());
    verifyNoPasswordIn(done);

    QCOMPARE(pageCount(pdf), 4);
    const QStringList pages = pageTexts(pdf);
    QCOMPARE(pages.size(), 4);
    const QMap<QString, QString> stored = passwords();
    QCOMPARE(stored.size(), 4);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QString page = pageOf(pages, it.key());
        QVERIFY2(!page.isEmpty(), qPrintable(it.key()));
        QVERIFY(!it.value().isEmpty());
        QVERIFY2(page.contains(QRegularExpression(u"Password:\\s+%1"_s.arg(it.value()))),
                 qPrintable(page));
        QVERIFY2(page.contains(u"Nordby skole"_s), qPrintable(page));
        QVERIFY2(page.contains(u"https://nordby.example/login"_s), qPrintable(page));
        const bool parent = it.key() == u"mom"_s || it.key() == u"dad"_s;
        QCOMPARE(page.simplified().contains(u"you follow Jim Dickinson and Johnny Dean."_s),
                 parent);
    }
}

void TestCliLetters::passwordsAreGeneratedOnceAndKept()
{
    importFamily();
    const QString first = m_dir->filePath(u"first.pdf"_s);
    QCOMPARE(run({u"letters"_s, first, u"--profile"_s, u"learner"_s}).exitCode, 0);
    const QMap<QString, QString> afterFirst = passwords();
    QVERIFY(!afterFirst.value(u"son1"_s).isEmpty());
    QVERIFY(afterFirst.value(u"mom"_s).isEmpty()); // only the learners were chosen

    // Letters hand the passwords out: when is noted, and noted again by the next letters; that
    // is the only change they make.
    const QString earlier = u"2026-01-01T00:00:00.000Z"_s;
    const QString noted = u"SELECT count(*) FROM person WHERE password_distributed_at > '%1'"_s;
    QCOMPARE(CliTesting::queryValue(m_database, noted.arg(earlier)).toInt(), 2);
    const QString backdate =
            u"UPDATE person SET password_distributed_at = '%1' WHERE password_distributed_at IS "
            u"NOT NULL"_s.arg(earlier);
    QVERIFY(CliTesting::execute(m_database, backdate));
    const QString before = dump();
    const QString second = m_dir->filePath(u"second.pdf"_s);
    const Run again = run({u"letters"_s, second, u"--profile"_s, u"learner"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(!again.err.contains(u"generated"_s), qPrintable(again.err));
    QCOMPARE(CliTesting::queryValue(m_database, noted.arg(earlier)).toInt(), 2);
    QVERIFY(CliTesting::execute(m_database, backdate));
    QCOMPARE(dump(), before);
    verifyNoPasswordIn(again);
    // The second letters hold the passwords of the first.
    const QStringList pages = pageTexts(second);
    QCOMPARE(pages.size(), 2);
    for (const QString &learner : {u"son1"_s, u"son2"_s}) {
        QVERIFY(pageOf(pages, learner).contains(afterFirst.value(learner)));
        QVERIFY(pageOf(pageTexts(first), learner).contains(afterFirst.value(learner)));
    }
}

// The parents of this fixture come with passwords of their own; only the learners get new ones.
void TestCliLetters::importedPasswordsArePrintedAsTheyAre()
{
    QCOMPARE(run({u"import"_s, fixture(u"seed-pupils-rgb.csv"_s), u"--profile"_s, u"learner"_s})
                     .exitCode,
             0);
    QCOMPARE(run({u"import"_s, fixture(u"seed-parents-pupil-sync-key.csv"_s), u"--profile"_s,
                  u"parent"_s, u"--sync-field"_s, u"Pupil sync key"_s, u"--match"_s, u"sync-key"_s})
                     .exitCode,
             0);
    const QString pdf = m_dir->filePath(u"letters.pdf"_s);
    const Run done = run({u"letters"_s, pdf});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.err.contains(u"2 missing passwords were generated."_s), qPrintable(done.err));
    verifyNoPasswordIn(done);
    const QStringList pages = pageTexts(pdf);
    QCOMPARE(pages.size(), 4);
    QVERIFY(pageOf(pages, u"martharcher"_s).contains(u"43fdjD56F"_s));
    QVERIFY(pageOf(pages, u"martharcher"_s).contains(u"you follow Anna Archer."_s));
    QVERIFY(pageOf(pages, u"peterjohnson"_s).contains(u"65Fgos34a"_s));
    QVERIFY(pageOf(pages, u"peterjohnson"_s).contains(u"you follow Tom Johnson."_s));
    QCOMPARE(passwords().value(u"martharcher"_s), u"43fdjD56F"_s);
}

void TestCliLetters::parentsRefusedWhileParentLoginIsOff_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("whom");
    QTest::newRow("parents") << QStringList{u"--profile"_s, u"parent"_s}
                             << u"the 2 parents chosen"_s;
    QTest::newRow("everyone") << QStringList{} << u"the 2 parents chosen"_s;
    QTest::newRow("the parents' import")
            << QStringList{u"--batch"_s, u"2"_s} << u"the 2 parents chosen"_s;
}

void TestCliLetters::parentsRefusedWhileParentLoginIsOff()
{
    QFETCH(QStringList, options);
    QFETCH(QString, whom);
    importFamily();
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"false"_s}).exitCode, 0);
    const QString before = dump();
    const QString pdf = m_dir->filePath(u"parents.pdf"_s);
    const Run refused = run(QStringList{u"letters"_s, pdf} + options);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Parent login is off, so no letters or e-mails are made for "_s +
                                  whom),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"Turn on Enable parent login"_s), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(entries(), QStringList());
    QCOMPARE(dump(), before); // no password was generated
}

void TestCliLetters::learnersOnlyWhileParentLoginIsOff()
{
    importFamily();
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"false"_s}).exitCode, 0);
    const QString pdf = m_dir->filePath(u"learners.pdf"_s);
    const Run done = run({u"letters"_s, pdf, u"--profile"_s, u"learner"_s});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.err.contains(u"Wrote 2 letters"_s), qPrintable(done.err));
    QVERIFY2(done.err.contains(u"(2 learners)"_s), qPrintable(done.err));
    QCOMPARE(pageCount(pdf), 2);
}

void TestCliLetters::badPathExitsThreeAndChangesNothing_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("a folder") << u"folder"_s;
    QTest::newRow("inside a missing folder") << u"missing/deeper/letters.pdf"_s;
    QTest::newRow("inside a file") << u"file.txt/letters.pdf"_s;
}

void TestCliLetters::badPathExitsThreeAndChangesNothing()
{
    QFETCH(QString, relativePath);
    importFamily();
    QDir dir(m_dir->path());
    QVERIFY(dir.mkdir(u"folder"_s));
    QFile file(dir.filePath(u"file.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QStringList beforeEntries = entries();
    const QString before = dump();

    const QString path = dir.filePath(relativePath);
    const Run refused = run({u"letters"_s, path});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(
                     u"Could not write the letters to “%1”"_s.arg(QDir::toNativeSeparators(path))),
             qPrintable(refused.err));
    QCOMPARE(entries(), beforeEntries);
    QVERIFY(QDir(dir.filePath(u"folder"_s)).isEmpty());
    // The passwords generated for the letters were not kept.
    QCOMPARE(dump(), before);
    for (const QString &password : passwords())
        QVERIFY(password.isEmpty());
}

// The PDF is written, then storing its passwords fails at the commit: the letters would not
// work, so they go again, and the database is as it was.
void TestCliLetters::aFailedCommitRemovesTheLetters()
{
    importFamily();
    QVERIFY(CliTesting::withConnection(m_database, [](QSqlDatabase &db) {
        QVERIFY(Testing::failCommitsOfDistributedPasswords(db));
    }));
    const QStringList beforeEntries = entries();
    const QString before = dump();
    const QString pdf = m_dir->filePath(u"letters.pdf"_s);
    const Run failed = run({u"letters"_s, pdf});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(u"The passwords could not be stored in the database"_s),
             qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"The files written were removed again"_s),
             qPrintable(failed.err));
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(entries(), beforeEntries);
    QCOMPARE(dump(), before);
    for (const QString &password : passwords())
        QVERIFY(password.isEmpty());
}

void TestCliLetters::nobodyToWriteTo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("no staff") << QStringList{u"--profile"_s, u"staff"_s}
                              << u"There is nobody to write a letter to, so “%1” was not "
                                 u"written. Choose other people."_s;
    QTest::newRow("nobody imported")
            << QStringList{} << u"There is nobody to write a letter to, so “%1” was not written."_s;
    QTest::newRow("no such import")
            << QStringList{u"--batch"_s, u"99"_s} << u"There is no import 99."_s;
}

void TestCliLetters::nobodyToWriteTo()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    if (!options.isEmpty())
        importFamily();
    const QString before = dump();
    const QString pdf = m_dir->filePath(u"nobody.pdf"_s);
    const Run refused = run(QStringList{u"letters"_s, pdf} + options);
    QCOMPARE(refused.exitCode, 1);
    if (message.contains(u"%1"_s))
        message = message.arg(QDir::toNativeSeparators(pdf));
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(dump(), before);
}

void TestCliLetters::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{u"letters"_s};
    QTest::newRow("two files") << QStringList{u"letters"_s, u"a.pdf"_s, u"b.pdf"_s};
    QTest::newRow("bad profile") << QStringList{u"letters"_s, u"a.pdf"_s, u"--profile"_s,
                                                u"teacher"_s};
    QTest::newRow("bad batch") << QStringList{u"letters"_s, u"a.pdf"_s, u"--batch"_s, u"last"_s};
    QTest::newRow("unknown option") << QStringList{u"letters"_s, u"a.pdf"_s, u"--colour"_s};
}

void TestCliLetters::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    importFamily();
    const QString before = dump();
    for (QString &argument : arguments) {
        if (argument.endsWith(u".pdf"_s))
            argument = m_dir->filePath(argument);
    }
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!refused.err.isEmpty());
    QCOMPARE(dump(), before);
    QCOMPARE(entries(), QStringList());
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliLetters)
#include "tst_cli_letters.moc"

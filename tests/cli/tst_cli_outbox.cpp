// rollbook-cli outbox, end to end with QProcess: one .eml per person with an address, the others
// listed for a letter, passwords generated once and kept only when the files were written,
// parents refused while parent login is off, and nothing changed when anything fails.
#include "clisupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::fixture;
using Testing::Run;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCliOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void writesOneFilePerAddressAndListsTheOthers();
    void passwordsAreGeneratedOnceAndReused();
    void parentsAreRefusedWhileParentLoginIsOff();
    void missingSenderExitsOneAndChangesNothing();
    void badFolderExitsThreeAndChangesNothing();
    void aFailedCommitRemovesTheEmails();
    void batchAndProfileChooseWhom();
    void hostileNameGivesOneRecipient();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    Run run(const QStringList &arguments) const;
    void import(const QString &file, const QStringList &options = {u"--profile"_s, u"learner"_s});
    QString dump() const;
    QMap<QString, QString> passwords() const; // user name -> stored password

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    QString m_outbox;
};

void TestCliOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Testing::newDatabase(m_dir->filePath(u"cli.sqlite"_s));
    m_outbox = m_dir->filePath(u"outbox"_s);
    QCOMPARE(run({u"init"_s}).exitCode, 0);
}

Run TestCliOutbox::run(const QStringList &arguments) const
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                               QStringList{u"--database"_s, m_database} + arguments);
}

void TestCliOutbox::import(const QString &file, const QStringList &options)
{
    const Run imported = run(QStringList{u"import"_s, fixture(file)} + options);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

// Every table and row, read on a connection of its own.
QString TestCliOutbox::dump() const
{
    return Testing::dumpFile(m_database);
}

QMap<QString, QString> TestCliOutbox::passwords() const
{
    QMap<QString, QString> result;
    CliTesting::withConnection(m_database, [&](QSqlDatabase &db) {
        QSqlQuery query(u"SELECT username, password FROM person"_s, db);
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toString());
    });
    return result;
}

void TestCliOutbox::writesOneFilePerAddressAndListsTheOthers()
{
    import(u"learners-utf8.csv"_s);
    QCOMPARE(run({u"settings"_s, u"email_from"_s, u"office@nordby.no"_s}).exitCode, 0);
    QCOMPARE(run({u"settings"_s, u"school_name"_s, u"Nordby skole"_s}).exitCode, 0);

    const Run done = run({u"outbox"_s, m_outbox});
    QCOMPARE(done.exitCode, 0);
    const QDir outbox(m_outbox);
    const QStringList expected = {
            QDir::toNativeSeparators(outbox.filePath(u"aase.berg.eml"_s)),
            QDir::toNativeSeparators(outbox.filePath(u"zoe.dubois.eml"_s)),
            QDir::toNativeSeparators(outbox.filePath(u"oystein.haugen.eml"_s)),
    };
    QCOMPARE(lines(done.out), expected);
    QCOMPARE(outbox.entryList(QDir::Files, QDir::Name),
             (QStringList{u"aase.berg.eml"_s, u"oystein.haugen.eml"_s, u"zoe.dubois.eml"_s}));
    QVERIFY2(done.err.contains(u"Wrote 3 e-mails into "_s + QDir::toNativeSeparators(m_outbox)),
             qPrintable(done.err));
    QVERIFY2(done.err.contains(u"1 person has no e-mail address — they need a letter instead:\n"
                               u"  Bjørn Næss (bjorn.naess)\n"_s),
             qPrintable(done.err));

    // Each file goes to its person, with the password now stored; no password on stderr.
    const auto stored = passwords();
    QCOMPARE(stored.size(), 4);
    for (const auto &[username, address] :
         {std::pair{u"aase.berg"_s, "To: =?UTF-8?B?"}, std::pair{u"zoe.dubois"_s, "To: "},
          std::pair{u"oystein.haugen"_s, "To: "}}) {
        const QByteArray eml = readAll(outbox.filePath(username + u".eml"_s));
        QVERIFY(eml.contains(address));
        QVERIFY(eml.contains("\r\nFrom: Nordby skole <office@nordby.no>\r\n") ||
                eml.startsWith("From: Nordby skole <office@nordby.no>\r\n"));
        QVERIFY(eml.contains(QByteArray("Password:  " + stored.value(username).toUtf8())));
        QVERIFY(eml.contains(QByteArray("User name: " + username.toUtf8())));
    }
    QVERIFY(readAll(outbox.filePath(u"aase.berg.eml"_s)).contains("<aase.berg@skole.example>"));
    for (const QString &password : stored) {
        QVERIFY(!password.isEmpty());
        QVERIFY(!done.err.contains(password));
    }
}

void TestCliOutbox::passwordsAreGeneratedOnceAndReused()
{
    import(u"learners-utf8.csv"_s);
    QCOMPARE(run({u"settings"_s, u"email_from"_s, u"office@nordby.no"_s}).exitCode, 0);
    const Run once = run({u"outbox"_s, m_outbox});
    QCOMPARE(once.exitCode, 0);
    QVERIFY2(once.err.contains(u"Generated 4 missing passwords first."_s), qPrintable(once.err));
    const auto first = passwords();
    const QByteArray firstFile = readAll(QDir(m_outbox).filePath(u"zoe.dubois.eml"_s));
    QVERIFY(firstFile.contains(QByteArray("Password:  " + first.value(u"zoe.dubois"_s).toUtf8())));

    const Run again = run({u"outbox"_s, m_outbox});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(passwords(), first);
    QVERIFY2(!again.err.contains(u"Generated"_s), qPrintable(again.err));
    QVERIFY(readAll(QDir(m_outbox).filePath(u"zoe.dubois.eml"_s))
                    .contains(QByteArray("Password:  " + first.value(u"zoe.dubois"_s).toUtf8())));
    const QString audit = dump().section(u"# audit"_s, 1).section(u"# "_s, 0, 0);
    QCOMPARE(audit.count(u"|generate-passwords|"_s), 1);
}

void TestCliOutbox::parentsAreRefusedWhileParentLoginIsOff()
{
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
    import(u"seed-pupils-rgb.csv"_s);
    import(u"seed-parents-pupil-sync-key.csv"_s,
           {u"--profile"_s, u"parent"_s, u"--sync-field"_s, u"Pupil sync key"_s, u"--match"_s,
            u"sync-key"_s});
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"false"_s}).exitCode, 0);
    QCOMPARE(run({u"settings"_s, u"email_from"_s, u"office@nordby.no"_s}).exitCode, 0);

    const QString before = dump();
    for (const QStringList &whom : {QStringList{u"--profile"_s, u"parent"_s}, QStringList()}) {
        const Run refused = run(QStringList{u"outbox"_s, m_outbox} + whom);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"Parent login is off"_s), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(dump(), before);
        QVERIFY(!QFileInfo::exists(m_outbox));
    }

    // Learners alone are still fine: they have no address here, so they are listed.
    const Run learners = run({u"outbox"_s, m_outbox, u"--profile"_s, u"learner"_s});
    QCOMPARE(learners.exitCode, 0);
    QVERIFY2(learners.err.contains(u"2 people have no e-mail address — they need a letter "
                                   u"instead:\n  Anna Archer (annaarcher)\n  Tom Johnson "
                                   u"(tomjohnson)\n"_s),
             qPrintable(learners.err));

    // Switched on: the parents get theirs, with the password their file gave them.
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
    const Run parents = run({u"outbox"_s, m_outbox, u"--profile"_s, u"parent"_s});
    QCOMPARE(parents.exitCode, 0);
    QCOMPARE(lines(parents.out).size(), 2);
    const QByteArray martha = readAll(QDir(m_outbox).filePath(u"martharcher.eml"_s));
    QVERIFY(martha.contains("To: Martha Archer <martha.archer@example.org>\r\n"));
    QVERIFY(martha.contains("Password:  43fdjD56F"));
    QVERIFY(martha.contains("Anna Archer"));
}

void TestCliOutbox::missingSenderExitsOneAndChangesNothing()
{
    import(u"learners-utf8.csv"_s);
    const QString before = dump();
    const Run refused = run({u"outbox"_s, m_outbox});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Set the sender (email_from) in Edit global settings"_s),
             qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(dump(), before); // no password generated and kept
    QVERIFY(!QFileInfo::exists(m_outbox));
}

void TestCliOutbox::badFolderExitsThreeAndChangesNothing()
{
    import(u"learners-utf8.csv"_s);
    QCOMPARE(run({u"settings"_s, u"email_from"_s, u"office@nordby.no"_s}).exitCode, 0);
    QFile blocker(m_dir->filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString inside = m_dir->filePath(u"file/outbox"_s);

    const QString before = dump();
    const Run failed = run({u"outbox"_s, inside});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(QDir::toNativeSeparators(inside)), qPrintable(failed.err));
    QVERIFY(failed.out.isEmpty());
    QCOMPARE(dump(), before);

    // A file that cannot be written: the others of this run are removed too.
    QVERIFY(QDir().mkpath(QDir(m_outbox).filePath(u"zoe.dubois.eml"_s)));
    const Run blocked = run({u"outbox"_s, m_outbox});
    QCOMPARE(blocked.exitCode, 3);
    QVERIFY2(blocked.err.contains(
                     QDir::toNativeSeparators(QDir(m_outbox).filePath(u"zoe.dubois.eml"_s))),
             qPrintable(blocked.err));
    QCOMPARE(QDir(m_outbox).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"zoe.dubois.eml"_s});
    QCOMPARE(dump(), before);
}

// The e-mails are written, then storing their passwords fails at the commit: they would not
// work, so they go again, and the database is as it was.
void TestCliOutbox::aFailedCommitRemovesTheEmails()
{
    import(u"learners-utf8.csv"_s);
    QCOMPARE(run({u"settings"_s, u"email_from"_s, u"office@nordby.no"_s}).exitCode, 0);
    QVERIFY(CliTesting::withConnection(m_database, [](QSqlDatabase &db) {
        QVERIFY(QSqlQuery(db).exec(u"UPDATE person SET password = NULL"_s));
        QVERIFY(Testing::failCommitsOfDistributedPasswords(db));
    }));
    const QString before = dump();
    const Run failed = run({u"outbox"_s, m_outbox});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(u"The files written were removed again"_s),
             qPrintable(failed.err));
    QVERIFY(failed.out.isEmpty());
    QCOMPARE(QDir(m_outbox).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    QCOMPARE(dump(), before);
    for (const QString &password : passwords())
        QVERIFY(password.isEmpty());
}

void TestCliOutbox::batchAndProfileChooseWhom()
{
    import(u"learners-utf8.csv"_s);   // import 1: three with an address
    import(u"seed-a-children.csv"_s); // import 2: none
    QCOMPARE(run({u"settings"_s, u"email_from"_s, u"office@nordby.no"_s}).exitCode, 0);

    const Run first = run({u"outbox"_s, m_outbox, u"--batch"_s, u"1"_s});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(lines(first.out).size(), 3);

    const QString other = m_dir->filePath(u"other"_s);
    const Run second = run({u"outbox"_s, other, u"--batch"_s, u"2"_s});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.isEmpty());
    QVERIFY2(second.err.contains(u"No e-mails were written: nobody chosen has an e-mail "
                                 u"address."_s),
             qPrintable(second.err));
    QVERIFY2(second.err.contains(u"2 people have no e-mail address"_s), qPrintable(second.err));
    QVERIFY(second.err.contains(u"  Johnny Dean (son2)\n"_s));
    QVERIFY(second.err.contains(u"  Jim Dickinson (son1)\n"_s));

    const Run staff = run({u"outbox"_s, other, u"--profile"_s, u"staff"_s});
    QCOMPARE(staff.exitCode, 0);
    QVERIFY2(staff.err.contains(u"Nobody was chosen"_s), qPrintable(staff.err));

    const Run unknown = run({u"outbox"_s, other, u"--batch"_s, u"99"_s});
    QCOMPARE(unknown.exitCode, 1);
}

void TestCliOutbox::hostileNameGivesOneRecipient()
{
    const Run imported = run({u"import"_s, fixture(u"hostile-formula-and-newline.csv"_s),
                              u"--profile"_s, u"learner"_s, u"--skip-errors"_s});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(run({u"settings"_s, u"email_from"_s, u"office@nordby.no"_s}).exitCode, 0);
    const Run done = run({u"outbox"_s, m_outbox});
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(lines(done.out).size(), 1);
    const QByteArray eml = readAll(QDir(m_outbox).filePath(u"kid7.eml"_s));
    const QByteArray header = eml.left(eml.indexOf("\r\n\r\n") + 2);
    QCOMPARE(header.count("\r\nTo: "), 1);
    QVERIFY(header.contains("<kid7@skole.example>\r\n"));
    QVERIFY(!header.toLower().contains("\r\nbcc:"));
    QVERIFY(!header.toLower().contains("\r\ncc:"));
}

void TestCliOutbox::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no folder") << QStringList{u"outbox"_s} << u"Name one folder"_s;
    QTest::newRow("two folders") << QStringList{u"outbox"_s, u"a"_s, u"b"_s}
                                 << u"Name one folder"_s;
    QTest::newRow("bad batch") << QStringList{u"outbox"_s, u"a"_s, u"--batch"_s, u"x"_s}
                               << u"--batch takes the number of an import"_s;
    QTest::newRow("bad profile") << QStringList{u"outbox"_s, u"a"_s, u"--profile"_s, u"teacher"_s}
                                 << u"--profile is learner, parent or staff"_s;
}

void TestCliOutbox::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString before = dump();
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(dump(), before);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliOutbox)
#include "tst_cli_outbox.moc"

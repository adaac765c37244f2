// rollbook-cli erase, end to end with QProcess: a person erased on request is in no table and,
// on SQLite, in no byte of the database, its log or a backup; --dry-run and a user name that is
// not there change nothing.
#include "clisupport.h"
#include "copiessupport.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::Run;

class TestCliErase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void erasesThePersonEverywhere();
    void parentsLeftWithoutAChildAreListedAndErasedOnlyWhenAsked();
    void dryRunChangesNothing();
    void unknownUserNameExitsOneAndChangesNothing();
    void noUserNameExitsTwo();

private:
    Run run(const QStringList &arguments) const
    {
        return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                                   QStringList{u"--database"_s, m_database} + arguments);
    }
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    void importSchool();
    QString dump() const { return Testing::dumpFile(m_database); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCliErase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Testing::newDatabase(m_dir->filePath(u"cli.sqlite"_s));
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
}

QString TestCliErase::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Kari and Ola; Liv the parent of Kari only, Per of both.
void TestCliErase::importSchool()
{
    const QString learners =
            writeFile(u"learners.csv"_s, "SyncID,User name,First name,Last name,E-mail\n"
                                         "L1,kari.cli77,Kari,Nordmann,kari.cli77@skole.example\n"
                                         "L2,ola.cli77,Ola,Nordmann,ola.cli77@skole.example\n");
    const Run first = run({u"import"_s, learners, u"--profile"_s, u"learner"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString parents =
            writeFile(u"parents.csv"_s, "SyncID,User name,First name,Last name,E-mail,ChildID\n"
                                        "P1,liv.cli77,Liv,Nordmann,liv.cli77@hjem.example,L1\n"
                                        "P2,per.cli77,Per,Nordmann,per.cli77@hjem.example,L1\n"
                                        "P2,per.cli77,Per,Nordmann,per.cli77@hjem.example,L2\n");
    const Run second = run({u"import"_s, parents, u"--profile"_s, u"parent"_s, u"--sync-field"_s,
                            u"ChildID"_s, u"--match"_s, u"sync-key"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
}

void TestCliErase::erasesThePersonEverywhere()
{
    importSchool();
    const Run erased = run({u"erase"_s, u"kari.cli77"_s});
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
    QVERIFY2(erased.err.contains(u"Kari Nordmann (kari.cli77, learner)"_s), qPrintable(erased.err));
    QVERIFY2(erased.err.contains(u"cannot be undone"_s), qPrintable(erased.err));
    // Liv is named as left with no child, and stays.
    QVERIFY2(erased.err.contains(u"liv.cli77"_s), qPrintable(erased.err));
    QVERIFY2(erased.err.contains(u"--with-parents"_s), qPrintable(erased.err));

    const QString after = dump();
    QVERIFY(!after.contains(u"kari.cli77"_s));
    QVERIFY(after.contains(u"liv.cli77"_s));
    QVERIFY(after.contains(u"ola.cli77"_s));
    const QStringList files = Testing::filesOfDatabase(m_database);
    QVERIFY(Testing::onServer() || files.size() >= 3);
    for (const QString &path : files)
        QVERIFY2(!Testing::fileBytes(path).contains("kari.cli77"), qPrintable(path));
}

void TestCliErase::parentsLeftWithoutAChildAreListedAndErasedOnlyWhenAsked()
{
    importSchool();
    const Run erased = run({u"erase"_s, u"kari.cli77"_s, u"--with-parents"_s});
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
    const QString after = dump();
    QVERIFY(!after.contains(u"kari.cli77"_s));
    QVERIFY(!after.contains(u"liv.cli77"_s));
    QVERIFY(after.contains(u"per.cli77"_s));
    QVERIFY(after.contains(u"ola.cli77"_s));
}

void TestCliErase::dryRunChangesNothing()
{
    importSchool();
    const QString before = dump();
    const Run dry = run({u"erase"_s, u"kari.cli77"_s, u"--with-parents"_s, u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.err.contains(u"Would erase"_s), qPrintable(dry.err));
    QVERIFY2(dry.err.contains(u"liv.cli77"_s), qPrintable(dry.err));
    QCOMPARE(dump(), before);
}

void TestCliErase::unknownUserNameExitsOneAndChangesNothing()
{
    importSchool();
    const QString before = dump();
    const Run refused = run({u"erase"_s, u"kari.cli77"_s, u"nobody.cli77"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"“nobody.cli77”"_s), qPrintable(refused.err));
    QCOMPARE(dump(), before);
}

void TestCliErase::noUserNameExitsTwo()
{
    const Run refused = run({u"erase"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!refused.err.isEmpty());
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliErase)
#include "tst_cli_erase.moc"

#include "copiessupport.h"
#include "db/backups.h"
#include "db/database.h"
#include "db/maintenance.h"
#include "distribution/audience.h"
#include "distribution/initialpasswords.h"
#include "importsupport.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

// Forgetting passwords reaches every copy Rollbook made of them: the undo records of imports,
// the backups beside the database, the free pages and the write-ahead log of the file itself.
class TestForgetting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void forgettingReachesEveryCopy();
    void aBackupThatCannotBeRewrittenChangesNothing_data();
    void aBackupThatCannotBeRewrittenChangesNothing();
    void backupsAreFoundByTheirExactName();
    void backupsAreOwnerOnly();
    void deletedContentIsOverwritten();

private:
    QString write(const QString &name, const QByteArray &content);
    bool import(const QByteArray &rows, int backupsKept);
    int count(const QString &sql);
    Result<InitialPasswords::Forgotten> forgetEveryone();

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_database;
};

// Passwords no other text in the files could hold by chance.
static const QByteArray firstTerm = "First name,Last name,User name,Password,SyncID\n"
                                    "Kari,Nordmann,kari,Ulv-Sommer-4817,S1\n"
                                    "Ola,Nordmann,ola,Bjorn-Vinter-5923,S2\n";
static const QByteArray secondTerm = "First name,Last name,User name,Password,SyncID\n"
                                     "Kari,Nordmann,kari,Gaupe-Host-7301,S1\n"
                                     "Ola,Nordmann,ola,Elg-Var-2264,S2\n";
static const QList<QByteArray> allPasswords = {"Ulv-Sommer-4817", "Bjorn-Vinter-5923",
                                               "Gaupe-Host-7301", "Elg-Var-2264"};

void TestForgetting::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestForgetting::init()
{
    static int n = 0;
    const QString folder = m_dir.filePath(u"case-%1"_s.arg(++n));
    QVERIFY(QDir().mkpath(folder));
    m_location = Testing::newDatabase(QDir(folder).filePath(u"school.sqlite"_s));
    auto opened = Database::open(m_location);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened).value();
}

void TestForgetting::cleanup()
{
    m_database.reset();
}

QString TestForgetting::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        QTest::qFail("cannot write the test file", __FILE__, __LINE__);
    return path;
}

bool TestForgetting::import(const QByteArray &rows, int backupsKept)
{
    ImportPlan plan;
    plan.filePath = m_dir.filePath(u"learners.csv"_s);
    plan.profile = Profile::Learner;
    plan.backupsKept = backupsKept;
    return Testing::importRows(m_database->connection(), plan, rows);
}

int TestForgetting::count(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<InitialPasswords::Forgotten> TestForgetting::forgetEveryone()
{
    QSqlDatabase db = m_database->connection();
    const auto everyone = loadRecipients(db, Audience{});
    if (!everyone)
        return everyone.error();
    return InitialPasswords::forget(db, everyone.value(), u"tester"_s);
}

void TestForgetting::forgettingReachesEveryCopy()
{
    // Two terms: the second import keeps the first's passwords in its undo records, and each
    // import leaves a backup of the database as it was.
    QVERIFY(import(firstTerm, 5));
    QVERIFY(import(secondTerm, 5));
    QCOMPARE(count(u"SELECT count(*) FROM import_person_before WHERE password IS NOT NULL"_s), 2);
    if (!Testing::onServer()) {
        QCOMPARE(Backups::of(m_location).size(), 2);
        // The backup made before the second import holds the first term's passwords.
        QVERIFY(Testing::fileBytes(Backups::of(m_location).last()).contains("Ulv-Sommer-4817"));
    }

    const auto forgotten = forgetEveryone();
    QVERIFY2(forgotten.ok(), qPrintable(forgotten ? QString() : forgotten.error().message));
    QCOMPARE(forgotten->passwords, 2);
    QCOMPARE(forgotten->undoCopies, 2);
    QCOMPARE(forgotten->onServer, Testing::onServer());
    QCOMPARE(forgotten->backups, Testing::onServer() ? 0 : 2);
    const QString said = InitialPasswords::copiesSentence(forgotten.value());
    QVERIFY2(said.contains(u"2 earlier passwords of the same people were cleared from the undo "
                           u"records of imports."_s),
             qPrintable(said));
    QVERIFY2(said.contains(Testing::onServer() ? u"on a server"_s : u"rewritten"_s),
             qPrintable(said));

    // No table holds them.
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password IS NOT NULL"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM import_person_before WHERE password IS NOT NULL"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM import_person_removed WHERE password IS NOT NULL"_s), 0);
    // The audit says how many and where, never a password.
    QCOMPARE(count(u"SELECT count(*) FROM audit WHERE action = 'forget-passwords'"_s), 1);

    // No byte of any file Rollbook made holds one: the database, its log, its backups (which
    // are still there, still databases, still owner-only).
    const QStringList all = Testing::filesOfDatabase(m_location);
    for (const QString &file : all) {
        const QByteArray bytes = Testing::fileBytes(file);
        for (const QByteArray &password : allPasswords)
            QVERIFY2(!bytes.contains(password),
                     qPrintable(u"%1 still holds %2"_s.arg(file, QString::fromLatin1(password))));
    }
    if (!Testing::onServer()) {
        for (const QString &backup : Backups::of(m_location)) {
            QVERIFY(Testing::fileBytes(backup).startsWith("SQLite format 3"));
            QVERIFY(Testing::dumpFile(backup).endsWith(u"integrity: ok"_s));
#ifdef Q_OS_UNIX
            QCOMPARE(QFile::permissions(backup) &
                             ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                     QFile::ReadOwner | QFile::WriteOwner);
#endif
        }
        QVERIFY(Backups::leftoversOf(m_location).isEmpty());
        // The newer backup still has the people, only not their passwords.
        QVERIFY(Testing::dumpFile(Backups::of(m_location).last()).contains(u"kari"_s));
    }

    // Forgetting again finds nothing left, and records nothing.
    const auto again = forgetEveryone();
    QVERIFY(again.ok());
    QCOMPARE(again->passwords, 0);
    QCOMPARE(again->undoCopies, 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit WHERE action = 'forget-passwords'"_s), 1);
}

void TestForgetting::aBackupThatCannotBeRewrittenChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("damaged") << u"damaged"_s;
    QTest::newRow("read-only") << u"read-only"_s;
}

void TestForgetting::aBackupThatCannotBeRewrittenChangesNothing()
{
    QFETCH(QString, kind);
    if (Testing::onServer())
        QSKIP("A server's database has no backups beside it.");
    QVERIFY(import(firstTerm, 5));
    QVERIFY(import(secondTerm, 5));
    const QStringList backups = Backups::of(m_location);
    QCOMPARE(backups.size(), 2);
    const QString bad = backups.first();
    if (kind == u"damaged") {
        QVERIFY(write(u"damaged"_s, QByteArray("not a database at all ").repeated(300)) !=
                QString());
        QVERIFY(QFile::remove(bad));
        QVERIFY(QFile::copy(m_dir.filePath(u"damaged"_s), bad));
    } else {
        if (QFileInfo(m_dir.path()).ownerId() == 0)
            QSKIP("The tests run as root, for whom no file is read-only.");
        QVERIFY(QFile::setPermissions(bad, QFile::ReadOwner));
    }
    QSqlQuery(m_database->connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const QString before = Testing::dumpFile(m_location);
    const QByteArray badBytes = Testing::fileBytes(bad);
    const QByteArray otherBytes = Testing::fileBytes(backups.last());

    const auto forgotten = forgetEveryone();
    QVERIFY(!forgotten.ok());
    const QString message = forgotten.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(bad)), qPrintable(message));
    QVERIFY2(message.contains(u"changed nothing"_s), qPrintable(message));
    // Every copy as it was: the database row for row, each backup byte for byte.
    QCOMPARE(Testing::dumpFile(m_location), before);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password IS NOT NULL"_s), 2);
    QCOMPARE(Testing::fileBytes(bad), badBytes);
    QCOMPARE(Testing::fileBytes(backups.last()), otherBytes);
    QCOMPARE(Backups::of(m_location), backups);
    QVERIFY(Backups::leftoversOf(m_location).isEmpty());
    QFile::setPermissions(bad, QFile::ReadOwner | QFile::WriteOwner);
}

void TestForgetting::backupsAreFoundByTheirExactName()
{
    // A name with the characters of a wildcard finds its own backups and no other file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(u"skole [5A]*?.sqlite"_s);
    const auto touch = [&dir](const QString &name, int hoursOld = 0) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("x");
        file.flush();
        return !hoursOld || file.setFileTime(QDateTime::currentDateTime().addSecs(-3600 * hoursOld),
                                             QFileDevice::FileModificationTime);
    };
    QVERIFY(touch(u"skole [5A]*?.sqlite"_s));
    QVERIFY(touch(u"skole [5A]*?.sqlite.backup-20260101-080000-000"_s));
    QVERIFY(touch(u"skole [5A]*?.sqlite.backup-20260301-080000-000"_s));
    QVERIFY(touch(u"skole [5A]*?.sqlite.backup-20260201-080000-000"_s));
    // Not its backups: another database's, a name that is not a time stamp.
    QVERIFY(touch(u"skole 5.sqlite.backup-20260101-080000-000"_s));
    QVERIFY(touch(u"skole [5A]*?.sqlite.backup-notes.txt"_s));
    // Half-written copies: one left by a crash long ago, one being written now.
    QVERIFY(touch(u"skole [5A]*?.sqlite.backup-20250101-080000-000.partial"_s, 5));
    QVERIFY(touch(u"skole [5A]*?.sqlite.backup-20260401-080000-000.rewrite"_s));

    QCOMPARE(Backups::of(database),
             QStringList({dir.filePath(u"skole [5A]*?.sqlite.backup-20260101-080000-000"_s),
                          dir.filePath(u"skole [5A]*?.sqlite.backup-20260201-080000-000"_s),
                          dir.filePath(u"skole [5A]*?.sqlite.backup-20260301-080000-000"_s)}));
    QCOMPARE(Backups::leftoversOf(database).size(), 2);

    Backups::prune(database, 1, 0);
    QCOMPARE(Backups::of(database),
             QStringList({dir.filePath(u"skole [5A]*?.sqlite.backup-20260301-080000-000"_s)}));
    QCOMPARE(Backups::leftoversOf(database),
             QStringList(
                     {dir.filePath(u"skole [5A]*?.sqlite.backup-20260401-080000-000.rewrite"_s)}));
    for (const QString &kept :
         {u"skole 5.sqlite.backup-20260101-080000-000"_s, u"skole [5A]*?.sqlite.backup-notes.txt"_s,
          u"skole [5A]*?.sqlite"_s})
        QVERIFY2(QFileInfo::exists(dir.filePath(kept)), qPrintable(kept));
}

void TestForgetting::backupsAreOwnerOnly()
{
    if (Testing::onServer())
        QSKIP("A server's database has no backups beside it.");
#ifdef Q_OS_UNIX
    QVERIFY(import(firstTerm, 5));
    QVERIFY(import(secondTerm, 5));
    const QString chosen = m_dir.filePath(u"chosen-backup.sqlite"_s);
    QVERIFY(backupDatabase(m_database->connection(), chosen).ok());
    for (const QString &backup : Backups::of(m_location) + QStringList{chosen})
        QCOMPARE(QFile::permissions(backup) &
                         ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
#else
    QSKIP("Owner-only permission bits are a Unix matter; Windows keeps the folder's ACLs.");
#endif
}

void TestForgetting::deletedContentIsOverwritten()
{
    if (Testing::onServer())
        QSKIP("A server keeps its own pages.");
    // Rollbook sets it itself: the SQLite bundled with Qt on Windows and macOS has it off.
    QCOMPARE(count(u"PRAGMA secure_delete"_s), 1);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestForgetting)
#include "tst_forgetting.moc"

#include "copiessupport.h"
#include "db/backups.h"
#include "db/database.h"
#include "importsupport.h"
#include "people/erasure.h"
#include "people/personstore.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

// Erasing a person on request: no copy Rollbook made still holds them.
class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void planListsParentsLeftWithoutAChild();
    void erasureReachesEveryCopy();
    void anUnknownUserNameChangesNothing();
    void aBackupThatCannotBeRewrittenChangesNothing();

private:
    bool import(const QByteArray &rows, Profile profile);
    int count(const QString &sql, const QVariant &value = {});
    void prepareSchool();

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_database;
};

// Values no other person's data could hold by chance.
static const QByteArray kariName = "kari.nordmann77";
static const QByteArray kariEmail = "kari.n77@skole.example";
static const QByteArray momName = "liv.nordmann77";
static const QByteArray momEmail = "liv.n77@hjem.example";

void TestErasure::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestErasure::init()
{
    static int n = 0;
    const QString folder = m_dir.filePath(u"case-%1"_s.arg(++n));
    QVERIFY(QDir().mkpath(folder));
    m_location = Testing::newDatabase(QDir(folder).filePath(u"school.sqlite"_s));
    auto opened = Database::open(m_location);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened).value();
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"true"_s, u"test"_s)
                    .ok());
}

void TestErasure::cleanup()
{
    m_database.reset();
}

bool TestErasure::import(const QByteArray &rows, Profile profile)
{
    ImportPlan plan;
    plan.filePath = m_dir.filePath(u"users.csv"_s);
    plan.profile = profile;
    if (profile == Profile::Parent) {
        plan.syncField = u"ChildID"_s;
        plan.matchField = MatchField::SyncKey;
    }
    plan.backupsKept = 5;
    return Testing::importRows(m_database->connection(), plan, rows);
}

int TestErasure::count(const QString &sql, const QVariant &value)
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Two learners; Liv the parent of Kari only, Per the parent of both. Kari's e-mail changed by
// a second import (an undo record) and by hand (an audit row), and a link made by hand.
void TestErasure::prepareSchool()
{
    QVERIFY(import("SyncID,User name,First name,Last name,E-mail\n"
                   "L1," + kariName +
                           ",Kari,Nordmann,old." + kariEmail +
                           "\n"
                           "L2,ola.nordmann77,Ola,Nordmann,ola@skole.example\n",
                   Profile::Learner));
    QVERIFY(import("SyncID,User name,First name,Last name,E-mail\n"
                   "L1," + kariName +
                           ",Kari,Nordmann,mid." + kariEmail +
                           "\n"
                           "L2,ola.nordmann77,Ola,Nordmann,ola@skole.example\n",
                   Profile::Learner));
    QVERIFY(import("SyncID,User name,First name,Last name,E-mail,ChildID\n"
                   "P1," + momName +
                           ",Liv,Nordmann," + momEmail +
                           ",L1\n"
                           "P2,per.nordmann77,Per,Nordmann,per@hjem.example,L1\n"
                           "P2,per.nordmann77,Per,Nordmann,per@hjem.example,L2\n",
                   Profile::Parent));
    PersonStore store(m_database->connection());
    auto kari = store.resolve(QString::fromLatin1(kariName));
    QVERIFY(kari.ok());
    Person edited = kari.value();
    edited.email = QString::fromLatin1(kariEmail);
    QVERIFY(store.update(edited, u"tester"_s).ok());
    auto per = store.resolve(u"per.nordmann77"_s);
    QVERIFY(per.ok());
    QVERIFY(store.unlink(per->id, kari->id, u"tester"_s).ok());
    QVERIFY(store.link(per->id, kari->id, u"tester"_s).ok());
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 3);
}

void TestErasure::planListsParentsLeftWithoutAChild()
{
    prepareSchool();
    const auto planned = Erasure::plan(m_database->connection(), {QString::fromLatin1(kariName)});
    QVERIFY2(planned.ok(), qPrintable(planned ? QString() : planned.error().message));
    QCOMPARE(planned->people.size(), 1);
    QCOMPARE(planned->people.first().username, QString::fromLatin1(kariName));
    // Liv has no other child; Per still has Ola.
    QCOMPARE(planned->orphanedParents.size(), 1);
    QCOMPARE(planned->orphanedParents.first().username, QString::fromLatin1(momName));
    QCOMPARE(planned->childrenOf.first().size(), 1);
    // Both children: both parents would be left alone. A name twice counts once.
    const auto both = Erasure::plan(
            m_database->connection(),
            {QString::fromLatin1(kariName), u"OLA.nordmann77"_s, QString::fromLatin1(kariName)});
    QVERIFY(both.ok());
    QCOMPARE(both->people.size(), 2);
    QCOMPARE(both->orphanedParents.size(), 2);
}

void TestErasure::erasureReachesEveryCopy()
{
    prepareSchool();
    if (!Testing::onServer()) {
        // Before: the newest backup holds Kari.
        QVERIFY(Testing::fileBytes(Backups::of(m_location).last()).contains(kariName));
    }
    const int auditBefore = count(u"SELECT count(*) FROM audit"_s);
    const auto planned = Erasure::plan(m_database->connection(), {QString::fromLatin1(kariName)});
    QVERIFY(planned.ok());
    QSqlDatabase db = m_database->connection();
    const auto erased = Erasure::erase(db, planned->people + planned->orphanedParents, u"tester"_s);
    QVERIFY2(erased.ok(), qPrintable(erased ? QString() : erased.error().message));
    QCOMPARE(erased->people, 2);
    QCOMPARE(erased->links, 2); // Liv–Kari, Per–Kari
    QVERIFY(erased->undoRecords >= 1);
    QVERIFY(erased->auditRows >= 3); // the edit, the unlink and the link
    QCOMPARE(erased->onServer, Testing::onServer());
    QCOMPARE(erased->backups, Testing::onServer() ? 0 : 3);
    QVERIFY(!Erasure::summary(erased.value()).isEmpty());

    // Ola, Per and Per–Ola stay.
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 1);
    // The audit keeps every row, and one more that says how many, never who.
    QCOMPARE(count(u"SELECT count(*) FROM audit"_s), auditBefore + 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit WHERE subject = ?"_s, u"(erased)"_s),
             erased->auditRows + 1);

    // No table, and on SQLite no byte of the file, its log or a backup, holds their user names
    // or e-mail addresses.
    const QString dump = Testing::dumpFile(m_location);
    for (const QByteArray &value : {kariName, kariEmail, momName, momEmail})
        QVERIFY2(!dump.contains(QString::fromLatin1(value)), qPrintable(dump));
    QVERIFY(dump.contains(u"ola.nordmann77"_s));
    for (const QString &file : Testing::filesOfDatabase(m_location)) {
        const QByteArray bytes = Testing::fileBytes(file);
        for (const QByteArray &value : {kariName, kariEmail, momName, momEmail})
            QVERIFY2(!bytes.contains(value),
                     qPrintable(u"%1 holds %2"_s.arg(file, QString::fromLatin1(value))));
    }
    if (!Testing::onServer()) {
        QVERIFY(Backups::leftoversOf(m_location).isEmpty());
        // The backups are still whole databases, with Ola in the newest.
        QVERIFY(Testing::dumpFile(Backups::of(m_location).last()).contains(u"ola.nordmann77"_s));
    }
}

void TestErasure::anUnknownUserNameChangesNothing()
{
    prepareSchool();
    const QString before = Testing::dumpFile(m_location);
    const auto planned = Erasure::plan(m_database->connection(),
                                       {QString::fromLatin1(kariName), u"nobody.here"_s});
    QVERIFY(!planned.ok());
    QCOMPARE(planned.error().kind, Error::Kind::Invalid);
    QVERIFY2(planned.error().message.contains(u"“nobody.here”"_s),
             qPrintable(planned.error().message));
    QCOMPARE(Testing::dumpFile(m_location), before);
}

void TestErasure::aBackupThatCannotBeRewrittenChangesNothing()
{
    if (Testing::onServer())
        QSKIP("A server's database has no backups beside it.");
    prepareSchool();
    const QStringList backups = Backups::of(m_location);
    QVERIFY(backups.size() >= 2);
    const QString bad = backups.at(1);
    QVERIFY(QFile::remove(bad));
    {
        QFile damaged(bad);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("not a database at all ").repeated(300));
    }
    QSqlQuery(m_database->connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const QString before = Testing::dumpFile(m_location);
    const QByteArray newest = Testing::fileBytes(backups.last());

    const auto planned = Erasure::plan(m_database->connection(), {QString::fromLatin1(kariName)});
    QVERIFY(planned.ok());
    QSqlDatabase db = m_database->connection();
    const auto erased = Erasure::erase(db, planned->people, u"tester"_s);
    QVERIFY(!erased.ok());
    QVERIFY2(erased.error().message.contains(QDir::toNativeSeparators(bad)),
             qPrintable(erased.error().message));
    QCOMPARE(Testing::dumpFile(m_location), before);
    QCOMPARE(Testing::fileBytes(backups.last()), newest);
    QVERIFY(Backups::leftoversOf(m_location).isEmpty());
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestErasure)
#include "tst_erasure.moc"

#include "copiessupport.h"
#include "core/translation.h"
#include "db/audit.h"
#include "db/backups.h"
#include "db/database.h"
#include "db/maintenance.h"
#include "distribution/audience.h"
#include "distribution/initialpasswords.h"
#include "distribution/retention.h"
#include "importsupport.h"
#include "people/personstore.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

// Edit global settings > Privacy, applied: backups kept by number and age, and initial
// passwords forgotten automatically some days after they were distributed.
class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backupsArePrunedByNumberAndAge();
    void anImportKeepsAsManyBackupsAsTheSettingSays();
    void distributingNotesWhen();
    void passwordsAreForgottenTheirDaysAfterDistribution();
    void aNewPasswordStartsTheDaysAgain();
    void offForgetsNothing();
    void aBackupThatCannotBeRewrittenLeavesThePasswords();
    void theSummaryCountsStoredPasswords();

private:
    bool import(const QByteArray &rows, std::optional<int> backupsKept = 0);
    void set(const char *key, const QString &value);
    // Distributes to everyone as the export of batches does, writing nothing.
    void distributeToEveryone();
    int count(const QString &sql);
    QString makeBackup(const QDateTime &at);

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_location;
    std::unique_ptr<Database> m_database;
};

static const QByteArray learners = "First name,Last name,User name,Password,SyncID\n"
                                   "Kari,Nordmann,kari,Ulv-Sommer-4817,S1\n"
                                   "Ola,Nordmann,ola,Bjorn-Vinter-5923,S2\n";
static const QByteArray nextTerm = "First name,Last name,User name,Password,SyncID\n"
                                   "Kari,Nordmann,kari,Gaupe-Host-7301,S1\n"
                                   "Ola,Nordmann,ola,Elg-Var-2264,S2\n";
static const QByteArray withoutPasswords = "First name,Last name,User name,SyncID\n"
                                           "Kari,Nordmann,kari,S1\n"
                                           "Ola,Nordmann,ola,S2\n";

void TestRetention::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Counts are tr("%n …") messages: their English singular is in the English catalogue.
    installTranslations(u"en"_s);
}

void TestRetention::init()
{
    static int n = 0;
    m_folder = m_dir.filePath(u"case-%1"_s.arg(++n));
    QVERIFY(QDir().mkpath(m_folder));
    m_location = Testing::newDatabase(QDir(m_folder).filePath(u"school.sqlite"_s));
    auto opened = Database::open(m_location);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened).value();
}

void TestRetention::cleanup()
{
    m_database.reset();
}

bool TestRetention::import(const QByteArray &rows, std::optional<int> backupsKept)
{
    ImportPlan plan;
    plan.filePath = QDir(m_folder).filePath(u"learners.csv"_s);
    plan.profile = Profile::Learner;
    plan.backupsKept = backupsKept;
    return Testing::importRows(m_database->connection(), plan, rows);
}

void TestRetention::set(const char *key, const QString &value)
{
    const auto saved = SettingsStore(m_database->connection())
                               .set(QString::fromLatin1(key), value, u"tester"_s);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
}

void TestRetention::distributeToEveryone()
{
    QSqlDatabase db = m_database->connection();
    const auto done = InitialPasswords::distribute(
            db, Audience{}, {false, true, {}}, [](const QList<Recipient> &) { return success(); },
            u"tester"_s);
    QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
}

int TestRetention::count(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString TestRetention::makeBackup(const QDateTime &at)
{
    const QString path = Backups::pathFor(m_location, Backups::stampOf(at));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        QTest::qFail("cannot write the backup", __FILE__, __LINE__);
    return path;
}

void TestRetention::backupsArePrunedByNumberAndAge()
{
    if (Testing::onServer())
        QSKIP("A server's database has no backups beside it.");
    const QDateTime now = QDateTime::currentDateTime();
    const QString old = makeBackup(now.addDays(-40));
    const QString month = makeBackup(now.addDays(-29));
    const QString week = makeBackup(now.addDays(-7));
    const QString today = makeBackup(now.addSecs(-60));
    QCOMPARE(Backups::madeAt(week).date(), now.addDays(-7).date());

    // Five kept, none older than 30 days: the one of 40 days goes.
    QCOMPARE(Backups::prune(m_location, 5, 30, now), 1);
    QCOMPARE(Backups::of(m_location), (QStringList{month, week, today}));
    // No age limit (0): only the number counts.
    QCOMPARE(Backups::prune(m_location, 5, 0, now), 0);
    QCOMPARE(Backups::prune(m_location, 2, 0, now), 1);
    QCOMPARE(Backups::of(m_location), (QStringList{week, today}));
    // The settings, applied when the database is opened.
    set(SettingsStore::BackupDays, u"3"_s);
    QSqlDatabase db = m_database->connection();
    const Retention::Applied applied = Retention::apply(db, u"tester"_s);
    QCOMPARE(applied.backupsRemoved, 1);
    QCOMPARE(Backups::of(m_location), QStringList{today});
    QVERIFY2(Retention::sentences(applied).contains(u"1 backup was deleted"_s),
             qPrintable(Retention::sentences(applied)));
    QVERIFY(QFile::exists(old) == false);
    // Keep backups 0: none at all.
    set(SettingsStore::BackupsKept, u"0"_s);
    QCOMPARE(Retention::apply(db, u"tester"_s).backupsRemoved, 1);
    QVERIFY(Backups::of(m_location).isEmpty());
}

void TestRetention::anImportKeepsAsManyBackupsAsTheSettingSays()
{
    if (Testing::onServer())
        QSKIP("A server's database has no backups beside it.");
    set(SettingsStore::BackupsKept, u"2"_s);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(import(i % 2 ? learners : withoutPasswords, std::nullopt));
        QTest::qWait(5); // backups are named to the millisecond
    }
    QCOMPARE(Backups::of(m_location).size(), 2);
    set(SettingsStore::BackupsKept, u"0"_s);
    QVERIFY(import(learners, std::nullopt));
    // None made; the two before are left for the next opening (Retention::apply) to delete.
    QCOMPARE(Backups::of(m_location).size(), 2);
}

void TestRetention::distributingNotesWhen()
{
    QVERIFY(import(withoutPasswords));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password_distributed_at IS NOT NULL"_s), 0);
    // An export without passwords hands none out.
    {
        QSqlDatabase db = m_database->connection();
        const auto done = InitialPasswords::distribute(
                db, Audience{}, {false, false, {}},
                [](const QList<Recipient> &) { return success(); }, u"tester"_s);
        QVERIFY(done.ok());
    }
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password_distributed_at IS NOT NULL"_s), 0);
    const QString before = timestampNow();
    distributeToEveryone(); // generates the passwords and hands them out
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password_distributed_at IS NOT NULL"_s), 2);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT min(password_distributed_at) FROM person"_s) && query.next());
    QVERIFY2(query.value(0).toString() >= before, qPrintable(query.value(0).toString()));

    // A failed distribution notes nothing.
    QVERIFY(query.exec(u"UPDATE person SET password_distributed_at = NULL"_s));
    QSqlDatabase db = m_database->connection();
    const auto failed = InitialPasswords::distribute(
            db, Audience{}, {false, true, {}},
            [](const QList<Recipient> &) -> Status { return Error::file(u"disk full"_s); },
            u"tester"_s);
    QVERIFY(!failed.ok());
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password_distributed_at IS NOT NULL"_s), 0);
}

void TestRetention::passwordsAreForgottenTheirDaysAfterDistribution()
{
    QVERIFY(import(learners, 0));
    // A backup holding the first passwords, and undo records holding them too.
    QVERIFY(import(nextTerm, Testing::onServer() ? 0 : 5));
    distributeToEveryone();
    set(SettingsStore::ForgetPasswordsAfterDays, u"30"_s);
    // Backups whatever their age: a month on, the 30 days of backups would delete it first.
    set(SettingsStore::BackupDays, u"0"_s);
    QSqlDatabase db = m_database->connection();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // 29 days on: not yet.
    Retention::Applied applied = Retention::apply(db, u"tester"_s, now.addDays(29));
    QCOMPARE(applied.forgotten.passwords, 0);
    QVERIFY(Retention::sentences(applied).isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password IS NOT NULL"_s), 2);

    // 31 days on: forgotten, with every copy.
    applied = Retention::apply(db, u"tester"_s, now.addDays(31));
    QVERIFY2(applied.problem.isEmpty(), qPrintable(applied.problem));
    QCOMPARE(applied.forgotten.passwords, 2);
    QCOMPARE(applied.forgotten.undoCopies, 2);
    QCOMPARE(applied.forgetAfterDays, 30);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password IS NOT NULL"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password_distributed_at IS NOT NULL"_s), 0);
    const QString said = Retention::sentences(applied);
    QVERIFY2(said.contains(u"more than 30 days ago"_s) && said.contains(u": 2."_s),
             qPrintable(said));
    if (!Testing::onServer())
        QCOMPARE(applied.forgotten.backups, 1);
    for (const QString &file : Testing::filesOfDatabase(m_location)) {
        const QByteArray bytes = Testing::fileBytes(file);
        for (const QByteArray password :
             {"Ulv-Sommer-4817", "Bjorn-Vinter-5923", "Gaupe-Host-7301", "Elg-Var-2264"})
            QVERIFY2(!bytes.contains(password),
                     qPrintable(file + u' ' + QString::fromLatin1(password)));
    }
    // The audit row says it was automatic, and after how many days.
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT detail FROM audit WHERE action = 'forget-passwords'"_s) &&
            query.next());
    const QJsonObject detail = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    QCOMPARE(detail.value(u"automatic"_s).toBool(), true);
    QCOMPARE(detail.value(u"days_after_distribution"_s).toInt(), 30);
    QCOMPARE(detail.value(u"people"_s).toInt(), 2);
    // Once more: nothing left to do.
    QCOMPARE(Retention::apply(db, u"tester"_s, now.addDays(40)).forgotten.passwords, 0);
}

void TestRetention::aNewPasswordStartsTheDaysAgain()
{
    QVERIFY(import(learners));
    distributeToEveryone();
    // Kari's password is changed (the editor, an import): not distributed any more.
    QSqlDatabase db = m_database->connection();
    PersonStore store(db);
    auto kari = store.resolve(u"kari"_s);
    QVERIFY(kari.ok());
    Person changed = kari.value();
    changed.password = u"Rev-Hoest-1234"_s;
    const auto saved = store.update(changed, u"tester"_s);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password_distributed_at IS NOT NULL"_s), 1);

    set(SettingsStore::ForgetPasswordsAfterDays, u"10"_s);
    const auto applied =
            Retention::apply(db, u"tester"_s, QDateTime::currentDateTimeUtc().addDays(11));
    QCOMPARE(applied.forgotten.passwords, 1); // Ola's
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT username, password FROM person ORDER BY username"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), u"Rev-Hoest-1234"_s);
    QVERIFY(query.next());
    QVERIFY(query.value(1).isNull());
}

void TestRetention::offForgetsNothing()
{
    QVERIFY(import(learners));
    distributeToEveryone();
    QSqlDatabase db = m_database->connection();
    const auto applied =
            Retention::apply(db, u"tester"_s, QDateTime::currentDateTimeUtc().addYears(5));
    QCOMPARE(applied.forgetAfterDays, 0);
    QCOMPARE(applied.forgotten.passwords, 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password IS NOT NULL"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM audit WHERE action = 'forget-passwords'"_s), 0);
}

void TestRetention::aBackupThatCannotBeRewrittenLeavesThePasswords()
{
    if (Testing::onServer())
        QSKIP("A server's database has no backups beside it.");
    QVERIFY(import(learners, 0));
    distributeToEveryone();
    // A damaged backup: not an SQLite file.
    QFile damaged(Backups::pathFor(m_location, Backups::stampOf(QDateTime::currentDateTime())));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    set(SettingsStore::ForgetPasswordsAfterDays, u"1"_s);
    QSqlDatabase db = m_database->connection();
    const auto applied =
            Retention::apply(db, u"tester"_s, QDateTime::currentDateTimeUtc().addDays(2));
    QVERIFY(!applied.problem.isEmpty());
    QCOMPARE(applied.forgotten.passwords, 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password IS NOT NULL"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE password_distributed_at IS NOT NULL"_s), 2);
    const QString said = Retention::sentences(applied);
    QVERIFY2(said.contains(QDir::toNativeSeparators(damaged.fileName())) &&
                     said.contains(u"tries again"_s),
             qPrintable(said));
}

void TestRetention::theSummaryCountsStoredPasswords()
{
    QVERIFY(import(withoutPasswords));
    auto summary = summarize(m_database->connection());
    QVERIFY(summary.ok());
    QCOMPARE(summary->passwordsStored, 0);
    QVERIFY(!summary->firstDistributed.isValid());
    distributeToEveryone();
    QVERIFY(import(QByteArray(withoutPasswords).replace("ola,S2", "ola,S2\nPer,Hansen,per,S3"), 0));
    QSqlQuery(m_database->connection())
            .exec(u"UPDATE person SET password = 'Laks-Vaar-1111' WHERE username = 'per'"_s);
    summary = summarize(m_database->connection());
    QVERIFY(summary.ok());
    QCOMPARE(summary->passwordsStored, 3);
    QCOMPARE(summary->passwordsDistributed, 2);
    QVERIFY(summary->firstDistributed.isValid());
    QVERIFY(qAbs(summary->firstDistributed.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestRetention)
#include "tst_retention.moc"

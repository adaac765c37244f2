// The one distribution engine the Distribute page and the command line share
// (models/distribution/distribute): what each entry point gives back, that writing holds no
// write lock, and that files whose passwords could not be stored go again.
#include "db/database.h"
#include "distribution/distribute.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

enum class Entry { Export, OneRoster, Letters, Emails };

class TestDistribute : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eachEntryPointSaysWhatItDid_data();
    void eachEntryPointSaysWhatItDid();
    void aFailedCommitRemovesWhatWasWritten_data();
    void aFailedCommitRemovesWhatWasWritten();
    void writingHoldsNoWriteLock();
    void aPasswordGivenMeanwhileStoresNone();
    void forgetPasswordsClearsTheAudience();

private:
    // Runs `entry` into `target`; the outcome's common part, or the error.
    Result<Distribute::Outcome> distribute(Entry entry, const QString &target);
    QStringList storedPasswords() const;
    QSqlDatabase db() const { return m_database->connection(); }

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_database;
};

void TestDistribute::init()
{
    static int n = 0;
    m_location = Testing::newDatabase(m_dir.filePath(u"d-%1/rollbook.sqlite"_s.arg(++n)));
    auto opened = Database::open(m_location);
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(db())
                    .set({{u"parent_login_enabled"_s, u"true"_s},
                          {u"email_from"_s, u"office@nordby.no"_s}},
                         u"test"_s)
                    .ok());
    // Two learners, then two parents linked to both (mom and dad); nobody has a password yet.
    for (const auto &[file, profile] : {std::pair{"seed-a-children.csv", Profile::Learner},
                                        std::pair{"parents-combined.csv", Profile::Parent}}) {
        ImportPlan plan;
        plan.filePath = QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(QLatin1String(file));
        plan.profile = profile;
        plan.syncField = profile == Profile::Parent ? u"ChildID"_s : QString();
        plan.backupsKept = 0;
        const auto report = runImport(db(), plan);
        QVERIFY2(report.ok() && report.value().errors.isEmpty(), file);
    }
    // The parents have an e-mail address, the learners none.
    QVERIFY(QSqlQuery(db()).exec(u"UPDATE person SET email = username || '@nordby.no' "
                                 u"WHERE profile = 'parent'"_s));
    QCOMPARE(storedPasswords(), QStringList());
}

void TestDistribute::cleanup()
{
    m_database.reset();
}

Result<Distribute::Outcome> TestDistribute::distribute(Entry entry, const QString &target)
{
    QSqlDatabase connection = db();
    const QString actor = u"tester"_s;
    const auto common = [](const auto &result) -> Result<Distribute::Outcome> {
        if (!result)
            return result.error();
        return static_cast<const Distribute::Outcome &>(result.value());
    };
    switch (entry) {
    case Entry::Export:
        return common(Distribute::exportFiles(connection, {}, target, actor));
    case Entry::OneRoster:
        return common(Distribute::exportOneRoster(connection, {}, target, actor));
    case Entry::Letters:
        return common(Distribute::saveLetters(connection, {}, target, LetterPaper{}, actor));
    case Entry::Emails:
        return common(Distribute::writeEmails(connection, {}, target, actor));
    }
    return Error::invalid(u"unknown entry"_s);
}

QStringList TestDistribute::storedPasswords() const
{
    QStringList passwords;
    QSqlQuery query(db());
    query.exec(u"SELECT password FROM person WHERE password <> '' ORDER BY username"_s);
    while (query.next())
        passwords << query.value(0).toString();
    return passwords;
}

void TestDistribute::eachEntryPointSaysWhatItDid_data()
{
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("distributed"); // whom the password reached now
    QTest::newRow("export") << Entry::Export << u"export"_s
                            << QStringList{u"01-learners.csv"_s, u"02-parents-1.csv"_s,
                                           u"03-parents-2.csv"_s, u"UPLOAD.txt"_s}
                            << 4;
    QTest::newRow("OneRoster") << Entry::OneRoster << u"oneroster"_s
                               << QStringList{u"manifest.csv"_s, u"orgs.csv"_s, u"users.csv"_s}
                               << 4;
    QTest::newRow("letters") << Entry::Letters << u"letters.pdf"_s << QStringList() << 4;
    // The learners have no address: their passwords are stored, for a letter, but not yet
    // theirs, so Forget initial passwords automatically does not count from now.
    QTest::newRow("e-mails") << Entry::Emails << u"outbox"_s
                             << QStringList{u"dad.eml"_s, u"mom.eml"_s} << 2;
}

void TestDistribute::eachEntryPointSaysWhatItDid()
{
    QFETCH(Entry, entry);
    QFETCH(QString, target);
    QFETCH(QStringList, files);
    QFETCH(int, distributed);
    const QString path =
            m_dir.filePath(u"out-%1/%2"_s.arg(QLatin1String(QTest::currentDataTag()), target));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const auto done = distribute(entry, path);
    QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
    QCOMPARE(done->recipients.size(), 4);
    QCOMPARE(done->generated, 4);
    // What was written is what is stored, and noted as distributed where it reached someone.
    QStringList written;
    for (const Recipient &recipient : done->recipients)
        written << recipient.person.password;
    const QStringList stored = storedPasswords();
    QCOMPARE(stored.size(), 4);
    for (const QString &password : stored)
        QVERIFY(written.contains(password));
    QSqlQuery query(db());
    QVERIFY(query.exec(
                    u"SELECT COUNT(*) FROM person WHERE password_distributed_at IS NOT NULL"_s) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), distributed);
    if (files.isEmpty())
        QVERIFY(QFileInfo(path).isFile());
    else
        QCOMPARE(QDir(path).entryList(QDir::Files, QDir::Name), files);
}

void TestDistribute::aFailedCommitRemovesWhatWasWritten_data()
{
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QString>("target");
    QTest::newRow("export") << Entry::Export << u"export"_s;
    QTest::newRow("OneRoster") << Entry::OneRoster << u"oneroster"_s;
    QTest::newRow("letters") << Entry::Letters << u"letters.pdf"_s;
    QTest::newRow("e-mails") << Entry::Emails << u"outbox"_s;
}

void TestDistribute::aFailedCommitRemovesWhatWasWritten()
{
    QFETCH(Entry, entry);
    QFETCH(QString, target);
    QSqlDatabase connection = db();
    QVERIFY(Testing::failCommitsOfDistributedPasswords(connection));
    const QString before = Testing::dumpTables(connection);
    const QString path =
            m_dir.filePath(u"failed-%1/%2"_s.arg(QLatin1String(QTest::currentDataTag()), target));

    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const auto failed = distribute(entry, path);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::File);
    QVERIFY2(failed.error().message.startsWith(
                     u"The passwords could not be stored in the database ("_s),
             qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.endsWith(
                     u"The files written were removed again, since their passwords would not "
                     u"work. Try again."_s),
             qPrintable(failed.error().message));
    QCOMPARE(Testing::dumpTables(connection), before);
    const QFileInfo written(path);
    if (written.isDir())
        QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    else
        QVERIFY(!written.exists());
}

// While the files are written, another window or command can still change the database: the
// passwords are stored in one short transaction at the end, not held from the start.
void TestDistribute::writingHoldsNoWriteLock()
{
    QSqlDatabase connection = db();
    bool editedMeanwhile = false;
    QString why;
    const auto done = InitialPasswords::distribute(
            connection, {}, {},
            [&](const QList<Recipient> &recipients) -> Status {
                Testing::withConnection(m_location, [&](QSqlDatabase &other) {
                    QSqlQuery query(other);
                    if (Testing::onServer())
                        query.exec(u"SET lock_timeout = '2s'"_s);
                    query.prepare(u"UPDATE person SET email = 'new@nordby.no' WHERE id = ?"_s);
                    query.addBindValue(recipients.first().person.id);
                    editedMeanwhile = query.exec();
                    why = query.lastError().text();
                });
                return success();
            },
            u"tester"_s);
    QVERIFY2(editedMeanwhile, qPrintable(why));
    QVERIFY(done.ok());
    QCOMPARE(storedPasswords().size(), 4);
    QSqlQuery query(connection);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM person WHERE email = 'new@nordby.no'"_s) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// While the files are written, someone gives one of these people a password: the files hold
// another, so none of the generated passwords is stored, and the message says to do it again.
void TestDistribute::aPasswordGivenMeanwhileStoresNone()
{
    QSqlDatabase connection = db();
    QString before;
    const auto refused = InitialPasswords::distribute(
            connection, {}, {},
            [&](const QList<Recipient> &recipients) -> Status {
                Testing::withConnection(m_location, [&](QSqlDatabase &other) {
                    QSqlQuery query(other);
                    query.prepare(u"UPDATE person SET password = 'Given-By-Hand-1' WHERE id = ?"_s);
                    query.addBindValue(recipients.last().person.id);
                    QVERIFY(query.exec());
                });
                before = Testing::dumpTables(connection);
                return success();
            },
            u"tester"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.error().message.contains(u"Do it again."_s),
             qPrintable(refused.error().message));
    QCOMPARE(Testing::dumpTables(connection), before);
    QCOMPARE(storedPasswords(), QStringList{u"Given-By-Hand-1"_s});
}

void TestDistribute::forgetPasswordsClearsTheAudience()
{
    QVERIFY(distribute(Entry::Export, m_dir.filePath(u"forget"_s)).ok());
    QCOMPARE(storedPasswords().size(), 4);
    Audience learners;
    learners.profile = u"learner"_s;
    QSqlDatabase connection = db();
    const auto forgotten = Distribute::forgetPasswords(connection, learners, u"tester"_s);
    QVERIFY(forgotten.ok());
    QCOMPARE(forgotten->passwords, 2);
    QCOMPARE(storedPasswords().size(), 2);
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestDistribute)
#include "tst_distribute.moc"

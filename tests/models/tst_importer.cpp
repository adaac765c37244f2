// The import engine fed with records directly: the rules of DESIGN §3 without a file reader.
#include "db/database.h"
#include "import/importer.h"
#include "import/importhistory.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// "a,b,c" lines without quotes: enough for these tests' data.
struct Rows
{
    QStringList headers;
    QList<QStringList> records;
};

Rows rows(const QString &text)
{
    Rows result;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    result.headers = lines.first().split(u',');
    for (qsizetype i = 1; i < lines.size(); ++i)
        result.records.append(lines.at(i).split(u','));
    return result;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void learnersAreCreated();
    void sameFileTwiceChangesNothing();
    void changedNameIsAnUpdateAndUndoRestoresIt();
    void parentsOnSeveralRowsAreOnePersonWithLinks();
    void unknownChildIsAnErrorAndNothingIsWritten();
    void skipErrorsImportsTheGoodRows();
    void duplicateUserNameInFileIsAnErrorOnBothRows();
    void clashWithDatabaseIsAnError();
    void requiredFieldsAndEmailAreChecked();
    void identityThatBeginsLikeAFormulaIsRefused_data();
    void identityThatBeginsLikeAFormulaIsRefused();
    void freeTextThatBeginsLikeAFormulaIsImported();
    void parentLoginOffRefusesParents();
    void dryRunWritesNothing();
    void addOnlyAndUpdateOnly();
    void undoRefusesWhenALaterImportBuildsOnIt();
    void undoKeepsALinkALaterImportRepeated();
    void undoRefusesAPersonALaterImportMatched();
    void undoOfAnImportTwiceIsRefused();
    void fillPasswordsGeneratesThem();

private:
    // The report; a failure to run at all fails the test and gives an empty report.
    ImportReport import(const QString &text, ImportPlan plan = {});
    QString dump() const;
    qint64 count(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<Database> m_database;
};

void TestImporter::init()
{
    static int n = 0;
    m_address = Testing::newDatabase(m_dir.filePath(u"import-%1.sqlite"_s.arg(++n)));
    auto opened = Database::open(m_address);
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"true"_s, u"test"_s)
                    .ok());
}

void TestImporter::cleanup()
{
    m_database.reset();
}

ImportReport TestImporter::import(const QString &text, ImportPlan plan)
{
    const auto fail = [](const Error &error) {
        QTest::qFail(qPrintable(error.message), __FILE__, __LINE__);
        return ImportReport();
    };
    if (plan.filePath.isEmpty())
        plan.filePath = u"test.csv"_s;
    plan.backupsKept = 0;
    const Rows data = rows(text);
    Importer importer(m_database->connection(), plan);
    if (auto started = importer.start(data.headers); !started)
        return fail(started.error());
    qint64 line = 1;
    for (const QStringList &record : data.records) {
        if (auto added = importer.addRecord(++line, record); !added)
            return fail(added.error());
    }
    auto report = importer.finish(u"checksum"_s);
    return report ? report.value() : fail(report.error());
}

QString TestImporter::dump() const
{
    QString text;
    QSqlQuery q(m_database->connection());
    q.exec(u"SELECT id, internal_id, sync_key, username, first_name, last_name, email, "
           u"password, profile FROM person ORDER BY id"_s);
    while (q.next()) {
        for (int i = 0; i < 9; ++i)
            text += q.value(i).toString() + u'|';
        text += u'\n';
    }
    q.exec(u"SELECT parent_id, learner_id FROM parent_link ORDER BY 1, 2"_s);
    while (q.next())
        text += u"link %1-%2\n"_s.arg(q.value(0).toString(), q.value(1).toString());
    return text;
}

qint64 TestImporter::count(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const QString seedA = u"SyncID,User name,First name,Last name,ChildID\n"
                      u"1,son1,Jim,Dickinson,\n"
                      u"2,son2,Johnny,Dean,\n"_s;

ImportPlan parentPlan()
{
    ImportPlan plan;
    plan.profile = Profile::Parent;
    plan.syncField = u"ChildID"_s;
    plan.matchField = MatchField::SyncKey;
    return plan;
}

void TestImporter::learnersAreCreated()
{
    const auto report = import(seedA);
    QVERIFY(report.committed);
    QVERIFY(report.batchId > 0);
    QCOMPARE(report.counts.rows, 2);
    QCOMPARE(report.counts.created, 2);
    QCOMPARE(report.counts.errors, 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner' AND sync_key IN "
                   u"('1', '2')"_s),
             2);
    // The empty ChildID column of a learner file is simply not imported.
    QVERIFY(std::any_of(report.warnings.cbegin(), report.warnings.cend(),
                        [](const ImportProblem &p) { return p.column == u"ChildID"_s; }));
}

void TestImporter::sameFileTwiceChangesNothing()
{
    QVERIFY(import(seedA).committed);
    const QString before = dump();
    const auto again = import(seedA);
    QVERIFY(again.committed);
    QCOMPARE(again.counts.created, 0);
    QCOMPARE(again.counts.updated, 0);
    QCOMPARE(again.counts.unchanged, 2);
    QCOMPARE(dump(), before);
}

void TestImporter::changedNameIsAnUpdateAndUndoRestoresIt()
{
    QVERIFY(import(seedA).committed);
    const QString before = dump();
    const auto changed = import(u"SyncID,User name,First name,Last name\n"
                                u"1,son1,James,Dickinson\n"_s);
    QCOMPARE(changed.counts.updated, 1);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE first_name = 'James'"_s), 1);
    ImportHistory history(m_database->connection());
    const auto undone = history.undo(changed.batchId, u"test"_s);
    QVERIFY2(undone.ok(), qPrintable(undone ? QString() : undone.error().message));
    QCOMPARE(dump(), before);
    QVERIFY(history.batch(changed.batchId)->isUndone());
    QVERIFY(!history.undo(changed.batchId, u"test"_s).ok()); // not twice
}

void TestImporter::parentsOnSeveralRowsAreOnePersonWithLinks()
{
    QVERIFY(import(seedA).committed);
    const auto report = import(u"SyncID,User name,First name,Last name,ChildID\n"
                               u"222,mom,Elizabeth,Dickinson,1\n"
                               u"333,dad,Robert,Dickinson,1\n"
                               u"222,mom,Elizabeth,Dickinson,2\n"
                               u"333,dad,Robert,Dickinson,2\n"_s,
                               parentPlan());
    QVERIFY2(report.committed, qPrintable(report.errors.value(0).message));
    QCOMPARE(report.counts.created, 2);
    QCOMPARE(report.counts.links, 4);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 4);
}

void TestImporter::unknownChildIsAnErrorAndNothingIsWritten()
{
    QVERIFY(import(seedA).committed);
    const QString before = dump();
    const auto report = import(u"SyncID,User name,First name,Last name,ChildID\n"
                               u"222,mom,Elizabeth,Dickinson,1\n"
                               u"444,gran,Mary,Dickinson,99\n"_s,
                               parentPlan());
    QVERIFY(!report.committed);
    QCOMPARE(report.errors.size(), 1);
    const ImportProblem &problem = report.errors.first();
    QCOMPARE(problem.line, 3);
    QCOMPARE(problem.column, u"ChildID"_s);
    QCOMPARE(problem.code, ProblemCode::UnknownChild);
    QVERIFY2(problem.message.contains(u"No learner has synchronisation key 99"_s),
             qPrintable(problem.message));
    QVERIFY(problem.message.contains(u"Import the children first"_s));
    QCOMPARE(dump(), before);
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 1);
}

void TestImporter::skipErrorsImportsTheGoodRows()
{
    QVERIFY(import(seedA).committed);
    ImportPlan plan = parentPlan();
    plan.skipErrors = true;
    const auto report = import(u"SyncID,User name,First name,Last name,ChildID\n"
                               u"222,mom,Elizabeth,Dickinson,1\n"
                               u"444,gran,Mary,Dickinson,99\n"_s,
                               plan);
    QVERIFY(report.committed);
    QCOMPARE(report.counts.created, 1);
    QCOMPARE(report.counts.links, 1);
    QCOMPARE(report.counts.errors, 1);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username = 'gran'"_s), 0);
}

void TestImporter::duplicateUserNameInFileIsAnErrorOnBothRows()
{
    const auto report = import(u"SyncID,User name,First name,Last name\n"
                               u"1,son1,Jim,Dickinson\n"
                               u"3,son1,Jimmy,Dickens\n"_s);
    QVERIFY(!report.committed);
    QList<qint64> lines;
    for (const ImportProblem &p : report.errors) {
        if (p.code == ProblemCode::DuplicateInFile && p.column == u"User name"_s)
            lines.append(p.line);
    }
    QCOMPARE(lines, QList<qint64>({2, 3}));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
}

void TestImporter::clashWithDatabaseIsAnError()
{
    QVERIFY(import(seedA).committed);
    const QString before = dump();
    // Sync key 2 belongs to son2, but the row calls it son1 — son1 is someone else.
    const auto report = import(u"SyncID,User name,First name,Last name\n"
                               u"2,son1,Johnny,Dean\n"_s);
    QVERIFY(!report.committed);
    QCOMPARE(report.errors.value(0).code, ProblemCode::ClashWithDatabase);
    QCOMPARE(dump(), before);
}

void TestImporter::requiredFieldsAndEmailAreChecked()
{
    const auto report = import(u"SyncID,User name,First name,Last name,E-mail\n"
                               u"1,,Jim,Dickinson,\n"
                               u"2,son2,,Dean,\n"
                               u"5,kid5,Kid,Five,not-an-address\n"_s);
    QVERIFY(!report.committed);
    QCOMPARE(report.errors.size(), 3);
    QCOMPARE(report.errors.at(0).line, 2);
    QCOMPARE(report.errors.at(0).column, u"User name"_s);
    QCOMPARE(report.errors.at(1).line, 3);
    QCOMPARE(report.errors.at(1).column, u"First name"_s);
    QCOMPARE(report.errors.at(2).code, ProblemCode::InvalidEmail);
    QVERIFY(report.errors.at(2).message.contains(u"“not-an-address” is not an e-mail address"_s));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
}

// The export writes these exactly (a leading ' would change what the platform gets), so the import
// refuses them: nothing is written, and the problem names the line and the column.
void TestImporter::identityThatBeginsLikeAFormulaIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asParents");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    const QString header =
            u"SyncID,User name,First name,Last name,Password,Internal ID,ChildID\n"_s;
    const QString good = u"7,kid7,Kid,Seven,Secret-7,P7,\n"_s;
    const auto why = [](const QString &words, const QString &first) {
        return u"The %1 may not begin with “%2”: a spreadsheet would read it as a formula, and "
               u"the platform would get another value. Change its first character."_s.arg(words,
                                                                                          first);
    };
    QTest::newRow("user name") << header + good + u"8,-ola,Ola,Eight,Secret-8,P8,\n"_s << false
                               << u"User name"_s << why(u"user name"_s, u"-"_s);
    QTest::newRow("password") << header + good + u"8,ola,Ola,Eight,-x7Kp,P8,\n"_s << false
                              << u"Password"_s << why(u"password"_s, u"-"_s);
    QTest::newRow("synchronisation key")
            << header + good + u"+47,ola,Ola,Eight,Secret-8,P8,\n"_s << false << u"SyncID"_s
            << why(u"synchronisation key"_s, u"+"_s);
    QTest::newRow("internal ID") << header + good + u"8,ola,Ola,Eight,Secret-8,=1+1,\n"_s << false
                                 << u"Internal ID"_s << why(u"Internal person ID"_s, u"="_s);
    QTest::newRow("child reference")
            << header + u"222,mom,Elizabeth,Dickinson,Secret-2,M2,1\n"_s +
                       u"333,dad,Robert,Dickinson,Secret-3,M3,@1\n"_s
            << true << u"ChildID"_s << why(u"child's synchronisation key"_s, u"@"_s);
}

void TestImporter::identityThatBeginsLikeAFormulaIsRefused()
{
    QFETCH(QString, text);
    QFETCH(bool, asParents);
    QFETCH(QString, column);
    QFETCH(QString, message);
    QVERIFY(import(seedA).committed);
    const QString before = dump();
    const qint64 batches = count(u"SELECT count(*) FROM import_batch"_s);
    const auto report = import(text, asParents ? parentPlan() : ImportPlan());
    QVERIFY(!report.committed);
    QCOMPARE(report.errors.size(), 1);
    const ImportProblem &problem = report.errors.first();
    QCOMPARE(problem.code, ProblemCode::StartsLikeFormula);
    QCOMPARE(problemCodeKey(problem.code), u"starts-like-formula"_s);
    QCOMPARE(problem.describe(report.fileName),
             u"test.csv, line 3, column “%1”: %2"_s.arg(column, message));
    QCOMPARE(dump(), before);
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), batches);
}

// Names and e-mail addresses are free text: taken as they are, and neutralised on export.
void TestImporter::freeTextThatBeginsLikeAFormulaIsImported()
{
    const auto report = import(u"SyncID,User name,First name,Last name,E-mail\n"
                               u"1,son1,=SUM(A1),-Dickinson,+son1@skole.example\n"_s);
    QVERIFY2(report.committed, qPrintable(report.errors.value(0).message));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE first_name = '=SUM(A1)' AND "
                   u"last_name = '-Dickinson' AND email = '+son1@skole.example'"_s),
             1);
}

void TestImporter::parentLoginOffRefusesParents()
{
    QVERIFY(import(seedA).committed);
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"false"_s, u"test"_s)
                    .ok());
    const auto report = import(u"SyncID,User name,First name,Last name,ChildID\n"
                               u"222,mom,Elizabeth,Dickinson,1\n"_s,
                               parentPlan());
    QVERIFY(!report.committed);
    QCOMPARE(report.errors.value(0).code, ProblemCode::ParentLoginOff);
    QVERIFY(report.errors.value(0).message.contains(u"Enable parent login"_s));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), 0);
}

void TestImporter::dryRunWritesNothing()
{
    QVERIFY(import(seedA).committed);
    const QString before = dump();
    ImportPlan plan = parentPlan();
    plan.dryRun = true;
    const auto report = import(u"SyncID,User name,First name,Last name,ChildID\n"
                               u"222,mom,Elizabeth,Dickinson,1\n"
                               u"222,mom,Elizabeth,Dickinson,2\n"_s,
                               plan);
    QVERIFY(!report.committed);
    QCOMPARE(report.batchId, -1);
    QCOMPARE(report.counts.created, 1);
    QCOMPARE(report.counts.links, 2);
    QCOMPARE(dump(), before);
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 1);
}

void TestImporter::addOnlyAndUpdateOnly()
{
    QVERIFY(import(seedA).committed);
    const QString changed = u"SyncID,User name,First name,Last name\n"
                            u"1,son1,James,Dickinson\n"
                            u"9,son9,New,Person\n"_s;
    ImportPlan add;
    add.mode = ImportMode::Add;
    const auto added = import(changed, add);
    QCOMPARE(added.counts.created, 1);
    QCOMPARE(added.counts.updated, 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE first_name = 'Jim'"_s), 1);

    ImportPlan update;
    update.mode = ImportMode::Update;
    const auto updated = import(u"SyncID,User name,First name,Last name\n"
                                u"1,son1,James,Dickinson\n"
                                u"10,son10,Newer,Person\n"_s,
                                update);
    QCOMPARE(updated.counts.created, 0);
    QCOMPARE(updated.counts.updated, 1);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username = 'son10'"_s), 0);
}

void TestImporter::undoRefusesWhenALaterImportBuildsOnIt()
{
    const auto learners = import(seedA);
    QVERIFY(learners.committed);
    QVERIFY(import(u"SyncID,User name,First name,Last name,ChildID\n"
                   u"222,mom,Elizabeth,Dickinson,1\n"_s,
                   parentPlan())
                    .committed);
    ImportHistory history(m_database->connection());
    const QString before = dump();
    const auto refused = history.undo(learners.batchId, u"test"_s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"son1"_s), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"later import"_s));
    QCOMPARE(dump(), before);
}

void TestImporter::undoKeepsALinkALaterImportRepeated()
{
    QVERIFY(import(seedA).committed);
    // mom exists before the imports that link her to son1.
    QVERIFY(import(u"SyncID,User name,First name,Last name,ChildID\n"
                   u"222,mom,Elizabeth,Dickinson,2\n"_s,
                   parentPlan())
                    .committed);
    const QString withMom = dump();
    const QString file = u"SyncID,User name,First name,Last name,ChildID\n"
                         u"222,mom,Elizabeth,Dickinson,1\n"
                         u"222,mom,Elizabeth,Dickinson,2\n"_s;
    const auto first = import(file, parentPlan());
    QCOMPARE(first.counts.links, 1);
    const QString linked = dump();
    const auto second = import(file, parentPlan());
    QCOMPARE(second.counts.links, 0);
    QCOMPARE(dump(), linked);

    // The later file made the link too: undoing the first keeps it, for the second.
    ImportHistory history(m_database->connection());
    const auto undone = history.undo(first.batchId, u"test"_s);
    QVERIFY2(undone.ok(), qPrintable(undone ? QString() : undone.error().message));
    QCOMPARE(dump(), linked);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link WHERE batch_id = %1"_s.arg(second.batchId)),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM audit WHERE action = 'undo-import' AND detail LIKE "
                   u"'%links_kept%'"_s),
             1);
    // Undoing the second then takes it away: as if neither had run.
    const auto again = history.undo(second.batchId, u"test"_s);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
    QCOMPARE(dump(), withMom);
}

void TestImporter::undoRefusesAPersonALaterImportMatched()
{
    const QString empty = dump();
    const auto first = import(seedA);
    QVERIFY(first.committed);
    const auto second = import(seedA); // matches both, unchanged
    QVERIFY(second.committed);
    QCOMPARE(second.counts.unchanged, 2);
    const QString both = dump();

    ImportHistory history(m_database->connection());
    const auto refused = history.undo(first.batchId, u"test"_s);
    QVERIFY(!refused.ok());
    const QString message = refused.error().message;
    QVERIFY2(message.contains(
                     u"“son1” was matched by the later import %1. Undo that one first."_s.arg(
                             second.batchId)),
             qPrintable(message));
    QVERIFY2(message.contains(u"“son2”"_s), qPrintable(message));
    QCOMPARE(dump(), both);
    QVERIFY(!history.batch(first.batchId)->isUndone());

    // The later one first, then the earlier: back to nothing, exactly.
    const auto later = history.undo(second.batchId, u"test"_s);
    QVERIFY2(later.ok(), qPrintable(later ? QString() : later.error().message));
    QCOMPARE(dump(), both);
    const auto earlier = history.undo(first.batchId, u"test"_s);
    QVERIFY2(earlier.ok(), qPrintable(earlier ? QString() : earlier.error().message));
    QCOMPARE(dump(), empty);
}

void TestImporter::undoOfAnImportTwiceIsRefused()
{
    const auto made = import(seedA);
    QVERIFY(made.committed);
    const auto changed = import(u"SyncID,User name,First name,Last name\n"
                                u"1,son1,James,Dickinson\n"_s);
    QVERIFY(changed.committed);
    const QString after = dump();

    // Two administrators undo the same import at the same moment, each on a connection of
    // their own, while a third holds the import lock: the one who waits is refused once the
    // other's undo is done.
    auto second = Database::open(m_address);
    QVERIFY(second.ok());
    auto holder = Database::open(m_address);
    QVERIFY(holder.ok());
    QSqlDatabase held = holder.value()->connection();
    QVERIFY(Database::beginSerialised(held).ok());
    ImportHistory first(m_database->connection());
    ImportHistory other(second.value()->connection());
    std::optional<Status> firstUndo;
    Database::Wait wait;
    wait.waiting = [&](const QString &) {
        QSqlQuery(held).exec(u"ROLLBACK"_s);
        firstUndo = first.undo(changed.batchId, u"first"_s);
    };
    const auto late = other.undo(changed.batchId, u"other"_s, wait);
    QVERIFY(firstUndo.has_value());
    QVERIFY2(firstUndo->ok(), qPrintable(*firstUndo ? QString() : firstUndo->error().message));
    QVERIFY(!late.ok());
    QVERIFY2(late.error().message.contains(u"was already undone"_s),
             qPrintable(late.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM audit WHERE action = 'undo-import'"_s), 1);

    // And one after the other.
    const auto again = first.undo(changed.batchId, u"first"_s);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(
                     u"Import %1 (test.csv) was already undone"_s.arg(changed.batchId)),
             qPrintable(again.error().message));
    QVERIFY(dump() != after);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE first_name = 'Jim'"_s), 1);
}

void TestImporter::fillPasswordsGeneratesThem()
{
    ImportPlan plan;
    plan.fillPasswords = true;
    QVERIFY(import(seedA, plan).committed);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE length(password) = 12"_s), 2);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestImporter)
#include "tst_importer.moc"

// Whole imports of the files administrators bring (tests/fixtures, from ../shared/fixtures):
// every flow of the fixtures' README, with its people, links and messages.
#include "db/audit.h"
#include "db/database.h"
#include "import/importhistory.h"
#include "import/importrun.h"
#include "people/personstore.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestImportRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void seedChildren();
    void seedParentsOneChild();
    void seedParentsInTwoFilesAreUpdatedNotDuplicated();
    void combinedFileGivesTheSameDatabaseAsTheSplitFiles();
    void pupilSyncKeyKeepsPasswords();
    void everyEncodingGivesTheSameRows_data();
    void everyEncodingGivesTheSameRows();
    void parentsByUserName();
    void sameFileTwiceChangesNothing();
    void undoRestoresExactly();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void hostileRowIsRefusedAndTheOtherImportsWithSkipErrors();
    void userNameThatBeginsLikeAFormulaIsRefusedAndChangesNothing();
    void rejectedRowsCanBeFixedAndImportedAgain();
    void reportHasTheDesignedShape();
    void problemListKeepsTheFirstOfEachCodeAndReadsBackEveryOne();
    void fileFullOfProblemsKeepsABoundedListAndReportsEveryOne();
    void backupsAreMadeAndTheLastFiveKept();
    void theConnectionsCacheIsGivenBack();
    void importsAndUndoKeepEachPersonsVersion();
    void undoRefusesAfterAChangeFromAnotherConnection();
    void twoImportsAtOnceTakeTurnsAndBothLand();
    void editSavedDuringAnImportIsRefusedNotLost();

private:
    ImportReport import(const QString &fixture, ImportPlan plan = {});
    ImportPlan parents(const QString &syncField = u"ChildID"_s,
                       MatchField match = MatchField::SyncKey) const;
    QString dump() const;
    QStringList links() const;
    // Each row of `sql` as its values joined by |.
    QStringList rows(const QString &sql) const;
    QString fixture(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QString TestImportRun::fixture(const QString &name) const
{
    return QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(name);
}

void TestImportRun::init()
{
    static int n = 0;
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"run-%1/rollbook.sqlite"_s.arg(++n))));
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"true"_s, u"test"_s)
                    .ok());
}

void TestImportRun::cleanup()
{
    m_database.reset();
}

ImportReport TestImportRun::import(const QString &name, ImportPlan plan)
{
    plan.filePath = fixture(name);
    if (plan.backupsKept == 5)
        plan.backupsKept = 0; // tests of backups ask for them
    auto report = runImport(m_database->connection(), plan);
    if (!report) {
        QTest::qFail(qPrintable(report.error().message), __FILE__, __LINE__);
        return {};
    }
    return report.value();
}

ImportPlan TestImportRun::parents(const QString &syncField, MatchField match) const
{
    ImportPlan plan;
    plan.profile = Profile::Parent;
    plan.syncField = syncField;
    plan.matchField = match;
    return plan;
}

// Every table, every row: what "the database as it was" means.
QString TestImportRun::dump() const
{
    return Testing::dumpTables(m_database->connection());
}

QStringList TestImportRun::rows(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    q.exec(sql);
    QStringList result;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i).toString());
        result.append(row.join(u'|'));
    }
    return result;
}

QStringList TestImportRun::links() const
{
    QSqlQuery q(m_database->connection());
    q.exec(u"SELECT p.username || ' -> ' || l.username FROM parent_link k "
           u"JOIN person p ON p.id = k.parent_id JOIN person l ON l.id = k.learner_id "
           u"ORDER BY 1"_s);
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

void TestImportRun::seedChildren()
{
    const ImportReport report = import(u"seed-a-children.csv"_s);
    QVERIFY(report.committed);
    QCOMPARE(report.counts.created, 2);
    QSqlQuery q(m_database->connection());
    q.exec(u"SELECT sync_key, username, profile FROM person ORDER BY sync_key"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"1"_s);
    QCOMPARE(q.value(2).toString(), u"learner"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"2"_s);
    QVERIFY(!q.next());
}

void TestImportRun::seedParentsOneChild()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    const ImportReport report = import(u"seed-b-parents-one-child.csv"_s, parents());
    QVERIFY(report.committed);
    QCOMPARE(report.counts.created, 2);
    QCOMPARE(links(), QStringList({u"dad -> son1"_s, u"mom -> son1"_s}));
}

void TestImportRun::seedParentsInTwoFilesAreUpdatedNotDuplicated()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    QVERIFY(import(u"seed-c-parents-child-1.csv"_s, parents()).committed);
    const ImportReport second = import(u"seed-c-parents-child-2.csv"_s, parents());
    QVERIFY(second.committed);
    QCOMPARE(second.counts.created, 0);
    QCOMPARE(second.counts.unchanged, 2);
    QCOMPARE(second.counts.links, 2);
    QCOMPARE(links(),
             QStringList({u"dad -> son1"_s, u"dad -> son2"_s, u"mom -> son1"_s, u"mom -> son2"_s}));
    QSqlQuery q(m_database->connection());
    q.exec(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestImportRun::combinedFileGivesTheSameDatabaseAsTheSplitFiles()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    QVERIFY(import(u"seed-c-parents-child-1.csv"_s, parents()).committed);
    QVERIFY(import(u"seed-c-parents-child-2.csv"_s, parents()).committed);
    const QStringList split = links();
    const auto people = [this] {
        return rows(u"SELECT username, first_name, last_name, sync_key, profile FROM person "
                    u"ORDER BY username"_s);
    };
    const QStringList splitPeople = people();

    cleanup();
    init();
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    const ImportReport combined = import(u"parents-combined.csv"_s, parents());
    QVERIFY(combined.committed);
    QCOMPARE(combined.counts.created, 2);
    QCOMPARE(combined.counts.links, 4);
    QCOMPARE(links(), split);
    QCOMPARE(people(), splitPeople);
}

void TestImportRun::pupilSyncKeyKeepsPasswords()
{
    QVERIFY(import(u"seed-pupils-rgb.csv"_s).committed);
    const ImportReport report =
            import(u"seed-parents-pupil-sync-key.csv"_s, parents(u"Pupil sync key"_s));
    QVERIFY(report.committed);
    QCOMPARE(links(),
             QStringList({u"martharcher -> annaarcher"_s, u"peterjohnson -> tomjohnson"_s}));
    QSqlQuery q(m_database->connection());
    q.exec(u"SELECT password FROM person WHERE username = 'martharcher'"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"43fdjD56F"_s);
    // The child's key is not the parent's own synchronisation key.
    q.exec(u"SELECT sync_key FROM person WHERE username = 'martharcher'"_s);
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
}

void TestImportRun::everyEncodingGivesTheSameRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("utf-8") << u"learners-utf8.csv"_s;
    QTest::newRow("utf-8 bom semicolon") << u"learners-excel-utf8-bom-semicolon.csv"_s;
    QTest::newRow("windows-1252") << u"learners-excel-windows1252-semicolon.csv"_s;
    QTest::newRow("utf-16 le tab") << u"learners-excel-utf16le-tab.csv"_s;
    QTest::newRow("norwegian headers") << u"learners-norwegian-headers.csv"_s;
}

void TestImportRun::everyEncodingGivesTheSameRows()
{
    QFETCH(QString, file);
    const ImportReport report = import(file);
    QVERIFY(report.committed);
    QCOMPARE(report.counts.created, 4);
    QCOMPARE(rows(u"SELECT sync_key, username, first_name, last_name, coalesce(email, '') "
                  u"FROM person ORDER BY sync_key"_s),
             QStringList({u"L100|aase.berg|Åse|Berg|aase.berg@skole.example"_s,
                          u"L101|oystein.haugen|Øystein|Haugen|oystein@skole.example"_s,
                          u"L102|bjorn.naess|Bjørn|Næss|"_s,
                          u"L103|zoe.dubois|Zoë|Dubois-Lefèvre|zoe@skole.example"_s}));
}

void TestImportRun::parentsByUserName()
{
    QVERIFY(import(u"learners-norwegian-headers.csv"_s).committed);
    const ImportReport report = import(u"parents-by-username.csv"_s,
                                       parents(u"Barnets brukernavn"_s, MatchField::Username));
    QVERIFY(report.committed);
    QCOMPARE(report.counts.created, 2);
    QCOMPARE(links(), QStringList({u"kari.berg -> aase.berg"_s, u"ola.haugen -> bjorn.naess"_s,
                                   u"ola.haugen -> oystein.haugen"_s}));
}

void TestImportRun::sameFileTwiceChangesNothing()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    QVERIFY(import(u"parents-combined.csv"_s, parents()).committed);
    QSqlQuery q(m_database->connection());
    const auto people = [&q] {
        q.exec(u"SELECT id, username, first_name, last_name, sync_key, updated_at FROM person "
               u"ORDER BY id"_s);
        QStringList rows;
        while (q.next())
            rows.append(q.value(1).toString() + q.value(5).toString());
        return rows;
    };
    const QStringList before = people();
    const QStringList linksBefore = links();
    const ImportReport again = import(u"parents-combined.csv"_s, parents());
    QVERIFY(again.committed);
    QCOMPARE(again.counts.created, 0);
    QCOMPARE(again.counts.updated, 0);
    QCOMPARE(again.counts.unchanged, 2);
    QCOMPARE(again.counts.links, 0);
    QCOMPARE(people(), before);
    QCOMPARE(links(), linksBefore);
}

void TestImportRun::undoRestoresExactly()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    QVERIFY(import(u"seed-b-parents-one-child.csv"_s, parents()).committed);
    const auto peopleAndLinks = [this] {
        return rows(u"SELECT id, internal_id, sync_key, username, first_name, last_name, email, "
                    u"password, profile, created_at, updated_at, batch_id FROM person "
                    u"ORDER BY id"_s) +
               links();
    };
    const QStringList before = peopleAndLinks();
    const ImportReport second = import(u"seed-c-parents-child-2.csv"_s, parents());
    QVERIFY(second.committed);
    QVERIFY(peopleAndLinks() != before);
    QVERIFY(ImportHistory(m_database->connection()).undo(second.batchId, u"test"_s).ok());
    QCOMPARE(peopleAndLinks(), before);
}

void TestImportRun::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("asParents");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");

    QTest::newRow("unknown child")
            << u"bad-unknown-child.csv"_s << true << qint64(3) << u"ChildID"_s << u"unknown-child"_s
            << u"No learner has synchronisation key 99"_s;
    QTest::newRow("duplicate user name")
            << u"bad-duplicate-username.csv"_s << false << qint64(2) << u"User name"_s
            << u"duplicate-in-file"_s << u"“son1” is used by two different people"_s;
    QTest::newRow("missing user name")
            << u"bad-missing-required.csv"_s << false << qint64(2) << u"User name"_s
            << u"missing-value"_s << u"user name is missing"_s;
    QTest::newRow("not an e-mail")
            << u"bad-email.csv"_s << false << qint64(2) << u"E-mail"_s << u"invalid-email"_s
            << u"“not-an-address” is not an e-mail address"_s;
    QTest::newRow("unclosed quote") << u"bad-unbalanced-quote.csv"_s << false << qint64(2)
                                    << u"First name"_s << u"malformed-row"_s << u"never closed"_s;
    QTest::newRow("ragged rows") << u"bad-ragged-rows.csv"_s << false << qint64(2) << QString()
                                 << u"malformed-row"_s << u"3 fields"_s;
    QTest::newRow("empty") << u"bad-empty.csv"_s << false << qint64(0) << QString() << u"no-users"_s
                           << u"holds no users"_s;
    QTest::newRow("header only") << u"bad-header-only.csv"_s << false << qint64(0) << QString()
                                 << u"no-users"_s << u"holds no users"_s;
    QTest::newRow("binary") << u"bad-binary.csv"_s << false << qint64(0) << QString()
                            << u"unreadable-file"_s << u"not a text file"_s;
    QTest::newRow("long field") << u"bad-long-field.csv"_s << false << qint64(2) << u"First name"_s
                                << u"too-long"_s << u"1,000"_s;
    QTest::newRow("line break in a name")
            << u"hostile-formula-and-newline.csv"_s << false << qint64(3) << u"First name"_s
            << u"control-character"_s << u"cannot contain a line break"_s;
}

void TestImportRun::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(bool, asParents);
    QFETCH(qint64, line);
    QFETCH(QString, column);
    QFETCH(QString, code);
    QFETCH(QString, words);

    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    const QString before = dump();
    const ImportReport report = import(file, asParents ? parents() : ImportPlan());
    QVERIFY(!report.committed);
    QVERIFY(report.hasErrors());
    const ImportProblem &first = report.errors.first();
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QCOMPARE(problemCodeKey(first.code), code);
    QVERIFY2(first.message.contains(words, Qt::CaseInsensitive), qPrintable(first.message));
    QCOMPARE(dump(), before);
}

void TestImportRun::hostileRowIsRefusedAndTheOtherImportsWithSkipErrors()
{
    ImportPlan plan;
    plan.skipErrors = true;
    const ImportReport report = import(u"hostile-formula-and-newline.csv"_s, plan);
    QVERIFY(report.committed);
    QCOMPARE(report.counts.created, 1);
    QCOMPARE(report.counts.errors, 1);
    QSqlQuery q(m_database->connection());
    q.exec(u"SELECT first_name, last_name FROM person"_s);
    QVERIFY(q.next());
    // Stored as given; the export neutralises it for spreadsheets.
    QCOMPARE(q.value(0).toString(), u"=HYPERLINK(\"http://x.example\")"_s);
    QCOMPARE(q.value(1).toString(), u"+Seven"_s);
    QVERIFY(!q.next());
}

// A user name the export would have to change (a leading ' against spreadsheet formulas) is
// refused: the platform must get exactly the user name the letter shows.
void TestImportRun::userNameThatBeginsLikeAFormulaIsRefusedAndChangesNothing()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    const QString before = dump();
    const QString path = m_dir.filePath(u"formula-user-name.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SyncID,User name,First name,Last name\r\n"
               "7,kid7,=SUM(A1),Seven\r\n"
               "8,-ola,Ola,Eight\r\n");
    file.close();
    const ImportReport report = import(path);
    QVERIFY(!report.committed);
    QCOMPARE(report.counts.errors, 1);
    QCOMPARE(report.errors.first().describe(report.fileName),
             u"formula-user-name.csv, line 3, column “User name”: The user name may not begin "
             u"with “-”: a spreadsheet would read it as a formula, and the platform would get "
             u"another value. Change its first character."_s);
    QCOMPARE(dump(), before);
}

void TestImportRun::rejectedRowsCanBeFixedAndImportedAgain()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    ImportPlan plan = parents();
    plan.filePath = fixture(u"bad-unknown-child.csv"_s);
    const auto run = runImport(m_database->connection(), plan);
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
    const ImportReport report = run.value();
    const QString rejected = m_dir.filePath(u"rejected.csv"_s);
    QVERIFY(writeRejectedRows(plan, report, rejected).ok());
    QFile file(rejected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(u"ChildID,Problem"_s));
    QVERIFY(lines.at(1).startsWith(u"444,gran,Mary,Dickinson,99,"_s));
    QVERIFY(lines.at(1).contains(u"No learner has synchronisation key 99"_s));
}

void TestImportRun::reportHasTheDesignedShape()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    ImportReport report = import(u"bad-unknown-child.csv"_s, parents());
    const QJsonObject json = QJsonDocument::fromJson(reportJson(report)).object();
    for (const char *key :
         {"batch", "rows", "created", "updated", "unchanged", "links", "errors", "warnings"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(u"rows"_s).toInt(), 2);
    const QJsonObject error = json.value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"line"_s).toInt(), 3);
    QCOMPARE(error.value(u"column"_s).toString(), u"ChildID"_s);
    QCOMPARE(error.value(u"code"_s).toString(), u"unknown-child"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"Import the children first"_s));
}

void TestImportRun::problemListKeepsTheFirstOfEachCodeAndReadsBackEveryOne()
{
    ProblemList list;
    const qint64 many = problemsShownPerCode + 500;
    // Found out of line order, as the checks find them: the odd lines, then the even ones.
    for (qint64 i = 0; i < many; ++i) {
        const qint64 line = 2 + (i < many / 2 ? 2 * i + 1 : 2 * (i - many / 2));
        list.append({line, u"E-mail"_s, ProblemCode::InvalidEmail, u"bad %1"_s.arg(line)});
    }
    list.append({5, {}, ProblemCode::TooLong, u"long"_s});
    QCOMPARE(list.size(), many + 1);
    QCOMPARE(list.shown().size(), problemsShownPerCode + 1); // the other code is shown too
    QCOMPARE(list.leftOut(), qint64(500));
    const ProblemList copy = list;
    list.append({1, {}, ProblemCode::TooLong, u"after the copy"_s});

    qint64 seen = 0;
    qint64 previous = 0;
    bool inOrder = true;
    bool intact = true;
    QVERIFY(ProblemList::forEach({copy}, [&](const ImportProblem &p) {
        ++seen;
        inOrder = inOrder && p.line >= previous;
        previous = p.line;
        if (p.code == ProblemCode::InvalidEmail)
            intact = intact && p.message == u"bad %1"_s.arg(p.line) && p.column == u"E-mail"_s;
    }));
    QCOMPARE(seen, many + 1); // not the one appended after the copy
    QVERIFY(inOrder);
    QVERIFY(intact);
    seen = 0;
    QVERIFY(ProblemList::forEach({list, copy}, [&](const ImportProblem &) { ++seen; }));
    QCOMPARE(seen, 2 * (many + 1) + 1);
}

void TestImportRun::fileFullOfProblemsKeepsABoundedListAndReportsEveryOne()
{
    // Every row of the second import has a problem: every third an error (an e-mail address
    // that is none), the others a warning ("not updated", add only), more than are shown.
    const qint64 rows = problemsShownPerCode * 3 / 2 + 300;
    const QString first = m_dir.filePath(u"many.csv"_s);
    const QString second = m_dir.filePath(u"many-again.csv"_s);
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
    a.write("SyncID,User name,First name,Last name,E-mail\n");
    b.write("SyncID,User name,First name,Last name,E-mail\n");
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        a.write("L" + n + ",learner" + n + ",Learner,Family" + n + ",learner" + n + "@x.example\n");
        b.write("L" + n + ",learner" + n + ",Learner,Family" + n + "," +
                (i % 3 == 0 ? QByteArray("not-an-address")
                            : QByteArray("learner" + n + "@x.example")) +
                "\n");
    }
    a.close();
    b.close();
    ImportPlan plan;
    plan.filePath = first;
    plan.backupsKept = 0;
    const auto seeded = runImport(m_database->connection(), plan);
    QVERIFY(seeded.ok() && seeded->committed);

    plan.filePath = second;
    plan.mode = ImportMode::Add;
    plan.dryRun = true;
    const auto run = runImport(m_database->connection(), plan);
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
    const ImportReport &report = run.value();
    const qint64 bad = (rows + 2) / 3;
    QCOMPARE(report.counts.rows, rows);
    QCOMPARE(report.counts.errors, bad);
    QCOMPARE(report.errors.size(), bad); // fewer than the bound: all shown
    QCOMPARE(report.errorsLeftOut, qint64(0));
    QCOMPARE(report.counts.warnings, rows - bad); // a row with an error is not also told
    QCOMPARE(report.counts.errors + report.counts.warnings, rows);
    QCOMPARE(report.warnings.size(), problemsShownPerCode);
    QCOMPARE(report.warningsLeftOut, report.counts.warnings - problemsShownPerCode);
    QVERIFY(std::is_sorted(
            report.warnings.cbegin(), report.warnings.cend(),
            [](const ImportProblem &x, const ImportProblem &y) { return x.line < y.line; }));

    // --report has every one.
    const QJsonObject json = QJsonDocument::fromJson(reportJson(report)).object();
    QCOMPARE(json.value(u"errors"_s).toArray().size(), bad);
    const QJsonArray warnings = json.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), report.counts.warnings);
    QSet<qint64> warned;
    for (const QJsonValue &warning : warnings) {
        QCOMPARE(warning[u"code"_s].toString(), u"not-updated"_s);
        warned.insert(warning[u"line"_s].toInteger());
    }
    QCOMPARE(warned.size(), report.counts.warnings);
    QVERIFY(warned.contains(rows + 1)); // the last line, well past the bound

    // The rejected rows: every row with a problem, here every row.
    const QString rejected = m_dir.filePath(u"many-rejected.csv"_s);
    QVERIFY(writeRejectedRows(plan, report, rejected).ok());
    QFile file(rejected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
            QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows + 1);
    QVERIFY(lines.last().startsWith(u"L%1,"_s.arg(rows - 1)));
}

// An import on SQLite takes a larger page cache for its writing (importer.cpp): the connection,
// which the window keeps using, has its own size back afterwards, committed or refused.
void TestImportRun::theConnectionsCacheIsGivenBack()
{
    if (Testing::onServer())
        QSKIP("SQLite's page cache; a server has its own buffers.");
    QSqlDatabase db = m_database->connection();
    QVERIFY(QSqlQuery(db).exec(u"PRAGMA main.cache_size = -1234"_s));
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    QCOMPARE(rows(u"PRAGMA main.cache_size"_s), QStringList{u"-1234"_s});

    ImportPlan plan = parents(u"NoSuchColumn"_s, MatchField::SyncKey);
    plan.filePath = fixture(u"seed-b-parents-one-child.csv"_s);
    const auto refused = runImport(db, plan);
    QVERIFY(!refused || !refused->committed);
    QCOMPARE(rows(u"PRAGMA main.cache_size"_s), QStringList{u"-1234"_s});
}

void TestImportRun::backupsAreMadeAndTheLastFiveKept()
{
    ImportPlan plan;
    plan.backupsKept = 5;
    plan.filePath = fixture(u"seed-a-children.csv"_s);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::AllEntries, QDir::Name);
    for (int i = 0; i < 7; ++i) {
        QVERIFY(runImport(m_database->connection(), plan)->committed);
        QTest::qWait(2); // distinct time stamps in the names
    }
    if (Testing::onServer()) {
        // The server's own backups apply: no copy is made, here or anywhere beside the test.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries, QDir::Name), filesBefore);
        QCOMPARE(rows(u"SELECT count(*) FROM import_batch"_s), QStringList{u"7"_s});
        return;
    }
    const QFileInfo database(m_database->path());
    const QStringList backups = database.dir().entryList({database.fileName() + u".backup-*"_s});
    QCOMPARE(backups.size(), 5);
    // A backup is a database Rollbook opens, holding what was there before the import.
    auto copy = Database::open(database.dir().filePath(backups.last()));
    QVERIFY(copy.ok());
    QSqlQuery q(copy.value()->connection());
    q.exec(u"SELECT count(*) FROM import_batch"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 6);
}

// Every import that changes a person adds one to its version and names who ran it; undoing it
// gives each person back the version they had, so that an editor opened before can still save.
void TestImportRun::importsAndUndoKeepEachPersonsVersion()
{
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    QCOMPARE(rows(u"SELECT version, updated_by FROM person WHERE username = 'son1'"_s),
             QStringList{u"1|"_s + Audit::currentActor()});

    const QString renamed = m_dir.filePath(u"renamed.csv"_s);
    QFile file(renamed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SyncID,User name,First name,Last name\n1,son1,James,Dickinson\n");
    file.close();
    ImportPlan plan;
    plan.filePath = renamed;
    plan.backupsKept = 0;
    const auto second = runImport(m_database->connection(), plan);
    QVERIFY(second.ok() && second.value().committed);
    QCOMPARE(second.value().counts.updated, 1);
    QCOMPARE(rows(u"SELECT first_name, version FROM person WHERE username = 'son1'"_s),
             QStringList{u"James|2"_s});
    QCOMPARE(rows(u"SELECT version FROM person WHERE username = 'son2'"_s), QStringList{u"1"_s});

    QVERIFY(ImportHistory(m_database->connection()).undo(second.value().batchId, u"test"_s).ok());
    QCOMPARE(rows(u"SELECT first_name, version FROM person WHERE username = 'son1'"_s),
             QStringList{u"Jim|1"_s});
}

// Another administrator's change, made on their own connection after the import, stops its
// undo, on a shared server as on a file; the database is left as it was.
void TestImportRun::undoRefusesAfterAChangeFromAnotherConnection()
{
    const ImportReport first = import(u"seed-a-children.csv"_s);
    QVERIFY(first.committed);
    {
        auto other = Database::open(m_database->path());
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
        QSqlQuery edit(other.value()->connection());
        edit.prepare(u"UPDATE person SET first_name = ?, version = version + 1, updated_by = ?, "
                     u"updated_at = ? WHERE username = ?"_s);
        edit.addBindValue(u"Jimmy"_s);
        edit.addBindValue(u"Kari Nordmann"_s);
        edit.addBindValue(u"2031-01-02T03:04:05Z"_s);
        edit.addBindValue(u"son1"_s);
        QVERIFY(edit.exec());
    }
    const QString before = dump();
    const Status undone = ImportHistory(m_database->connection()).undo(first.batchId, u"test"_s);
    QVERIFY(!undone.ok());
    QVERIFY2(undone.error().message.contains(u"“son1” was changed since, by Kari Nordmann"_s),
             qPrintable(undone.error().message));
    QCOMPARE(dump(), before);
}

// Two imports started at once on two connections: the second waits for the first (and says
// so), then checks against what the first wrote; both land, nothing is lost.
void TestImportRun::twoImportsAtOnceTakeTurnsAndBothLand()
{
    // Two files of 1,500 new learners each, and one row both name: whichever runs second
    // finds that learner already there and leaves it as the first made it.
    QStringList files;
    for (const QString &prefix : {u"a"_s, u"b"_s}) {
        files.append(m_dir.filePath(u"concurrent-%1.csv"_s.arg(prefix)));
        QFile file(files.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("User name,First name,Last name\nshared.one,Sam,Both\n");
        for (int i = 1; i <= 1500; ++i)
            file.write(u"%1.%2,First%2,Last%2\n"_s.arg(prefix).arg(i).toUtf8());
    }

    // This connection holds the turn first, so that both imports must wait for it.
    QSqlDatabase holder = m_database->connection();
    QVERIFY(Database::beginSerialised(holder).ok());

    const QString location = m_database->path();
    std::atomic<int> waiting{0};
    const auto importFile = [location, &waiting](const QString &path) {
        Database::Options options;
        options.create = false;
        auto db = Database::open(location, options);
        if (!db)
            return Result<ImportReport>(db.error());
        ImportPlan plan;
        plan.filePath = path;
        plan.backupsKept = 0;
        bool told = false;
        return runImport(db.value()->connection(), plan, [&](const ImportProgress &progress) {
            if (!progress.waiting.isEmpty() && !told) {
                told = true;
                ++waiting;
            }
        });
    };
    auto a = QtConcurrent::run(importFile, files.at(0));
    auto b = QtConcurrent::run(importFile, files.at(1));
    // SQLite tells after its busy timeout (5 s); a server at once.
    QTRY_COMPARE_WITH_TIMEOUT(waiting.load(), 2, 30000);
    QCOMPARE(rows(u"SELECT count(*) FROM person"_s), QStringList{u"0"_s});
    QVERIFY(holder.rollback());

    a.waitForFinished();
    b.waitForFinished();
    const auto ra = a.result();
    const auto rb = b.result();
    QVERIFY2(ra.ok(), qPrintable(ra.ok() ? QString() : ra.error().message));
    QVERIFY2(rb.ok(), qPrintable(rb.ok() ? QString() : rb.error().message));
    QVERIFY(ra.value().committed && rb.value().committed);
    QCOMPARE(ra.value().counts.created + rb.value().counts.created, 3001);
    QCOMPARE(ra.value().counts.unchanged + rb.value().counts.unchanged, 1);
    QVERIFY(ra.value().batchId != rb.value().batchId);
    QCOMPARE(rows(u"SELECT count(*) FROM person"_s), QStringList{u"3001"_s});
    QCOMPARE(rows(u"SELECT count(*) FROM person WHERE username LIKE 'a.%'"_s),
             QStringList{u"1500"_s});
    QCOMPARE(rows(u"SELECT count(*) FROM person WHERE username LIKE 'b.%'"_s),
             QStringList{u"1500"_s});
    QCOMPARE(rows(u"SELECT count(*) FROM import_batch WHERE committed_at IS NOT NULL"_s),
             QStringList{u"2"_s});
}

// On a server, another administrator saves a person while an import is changing them: the save
// waits for the import, and is then refused as changed (nothing of either is lost). The import is
// held halfway by a row this test has not committed: a learner with the user name the import
// adds next.
void TestImportRun::editSavedDuringAnImportIsRefusedNotLost()
{
    if (!Testing::onServer())
        QSKIP("On a file the import holds SQLite's only write lock from its first check to "
              "its commit, so no save can come in between.");
    QVERIFY(import(u"seed-a-children.csv"_s).committed);
    const QString location = m_database->path();

    // The editor opens son1 before the import.
    auto editorDatabase = Database::open(location);
    QVERIFY(editorDatabase.ok());
    const auto son1 = rows(u"SELECT id FROM person WHERE username = 'son1'"_s);
    QCOMPARE(son1.size(), 1);
    const auto opened =
            PersonStore(editorDatabase.value()->connection()).find(son1.at(0).toLongLong());
    QVERIFY(opened.ok() && opened.value());
    Person edited = *opened.value();
    edited.firstName = u"Jimbo"_s;

    // A row the import will need, not yet committed.
    auto blockerDatabase = Database::open(location);
    QVERIFY(blockerDatabase.ok());
    QSqlDatabase blocker = blockerDatabase.value()->connection();
    QVERIFY(blocker.transaction());
    QSqlQuery hold(blocker);
    QVERIFY(hold.exec(u"INSERT INTO person (username, profile, created_at, updated_at) "
                      u"VALUES ('newkid', 'learner', 'x', 'x')"_s));

    const QString file = m_dir.filePath(u"rename-and-add.csv"_s);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("SyncID,User name,First name,Last name\n1,son1,James,Dickinson\n9,newkid,New,Kid\n");
    csv.close();
    auto importing = QtConcurrent::run([location, file] {
        auto db = Database::open(location);
        if (!db)
            return Result<ImportReport>(db.error());
        ImportPlan plan;
        plan.filePath = file;
        plan.backupsKept = 0;
        return runImport(db.value()->connection(), plan);
    });
    // Until the import waits for the uncommitted row: it has changed son1 by then.
    const auto waitingOnALock = [this] {
        return rows(u"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    u"AND datname = current_database()"_s) != QStringList{u"0"_s};
    };
    QTRY_VERIFY_WITH_TIMEOUT(waitingOnALock(), 20000);

    auto saving = QtConcurrent::run([location, edited] {
        auto db = Database::open(location);
        if (!db)
            return Status(db.error());
        return PersonStore(db.value()->connection()).update(edited, u"Kari Nordmann"_s);
    });
    // The save waits for son1's row, which the import holds.
    QTRY_COMPARE_WITH_TIMEOUT(rows(u"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type "
                                   u"= 'Lock' AND datname = current_database()"_s),
                              QStringList{u"2"_s}, 20000);
    QVERIFY(!saving.isFinished());

    QVERIFY(blocker.rollback());
    importing.waitForFinished();
    saving.waitForFinished();
    const auto report = importing.result();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report.value().committed);
    const Status saved = saving.result();
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(u"was changed by "_s + Audit::currentActor()),
             qPrintable(saved.error().message));
    QCOMPARE(rows(u"SELECT first_name, version FROM person WHERE username = 'son1'"_s),
             QStringList{u"James|2"_s});
    QCOMPARE(rows(u"SELECT count(*) FROM audit WHERE action = 'edit'"_s), QStringList{u"0"_s});
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestImportRun)
#include "tst_importrun.moc"

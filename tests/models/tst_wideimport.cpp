// Files as student systems export them (issue 14): the Norwegian pair and the files with one row
// per learner and the guardians beside, in four languages, imported with no manual mapping:
// the profile, the columns, the child column and the matching field all come from the file.
#include "db/database.h"
#include "distribution/audience.h"
#include "distribution/batchexport.h"
#include "import/childmatch.h"
#include "import/filelayout.h"
#include "import/importhistory.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestWideImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void norwegianPairNeedsNoMapping();
    void wideFilesNeedNoMapping_data();
    void wideFilesNeedNoMapping();
    void siblingsShareTheirGuardians();
    void wideImportIsOneBatchThatUndoesExactly();
    void dryRunCountsAndWritesNothing();
    void secondImportOfTheSameFileChangesNothing();
    void guardiansWithoutLoginAndWithTwoNamesAreRefused();
    void userNameFromAnEMailThatBeginsLikeAFormulaIsRefused();
    void userNamesFromNamesOnlyWhenChosen();
    void userNameRuleIsTheOneChosen();
    void unusedGuardianColumnsAreNamed();
    void parentLoginMustBeOn();
    void filesThatAreNoWideFileAreRefused_data();
    void filesThatAreNoWideFileAreRefused();
    void parentsWithoutSyncKeyAreCountedAndGetKeysOnRequest();
    void fullNameColumnIsSplit();
    void exportWritesThePlatformsFiles();

private:
    // The plan a user gets by choosing the file and pressing Next on every page.
    ImportPlan guessedPlan(const QString &fixture);
    ImportReport import(const ImportPlan &plan);
    QStringList rows(const QString &sql) const;
    QStringList links() const;
    qint64 count(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestWideImport::init()
{
    static int n = 0;
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"wide-%1/rollbook.sqlite"_s.arg(++n))));
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"true"_s, u"test"_s)
                    .ok());
}

void TestWideImport::cleanup()
{
    m_database.reset();
}

ImportPlan TestWideImport::guessedPlan(const QString &name)
{
    ImportPlan plan;
    plan.filePath = Testing::fixture(name);
    plan.backupsKept = 0;
    const auto headers = readHeaders(plan);
    if (!headers) {
        QTest::qFail(qPrintable(headers.error().message), __FILE__, __LINE__);
        return plan;
    }
    const FileLayout layout = FileLayouts::guess(headers.value());
    plan.profile = layout.profile;
    if (plan.profile == Profile::Parent && layout.childColumn >= 0) {
        plan.syncField = headers.value().at(layout.childColumn);
        // The matching field that finds the most children, as the wizard and the command line
        // choose it.
        const auto counts = countChildMatches(m_database->connection(), plan);
        if (counts && !bestMatchFields(counts.value()).isEmpty())
            plan.matchField = bestMatchFields(counts.value()).first();
    }
    return plan;
}

ImportReport TestWideImport::import(const ImportPlan &plan)
{
    auto report = runImport(m_database->connection(), plan);
    if (!report) {
        QTest::qFail(qPrintable(report.error().message), __FILE__, __LINE__);
        return {};
    }
    return report.value();
}

QStringList TestWideImport::rows(const QString &sql) const
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

qint64 TestWideImport::count(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList TestWideImport::links() const
{
    return rows(u"SELECT p.username || ' -> ' || l.username FROM parent_link k "
                u"JOIN person p ON p.id = k.parent_id JOIN person l ON l.id = k.learner_id "
                u"ORDER BY 1"_s);
}

void TestWideImport::norwegianPairNeedsNoMapping()
{
    const ImportPlan learners = guessedPlan(u"sis-elever-nb.csv"_s);
    QCOMPARE(learners.profile, Profile::Learner);
    const ImportReport first = import(learners);
    QVERIFY2(first.committed, first.errors.isEmpty() ? "" : qPrintable(first.errors[0].message));
    QCOMPARE(first.counts.created, 4);
    QCOMPARE(rows(u"SELECT sync_key, username, first_name, last_name, coalesce(email, '') FROM "
                  u"person ORDER BY sync_key"_s),
             QStringList({u"10001|ase.nilsen|Åse|Nilsen|ase.nilsen@elev.no"_s,
                          u"10002|oystein.nilsen|Øystein|Nilsen|oystein.nilsen@elev.no"_s,
                          u"10003|bjorn.odegard|Bjørn|Ødegård|"_s,
                          u"10004|zoe.lovas|Zoë|Løvås|zoe.lovas@elev.no"_s}));
    // Klasse is not imported, and said so; Elevnummer is the synchronisation key, not ignored.
    QStringList ignored;
    for (const ImportProblem &w : first.warnings) {
        if (w.code == ProblemCode::IgnoredColumn)
            ignored << w.column;
    }
    QCOMPARE(ignored, QStringList{u"Klasse"_s});

    const ImportPlan parents = guessedPlan(u"sis-foresatte-nb.csv"_s);
    QCOMPARE(parents.profile, Profile::Parent);
    QCOMPARE(parents.syncField, u"Elevnummer"_s);
    QCOMPARE(parents.matchField, MatchField::SyncKey);
    const ImportReport second = import(parents);
    QVERIFY2(second.committed,
             second.errors.isEmpty() ? "" : qPrintable(second.errors[0].describe(u"f"_s)));
    QCOMPARE(second.counts.created, 5);
    QCOMPARE(second.counts.links, 7);
    QCOMPARE(rows(u"SELECT username, first_name, last_name FROM person WHERE profile = 'parent' "
                  u"ORDER BY username"_s),
             QStringList({u"asmund.odegard|Åsmund|Ødegård"_s, u"kari.nilsen|Kari|Nilsen"_s,
                          u"liv.lovas|Liv|Løvås"_s, u"ola.nilsen|Ola|Nilsen"_s,
                          u"trond.lovas|Trond|Løvås"_s}));
}

void TestWideImport::wideFilesNeedNoMapping_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("groups");
    QTest::addColumn<qint64>("learners");
    QTest::addColumn<qint64>("guardians");
    QTest::addColumn<qint64>("linkCount");
    QTest::addColumn<QString>("aGuardian"); // username|first|last|email

    QTest::newRow("nb: Foresatt 1/2, full names, no user names")
            << u"wide-elever-foresatte-nb.csv"_s << 2 << qint64(4) << qint64(5) << qint64(7)
            << u"siri.berg@epost.no|Siri Ødegård|Berg|siri.berg@epost.no"_s;
    QTest::newRow("en: Parent1/Parent2")
            << u"wide-parent1-parent2-en.csv"_s << 2 << qint64(3) << qint64(3) << qint64(5)
            << u"siobhan@home.example|Siobhan|O'Brien|siobhan@home.example"_s;
    QTest::newRow("sv: Vårdnadshavare 1/2")
            << u"wide-vardnadshavare-sv.csv"_s << 2 << qint64(3) << qint64(3) << qint64(5)
            << u"marta@hem.example|Märta|Lindqvist|marta@hem.example"_s;
    QTest::newRow("de: Mutter/Vater")
            << u"wide-mutter-vater-de.csv"_s << 2 << qint64(3) << qint64(3) << qint64(5)
            << u"joerg@familie.example|Jörg|Schröder|joerg@familie.example"_s;
}

void TestWideImport::wideFilesNeedNoMapping()
{
    QFETCH(QString, file);
    QFETCH(int, groups);
    QFETCH(qint64, learners);
    QFETCH(qint64, guardians);
    QFETCH(qint64, linkCount);
    QFETCH(QString, aGuardian);

    const ImportPlan plan = guessedPlan(file);
    QCOMPARE(plan.profile, Profile::LearnersWithParents);
    const auto headers = readHeaders(plan);
    QVERIFY(headers.ok());
    QCOMPARE(FileLayouts::guess(headers.value()).groups.size(), groups);
    QVERIFY(!FileLayouts::guess(headers.value()).reason.isEmpty());

    const ImportReport report = import(plan);
    QVERIFY2(report.committed,
             report.errors.isEmpty() ? "" : qPrintable(report.errors[0].describe(file)));
    QCOMPARE(report.counts.created, learners + guardians);
    QCOMPARE(report.counts.links, linkCount);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), learners);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), guardians);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), linkCount);
    QVERIFY2(rows(u"SELECT username, first_name, last_name, email FROM person WHERE profile = "
                  u"'parent'"_s)
                     .contains(aGuardian),
             qPrintable(aGuardian));
    // One batch, named as such.
    QCOMPARE(rows(u"SELECT profile FROM import_batch"_s), QStringList{u"learners-with-parents"_s});
}

void TestWideImport::siblingsShareTheirGuardians()
{
    const ImportReport report = import(guessedPlan(u"wide-elever-foresatte-nb.csv"_s));
    QVERIFY(report.committed);
    // Kari is Foresatt 1 beside Åse and Foresatt 2 beside Øystein: one person, two links.
    QCOMPARE(links(), QStringList({u"asmund@epost.no -> bjorn.odegard"_s,
                                   u"kari.nilsen@epost.no -> ase.nilsen"_s,
                                   u"kari.nilsen@epost.no -> oystein.nilsen"_s,
                                   u"liv.lovas@epost.no -> zoe.lovas"_s,
                                   u"ola.nilsen@epost.no -> ase.nilsen"_s,
                                   u"ola.nilsen@epost.no -> oystein.nilsen"_s,
                                   u"siri.berg@epost.no -> bjorn.odegard"_s}));
    // The phone columns are not imported, and are no guardian group of their own.
    bool phonesNamed = false;
    for (const ImportProblem &w : report.warnings)
        phonesNamed = phonesNamed || w.column == u"Foresatt 2 mobil"_s;
    QVERIFY(phonesNamed);
}

void TestWideImport::wideImportIsOneBatchThatUndoesExactly()
{
    QVERIFY(import(guessedPlan(u"sis-elever-nb.csv"_s)).committed);
    const auto peopleAndLinks = [this] {
        return rows(u"SELECT id, internal_id, sync_key, username, first_name, last_name, email, "
                    u"password, profile, created_at, updated_at, batch_id, version FROM person "
                    u"ORDER BY id"_s) +
               links();
    };
    const QStringList before = peopleAndLinks();
    // The wide file names Åse and Øystein again (Øystein without his e-mail: kept), and adds
    // their guardians: updates and creations in one batch.
    const ImportReport report = import(guessedPlan(u"wide-elever-foresatte-nb.csv"_s));
    QVERIFY(report.committed);
    QVERIFY(report.batchId > 0);
    QCOMPARE(count(u"SELECT count(DISTINCT batch_id) FROM parent_link"_s), 1);
    QVERIFY(peopleAndLinks() != before);
    QVERIFY(ImportHistory(m_database->connection()).undo(report.batchId, u"test"_s).ok());
    QCOMPARE(peopleAndLinks(), before);
}

void TestWideImport::dryRunCountsAndWritesNothing()
{
    ImportPlan plan = guessedPlan(u"wide-parent1-parent2-en.csv"_s);
    plan.dryRun = true;
    const QString before = Testing::dumpTables(m_database->connection());
    const ImportReport report = import(plan);
    QVERIFY(!report.committed);
    QCOMPARE(report.counts.created, 6);
    QCOMPARE(report.counts.links, 5);
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

void TestWideImport::secondImportOfTheSameFileChangesNothing()
{
    const ImportPlan plan = guessedPlan(u"wide-vardnadshavare-sv.csv"_s);
    QVERIFY(import(plan).committed);
    const ImportReport again = import(plan);
    QVERIFY(again.committed);
    QCOMPARE(again.counts.created, 0);
    QCOMPARE(again.counts.updated, 0);
    QCOMPARE(again.counts.unchanged, 6);
    QCOMPARE(again.counts.links, 0);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 5);
}

void TestWideImport::guardiansWithoutLoginAndWithTwoNamesAreRefused()
{
    const ImportPlan plan = guessedPlan(u"bad-wide-guardians.csv"_s);
    QCOMPARE(plan.profile, Profile::LearnersWithParents);
    const QString before = Testing::dumpTables(m_database->connection());
    const ImportReport report = import(plan);
    QVERIFY(!report.committed);
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
    QStringList found;
    for (const ImportProblem &e : report.errors)
        found << u"%1|%2|%3"_s.arg(e.line).arg(e.column, problemCodeKey(e.code));
    found.sort();
    QCOMPARE(found, QStringList({u"2|Foresatt 1 e-post|duplicate-in-file"_s,
                                 u"3|Foresatt 1 e-post|missing-value"_s,
                                 u"4|Foresatt 1 e-post|duplicate-in-file"_s}));
    for (const ImportProblem &e : report.errors) {
        if (e.line == 3)
            QVERIFY2(e.message.contains(u"neither a user name nor an e-mail address"_s),
                     qPrintable(e.message));
        if (e.line == 2)
            QVERIFY2(e.message.contains(u"line 4"_s), qPrintable(e.message));
    }
}

// A guardian's user name taken from the e-mail address is exported exactly, as every user name
// is: one that would begin like a spreadsheet formula is refused, on the e-mail's column.
void TestWideImport::userNameFromAnEMailThatBeginsLikeAFormulaIsRefused()
{
    const QString path = m_dir.filePath(u"formula-e-mail.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Elev-ID;Fornavn;Etternavn;Brukernavn;Foresatt 1 navn;Foresatt 1 e-post\r\n"
               "30001;Per;Hansen;per.hansen;Anne Hansen;anne@epost.no\r\n"
               "30002;P\xC3\xA5l;Olsen;pal.olsen;Geir Olsen;-geir@epost.no\r\n");
    file.close();
    const ImportPlan plan = guessedPlan(path);
    QCOMPARE(plan.profile, Profile::LearnersWithParents);
    const QString before = Testing::dumpTables(m_database->connection());
    const ImportReport report = import(plan);
    QVERIFY(!report.committed);
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
    QCOMPARE(report.errors.size(), 1);
    const ImportProblem &problem = report.errors.first();
    QCOMPARE(problem.line, 3);
    QCOMPARE(problem.column, u"Foresatt 1 e-post"_s);
    QCOMPARE(problemCodeKey(problem.code), u"starts-like-formula"_s);
    QVERIFY2(problem.message.contains(u"a user name may not begin with “-”"_s),
             qPrintable(problem.message));
}

void TestWideImport::userNamesFromNamesOnlyWhenChosen()
{
    // A parent already called geir.olsen who is someone else: the made name gets a number.
    QSqlQuery q(m_database->connection());
    QVERIFY(q.exec(
            u"INSERT INTO person (username, first_name, last_name, profile, created_at, "
            u"updated_at) VALUES ('geir.olsen', 'Geir', 'Olsen-Lund', 'parent', 'x', 'x')"_s));
    ImportPlan plan = guessedPlan(u"bad-wide-guardians.csv"_s);
    plan.makeGuardianUsernames = true;
    plan.skipErrors = true; // lines 2 and 4 still disagree about Anne
    const ImportReport report = import(plan);
    QVERIFY(report.committed);
    QCOMPARE(rows(u"SELECT p.username || ' -> ' || l.username FROM parent_link k JOIN person p "
                  u"ON p.id = k.parent_id JOIN person l ON l.id = k.learner_id"_s),
             QStringList{u"geir.olsen2 -> pal.olsen"_s});
    QCOMPARE(rows(u"SELECT options FROM import_batch"_s)
                     .value(0)
                     .contains(u"\"guardian_username_rule\":\"first.last\""_s),
             true);
}

void TestWideImport::userNameRuleIsTheOneChosen()
{
    ImportPlan plan = guessedPlan(u"bad-wide-guardians.csv"_s);
    plan.makeGuardianUsernames = true;
    plan.guardianUsernameRule = GuardianUsernameRule::InitialDotLast;
    plan.skipErrors = true;
    QVERIFY(import(plan).committed);
    QCOMPARE(links(), QStringList{u"g.olsen -> pal.olsen"_s});
}

void TestWideImport::unusedGuardianColumnsAreNamed()
{
    const ImportReport report = import(guessedPlan(u"wide-unused-guardian-columns-nb.csv"_s));
    QVERIFY(report.committed);
    QStringList unused;
    for (const ImportProblem &w : report.warnings) {
        if (w.code != ProblemCode::GuardianColumnUnused)
            continue;
        unused << w.column;
        // Foresatt 1's phone is hers, but holds nothing Rollbook imports; the address without a
        // number is no one's.
        QVERIFY2(w.message.startsWith(w.column == u"Foresatt 1 mobil"_s
                                              ? u"This column of “Foresatt 1” is not imported"_s
                                              : u"This column names a guardian but belongs to "
                                                u"none of the guardians Rollbook found "
                                                u"(Foresatt 1)"_s),
                 qPrintable(w.message));
    }
    unused.sort();
    QCOMPARE(unused, QStringList({u"Foresatt 1 mobil"_s, u"Foresatt e-post"_s}));
    QCOMPARE(links(), QStringList{u"tone@epost.no -> ida.berg"_s});
}

void TestWideImport::parentLoginMustBeOn()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"false"_s, u"test"_s)
                    .ok());
    const QString before = Testing::dumpTables(m_database->connection());
    const ImportReport report = import(guessedPlan(u"wide-parent1-parent2-en.csv"_s));
    QVERIFY(!report.committed);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.first().code, ProblemCode::ParentLoginOff);
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

void TestWideImport::filesThatAreNoWideFileAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("words");
    QTest::newRow("no guardian columns")
            << QByteArray("Elev-ID;Fornavn;Etternavn;Brukernavn\n1;Per;Hansen;per\n")
            << u"No column names a guardian"_s;
    QTest::newRow("a guardian without a name")
            << QByteArray("Elev-ID;Fornavn;Etternavn;Brukernavn;Foresatt 1 e-post\n"
                          "1;Per;Hansen;per;anne@epost.no\n")
            << u"The guardian “Foresatt 1” needs a column for the name"_s;
    QTest::newRow("a guardian without user name or e-mail")
            << QByteArray("Elev-ID;Fornavn;Etternavn;Brukernavn;Foresatt 1 navn\n"
                          "1;Per;Hansen;per;Anne Hansen\n")
            << u"one for the user name or the e-mail address"_s;
    QByteArray sixteen = "Elev-ID;Fornavn;Etternavn;Brukernavn";
    QByteArray row = "1;Per;Hansen;per";
    for (int group = 1; group <= 16; ++group) {
        sixteen += ";Foresatt " + QByteArray::number(group) + " navn;Foresatt " +
                   QByteArray::number(group) + " e-post";
        row += ";Anne Hansen;a" + QByteArray::number(group) + "@epost.no";
    }
    QTest::newRow("sixteen guardians") << sixteen + "\n" + row + "\n"
                                       << u"Rollbook imports at most 15"_s;
}

// Refused as a whole, before a row is staged: the file's problem is the report's, and nothing
// is written.
void TestWideImport::filesThatAreNoWideFileAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, words);
    QFile file(m_dir.filePath(u"not-wide.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    ImportPlan plan;
    plan.filePath = file.fileName();
    plan.profile = Profile::LearnersWithParents;
    plan.backupsKept = 0;
    const QString before = Testing::dumpTables(m_database->connection());
    const ImportReport report = import(plan);
    QVERIFY(!report.committed);
    QCOMPARE(report.counts.rows, 1);
    const bool named =
            std::any_of(report.errors.cbegin(), report.errors.cend(), [&](const ImportProblem &e) {
                return e.line == 0 && e.message.contains(words);
            });
    QVERIFY2(named, qPrintable(report.errors.value(0).message));
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

void TestWideImport::parentsWithoutSyncKeyAreCountedAndGetKeysOnRequest()
{
    ImportPlan plan = guessedPlan(u"wide-parent1-parent2-en.csv"_s);
    const ImportReport counted = import(plan);
    QVERIFY(counted.committed);
    const auto noKey =
            std::find_if(counted.warnings.cbegin(), counted.warnings.cend(),
                         [](const ImportProblem &w) { return w.code == ProblemCode::NoSyncKey; });
    QVERIFY(noKey != counted.warnings.cend());
    QVERIFY2(noKey->message.startsWith(u"3 parents have no synchronisation key."_s),
             qPrintable(noKey->message));
    QVERIFY(noKey->message.contains(u"mandatory for automatic connection"_s));

    plan.deriveParentSyncKeys = true;
    const ImportReport keyed = import(plan);
    QVERIFY(keyed.committed);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent' AND sync_key IS NULL"_s),
             0);
    QCOMPARE(rows(u"SELECT sync_key FROM person WHERE username = 'peter.johnson'"_s),
             QStringList{derivedSyncKey(u"peter.johnson"_s)});
    QVERIFY(derivedSyncKey(u"Peter.Johnson"_s) == derivedSyncKey(u"peter.johnson"_s));
    QVERIFY(derivedSyncKey(u"peter.johnson"_s).startsWith(u"P-"_s));
    // Undo gives them back without keys.
    QVERIFY(ImportHistory(m_database->connection()).undo(keyed.batchId, u"test"_s).ok());
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent' AND sync_key IS NULL"_s),
             3);
}

void TestWideImport::fullNameColumnIsSplit()
{
    QCOMPARE(Fields::splitFullName(u"Kari Anne Nordmann"_s),
             std::make_pair(u"Kari Anne"_s, u"Nordmann"_s));
    QCOMPARE(Fields::splitFullName(u"Nordmann, Kari"_s), std::make_pair(u"Kari"_s, u"Nordmann"_s));
    QCOMPARE(guardianUsername(u"Kari Anne"_s, u"Ødegård"_s), u"kari-anne.odegard"_s);
    QCOMPARE(guardianUsername(u"Æsa"_s, u"Öberg"_s, 2), u"aesa.oberg2"_s);
    using Rule = GuardianUsernameRule;
    QCOMPARE(guardianUsername(u"Kari Anne"_s, u"Ødegård"_s, 1, Rule::FirstLast),
             u"karianneodegard"_s);
    QCOMPARE(guardianUsername(u"Kari"_s, u"Nordmann"_s, 3, Rule::InitialDotLast), u"k.nordmann3"_s);
    QCOMPARE(guardianUsername(u"Kari"_s, u"Nordmann"_s, 1, Rule::LastDotFirst), u"nordmann.kari"_s);
    QCOMPARE(guardianUsernameRuleFromKey(u"F.Last"_s), Rule::InitialDotLast);
    QVERIFY(!guardianUsernameRuleFromKey(u"first_last"_s));
}

void TestWideImport::exportWritesThePlatformsFiles()
{
    // One file in, the platform's files out: learners, then parents split per child.
    const ImportReport report = import(guessedPlan(u"wide-elever-foresatte-nb.csv"_s));
    QVERIFY(report.committed);
    Audience audience;
    audience.batchId = report.batchId;
    const auto recipients = loadRecipients(m_database->connection(), audience);
    QVERIFY(recipients.ok());
    const auto exported =
            exportBatches(recipients.value(), m_dir.filePath(u"export"_s), BatchExportOptions{});
    QVERIFY2(exported.ok(), exported ? "" : qPrintable(exported.error().message));
    QStringList files;
    for (const ExportedFile &file : exported.value().files)
        files << u"%1 (%2)"_s.arg(file.fileName).arg(file.rows);
    // Kari and Ola have two children each: their second child is in the second parents file.
    QCOMPARE(files, QStringList({u"01-learners.csv (4)"_s, u"02-parents-1.csv (5)"_s,
                                 u"03-parents-2.csv (2)"_s}));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestWideImport)
#include "tst_wideimport.moc"

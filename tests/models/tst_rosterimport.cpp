// Standard rosters (issue 15): OneRoster 1.1 and 1.2 and School Data Sync v2.1, as a folder or a
// zip, imported in one batch with no manual step; rosters that are wrong refused with the file,
// line and column and nothing written; who left listed, and removed only on request, undoably.
#include "db/database.h"
#include "distribution/audience.h"
#include "distribution/onerosterexport.h"
#include "import/importhistory.h"
#include "roster/roster.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rostersImportWithNoManualStep_data();
    void rostersImportWithNoManualStep();
    void siblingsShareGuardiansAndLinksComeFromEitherSide();
    void identifierMayBeTheKey();
    void dryRunCountsAndWritesNothing();
    void badRostersAreRefusedAndChangeNothing_data();
    void badRostersAreRefusedAndChangeNothing();
    void badRosterFilesAreRefused_data();
    void badRosterFilesAreRefused();
    void contradictionIsAWarning();
    void skipErrorsImportsTheOthers();
    void parentLoginMustBeOn();
    void whoLeftIsListedAndRemovedOnlyOnRequest();
    void undoPutsBackWhoWasRemoved();
    void secondImportOfTheSameRosterChangesNothing();
    void reportAndRejectedRows();
    void exportedRosterImportsAsTheSameDatabase_data();
    void exportedRosterImportsAsTheSameDatabase();

private:
    Result<RosterReport> import(const QString &path, bool dryRun = false,
                                const std::function<void(RosterPlan &)> &change = {});
    QStringList rows(const QString &sql) const;
    QStringList links() const;
    qint64 count(const QString &sql) const;
    // users.csv of a roster folder copied into the temporary folder with `edit` applied to
    // its lines.
    QString editedRoster(const QString &fixture,
                         const std::function<QStringList(QStringList)> &edit);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestRosterImport::init()
{
    static int n = 0;
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"roster-%1/rollbook.sqlite"_s.arg(++n))));
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"true"_s, u"test"_s)
                    .ok());
}

void TestRosterImport::cleanup()
{
    m_database.reset();
}

Result<RosterReport> TestRosterImport::import(const QString &path, bool dryRun,
                                              const std::function<void(RosterPlan &)> &change)
{
    RosterPlan plan;
    plan.path = path;
    plan.dryRun = dryRun;
    plan.backupsKept = 0;
    if (change)
        change(plan);
    return runRosterImport(m_database->connection(), plan);
}

QStringList TestRosterImport::rows(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql))
        qWarning("%s", qPrintable(q.lastError().text()));
    QStringList result;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i).toString());
        result.append(row.join(u'|'));
    }
    return result;
}

QStringList TestRosterImport::links() const
{
    return rows(u"SELECT p.username || ' -> ' || l.username FROM parent_link k "
                u"JOIN person p ON p.id = k.parent_id JOIN person l ON l.id = k.learner_id "
                u"ORDER BY 1"_s);
}

qint64 TestRosterImport::count(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString TestRosterImport::editedRoster(const QString &fixture,
                                       const std::function<QStringList(QStringList)> &edit)
{
    static int n = 0;
    const QDir source(Testing::fixture(fixture));
    const QString target = m_dir.filePath(u"edited-%1"_s.arg(++n));
    QDir().mkpath(target);
    for (const QString &name : source.entryList(QDir::Files)) {
        QFile in(source.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = in.readAll();
        if (name == u"users.csv"_s)
            data = edit(QString::fromUtf8(data).split(u"\r\n"_s)).join(u"\r\n"_s).toUtf8();
        QFile out(QDir(target).filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return {};
    }
    return target;
}

void TestRosterImport::rostersImportWithNoManualStep_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<int>("learners");
    QTest::addColumn<int>("parents");
    QTest::addColumn<int>("links");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("notImported");
    QTest::addColumn<QString>("someone"); // "sync key|user name|first|last|profile"

    QTest::newRow("OneRoster 1.1 folder")
            << u"roster/oneroster-1.1"_s << u"OneRoster 1.1"_s << 7 << 5 << 9 << 3
            << QStringList{u"lena.muller"_s} << u"stu-20001|ase.odegard|Åse|Ødegård|learner"_s;
    QTest::newRow("OneRoster 1.2 zip")
            << u"roster/oneroster-1.2.zip"_s << u"OneRoster 1.2"_s << 6 << 4 << 8 << 2
            << QStringList{u"hakon.braend"_s} << u"u-g1|liv.aasen|Liv|Aasen|parent"_s;
    QTest::newRow("OneRoster 1.2 zip with a folder inside")
            << u"roster/oneroster-1.2-in-folder.zip"_s << u"OneRoster 1.2"_s << 6 << 4 << 8 << 2
            << QStringList{u"hakon.braend"_s} << u"u-g1|liv.aasen|Liv|Aasen|parent"_s;
    QTest::newRow("School Data Sync v2.1 folder")
            << u"roster/sds-2.1"_s << u"School Data Sync v2.1"_s << 7 << 4 << 8 << 2
            << QStringList{} << u"5001|aurora.lie@elev.vestli.example|Aurora|Lie|learner"_s;
}

void TestRosterImport::rostersImportWithNoManualStep()
{
    QFETCH(QString, fixture);
    QFETCH(QString, standard);
    QFETCH(int, learners);
    QFETCH(int, parents);
    QFETCH(int, links);
    QFETCH(int, skipped);
    QFETCH(QStringList, notImported);
    QFETCH(QString, someone);

    const auto report = import(Testing::fixture(fixture));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const RosterReport &r = report.value();
    QVERIFY2(r.import.errors.isEmpty(),
             qPrintable(r.import.errors.value(0).describe(r.rosterName)));
    QVERIFY(r.import.committed);
    QCOMPARE(rosterStandardName(r.standard), standard);
    QCOMPARE(r.learners, learners);
    QCOMPARE(r.guardians, parents);
    QCOMPARE(r.links, links);
    qint64 skippedPeople = 0;
    for (const auto &[role, n] : r.skippedRoles)
        skippedPeople += n;
    QVERIFY2(skippedPeople >= skipped, qPrintable(QString::number(skippedPeople)));
    QStringList notImportedNames;
    for (const RosterPerson &person : r.notImported)
        notImportedNames.append(person.username);
    QCOMPARE(notImportedNames, notImported);

    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), learners);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), parents);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), links);
    QCOMPARE(r.import.counts.links, links);
    // One batch for all of it: people and links.
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 1);
    QCOMPARE(count(u"SELECT count(DISTINCT batch_id) FROM person"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link WHERE batch_id = "_s +
                   QString::number(r.import.batchId)),
             links);
    const QStringList fields = someone.split(u'|');
    QCOMPARE(rows(u"SELECT sync_key, username, first_name, last_name, profile FROM person "
                  u"WHERE sync_key = '%1'"_s.arg(fields.first())),
             QStringList{someone});
}

void TestRosterImport::siblingsShareGuardiansAndLinksComeFromEitherSide()
{
    const auto report = import(Testing::fixture(u"roster/oneroster-1.1"_s));
    QVERIFY(report.ok() && report->import.committed);
    // Åse and Ingrid share both parents; Hilde is the guardian of three (named on her own row
    // only for two of them); Randi's and Berit's links are on the children's rows only.
    QCOMPARE(links(),
             (QStringList{u"berit.bjorkli -> nora.bjorkli"_s, u"hilde.haugen -> emil.haugen"_s,
                          u"hilde.haugen -> magnus.haugen"_s, u"hilde.haugen -> sofie.haugen"_s,
                          u"klaus.muller -> jens.muller"_s, u"randi.odegard -> ase.odegard"_s,
                          u"randi.odegard -> ingrid.odegard"_s, u"tor.odegard -> ase.odegard"_s,
                          u"tor.odegard -> ingrid.odegard"_s}));
    // A password with a comma in it survives the quoting; no link to the disabled Lena.
    QCOMPARE(rows(u"SELECT password FROM person WHERE username = 'magnus.haugen'"_s),
             QStringList{u"Vinter,2026"_s});
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username = 'lena.muller'"_s), 0);
    QVERIFY(report->import.warnings.size() == 1);
    QCOMPARE(report->import.warnings.first().file, u"users.csv"_s);
    QCOMPARE(report->import.warnings.first().code, ProblemCode::NotImported);
}

void TestRosterImport::identifierMayBeTheKey()
{
    const auto report = import(Testing::fixture(u"roster/oneroster-1.1"_s), false,
                               [](RosterPlan &plan) { plan.key = RosterKey::Identifier; });
    QVERIFY(report.ok() && report->import.committed);
    QCOMPARE(rows(u"SELECT sync_key FROM person WHERE username = 'ase.odegard'"_s),
             QStringList{u"20001"_s});
    QCOMPARE(rows(u"SELECT sync_key FROM person WHERE username = 'hilde.haugen'"_s).size(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 9);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE sync_key LIKE 'stu-%'"_s), 0);

    // School Data Sync has no identifier: the choice is refused, nothing written.
    init();
    const auto sds = import(Testing::fixture(u"roster/sds-2.1"_s), false,
                            [](RosterPlan &plan) { plan.key = RosterKey::Identifier; });
    QVERIFY(sds.ok());
    QVERIFY(!sds->import.committed);
    QCOMPARE(sds->import.errors.value(0).code, ProblemCode::MissingColumn);
    QVERIFY(sds->import.errors.value(0).message.contains(u"identifier"_s));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
}

void TestRosterImport::dryRunCountsAndWritesNothing()
{
    const QString before = Testing::dumpTables(m_database->connection());
    const auto report = import(Testing::fixture(u"roster/sds-2.1"_s), true);
    QVERIFY(report.ok());
    QVERIFY(!report->import.committed);
    QCOMPARE(report->import.counts.created, 11);
    QCOMPARE(report->import.counts.links, 8);
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

void TestRosterImport::badRostersAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");

    QTest::newRow("unknown guardian")
            << u"roster/bad/unknown-guardian"_s << u"users.csv"_s << 3 << u"agentSourcedIds"_s
            << int(ProblemCode::UnknownReference) << u"gua-9"_s;
    QTest::newRow("student and guardian")
            << u"roster/bad/student-and-guardian"_s << u"users.csv"_s << 2 << u"sourcedId"_s
            << int(ProblemCode::ConflictingRoles) << u"both a student and a guardian"_s;
    QTest::newRow("duplicate sourcedId")
            << u"roster/bad/duplicate-sourcedid"_s << u"users.csv"_s << 3 << u"sourcedId"_s
            << int(ProblemCode::DuplicateInFile) << u"stu-2"_s;
}

void TestRosterImport::badRostersAreRefusedAndChangeNothing()
{
    QFETCH(QString, fixture);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(int, code);
    QFETCH(QString, words);

    const QString before = Testing::dumpTables(m_database->connection());
    const auto report = import(Testing::fixture(fixture));
    QVERIFY(report.ok());
    QVERIFY(!report->import.committed);
    QVERIFY(!report->import.errors.isEmpty());
    const ImportProblem &first = report->import.errors.first();
    QCOMPARE(first.file, file);
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QCOMPARE(int(first.code), code);
    QVERIFY2(first.message.contains(words), qPrintable(first.message));
    QVERIFY(first.describe(report->rosterName)
                    .startsWith(u"%1, line %2, column “%3”: "_s.arg(file).arg(line).arg(column)));
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

void TestRosterImport::badRosterFilesAreRefused_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("words");

    QTest::newRow("no users.csv") << u"roster/bad/missing-users"_s << u"without users.csv"_s;
    QTest::newRow("folder that is no roster")
            << u"roster/bad/not-a-roster"_s << u"is not a roster"_s;
    QTest::newRow("zip that is no roster")
            << u"roster/bad/not-a-roster.zip"_s << u"is not a roster"_s;
    QTest::newRow("zip entry outside its folder")
            << u"roster/bad/zip-slip.zip"_s << u"../users.csv"_s;
    QTest::newRow("zip bomb by its declared size")
            << u"roster/bad/zip-bomb.zip"_s << u"users.csv"_s;
    QTest::newRow("no such path") << u"roster/bad/nothing-here.zip"_s << u"nothing-here.zip"_s;
}

void TestRosterImport::badRosterFilesAreRefused()
{
    QFETCH(QString, fixture);
    QFETCH(QString, words);
    const QString before = Testing::dumpTables(m_database->connection());
    const auto report = import(Testing::fixture(fixture));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(words), qPrintable(report.error().message));
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

void TestRosterImport::contradictionIsAWarning()
{
    const auto report = import(Testing::fixture(u"roster/bad/contradiction"_s));
    QVERIFY(report.ok());
    QVERIFY(report->import.committed);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 4);
    const auto contradictions =
            std::count_if(report->import.warnings.cbegin(), report->import.warnings.cend(),
                          [](const ImportProblem &p) {
                              return p.code == ProblemCode::ContradictingLink && p.line == 2 &&
                                     p.message.contains(u"line 5"_s);
                          });
    QCOMPARE(contradictions, 1);
}

void TestRosterImport::skipErrorsImportsTheOthers()
{
    const auto report = import(Testing::fixture(u"roster/bad/duplicate-sourcedid"_s), false,
                               [](RosterPlan &plan) { plan.skipErrors = true; });
    QVERIFY(report.ok());
    QVERIFY(report->import.committed);
    QCOMPARE(report->import.errors.size(), 2);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE sync_key = 'stu-2'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), report->learners + report->guardians);
    QVERIFY(count(u"SELECT count(*) FROM person"_s) > 0);
}

void TestRosterImport::parentLoginMustBeOn()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"false"_s, u"test"_s)
                    .ok());
    const QString before = Testing::dumpTables(m_database->connection());
    const auto report = import(Testing::fixture(u"roster/oneroster-1.1"_s));
    QVERIFY(report.ok());
    QVERIFY(!report->import.committed);
    QCOMPARE(report->import.errors.value(0).code, ProblemCode::ParentLoginOff);
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

void TestRosterImport::whoLeftIsListedAndRemovedOnlyOnRequest()
{
    QVERIFY(import(Testing::fixture(u"roster/oneroster-1.1"_s)).ok());
    // Next term Jens and his father Klaus have left the school.
    const QString next = editedRoster(u"roster/oneroster-1.1"_s, [](QStringList lines) {
        QStringList kept;
        for (QString line : lines) {
            if (line.startsWith(u"stu-20002,"_s) || line.startsWith(u"gua-30004,"_s))
                continue;
            line.replace(u"\"gua-30004\""_s, QString());
            kept.append(line);
        }
        return kept;
    });
    QVERIFY(!next.isEmpty());

    auto listed = import(next);
    QVERIFY2(listed.ok() && listed->import.errors.isEmpty(),
             qPrintable(listed.ok() ? listed->import.errors.value(0).message
                                    : listed.error().message));
    QVERIFY(listed->import.committed);
    QStringList missing;
    for (const RosterPerson &person : listed->missing)
        missing.append(person.username);
    QCOMPARE(missing, (QStringList{u"klaus.muller"_s, u"jens.muller"_s}));
    QCOMPARE(listed->missingCount, 2);
    QCOMPARE(listed->removed, 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username IN ('jens.muller', "
                   u"'klaus.muller')"_s),
             2); // nothing removed without asking

    // Everyone: also a learner a CSV import brought in, who was never in a roster.
    QVERIFY(import(next, true, [](RosterPlan &plan) {
                plan.missingScope = MissingScope::Everyone;
            }).ok());

    auto removed = import(next, false, [](RosterPlan &plan) { plan.removeMissing = true; });
    QVERIFY(removed.ok() && removed->import.committed);
    QCOMPARE(removed->removed, 2);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username IN ('jens.muller', "
                   u"'klaus.muller')"_s),
             0);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 8);
}

void TestRosterImport::undoPutsBackWhoWasRemoved()
{
    QVERIFY(import(Testing::fixture(u"roster/oneroster-1.1"_s)).ok());
    const QString people = u"SELECT id, internal_id, sync_key, username, first_name, last_name, "
                           u"email, password, profile, created_at, updated_at, batch_id, "
                           u"version, updated_by FROM person ORDER BY id"_s;
    const QString linkRows = u"SELECT parent_id, learner_id, batch_id, created_by, created_at "
                             u"FROM parent_link ORDER BY parent_id, learner_id"_s;
    const QStringList peopleBefore = rows(people);
    const QStringList linksBefore = rows(linkRows);
    const QString next = editedRoster(u"roster/oneroster-1.1"_s, [](QStringList lines) {
        QStringList kept;
        for (QString line : lines) {
            if (line.startsWith(u"stu-20002,"_s) || line.startsWith(u"gua-30004,"_s))
                continue;
            line.replace(u"\"gua-30004\""_s, QString());
            kept.append(line);
        }
        return kept;
    });
    const auto removed = import(next, false, [](RosterPlan &plan) { plan.removeMissing = true; });
    QVERIFY(removed.ok() && removed->import.committed);
    QCOMPARE(removed->removed, 2);
    QVERIFY(rows(people) != peopleBefore);

    QVERIFY(ImportHistory(m_database->connection()).undo(removed->import.batchId, u"test"_s).ok());
    QCOMPARE(rows(people), peopleBefore);
    QCOMPARE(rows(linkRows), linksBefore);
    QCOMPARE(count(u"SELECT count(*) FROM import_person_removed"_s), 0);
}

void TestRosterImport::secondImportOfTheSameRosterChangesNothing()
{
    QVERIFY(import(Testing::fixture(u"roster/oneroster-1.2.zip"_s)).ok());
    const QStringList before = rows(u"SELECT * FROM person ORDER BY id"_s);
    const auto again = import(Testing::fixture(u"roster/oneroster-1.2.zip"_s));
    QVERIFY(again.ok() && again->import.committed);
    QCOMPARE(again->import.counts.created, 0);
    QCOMPARE(again->import.counts.updated, 0);
    QCOMPARE(again->import.counts.unchanged, 10);
    QCOMPARE(again->import.counts.links, 0);
    QCOMPARE(rows(u"SELECT * FROM person ORDER BY id"_s), before);
}

void TestRosterImport::reportAndRejectedRows()
{
    RosterPlan plan;
    plan.path = Testing::fixture(u"roster/bad/duplicate-sourcedid"_s);
    plan.backupsKept = 0;
    const auto report = runRosterImport(m_database->connection(), plan);
    QVERIFY(report.ok());
    const QJsonObject json = QJsonDocument::fromJson(rosterReportJson(report.value())).object();
    QCOMPARE(json.value(u"standard"_s).toString(), u"OneRoster 1.1"_s);
    const QJsonArray errors = json.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.first().toObject().value(u"file"_s).toString(), u"users.csv"_s);
    QCOMPARE(errors.first().toObject().value(u"line"_s).toInt(), 3);

    const QString rejected = m_dir.filePath(u"rejected.csv"_s);
    QVERIFY(writeRosterRejected(plan, report.value(), rejected).ok());
    QFile file(rejected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and lines 3 and 4
    QVERIFY(lines.first().trimmed().endsWith(u"Problem"_s));
    QVERIFY(lines.at(1).contains(u"stu-2"_s));
}

void TestRosterImport::exportedRosterImportsAsTheSameDatabase_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("OneRoster 1.1") << u"roster/oneroster-1.1"_s;
    QTest::newRow("OneRoster 1.2") << u"roster/oneroster-1.2.zip"_s;
    QTest::newRow("School Data Sync v2.1") << u"roster/sds-2.1"_s;
}

void TestRosterImport::exportedRosterImportsAsTheSameDatabase()
{
    // Rollbook's OneRoster export, read back by its own roster import into a new database,
    // gives the same people and the same links.
    QFETCH(QString, fixture);
    const auto first = import(Testing::fixture(fixture));
    QVERIFY(first.ok() && first->import.committed);
    const QString people = u"SELECT sync_key, username, first_name, last_name, "
                           u"coalesce(email, ''), coalesce(password, ''), profile FROM person "
                           u"ORDER BY sync_key"_s;
    const QString linkKeys = u"SELECT p.sync_key || ' -> ' || l.sync_key FROM parent_link k JOIN "
                             u"person p ON p.id = k.parent_id JOIN person l ON l.id = "
                             u"k.learner_id ORDER BY 1"_s;
    const QStringList peopleBefore = rows(people);
    const QStringList linksBefore = rows(linkKeys);
    QVERIFY(!linksBefore.isEmpty());

    const auto recipients = loadRecipients(m_database->connection(), Audience{});
    QVERIFY(recipients.ok());
    const QString folder =
            m_dir.filePath(u"exported-%1"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    OneRosterExportOptions options;
    options.schoolName = u"Solbakken skole"_s;
    const auto exported = exportOneRoster(recipients.value(), folder, options);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));

    init(); // a new, empty database
    const auto again = import(folder);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY2(again->import.errors.isEmpty(),
             qPrintable(again->import.errors.value(0).describe(again->rosterName)));
    QVERIFY(again->import.committed);
    QCOMPARE(rosterStandardName(again->standard), u"OneRoster 1.1"_s);
    QCOMPARE(rows(people), peopleBefore);
    QCOMPARE(rows(linkKeys), linksBefore);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestRosterImport)
#include "tst_rosterimport.moc"

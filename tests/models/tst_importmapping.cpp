// Remembered mappings and presets (issue 17): what an import remembers of how it read a file,
// what the next file with the same headers gets back, and presets carried between databases.
#include "db/database.h"
#include "import/importmapping.h"
#include "import/importrun.h"
#include "import/mappingstore.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signatureFoldsTheHeadersButKeepsTheirOrder();
    void ofReadsTheFileAsTheImportDoes();
    void fieldsForPlacesEachNamedColumnOnce();
    void jsonRoundTrips();
    void strictJsonRefusesWhatItDoesNotKnow_data();
    void strictJsonRefusesWhatItDoesNotKnow();
    void aRememberedFieldThatNoLongerExistsIsDroppedWithANote();
    void aCommittedImportRemembersItsMapping();
    void aDryRunOrARefusedImportRemembersNothing();
    void theSameHeadersGetTheMappingBackPerProfile();
    void aSimilarFileIsOfferedTheNearest();
    void forgetThisMapping();
    void aPresetNamesTheColumnsAFileLacks();
    void presetNamesAreUniqueWhateverTheCase();
    void aPresetExportedHereMapsTheSameFileTheSameWayThere();
    void aBadPresetFileIsRefusedAndChangesNothing_data();
    void aBadPresetFileIsRefusedAndChangesNothing();

private:
    std::unique_ptr<Database> openDatabase(const QString &name);
    QString write(const QString &name, const QByteArray &content);
    ImportReport import(const ImportPlan &plan);
    MappingStore store() const { return MappingStore(m_database->connection()); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

std::unique_ptr<Database> TestImportMapping::openDatabase(const QString &name)
{
    static int n = 0;
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"%1-%2/rollbook.sqlite"_s.arg(name).arg(++n))));
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return {};
    }
    if (!SettingsStore(opened.value()->connection())
                 .set(u"parent_login_enabled"_s, u"true"_s, u"test"_s)
                 .ok())
        QTest::qFail("cannot switch on parent login", __FILE__, __LINE__);
    return std::move(opened.value());
}

void TestImportMapping::init()
{
    m_database = openDatabase(u"main"_s);
    QVERIFY(m_database);
}

void TestImportMapping::cleanup()
{
    m_database.reset();
}

QString TestImportMapping::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        QTest::qFail("cannot write the test file", __FILE__, __LINE__);
    return path;
}

ImportReport TestImportMapping::import(const ImportPlan &given)
{
    ImportPlan plan = given;
    plan.backupsKept = 0;
    auto report = runImport(m_database->connection(), plan);
    if (!report) {
        QTest::qFail(qPrintable(report.error().message), __FILE__, __LINE__);
        return {};
    }
    return report.value();
}

// A file whose "Kode" column the guess cannot place: the user maps it by hand.
static const QByteArray learnersWithCode = "Kode,Fornavn,Etternavn,Brukernavn,Gruppe\n"
                                           "E1,Kari,Nordmann,kari,5A\n"
                                           "E2,Ola,Nordmann,ola,6B\n";

void TestImportMapping::signatureFoldsTheHeadersButKeepsTheirOrder()
{
    using ImportMappings::signature;
    QCOMPARE(signature({u"Fornavn"_s, u"E-post"_s}), signature({u" fornavn"_s, u"e-post"_s}));
    QCOMPARE(signature({u"Førnavn"_s}), signature({u"Fornavn"_s}));
    QVERIFY(signature({u"Fornavn"_s, u"E-post"_s}) != signature({u"E-post"_s, u"Fornavn"_s}));
    QVERIFY(signature({u"a b"_s, u"c"_s}) != signature({u"a"_s, u"b c"_s}));
}

void TestImportMapping::ofReadsTheFileAsTheImportDoes()
{
    const QStringList headers = {u"Kode"_s, u"Fornavn"_s, u"Etternavn"_s, u"Brukernavn"_s,
                                 u"Gruppe"_s};
    ImportPlan plan;
    plan.mapOverrides = {{u"Kode"_s, Field::SyncKey}};
    plan.mode = ImportMode::Add;
    const ImportMapping mapping = ImportMappings::of(plan, headers);
    QCOMPARE(mapping.headers, headers);
    QCOMPARE(mapping.profile, Profile::Learner);
    const QList<MappedColumn> expected = {{u"Kode"_s, Field::SyncKey},
                                          {u"Fornavn"_s, Field::FirstName},
                                          {u"Etternavn"_s, Field::LastName},
                                          {u"Brukernavn"_s, Field::Username},
                                          {u"Gruppe"_s, Field::Ignore}};
    QCOMPARE(mapping.columns, expected);
    QCOMPARE(mapping.mode, ImportMode::Add);
    // The reading is remembered only when it was a choice.
    plan.encoding = u"windows-1252"_s;
    QVERIFY(ImportMappings::of(plan, headers).encoding.isEmpty());
    plan.readingChosen = true;
    QCOMPARE(ImportMappings::of(plan, headers).encoding, u"windows-1252"_s);

    // A parent file: the child's column is the relationship's, not the parent's.
    ImportPlan parents;
    parents.profile = Profile::Parent;
    parents.syncField = u"Elevnummer"_s;
    parents.matchField = MatchField::Username;
    const ImportMapping parentMapping = ImportMappings::of(
            parents, {u"Elevnummer"_s, u"Fornavn"_s, u"Etternavn"_s, u"E-post"_s});
    QCOMPARE(parentMapping.columns.first().field, Field::Ignore);
    QCOMPARE(parentMapping.syncField, u"Elevnummer"_s);
    QCOMPARE(parentMapping.matchField, MatchField::Username);
}

void TestImportMapping::fieldsForPlacesEachNamedColumnOnce()
{
    ImportMapping mapping;
    mapping.columns = {{u"Kode"_s, Field::SyncKey},
                       {u"Fornavn"_s, Field::FirstName},
                       {u"Brukernavn"_s, Field::Username}};
    // Another order, another spelling, a column the mapping does not name, and a header twice:
    // the one spelt as the mapping spells it takes the field.
    const auto fields = ImportMappings::fieldsFor(
            mapping, {u"brukernavn"_s, u"Klasse"_s, u"FORNAVN"_s, u"kode"_s, u"Kode"_s});
    const QList<std::optional<Field>> expected = {Field::Username, std::nullopt, Field::FirstName,
                                                  std::nullopt, Field::SyncKey};
    QCOMPARE(fields, expected);
    QCOMPARE(ImportMappings::fieldOf(mapping, u" fornavn"_s), Field::FirstName);
    QCOMPARE(ImportMappings::fieldOf(mapping, u"Klasse"_s), std::nullopt);
}

void TestImportMapping::jsonRoundTrips()
{
    ImportMapping mapping;
    mapping.headers = {u"Elev"_s, u"Foresatt 1 navn"_s, u"Foresatt 1 e-post"_s};
    mapping.profile = Profile::LearnersWithParents;
    mapping.columns = {{u"Elev"_s, Field::FullName},
                       {u"Foresatt 1 navn"_s, Field::Ignore},
                       {u"Foresatt 1 e-post"_s, Field::Ignore}};
    mapping.guardians = {
            {u"Foresatt 1"_s,
             {{u"Foresatt 1 navn"_s, Field::FullName}, {u"Foresatt 1 e-post"_s, Field::Email}}}};
    mapping.encoding = u"windows-1252"_s;
    mapping.delimiter = u";"_s;
    mapping.mode = ImportMode::Update;
    mapping.fillPasswords = true;
    mapping.makeGuardianUsernames = true;
    mapping.guardianUsernameRule = GuardianUsernameRule::InitialDotLast;
    mapping.deriveParentSyncKeys = true;
    const auto back = ImportMappings::fromJson(ImportMappings::toJson(mapping), true);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back.value(), mapping);
}

void TestImportMapping::strictJsonRefusesWhatItDoesNotKnow_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("unknown member")
            << R"({"profile":"learner","columns":[],"colour":"red"})"_ba << u"“colour”"_s;
    QTest::newRow("unknown field")
            << R"({"profile":"learner","columns":[{"header":"Tlf","field":"phone"}]})"_ba
            << u"“phone”"_s;
    QTest::newRow("unknown profile")
            << R"({"profile":"teacher","columns":[]})"_ba << u"“teacher”"_s;
    QTest::newRow("wrong type") << R"({"profile":"learner","fill_passwords":"yes"})"_ba
                                << u"“fill_passwords”"_s;
    QTest::newRow("parents without child column")
            << R"({"profile":"parent","columns":[]})"_ba << u"child"_s;
}

void TestImportMapping::strictJsonRefusesWhatItDoesNotKnow()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    const auto read = ImportMappings::fromJson(QJsonDocument::fromJson(json).object(), true);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(why), qPrintable(read.error().message));
}

void TestImportMapping::aRememberedFieldThatNoLongerExistsIsDroppedWithANote()
{
    const QByteArray json = R"({"profile":"learner","headers":["Tlf","Fornavn"],"columns":[
        {"header":"Tlf","field":"phone"},{"header":"Fornavn","field":"first-name"}]})"_ba;
    QStringList notes;
    const auto read =
            ImportMappings::fromJson(QJsonDocument::fromJson(json).object(), false, &notes);
    QVERIFY(read.ok());
    const QList<MappedColumn> expected = {{u"Fornavn"_s, Field::FirstName}};
    QCOMPARE(read->columns, expected);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(u"“Tlf”"_s) && notes.first().contains(u"“phone”"_s),
             qPrintable(notes.first()));
}

void TestImportMapping::aCommittedImportRemembersItsMapping()
{
    ImportPlan plan;
    plan.filePath = write(u"elever-vår.csv"_s, learnersWithCode);
    plan.mapOverrides = {{u"Kode"_s, Field::SyncKey}};
    const ImportReport report = import(plan);
    QVERIFY(report.committed);
    QVERIFY(report.notRemembered.isEmpty());

    const auto recall =
            store().recall({u"Kode"_s, u"Fornavn"_s, u"Etternavn"_s, u"Brukernavn"_s, u"Gruppe"_s},
                           Profile::Learner);
    QVERIFY(recall.ok());
    QVERIFY(recall->same.has_value());
    QCOMPARE(recall->same->fileName, u"elever-vår.csv"_s);
    QCOMPARE(recall->same->savedAt.date(), QDateTime::currentDateTimeUtc().date());
    QCOMPARE(ImportMappings::fieldOf(recall->same->mapping, u"Kode"_s), Field::SyncKey);
    QVERIFY(rememberedFrom(*recall->same).contains(u"“elever-vår.csv”"_s));
}

void TestImportMapping::aDryRunOrARefusedImportRemembersNothing()
{
    ImportPlan plan;
    plan.filePath = write(u"check.csv"_s, learnersWithCode);
    plan.mapOverrides = {{u"Kode"_s, Field::SyncKey}};
    plan.dryRun = true;
    QVERIFY(!import(plan).committed);
    // Refused: a duplicate user name.
    ImportPlan refused;
    refused.filePath = write(u"refused.csv"_s, "Kode,Fornavn,Etternavn,Brukernavn,Gruppe\n"
                                               "E1,Kari,Nordmann,kari,5A\n"
                                               "E2,Ola,Nordmann,kari,6B\n");
    refused.mapOverrides = plan.mapOverrides;
    const ImportReport report = import(refused);
    QVERIFY(report.hasErrors());
    QVERIFY(!report.committed);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM import_mapping"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestImportMapping::theSameHeadersGetTheMappingBackPerProfile()
{
    ImportPlan plan;
    plan.filePath = write(u"first.csv"_s, learnersWithCode);
    plan.mapOverrides = {{u"Kode"_s, Field::SyncKey}, {u"Gruppe"_s, Field::Ignore}};
    plan.fillPasswords = true;
    QVERIFY(import(plan).committed);

    // The next term's file: other people, the same headers with other letters' case.
    const QString second = write(u"second.csv"_s, "kode,fornavn,etternavn,brukernavn,gruppe\n"
                                                  "E3,Per,Hansen,per,7C\n");
    const QStringList headers = {u"kode"_s, u"fornavn"_s, u"etternavn"_s, u"brukernavn"_s,
                                 u"gruppe"_s};
    const auto recall = store().recall(headers, Profile::Learner);
    QVERIFY(recall.ok() && recall->same);
    ImportPlan next;
    next.filePath = second;
    ImportMappings::applyTo(recall->same->mapping, headers, next);
    QVERIFY(next.fillPasswords);
    QVERIFY(next.mapOverrides.contains(std::pair(u"kode"_s, Field::SyncKey)));
    QVERIFY(import(next).committed);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT sync_key, password <> '' FROM person WHERE username = 'per'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"E3"_s);
    QVERIFY(query.value(1).toBool());

    // The platform's parent file has the learner file's headers: it is read its own way.
    const auto asParents = store().recall(headers, Profile::Parent);
    QVERIFY(asParents.ok());
    QVERIFY(!asParents->same && !asParents->similar);
}

void TestImportMapping::aSimilarFileIsOfferedTheNearest()
{
    ImportPlan plan;
    plan.filePath = write(u"first.csv"_s, learnersWithCode);
    plan.mapOverrides = {{u"Kode"_s, Field::SyncKey}};
    QVERIFY(import(plan).committed);

    const auto reordered =
            store().recall({u"Fornavn"_s, u"Kode"_s, u"Etternavn"_s, u"Brukernavn"_s, u"Gruppe"_s},
                           Profile::Learner);
    QVERIFY(reordered.ok());
    QVERIFY(!reordered->same);
    QVERIFY(reordered->similar);
    QCOMPARE(reordered->difference, u"the columns are in another order"_s);

    const auto added = store().recall(
            {u"Kode"_s, u"Fornavn"_s, u"Etternavn"_s, u"Brukernavn"_s, u"Gruppe"_s, u"Klasse"_s},
            Profile::Learner);
    QVERIFY(added.ok() && added->similar);
    QVERIFY2(added->difference.contains(u"“Klasse”"_s), qPrintable(added->difference));

    // One column fewer, or too many more, is another file.
    QVERIFY(!store().recall({u"Kode"_s, u"Fornavn"_s, u"Etternavn"_s, u"Brukernavn"_s},
                            Profile::Learner)
                     ->similar);
    QVERIFY(!store().recall({u"Kode"_s, u"Fornavn"_s, u"Etternavn"_s, u"Brukernavn"_s, u"Gruppe"_s,
                             u"A"_s, u"B"_s, u"C"_s},
                            Profile::Learner)
                     ->similar);
}

void TestImportMapping::forgetThisMapping()
{
    ImportPlan plan;
    plan.filePath = write(u"first.csv"_s, learnersWithCode);
    plan.mapOverrides = {{u"Kode"_s, Field::SyncKey}};
    QVERIFY(import(plan).committed);
    const QStringList headers = {u"Kode"_s, u"Fornavn"_s, u"Etternavn"_s, u"Brukernavn"_s,
                                 u"Gruppe"_s};
    const auto recall = store().recall(headers, Profile::Learner);
    QVERIFY(recall.ok() && recall->same);
    QVERIFY(store().forget(*recall->same).ok());
    QVERIFY(!store().recall(headers, Profile::Learner)->same);
}

void TestImportMapping::aPresetNamesTheColumnsAFileLacks()
{
    ImportMapping mapping;
    mapping.profile = Profile::Parent;
    mapping.headers = {u"Elevnr"_s, u"Navn"_s, u"E-post"_s, u"Mobil"_s};
    mapping.columns = {{u"Elevnr"_s, Field::Ignore},
                       {u"Navn"_s, Field::FullName},
                       {u"E-post"_s, Field::Email},
                       {u"Mobil"_s, Field::Ignore}};
    mapping.syncField = u"Elevnr"_s;
    // Ignored columns may be missing; the child's column and mapped ones may not.
    QVERIFY(ImportMappings::missingColumns(mapping, {u"elevnr"_s, u"navn"_s, u"e-post"_s})
                    .isEmpty());
    QCOMPARE(ImportMappings::missingColumns(mapping, {u"Navn"_s}),
             QStringList({u"E-post"_s, u"Elevnr"_s}));
}

void TestImportMapping::presetNamesAreUniqueWhateverTheCase()
{
    ImportMapping mapping;
    mapping.headers = {u"Fornavn"_s};
    mapping.columns = {{u"Fornavn"_s, Field::FirstName}};
    QVERIFY(store().savePreset(u"Visma elever"_s, mapping).ok());
    const Status again = store().savePreset(u"visma ELEVER"_s, mapping);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(u"“Visma elever”"_s),
             qPrintable(again.error().message));
    mapping.fillPasswords = true;
    QVERIFY(store().savePreset(u"visma ELEVER"_s, mapping, true).ok());
    const auto presets = store().presets();
    QVERIFY(presets.ok());
    QCOMPARE(presets->size(), 1);
    QCOMPARE(presets->first().name, u"visma ELEVER"_s);
    QVERIFY(presets->first().mapping.fillPasswords);
    QVERIFY(store().deletePreset(u"Visma Elever"_s).ok());
    QVERIFY(store().presets()->isEmpty());
    const Status missing = store().deletePreset(u"Visma"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::Usage);
}

void TestImportMapping::aPresetExportedHereMapsTheSameFileTheSameWayThere()
{
    // A district maps its student system's parent file once, on its own database…
    const QString learners = write(u"elever.csv"_s, learnersWithCode);
    ImportPlan learnerPlan;
    learnerPlan.filePath = learners;
    learnerPlan.mapOverrides = {{u"Kode"_s, Field::SyncKey}};
    QVERIFY(import(learnerPlan).committed);
    const QString parents = write(u"foresatte.csv"_s, "Barn,Navn,Epost,Mobil\n"
                                                      "kari,Anne Nordmann,anne@example.no,1\n"
                                                      "ola,Per Nordmann,per@example.no,2\n");
    const QStringList headers = {u"Barn"_s, u"Navn"_s, u"Epost"_s, u"Mobil"_s};
    ImportPlan parentPlan;
    parentPlan.filePath = parents;
    parentPlan.profile = Profile::Parent;
    parentPlan.syncField = u"Barn"_s;
    parentPlan.matchField = MatchField::Username;
    parentPlan.mapOverrides = {{u"Navn"_s, Field::FullName}, {u"Epost"_s, Field::Username}};
    parentPlan.deriveParentSyncKeys = true;
    const ImportMapping mapping = ImportMappings::of(parentPlan, headers);
    QVERIFY(store().savePreset(u"Foresatte fra SIS"_s, mapping).ok());
    const QString file = m_dir.filePath(u"preset.json"_s);
    QVERIFY(store().exportPreset(u"foresatte fra sis"_s, file).ok());

    // …and a school imports the preset into its own.
    auto school = openDatabase(u"school"_s);
    QVERIFY(school);
    MappingStore there(school->connection());
    const auto imported = there.importPreset(file);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->name, u"Foresatte fra SIS"_s);
    const auto preset = there.preset(u"Foresatte fra SIS"_s);
    QVERIFY(preset.ok());
    QCOMPARE(preset->mapping, mapping);

    // The same file read by the preset there is read as it was here.
    ImportPlan here;
    ImportMappings::applyTo(store().preset(u"Foresatte fra SIS"_s)->mapping, headers, here);
    ImportPlan atSchool;
    ImportMappings::applyTo(preset->mapping, headers, atSchool);
    QCOMPARE(ImportMappings::of(atSchool, headers), ImportMappings::of(parentPlan, headers));
    QCOMPARE(atSchool.syncField, u"Barn"_s);
    QCOMPARE(atSchool.matchField, MatchField::Username);
    QVERIFY(atSchool.deriveParentSyncKeys);
    QCOMPARE(atSchool.mapOverrides, here.mapOverrides);
}

void TestImportMapping::aBadPresetFileIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("not json") << "{\"format\": \"rollbook-preset\",\n  \"version\": 1,,}"_ba
                              << u"line 2, column"_s;
    QTest::newRow("a csv file") << "Fornavn,Etternavn\nKari,Nordmann\n"_ba << u"not JSON"_s;
    QTest::newRow("another json") << R"({"name": "x"})"_ba << u"rollbook-preset"_s;
    QTest::newRow("newer")
            << R"({"format":"rollbook-preset","version":2,"name":"x","mapping":{}})"_ba
            << u"newer version"_s;
    QTest::newRow("unknown field")
            << R"({"format":"rollbook-preset","version":1,"name":"x","owner":"me",
                  "mapping":{"profile":"learner"}})"_ba
            << u"“owner”"_s;
    QTest::newRow("unknown mapping field") << R"({"format":"rollbook-preset","version":1,"name":"x",
                  "mapping":{"profile":"learner","columns":[{"header":"A","field":"phone"}]}})"_ba
                                           << u"“phone”"_s;
    QTest::newRow("no name") << R"({"format":"rollbook-preset","version":1,"mapping":{}})"_ba
                             << u"no name"_s;
}

void TestImportMapping::aBadPresetFileIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    ImportMapping mapping;
    mapping.headers = {u"Fornavn"_s};
    QVERIFY(store().savePreset(u"x"_s, mapping).ok());
    const QString before = Testing::dumpTables(m_database->connection());

    const auto imported = store().importPreset(write(u"bad.json"_s, content), true);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Invalid);
    QVERIFY2(imported.error().message.contains(u"“bad.json”"_s),
             qPrintable(imported.error().message));
    QVERIFY2(imported.error().message.contains(why), qPrintable(imported.error().message));
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestImportMapping)
#include "tst_importmapping.moc"

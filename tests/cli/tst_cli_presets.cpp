// rollbook-cli's remembered mappings and presets, end to end with QProcess: a file with the
// headers of one imported before is read as that one was, a similar file's reading is only
// offered, and a preset saved on one database maps the same file the same way on another.
#include "clisupport.h"
#include "import/importmapping.h"
#include "import/mappingstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::fixture;
using Testing::Run;

namespace {

// A learners file whose synchronisation key is under a header the guess does not place.
const QByteArray kodeHeaders = "Kode,First name,Last name,User name\r\n"_ba;
const QString presetName = u"Elever fra SIS"_s;

} // namespace

class TestCliPresets : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void sameHeadersTakeTheRememberedMapping();
    void learnerAndParentFilesWithTheSameHeadersAreRememberedApart();
    void similarFileIsOfferedAndAppliedOnlyWhenAsked();
    void presetMapsTheSameFileTheSameWayOnAnotherDatabase();
    void presetMissingAColumnIsRefusedAndChangesNothing();
    void unknownPresetExitsTwoNamingThePresets();
    void presetNameTakenIsRefusedUnlessReplace();
    void badPresetFileIsRefusedAndChangesNothing_data();
    void badPresetFileIsRefusedAndChangesNothing();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    Run run(const QStringList &arguments) const { return runOn(m_database, arguments); }
    static Run runOn(const QString &database, const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // The learners of `database` as `users --json` gives them: user name → "First Last|key".
    static QMap<QString, QString> learners(const QString &database);
    // A preset saved as Save as Preset… saves it: the guess, with "Kode" as synchronisation key.
    bool savePreset() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCliPresets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Testing::newDatabase(m_dir->filePath(u"cli.sqlite"_s));
    QCOMPARE(run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s}).exitCode, 0);
}

Run TestCliPresets::runOn(const QString &database, const QStringList &arguments)
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                               QStringList{u"--database"_s, database} + arguments);
}

QString TestCliPresets::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QMap<QString, QString> TestCliPresets::learners(const QString &database)
{
    const Run listed = runOn(database, {u"users"_s, u"--profile"_s, u"learner"_s, u"--json"_s});
    QMap<QString, QString> people;
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        const QJsonObject person = value.toObject();
        people.insert(person[u"username"_s].toString(), person[u"first_name"_s].toString() + u' ' +
                                                                person[u"last_name"_s].toString() +
                                                                u'|' +
                                                                person[u"sync_key"_s].toString());
    }
    return people;
}

bool TestCliPresets::savePreset() const
{
    ImportPlan plan;
    plan.mapOverrides = {{u"Kode"_s, Field::SyncKey}};
    const ImportMapping mapping =
            ImportMappings::of(plan, {u"Kode"_s, u"First name"_s, u"Last name"_s, u"User name"_s});
    bool saved = false;
    const bool opened = CliTesting::withConnection(m_database, [&](QSqlDatabase &db) {
        saved = MappingStore(db).savePreset(presetName, mapping).ok();
    });
    return opened && saved;
}

void TestCliPresets::sameHeadersTakeTheRememberedMapping()
{
    const Run first = run(
            {u"import"_s, writeFile(u"elever-vår.csv"_s, kodeHeaders + "E1,Kari,Nordmann,kari\r\n"),
             u"--map"_s, u"Kode=sync-key"_s});
    QCOMPARE(first.exitCode, 0);

    // The next term's file: no --map, and "Kode" is still the synchronisation key.
    const Run second = run({u"import"_s, writeFile(u"elever-høst.csv"_s,
                                                   kodeHeaders + "E2,Ola,Nordmann,ola\r\n")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains(u"Columns as in the import of"_s), qPrintable(second.err));
    QVERIFY2(second.err.contains(u"“elever-vår.csv” (--no-remembered guesses them instead)."_s),
             qPrintable(second.err));
    QVERIFY2(!second.err.contains(u"“Kode”: This column is not imported"_s),
             qPrintable(second.err));
    QCOMPARE(learners(m_database).value(u"ola"_s), u"Ola Nordmann|E2"_s);

    // --no-remembered: guessed, and "Kode" is not imported.
    const Run guessed = run(
            {u"import"_s, writeFile(u"elever-vinter.csv"_s, kodeHeaders + "E3,Per,Hansen,per\r\n"),
             u"--no-remembered"_s});
    QCOMPARE(guessed.exitCode, 0);
    QVERIFY2(!guessed.err.contains(u"Columns as in"_s), qPrintable(guessed.err));
    QVERIFY2(guessed.err.contains(u"column “Kode”: This column is not imported"_s),
             qPrintable(guessed.err));
    QCOMPARE(learners(m_database).value(u"per"_s), u"Per Hansen|"_s);
}

void TestCliPresets::learnerAndParentFilesWithTheSameHeadersAreRememberedApart()
{
    // The platform's two files: the same headers, the learners' ChildID empty.
    const QString children = fixture(u"seed-a-children.csv"_s);
    const QString parents = fixture(u"seed-b-parents-one-child.csv"_s);
    QCOMPARE(run({u"import"_s, children}).exitCode, 0);
    QCOMPARE(run({u"import"_s, parents, u"--match"_s, u"sync-key"_s}).exitCode, 0);
    const QString before = run({u"users"_s, u"--json"_s}).out;
    QVERIFY2(before.contains(u"\"children\":[\"son1\"]"_s), qPrintable(before));

    const Run again = run({u"import"_s, parents});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(u"Columns as in the import of"_s), qPrintable(again.err));
    QVERIFY2(again.err.contains(u"“seed-b-parents-one-child.csv”"_s), qPrintable(again.err));
    QVERIFY2(!again.err.contains(u"seed-a-children.csv"_s), qPrintable(again.err));
    QVERIFY2(again.err.contains(u"2 unchanged, 0 links made; 0 errors"_s), qPrintable(again.err));
    QCOMPARE(run({u"users"_s, u"--json"_s}).out, before);

    // And the learners' file still takes the learners' mapping.
    const Run learnersAgain = run({u"import"_s, children});
    QCOMPARE(learnersAgain.exitCode, 0);
    QVERIFY2(learnersAgain.err.contains(u"“seed-a-children.csv” (--no-remembered"_s),
             qPrintable(learnersAgain.err));
    QCOMPARE(run({u"users"_s, u"--json"_s}).out, before);
}

void TestCliPresets::similarFileIsOfferedAndAppliedOnlyWhenAsked()
{
    QCOMPARE(run({u"import"_s,
                  writeFile(u"elever-vår.csv"_s, kodeHeaders + "E1,Kari,Nordmann,kari\r\n"),
                  u"--map"_s, u"Kode=sync-key"_s})
                     .exitCode,
             0);

    // One column more: offered, not applied.
    const Run offered = run({u"import"_s, writeFile(u"elever-gruppe.csv"_s,
                                                    "Kode,First name,Last name,User name,Gruppe\r\n"
                                                    "E3,Per,Hansen,per,5A\r\n")});
    QCOMPARE(offered.exitCode, 0);
    QVERIFY2(offered.err.contains(u"--use-similar"_s), qPrintable(offered.err));
    QVERIFY2(offered.err.contains(u"“elever-vår.csv”"_s), qPrintable(offered.err));
    QVERIFY2(offered.err.contains(u"“Gruppe”"_s), qPrintable(offered.err));
    QVERIFY2(!offered.err.contains(u"Columns as in"_s), qPrintable(offered.err));
    QCOMPARE(learners(m_database).value(u"per"_s), u"Per Hansen|"_s);

    // Another column more (the file above is not like this one): with --use-similar, applied.
    const Run used =
            run({u"import"_s,
                 writeFile(u"elever-klasse.csv"_s, "Kode,First name,Last name,User name,Klasse\r\n"
                                                   "E4,Liv,Berg,liv,6B\r\n"),
                 u"--use-similar"_s});
    QCOMPARE(used.exitCode, 0);
    QVERIFY2(used.err.contains(u"Columns as in the import of"_s), qPrintable(used.err));
    QVERIFY2(used.err.contains(u"“elever-vår.csv”"_s), qPrintable(used.err));
    QVERIFY2(used.err.contains(u"“Klasse”"_s), qPrintable(used.err));
    QCOMPARE(learners(m_database).value(u"liv"_s), u"Liv Berg|E4"_s);

    // The same columns in another order: likewise.
    const Run reordered =
            run({u"import"_s,
                 writeFile(u"elever-omstokket.csv"_s, "User name,Last name,First name,Kode\r\n"
                                                      "ola,Nordmann,Ola,E2\r\n"),
                 u"--use-similar"_s});
    QCOMPARE(reordered.exitCode, 0);
    QVERIFY2(reordered.err.contains(u"the columns are in another order"_s),
             qPrintable(reordered.err));
    QCOMPARE(learners(m_database).value(u"ola"_s), u"Ola Nordmann|E2"_s);
}

void TestCliPresets::presetMapsTheSameFileTheSameWayOnAnotherDatabase()
{
    QVERIFY(savePreset());
    const Run listed = run({u"presets"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out, u"Elever fra SIS\tlearner\t4\n"_s);

    const QString json = m_dir->filePath(u"elever.json"_s);
    QCOMPARE(run({u"presets"_s, u"export"_s, u"elever FRA sis"_s, json}).exitCode, 0);
    QFile written(json);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(object[u"format"_s].toString(), u"rollbook-preset"_s);
    QCOMPARE(object[u"version"_s].toInt(), 1);
    QCOMPARE(object[u"name"_s].toString(), presetName);

    // Another school's database.
    const QString school = Testing::newDatabase(m_dir->filePath(u"school.sqlite"_s));
    const Run added = runOn(school, {u"presets"_s, u"import"_s, json});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(runOn(school, {u"presets"_s}).out, listed.out);

    const QString file = writeFile(u"elever.csv"_s, kodeHeaders + "E1,Kari,Nordmann,kari\r\n"
                                                                  "E2,Ola,Nordmann,ola\r\n");
    for (const QString &database : {m_database, school}) {
        const Run imported = runOn(database, {u"import"_s, file, u"--preset"_s, presetName});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.contains(u"Columns as in the preset “Elever fra SIS”."_s),
                 qPrintable(imported.err));
    }
    QCOMPARE(learners(school).value(u"kari"_s), u"Kari Nordmann|E1"_s);
    QCOMPARE(learners(school), learners(m_database));

    const Run deleted = run({u"presets"_s, u"delete"_s, presetName});
    QCOMPARE(deleted.exitCode, 0);
    const Run empty = run({u"presets"_s, u"list"_s});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QString());
    QVERIFY2(empty.err.contains(u"There are no presets yet."_s), qPrintable(empty.err));
}

void TestCliPresets::presetMissingAColumnIsRefusedAndChangesNothing()
{
    QVERIFY(savePreset());
    const QString file = writeFile(u"uten-kode.csv"_s,
                                   "First name,Last name,User name\r\nKari,Nordmann,kari\r\n");
    const QString before = Testing::dumpFile(m_database);
    const Run refused = run({u"import"_s, file, u"--preset"_s, presetName});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"The preset “Elever fra SIS” names columns this file does not "
                                  u"have: “Kode”."_s),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"Nothing was imported"_s), qPrintable(refused.err));
    QCOMPARE(Testing::dumpFile(m_database), before);
}

void TestCliPresets::unknownPresetExitsTwoNamingThePresets()
{
    QVERIFY(savePreset());
    const QString file = writeFile(u"elever.csv"_s, kodeHeaders + "E1,Kari,Nordmann,kari\r\n");
    const QString before = Testing::dumpFile(m_database);
    const Run refused = run({u"import"_s, file, u"--preset"_s, u"Foresatte"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(
                     u"There is no preset “Foresatte”. The presets are: “Elever fra SIS”."_s),
             qPrintable(refused.err));
    QCOMPARE(Testing::dumpFile(m_database), before);
}

void TestCliPresets::presetNameTakenIsRefusedUnlessReplace()
{
    QVERIFY(savePreset());
    const QString json = m_dir->filePath(u"elever.json"_s);
    QCOMPARE(run({u"presets"_s, u"export"_s, presetName, json}).exitCode, 0);

    // The district's newer version of it: one column more.
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QJsonObject preset = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject mapping = preset[u"mapping"_s].toObject();
    mapping[u"headers"_s] = mapping[u"headers"_s].toArray() + u"Gruppe"_s;
    mapping[u"columns"_s] = mapping[u"columns"_s].toArray() +
                            QJsonObject{{u"header"_s, u"Gruppe"_s}, {u"field"_s, u"ignore"_s}};
    preset[u"mapping"_s] = mapping;
    QVERIFY(file.resize(0));
    QVERIFY(file.write(QJsonDocument(preset).toJson()) > 0);
    file.close();

    const QString before = Testing::dumpFile(m_database);
    const Run taken = run({u"presets"_s, u"import"_s, json});
    QVERIFY(taken.exitCode > 0);
    QVERIFY2(taken.err.contains(u"There is a preset “Elever fra SIS” already."_s),
             qPrintable(taken.err));
    QCOMPARE(Testing::dumpFile(m_database), before);

    const Run replaced = run({u"presets"_s, u"import"_s, json, u"--replace"_s});
    QCOMPARE(replaced.exitCode, 0);
    QCOMPARE(run({u"presets"_s}).out, u"Elever fra SIS\tlearner\t5\n"_s);
}

void TestCliPresets::badPresetFileIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("not json") << "{\"format\": \"rollbook-preset\",\n  \"version\": 1,,}"_ba
                              << u"it is not JSON (line 2"_s;
    QTest::newRow("newer version")
            << R"({"format":"rollbook-preset","version":2,"name":"Elever fra SIS","mapping":{}})"_ba
            << u"newer version of Rollbook"_s;
    QTest::newRow("unknown field")
            << R"({"format":"rollbook-preset","version":1,"name":"Elever fra SIS","owner":"x",
                  "mapping":{"headers":["Kode"],"profile":"learner",
                             "columns":[{"header":"Kode","field":"sync-key"}]}})"_ba
            << u"“owner”"_s;
    QTest::newRow("unknown field of the mapping")
            << R"({"format":"rollbook-preset","version":1,"name":"Elever fra SIS",
                  "mapping":{"headers":["Kode"],"profile":"learner",
                             "columns":[{"header":"Kode","field":"phone"}]}})"_ba
            << u"“phone”"_s;
}

void TestCliPresets::badPresetFileIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    QVERIFY(savePreset());
    const QString listed = run({u"presets"_s}).out;
    const QString before = Testing::dumpFile(m_database);

    // With --replace: even the preset of the same name stays as it was.
    const Run refused =
            run({u"presets"_s, u"import"_s, writeFile(u"bad.json"_s, content), u"--replace"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"“bad.json” is not a preset Rollbook can read"_s),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(why), qPrintable(refused.err));
    QCOMPARE(Testing::dumpFile(m_database), before);
    QCOMPARE(run({u"presets"_s}).out, listed);
}

void TestCliPresets::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such action")
            << QStringList{u"presets"_s, u"bogus"_s} << u"“bogus” is not an action of presets"_s;
    QTest::newRow("export without a file") << QStringList{u"presets"_s, u"export"_s, presetName}
                                           << u"export takes a preset's name and a file."_s;
    QTest::newRow("replace without import") << QStringList{u"presets"_s, u"list"_s, u"--replace"_s}
                                            << u"--replace is for import."_s;
    QTest::newRow("delete a preset not there")
            << QStringList{u"presets"_s, u"delete"_s, u"Foresatte"_s}
            << u"There is no preset “Foresatte”. The presets are: “Elever fra SIS”."_s;
    QTest::newRow("preset and no-remembered")
            << QStringList{u"import"_s, fixture(u"seed-a-children.csv"_s), u"--preset"_s,
                           presetName, u"--no-remembered"_s}
            << u"--preset and --no-remembered do not go together"_s;
}

void TestCliPresets::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(savePreset());
    const QString before = Testing::dumpFile(m_database);
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(Testing::dumpFile(m_database), before);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliPresets)
#include "tst_cli_presets.moc"

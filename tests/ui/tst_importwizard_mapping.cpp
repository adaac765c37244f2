// The import wizard and remembered mappings and presets (issue 17): the second file with the same
// headers starts from the first one's choices, says so, and can forget them; a similar file's
// choices and the presets are offered, never applied silently.
#include "import/importmapping.h"
#include "import/importrun.h"
#include "import/mappingstore.h"
#include "importwizard/columnspage.h"
#include "importwizard/importrunpage.h"
#include "importwizard/optionspage.h"
#include "importwizard/relationshippage.h"
#include "sample/sampleschool.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestImportWizardMapping : public WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(u"tst_importwizard_mapping"_s); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void secondFileStartsFromTheFirstFilesChoices();
    void forgetThisMappingGuessesAgain();
    void aSimilarFileIsOfferedNotApplied();
    void parentsTakeTheChildColumnAndMatchingFieldBack();
    void savedPresetStartsAnotherFile();
    void theSampleSchoolImportsAsGuessed();

private:
    QString write(const QString &name, const QByteArray &content);
    void rememberLearners(const QString &name);
    ColumnsPage *columnsPage() const
    {
        return static_cast<ColumnsPage *>(m_wizard->page(ImportWizard::ColumnsId));
    }
    Field field(int column) const { return Field(this->column(column)->currentData().toInt()); }
    void toColumns(const QString &file);
};

// "Kode" is a header no guess places: the user maps it to the synchronisation key.
static const QByteArray header = "Kode,Fornavn,Etternavn,Brukernavn,Gruppe\n";

QString TestImportWizardMapping::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        QTest::qFail("cannot write the test file", __FILE__, __LINE__);
    return path;
}

void TestImportWizardMapping::rememberLearners(const QString &name)
{
    ImportPlan plan;
    plan.filePath = write(name, header + "E1,Kari,Nordmann,kari,5A\n");
    plan.mapOverrides = {{u"Kode"_s, Field::SyncKey}};
    plan.fillPasswords = true;
    plan.backupsKept = 0;
    const auto report = runImport(m_database->connection(), plan);
    QVERIFY(report.ok() && report->committed);
}

void TestImportWizardMapping::toColumns(const QString &file)
{
    openWizard(file);
    next(); // Format
    next(); // Columns
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ColumnsId));
}

void TestImportWizardMapping::secondFileStartsFromTheFirstFilesChoices()
{
    // The first file, through the wizard: Kode mapped by hand, passwords filled.
    startWizard(write(u"elever-vår.csv"_s, header + "E1,Kari,Nordmann,kari,5A\n"),
                Profile::Learner);
    next();
    next();
    QCOMPARE(field(0), Field::Ignore); // the guess cannot place it
    QVERIFY(columnsPage()->origin().isEmpty());
    column(0)->setCurrentIndex(column(0)->findData(int(Field::SyncKey)));
    next();
    find<QCheckBox>(ImportWizard::OptionsId, "fillPasswords")->setChecked(true);
    next();
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    next();
    QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
    QVERIFY(m_wizard->batchId() > 0);

    // The next term's file: the same headers, other people.
    toColumns(write(u"elever-høst.csv"_s, header + "E2,Ola,Nordmann,ola,6B\n"));
    QCOMPARE(field(0), Field::SyncKey);
    QCOMPARE(field(1), Field::FirstName);
    const QString origin = columnsPage()->origin();
    QVERIFY2(origin.startsWith(u"Columns as in the import of "_s), qPrintable(origin));
    QVERIFY2(origin.contains(u"“elever-vår.csv”"_s), qPrintable(origin));
    auto *forget = find<QPushButton>(ImportWizard::ColumnsId, "forgetMapping");
    QVERIFY(forget->isVisible());
    QVERIFY(!find<QPushButton>(ImportWizard::ColumnsId, "useSimilar")->isVisible());
    if (const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS"); !folder.isEmpty()) {
        m_wizard->resize(820, 560);
        QVERIFY(m_wizard->grab().save(QDir(folder).filePath(u"import-remembered.png"_s)));
    }
    next();
    QVERIFY(find<QCheckBox>(ImportWizard::OptionsId, "fillPasswords")->isChecked());
    next();
    check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    next();
    QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username = 'ola' AND sync_key = 'E2' "
                   u"AND password <> ''"_s),
             1);
}

void TestImportWizardMapping::forgetThisMappingGuessesAgain()
{
    rememberLearners(u"first.csv"_s);
    toColumns(write(u"second.csv"_s, header + "E2,Ola,Nordmann,ola,6B\n"));
    QCOMPARE(field(0), Field::SyncKey);
    auto *forget = find<QPushButton>(ImportWizard::ColumnsId, "forgetMapping");
    // By keyboard: its mnemonic, in an active window.
    QVERIFY(forget->text().startsWith(u"&F"_s));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QTest::keyClick(m_wizard.get(), Qt::Key_F, Qt::AltModifier);
    // A mnemonic clicks the button the way a mouse would: a moment later.
    QTRY_COMPARE(field(0), Field::Ignore);
    QVERIFY(!forget->isVisible());
    QVERIFY2(columnsPage()->origin().startsWith(u"Forgotten"_s),
             qPrintable(columnsPage()->origin()));
    QTRY_COMPARE(count(u"SELECT count(*) FROM import_mapping"_s), 0);
    // The options are the guess's too: the page never took the forgotten ones.
    next();
    QVERIFY(!find<QCheckBox>(ImportWizard::OptionsId, "fillPasswords")->isChecked());
}

void TestImportWizardMapping::aSimilarFileIsOfferedNotApplied()
{
    rememberLearners(u"first.csv"_s);
    toColumns(write(u"with-class.csv"_s,
                    "Kode,Fornavn,Etternavn,Brukernavn,Gruppe,Klasse\nE2,Ola,Nordmann,ola,6B,6\n"));
    QCOMPARE(field(0), Field::Ignore);
    auto *use = find<QPushButton>(ImportWizard::ColumnsId, "useSimilar");
    QVERIFY(use->isVisible());
    QVERIFY(!find<QPushButton>(ImportWizard::ColumnsId, "forgetMapping")->isVisible());
    QVERIFY2(columnsPage()->origin().contains(u"“Klasse”"_s), qPrintable(columnsPage()->origin()));
    QVERIFY(use->text().startsWith(u"&U"_s));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QTest::keyClick(m_wizard.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(field(0), Field::SyncKey);
    QVERIFY(!use->isVisible());
    QVERIFY2(columnsPage()->origin().startsWith(u"Columns as in the import of "_s),
             qPrintable(columnsPage()->origin()));
    next();
    QVERIFY(find<QCheckBox>(ImportWizard::OptionsId, "fillPasswords")->isChecked());
}

void TestImportWizardMapping::parentsTakeTheChildColumnAndMatchingFieldBack()
{
    enableParentLogin();
    rememberLearners(u"learners.csv"_s);
    const QByteArray parents = "Barn,Navn,Epost\nkari,Anne Nordmann,anne@example.no\n";
    ImportPlan plan;
    plan.filePath = write(u"foresatte-vår.csv"_s, parents);
    plan.profile = Profile::Parent;
    plan.syncField = u"Barn"_s;
    plan.matchField = MatchField::Username;
    plan.mapOverrides = {{u"Epost"_s, Field::Username}};
    plan.backupsKept = 0;
    QVERIFY(runImport(m_database->connection(), plan)->committed);

    startWizard(write(u"foresatte-høst.csv"_s, parents), Profile::Parent);
    next();
    next();
    QVERIFY2(columnsPage()->origin().contains(u"“foresatte-vår.csv”"_s),
             qPrintable(columnsPage()->origin()));
    QCOMPARE(field(2), Field::Username);
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RelationshipId));
    QCOMPARE(find<QComboBox>(ImportWizard::RelationshipId, "syncField")->currentText(), u"Barn"_s);
    const ImportPlan taken = m_wizard->plan();
    QCOMPARE(taken.syncField, u"Barn"_s);
    QCOMPARE(taken.matchField, MatchField::Username);
    auto *relationship =
            static_cast<RelationshipPage *>(m_wizard->page(ImportWizard::RelationshipId));
    QTRY_COMPARE(relationship->matchText(), u"1 of 1 rows find their child."_s);
}

void TestImportWizardMapping::savedPresetStartsAnotherFile()
{
    startWizard(write(u"sis.csv"_s, header + "E1,Kari,Nordmann,kari,5A\n"), Profile::Learner);
    next();
    next();
    column(0)->setCurrentIndex(column(0)->findData(int(Field::SyncKey)));
    next();
    auto *options = static_cast<OptionsPage *>(m_wizard->page(ImportWizard::OptionsId));
    options->saveAsPreset(u"Visma elever"_s);
    QTRY_VERIFY2(options->presetMessage().startsWith(u"Saved as the preset “Visma elever”"_s),
                 qPrintable(options->presetMessage()));
    const auto saved = MappingStore(m_database->connection()).preset(u"Visma elever"_s);
    QVERIFY(saved.ok());
    QCOMPARE(ImportMappings::fieldOf(saved->mapping, u"Kode"_s), Field::SyncKey);

    // Another school's export: the same columns in another order. The preset is offered.
    toColumns(write(u"other.csv"_s,
                    "Fornavn,Etternavn,Kode,Brukernavn,Gruppe\nOla,Nordmann,E2,ola,6B\n"));
    QCOMPARE(field(2), Field::Ignore);
    auto *preset = find<QComboBox>(ImportWizard::ColumnsId, "preset");
    QVERIFY(preset->isVisible());
    QCOMPARE(itemTexts(preset), QStringList({u"None"_s, u"Visma elever (Learner)"_s}));
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_Down);
    QCOMPARE(field(2), Field::SyncKey);
    QCOMPARE(columnsPage()->origin(), u"Columns as in the preset “Visma elever”."_s);

    // A file without the preset's Kode column: refused, saying which, and guessed.
    toColumns(write(u"no-code.csv"_s, "Fornavn,Etternavn,Brukernavn\nOla,Nordmann,ola\n"));
    preset = find<QComboBox>(ImportWizard::ColumnsId, "preset");
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_Down);
    QCOMPARE(preset->currentIndex(), 0);
    QVERIFY2(columnsPage()->origin().contains(u"does not have: “Kode”"_s),
             qPrintable(columnsPage()->origin()));
    QCOMPARE(field(0), Field::FirstName);
}

// rollbook-cli sample's files import in the window too: the learners, then their parents, each
// as the wizard guesses them.
void TestImportWizardMapping::theSampleSchoolImportsAsGuessed()
{
    enableParentLogin();
    const QString folder = m_dir.filePath(u"sample"_s);
    const auto school = writeSampleSchool(folder);
    QVERIFY2(school.ok(), qPrintable(school ? QString() : school.error().message));
    const struct
    {
        const char *file;
        Profile profile;
        qint64 people;
    } steps[] = {{"learners.csv", Profile::Learner, 60}, {"parents.csv", Profile::Parent, 96}};
    for (const auto &step : steps) {
        openWizard(QDir(folder).filePath(QString::fromLatin1(step.file)));
        QCOMPARE(m_wizard->profile(), step.profile);
        while (m_wizard->currentId() != ImportWizard::CheckId)
            next();
        auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
        QTRY_VERIFY(check->report().has_value());
        QVERIFY2(!check->report()->hasErrors(), step.file);
        next();
        QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
        QVERIFY2(m_wizard->batchId() > 0, step.file);
        QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = '%1'"_s.arg(
                         profileKey(step.profile))),
                 step.people);
    }
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 113);
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestImportWizardMapping)
#include "tst_importwizard_mapping.moc"

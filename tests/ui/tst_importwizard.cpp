#include "core/translation.h"
#include "import/importrun.h"
#include "importwizard/checkpage.h"
#include "importwizard/columnspage.h"
#include "importwizard/filepage.h"
#include "importwizard/importrunpage.h"
#include "importwizard/importwizard.h"
#include "importwizard/relationshippage.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "page.h"
#include "settings/settingsstore.h"
#include "testsupport.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestImportWizard : public WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void learnerImportFromTheFixture();
    void formatShowsLettersRightAndFollowsTheEncoding();
    void columnsFlagAFieldMappedTwiceAndARequiredOneMissing();
    void parentImportCountsChildrenLive();
    void matchingFieldIsGuessedFromTheValues();
    void parentLoginOffIsOfferedOn();
    void checkBlocksNextOnErrorsUnlessSkipping();
    void saveProblemRowsWritesTheRejectedRows();
    void manyProblemsShowTheFirstOfEachKindAndSaySoForTheRest();
    void cancelLeavesTheDatabaseUnchanged();
    void waitsForAnotherImportAndSaysSo();
    void everyControlHasALabelOrName();
    void entryPointsOpenTheWizard();
    void screenshots();
};

void TestImportWizard::initTestCase()
{
    setUpCase(u"tst_importwizard"_s);
    // Counts are tr("%n …") messages: their English singular is in the English catalogue.
    installTranslations(u"en"_s);
}

void TestImportWizard::init()
{
    setUp();
}

void TestImportWizard::cleanup()
{
    tearDown();
}

void TestImportWizard::learnerImportFromTheFixture()
{
    startWizard(fixture("learners-utf8.csv"), Profile::Learner);
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::FormatId));
    QCOMPARE(find<QComboBox>(ImportWizard::FormatId, "encoding")->currentText(), u"UTF-8"_s);
    QCOMPARE(find<QComboBox>(ImportWizard::FormatId, "delimiter")->currentText(), u"Comma"_s);
    auto *preview = find<QTableWidget>(ImportWizard::FormatId, "preview");
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->horizontalHeaderItem(2)->text(), u"First name"_s);
    QCOMPARE(preview->item(0, 2)->text(), u"Åse"_s);

    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ColumnsId));
    const QStringList expected = {u"Synchronisation key"_s, u"User name"_s, u"First name"_s,
                                  u"Last name"_s, u"E-mail"_s};
    for (int column = 0; column < expected.size(); ++column) {
        auto *box = find<QComboBox>(ImportWizard::ColumnsId, qPrintable(u"column%1"_s.arg(column)));
        QCOMPARE(box->currentText(), expected.at(column));
        QCOMPARE(itemTexts(box),
                 QStringList({u"Ignore this column"_s, u"First name"_s, u"Last name"_s,
                              u"Full name (first and last)"_s, u"User name"_s, u"Password"_s,
                              u"Synchronisation key"_s, u"E-mail"_s, u"Internal person ID"_s}));
    }

    next(); // learners have no Parent relationship step
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    QVERIFY(find<QCheckBox>(ImportWizard::OptionsId, "addUsers")->isChecked());
    QVERIFY(find<QCheckBox>(ImportWizard::OptionsId, "updateUsers")->isChecked());
    QVERIFY(find<QRadioButton>(ImportWizard::OptionsId, "importNothingOnErrors")->isChecked());

    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckId));
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    QCOMPARE(check->report()->counts.created, 4);
    QVERIFY(find<QLabel>(ImportWizard::CheckId, "checkCounts")->text().contains(u"4 new"_s));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0); // a dry run

    QSignalSpy imported(m_wizard.get(), &ImportWizard::imported);
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ImportId));
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    QCOMPARE(imported.size(), 1);
    const qint64 batch = imported.first().first().toLongLong();
    QVERIFY(batch > 0);
    QCOMPARE(m_wizard->batchId(), batch);
    QVERIFY2(run->resultText().contains(u"as import %1"_s.arg(batch)),
             qPrintable(run->resultText()));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE first_name = 'Bjørn'"_s), 1);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestImportWizard::formatShowsLettersRightAndFollowsTheEncoding()
{
    startWizard(fixture("learners-excel-windows1252-semicolon.csv"), Profile::Learner);
    next();
    auto *encoding = find<QComboBox>(ImportWizard::FormatId, "encoding");
    auto *delimiter = find<QComboBox>(ImportWizard::FormatId, "delimiter");
    auto *preview = find<QTableWidget>(ImportWizard::FormatId, "preview");
    QCOMPARE(encoding->currentText(), u"Windows-1252"_s);
    QCOMPARE(delimiter->currentText(), u"Semicolon"_s);
    QVERIFY(find<QLabel>(ImportWizard::FormatId, "detected")->text().contains(u"Detected"_s));
    QCOMPARE(preview->item(0, 2)->text(), u"Åse"_s);
    QCOMPARE(preview->item(2, 3)->text(), u"Næss"_s);

    // Read as UTF-8 the letters are not text: the user sees why.
    encoding->setCurrentIndex(encoding->findText(u"UTF-8"_s));
    auto *problem = find<QLabel>(ImportWizard::FormatId, "formatProblem");
    QVERIFY(problem->isVisibleTo(m_wizard.get()));
    QVERIFY(!problem->text().isEmpty());

    // The wrong delimiter: one column.
    encoding->setCurrentIndex(encoding->findText(u"Windows-1252"_s));
    delimiter->setCurrentIndex(delimiter->findText(u"Comma"_s));
    QCOMPARE(preview->columnCount(), 1);
    delimiter->setCurrentIndex(delimiter->findText(u"Semicolon"_s));
    QCOMPARE(preview->item(1, 2)->text(), u"Øystein"_s);
    QCOMPARE(m_wizard->plan().encoding, u"Windows-1252"_s);
    QCOMPARE(m_wizard->plan().delimiter, u";"_s);

    // UTF-16 from Excel's "Unicode text".
    m_wizard.reset();
    startWizard(fixture("learners-excel-utf16le-tab.csv"), Profile::Learner);
    next();
    QCOMPARE(find<QComboBox>(ImportWizard::FormatId, "encoding")->currentText(), u"UTF-16 LE"_s);
    QCOMPARE(find<QComboBox>(ImportWizard::FormatId, "delimiter")->currentText(), u"Tab"_s);
    QCOMPARE(find<QTableWidget>(ImportWizard::FormatId, "preview")->item(3, 2)->text(), u"Zoë"_s);

    // No header row: Next is disabled, with the reason.
    auto *header = find<QCheckBox>(ImportWizard::FormatId, "headerRow");
    header->setChecked(false);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel>(ImportWizard::FormatId, "formatProblem")->text().contains(u"first row"_s));
    header->setChecked(true);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::columnsFlagAFieldMappedTwiceAndARequiredOneMissing()
{
    startWizard(fixture("learners-norwegian-headers.csv"), Profile::Learner);
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ColumnsId));
    auto *page = static_cast<ColumnsPage *>(m_wizard->page(ImportWizard::ColumnsId));
    const QList<Field> guessed = page->mapping();
    QVERIFY(guessed.contains(Field::FirstName));
    QVERIFY(guessed.contains(Field::Username));
    QVERIFY(page->isComplete());
    auto *problem = find<QLabel>(ImportWizard::ColumnsId, "columnsProblem");
    QVERIFY(!problem->isVisibleTo(m_wizard.get()));

    const int usernameColumn = int(guessed.indexOf(Field::Username));
    auto *box =
            find<QComboBox>(ImportWizard::ColumnsId, qPrintable(u"column%1"_s.arg(usernameColumn)));
    // User name becomes First name: First name twice, and no User name.
    box->setCurrentIndex(box->findText(u"First name"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(problem->isVisibleTo(m_wizard.get()));
    QVERIFY2(problem->text().contains(u"First name is chosen for 2 columns"_s),
             qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(u"No column is chosen for User name"_s),
             qPrintable(problem->text()));
    QVERIFY(box->property("mappedTwice").toBool());

    box->setCurrentIndex(box->findText(u"Ignore this column"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problem->text().contains(u"chosen for 2"_s));
    QVERIFY(problem->text().contains(u"User name"_s));

    box->setCurrentIndex(box->findText(u"User name"_s));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problem->isVisibleTo(m_wizard.get()));
    QCOMPARE(m_wizard->plan().mapOverrides.size(), guessed.size());
}

void TestImportWizard::parentImportCountsChildrenLive()
{
    seed("seed-pupils-rgb.csv", Profile::Learner);
    enableParentLogin();
    startWizard(fixture("seed-parents-pupil-sync-key.csv"), Profile::Parent);
    next();
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RelationshipId));
    auto *syncField = find<QComboBox>(ImportWizard::RelationshipId, "syncField");
    auto *matchField = find<QComboBox>(ImportWizard::RelationshipId, "matchField");
    QCOMPARE(itemTexts(syncField), QStringList({u"First name"_s, u"Last name"_s, u"User name"_s,
                                                u"Password"_s, u"Pupil sync key"_s, u"E-mail"_s}));
    QCOMPARE(syncField->currentText(), u"Pupil sync key"_s);
    QCOMPARE(itemTexts(matchField),
             QStringList({u"Internal person ID"_s, u"Synchronisation key"_s, u"Username"_s}));
    auto *page = static_cast<RelationshipPage *>(m_wizard->page(ImportWizard::RelationshipId));
    QTRY_COMPARE(page->matchText(), u"2 of 2 rows find their child."_s);
    QCOMPARE(matchField->currentText(), u"Synchronisation key"_s);

    // Live as the drop-downs change.
    syncField->setCurrentIndex(syncField->findText(u"User name"_s));
    QTRY_COMPARE(page->matchText(), u"0 of 2 rows find their child; 2 do not: lines 2, 3. "
                                    u"Check the matching field, and import the children first."_s);
    syncField->setCurrentIndex(syncField->findText(u"Pupil sync key"_s));
    QTRY_COMPARE(page->matchText(), u"2 of 2 rows find their child."_s);
    matchField->setCurrentIndex(matchField->findText(u"Username"_s));
    QTRY_VERIFY(page->matchText().startsWith(u"0 of 2 rows"_s));
    matchField->setCurrentIndex(matchField->findText(u"Synchronisation key"_s));
    QTRY_COMPARE(page->matchText(), u"2 of 2 rows find their child."_s);

    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    next();
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    QCOMPARE(check->report()->counts.links, 2);
    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    QVERIFY(m_wizard->batchId() > 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link l JOIN person p ON p.id = l.parent_id "
                   u"JOIN person c ON c.id = l.learner_id "
                   u"WHERE p.username = 'martharcher' AND c.username = 'annaarcher'"_s),
             1);
}

void TestImportWizard::matchingFieldIsGuessedFromTheValues()
{
    seed("learners-utf8.csv", Profile::Learner);
    enableParentLogin();
    startWizard(fixture("parents-by-username.csv"), Profile::Parent);
    next();
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RelationshipId));
    QCOMPARE(find<QComboBox>(ImportWizard::RelationshipId, "syncField")->currentText(),
             u"Barnets brukernavn"_s);
    auto *page = static_cast<RelationshipPage *>(m_wizard->page(ImportWizard::RelationshipId));
    QTRY_COMPARE(page->matchText(), u"3 of 3 rows find their child."_s);
    QCOMPARE(find<QComboBox>(ImportWizard::RelationshipId, "matchField")->currentText(),
             u"Username"_s);
}

void TestImportWizard::parentLoginOffIsOfferedOn()
{
    const qint64 audits = count(u"SELECT count(*) FROM audit"_s);
    startWizard(fixture("seed-b-parents-one-child.csv"), Profile::Parent);
    auto *off = find<QWidget>(ImportWizard::FileId, "parentLoginOff");
    QTRY_VERIFY(off->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QSignalSpy switched(m_wizard.get(), &ImportWizard::parentLoginSwitchedOn);
    find<QAbstractButton>(ImportWizard::FileId, "switchOnParentLogin")->click();
    QTRY_COMPARE(switched.size(), 1);
    QVERIFY(!off->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(SettingsStore(m_database->connection()).parentLoginEnabled());
    QCOMPARE(count(u"SELECT count(*) FROM audit"_s), audits + 1); // audited like the settings page
    // Learners never need it.
    find<QRadioButton>(ImportWizard::FileId, "learnerProfile")->setChecked(true);
    QVERIFY(!off->isVisible());
}

void TestImportWizard::checkBlocksNextOnErrorsUnlessSkipping()
{
    seed("seed-a-children.csv", Profile::Learner);
    enableParentLogin();
    const qint64 before = count(u"SELECT count(*) FROM person"_s);
    startWizard(fixture("bad-unknown-child.csv"), Profile::Parent);
    next();
    next();
    next();
    QCOMPARE(find<QComboBox>(ImportWizard::RelationshipId, "syncField")->currentText(),
             u"ChildID"_s);
    auto *relationship =
            static_cast<RelationshipPage *>(m_wizard->page(ImportWizard::RelationshipId));
    QTRY_COMPARE(relationship->matchText(), u"1 of 2 rows find their child; 1 does not: line 3."_s);
    next();
    next();
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    QVERIFY(check->report()->hasErrors());
    QVERIFY(!check->isComplete());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(find<QLabel>(ImportWizard::CheckId, "checkVerdict")->text().contains(u"Nothing"_s));
    auto *problems = find<QTableView>(ImportWizard::CheckId, "problems");
    QVERIFY(problems->isSortingEnabled());
    const auto cell = [problems](int row, int column) {
        return problems->model()->index(row, column).data().toString();
    };
    const int rows = problems->model()->rowCount();
    bool found = false;
    for (int row = 0; row < rows; ++row) {
        if (cell(row, 0) == u"3"_s && cell(row, 1) == u"ChildID"_s && cell(row, 2) == u"Error"_s) {
            found = true;
            QVERIFY(cell(row, 3).contains(u"99"_s));
        }
    }
    QVERIFY(found);
    // Sorting by line, descending and back.
    problems->sortByColumn(0, Qt::DescendingOrder);
    QVERIFY(cell(0, 0) >= cell(rows - 1, 0));

    // Back to the options: skip the rows with errors.
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    find<QRadioButton>(ImportWizard::OptionsId, "skipErrors")->setChecked(true);
    next();
    QTRY_VERIFY(check->report().has_value());
    QVERIFY(check->isComplete());
    QVERIFY(find<QLabel>(ImportWizard::CheckId, "checkVerdict")->text().contains(u"skipped"_s));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), before);
    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    QVERIFY2(run->resultText().contains(u"1 row with errors was skipped"_s),
             qPrintable(run->resultText()));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), before + 1);
}

void TestImportWizard::saveProblemRowsWritesTheRejectedRows()
{
    CheckPage *check = checkLearners(fixture("bad-email.csv"));
    QVERIFY(check);
    QVERIFY(check->report()->hasErrors());
    const QString target = m_dir.filePath(u"problems.csv"_s);
    // The save dialog is a QFileDialog: answered by typing the name.
    Testing::answerNextFileDialog(target);
    find<QAbstractButton>(ImportWizard::CheckId, "saveProblemRows")->click();
    QTRY_VERIFY(QFile::exists(target));
    QTRY_VERIFY(find<QAbstractButton>(ImportWizard::CheckId, "saveProblemRows")->isEnabled());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"Problem"_s), qPrintable(text));
    QVERIFY2(text.contains(u"not-an-address"_s), qPrintable(text));
}

void TestImportWizard::manyProblemsShowTheFirstOfEachKindAndSaySoForTheRest()
{
    // The same learners again, add only: a warning a row, more than the page shows.
    const qint64 rows = problemsShownPerCode + 50;
    const QString path = m_dir.filePath(u"many-learners.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SyncID,User name,First name,Last name,E-mail\n");
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        file.write("L" + n + ",learner" + n + ",Learner,Family" + n + ",learner" + n +
                   "@x.example\n");
    }
    file.close();
    ImportPlan plan;
    plan.filePath = path;
    plan.profile = Profile::Learner;
    plan.backupsKept = 0;
    QVERIFY(runImport(m_database->connection(), plan)->committed);

    startWizard(path, Profile::Learner);
    next();
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    find<QCheckBox>(ImportWizard::OptionsId, "updateUsers")->setChecked(false);
    next();
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY_WITH_TIMEOUT(check->report().has_value(), 20000);
    QCOMPARE(check->report()->counts.warnings, rows);
    auto *problems = find<QTableView>(ImportWizard::CheckId, "problems");
    QCOMPARE(problems->model()->rowCount(), int(problemsShownPerCode));
    QCOMPARE(problems->model()->index(0, 0).data().toString(), u"2"_s);
    QCOMPARE(problems->model()->index(0, 2).data().toString(), u"Warning"_s);
    auto *leftOut = find<QLabel>(ImportWizard::CheckId, "problemsLeftOut");
    QVERIFY(leftOut->isVisibleTo(m_wizard.get()));
    QVERIFY2(leftOut->text().startsWith(u"50 problems are not shown here."_s),
             qPrintable(leftOut->text()));
    QVERIFY(leftOut->text().contains(u"Save Problem Rows"_s));
    QVERIFY(find<QPushButton>(ImportWizard::CheckId, "saveProblemRows")->isEnabled());
    if (const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS"); !folder.isEmpty()) {
        m_wizard->resize(900, 640);
        QVERIFY(m_wizard->grab().save(QDir(folder).filePath(u"check-many-problems.png"_s)));
    }
}

void TestImportWizard::cancelLeavesTheDatabaseUnchanged()
{
    // Big enough that the import is still running when Cancel is pressed.
    const QString path = m_dir.filePath(u"many-learners.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SyncID,User name,First name,Last name\n");
    for (int i = 0; i < 60000; ++i)
        file.write(QByteArray("S") + QByteArray::number(i) + ",user" + QByteArray::number(i) +
                   ",Åse,Berg\n");
    file.close();
    seed("seed-a-children.csv", Profile::Learner);
    const qint64 before = count(u"SELECT count(*) FROM person"_s);
    const qint64 batches = count(u"SELECT count(*) FROM import_batch"_s);

    CheckPage *check = checkLearners(path, 60000);
    QVERIFY(check);
    QCOMPARE(check->report()->counts.created, 60000);
    QSignalSpy rejected(m_wizard.get(), &QDialog::rejected);
    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QVERIFY(run->isRunning());
    QAbstractButton *cancel = m_wizard->button(QWizard::CancelButton);
    QVERIFY(cancel->isVisible());
    QVERIFY(cancel->isEnabled());
    cancel->click();
    // The window stays responsive while the worker rolls back.
    QVERIFY(!cancel->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 60000);
    QVERIFY(!run->isRunning());
    QCOMPARE(m_wizard->batchId(), -1);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), before);
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), batches);
}

// Another administrator's import holds the database (here: a second connection holding the
// turn that imports take): the import page says it waits, then imports once it is free.
void TestImportWizard::waitsForAnotherImportAndSaysSo()
{
    QVERIFY(checkLearners(fixture("learners-utf8.csv")));

    auto other = Database::open(m_database->path());
    QVERIFY(other.ok());
    QSqlDatabase holder = other.value()->connection();
    QVERIFY(Database::beginSerialised(holder).ok());

    QSignalSpy imported(m_wizard.get(), &ImportWizard::imported);
    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    auto *status = find<QLabel>(ImportWizard::ImportId, "importStatus");
    // SQLite says so after its busy timeout of five seconds.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Waiting for another administrator"_s),
                             20000);
    QVERIFY(run->isRunning());
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);

    QVERIFY(holder.rollback());
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 20000);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), 4);
}

void TestImportWizard::everyControlHasALabelOrName()
{
    seed("seed-a-children.csv", Profile::Learner);
    enableParentLogin();
    startWizard(fixture("seed-b-parents-one-child.csv"), Profile::Parent);
    const auto check = [this] {
        QWizardPage *page = m_wizard->currentPage();
        QSet<const QWidget *> buddies;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            const bool control = qobject_cast<const QComboBox *>(widget) ||
                                 qobject_cast<const QLineEdit *>(widget) ||
                                 qobject_cast<const QTableView *>(widget);
            if (!control || qobject_cast<const QComboBox *>(widget->parentWidget()))
                continue;
            QVERIFY2(
                    buddies.contains(widget) || !widget->accessibleName().isEmpty(),
                    qPrintable(
                            u"page %1: %2"_s.arg(m_wizard->currentId()).arg(widget->objectName())));
        }
        for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            if (qobject_cast<const QAbstractItemView *>(button->parentWidget()))
                continue; // a table's corner button
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                     qPrintable(button->objectName()));
        }
    };
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    check();
    for (int step = 0; step < 5; ++step) {
        next();
        check();
    }
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckId));

    // The first step from the keyboard: Tab goes from the file to Choose… and Choose Roster…
    // to the profiles.
    m_wizard->restart();
    m_wizard->activateWindow();
    auto *path = find<QLineEdit>(ImportWizard::FileId, "filePath");
    path->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QCOMPARE(QApplication::focusWidget(), path);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(ImportWizard::FileId, "chooseFile"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(ImportWizard::FileId, "chooseRoster"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()));
}

void TestImportWizard::entryPointsOpenTheWizard()
{
    const QString path = m_database->path();
    m_database.reset();
    MainWindow window;
    QVERIFY(window.openDatabase(path).ok());

    // File > Import Users from File…
    QAction *action = window.menuBar()->findChild<QAction *>(u"importAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text().remove(u'&'), u"Import Users from File…"_s);

    // The navigation page's button.
    QVERIFY(window.showPage(MainWindow::PageId::Import));
    auto *start =
            window.page(MainWindow::PageId::Import)->findChild<QAbstractButton *>(u"startImport"_s);
    QVERIFY(start && start->isEnabled());
    start->click();
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ImportWizard::FileId));
    wizard->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!window.findChild<ImportWizard *>());

    // A CSV file dropped on the window (and `rollbook FILE.csv`, which calls the same).
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(fixture("learners-utf8.csv"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    wizard = window.findChild<ImportWizard *>();
    QTRY_VERIFY(wizard && wizard->isVisible());
    QCOMPARE(QDir::fromNativeSeparators(wizard->plan().filePath), fixture("learners-utf8.csv"));
    QCOMPARE(wizard->currentId(), int(ImportWizard::FileId));

    // After an import, the counts in the status bar and the history follow.
    m_wizard.reset();
    auto *label = window.findChild<QLabel *>(u"databaseCounts"_s);
    QTRY_VERIFY(label->text().contains(u"0 learners"_s));
    auto *next = wizard->button(QWizard::NextButton);
    for (int step = 0; step < 4; ++step) {
        QTRY_VERIFY(next->isEnabled());
        next->click();
    }
    QTRY_VERIFY(static_cast<CheckPage *>(wizard->page(ImportWizard::CheckId))->isComplete());
    wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY(wizard->batchId() > 0);
    QTRY_VERIFY(label->text().contains(u"4 learners"_s));
    auto *batches =
            window.page(MainWindow::PageId::History)->findChild<QTableWidget *>(u"batches"_s);
    QTRY_COMPARE(batches->rowCount(), 1);
    // Finish offers the history.
    wizard->page(ImportWizard::ImportId)->findChild<QAbstractButton *>(u"showHistory"_s)->click();
    QCOMPARE(window.currentPage(), MainWindow::PageId::History);
}

// A wide file (each learner with the guardians' columns beside) opens as learners with their
// parents without a choice from the user, shows a section per person, and imports learners,
// parents and links in one go.

void TestImportWizard::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    seed("learners-utf8.csv", Profile::Learner);
    enableParentLogin();
    startWizard(fixture("parents-by-username.csv"), Profile::Parent);
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    const auto shoot = [this, &folder](const QString &name) {
        QTest::qWait(100);
        QVERIFY(m_wizard->grab().save(QDir(folder).filePath(name)));
    };
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    shoot(u"wizard-1-file.png"_s);
    next();
    shoot(u"wizard-2-format.png"_s);
    next();
    shoot(u"wizard-3-columns.png"_s);
    next();
    auto *page = static_cast<RelationshipPage *>(m_wizard->page(ImportWizard::RelationshipId));
    QTRY_VERIFY(page->matchText().contains(u"find their child"_s));
    shoot(u"wizard-4-relationship.png"_s);
    next();
    shoot(u"wizard-5-options.png"_s);
    next();
    QTRY_VERIFY(static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId))->isComplete());
    shoot(u"wizard-6-check.png"_s);
    next();
    QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
    shoot(u"wizard-7-import.png"_s);

    // A check with errors, and the columns page with a problem.
    m_wizard.reset();
    startWizard(fixture("bad-missing-required.csv"), Profile::Learner);
    next();
    next();
    shoot(u"wizard-3-columns-problem.png"_s);
    auto *box = find<QComboBox>(ImportWizard::ColumnsId, "column0");
    const int kept = box->currentIndex();
    box->setCurrentIndex(box->findText(u"Last name"_s));
    shoot(u"wizard-3-columns-twice.png"_s);
    box->setCurrentIndex(kept);
    if (m_wizard->button(QWizard::NextButton)->isEnabled()) {
        next();
        next();
        QTRY_VERIFY(static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId))
                            ->report()
                            .has_value());
        shoot(u"wizard-6-check-errors.png"_s);
    }
    // Parent login off.
    m_wizard.reset();
    QVERIFY(SettingsStore(m_database->connection())
                    .set(QString::fromLatin1(SettingsStore::ParentLoginEnabled), u"false"_s,
                         u"test"_s)
                    .ok());
    startWizard(fixture("seed-b-parents-one-child.csv"), Profile::Parent);
    QTRY_VERIFY(find<QWidget>(ImportWizard::FileId, "parentLoginOff")->isVisible());
    shoot(u"wizard-1-parent-login-off.png"_s);

    // Learners with their parents, from one wide file.
    m_wizard.reset();
    enableParentLogin();
    openWizard(fixture("wide-elever-foresatte-nb.csv"));
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    shoot(u"wizard-1-file-wide.png"_s);
    next();
    next();
    shoot(u"import-wide-columns.png"_s);
    auto *scroll = find<QScrollArea>(ImportWizard::ColumnsId, "columns");
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    shoot(u"import-wide-columns-end.png"_s);
    next();
    shoot(u"wizard-5-options-wide.png"_s);
    m_wizard.reset();
    openWizard(fixture("wide-unused-guardian-columns-nb.csv"));
    next();
    next();
    shoot(u"import-wide-columns-unused.png"_s);
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestImportWizard)
#include "tst_importwizard.moc"

#include "db/database.h"
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

class TestImportWizard : public QObject
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
    void cancelLeavesTheDatabaseUnchanged();
    void waitsForAnotherImportAndSaysSo();
    void everyControlHasALabelOrName();
    void entryPointsOpenTheWizard();
    void wideFileOpensAsLearnersWithParents();
    void everyWideFileImportsWithNextOnly_data();
    void everyWideFileImportsWithNextOnly();
    void wideFileFlagsPerSection();
    void unusedGuardianColumnSaysWhy();
    void studentSystemFilesOpenAsGuessed();
    void emptyChildColumnStaysLearner();
    void profileClickedIsNotOverridden();
    void optionsReachThePlan();
    void newControlsFromTheKeyboard();
    void guardianWithoutUsernameOrEmailBlocksNext();
    void screenshots();

private:
    static QString fixture(const char *name);
    void seed(const char *file, Profile profile, const QString &syncField = {});
    void enableParentLogin();
    qint64 count(const QString &sql) const;
    ImportWizard *startWizard(const QString &file, Profile profile);
    // The wizard with `file` and no profile chosen, once the file's first rows are read.
    ImportWizard *openWizard(const QString &file);
    FilePage *filePage() const
    {
        return static_cast<FilePage *>(m_wizard->page(ImportWizard::FileId));
    }
    QComboBox *column(int column) const
    {
        return find<QComboBox>(ImportWizard::ColumnsId, qPrintable(u"column%1"_s.arg(column)));
    }
    // The title of the section (the group box) that holds the drop-down.
    static QString sectionOf(const QWidget *widget);
    void next();
    // A learner file through the wizard's first steps as guessed, to the Check step once its
    // dry run has reported; nullptr when it has not within `timeout` ms.
    CheckPage *checkLearners(const QString &file, int timeout = 5000);
    template<typename T>
    T *find(int pageId, const char *name) const
    {
        auto *widget = m_wizard->page(pageId)->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT_X(widget, "find", name);
        return widget;
    }
    static QStringList itemTexts(const QComboBox *box);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ImportWizard> m_wizard;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"RollbookTests"_s);
    QCoreApplication::setApplicationName(u"tst_importwizard"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
}

void TestImportWizard::init()
{
    static int n = 0;
    auto opened =
            Database::open(Testing::newDatabase(m_dir.filePath(u"wizard-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
    m_database.reset();
}

QString TestImportWizard::fixture(const char *name)
{
    return QDir::cleanPath(
            QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(QString::fromLatin1(name)));
}

void TestImportWizard::seed(const char *file, Profile profile, const QString &syncField)
{
    ImportPlan plan;
    plan.filePath = fixture(file);
    plan.profile = profile;
    plan.syncField = syncField;
    plan.backupsKept = 0;
    const auto report = runImport(m_database->connection(), plan);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->committed);
}

void TestImportWizard::enableParentLogin()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(QString::fromLatin1(SettingsStore::ParentLoginEnabled), u"true"_s,
                         u"test"_s)
                    .ok());
}

qint64 TestImportWizard::count(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList TestImportWizard::itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

ImportWizard *TestImportWizard::startWizard(const QString &file, Profile profile)
{
    openWizard(file);
    const char *name = profile == Profile::Parent                ? "parentProfile"
                       : profile == Profile::LearnersWithParents ? "learnersWithParentsProfile"
                                                                 : "learnerProfile";
    // As the user chooses: the guess does not change it afterwards.
    find<QRadioButton>(ImportWizard::FileId, name)->click();
    return m_wizard.get();
}

ImportWizard *TestImportWizard::openWizard(const QString &file)
{
    m_wizard = std::make_unique<ImportWizard>(m_database->path());
    m_wizard->setFilePath(file);
    m_wizard->show();
    FilePage *page = filePage();
    // The first rows are read off the GUI thread; a failure shows in the tests that follow.
    if (!QTest::qWaitFor([page] { return !page->isGuessing(); }))
        qWarning("The file's first rows were not read in time");
    return m_wizard.get();
}

QString TestImportWizard::sectionOf(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            return box->title();
    }
    return {};
}

// As a user presses it: a disabled button does nothing.
void TestImportWizard::next()
{
    const bool commit = m_wizard->currentPage()->isCommitPage();
    QAbstractButton *button =
            m_wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton);
    QTRY_VERIFY2(button->isEnabled(),
                 qPrintable(u"Next is disabled on page %1"_s.arg(m_wizard->currentId())));
    button->click();
}

CheckPage *TestImportWizard::checkLearners(const QString &file, int timeout)
{
    startWizard(file, Profile::Learner);
    for (int step = 0; step < 4; ++step)
        next();
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    if (m_wizard->currentId() != ImportWizard::CheckId ||
        !QTest::qWaitFor([check] { return check->report().has_value(); }, timeout))
        return nullptr;
    return check;
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
    auto *problems = find<QTableWidget>(ImportWizard::CheckId, "problems");
    QVERIFY(problems->isSortingEnabled());
    bool found = false;
    for (int row = 0; row < problems->rowCount(); ++row) {
        if (problems->item(row, 0)->text() == u"3"_s &&
            problems->item(row, 1)->text() == u"ChildID"_s &&
            problems->item(row, 2)->text() == u"Error"_s) {
            found = true;
            QVERIFY(problems->item(row, 3)->text().contains(u"99"_s));
        }
    }
    QVERIFY(found);
    // Sorting by line, descending and back.
    problems->sortByColumn(0, Qt::DescendingOrder);
    QVERIFY(problems->item(0, 0)->text() >= problems->item(problems->rowCount() - 1, 0)->text());

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
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, target] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name)
            name = dialog->findChild<QLineEdit *>();
        name->setText(target);
        QTest::keyClick(name, Qt::Key_Return);
    });
    timer->start();
    find<QAbstractButton>(ImportWizard::CheckId, "saveProblemRows")->click();
    QTRY_VERIFY(QFile::exists(target));
    QTRY_VERIFY(find<QAbstractButton>(ImportWizard::CheckId, "saveProblemRows")->isEnabled());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"Problem"_s), qPrintable(text));
    QVERIFY2(text.contains(u"not-an-address"_s), qPrintable(text));
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
                                 qobject_cast<const QTableWidget *>(widget);
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

    // The first step from the keyboard: Tab goes from the file to Choose… to the profiles.
    m_wizard->restart();
    m_wizard->activateWindow();
    auto *path = find<QLineEdit>(ImportWizard::FileId, "filePath");
    path->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QCOMPARE(QApplication::focusWidget(), path);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(ImportWizard::FileId, "chooseFile"));
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
    QVERIFY(window.showPage(MainWindow::ImportPage));
    auto *start =
            window.page(MainWindow::ImportPage)->findChild<QAbstractButton *>(u"startImport"_s);
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
    auto *batches = window.page(MainWindow::HistoryPage)->findChild<QTableWidget *>(u"batches"_s);
    QTRY_COMPARE(batches->rowCount(), 1);
    // Finish offers the history.
    wizard->page(ImportWizard::ImportId)->findChild<QAbstractButton *>(u"showHistory"_s)->click();
    QCOMPARE(window.currentPage(), MainWindow::HistoryPage);
}

// A wide file (each learner with the guardians' columns beside) opens as learners with their
// parents without a choice from the user, shows a section per person, and imports learners,
// parents and links in one go.
void TestImportWizard::wideFileOpensAsLearnersWithParents()
{
    enableParentLogin();
    openWizard(fixture("wide-elever-foresatte-nb.csv"));
    QCOMPARE(m_wizard->profile(), Profile::LearnersWithParents);
    QVERIFY(find<QRadioButton>(ImportWizard::FileId, "learnersWithParentsProfile")->isChecked());
    const QString why = filePage()->guessText();
    QVERIFY2(why.startsWith(
                     u"Rollbook chose “Learners with their parents” for this file. Each row"_s),
             qPrintable(why));
    QVERIFY2(why.contains(u"Foresatt 1, Foresatt 2"_s), qPrintable(why));
    QVERIFY(find<QLabel>(ImportWizard::FileId, "profileGuess")->isVisible());
    const QString order = find<QLabel>(ImportWizard::FileId, "childrenFirst")->text();
    QVERIFY2(order.contains(u"learners first, then their parents"_s), qPrintable(order));

    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ColumnsId));
    QStringList titles;
    for (const QGroupBox *box : m_wizard->currentPage()->findChildren<QGroupBox *>())
        titles << box->title();
    QCOMPARE(titles, QStringList({u"Learner"_s, u"Foresatt 1"_s, u"Foresatt 2"_s}));
    const QList<std::pair<QString, QString>> expected = {
            {u"Learner"_s, u"Synchronisation key"_s}, // Elev-ID
            {u"Learner"_s, u"First name"_s},
            {u"Learner"_s, u"Last name"_s},
            {u"Learner"_s, u"User name"_s},
            {u"Learner"_s, u"E-mail"_s},
            {u"Learner"_s, u"Ignore this column"_s}, // Klasse
            {u"Foresatt 1"_s, u"Full name (first and last)"_s},
            {u"Foresatt 1"_s, u"E-mail"_s},
            {u"Foresatt 1"_s, u"Ignore this column"_s}, // mobil
            {u"Foresatt 2"_s, u"Full name (first and last)"_s},
            {u"Foresatt 2"_s, u"E-mail"_s},
            {u"Foresatt 2"_s, u"Ignore this column"_s},
    };
    for (int c = 0; c < expected.size(); ++c) {
        QComboBox *box = column(c);
        QCOMPARE(sectionOf(box), expected.at(c).first);
        if (c != 0) // Elev-ID is a key of the learner; which one is the layout's to say
            QCOMPARE(box->currentText(), expected.at(c).second);
        QVERIFY(!box->property("mappedTwice").toBool());
    }
    // The buddy of each drop-down is its header.
    QStringList buddies;
    for (const QLabel *label : m_wizard->currentPage()->findChildren<QLabel *>()) {
        if (label->buddy() == column(6))
            buddies << label->text();
    }
    QCOMPARE(buddies, QStringList{u"Foresatt 1 navn"_s});
    QCOMPARE(column(6)->accessibleName(), u"Column “Foresatt 1 navn”"_s);
    // A full name is split where the user can see it.
    auto *split = find<QLabel>(ImportWizard::ColumnsId, "split6");
    QVERIFY(split->isVisible());
    QCOMPARE(split->text(), u"Split into first and last name: “Kari Nilsen” → Kari | Nilsen"_s);
    QVERIFY(find<QLabel>(ImportWizard::ColumnsId, "split9")->isVisible());
    QVERIFY(!find<QLabel>(ImportWizard::ColumnsId, "split7")->isVisible());
    // E-mail for the learner and for each guardian is not “chosen twice”.
    QVERIFY2(static_cast<ColumnsPage *>(m_wizard->currentPage())->problem().isEmpty(),
             qPrintable(static_cast<ColumnsPage *>(m_wizard->currentPage())->problem()));

    const ImportPlan plan = m_wizard->plan();
    QCOMPARE(plan.profile, Profile::LearnersWithParents);
    QCOMPARE(plan.guardianGroups.size(), 2);
    QCOMPARE(plan.guardianGroups.at(0).number, 1);
    QCOMPARE(plan.guardianGroups.at(0).label, u"Foresatt 1"_s);
    QCOMPARE(plan.guardianGroups.at(0).columns, QList<int>({6, 7}));
    QCOMPARE(plan.guardianGroups.at(0).fields, QList<Field>({Field::FullName, Field::Email}));
    QCOMPARE(plan.guardianGroups.at(1).number, 2);
    QCOMPARE(plan.guardianGroups.at(1).label, u"Foresatt 2"_s);
    QCOMPARE(plan.guardianGroups.at(1).columns, QList<int>({9, 10}));
    QVERIFY(plan.mapOverrides.contains(std::pair(u"Fornavn"_s, Field::FirstName)));
    QVERIFY(plan.mapOverrides.contains(std::pair(u"Foresatt 1 navn"_s, Field::Ignore)));

    next(); // no Parent relationship step: each guardian's child is on the same row
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckId));
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    QVERIFY2(!check->report()->hasErrors(),
             qPrintable(find<QLabel>(ImportWizard::CheckId, "checkCounts")->text()));
    QCOMPARE(check->report()->counts.links, 7);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    QVERIFY2(m_wizard->batchId() > 0, qPrintable(run->resultText()));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), 5);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 7);
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 1); // one import, one undo
    QCOMPARE(count(u"SELECT count(*) FROM parent_link l JOIN person p ON p.id = l.parent_id "
                   u"JOIN person c ON c.id = l.learner_id WHERE p.first_name = 'Siri Ødegård' "
                   u"AND p.last_name = 'Berg' AND c.username = 'bjorn.odegard'"_s),
             1);
}

void TestImportWizard::everyWideFileImportsWithNextOnly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<qint64>("learners");
    QTest::addColumn<qint64>("parents");
    QTest::addColumn<qint64>("links");
    QTest::newRow("nb") << u"wide-elever-foresatte-nb.csv"_s
                        << QStringList{u"Learner"_s, u"Foresatt 1"_s, u"Foresatt 2"_s} << qint64(4)
                        << qint64(5) << qint64(7);
    QTest::newRow("en") << u"wide-parent1-parent2-en.csv"_s
                        << QStringList{u"Learner"_s, u"Parent1"_s, u"Parent2"_s} << qint64(3)
                        << qint64(3) << qint64(5);
    QTest::newRow("sv") << u"wide-vardnadshavare-sv.csv"_s
                        << QStringList{u"Learner"_s, u"Vårdnadshavare 1"_s, u"Vårdnadshavare 2"_s}
                        << qint64(3) << qint64(3) << qint64(5);
    QTest::newRow("de") << u"wide-mutter-vater-de.csv"_s
                        << QStringList{u"Learner"_s, u"Mutter"_s, u"Vater"_s} << qint64(3)
                        << qint64(3) << qint64(5);
}

// The administrator chooses the file and presses Next on every page: nothing mapped by hand.
void TestImportWizard::everyWideFileImportsWithNextOnly()
{
    QFETCH(QString, file);
    QFETCH(QStringList, sections);
    QFETCH(qint64, learners);
    QFETCH(qint64, parents);
    QFETCH(qint64, links);
    enableParentLogin();
    openWizard(fixture(file.toLatin1().constData()));
    QCOMPARE(m_wizard->profile(), Profile::LearnersWithParents);
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ColumnsId));
    QStringList titles;
    for (const QGroupBox *box : m_wizard->currentPage()->findChildren<QGroupBox *>())
        titles << box->title();
    QCOMPARE(titles, sections);
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckId));
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    QVERIFY2(!check->report()->hasErrors(), qPrintable(check->report()->errors.value(0).message));
    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    QVERIFY2(m_wizard->batchId() > 0, qPrintable(run->resultText()));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), learners);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), parents);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), links);
}

// A field twice within one section is flagged; the same field in two sections is not; a
// guardian set aside entirely is left out.
void TestImportWizard::wideFileFlagsPerSection()
{
    enableParentLogin();
    openWizard(fixture("wide-elever-foresatte-nb.csv"));
    next();
    next();
    auto *page = static_cast<ColumnsPage *>(m_wizard->currentPage());
    auto *problem = find<QLabel>(ImportWizard::ColumnsId, "columnsProblem");
    QVERIFY(page->isComplete());

    column(10)->setCurrentIndex(column(10)->findText(u"Full name (first and last)"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(problem->text().contains(
                     u"In “Foresatt 2”, Full name (first and last) is chosen "
                     u"for 2 columns: “Foresatt 2 navn” and “Foresatt 2 e-post”."_s),
             qPrintable(problem->text()));
    QVERIFY(column(9)->property("mappedTwice").toBool());
    QVERIFY(column(10)->property("mappedTwice").toBool());
    QVERIFY(!column(6)->property("mappedTwice").toBool());
    QVERIFY(find<QLabel>(ImportWizard::ColumnsId, "split10")->isVisible());

    // The second guardian left out: every column of theirs ignored.
    column(9)->setCurrentIndex(0);
    column(10)->setCurrentIndex(0);
    QVERIFY2(page->isComplete(), qPrintable(problem->text()));
    QCOMPARE(m_wizard->plan().guardianGroups.size(), 1);
    QCOMPARE(m_wizard->plan().guardianGroups.at(0).label, u"Foresatt 1"_s);
    // But not every guardian.
    column(6)->setCurrentIndex(0);
    column(7)->setCurrentIndex(0);
    QVERIFY(!page->isComplete());
    QVERIFY2(problem->text().contains(u"No column is chosen for a guardian"_s),
             qPrintable(problem->text()));
    column(6)->setCurrentIndex(column(6)->findText(u"Full name (first and last)"_s));
    column(7)->setCurrentIndex(column(7)->findText(u"E-mail"_s));
    QVERIFY(page->isComplete());

    // The learner's required fields, in the learner's section.
    column(3)->setCurrentIndex(0);
    QVERIFY(!page->isComplete());
    QVERIFY2(problem->text().contains(u"No column of “Learner” is chosen for User name"_s),
             qPrintable(problem->text()));
    // A full name stands for first and last name.
    column(3)->setCurrentIndex(column(3)->findText(u"User name"_s));
    column(1)->setCurrentIndex(column(1)->findText(u"Full name (first and last)"_s));
    column(2)->setCurrentIndex(0);
    QVERIFY2(page->isComplete(), qPrintable(problem->text()));
    QCOMPARE(find<QLabel>(ImportWizard::ColumnsId, "split1")->text(),
             u"Split into first and last name: “Åse” → Åse | "_s);
}

void TestImportWizard::unusedGuardianColumnSaysWhy()
{
    enableParentLogin();
    openWizard(fixture("wide-unused-guardian-columns-nb.csv"));
    QCOMPARE(m_wizard->profile(), Profile::LearnersWithParents);
    next();
    next();
    // “Foresatt e-post” names no guardian of the numbered ones: the learner's, ignored, with why.
    QCOMPARE(sectionOf(column(7)), u"Learner"_s);
    QCOMPARE(column(7)->currentText(), u"Ignore this column"_s);
    auto *note = find<QLabel>(ImportWizard::ColumnsId, "note7");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"names a guardian, but no guardian group takes it"_s,
                                   Qt::CaseInsensitive),
             qPrintable(note->text()));
    QVERIFY(column(7)->accessibleDescription().contains(note->text()));
    // “Foresatt 1 mobil” is the first guardian's, with no field for it.
    QCOMPARE(sectionOf(column(6)), u"Foresatt 1"_s);
    QCOMPARE(column(6)->currentText(), u"Ignore this column"_s);
    QVERIFY(!m_wizard->currentPage()->findChild<QLabel *>(u"note6"_s));
    QVERIFY(m_wizard->currentPage()->isComplete());
}

// The student system's two files: the learners, then the parents with the learner's number,
// both as guessed.
void TestImportWizard::studentSystemFilesOpenAsGuessed()
{
    enableParentLogin();
    openWizard(fixture("sis-elever-nb.csv"));
    QCOMPARE(m_wizard->profile(), Profile::Learner);
    for (int step = 0; step < 4; ++step)
        next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckId));
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    QVERIFY(!check->report()->hasErrors());
    next();
    QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE first_name = 'Åse'"_s), 1);

    m_wizard.reset();
    openWizard(fixture("sis-foresatte-nb.csv"));
    QCOMPARE(m_wizard->profile(), Profile::Parent);
    const QString why = filePage()->guessText();
    QVERIFY2(why.startsWith(u"Rollbook chose “Parent”"_s), qPrintable(why));
    QVERIFY2(why.contains(u"“Elevnummer”"_s), qPrintable(why));
    QVERIFY(find<QLabel>(ImportWizard::FileId, "childrenFirst")
                    ->text()
                    .startsWith(u"Import the children first"_s));
    next();
    next();
    // The learner's number is the child's, not the parent's.
    QCOMPARE(column(4)->currentText(), u"Ignore this column"_s);
    QCOMPARE(column(0)->currentText(), u"First name"_s);
    QCOMPARE(column(3)->currentText(), u"E-mail"_s);
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RelationshipId));
    QCOMPARE(find<QComboBox>(ImportWizard::RelationshipId, "syncField")->currentText(),
             u"Elevnummer"_s);
    auto *relationship =
            static_cast<RelationshipPage *>(m_wizard->page(ImportWizard::RelationshipId));
    QTRY_COMPARE(relationship->matchText(), u"7 of 7 rows find their child."_s);
    next();
    next();
    check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    QVERIFY(!check->report()->hasErrors());
    next();
    QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), 5);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 7);
}

// The platform's learner file has a ChildID column, empty; its parent file has it filled.
void TestImportWizard::emptyChildColumnStaysLearner()
{
    enableParentLogin();
    openWizard(fixture("seed-a-children.csv"));
    QVERIFY(filePage()->guessedLayout().has_value());
    QCOMPARE(m_wizard->profile(), Profile::Learner);
    QVERIFY2(filePage()->guessText().startsWith(u"Rollbook chose “Learner”"_s),
             qPrintable(filePage()->guessText()));

    m_wizard->setFilePath(fixture("seed-b-parents-one-child.csv"));
    QTRY_COMPARE(m_wizard->profile(), Profile::Parent);
    QVERIFY2(filePage()->guessText().contains(u"“ChildID”"_s), qPrintable(filePage()->guessText()));
}

void TestImportWizard::profileClickedIsNotOverridden()
{
    enableParentLogin();
    openWizard(fixture("seed-a-children.csv"));
    QCOMPARE(m_wizard->profile(), Profile::Learner);
    // The user clicks Learner while the parents' file is still being read: its guess comes
    // later (through the event loop) and does not change the choice.
    m_wizard->setFilePath(fixture("seed-b-parents-one-child.csv"));
    QVERIFY(filePage()->isGuessing());
    auto *learner = find<QRadioButton>(ImportWizard::FileId, "learnerProfile");
    QTest::mouseClick(learner, Qt::LeftButton, {}, QPoint(8, learner->height() / 2));
    QTRY_VERIFY(!filePage()->isGuessing());
    QVERIFY(filePage()->guessedLayout().has_value());
    QCOMPARE(filePage()->guessedLayout()->profile, Profile::Parent);
    QCOMPARE(m_wizard->profile(), Profile::Learner);
    QVERIFY2(filePage()->guessText().startsWith(
                     u"You chose “Learner”. Rollbook would choose “Parent” for this file."_s),
             qPrintable(filePage()->guessText()));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // A click after the guess is the user's too.
    find<QRadioButton>(ImportWizard::FileId, "learnersWithParentsProfile")->click();
    QCOMPARE(m_wizard->profile(), Profile::LearnersWithParents);
    // A new file is guessed again.
    m_wizard->setFilePath(fixture("seed-a-children.csv"));
    QTRY_VERIFY(!filePage()->isGuessing());
    QCOMPARE(m_wizard->profile(), Profile::Learner);
    m_wizard->setFilePath(fixture("seed-b-parents-one-child.csv"));
    QTRY_VERIFY(!filePage()->isGuessing());
    QCOMPARE(m_wizard->profile(), Profile::Parent);
}

void TestImportWizard::optionsReachThePlan()
{
    enableParentLogin();
    openWizard(fixture("wide-elever-foresatte-nb.csv"));
    next();
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    auto *usernames = find<QCheckBox>(ImportWizard::OptionsId, "makeGuardianUsernames");
    auto *keys = find<QCheckBox>(ImportWizard::OptionsId, "deriveParentSyncKeys");
    QVERIFY(usernames->isVisible());
    QVERIFY(keys->isVisible());
    QVERIFY(keys->toolTip().contains(u"A synchronisation key is mandatory for automatic "
                                     u"connection"_s));
    QVERIFY(find<QLabel>(ImportWizard::OptionsId, "syncKeyMandatory")->isVisible());
    QVERIFY(!m_wizard->plan().makeGuardianUsernames);
    QVERIFY(!m_wizard->plan().deriveParentSyncKeys);
    auto *rule = find<QComboBox>(ImportWizard::OptionsId, "guardianUsernameRule");
    QVERIFY(!rule->isEnabled()); // until user names are to be made
    usernames->click();
    keys->click();
    QVERIFY(rule->isEnabled());
    QCOMPARE(rule->currentText(), u"first.last (kari.nordmann)"_s);
    QCOMPARE(rule->accessibleName(), u"How the user names are made"_s);
    rule->setFocus();
    QTest::keyClick(rule, Qt::Key_Down);
    QTest::keyClick(rule, Qt::Key_Down);
    QCOMPARE(rule->currentText(), u"f.last (k.nordmann)"_s);
    QVERIFY(m_wizard->plan().makeGuardianUsernames);
    QCOMPARE(m_wizard->plan().guardianUsernameRule, GuardianUsernameRule::InitialDotLast);
    QVERIFY(m_wizard->plan().deriveParentSyncKeys);
    next();
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    QTRY_VERIFY(check->report().has_value());
    next();
    QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
    // Every parent got a key made from the user name (their e-mail address here).
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent' AND "
                   u"sync_key LIKE 'P-%'"_s),
             5);

    // Parents: the key, but no guardians to name.
    m_wizard.reset();
    startWizard(fixture("seed-b-parents-one-child.csv"), Profile::Parent);
    for (int step = 0; step < 4; ++step)
        next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    QVERIFY(find<QWidget>(ImportWizard::OptionsId, "parentOptions")->isVisible());
    QVERIFY(!find<QCheckBox>(ImportWizard::OptionsId, "makeGuardianUsernames")->isVisible());
    find<QCheckBox>(ImportWizard::OptionsId, "deriveParentSyncKeys")->click();
    QVERIFY(m_wizard->plan().deriveParentSyncKeys);
    QVERIFY(!m_wizard->plan().makeGuardianUsernames);

    // Learners: neither.
    m_wizard.reset();
    startWizard(fixture("learners-utf8.csv"), Profile::Learner);
    for (int step = 0; step < 3; ++step)
        next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    QVERIFY(!find<QWidget>(ImportWizard::OptionsId, "parentOptions")->isVisible());
    QVERIFY(!m_wizard->plan().deriveParentSyncKeys);
}

void TestImportWizard::newControlsFromTheKeyboard()
{
    enableParentLogin();
    openWizard(fixture("wide-elever-foresatte-nb.csv"));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    // The mnemonics of each page, and the wizard's own buttons, are each used once.
    const auto mnemonicsOnce = [this] {
        QStringList letters;
        const auto add = [&letters](const QString &text) {
            const qsizetype at = text.indexOf(u'&');
            if (at >= 0 && at + 1 < text.size() && text.at(at + 1) != u'&')
                letters << text.at(at + 1).toLower();
        };
        for (const QAbstractButton *button :
             m_wizard->currentPage()->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(m_wizard.get()))
                add(button->text());
        }
        for (const QLabel *label : m_wizard->currentPage()->findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(m_wizard.get()))
                add(label->text());
        }
        for (const QString &letter : std::as_const(letters))
            QVERIFY2(letters.count(letter) == 1, qPrintable(letters.join(u' ')));
    };
    mnemonicsOnce();

    auto *wide = find<QRadioButton>(ImportWizard::FileId, "learnersWithParentsProfile");
    auto *learner = find<QRadioButton>(ImportWizard::FileId, "learnerProfile");
    QCOMPARE(wide->accessibleName(), u"Learners with their parents"_s);
    QVERIFY(!wide->accessibleDescription().isEmpty());
    QTest::keyClick(m_wizard.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(learner->isChecked());
    QCOMPARE(m_wizard->profile(), Profile::Learner);
    QTest::keyClick(m_wizard.get(), Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(wide->isChecked());
    QCOMPARE(m_wizard->profile(), Profile::LearnersWithParents);

    next();
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsId));
    mnemonicsOnce();
    auto *usernames = find<QCheckBox>(ImportWizard::OptionsId, "makeGuardianUsernames");
    auto *keys = find<QCheckBox>(ImportWizard::OptionsId, "deriveParentSyncKeys");
    QVERIFY(!usernames->accessibleName().isEmpty());
    QVERIFY(!keys->accessibleName().isEmpty());
    QVERIFY(keys->accessibleDescription().contains(u"mandatory"_s));
    QTest::keyClick(m_wizard.get(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(usernames->isChecked());
    QTest::keyClick(m_wizard.get(), Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(keys->isChecked());
    QVERIFY(m_wizard->plan().makeGuardianUsernames);
    QVERIFY(m_wizard->plan().deriveParentSyncKeys);
}

void TestImportWizard::guardianWithoutUsernameOrEmailBlocksNext()
{
    enableParentLogin();
    openWizard(fixture("wide-elever-foresatte-nb.csv"));
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ColumnsId));
    auto *problem = find<QLabel>(ImportWizard::ColumnsId, "columnsProblem");
    QVERIFY(!problem->isVisibleTo(m_wizard.get()));
    // The first guardian's e-mail column ignored: no user name, no address.
    column(7)->setCurrentIndex(column(7)->findText(u"Ignore this column"_s));
    QAbstractButton *nextButton = m_wizard->button(QWizard::NextButton);
    QVERIFY(!nextButton->isEnabled());
    QTest::mouseClick(nextButton, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ColumnsId));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"The guardian “Foresatt 1” needs a column for the name "
                                      u"(First name or Full name) and one for the user name or "
                                      u"the e-mail address."_s),
             qPrintable(problem->text()));
    QVERIFY(!problem->text().contains(u"Foresatt 2"_s));
    column(7)->setCurrentIndex(column(7)->findText(u"User name"_s));
    QVERIFY(nextButton->isEnabled());
    QVERIFY(!problem->isVisibleTo(m_wizard.get()));
}

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

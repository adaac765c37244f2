// The import wizard guessing from the file (issue 14): the profile and its reason, the
// columns of learners with their parents in a section per guardian, and the options for
// guardians.
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

class TestImportWizardGuess : public WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

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
};

void TestImportWizardGuess::initTestCase()
{
    setUpCase(u"tst_importwizard_guess"_s);
}

void TestImportWizardGuess::init()
{
    setUp();
}

void TestImportWizardGuess::cleanup()
{
    tearDown();
}

void TestImportWizardGuess::wideFileOpensAsLearnersWithParents()
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

void TestImportWizardGuess::everyWideFileImportsWithNextOnly_data()
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
void TestImportWizardGuess::everyWideFileImportsWithNextOnly()
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
void TestImportWizardGuess::wideFileFlagsPerSection()
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

void TestImportWizardGuess::unusedGuardianColumnSaysWhy()
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
void TestImportWizardGuess::studentSystemFilesOpenAsGuessed()
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
void TestImportWizardGuess::emptyChildColumnStaysLearner()
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

void TestImportWizardGuess::profileClickedIsNotOverridden()
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

void TestImportWizardGuess::optionsReachThePlan()
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

void TestImportWizardGuess::newControlsFromTheKeyboard()
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

void TestImportWizardGuess::guardianWithoutUsernameOrEmailBlocksNext()
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

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestImportWizardGuess)
#include "tst_importwizard_guess.moc"

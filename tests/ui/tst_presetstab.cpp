#include "db/database.h"
#include "import/mappingstore.h"
#include "modalanswer.h"
#include "presetstab.h"
#include "settingspage.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// A student system's learner file, as a district maps it.
ImportMapping learnerMapping()
{
    ImportMapping mapping;
    mapping.profile = Profile::Learner;
    mapping.headers = {u"Elevnr"_s, u"Fornavn"_s, u"Etternavn"_s, u"Klasse"_s, u"E-post"_s};
    mapping.columns = {{u"Elevnr"_s, Field::SyncKey},
                       {u"Fornavn"_s, Field::FirstName},
                       {u"Etternavn"_s, Field::LastName},
                       {u"Klasse"_s, Field::Ignore},
                       {u"E-post"_s, Field::Email}};
    return mapping;
}

// Its parent file: the child's number, a full name, an e-mail address and a phone.
ImportMapping parentMapping()
{
    ImportMapping mapping;
    mapping.profile = Profile::Parent;
    mapping.headers = {u"Barn"_s, u"Navn"_s, u"Epost"_s, u"Mobil"_s};
    mapping.columns = {{u"Barn"_s, Field::Ignore},
                       {u"Navn"_s, Field::FullName},
                       {u"Epost"_s, Field::Email},
                       {u"Mobil"_s, Field::Ignore}};
    mapping.syncField = u"Barn"_s;
    mapping.deriveParentSyncKeys = true;
    return mapping;
}

} // namespace

class TestPresetsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anEmptyDatabaseSaysSo();
    void savedPresetsAreListed();
    void buttonsNeedASelection();
    void exportWritesAFileThatReadsBackTheSame();
    void anExportedPresetImportsIntoAnotherDatabase();
    void aFileThatIsNotJsonIsRefusedAndChangesNothing();
    void aTakenNameAsksToReplace_data();
    void aTakenNameAsksToReplace();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void theDeleteKeyDeletesToo();
    void theListIsReadAgainWhenShown();
    void theSettingsPageHasAPresetsTab();
    void tabOrderReachesEveryControl();
    void screenshots();

private:
    std::unique_ptr<Database> openNew(const QString &name);
    MappingStore store() const { return MappingStore(m_database->connection()); }
    void settle(PresetsTab *tab);
    QStringList rows(int column) const;
    void select(const QString &name);
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_tab->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PresetsTab> m_tab;
};

void TestPresetsTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> TestPresetsTab::openNew(const QString &name)
{
    static int n = 0;
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"%1-%2.sqlite"_s.arg(name).arg(++n))));
    if (!opened)
        qWarning("%s", qPrintable(opened.error().message));
    return opened ? std::move(opened.value()) : nullptr;
}

void TestPresetsTab::init()
{
    m_database = openNew(u"presets"_s);
    QVERIFY(m_database);
    QVERIFY(store().savePreset(u"Visma elever"_s, learnerMapping()).ok());
    QVERIFY(store().savePreset(u"Foresatte fra SIS"_s, parentMapping()).ok());
    m_tab = std::make_unique<PresetsTab>();
    m_tab->resize(640, 420);
    m_tab->setDatabase(m_database.get());
    settle(m_tab.get());
}

void TestPresetsTab::cleanup()
{
    m_tab.reset();
    m_database.reset();
}

// Waits until the work the tab started is done and shown.
void TestPresetsTab::settle(PresetsTab *tab)
{
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 30000);
}

QStringList TestPresetsTab::rows(int column) const
{
    auto *list = child<QTreeWidget>("presetList");
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts.append(list->topLevelItem(i)->text(column));
    return texts;
}

void TestPresetsTab::select(const QString &name)
{
    auto *list = child<QTreeWidget>("presetList");
    const QList<QTreeWidgetItem *> found = list->findItems(name, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    list->setCurrentItem(found.first());
    QCOMPARE(m_tab->selectedName(), name);
}

void TestPresetsTab::anEmptyDatabaseSaysSo()
{
    auto empty = openNew(u"empty"_s);
    QVERIFY(empty);
    m_tab->setDatabase(empty.get());
    settle(m_tab.get());
    QCOMPARE(child<QTreeWidget>("presetList")->topLevelItemCount(), 0);
    auto *noPresets = child<QLabel>("noPresets");
    QVERIFY(noPresets->isVisibleTo(m_tab.get()));
    QVERIFY(noPresets->text().contains(u"Save as Preset…"_s));
    QVERIFY(child<QPushButton>("importPreset")->isEnabled());

    // No database: nothing to list and nothing to do.
    m_tab->setDatabase(nullptr);
    settle(m_tab.get());
    QVERIFY(!child<QPushButton>("importPreset")->isEnabled());
    m_tab->setDatabase(m_database.get());
    settle(m_tab.get());
    QVERIFY(!noPresets->isVisibleTo(m_tab.get()));
}

void TestPresetsTab::savedPresetsAreListed()
{
    // By name, whatever the case, with whom each file is for, its columns and the day saved.
    QCOMPARE(rows(0), QStringList({u"Foresatte fra SIS"_s, u"Visma elever"_s}));
    QCOMPARE(rows(1), QStringList({profileLabel(Profile::Parent), profileLabel(Profile::Learner)}));
    QCOMPARE(rows(2), QStringList({u"4"_s, u"5"_s}));
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    QCOMPARE(rows(3), QStringList({today, today}));
    auto *list = child<QTreeWidget>("presetList");
    QCOMPARE(list->headerItem()->text(1), u"For"_s);
    // What each reads, on pointing at it.
    const QString tip = list->topLevelItem(0)->toolTip(0);
    QVERIFY2(tip.contains(u"Navn → "_s + Fields::label(Field::FullName)), qPrintable(tip));
    QVERIFY2(tip.contains(u"Barn → the child"_s), qPrintable(tip));
    QVERIFY2(!tip.contains(u"Mobil"_s), qPrintable(tip));
    QVERIFY(!child<QLabel>("noPresets")->isVisibleTo(m_tab.get()));
}

void TestPresetsTab::buttonsNeedASelection()
{
    auto *exportButton = child<QPushButton>("exportPreset");
    auto *deleteButton = child<QPushButton>("deletePreset");
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(child<QPushButton>("importPreset")->isEnabled());
    select(u"Visma elever"_s);
    QVERIFY(exportButton->isEnabled());
    QVERIFY(deleteButton->isEnabled());
    child<QTreeWidget>("presetList")->clearSelection();
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!deleteButton->isEnabled());

    // A reload keeps the selection.
    select(u"Visma elever"_s);
    m_tab->reload();
    settle(m_tab.get());
    QCOMPARE(m_tab->selectedName(), u"Visma elever"_s);
    QVERIFY(exportButton->isEnabled());
}

void TestPresetsTab::exportWritesAFileThatReadsBackTheSame()
{
    const QString path = m_dir.filePath(u"visma.json"_s);
    m_tab->exportTo(u"Visma elever"_s, path);
    settle(m_tab.get());
    const QString status = child<QLabel>("presetStatus")->text();
    QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = MappingStore::readPresetJson(file.readAll(), u"visma.json"_s);
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
    const auto stored = store().preset(u"Visma elever"_s);
    QVERIFY(stored.ok());
    QCOMPARE(read->name, stored->name);
    QCOMPARE(read->mapping, stored->mapping);
    QCOMPARE(read->mapping, learnerMapping());

    // A folder that cannot be written is said as it is, naming the file.
    const QString nowhere = m_dir.filePath(u"missing/folder/visma.json"_s);
    m_tab->exportTo(u"Visma elever"_s, nowhere);
    settle(m_tab.get());
    const QString refused = child<QLabel>("presetStatus")->text();
    QVERIFY2(refused.contains(QDir::toNativeSeparators(nowhere)), qPrintable(refused));
    QVERIFY(!QFile::exists(nowhere));
}

void TestPresetsTab::anExportedPresetImportsIntoAnotherDatabase()
{
    const QString path = m_dir.filePath(u"foresatte.json"_s);
    m_tab->exportTo(u"Foresatte fra SIS"_s, path);
    settle(m_tab.get());
    QVERIFY(QFile::exists(path));

    auto school = openNew(u"school"_s);
    QVERIFY(school);
    PresetsTab there;
    there.setDatabase(school.get());
    settle(&there);
    auto *list = there.findChild<QTreeWidget *>(u"presetList"_s);
    QCOMPARE(list->topLevelItemCount(), 0);
    there.importFrom(path);
    settle(&there);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Foresatte fra SIS"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), profileLabel(Profile::Parent));
    QCOMPARE(there.selectedName(), u"Foresatte fra SIS"_s); // the one just imported
    const QString status = there.findChild<QLabel *>(u"presetStatus"_s)->text();
    QVERIFY2(status.contains(u"“foresatte.json”"_s), qPrintable(status));
    const auto imported = MappingStore(school->connection()).preset(u"Foresatte fra SIS"_s);
    QVERIFY(imported.ok());
    QCOMPARE(imported->mapping, parentMapping());
}

void TestPresetsTab::aFileThatIsNotJsonIsRefusedAndChangesNothing()
{
    const QString path = m_dir.filePath(u"elever.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Fornavn;Etternavn\nKari;Nordmann\n");
    file.close();
    select(u"Visma elever"_s);
    const QStringList before = rows(0);
    const QString database = Testing::dumpTables(m_database->connection());

    m_tab->importFrom(path);
    settle(m_tab.get());
    const QString status = child<QLabel>("presetStatus")->text();
    QVERIFY2(status.contains(u"“elever.json”"_s), qPrintable(status));
    QVERIFY2(status.contains(u"not JSON"_s), qPrintable(status));
    QCOMPARE(rows(0), before);
    QCOMPARE(m_tab->selectedName(), u"Visma elever"_s);
    QCOMPARE(Testing::dumpTables(m_database->connection()), database);
}

void TestPresetsTab::aTakenNameAsksToReplace_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("yes") << true;
    QTest::newRow("no") << false;
}

void TestPresetsTab::aTakenNameAsksToReplace()
{
    QFETCH(bool, replace);
    // Another school's "visma elever" makes the e-mail address the user name.
    ImportMapping theirs = learnerMapping();
    theirs.columns[4].field = Field::Username;
    theirs.fillPasswords = true;
    const QString path = m_dir.filePath(u"from-nordby.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(MappingStore::presetJson({u"visma ELEVER"_s, theirs, QDateTime()}));
    file.close();

    QString asked;
    Testing::answerNextMessageBox(replace ? QMessageBox::Yes : QMessageBox::No, &asked);
    m_tab->importFrom(path);
    settle(m_tab.get());
    QVERIFY2(asked.contains(u"“Visma elever”"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"“from-nordby.json”"_s), qPrintable(asked));
    QCOMPARE(rows(0).size(), 2);
    const auto stored = store().preset(u"Visma elever"_s);
    QVERIFY(stored.ok());
    QCOMPARE(stored->mapping, replace ? theirs : learnerMapping());
    QCOMPARE(stored->name, replace ? u"visma ELEVER"_s : u"Visma elever"_s);
    const QString status = child<QLabel>("presetStatus")->text();
    QVERIFY2(status.contains(replace ? u"Replaced"_s : u"Nothing was imported"_s),
             qPrintable(status));
}

void TestPresetsTab::deleteAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("delete") << true;
    QTest::newRow("cancel") << false;
}

void TestPresetsTab::deleteAsksFirst()
{
    QFETCH(bool, confirm);
    select(u"Foresatte fra SIS"_s);
    QString asked;
    Testing::answerNextMessageBox(confirm ? QMessageBox::Yes : QMessageBox::No, &asked);
    QTest::mouseClick(child<QPushButton>("deletePreset"), Qt::LeftButton);
    settle(m_tab.get());
    QVERIFY2(asked.contains(u"“Foresatte fra SIS”"_s), qPrintable(asked));
    if (confirm) {
        QCOMPARE(rows(0), QStringList({u"Visma elever"_s}));
        QVERIFY(!store().preset(u"Foresatte fra SIS"_s).ok());
        // The next one is selected, to go on from the keyboard.
        QCOMPARE(m_tab->selectedName(), u"Visma elever"_s);
        QVERIFY(child<QLabel>("presetStatus")->text().contains(u"Deleted"_s));
    } else {
        QCOMPARE(rows(0).size(), 2);
        QVERIFY(store().preset(u"Foresatte fra SIS"_s).ok());
    }
}

void TestPresetsTab::theDeleteKeyDeletesToo()
{
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    settle(m_tab.get()); // shown: read again
    auto *list = child<QTreeWidget>("presetList");
    select(u"Visma elever"_s);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QString asked;
    Testing::answerNextMessageBox(QMessageBox::Yes, &asked);
    QTest::keyClick(list, Qt::Key_Delete);
    settle(m_tab.get());
    QVERIFY2(asked.contains(u"“Visma elever”"_s), qPrintable(asked));
    QCOMPARE(rows(0), QStringList({u"Foresatte fra SIS"_s}));
    // Focus is back on the list (the offscreen platform does not activate the window again
    // after the box, as a desktop does).
    QCOMPARE(m_tab->focusWidget(), list);
    m_tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    QVERIFY(list->hasFocus());

    // The last one too; then the list says it has none, and Delete does nothing.
    QCOMPARE(m_tab->selectedName(), u"Foresatte fra SIS"_s);
    Testing::answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(list, Qt::Key_Delete);
    settle(m_tab.get());
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(child<QLabel>("noPresets")->isVisible());
    QVERIFY(!child<QPushButton>("deletePreset")->isEnabled());
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!m_tab->isBusy());
}

void TestPresetsTab::theListIsReadAgainWhenShown()
{
    // Saved elsewhere (the import wizard) while the tab was hidden.
    QVERIFY(store().savePreset(u"Ny elevfil"_s, learnerMapping()).ok());
    QCOMPARE(rows(0).size(), 2);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    settle(m_tab.get());
    QCOMPARE(rows(0), QStringList({u"Foresatte fra SIS"_s, u"Ny elevfil"_s, u"Visma elever"_s}));
}

void TestPresetsTab::theSettingsPageHasAPresetsTab()
{
    SettingsPage page;
    page.setDatabase(m_database.get());
    page.resize(700, 580);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *tabs = page.findChild<QTabWidget *>(u"tabs"_s);
    QVERIFY(tabs);
    auto *tab = qobject_cast<PresetsTab *>(tabs->widget(tabs->count() - 1));
    QVERIFY(tab);
    QCOMPARE(tabs->tabText(tabs->count() - 1).remove(u'&'), u"Presets"_s);
    // Alt+E, as the tab's mnemonic says, opens it; the list is read as it shows.
    QTest::keyClick(&page, Qt::Key_E, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget(), tab);
    settle(tab);
    QCOMPARE(tab->findChild<QTreeWidget *>(u"presetList"_s)->topLevelItemCount(), 2);
    QVERIFY(!page.isModified());
    // Another database, another list.
    auto empty = openNew(u"other"_s);
    QVERIFY(empty);
    page.setDatabase(empty.get());
    settle(tab);
    QCOMPARE(tab->findChild<QTreeWidget *>(u"presetList"_s)->topLevelItemCount(), 0);
    page.setDatabase(nullptr);
    settle(tab);
}

void TestPresetsTab::tabOrderReachesEveryControl()
{
    SettingsPage page;
    page.setDatabase(m_database.get());
    page.resize(700, 580);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *tabs = page.findChild<QTabWidget *>(u"tabs"_s);
    tabs->setCurrentIndex(tabs->count() - 1);
    auto *tab = qobject_cast<PresetsTab *>(tabs->currentWidget());
    settle(tab);
    auto *list = tab->findChild<QTreeWidget *>(u"presetList"_s);
    list->setCurrentItem(list->topLevelItem(0));

    // From the tab bar, Tab walks the list and the buttons in reading order.
    tabs->findChild<QTabBar *>()->setFocus();
    QTRY_VERIFY(tabs->findChild<QTabBar *>()->hasFocus());
    QStringList visited;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited, QStringList({u"presetList"_s, u"importPreset"_s, u"exportPreset"_s,
                                   u"deletePreset"_s}));

    // The label names the list, and Alt+P goes there.
    QLabel *label = nullptr;
    for (QLabel *each : tab->findChildren<QLabel *>()) {
        if (each->buddy() == list)
            label = each;
    }
    QVERIFY(label);
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!tab->findChild<QLabel *>(u"presetStatus"_s)->accessibleName().isEmpty());
    tabs->findChild<QTabBar *>()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(list->hasFocus());
}

// A picture of the tab for a person to judge: written when ROLLBOOK_SCREENSHOTS names a folder.
void TestPresetsTab::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    SettingsPage page;
    page.setDatabase(m_database.get());
    // As in the main window at its default size, beside the navigation list.
    page.resize(700, 580);
    auto *tabs = page.findChild<QTabWidget *>(u"tabs"_s);
    tabs->setCurrentIndex(tabs->count() - 1);
    auto *tab = qobject_cast<PresetsTab *>(tabs->currentWidget());
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    settle(tab);
    const QString exported = m_dir.filePath(u"Foresatte fra SIS.json"_s);
    tab->exportTo(u"Foresatte fra SIS"_s, exported);
    settle(tab);
    tab->findChild<QTreeWidget *>(u"presetList"_s)->setFocus();
    QTest::qWait(50);
    QVERIFY(page.grab().save(QDir(folder).filePath(u"settings-presets.png"_s)));

    auto empty = openNew(u"empty"_s);
    QVERIFY(empty);
    page.setDatabase(empty.get());
    settle(tab);
    QTest::qWait(50);
    QVERIFY(page.grab().save(QDir(folder).filePath(u"settings-presets-empty.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestPresetsTab)
#include "tst_presetstab.moc"

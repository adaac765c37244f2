#include "db/database.h"
#include "import/importhistory.h"
#include "import/importrun.h"
#include "importhistorypage.h"
#include "modalanswer.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestImportHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheBatchesNewestFirst();
    void wideImportIsOneRowThatUndoes();
    void undoAsksThenUndoes();
    void undoCancelledChangesNothing();
    void refusalIsShownWithItsReason();
    void undoWaitsForAnotherImportAndSaysSo();
    void screenshots();

private:
    qint64 seed(const char *file, Profile profile, const QString &syncField = {});
    qint64 count(const QString &sql) const;
    int rowOf(qint64 batch) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ImportHistoryPage> m_page;
    QTableWidget *m_table = nullptr;
    QAbstractButton *m_undo = nullptr;
};

void TestImportHistoryPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestImportHistoryPage::init()
{
    static int n = 0;
    auto opened =
            Database::open(Testing::newDatabase(m_dir.filePath(u"history-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    m_page = std::make_unique<ImportHistoryPage>();
    m_page->resize(900, 500);
    m_table = m_page->findChild<QTableWidget *>(u"batches"_s);
    m_undo = m_page->findChild<QAbstractButton *>(u"undoImport"_s);
    QVERIFY(m_table && m_undo);
}

void TestImportHistoryPage::cleanup()
{
    m_page.reset();
    m_database.reset();
}

qint64 TestImportHistoryPage::seed(const char *file, Profile profile, const QString &syncField)
{
    ImportPlan plan;
    plan.filePath = QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(QString::fromLatin1(file));
    plan.profile = profile;
    plan.syncField = syncField;
    plan.backupsKept = 0;
    const auto report = runImport(m_database->connection(), plan);
    if (!report || !report->committed)
        return -1;
    return report->batchId;
}

qint64 TestImportHistoryPage::count(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int TestImportHistoryPage::rowOf(qint64 batch) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == batch)
            return row;
    }
    return -1;
}

void TestImportHistoryPage::listsTheBatchesNewestFirst()
{
    m_page->setDatabase(m_database.get());
    QTRY_VERIFY(!m_page->isLoading());
    QCOMPARE(m_table->rowCount(), 0);
    QVERIFY(m_page->findChild<QWidget *>(u"noImports"_s)->isVisibleTo(m_page.get()));
    QVERIFY(!m_undo->isEnabled());

    const qint64 first = seed("seed-a-children.csv", Profile::Learner);
    const qint64 second = seed("learners-utf8.csv", Profile::Learner);
    QVERIFY(first > 0 && second > first);
    m_page->reload();
    QTRY_COMPARE(m_table->rowCount(), 2);
    QCOMPARE(m_table->item(0, 0)->data(Qt::UserRole).toLongLong(), second);
    QCOMPARE(m_table->item(0, 1)->text(), u"learners-utf8.csv"_s);
    QCOMPARE(m_table->item(0, 3)->text(), u"Learner"_s);
    QCOMPARE(m_table->item(0, 4)->text(), u"4"_s); // new
    QCOMPARE(m_table->item(0, 8)->text(), u"In force"_s);
    QVERIFY(!m_table->item(0, 2)->text().isEmpty());
    QVERIFY(m_table->isSortingEnabled());
}

void TestImportHistoryPage::wideImportIsOneRowThatUndoes()
{
    // One file of learners with their guardians: one import in the history, undone at once.
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"true"_s, u"test"_s)
                    .ok());
    const qint64 batch = seed("wide-parent1-parent2-en.csv", Profile::LearnersWithParents);
    QVERIFY(batch > 0);
    m_page->setDatabase(m_database.get());
    QTRY_COMPARE(m_table->rowCount(), 1);
    QCOMPARE(m_table->item(0, 3)->text(), u"Learners with their parents"_s);
    QCOMPARE(m_table->item(0, 4)->text(), u"6"_s); // 3 learners and 3 parents new
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 5);
    QVERIFY(ImportHistory(m_database->connection()).undo(batch, u"test"_s).ok());
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
}

void TestImportHistoryPage::undoAsksThenUndoes()
{
    const qint64 batch = seed("learners-utf8.csv", Profile::Learner);
    QVERIFY(batch > 0);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 4);
    m_page->setDatabase(m_database.get());
    QTRY_COMPARE(m_table->rowCount(), 1);
    m_page->selectBatch(batch);
    QVERIFY(m_undo->isEnabled());

    QSignalSpy undone(m_page.get(), &ImportHistoryPage::undone);
    QString asked;
    Testing::answerNextMessageBox(u"Undo import"_s, &asked);
    m_undo->click();
    QVERIFY2(asked.contains(u"learners-utf8.csv"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"4 people it created"_s), qPrintable(asked));
    QTRY_COMPARE(undone.size(), 1);
    QCOMPARE(undone.first().first().toLongLong(), batch);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
    QTRY_VERIFY(m_table->item(rowOf(batch), 8)->text().startsWith(u"Undone"_s));
    m_page->selectBatch(batch);
    QTRY_VERIFY(!m_undo->isEnabled()); // once is enough
}

void TestImportHistoryPage::undoCancelledChangesNothing()
{
    const qint64 batch = seed("learners-utf8.csv", Profile::Learner);
    m_page->setDatabase(m_database.get());
    QTRY_COMPARE(m_table->rowCount(), 1);
    m_page->selectBatch(batch);
    Testing::answerNextMessageBox(QMessageBox::Cancel);
    m_undo->click();
    QTRY_VERIFY(!m_page->isLoading());
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 4);
    QCOMPARE(m_table->item(0, 8)->text(), u"In force"_s);
}

void TestImportHistoryPage::refusalIsShownWithItsReason()
{
    // Parents linked to the learners: undoing the learners would leave them without children.
    QVERIFY(SettingsStore(m_database->connection())
                    .set(QString::fromLatin1(SettingsStore::ParentLoginEnabled), u"true"_s,
                         u"test"_s)
                    .ok());
    const qint64 learners = seed("seed-a-children.csv", Profile::Learner);
    const qint64 parents = seed("seed-b-parents-one-child.csv", Profile::Parent, u"ChildID"_s);
    QVERIFY(learners > 0 && parents > learners);
    const QString reason = [&] {
        const Status refused = ImportHistory(m_database->connection()).undo(learners, u"x"_s);
        return refused ? QString() : refused.error().message;
    }();
    if (reason.isEmpty())
        QSKIP("The engine undoes a batch that later links build on; nothing to refuse.");

    m_page->setDatabase(m_database.get());
    QTRY_COMPARE(m_table->rowCount(), 2);
    m_page->selectBatch(learners);
    const qint64 people = count(u"SELECT count(*) FROM person"_s);
    QString refusal;
    Testing::answerNextMessageBox(u"Undo import"_s);
    m_undo->click();
    Testing::answerNextMessageBox(QMessageBox::Ok, &refusal);
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(u"was not undone"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(reason), qPrintable(refusal));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), people);
    QTRY_VERIFY(!m_page->isLoading());
    QCOMPARE(m_table->item(rowOf(learners), 8)->text(), u"In force"_s);
}

// Another administrator's import holds the database (a second connection holding the turn that
// imports and undos take): the page says the undo waits, then undoes once it is free.
void TestImportHistoryPage::undoWaitsForAnotherImportAndSaysSo()
{
    const qint64 batch = seed("learners-utf8.csv", Profile::Learner);
    QVERIFY(batch > 0);
    m_page->setDatabase(m_database.get());
    QTRY_COMPARE(m_table->rowCount(), 1);
    m_page->selectBatch(batch);

    auto other = Database::open(m_database->path());
    QVERIFY(other.ok());
    QSqlDatabase holder = other.value()->connection();
    QVERIFY(Database::beginSerialised(holder).ok());

    QSignalSpy undone(m_page.get(), &ImportHistoryPage::undone);
    Testing::answerNextMessageBox(u"Undo import"_s);
    m_undo->click();
    auto *status = m_page->findChild<QLabel *>(u"undoStatus"_s);
    QVERIFY(status);
    // SQLite says so after its busy timeout of five seconds.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Waiting for another administrator"_s),
                             20000);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 4);
    QVERIFY(holder.rollback());
    QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 1, 20000);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
    QVERIFY(status->text().isEmpty());
}

void TestImportHistoryPage::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    const qint64 first = seed("seed-a-children.csv", Profile::Learner);
    seed("learners-utf8.csv", Profile::Learner);
    QVERIFY(ImportHistory(m_database->connection()).undo(first, u"test"_s).ok());
    m_page->setDatabase(m_database.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(m_table->rowCount(), 2);
    m_table->selectRow(0);
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"history.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestImportHistoryPage)
#include "tst_importhistorypage.moc"

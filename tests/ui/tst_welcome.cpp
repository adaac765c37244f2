// The welcome on an empty database and Open a Sample School (issue 17): the Users page shows a
// welcome while nobody is there, its buttons and link work by mouse and keyboard, people
// imported bring the table back, and a sample school is made beside the user's database, opened,
// and said to be one, while the user's own database stays as it was.

#include "db/database.h"
#include "helpbrowser.h"
#include "import/importhistory.h"
#include "import/importrun.h"
#include "importhistorypage.h"
#include "importpage.h"
#include "importwizard/importwizard.h"
#include "itemmodels/usertablemodel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "pageheader.h"
#include "samplelauncher.h"
#include "testsupport.h"
#include "userspage.h"
#include "welcomewidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

bool wizardShown(const ImportPage *import)
{
    const ImportWizard *wizard = import->wizard();
    return wizard && wizard->isVisible();
}

void closeWizard(const ImportPage *import)
{
    if (ImportWizard *wizard = import->wizard())
        wizard->reject();
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeStandsInForTheTableOnAnEmptyDatabase();
    void welcomeIsReachedByKeyboard();
    void importOpensTheWizard();
    void importMnemonicOpensTheWizard();
    void linkOpensTheOrderOfWork();
    void importedPeopleBringTheTableAndUndoTheWelcome();
    void ownDatabaseHasNoSampleBanner();
    void sampleSchoolOpensBesideTheDatabase();
    void secondSampleIsNumbered();
    void sampleFromAServerDatabaseIsAFileOfItsOwn();
    void freePlaceSkipsWhatIsTaken();
    void failedSampleKeepsTheDatabase();
    void screenshots();

private:
    // The database of this test, in a folder of its own.
    QString ownPath() const { return QDir(m_folder).filePath(u"school.sqlite"_s); }
    UsersPage *users() const { return m_window->usersPage(); }
    WelcomeWidget *welcome() const { return users()->welcome(); }
    void showWindow();
    // Clicks Open a Sample School and answers the box that says what was made (its text in
    // `said`); false when no sample was opened within a minute.
    bool openSample(QString *said = nullptr);
    qint64 importLearners();

    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<MainWindow> m_window;
};

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"RollbookTests"_s);
    QCoreApplication::setApplicationName(u"tst_welcome"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    // The program's icon, as rollbook's main() sets it: the welcome shows it.
    QIcon icon;
    for (int size : {32, 64, 128})
        icon.addFile(QDir(Testing::fixture(u"../../resources/icons/hicolor"_s))
                             .filePath(u"%1x%1/apps/no.rollbook.Rollbook.png"_s.arg(size)),
                     QSize(size, size));
    QApplication::setWindowIcon(icon);
}

void TestWelcome::init()
{
    static int n = 0;
    m_folder = m_dir.filePath(u"case-%1"_s.arg(++n));
    QVERIFY(QDir().mkpath(m_folder));
    m_window = std::make_unique<MainWindow>();
    const auto opened = m_window->openDatabase(ownPath());
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
}

void TestWelcome::cleanup()
{
    m_window.reset();
}

void TestWelcome::showWindow()
{
    m_window->resize(1000, 640);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

bool TestWelcome::openSample(QString *said)
{
    auto *launcher = m_window->findChild<SampleLauncher *>();
    if (!launcher)
        return false;
    QSignalSpy finished(launcher, &SampleLauncher::finished);
    Testing::answerNextMessageBox(QMessageBox::Ok, said);
    QTest::mouseClick(welcome()->sampleButton(), Qt::LeftButton);
    return QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 60000) &&
           finished.first().first().toBool();
}

qint64 TestWelcome::importLearners()
{
    ImportPlan plan;
    plan.filePath = Testing::fixture(u"learners-utf8.csv"_s);
    plan.profile = Profile::Learner;
    plan.backupsKept = 0;
    const auto report = runImport(m_window->database()->connection(), plan);
    if (!report || !report->committed)
        return -1;
    // What the import wizard tells the window when it has committed.
    emit m_window->importPage()->imported(report->batchId);
    return report->batchId;
}

void TestWelcome::welcomeStandsInForTheTableOnAnEmptyDatabase()
{
    showWindow();
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::Users);
    QVERIFY(users()->showsWelcome());
    QVERIFY(welcome()->isVisible());
    QVERIFY(!users()->view()->isVisible());
    // The page's title and its "?" stay above the welcome.
    auto *header = users()->findChild<PageHeader *>();
    QVERIFY(header->isVisible());
    QVERIFY(header->helpButton()->isVisible());

    auto *title = welcome()->findChild<QLabel *>(u"welcomeTitle"_s);
    QVERIFY(title && title->isVisible());
    QCOMPARE(title->text(), u"Welcome to Rollbook"_s);
    QCOMPARE(welcome()->importButton()->text(), u"&Import Users from File…"_s);
    QCOMPARE(welcome()->sampleButton()->text(), u"&Open a Sample School"_s);
    QVERIFY(welcome()->importButton()->isDefault());
    QVERIFY(!welcome()->sampleButton()->isDefault());
    QVERIFY(welcome()->orderLink()->text().contains(u"The order of work: children first"_s));
    QCOMPARE(welcome()->orderLink()->accessibleName(), u"The order of work: children first"_s);
    QVERIFY(!welcome()->accessibleName().isEmpty());
    // Not a sample: no banner.
    QVERIFY(!users()->sampleBanner()->isVisible());

    // A centred column of its own width, not stretched across a wide window.
    m_window->resize(1600, 900);
    QTRY_COMPARE(m_window->width(), 1600);
    const QRect button =
            welcome()->importButton()->geometry().united(welcome()->sampleButton()->geometry());
    const QPoint centre =
            welcome()->importButton()->parentWidget()->mapTo(welcome(), button.center());
    QVERIFY2(qAbs(centre.x() - welcome()->width() / 2) < 12,
             qPrintable(u"buttons centred at %1 of %2"_s.arg(centre.x()).arg(welcome()->width())));
    QVERIFY(welcome()->importButton()->parentWidget()->width() <= 520);
}

void TestWelcome::welcomeIsReachedByKeyboard()
{
    showWindow();
    // Focus given to the welcome lands on its default action; Tab goes on in reading order.
    welcome()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), welcome()->importButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), welcome()->sampleButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), welcome()->orderLink());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), welcome()->sampleButton());
    for (QWidget *widget : {static_cast<QWidget *>(welcome()->importButton()),
                            static_cast<QWidget *>(welcome()->sampleButton()),
                            static_cast<QWidget *>(welcome()->orderLink())})
        QVERIFY(widget->focusPolicy() & Qt::TabFocus);

    // From the navigation list, Tab reaches the welcome's buttons.
    auto *navigation = m_window->findChild<QWidget *>(u"navigation"_s);
    navigation->setFocus(Qt::OtherFocusReason);
    bool reached = false;
    for (int i = 0; i < 20 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget() == welcome()->importButton();
    }
    QVERIFY(reached);
}

void TestWelcome::importOpensTheWizard()
{
    showWindow();
    auto *import = m_window->importPage();
    QVERIFY(!import->wizard());
    QTest::mouseClick(welcome()->importButton(), Qt::LeftButton);
    QTRY_VERIFY(wizardShown(import));
    QCOMPARE(import->wizard()->currentId(), int(ImportWizard::FileId));
    closeWizard(import);
}

void TestWelcome::importMnemonicOpensTheWizard()
{
    showWindow();
    auto *import = m_window->importPage();
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(wizardShown(import));
    closeWizard(import);
    // Enter on the focused default button does the same.
    QTRY_VERIFY(!import->wizard());
    welcome()->importButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(welcome()->importButton(), Qt::Key_Return);
    QTRY_VERIFY(wizardShown(import));
    closeWizard(import);
}

void TestWelcome::linkOpensTheOrderOfWork()
{
    showWindow();
    // By keyboard: Tab to the link, Enter.
    welcome()->sampleButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(welcome()->sampleButton(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), welcome()->orderLink());
    QTest::keyClick(welcome()->orderLink(), Qt::Key_Return);
    HelpBrowser *help = HelpBrowser::instance();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->source(), HelpBrowser::url(u"order"_s, u"en"_s));
    QCOMPARE(help->parentWidget(), m_window.get());
    help->close();
}

void TestWelcome::importedPeopleBringTheTableAndUndoTheWelcome()
{
    showWindow();
    QVERIFY(users()->showsWelcome());
    const qint64 batch = importLearners();
    QVERIFY(batch > 0);
    QVERIFY(!users()->showsWelcome());
    QVERIFY(users()->view()->isVisible());
    QVERIFY(users()->model()->rowCount() > 0);

    // A search that finds nobody keeps the table, with its sentence.
    users()->setSearchDelay(0);
    auto *search = users()->findChild<QLineEdit *>(u"search"_s);
    QTest::keyClicks(search, u"nobodyatall"_s);
    QCOMPARE(users()->model()->rowCount(), 0);
    QVERIFY(!users()->showsWelcome());
    search->clear();
    QVERIFY(users()->model()->rowCount() > 0);

    // Undo import back to nobody: the welcome again.
    const Status undone = ImportHistory(m_window->database()->connection()).undo(batch, u"test"_s);
    QVERIFY2(undone.ok(), qPrintable(undone ? QString() : undone.error().message));
    emit m_window->historyPage()->undone(batch);
    QVERIFY(users()->showsWelcome());
    QVERIFY(welcome()->isVisible());
}

void TestWelcome::ownDatabaseHasNoSampleBanner()
{
    showWindow();
    QVERIFY(importLearners() > 0);
    QVERIFY(!users()->sampleBanner()->isVisible());
}

void TestWelcome::sampleSchoolOpensBesideTheDatabase()
{
    showWindow();
    const QString own = ownPath();
    // Everything in the file itself, so that its bytes can be compared once it is closed.
    QSqlQuery(m_window->database()->connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const QString before = Testing::dumpFile(own);
    QFile ownFile(own);
    QVERIFY(ownFile.open(QIODevice::ReadOnly));
    const QByteArray ownBytes = ownFile.readAll();
    ownFile.close();

    QString said;
    QVERIFY(openSample(&said));
    const QString sample = QDir(m_folder).filePath(u"Rollbook sample school.sqlite"_s);
    const QString files = QDir(m_folder).filePath(u"Rollbook sample school files"_s);
    QVERIFY(QFileInfo::exists(sample));
    QVERIFY(QFileInfo(files).isDir());
    QVERIFY(QFileInfo::exists(QDir(files).filePath(u"README.txt"_s)));
    QVERIFY(QDir(files).entryList({u"*.csv"_s}, QDir::Files).size() >= 2);

    // The window has the sample open, with its people in the table and the banner above.
    QCOMPARE(QFileInfo(m_window->database()->path()).absoluteFilePath(),
             QFileInfo(sample).absoluteFilePath());
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::Users);
    QVERIFY(!users()->showsWelcome());
    QVERIFY(users()->view()->isVisible());
    QVERIFY(users()->model()->rowCount() > 0);
    QVERIFY(users()->sampleBanner()->isVisible());
    auto *bannerText = users()->sampleBanner()->findChild<QLabel *>(u"sampleBannerText"_s);
    QVERIFY(bannerText->text().contains(u"nothing here is real"_s));
    QVERIFY(bannerText->text().contains(u"File > Open Database…"_s));

    // The box said it is a sample, where it is, where its files are and the way back.
    QVERIFY2(said.contains(u"sample school"_s), qPrintable(said));
    QVERIFY2(said.contains(QDir::toNativeSeparators(sample)), qPrintable(said));
    QVERIFY2(said.contains(QDir::toNativeSeparators(files)), qPrintable(said));
    QVERIFY2(said.contains(u"File > Open Database…"_s), qPrintable(said));
    QVERIFY2(said.contains(QDir::toNativeSeparators(own)), qPrintable(said));
    // Nothing left waiting or disabled.
    QVERIFY(!m_window->findChild<QProgressDialog *>(u"makingSample"_s));
    QVERIFY(m_window->isEnabled());
    QVERIFY(!QApplication::activeModalWidget());

    // The user's own database is as it was, byte for byte and row for row.
    QCOMPARE(Testing::dumpFile(own), before);
    QVERIFY(ownFile.open(QIODevice::ReadOnly));
    QCOMPARE(ownFile.readAll(), ownBytes);

    // And going back to it shows the welcome again, without the banner.
    QVERIFY(m_window->openDatabase(own).ok());
    QVERIFY(users()->showsWelcome());
    QVERIFY(!users()->sampleBanner()->isVisible());
}

void TestWelcome::sampleFromAServerDatabaseIsAFileOfItsOwn()
{
    if (!Testing::onServer())
        QSKIP("Needs a PostgreSQL server: set ROLLBOOK_TEST_POSTGRESQL_STATE (see "
              "scripts/test-postgresql.sh).");
    const QString server = Testing::newDatabase(QDir(m_folder).filePath(u"server.sqlite"_s));
    QVERIFY(Testing::isServerLocation(server));
    QVERIFY(m_window->openDatabase(server).ok());
    showWindow();
    QVERIFY(users()->showsWelcome());

    // A sample never goes onto the school's server: it is a file in Rollbook's own folder.
    QString said;
    QVERIFY(openSample(&said));
    const QString sample = m_window->database()->path();
    QCOMPARE(m_window->database()->engine(), Engine::SQLite);
    QCOMPARE(QFileInfo(sample).absolutePath(), QFileInfo(Database::defaultPath()).absolutePath());
    QVERIFY(users()->sampleBanner()->isVisible());
    QVERIFY(users()->model()->rowCount() > 0);
    QVERIFY2(said.contains(QDir::toNativeSeparators(sample)), qPrintable(said));

    // The server's database has nobody in it still, and is the way back.
    int people = -1;
    QVERIFY(Testing::withConnection(server, [&people](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT count(*) FROM person"_s) && query.next())
            people = query.value(0).toInt();
    }));
    QCOMPARE(people, 0);
    QVERIFY(m_window->openDatabase(server).ok());
    QVERIFY(users()->showsWelcome());
    QVERIFY(!users()->sampleBanner()->isVisible());

    // Rollbook's own folder is the tests' too: leave it as found.
    const QString stem = QFileInfo(sample).completeBaseName();
    QVERIFY(QFile::remove(sample));
    QFile::remove(sample + u"-wal"_s);
    QFile::remove(sample + u"-shm"_s);
    QVERIFY(QDir(QFileInfo(sample).dir().filePath(stem + u" files"_s)).removeRecursively());
}

void TestWelcome::secondSampleIsNumbered()
{
    showWindow();
    QVERIFY(openSample());
    QVERIFY(m_window->openDatabase(ownPath()).ok());
    QVERIFY(users()->showsWelcome());
    QVERIFY(openSample());
    const QString second = QDir(m_folder).filePath(u"Rollbook sample school 2.sqlite"_s);
    QCOMPARE(QFileInfo(m_window->database()->path()).absoluteFilePath(),
             QFileInfo(second).absoluteFilePath());
    QVERIFY(QFileInfo(QDir(m_folder).filePath(u"Rollbook sample school 2 files"_s)).isDir());
    QVERIFY(users()->sampleBanner()->isVisible());
    QVERIFY(users()->model()->rowCount() > 0);
}

void TestWelcome::freePlaceSkipsWhatIsTaken()
{
    const QString folder = QDir(m_folder).filePath(u"places"_s);
    QVERIFY(QDir().mkpath(folder));
    const QDir dir(folder);
    SamplePlace place = SampleLauncher::freePlace(folder);
    QCOMPARE(place.database, dir.filePath(u"Rollbook sample school.sqlite"_s));
    QCOMPARE(place.folder, dir.filePath(u"Rollbook sample school files"_s));
    // A folder of files left from an earlier sample takes its number too.
    QVERIFY(dir.mkdir(u"Rollbook sample school files"_s));
    place = SampleLauncher::freePlace(folder);
    QCOMPARE(place.database, dir.filePath(u"Rollbook sample school 2.sqlite"_s));
    QFile taken(dir.filePath(u"Rollbook sample school 2.sqlite"_s));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    place = SampleLauncher::freePlace(folder);
    QCOMPARE(place.database, dir.filePath(u"Rollbook sample school 3.sqlite"_s));
    QCOMPARE(place.folder, dir.filePath(u"Rollbook sample school 3 files"_s));
}

void TestWelcome::failedSampleKeepsTheDatabase()
{
    showWindow();
    const QFile::Permissions permissions = QFile::permissions(m_folder);
    QVERIFY(QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner));
    QFile probe(QDir(m_folder).filePath(u"probe"_s));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QFile::setPermissions(m_folder, permissions);
        QSKIP("This user may write in a read-only folder (root): no failure to show.");
    }
    auto *launcher = m_window->findChild<SampleLauncher *>();
    QSignalSpy finished(launcher, &SampleLauncher::finished);
    QString said;
    Testing::answerNextMessageBox(QMessageBox::Ok, &said);
    QTest::mouseClick(welcome()->sampleButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QFile::setPermissions(m_folder, permissions);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(said.contains(u"could not make the sample school"_s), qPrintable(said));
    QCOMPARE(QFileInfo(m_window->database()->path()).absoluteFilePath(),
             QFileInfo(ownPath()).absoluteFilePath());
    QVERIFY(!QFileInfo::exists(QDir(m_folder).filePath(u"Rollbook sample school.sqlite"_s)));
    QVERIFY(users()->showsWelcome());
    QVERIFY(m_window->isEnabled());
}

void TestWelcome::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QVERIFY(QDir().mkpath(folder));
    const QDir out(folder);
    showWindow();
    m_window->refreshStatus();
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(out.filePath(u"welcome.png"_s)));
    m_window->resize(900, 600);
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(out.filePath(u"welcome-900x600.png"_s)));
    m_window->resize(1000, 640);
    QTest::qWait(100);

    // The box that says what was made, then the sample open behind it.
    auto *launcher = m_window->findChild<SampleLauncher *>();
    QSignalSpy finished(launcher, &SampleLauncher::finished);
    Testing::answerNextMessageBox([&out](QMessageBox *box) {
        box->grab().save(out.filePath(u"sample-opened-box.png"_s));
        return box->button(QMessageBox::Ok);
    });
    QTest::mouseClick(welcome()->sampleButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    m_window->refreshStatus();
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(out.filePath(u"sample-school.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestWelcome)
#include "tst_welcome.moc"

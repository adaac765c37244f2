#include "core/application.h"
#include "core/translation.h"
#include "db/backups.h"
#include "db/database.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "opendatabasedialog.h"
#include "page.h"
#include "samplelauncher.h"
#include "settings/settingsstore.h"
#include "settingspage.h"
#include "testsupport.h"
#include "userspage.h"
#include "welcomewidget.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void navigationListsThePagesInOrder();
    void anEmptyDatabaseOpensOnTheWelcomeAndASample();
    void statusBarShowsPathAndCounts();
    void openingAppliesThePrivacySettings();
    void viewMenuShortcutsSwitchPages();
    void menusHoldTheDesignedActions();
    void leavingUnsavedSettingsAsks();
    void closingWithUnsavedSettingsAsks();
    void refusedDatabaseKeepsTheCurrentOne();
    void openDatabaseDialogOpensAFile();
    void refusedServerIsShownAndKeepsTheCurrentOne();
    void stoppingTheWaitForASilentServerKeepsTheCurrentOne();
    void serverDatabaseIsNamedAsAServer();
    void newerDatabaseIsRefusedWithADialog();
    void geometryAndLastDatabaseAreRemembered();
    void aboutShowsVersionLicenceAndIcon();
    void screenshots();

private:
    QString newDatabasePath();
    QStringList menuTexts(const QString &menu) const;
    QAction *fileAction(const QString &name) const;
    QString statusText() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"RollbookTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    // Counts are tr("%n …") messages: their English singular is in the English catalogue.
    installTranslations(u"en"_s);
}

QString TestMainWindow::newDatabasePath()
{
    static int n = 0;
    return m_dir.filePath(u"window-%1.sqlite"_s.arg(++n));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    const auto opened = m_window->openDatabase(newDatabasePath());
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QStringList TestMainWindow::menuTexts(const QString &menu) const
{
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text().remove(u'&') != menu || !action->menu())
            continue;
        QStringList texts;
        for (QAction *item : action->menu()->actions()) {
            if (!item->isSeparator())
                texts.append(item->text().remove(u'&'));
        }
        return texts;
    }
    return {};
}

QAction *TestMainWindow::fileAction(const QString &name) const
{
    auto *action = m_window->findChild<QAction *>(name);
    if (!action)
        qFatal("No action %s", qPrintable(name));
    return action;
}

QString TestMainWindow::statusText() const
{
    return m_window->findChild<QLabel *>(u"databasePath"_s)->text();
}

// Does `act` with the next modal dialog of type T once it is open and active (a modal dialog runs
// its own event loop, so this runs from a timer that waits for it).
template<typename T>
void whenOpen(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isActiveWindow())
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

// Types a server's address into the Open Database dialog by keyboard, and presses Enter.
void typeServer(OpenDatabaseDialog *dialog, const QString &host, int port, const QString &name,
                const QString &user, const QString &caCertificate = {})
{
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    // The radio button's mnemonic clicks it after a brief animation.
    if (!QTest::qWaitFor(
                [dialog] {
                    return dialog->findChild<QRadioButton *>(u"serverChoice"_s)->isChecked();
                },
                2000)) {
        dialog->reject();
        QFAIL("Alt+P did not choose a server");
    }
    auto *hostField = dialog->findChild<QLineEdit *>(u"host"_s);
    auto *portField = dialog->findChild<QSpinBox *>(u"port"_s);
    auto *nameField = dialog->findChild<QLineEdit *>(u"name"_s);
    auto *userField = dialog->findChild<QLineEdit *>(u"user"_s);
    auto *caField = dialog->findChild<QLineEdit *>(u"caCertificate"_s);
    for (QLineEdit *field : {hostField, nameField, userField, caField})
        field->clear();
    QTest::keyClicks(hostField, host);
    portField->setValue(port);
    QTest::keyClicks(nameField, name);
    QTest::keyClicks(caField, QDir::toNativeSeparators(caCertificate));
    QTest::keyClicks(userField, user);
    QTest::keyClick(userField, Qt::Key_Return);
}

void TestMainWindow::navigationListsThePagesInOrder()
{
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row)
        titles.append(navigation->item(row)->text());
    QCOMPARE(titles, QStringList({u"Users and access rights"_s, u"Import users from file"_s,
                                  u"Import history"_s, u"Distribute user names and passwords"_s,
                                  u"Edit global settings"_s}));
    navigation->setCurrentRow(int(MainWindow::PageId::Settings));
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::Settings);
    QVERIFY(qobject_cast<SettingsPage *>(m_window->page(MainWindow::PageId::Settings)));
}

void TestMainWindow::anEmptyDatabaseOpensOnTheWelcomeAndASample()
{
    // The first start: the Users page, with the welcome in the table's place. (tst_welcome
    // drives each of its controls.)
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::Users);
    auto *users = m_window->usersPage();
    QVERIFY(users->showsWelcome());
    QVERIFY(users->welcome()->isVisible());
    QVERIFY(users->welcome()->sampleButton()->isVisible());

    // Open a Sample School: the window goes to a sample of its own, with people in it.
    const QString own = m_window->database()->path();
    auto *launcher = m_window->findChild<SampleLauncher *>();
    QVERIFY(launcher);
    QSignalSpy finished(launcher, &SampleLauncher::finished);
    Testing::answerNextMessageBox(QMessageBox::Ok);
    users->welcome()->sampleButton()->click();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(m_window->database()->path() != own);
    QVERIFY(QFileInfo(m_window->database()->path()).fileName().startsWith(u"Rollbook sample"_s));
    QVERIFY(!users->showsWelcome());
    QVERIFY(users->view()->model()->rowCount() > 0);
    QVERIFY(statusText().contains(u"sample"_s, Qt::CaseInsensitive));
}

void TestMainWindow::statusBarShowsPathAndCounts()
{
    {
        QSqlDatabase db = m_window->database()->connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO person (username, profile, created_at, updated_at) "
                           u"VALUES ('a', 'learner', '', ''), ('b', 'learner', '', ''), "
                           u"('p', 'parent', '', '')"_s));
        QVERIFY(query.exec(u"INSERT INTO parent_link (parent_id, learner_id, created_by, "
                           u"created_at) VALUES (3, 1, 'manual', '')"_s));
    }
    m_window->refreshStatus();
    auto *path = m_window->findChild<QLabel *>(u"databasePath"_s);
    auto *counts = m_window->findChild<QLabel *>(u"databaseCounts"_s);
    QCOMPARE(path->text(),
             u"File: "_s + QDir::toNativeSeparators(
                                   QFileInfo(m_window->database()->path()).absoluteFilePath()));
    QTRY_COMPARE(counts->text(), u"2 learners · 1 parent · 1 link"_s);
}

void TestMainWindow::openingAppliesThePrivacySettings()
{
    // A database whose two learners' passwords went out 40 and 10 days ago, a third not yet,
    // forgetting after 30 days, and a backup of 40 days beside it.
    const QString path = newDatabasePath();
    {
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QSqlDatabase db = opened.value()->connection();
        QSqlQuery query(db);
        const auto ago = [](int days) {
            return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
        };
        QVERIFY(query.exec(u"INSERT INTO person (username, profile, password, created_at, "
                           u"updated_at) VALUES ('a', 'learner', 'Ulv-Sommer-4817', '', ''), "
                           u"('b', 'learner', 'Elg-Var-2264', '', ''), "
                           u"('c', 'learner', 'Gaupe-Host-7301', '', '')"_s));
        QVERIFY(query.exec(u"UPDATE person SET password_distributed_at = '%1' WHERE username = "
                           u"'a'"_s.arg(ago(40))));
        QVERIFY(query.exec(u"UPDATE person SET password_distributed_at = '%1' WHERE username = "
                           u"'b'"_s.arg(ago(10))));
        QVERIFY(SettingsStore(db)
                        .set(QString::fromLatin1(SettingsStore::ForgetPasswordsAfterDays), u"30"_s,
                             u"tester"_s)
                        .ok());
    }
    QFile old(Backups::pathFor(path, Backups::stampOf(QDateTime::currentDateTime().addDays(-40))));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();

    const auto opened = m_window->openDatabase(path);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"more than 30 days ago were forgotten"_s) && said.contains(u": 1."_s),
             qPrintable(said));
    QVERIFY2(said.contains(u"1 backup was deleted"_s), qPrintable(said));
    QVERIFY(!old.exists());
    QSqlQuery query(m_window->database()->connection());
    QVERIFY(query.exec(u"SELECT username FROM person WHERE password IS NULL"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"a"_s);
    QVERIFY(!query.next());

    // The status bar says what is still stored, and since when the first went out.
    auto *stored = m_window->findChild<QLabel *>(u"storedPasswords"_s);
    QTRY_VERIFY(
            stored->text().startsWith(u"Initial passwords stored: 2 (the first distributed on "_s));
    QVERIFY(stored->isVisibleTo(m_window.get()));
    QVERIFY2(stored->toolTip().contains(u"Distributed (exported, printed or e-mailed): 1."_s),
             qPrintable(stored->toolTip()));
    QVERIFY(query.exec(u"UPDATE person SET password = NULL"_s));
    m_window->refreshStatus();
    QTRY_VERIFY(!stored->isVisibleTo(m_window.get()));
}

void TestMainWindow::viewMenuShortcutsSwitchPages()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::Settings);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::History);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    QCOMPARE(navigation->currentRow(), int(MainWindow::PageId::History));
    // The navigation list itself answers the arrow keys.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::Distribute);
}

void TestMainWindow::menusHoldTheDesignedActions()
{
    QCOMPARE(menuTexts(u"File"_s),
             QStringList({u"New Database…"_s, u"Open Database…"_s, u"Import Users from File…"_s,
                          u"Back Up Database…"_s, u"Quit"_s}));
    QCOMPARE(menuTexts(u"Edit"_s), QStringList({u"Undo"_s, u"Redo"_s}));
    QCOMPARE(menuTexts(u"Help"_s),
             QStringList({u"Rollbook Help"_s, u"About Rollbook"_s, u"About Qt"_s}));
    QCOMPARE(menuTexts(u"View"_s).size(), int(MainWindow::pageCount));
}

void TestMainWindow::leavingUnsavedSettingsAsks()
{
    QVERIFY(m_window->showPage(MainWindow::PageId::Settings));
    auto *settings = m_window->page(MainWindow::PageId::Settings);
    settings->findChild<QCheckBox *>(u"parentLogin"_s)->setChecked(true);
    QVERIFY(m_window->isWindowModified());

    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    Testing::answerNextMessageBox(QMessageBox::Cancel);
    navigation->setCurrentRow(int(MainWindow::PageId::Users));
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::Settings);
    QCOMPARE(navigation->currentRow(), int(MainWindow::PageId::Settings));

    Testing::answerNextMessageBox(QMessageBox::Save);
    navigation->setCurrentRow(int(MainWindow::PageId::Users));
    QCOMPARE(m_window->currentPage(), MainWindow::PageId::Users);
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::closingWithUnsavedSettingsAsks()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showPage(MainWindow::PageId::Settings));
    m_window->page(MainWindow::PageId::Settings)
            ->findChild<QCheckBox *>(u"parentLogin"_s)
            ->setChecked(true);
    Testing::answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    Testing::answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_window->close());
}

void TestMainWindow::refusedDatabaseKeepsTheCurrentOne()
{
    const QString current = m_window->database()->path();
    const QString notADatabase = m_dir.filePath(u"letter.sqlite"_s);
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Dear parents, ...\n");
    file.close();

    const auto opened = m_window->openDatabase(notADatabase);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"not a Rollbook database"_s),
             qPrintable(opened.error().message));
    QCOMPARE(m_window->database()->path(), current);
}

void TestMainWindow::openDatabaseDialogOpensAFile()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QString current = m_window->database()->path();
    const QString other = newDatabasePath();
    QString started;
    whenOpen<OpenDatabaseDialog>([&](OpenDatabaseDialog *dialog) {
        // It starts from the open file.
        started = dialog->findChild<QLineEdit *>(u"filePath"_s)->text();
        QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier);
        QLineEdit *path = dialog->findChild<QLineEdit *>(u"filePath"_s);
        path->clear();
        QTest::keyClicks(path, QDir::toNativeSeparators(other));
        QTest::keyClick(path, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);

    QCOMPARE(started, QDir::toNativeSeparators(current));
    QCOMPARE(m_window->database()->path(), other);
    QCOMPARE(statusText(), u"File: "_s + QDir::toNativeSeparators(other));
    QCOMPARE(m_window->windowFilePath(), other);
    QVERIFY2(m_window->windowTitle().startsWith(QFileInfo(other).fileName()),
             qPrintable(m_window->windowTitle()));
    QCOMPARE(MainWindow::lastDatabasePath(), other);
}

void TestMainWindow::refusedServerIsShownAndKeepsTheCurrentOne()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QString current = m_window->database()->path();
    const QString status = statusText();

    // Nothing listens on port 1: the connection is refused at once.
    const QString refused = u"postgresql://nobody@127.0.0.1:1/x"_s;
    const auto opened = m_window->openDatabase(refused);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"cannot connect to the database “x on 127.0.0.1”"_s),
             qPrintable(opened.error().message));
    QCOMPARE(m_window->database()->path(), current);

    // The same through File > Open Database…, by keyboard: the refusal is shown in words.
    QString asked;
    whenOpen<OpenDatabaseDialog>([](OpenDatabaseDialog *dialog) {
        typeServer(dialog, u"127.0.0.1"_s, 1, u"x"_s, u"nobody"_s);
    });
    Testing::answerNextMessageBox(u"Keep the Current One"_s, &asked);
    fileAction(u"openAction"_s)->trigger();

    QVERIFY2(asked.contains(u"cannot connect"_s) && asked.contains(u"port 1 as nobody"_s),
             qPrintable(asked));
    QCOMPARE(m_window->database()->path(), current);
    QCOMPARE(statusText(), status);
    QCOMPARE(m_window->windowFilePath(), current);
    QCOMPARE(MainWindow::lastDatabasePath(), QFileInfo(current).absoluteFilePath());
    // The window still works on the database it kept.
    m_window->refreshStatus();
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"databaseCounts"_s)->text(),
                 u"0 learners · 0 parents · 0 links"_s);
}

void TestMainWindow::stoppingTheWaitForASilentServerKeepsTheCurrentOne()
{
    // A "server" that takes the connection and never answers: the window waits for it.
    auto silent = std::make_unique<QTcpServer>();
    QVERIFY(silent->listen(QHostAddress::LocalHost));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QString current = m_window->database()->path();
    const QString status = statusText();

    QString waitingText;
    bool painted = false;
    whenOpen<QProgressDialog>([&](QProgressDialog *progress) {
        waitingText = progress->labelText();
        painted = m_window->statusBar()->currentMessage().startsWith(u"Connecting to"_s);
        progress->findChild<QPushButton *>()->click();
    });
    // A message box would mean the stop was taken for a failure: it would be recorded and closed.
    QString boxText;
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [&boxText] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            boxText = box->text();
            box->buttons().constLast()->click();
        }
    });
    watch->start(10);
    QElapsedTimer clock;
    clock.start();
    const QString address = u"postgresql://anna@127.0.0.1:%1/rollbook"_s.arg(silent->serverPort());
    QVERIFY(m_window->openDatabaseOrAsk(address));
    delete watch;

    QCOMPARE(waitingText, u"Connecting to rollbook on 127.0.0.1…"_s);
    QVERIFY(painted);
    QVERIFY2(clock.elapsed() < 10000, "stopping did not wait for the connect timeout");
    QCOMPARE(boxText, QString());
    QCOMPARE(m_window->database()->path(), current);
    QCOMPARE(statusText(), status);
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    // Closing the silent server ends the abandoned attempt.
    silent.reset();
}

void TestMainWindow::serverDatabaseIsNamedAsAServer()
{
    if (!Testing::onServer())
        QSKIP("Needs a PostgreSQL server: set ROLLBOOK_TEST_POSTGRESQL_STATE (see "
              "scripts/test-postgresql.sh).");
    const QString address = Testing::newDatabase(newDatabasePath());
    const auto parsed = ServerAddress::parse(address);
    QVERIFY(parsed.ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    whenOpen<OpenDatabaseDialog>([&](OpenDatabaseDialog *dialog) {
        typeServer(dialog, parsed->host, parsed->port, parsed->name, parsed->user,
                   parsed->sslRootCert);
    });
    fileAction(u"openAction"_s)->trigger();

    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->engine(), Engine::PostgreSQL);
    QCOMPARE(m_window->database()->path(), address);
    const QString shown = u"%1 on %2"_s.arg(parsed->name, parsed->host);
    QCOMPARE(statusText(), u"Server: "_s + shown);
    QCOMPARE(m_window->windowFilePath(), QString());
    QVERIFY2(m_window->windowTitle().startsWith(shown), qPrintable(m_window->windowTitle()));
    QCOMPARE(MainWindow::lastDatabasePath(), address);
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"databaseCounts"_s)->text(),
                 u"0 learners · 0 parents · 0 links"_s);
    auto *warning = m_window->findChild<QLabel *>(u"connectionWarning"_s);
    QVERIFY(!warning->isVisibleTo(m_window.get())); // verified: nothing to warn about
    if (const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS"); !folder.isEmpty()) {
        QDir().mkpath(folder);
        QVERIFY(m_window->grab().save(QDir(folder).filePath(u"server.png"_s)));
    }

    // The dialog starts from the open server.
    QString startedHost;
    whenOpen<OpenDatabaseDialog>([&](OpenDatabaseDialog *dialog) {
        startedHost = dialog->findChild<QRadioButton *>(u"serverChoice"_s)->isChecked()
                              ? dialog->findChild<QLineEdit *>(u"host"_s)->text()
                              : QString();
        dialog->reject();
    });
    fileAction(u"openAction"_s)->trigger();
    QCOMPARE(startedHost, parsed->host);

    // Back Up Database… offers no file: the server's own backups apply.
    QString said;
    bool fileDialog = false;
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [&fileDialog] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            fileDialog = true;
            dialog->reject();
        }
    });
    watch->start(10);
    Testing::answerNextMessageBox(QMessageBox::Ok, &said);
    fileAction(u"backUpAction"_s)->trigger();
    delete watch;
    QVERIFY(!fileDialog);
    QVERIFY2(said.contains(u"on a PostgreSQL server"_s) && said.contains(u"own backups"_s),
             qPrintable(said));
    QVERIFY2(said.contains(shown), qPrintable(said));

    // A file opened afterwards is named as a file again, and is the last one used.
    const QString file = newDatabasePath();
    QVERIFY(m_window->openDatabase(file).ok());
    QCOMPARE(statusText(), u"File: "_s + QDir::toNativeSeparators(file));
    QCOMPARE(MainWindow::lastDatabasePath(), file);

    // Encrypted without verifying the server: the status bar says so while it is open.
    ServerAddress unverified = parsed.value();
    unverified.sslMode = SslMode::Require;
    unverified.sslRootCert.clear();
    const auto opened = m_window->openDatabase(unverified.toString());
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    QVERIFY(warning->isVisibleTo(m_window.get()));
    QVERIFY2(warning->text().contains(u"not verified"_s), qPrintable(warning->text()));
    QVERIFY(m_window->openDatabase(newDatabasePath()).ok());
    QVERIFY(!warning->isVisibleTo(m_window.get()));
}

void TestMainWindow::newerDatabaseIsRefusedWithADialog()
{
    const QString current = m_window->database()->path();
    const QString newer = m_dir.filePath(u"from-the-future.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = 999"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    QFile file(newer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QString asked;
    Testing::answerNextMessageBox(u"Keep the Current One"_s, &asked);
    QVERIFY(m_window->openDatabaseOrAsk(newer));
    QVERIFY2(asked.contains(u"newer version of Rollbook"_s), qPrintable(asked));
    QCOMPARE(m_window->database()->path(), current);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestMainWindow::geometryAndLastDatabaseAreRemembered()
{
    const QString path = m_window->database()->path();
    m_window->show();
    m_window->resize(870, 610);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->size(), QSize(870, 610));
    QCOMPARE(MainWindow::lastDatabasePath(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::aboutShowsVersionLicenceAndIcon()
{
    // rollbook's main() sets the application's icon from its resources before it makes the
    // window; the test does the same with the same file.
    const QString iconFile =
            QString::fromUtf8(ROLLBOOK_FIXTURES) +
            u"/../../resources/icons/hicolor/64x64/apps/no.rollbook.Rollbook.png"_s;
    QVERIFY2(QFile::exists(iconFile), qPrintable(iconFile));
    const QIcon previousIcon = QApplication::windowIcon();
    QApplication::setWindowIcon(QIcon(iconFile));
    QVERIFY2(!QApplication::windowIcon().isNull(), qPrintable(iconFile));
    m_window = std::make_unique<MainWindow>();

    QAction *about = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *item : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (item->menuRole() == QAction::AboutRole)
                about = item;
        }
    }
    QVERIFY(about);

    QString text;
    QPixmap icon;
    Testing::answerNextMessageBox([&](QMessageBox *box) {
        text = box->text();
        icon = box->iconPixmap();
        return box->button(QMessageBox::Ok);
    });
    about->trigger();
    QApplication::setWindowIcon(previousIcon);

    QVERIFY2(text.contains(u"Rollbook "_s + versionString()), qPrintable(text));
    QVERIFY2(text.contains(u"MIT"_s), qPrintable(text));
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.size(), QSize(64, 64));
}

// Pictures of the window for a person to judge: written when ROLLBOOK_SCREENSHOTS names a folder.
void TestMainWindow::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    m_window->resize(1000, 640);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->refreshStatus();
    QTest::qWait(200);
    for (int id = 0; id < MainWindow::pageCount; ++id) {
        QVERIFY(m_window->showPage(MainWindow::PageId(id)));
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(QDir(folder).filePath(u"page-%1.png"_s.arg(id))));
    }
    // The refusal a user sees for a file that is not a database.
    const QString letter = m_dir.filePath(u"letter.db"_s);
    QFile file(letter);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Dear parents\n");
    file.close();
    Testing::answerNextMessageBox([&folder](QMessageBox *box) {
        box->grab().save(QDir(folder).filePath(u"refused.png"_s));
        return box->buttons().constLast();
    });
    m_window->openDatabaseOrAsk(letter);
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestMainWindow)
#include "tst_mainwindow.moc"

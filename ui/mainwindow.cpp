#include "mainwindow.h"

#include "core/application.h"
#include "db/audit.h"
#include "db/background.h"
#include "db/database.h"
#include "distributepage.h"
#include "helpbrowser.h"
#include "importhistorypage.h"
#include "importpage.h"
#include "importwizard/importwizard.h"
#include "opendatabasedialog.h"
#include "page.h"
#include "pageheader.h"
#include "samplelauncher.h"
#include "settingspage.h"
#include "userspage.h"
#include "welcomewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString databaseFilter()
{
    return MainWindow::tr("Rollbook databases (*.sqlite *.db);;All files (*)");
}

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_summaryWatcher(new QFutureWatcher<Result<DatabaseSummary>>(this))
{
    setWindowTitle(tr("Rollbook"));
    setWindowIcon(QApplication::windowIcon());
    // A CSV file or a roster (a folder or a .zip file) dropped on the window opens the import
    // wizard with it.
    setAcceptDrops(true);
    createPages();
    createMenus();
    createStatusBar();
    restoreSettings();
    connect(m_summaryWatcher, &QFutureWatcherBase::finished, this, &MainWindow::showSummary);
    // Links made, removed, undone or redone change the counts.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::refreshStatus);
}

MainWindow::~MainWindow()
{
    m_summaryWatcher->waitForFinished();
    // Pages hold the database pointer; they go first.
    for (Page *page : std::as_const(m_pages))
        page->setDatabase(nullptr);
}

void MainWindow::createPages()
{
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);

    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);

    m_stack = new QStackedWidget(splitter);
    m_users = new UsersPage(m_undoStack, m_stack);
    m_import = new ImportPage(m_stack);
    m_history = new ImportHistoryPage(m_stack);
    m_distribute = new DistributePage(m_stack);
    m_settings = new SettingsPage(m_stack);
    m_pages = {m_users, m_import, m_history, m_distribute, m_settings};
    const QStyle::StandardPixmap icons[] = {QStyle::SP_FileDialogDetailedView, QStyle::SP_ArrowDown,
                                            QStyle::SP_BrowserReload, QStyle::SP_DialogSaveButton,
                                            QStyle::SP_FileDialogInfoView};
    for (int id = 0; id < pageCount; ++id) {
        Page *page = m_pages.at(id);
        m_stack->addWidget(page);
        auto *item =
                new QListWidgetItem(style()->standardIcon(icons[id]), page->title(), m_navigation);
        item->setSizeHint(QSize(0, 36));
        connect(page, &Page::modificationChanged, this, &QWidget::setWindowModified);
    }
    connectImportPages();
    connectWelcome();
    // Wide enough for the longest title: the platform's words are not to be cut off.
    int widest = 0;
    for (const Page *page : std::as_const(m_pages))
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(page->title()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 40);
    m_navigation->setCurrentRow(int(PageId::Users));

    // The navigation asks the page being left first; a kept page keeps the selection.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row == m_stack->currentIndex())
            return;
        if (!showPage(PageId(row))) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_stack->currentIndex());
        }
    });

    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
}

void MainWindow::connectImportPages()
{
    connect(m_import, &ImportPage::imported, this, [this](qint64 id) {
        m_history->reload();
        refreshStatus();
        m_distribute->chooseBatch(id); // "Distribute" after an import means to its people
    });
    connect(m_import, &ImportPage::historyRequested, this, [this] { showPage(PageId::History); });
    connect(m_import, &ImportPage::distributeRequested, this,
            [this] { showPage(PageId::Distribute); });
    const auto showParentLogin = [this] {
        // The settings page shows the stored values again, unless it holds unsaved edits.
        if (!m_settings->isModified())
            m_settings->setDatabase(m_database.get());
    };
    connect(m_import, &ImportPage::parentLoginSwitchedOn, this, showParentLogin);
    connect(m_distribute, &DistributePage::parentLoginSwitchedOn, this, showParentLogin);
    connect(m_history, &ImportHistoryPage::undone, this, &MainWindow::refreshStatus);
    connect(m_distribute, &DistributePage::passwordsChanged, this, &MainWindow::refreshStatus);
}

void MainWindow::connectWelcome()
{
    UsersPage *users = m_users;
    connect(users->welcome(), &WelcomeWidget::importRequested, this,
            [this] { openImportWizard(); });
    connect(users->welcome(), &WelcomeWidget::sampleRequested, new SampleLauncher(this),
            &SampleLauncher::start);
    // The page shows the table, or the welcome again, as soon as people come or go.
    connect(m_import, &ImportPage::imported, users, &UsersPage::refresh);
    connect(m_history, &ImportHistoryPage::undone, users, &UsersPage::refresh);
}

ImportWizard *MainWindow::openImportWizard(const QString &filePath)
{
    if (!m_database)
        return nullptr;
    return m_import->openWizard(filePath);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_database && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openImportWizard(urls.first().toLocalFile());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
            file->addAction(tr("&Open Database…"), this, [this] { chooseDatabase(); });
    openAction->setObjectName(u"openAction"_s);
    openAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(tr("&Import Users from File…"), this, [this] {
            openImportWizard();
        })->setObjectName(u"importAction"_s);
    file->addSeparator();
    file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase)
            ->setObjectName(u"backUpAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    for (int id = 0; id < pageCount; ++id) {
        QAction *action = view->addAction(m_pages.at(id)->title());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + id)));
        action->setData(id);
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { showPage(PageId(id)); });
    }
    m_pageActions->actions().at(int(PageId::Users))->setChecked(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 opens the help of the page on show; its PageHeader names the topic.
    QAction *helpAction = help->addAction(tr("Rollbook &Help"), this, [this] {
        const auto *header = m_pages.at(int(currentPage()))->findChild<PageHeader *>();
        showHelp(this, header ? header->helpTopic() : QString());
    });
    helpAction->setObjectName(u"helpAction"_s);
    helpAction->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Rollbook"), this, &MainWindow::about)
            ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
            ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(u"databasePath"_s);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"databaseCounts"_s);
    statusBar()->addWidget(m_pathLabel, 1);
    m_securityLabel = new QLabel(this);
    m_securityLabel->setObjectName(u"connectionWarning"_s);
    m_securityLabel->setStyleSheet(u"color: #b00020;"_s);
    m_securityLabel->hide();
    statusBar()->addWidget(m_securityLabel, 1);
    m_passwordsLabel = new QLabel(this);
    m_passwordsLabel->setObjectName(u"storedPasswords"_s);
    m_passwordsLabel->hide();
    statusBar()->addPermanentWidget(m_passwordsLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
}

Page *MainWindow::page(PageId id) const
{
    return m_pages.value(int(id));
}

MainWindow::PageId MainWindow::currentPage() const
{
    return PageId(m_stack->currentIndex());
}

bool MainWindow::showPage(PageId id)
{
    if (id == currentPage())
        return true;
    if (!m_pages.at(int(currentPage()))->maybeLeave()) {
        m_pageActions->actions().at(int(currentPage()))->setChecked(true);
        return false;
    }
    if (id == PageId::Distribute) {
        // Whom may be the people selected on the users page; the rest may have changed too.
        m_distribute->setSelectedPeople(m_users->selectedPersonIds());
        m_distribute->refresh();
    }
    m_stack->setCurrentIndex(int(id));
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(id));
    }
    m_pageActions->actions().at(int(id))->setChecked(true);
    return true;
}

Status MainWindow::openDatabase(const QString &location)
{
    bool declined = false;
    return openDatabase(location, declined);
}

Status MainWindow::openDatabase(const QString &location, bool &declined)
{
    declined = false;
    if (!m_pages.at(int(currentPage()))->maybeLeave()) {
        declined = true;
        return Error::usage(tr("The current page kept its unsaved changes."));
    }
    const auto prepared = prepareDatabase(location, declined);
    if (!prepared)
        return prepared.error();
    auto opened = Database::open(location);
    if (!opened)
        return opened.error();

    for (Page *page : std::as_const(m_pages))
        page->setDatabase(nullptr);
    m_undoStack->clear();
    m_database = std::move(opened.value());
    for (Page *page : std::as_const(m_pages))
        page->setDatabase(m_database.get());
    showDatabase();
    refreshStatus();
    if (const QString retained = Retention::sentences(prepared.value()); !retained.isEmpty())
        statusBar()->showMessage(retained, 30000);
    return success();
}

// A connection belongs to the thread that opened it (Qt 6.4 cannot hand one over), so the slow
// part of opening a database is done first on a pool thread with a connection of its own, while
// the window keeps painting: reaching a server (up to its connect timeout), migrating, and
// applying the privacy settings (deleting old backups, forgetting old passwords in every copy).
// The window's own connection then finds a server that answers and a database that is up to
// date, and its pages show it as it now is. The user may stop waiting for a server; work on a
// file is short, and is waited for.
Result<Retention::Applied> MainWindow::prepareDatabase(const QString &location, bool &declined)
{
    const bool server = ServerAddress::isServer(location);
    QString shown = QDir::toNativeSeparators(location);
    if (server) {
        const auto parsed = ServerAddress::parse(location);
        if (!parsed)
            return parsed.error();
        shown = parsed->displayName();
    } else if (!QFileInfo::exists(location)) {
        return Retention::Applied{}; // a new database: nothing kept yet
    }

    QFutureWatcher<Result<Retention::Applied>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(runWithDatabase(
            location, [actor = Audit::currentActor()](Database &db) -> Result<Retention::Applied> {
                QSqlDatabase connection = db.connection();
                return Retention::apply(connection, actor);
            }));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const QString message =
            server ? tr("Connecting to %1…").arg(shown) : tr("Opening %1…").arg(shown);
    statusBar()->showMessage(message);
    // A quick answer, or a refusal, shows no dialog; the keyboard and mouse wait meanwhile.
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!watcher.isFinished()) {
        QProgressDialog progress(message, server ? tr("Stop Waiting") : QString(), 0, 0, this);
        progress.setObjectName(server ? u"connecting"_s : u"opening"_s);
        progress.setWindowTitle(tr("Open Database"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        if (!server)
            progress.setCancelButton(nullptr);
        connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        progress.show();
        loop.exec();
        if (!server)
            watcher.waitForFinished(); // work on a file cannot be left half done
    }
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!watcher.isFinished()) {
        // The attempt ends on its own at the connect timeout; its answer is not needed.
        declined = true;
        return Error::usage(tr("Stopped waiting for %1.").arg(shown));
    }
    const Result<Retention::Applied> prepared = watcher.result();
    // A file the pool thread could not open is refused by the window's own opening, in its
    // words; a server that cannot be reached, here.
    if (!prepared && !server)
        return Retention::Applied{};
    return prepared;
}

// The window's title, file path, status bar and the remembered database, for the open one.
void MainWindow::showDatabase()
{
    const QString shown = m_database->displayName();
    if (m_database->engine() == Engine::PostgreSQL) {
        // An address is not a file: no file path (and no proxy icon on macOS).
        setWindowFilePath(QString());
        setWindowTitle(u"%1[*] — %2"_s.arg(shown, tr("Rollbook")));
        m_pathLabel->setText(tr("Server: %1").arg(shown));
        m_pathLabel->setToolTip(tr("The open database: %1").arg(m_database->path()));
        // Connection security, said for as long as the database is open when it is not whole.
        const auto address = ServerAddress::parse(m_database->path());
        const QString warning = address ? address->securityWarning() : QString();
        m_securityLabel->setText(warning);
        m_securityLabel->setVisible(!warning.isEmpty());
        QSettings settings;
        settings.setValue(u"database/last"_s, m_database->path());
        settings.setValue(u"database/lastServer"_s, m_database->path());
        return;
    }
    m_securityLabel->hide();
    setWindowFilePath(m_database->path());
    setWindowTitle(u"%1[*] — %2"_s.arg(QFileInfo(m_database->path()).fileName(), tr("Rollbook")));
    m_pathLabel->setText(tr("File: %1").arg(shown));
    m_pathLabel->setToolTip(tr("The open database"));
    QSettings().setValue(u"database/last"_s, QFileInfo(m_database->path()).absoluteFilePath());
}

bool MainWindow::openDatabaseOrAsk(const QString &location)
{
    bool declined = false;
    auto opened = openDatabase(location, declined);
    if (opened)
        return true;
    if (declined && m_database)
        return true; // the user chose to stay with unsaved changes, or stopped waiting

    QMessageBox box(QMessageBox::Critical, tr("Rollbook cannot open this database"),
                    opened.error().message, QMessageBox::NoButton, this);
    QPushButton *other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
    QPushButton *fresh = box.addButton(tr("New Database…"), QMessageBox::AcceptRole);
    box.addButton(m_database ? tr("Keep the Current One") : tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(other);
    box.exec();
    if (box.clickedButton() == other) {
        chooseDatabase(location); // a mistyped server or path is there to correct
    } else if (box.clickedButton() == fresh) {
        newDatabase();
    }
    return m_database != nullptr;
}

void MainWindow::chooseDatabase(const QString &location)
{
    OpenDatabaseDialog dialog(this);
    // The last server used fills the server's fields even while a file is open.
    dialog.setLocation(QSettings().value(u"database/lastServer"_s).toString());
    dialog.setLocation(!location.isEmpty() ? location
                       : m_database        ? m_database->path()
                                           : QString());
    if (dialog.exec() == QDialog::Accepted)
        openDatabaseOrAsk(dialog.location());
}

void MainWindow::newDatabase()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("rollbook.sqlite"));
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), start, databaseFilter(),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    // A new database never replaces a file: that file may be someone's work.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("“%1” already exists. Choose another name, or use Open "
                                "Database… to open it.")
                                     .arg(shownPath(path)));
        return;
    }
    openDatabaseOrAsk(path);
}

void MainWindow::backUpDatabase()
{
    if (!m_database)
        return;
    if (m_database->engine() == Engine::PostgreSQL) {
        // A server's database is not a file to copy; said before any file is asked for.
        QMessageBox::information(this, tr("Back Up Database"),
                                 serverBackupsApply(m_database->displayName()));
        return;
    }
    const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(tr("rollbook-backup-%1.sqlite")
                                      .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target =
            QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested, databaseFilter());
    if (target.isEmpty())
        return;
    statusBar()->showMessage(tr("Backing up to %1…").arg(shownPath(target)));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // The copy of a large database takes a while: on a pool thread with its own connection.
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target] {
        QApplication::restoreOverrideCursor();
        const Status done = watcher->result();
        watcher->deleteLater();
        if (done) {
            statusBar()->showMessage(tr("Backup saved as %1").arg(shownPath(target)), 10000);
        } else {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Back Up Database"), done.error().message);
        }
    });
    watcher->setFuture(runWithDatabase(m_database->path(), [target](Database &db) {
        return backupDatabase(db.connection(), target);
    }));
}

void MainWindow::refreshStatus()
{
    if (!m_database) {
        m_countsLabel->clear();
        m_passwordsLabel->hide();
        return;
    }
    if (m_summaryWatcher->isRunning())
        m_summaryWatcher->waitForFinished();
    m_summaryWatcher->setFuture(runWithDatabase(
            m_database->path(), [](Database &db) { return summarize(db.connection()); }));
}

void MainWindow::showSummary()
{
    const Result<DatabaseSummary> summary = m_summaryWatcher->result();
    if (!summary) {
        m_countsLabel->setText(tr("Counts unavailable"));
        m_countsLabel->setToolTip(summary.error().message);
        return;
    }
    m_countsLabel->setText(QStringList{tr("%Ln learners", nullptr, int(summary->learners)),
                                       tr("%Ln parents", nullptr, int(summary->parents)),
                                       tr("%Ln links", nullptr, int(summary->links))}
                                   .join(u" · "_s));
    m_countsLabel->setToolTip(QString());
    showStoredPasswords(summary.value());
}

// Initial passwords are personal data kept only until they are handed out: while any are
// stored, the status bar says how many, and since when the first of them is out.
void MainWindow::showStoredPasswords(const DatabaseSummary &summary)
{
    m_passwordsLabel->setVisible(summary.passwordsStored > 0);
    if (summary.passwordsStored == 0)
        return;
    const QLocale locale;
    const QString stored = locale.toString(summary.passwordsStored);
    if (summary.firstDistributed.isValid())
        m_passwordsLabel->setText(
                tr("Initial passwords stored: %1 (the first distributed on %2)")
                        .arg(stored, locale.toString(summary.firstDistributed.toLocalTime().date(),
                                                     QLocale::ShortFormat)));
    else
        m_passwordsLabel->setText(
                tr("Initial passwords stored: %1 (none distributed yet)").arg(stored));
    m_passwordsLabel->setToolTip(
            tr("Stored: %1. Distributed (exported, printed or e-mailed): %2. Forget Passwords "
               "on the Distribute page removes them once they have been handed out; Edit global "
               "settings > Privacy can forget them automatically some days after.")
                    .arg(stored, locale.toString(summary.passwordsDistributed)));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Rollbook"),
                       tr("<h3>Rollbook %1</h3>"
                          "<p>Prepares the user imports of itslearning offline: learners, their "
                          "parents and which parent belongs to which child, with login letters "
                          "and e-mails to hand them out.</p>"
                          "<p>Released under the MIT License. Built with Qt %2.</p>")
                               .arg(versionString(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_pages.at(int(currentPage()))->maybeLeave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

QString MainWindow::lastDatabasePath()
{
    return QSettings().value(u"database/last"_s).toString();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1000, 640);
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
}

} // namespace Rollbook

#pragma once

#include "core/result.h"
#include "db/maintenance.h"
#include "distribution/retention.h"

#include <QFutureWatcher>
#include <QList>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace Rollbook {

class Database;
class DistributePage;
class ImportHistoryPage;
class ImportPage;
class ImportWizard;
class Page;
class SettingsPage;
class UsersPage;

// The application window (DESIGN §1): navigation on the left, the page on the right, the menus,
// and a status bar with the open database and what it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages, in navigation order (and Ctrl+1 to Ctrl+5).
    enum class PageId { Users, Import, History, Distribute, Settings };
    static constexpr int pageCount = 5;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating and migrating if needed) the database at `location`, a file path or a
    // server address (postgresql://USER@HOST[:PORT]/NAME), after the current page agreed to be
    // left. The previous database stays open when this fails.
    Status openDatabase(const QString &location);
    // The same, but a failure is shown, offering another database or a new one. Returns whether
    // a database is open afterwards.
    bool openDatabaseOrAsk(const QString &location);

    Database *database() const { return m_database.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    Page *page(PageId id) const;
    UsersPage *usersPage() const { return m_users; }
    ImportPage *importPage() const { return m_import; }
    ImportHistoryPage *historyPage() const { return m_history; }
    DistributePage *distributePage() const { return m_distribute; }
    SettingsPage *settingsPage() const { return m_settings; }
    PageId currentPage() const;
    // Shows the page, unless the current one has unsaved work the user keeps.
    bool showPage(PageId id);

    // Import users from file, with `filePath` (a CSV file, or a roster: a folder or a .zip file)
    // chosen on its first page when given.
    ImportWizard *openImportWizard(const QString &filePath = {});

    // The database the last session used, if any (QSettings): a file path or a server address.
    static QString lastDatabasePath();

public slots:
    void refreshStatus();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createMenus();
    void connectImportPages();
    // The welcome on an empty database: Import Users from File…, Open a Sample School.
    void connectWelcome();
    void createStatusBar();
    // How an open ended when it did not: refused (shown), or declined by the user (not shown).
    Status openDatabase(const QString &location, bool &declined);
    // Reaches the database at `location` on a pool thread, migrates it and applies Edit global
    // settings > Privacy (Retention::apply) there, before the window's own connection opens it.
    Result<Retention::Applied> prepareDatabase(const QString &location, bool &declined);
    void showDatabase();
    void newDatabase();
    // File > Open Database…, starting from `location` (else the open database).
    void chooseDatabase(const QString &location = {});
    void backUpDatabase();
    void about();
    void showSummary();
    void showStoredPasswords(const DatabaseSummary &summary);
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages; // in PageId order
    UsersPage *m_users = nullptr;
    ImportPage *m_import = nullptr;
    ImportHistoryPage *m_history = nullptr;
    DistributePage *m_distribute = nullptr;
    SettingsPage *m_settings = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_passwordsLabel = nullptr; // initial passwords stored, when any
    QLabel *m_securityLabel = nullptr;  // a server connection not verified, or not encrypted
    QFutureWatcher<Result<DatabaseSummary>> *m_summaryWatcher = nullptr;
};

} // namespace Rollbook

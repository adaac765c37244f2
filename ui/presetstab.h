#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Rollbook {

class Database;
struct ImportPreset;

// Edit global settings > Presets: the named mappings saved with Save as Preset… in the import
// wizard, to export to a small JSON file for other schools, to import from one, and to delete.
// Every read and write runs on a pool thread with a connection of its own; what it did, or why
// it could not, is shown on the tab. The buttons ask for the file or the confirmation and then
// call exportTo(), importFrom() and remove(), which tests call directly.
class PresetsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PresetsTab(QWidget *parent = nullptr);
    ~PresetsTab() override;

    // The database whose presets are listed, or none. The list is read again.
    void setDatabase(Database *database);

    // The name of the selected preset, or empty.
    QString selectedName() const;
    // Whether work started here has not finished yet.
    bool isBusy() const;

public slots:
    void reload();
    // Writes the preset `name` to the file `path`.
    void exportTo(const QString &name, const QString &path);
    // Reads the preset in `path` and saves it; a name the database has already asks whether to
    // replace that preset (unless `replace`).
    void importFrom(const QString &path, bool replace = false);
    // Deletes the preset `name`, without asking (the Delete button and key ask first).
    void remove(const QString &name);

signals:
    // The work started here is done (its result or error shown) and nothing more is waiting.
    void finished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What a task on the pool thread gives back: the presets after it, and what it did
    // (presetstab.cpp).
    struct Listing;

    // Runs `task(Database &)`, which gives back a Result<Listing>, on a pool thread with a
    // connection of its own, once the work started before it is done. `working` is shown
    // meanwhile. A reload waiting already is not asked for twice.
    template<typename Task>
    void start(Task task, const QString &working, bool reload = false);
    void startNext();
    void showOutcome();
    void showPresets(const QList<ImportPreset> &presets, const QString &select, int selectRow);
    void showStatus(const QString &message, bool error);
    void askToReplace(const QString &existing, const QString &path);
    void updateButtons();

    // The buttons: a file dialog or a confirmation, then the work.
    void chooseExportFile();
    void chooseImportFile();
    void confirmRemove();
    QString folder() const;

    Database *m_database = nullptr;
    QString m_databasePath;
    // Bumped with each database: what a task of another one finds is not shown.
    int m_generation = 0;
    int m_runningGeneration = 0;
    bool m_running = false;
    QList<std::function<void()>> m_queue; // each starts a task
    bool m_reloadQueued = false;
    QFutureWatcher<Result<Listing>> *m_watcher;
    QString m_folder; // where the last preset file was written or read

    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_delete;
    QAction *m_exportAction;
    QAction *m_deleteAction;
    QLabel *m_status;
};

} // namespace Rollbook

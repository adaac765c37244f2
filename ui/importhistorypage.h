#pragma once

#include "core/result.h"
#include "import/importhistory.h"
#include "page.h"

#include <QFutureWatcher>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Rollbook {

// Import history (DESIGN §1.5): every committed import, newest first, with Undo import. The
// list and the undo run on a pool thread with a connection of their own.
class ImportHistoryPage : public Page
{
    Q_OBJECT

public:
    explicit ImportHistoryPage(QWidget *parent = nullptr);
    ~ImportHistoryPage() override;

    QString title() const override;
    void setDatabase(Database *database) override;

    bool isLoading() const;
    // The batch of the selected row, or -1.
    qint64 selectedBatch() const;
    void selectBatch(qint64 id);

public slots:
    void reload();
    // Asks, then undoes the selected import; a refusal is shown with its reason.
    void undoSelected();

signals:
    // An import was undone: what the database holds changed.
    void undone(qint64 batchId);

private:
    void showBatches();
    void updateButtons();

    Database *m_database = nullptr;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_undo;
    QPushButton *m_refresh;
    QList<ImportBatch> m_batches;
    qint64 m_reselect = -1;
    bool m_reloadAgain = false;
    // From starting a task to its result shown: a future that has finished may not yet have
    // told its watcher.
    bool m_loading = false;
    bool m_undoing = false;
    QFutureWatcher<Result<QList<ImportBatch>>> *m_watcher;
    QFutureWatcher<Status> *m_undoWatcher;
    QLabel *m_undoStatus; // what a running undo is doing, or waiting for
};

} // namespace Rollbook

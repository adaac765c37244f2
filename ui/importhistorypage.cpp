#include "importhistorypage.h"

#include "db/audit.h"
#include "db/background.h"
#include "db/database.h"
#include "pageheader.h"
#include "people/field.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

enum Column {
    IdColumn,
    FileColumn,
    WhenColumn,
    ProfileColumn,
    CreatedColumn,
    UpdatedColumn,
    UnchangedColumn,
    LinksColumn,
    StateColumn,
    ColumnCount
};

// Numbers sort as numbers.
class NumberItem : public QTableWidgetItem
{
public:
    explicit NumberItem(qint64 n)
        : QTableWidgetItem(QLocale().toString(n))
        , m_n(n)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const auto *number = dynamic_cast<const NumberItem *>(&other);
        return number ? m_n < number->m_n : QTableWidgetItem::operator<(other);
    }

private:
    qint64 m_n;
};

QString shownTime(const QString &stored)
{
    QDateTime when = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(stored, Qt::ISODate);
    if (!when.isValid())
        return stored;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString shownProfile(const QString &key)
{
    const auto profile = profileFromKey(key);
    return profile ? profileLabel(*profile) : key;
}

} // namespace

ImportHistoryPage::ImportHistoryPage(QWidget *parent)
    : Page(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo import"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_watcher(new QFutureWatcher<Result<QList<ImportBatch>>>(this))
    , m_undoWatcher(new QFutureWatcher<Status>(this))
    , m_undoStatus(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), u"history"_s, this));
    auto *intro = new QLabel(tr("Every import made in this database, newest first. Undo import "
                                "removes the people an import created and its links, and puts "
                                "back the values it changed."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    m_table->setObjectName(u"batches"_s);
    m_table->setAccessibleName(tr("Imports"));
    m_table->setHorizontalHeaderLabels({tr("Import"), tr("File"), tr("When"), tr("Profile"),
                                        tr("New"), tr("Updated"), tr("Unchanged"), tr("Links"),
                                        tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // A file name on one line; the state takes what room is left.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(IdColumn, Qt::DescendingOrder); // newest first
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_empty->setObjectName(u"noImports"_s);
    m_empty->setText(tr("No import has been made in this database yet."));
    m_empty->hide();
    layout->addWidget(m_empty);

    m_undo->setObjectName(u"undoImport"_s);
    m_undo->setToolTip(tr("Put the database back as it was before the selected import"));
    m_refresh->setObjectName(u"refreshHistory"_s);
    auto *buttons = new QHBoxLayout;
    m_undoStatus->setObjectName(u"undoStatus"_s);
    m_undoStatus->setWordWrap(true);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_undoStatus, 1);
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);

    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportHistoryPage::showBatches);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryPage::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryPage::undoSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ImportHistoryPage::reload);
    connect(m_undoWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_undoing = false;
        const Status done = m_undoWatcher->result();
        const qint64 id = m_undoWatcher->property("batch").toLongLong();
        m_undoStatus->clear();
        if (!done) {
            QMessageBox box(QMessageBox::Warning, tr("Rollbook cannot undo import %1").arg(id),
                            tr("Import %1 was not undone, and nothing was changed.").arg(id),
                            QMessageBox::Ok, this);
            box.setInformativeText(done.error().message);
            box.exec();
        } else {
            emit undone(id);
        }
        reload();
    });
    updateButtons();
}

ImportHistoryPage::~ImportHistoryPage()
{
    m_watcher->waitForFinished();
    m_undoWatcher->waitForFinished();
}

QString ImportHistoryPage::title() const
{
    return tr("Import history");
}

void ImportHistoryPage::setDatabase(Database *database)
{
    m_database = database;
    m_batches.clear();
    m_table->setRowCount(0);
    reload();
}

bool ImportHistoryPage::isLoading() const
{
    return m_loading || m_undoing;
}

void ImportHistoryPage::reload()
{
    if (!m_database) {
        updateButtons();
        return;
    }
    if (m_watcher->isRunning()) {
        m_reloadAgain = true; // the database changed while it was being read
        return;
    }
    m_reselect = selectedBatch();
    m_loading = true;
    m_watcher->setFuture(runWithDatabase(m_database->path(), [](Database &db) {
        return ImportHistory(db.connection()).batches();
    }));
}

void ImportHistoryPage::showBatches()
{
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    m_loading = false;
    const Result<QList<ImportBatch>> batches = m_watcher->result();
    if (!batches) {
        m_empty->setText(batches.error().message);
        m_empty->show();
        return;
    }
    m_batches = batches.value();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_batches.size()));
    for (int row = 0; row < m_batches.size(); ++row) {
        const ImportBatch &b = m_batches.at(row);
        auto *id = new NumberItem(b.id);
        id->setData(Qt::UserRole, b.id);
        m_table->setItem(row, IdColumn, id);
        auto *file = new QTableWidgetItem(b.fileName);
        file->setToolTip(tr("SHA-256 %1").arg(b.sha256));
        m_table->setItem(row, FileColumn, file);
        auto *when = new QTableWidgetItem(shownTime(b.committedAt));
        when->setData(Qt::UserRole, b.committedAt);
        m_table->setItem(row, WhenColumn, when);
        m_table->setItem(row, ProfileColumn, new QTableWidgetItem(shownProfile(b.profile)));
        m_table->setItem(row, CreatedColumn, new NumberItem(b.counts.created));
        m_table->setItem(row, UpdatedColumn, new NumberItem(b.counts.updated));
        m_table->setItem(row, UnchangedColumn, new NumberItem(b.counts.unchanged));
        m_table->setItem(row, LinksColumn, new NumberItem(b.counts.links));
        auto *state = new QTableWidgetItem(b.isUndone() ? tr("Undone %1").arg(shownTime(b.undoneAt))
                                                        : tr("In force"));
        state->setToolTip(state->text());
        m_table->setItem(row, StateColumn, state);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_empty->setText(tr("No import has been made in this database yet."));
    m_empty->setVisible(m_batches.isEmpty());
    if (m_reselect >= 0)
        selectBatch(m_reselect);
    updateButtons();
}

qint64 ImportHistoryPage::selectedBatch() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return -1;
    const QTableWidgetItem *id = m_table->item(selected.first()->row(), IdColumn);
    return id ? id->data(Qt::UserRole).toLongLong() : -1;
}

void ImportHistoryPage::selectBatch(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ImportHistoryPage::updateButtons()
{
    const qint64 id = selectedBatch();
    bool canUndo = id >= 0 && !m_undoWatcher->isRunning();
    for (const ImportBatch &b : std::as_const(m_batches)) {
        if (b.id == id && b.isUndone())
            canUndo = false;
    }
    m_undo->setEnabled(canUndo);
    m_refresh->setEnabled(m_database != nullptr);
}

void ImportHistoryPage::undoSelected()
{
    const qint64 id = selectedBatch();
    if (!m_database || id < 0 || m_undoWatcher->isRunning())
        return;
    ImportBatch batch;
    for (const ImportBatch &b : std::as_const(m_batches)) {
        if (b.id == id)
            batch = b;
    }
    QMessageBox ask(QMessageBox::Question, tr("Undo import %1?").arg(id),
                    tr("Undo import %1 (%2)?").arg(id).arg(batch.fileName), QMessageBox::NoButton,
                    this);
    ask.setInformativeText(tr("The %1 people it created are removed with their links, the %2 "
                              "people it updated get their earlier values back, and the %3 links "
                              "it made are removed.")
                                   .arg(batch.counts.created)
                                   .arg(batch.counts.updated)
                                   .arg(batch.counts.links));
    QPushButton *undo = ask.addButton(tr("&Undo import"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != undo)
        return;
    m_undo->setEnabled(false);
    m_undoStatus->setText(tr("Undoing import %1…").arg(id));
    m_undoWatcher->setProperty("batch", id);
    // On a shared database the undo may wait for another administrator's import: said here,
    // through a queued call (the page outlives the worker).
    Database::Wait wait;
    wait.waiting = [this](const QString &message) {
        QMetaObject::invokeMethod(
                this,
                [this, message] {
                    if (m_undoWatcher->isRunning())
                        m_undoStatus->setText(message);
                },
                Qt::QueuedConnection);
    };
    m_undoing = true;
    m_undoWatcher->setFuture(runWithDatabase(m_database->path(), [id, wait](Database &db) {
        return ImportHistory(db.connection()).undo(id, Audit::currentActor(), wait);
    }));
}

} // namespace Rollbook

#include "presetstab.h"

#include "db/background.h"
#include "db/database.h"
#include "import/mappingstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

enum Column { NameColumn, ProfileColumn, ColumnsColumn, SavedColumn };

// A preset's name as a file name: the characters no system allows in one become hyphens.
QString fileNameFor(const QString &name)
{
    QString file;
    for (const QChar c : name)
        file += (c < u' ' || u"\\/:*?\"<>|"_s.contains(c)) ? u'-' : c;
    while (file.endsWith(u'.') || file.endsWith(u' '))
        file.chop(1);
    file = file.trimmed();
    return file.isEmpty() ? u"preset"_s : file;
}

// The name of the preset in the file at `path`, or empty when it holds none: for the question
// after importPreset() refused it because that name is taken.
QString presetNameIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto preset = MappingStore::readPresetJson(file.read(1024 * 1024), path);
    return preset ? preset->name : QString();
}

// What the preset reads from a file, a column a line, for the row's tooltip.
QString columnsDescription(const ImportMapping &mapping)
{
    QStringList lines;
    for (const MappedColumn &column : mapping.columns) {
        if (column.field != Field::Ignore)
            lines.append(PresetsTab::tr("%1 → %2").arg(column.header, Fields::label(column.field)));
    }
    for (const MappedGuardian &guardian : mapping.guardians) {
        for (const MappedColumn &column : guardian.columns) {
            if (column.field != Field::Ignore)
                lines.append(
                        PresetsTab::tr("%1 → %2 of %3")
                                .arg(column.header, Fields::label(column.field), guardian.label));
        }
    }
    if (!mapping.syncField.isEmpty())
        lines.append(PresetsTab::tr("%1 → the child").arg(mapping.syncField));
    if (lines.isEmpty())
        return PresetsTab::tr("It reads none of the file's columns.");
    return PresetsTab::tr("It reads:") + u'\n' + lines.join(u'\n');
}

QTreeWidgetItem *itemFor(const ImportPreset &preset)
{
    auto *item = new QTreeWidgetItem;
    const QDateTime saved = preset.savedAt.toLocalTime();
    item->setText(NameColumn, preset.name);
    item->setData(NameColumn, Qt::UserRole, preset.name);
    item->setText(ProfileColumn, profileLabel(preset.mapping.profile));
    item->setText(ColumnsColumn, QLocale().toString(preset.mapping.columns.size()));
    item->setTextAlignment(ColumnsColumn, Qt::AlignCenter);
    item->setText(SavedColumn, QLocale().toString(saved.date(), QLocale::ShortFormat));
    item->setToolTip(SavedColumn, QLocale().toString(saved, QLocale::LongFormat));
    const QString columns = columnsDescription(preset.mapping);
    for (const int column : {NameColumn, ProfileColumn, ColumnsColumn})
        item->setToolTip(column, columns);
    return item;
}

} // namespace

struct PresetsTab::Listing
{
    QList<ImportPreset> presets;
    QString message;    // for the status line; empty after a plain reload
    QString select;     // the preset to select, or empty to keep the selection
    int selectRow = -1; // else the row to select (the next one after a deletion)
    // An import refused because the database has a preset of that name.
    QString taken;     // the existing preset's name
    QString takenFile; // the file that was to be imported

    // This listing with the presets the database holds now, after the task's own change.
    static Result<Listing> of(const MappingStore &store, Listing listing)
    {
        auto presets = store.presets();
        if (!presets)
            return presets.error();
        listing.presets = std::move(presets).value();
        return listing;
    }
};

template<typename Task>
void PresetsTab::start(Task task, const QString &working, bool reload)
{
    if (!m_database)
        return;
    if (reload) {
        if (m_reloadQueued)
            return;
        m_reloadQueued = true;
    }
    m_queue.append([this, task = std::move(task), working, reload] {
        if (reload)
            m_reloadQueued = false;
        if (!working.isEmpty())
            showStatus(working, false);
        m_watcher->setFuture(runWithDatabase(m_database->path(), task));
    });
    if (!m_running)
        startNext();
}

PresetsTab::PresetsTab(QWidget *parent)
    : QWidget(parent)
    , m_watcher(new QFutureWatcher<Result<Listing>>(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(m_list->viewport()))
    , m_export(new QPushButton(tr("Exp&ort…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_exportAction(new QAction(tr("Export…"), m_list))
    , m_deleteAction(new QAction(tr("Delete"), m_list))
    , m_status(new QLabel(this))
{
    auto *intro = new QLabel(
            tr("<p>Presets are made in the import wizard, with <b>Save as Preset…</b> on the "
               "Options step, and used with <b>Start from a preset</b> on the Columns step. On "
               "the command line:<br><code>rollbook-cli import FILE --preset NAME</code></p>"
               "<p>Export a preset to give it to other schools, and import the file they give "
               "you. What you do here is done at once, without Save.</p>"),
            this);
    intro->setObjectName(u"presetsIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy the command
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto *listLabel = new QLabel(tr("&Presets in this database:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(u"presetList"_s);
    m_list->setAccessibleName(tr("Presets"));
    m_list->setHeaderLabels({tr("Name"), tr("For"), tr("Columns"), tr("Saved")});
    m_list->headerItem()->setTextAlignment(ColumnsColumn, Qt::AlignCenter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const int column : {ProfileColumn, ColumnsColumn, SavedColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    // The empty state, where the rows would be.
    m_empty->setObjectName(u"noPresets"_s);
    m_empty->setText(tr("This database has no presets yet. Save one with <b>Save as "
                        "Preset…</b> in the import wizard, or import a preset file another "
                        "school gave you."));
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(m_list->viewport());
    emptyLayout->setContentsMargins(24, 12, 24, 12);
    emptyLayout->addWidget(m_empty);
    m_empty->hide();

    // Right-click and the Delete key on the list do what the buttons do.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_exportAction);
    m_list->addAction(m_deleteAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_export->setObjectName(u"exportPreset"_s);
    m_export->setToolTip(tr("Write the selected preset to a file to give to other schools"));
    m_import->setObjectName(u"importPreset"_s);
    m_import->setToolTip(tr("Add the preset in a file another school gave you"));
    m_delete->setObjectName(u"deletePreset"_s);
    m_delete->setToolTip(
            tr("Delete the selected preset (%1)")
                    .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));

    m_status->setObjectName(u"presetStatus"_s);
    m_status->setAccessibleName(tr("What was done"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_import);
    buttons->addSpacing(12);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_status);

    setTabOrder(m_list, m_import);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_delete);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PresetsTab::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &PresetsTab::chooseExportFile);
    connect(m_exportAction, &QAction::triggered, this, &PresetsTab::chooseExportFile);
    connect(m_import, &QPushButton::clicked, this, &PresetsTab::chooseImportFile);
    connect(m_delete, &QPushButton::clicked, this, &PresetsTab::confirmRemove);
    connect(m_deleteAction, &QAction::triggered, this, &PresetsTab::confirmRemove);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PresetsTab::showOutcome);
    updateButtons();
}

PresetsTab::~PresetsTab()
{
    m_watcher->waitForFinished();
}

void PresetsTab::setDatabase(Database *database)
{
    // The settings page hands the same database again after Save: only read the list again.
    if (database && database == m_database && database->path() == m_databasePath) {
        reload();
        return;
    }
    m_database = database;
    m_databasePath = database ? database->path() : QString();
    ++m_generation;
    m_queue.clear();
    m_reloadQueued = false;
    m_status->clear();
    m_list->clear();
    m_empty->hide(); // until the presets are read
    updateButtons();
    reload();
}

QString PresetsTab::selectedName() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString()
                              : selected.first()->data(NameColumn, Qt::UserRole).toString();
}

bool PresetsTab::isBusy() const
{
    return m_running || !m_queue.isEmpty();
}

void PresetsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another window (the import wizard, the command line) may have saved one meanwhile.
    if (!event->spontaneous())
        reload();
}

void PresetsTab::reload()
{
    start([](Database &db) { return Listing::of(MappingStore(db.connection()), {}); }, QString(),
          true);
}

void PresetsTab::exportTo(const QString &name, const QString &path)
{
    const QString done =
            tr("Exported the preset “%1” to %2.").arg(name, QDir::toNativeSeparators(path));
    start(
            [name, path, done](Database &db) -> Result<Listing> {
                MappingStore store(db.connection());
                if (auto exported = store.exportPreset(name, path); !exported)
                    return exported.error();
                Listing listing;
                listing.message = done;
                listing.select = name;
                return Listing::of(store, std::move(listing));
            },
            tr("Exporting “%1”…").arg(name));
}

void PresetsTab::importFrom(const QString &path, bool replace)
{
    const QString fileName = QFileInfo(path).fileName();
    start(
            [path, replace, fileName](Database &db) -> Result<Listing> {
                MappingStore store(db.connection());
                Listing listing;
                const auto imported = store.importPreset(path, replace);
                if (imported) {
                    listing.select = imported->name;
                    listing.message =
                            (replace ? tr("Replaced the preset “%1” with the one in “%2”.")
                                     : tr("Imported the preset “%1” from “%2”."))
                                    .arg(imported->name, fileName);
                } else {
                    // A name the database has already is a question for the user; any other
                    // refusal is shown as it is.
                    if (replace || imported.error().kind != Error::Kind::Usage)
                        return imported.error();
                    const QString name = presetNameIn(path);
                    const auto existing = store.preset(name);
                    if (name.isEmpty() || !existing)
                        return imported.error();
                    listing.taken = existing->name;
                    listing.takenFile = path;
                    listing.select = existing->name;
                }
                return Listing::of(store, std::move(listing));
            },
            tr("Importing “%1”…").arg(fileName));
}

void PresetsTab::remove(const QString &name)
{
    // After the deletion, the row that takes its place is selected: the next one to consider.
    int row = -1;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString() == name)
            row = i;
    }
    const QString done = tr("Deleted the preset “%1”.").arg(name);
    start(
            [name, row, done](Database &db) -> Result<Listing> {
                MappingStore store(db.connection());
                if (auto deleted = store.deletePreset(name); !deleted)
                    return deleted.error();
                Listing listing;
                listing.message = done;
                listing.selectRow = row;
                return Listing::of(store, std::move(listing));
            },
            tr("Deleting “%1”…").arg(name));
}

void PresetsTab::startNext()
{
    if (m_queue.isEmpty() || !m_database) {
        m_queue.clear();
        m_reloadQueued = false;
        emit finished();
        return;
    }
    const std::function<void()> next = m_queue.takeFirst();
    m_running = true;
    m_runningGeneration = m_generation;
    next();
}

void PresetsTab::showOutcome()
{
    const Result<Listing> outcome = m_watcher->result();
    if (m_runningGeneration == m_generation) {
        if (!outcome) {
            showStatus(outcome.error().message, true);
        } else {
            showPresets(outcome->presets, outcome->select, outcome->selectRow);
            if (!outcome->message.isEmpty())
                showStatus(outcome->message, false);
            if (!outcome->taken.isEmpty())
                askToReplace(outcome->taken, outcome->takenFile);
        }
    }
    m_running = false;
    startNext();
}

void PresetsTab::showPresets(const QList<ImportPreset> &presets, const QString &select,
                             int selectRow)
{
    const QString keep = select.isEmpty() ? selectedName() : select;
    const bool hadFocus = m_list->hasFocus();
    m_list->clear();
    for (const ImportPreset &preset : presets)
        m_list->addTopLevelItem(itemFor(preset));
    QTreeWidgetItem *selected = nullptr;
    if (selectRow >= 0 && m_list->topLevelItemCount() > 0) {
        selected = m_list->topLevelItem(std::min(selectRow, m_list->topLevelItemCount() - 1));
    } else if (!keep.isEmpty()) {
        for (int i = 0; i < m_list->topLevelItemCount() && !selected; ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            if (item->data(NameColumn, Qt::UserRole)
                        .toString()
                        .compare(keep, Qt::CaseInsensitive) == 0)
                selected = item;
        }
    }
    if (selected) {
        m_list->setCurrentItem(selected);
        m_list->scrollToItem(selected);
    }
    if (hadFocus)
        m_list->setFocus(Qt::OtherFocusReason);
    m_empty->setVisible(presets.isEmpty());
    updateButtons();
}

void PresetsTab::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void PresetsTab::askToReplace(const QString &existing, const QString &path)
{
    const int generation = m_generation;
    QMessageBox box(QMessageBox::Question, tr("Import Preset"),
                    tr("There is a preset “%1” already. Replace it?").arg(existing),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("Replace puts the preset in “%1” in its place. Cancel imports "
                              "nothing.")
                                   .arg(QFileInfo(path).fileName()));
    box.button(QMessageBox::Yes)->setText(tr("&Replace"));
    box.button(QMessageBox::No)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    const int answer = box.exec();
    if (generation != m_generation)
        return; // another database was opened meanwhile
    if (answer == QMessageBox::Yes)
        importFrom(path, true);
    else
        showStatus(tr("Nothing was imported: there is a preset “%1” already.").arg(existing),
                   false);
}

void PresetsTab::updateButtons()
{
    const bool selected = m_database && !selectedName().isEmpty();
    m_export->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_exportAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_import->setEnabled(m_database != nullptr);
}

QString PresetsTab::folder() const
{
    if (!m_folder.isEmpty())
        return m_folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void PresetsTab::chooseExportFile()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    QString path = QFileDialog::getSaveFileName(
            this, tr("Export Preset"), QDir(folder()).filePath(fileNameFor(name) + u".json"_s),
            tr("Rollbook presets (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    m_folder = QFileInfo(path).absolutePath();
    exportTo(name, path);
}

void PresetsTab::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Preset"), folder(),
                                                      tr("Rollbook presets (*.json)") + u";;"_s +
                                                              tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_folder = QFileInfo(path).absolutePath();
    importFrom(path);
}

void PresetsTab::confirmRemove()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Preset"),
                    tr("Delete the preset “%1”?").arg(name), QMessageBox::Yes | QMessageBox::No,
                    this);
    box.setInformativeText(tr("Imports made with it are not changed. Export it first if you "
                              "may want it again."));
    box.button(QMessageBox::Yes)->setText(tr("&Delete"));
    box.button(QMessageBox::No)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    // Back where the user was (the list, for the Delete key) when the box closes.
    const QPointer<QWidget> focus = QApplication::focusWidget();
    const int answer = box.exec();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
    if (answer == QMessageBox::Yes)
        remove(name);
}

} // namespace Rollbook

#pragma once

#include "csv/csvreader.h"
#include "import/importplan.h"
#include "import/mappingstore.h"
#include "people/field.h"
#include "roster/roster.h"

#include <QList>
#include <QStringList>
#include <QWizard>

namespace Rollbook {

class CheckPage;
class ColumnsPage;
class FilePage;
class FormatPage;
class ImportRunPage;
class OptionsPage;
class RelationshipPage;
class RosterCheckPage;

// Import users from file (DESIGN §1.4): the seven steps, from choosing a file to the committed
// batch. A standard roster (a folder or a .zip file) goes from the first step to a check of its
// own, then to the same Import step. Every database and whole-file task runs on a pool thread
// with its own connection to the database at `databasePath`; the pages only show.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        FileId,
        FormatId,
        ColumnsId,
        RelationshipId,
        OptionsId,
        CheckId,
        ImportId,
        RosterCheckId, // instead of Format to Check, for a roster
    };

    explicit ImportWizard(const QString &databasePath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    QString databasePath() const { return m_databasePath; }
    void setFilePath(const QString &path);

    // Everything chosen so far, as the engine takes it.
    ImportPlan plan() const;
    Profile profile() const;
    // A roster is chosen (a folder or a .zip file): it has a RosterPlan instead.
    bool isRoster() const;
    RosterPlan rosterPlan() const;
    // Whether the roster's synchronisation key was a choice, to remember once it is imported.
    bool remembersRosterKey() const;

    // The file as the Format step reads it: header and the first rows.
    const CsvTable &preview() const { return m_preview; }
    void setPreview(const CsvTable &preview) { m_preview = preview; }

    // What the database remembers for the file's headers read as the chosen profile, and the
    // presets (looked up with the file's first rows).
    const MappingRecall &recall() const;
    const QList<ImportPreset> &presets() const;
    // Forget This Mapping: the file's remembered mapping is forgotten, here and in the database.
    void forgetRemembered();

    // The mapping the steps start from instead of the guess: the one remembered for a file with
    // the same headers, or a similar file's or a preset that the user took on the Columns step;
    // none for the guess. The later steps take it over when it changes (startingVersion()).
    const std::optional<ImportMapping> &startingMapping() const { return m_starting; }
    int startingVersion() const { return m_startingVersion; }
    void setStartingMapping(const std::optional<ImportMapping> &mapping);

    // The committed batch, once the Import step is done; -1 before.
    qint64 batchId() const { return m_batchId; }

    int nextId() const override;

signals:
    void imported(qint64 batchId);
    void parentLoginSwitchedOn();
    void historyRequested();
    void distributeRequested();

public slots:
    void reject() override;

private:
    friend class ImportRunPage;
    void setBatchId(qint64 id);

    QString m_databasePath;
    CsvTable m_preview;
    qint64 m_batchId = -1;
    std::optional<ImportMapping> m_starting;
    int m_startingVersion = 0;
    FilePage *m_filePage = nullptr;
    FormatPage *m_formatPage = nullptr;
    ColumnsPage *m_columnsPage = nullptr;
    RelationshipPage *m_relationshipPage = nullptr;
    OptionsPage *m_optionsPage = nullptr;
    CheckPage *m_checkPage = nullptr;
    ImportRunPage *m_importPage = nullptr;
    RosterCheckPage *m_rosterCheckPage = nullptr;
};

} // namespace Rollbook

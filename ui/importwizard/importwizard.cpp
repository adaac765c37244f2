#include "importwizard.h"

#include "checkpage.h"
#include "columnspage.h"
#include "filepage.h"
#include "formatpage.h"
#include "helpbrowser.h"
#include "importrunpage.h"
#include "optionspage.h"
#include "relationshippage.h"
#include "rostercheckpage.h"

#include <QAction>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

ImportWizard::ImportWizard(const QString &databasePath, QWidget *parent)
    : QWizard(parent)
    , m_databasePath(databasePath)
    , m_filePage(new FilePage(this))
    , m_formatPage(new FormatPage(this))
    , m_columnsPage(new ColumnsPage(this))
    , m_relationshipPage(new RelationshipPage(this))
    , m_optionsPage(new OptionsPage(this))
    , m_checkPage(new CheckPage(this))
    , m_importPage(new ImportRunPage(this))
    , m_rosterCheckPage(new RosterCheckPage(this))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import users from file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FileId, m_filePage);
    setPage(FormatId, m_formatPage);
    setPage(ColumnsId, m_columnsPage);
    setPage(RelationshipId, m_relationshipPage);
    setPage(OptionsId, m_optionsPage);
    setPage(CheckId, m_checkPage);
    setPage(ImportId, m_importPage);
    setPage(RosterCheckId, m_rosterCheckPage);
    setStartId(FileId);
    resize(760, 560);
    // Help, and F1 as in the main window, open the help's section on the step the user is on.
    setOption(QWizard::HaveHelpButton);
    const auto showStepHelp = [this] {
        static const QHash<int, QString> sections = {
                {FileId, u"file"_s},       {FormatId, u"format"_s},
                {ColumnsId, u"columns"_s}, {RelationshipId, u"relationship"_s},
                {OptionsId, u"options"_s}, {CheckId, u"check"_s},
                {ImportId, u"import"_s},   {RosterCheckId, u"roster"_s}};
        showHelp(this, u"import#"_s + sections.value(currentId(), u"file"_s));
    };
    connect(this, &QWizard::helpRequested, this, showStepHelp);
    auto *helpKey = new QAction(this);
    helpKey->setShortcut(QKeySequence::HelpContents);
    addAction(helpKey);
    connect(helpKey, &QAction::triggered, this, showStepHelp);
}

ImportWizard::~ImportWizard() = default;

const MappingRecall &ImportWizard::recall() const
{
    return m_filePage->recall(profile());
}

const QList<ImportPreset> &ImportWizard::presets() const
{
    return m_filePage->presets();
}

void ImportWizard::forgetRemembered()
{
    m_filePage->forgetRemembered(profile());
}

void ImportWizard::setStartingMapping(const std::optional<ImportMapping> &mapping)
{
    m_starting = mapping;
    ++m_startingVersion;
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setFilePath(path);
}

Profile ImportWizard::profile() const
{
    return m_filePage->profile();
}

bool ImportWizard::isRoster() const
{
    return m_filePage->isRoster();
}

RosterPlan ImportWizard::rosterPlan() const
{
    RosterPlan plan;
    plan.path = m_filePage->filePath();
    m_rosterCheckPage->applyTo(plan);
    return plan;
}

bool ImportWizard::remembersRosterKey() const
{
    return m_rosterCheckPage->keyIsAChoice();
}

ImportPlan ImportWizard::plan() const
{
    ImportPlan plan;
    plan.filePath = m_filePage->filePath();
    plan.profile = m_filePage->profile();
    m_formatPage->applyTo(plan);
    m_columnsPage->applyTo(plan);
    if (plan.profile == Profile::Parent)
        m_relationshipPage->applyTo(plan);
    m_optionsPage->applyTo(plan);
    return plan;
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FileId:
        // A roster names its columns and who is who itself: its own check, then the import.
        return isRoster() ? RosterCheckId : FormatId;
    case RosterCheckId:
        return ImportId;
    case ImportId:
        return -1;
    default:
        break;
    }
    // Only a parent file says in a column which learner is each parent's child; a file of
    // learners with their parents has the child on the parent's own row.
    if (currentId() == ColumnsId && profile() != Profile::Parent)
        return OptionsId;
    return QWizard::nextId();
}

void ImportWizard::setBatchId(qint64 id)
{
    m_batchId = id;
    emit imported(id);
}

void ImportWizard::reject()
{
    // A running import is cancelled first: it rolls back, and the wizard closes when it has.
    if (m_importPage->cancel())
        return;
    m_checkPage->cancel();
    m_rosterCheckPage->cancel();
    m_relationshipPage->cancel();
    QWizard::reject();
}

} // namespace Rollbook

#include "optionspage.h"

#include "db/background.h"
#include "import/importmapping.h"
#include "importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

OptionsPage::OptionsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_add(new QCheckBox(tr("&Add new users"), this))
    , m_update(new QCheckBox(tr("&Update existing users"), this))
    , m_fillPasswords(new QCheckBox(tr("&Give new users without a password one made from the "
                                       "password policy"),
                                    this))
    , m_parents(new QGroupBox(tr("Parents"), this))
    , m_makeGuardianUsernames(new QCheckBox(tr("&Make user names for guardians who have none "
                                               "from their names:"),
                                            m_parents))
    , m_usernameRule(new QComboBox(m_parents))
    , m_deriveSyncKeys(new QCheckBox(tr("Give parents without a synchronisation &key one made "
                                        "from their user name"),
                                     m_parents))
    , m_importNothing(new QRadioButton(tr("Import n&othing, so that I can correct the file and "
                                          "import it again"),
                                       this))
    , m_skipErrors(new QRadioButton(tr("&Skip the rows with errors and import the others"), this))
{
    setTitle(tr("Options"));
    setSubTitle(tr("A row is an existing user when its synchronisation key or user name is "
                   "already in Rollbook."));
    m_add->setObjectName(u"addUsers"_s);
    m_update->setObjectName(u"updateUsers"_s);
    m_fillPasswords->setObjectName(u"fillPasswords"_s);
    m_makeGuardianUsernames->setObjectName(u"makeGuardianUsernames"_s);
    m_deriveSyncKeys->setObjectName(u"deriveParentSyncKeys"_s);
    m_importNothing->setObjectName(u"importNothingOnErrors"_s);
    m_skipErrors->setObjectName(u"skipErrors"_s);
    m_add->setChecked(true);
    m_update->setChecked(true);
    m_importNothing->setChecked(true);

    auto *users = new QGroupBox(tr("Users"), this);
    auto *usersLayout = new QVBoxLayout(users);
    usersLayout->addWidget(m_add);
    usersLayout->addWidget(m_update);
    auto *passwords = new QGroupBox(tr("Passwords"), this);
    auto *passwordsLayout = new QVBoxLayout(passwords);
    passwordsLayout->addWidget(m_fillPasswords);
    m_parents->setObjectName(u"parentOptions"_s);
    const QString usernamesWhy =
            tr("A guardian with an e-mail address but no user name gets the address as user "
               "name. One with neither is an error, unless Rollbook makes one from the name: "
               "“Kari Nordmann” becomes kari.nordmann.");
    m_makeGuardianUsernames->setToolTip(usernamesWhy);
    const QString keysWhy = tr("itslearning says: “A synchronisation key is mandatory for "
                               "automatic connection.” A parent without one is not connected to "
                               "the child automatically. The key made is the same every time for "
                               "the same user name.");
    m_deriveSyncKeys->setToolTip(keysWhy);
    for (QCheckBox *box : {m_makeGuardianUsernames, m_deriveSyncKeys})
        box->setAccessibleName(QString(box->text()).remove(u'&'));
    m_makeGuardianUsernames->setAccessibleDescription(usernamesWhy);
    m_deriveSyncKeys->setAccessibleDescription(keysWhy);
    auto *keysText = new QLabel(tr("itslearning says: “A synchronisation key is mandatory for "
                                   "automatic connection.”"),
                                m_parents);
    keysText->setObjectName(u"syncKeyMandatory"_s);
    keysText->setWordWrap(true);
    keysText->setForegroundRole(QPalette::PlaceholderText);
    // Under the check box's text, not under its box.
    keysText->setContentsMargins(
            style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_deriveSyncKeys) +
                    style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr,
                                         m_deriveSyncKeys),
            0, 0, 0);
    // The rule, shown by its example: "Kari Nordmann" made into a user name.
    m_usernameRule->setObjectName(u"guardianUsernameRule"_s);
    for (GuardianUsernameRule rule :
         {GuardianUsernameRule::FirstDotLast, GuardianUsernameRule::FirstLast,
          GuardianUsernameRule::InitialDotLast, GuardianUsernameRule::LastDotFirst})
        m_usernameRule->addItem(
                tr("%1 (%2)").arg(guardianUsernameRuleKey(rule),
                                  guardianUsername(u"Kari"_s, u"Nordmann"_s, 1, rule)),
                int(rule));
    m_usernameRule->setAccessibleName(tr("How the user names are made"));
    m_usernameRule->setToolTip(tr("A digit is added when the name is taken: kari.nordmann2."));
    m_usernameRule->setEnabled(false);
    connect(m_makeGuardianUsernames, &QCheckBox::toggled, m_usernameRule, &QWidget::setEnabled);
    auto *usernamesRow = new QHBoxLayout;
    usernamesRow->addWidget(m_makeGuardianUsernames);
    usernamesRow->addWidget(m_usernameRule);
    usernamesRow->addStretch();
    auto *parentsLayout = new QVBoxLayout(m_parents);
    parentsLayout->addLayout(usernamesRow);
    parentsLayout->addWidget(m_deriveSyncKeys);
    parentsLayout->addWidget(keysText);
    auto *errors = new QGroupBox(tr("When rows have errors"), this);
    auto *errorsLayout = new QVBoxLayout(errors);
    errorsLayout->addWidget(m_importNothing);
    errorsLayout->addWidget(m_skipErrors);

    m_savePreset = new QPushButton(tr("Save as &Preset…"), this);
    m_savePreset->setObjectName(u"savePreset"_s);
    m_savePreset->setToolTip(tr("Keep how this file's columns are read and these options under a "
                                "name, to use for other files or share with other schools."));
    m_presetSaved = new QLabel(this);
    m_presetSaved->setObjectName(u"presetSaved"_s);
    m_presetSaved->setWordWrap(true);
    m_presetSaved->setTextFormat(Qt::PlainText);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_savePreset);
    presetRow->addWidget(m_presetSaved, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(users);
    layout->addWidget(passwords);
    layout->addWidget(m_parents);
    layout->addWidget(errors);
    layout->addStretch();
    layout->addLayout(presetRow);

    m_saveWatcher = new QFutureWatcher<Status>(this);
    connect(m_add, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_update, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_savePreset, &QPushButton::clicked, this, [this] { saveAsPreset(); });
    connect(m_saveWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Status saved = m_saveWatcher->result();
        m_savePreset->setEnabled(true);
        m_presetSaved->setText(saved ? tr("Saved as the preset “%1”. Edit global settings > "
                                          "Presets lists it.")
                                               .arg(m_savingName)
                                     : saved.error().message);
    });
}

OptionsPage::~OptionsPage()
{
    m_saveWatcher->waitForFinished();
}

void OptionsPage::saveAsPreset(const QString &given)
{
    QString name = given.trimmed();
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save as Preset"),
                                     tr("A name for the preset, such as the student system and "
                                        "whom the file holds:"),
                                     QLineEdit::Normal, QString(), &ok)
                       .trimmed();
        if (!ok || name.isEmpty())
            return;
    }
    bool replace = false;
    for (const ImportPreset &preset : m_wizard->presets()) {
        if (preset.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (QMessageBox::question(
                    this, tr("Save as Preset"),
                    tr("There is a preset “%1” already. Replace it?").arg(preset.name),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        replace = true;
    }
    const ImportPlan plan = m_wizard->plan();
    const ImportMapping mapping = ImportMappings::of(plan, m_wizard->preview().header);
    m_savingName = name;
    m_savePreset->setEnabled(false);
    m_presetSaved->setText(tr("Saving…"));
    m_saveWatcher->setFuture(
            runWithDatabase(m_wizard->databasePath(), [name, mapping, replace](Database &db) {
                return MappingStore(db.connection()).savePreset(name, mapping, replace);
            }));
}

QString OptionsPage::presetMessage() const
{
    return m_presetSaved->text();
}

void OptionsPage::initializePage()
{
    // Learners have no parents; only a file with guardians beside has guardians to name.
    const Profile profile = m_wizard->profile();
    m_parents->setVisible(profile != Profile::Learner);
    m_makeGuardianUsernames->setVisible(profile == Profile::LearnersWithParents);
    m_usernameRule->setVisible(profile == Profile::LearnersWithParents);
    // The choices of a file like this one imported before, or of the preset taken.
    if (m_startingVersion == m_wizard->startingVersion())
        return;
    m_startingVersion = m_wizard->startingVersion();
    if (const auto &start = m_wizard->startingMapping()) {
        m_add->setChecked(start->mode != ImportMode::Update);
        m_update->setChecked(start->mode != ImportMode::Add);
        m_fillPasswords->setChecked(start->fillPasswords);
        m_makeGuardianUsernames->setChecked(start->makeGuardianUsernames);
        m_usernameRule->setCurrentIndex(m_usernameRule->findData(int(start->guardianUsernameRule)));
        m_deriveSyncKeys->setChecked(start->deriveParentSyncKeys);
    }
}

bool OptionsPage::isComplete() const
{
    return m_add->isChecked() || m_update->isChecked();
}

void OptionsPage::applyTo(ImportPlan &plan) const
{
    plan.mode = m_add->isChecked() && m_update->isChecked() ? ImportMode::AddAndUpdate
                : m_add->isChecked()                        ? ImportMode::Add
                                                            : ImportMode::Update;
    plan.fillPasswords = m_fillPasswords->isChecked();
    plan.makeGuardianUsernames =
            plan.profile == Profile::LearnersWithParents && m_makeGuardianUsernames->isChecked();
    plan.guardianUsernameRule = GuardianUsernameRule(m_usernameRule->currentData().toInt());
    plan.deriveParentSyncKeys = plan.profile != Profile::Learner && m_deriveSyncKeys->isChecked();
    plan.skipErrors = m_skipErrors->isChecked();
}

} // namespace Rollbook

#include "privacytab.h"

#include "formtext.h"
#include "settings/settingsstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString backupsKeptKey = QString::fromLatin1(SettingsStore::BackupsKept);
const QString backupDaysKey = QString::fromLatin1(SettingsStore::BackupDays);
const QString forgetKey = QString::fromLatin1(SettingsStore::ForgetPasswordsAfterDays);

// A spin box for the setting `key`, with its range.
QSpinBox *numberOf(const QString &key, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    const SettingDefinition *definition = SettingsStore::definition(key);
    spin->setRange(definition->minimum, definition->maximum);
    return spin;
}

// A row of `form`: the label `text` (its buddy the spin box) and the spin box, as wide as the
// widest of the tab's and no wider, rather than stretched across the page.
void addNumberRow(QFormLayout *form, const QString &text, QSpinBox *spin)
{
    auto *label = new QLabel(text, spin->parentWidget());
    label->setBuddy(spin);
    auto *row = new QHBoxLayout;
    row->addWidget(spin);
    row->addStretch();
    form->addRow(label, row);
}

} // namespace

PrivacyTab::PrivacyTab(QWidget *parent)
    : SettingsTab(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *backups = new QGroupBox(tr("Backups"), this);
    auto *backupForm = new QFormLayout(backups);
    backupForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    backupForm->addRow(helpText(
            tr("Before each import Rollbook copies the database file beside it (its name, "
               "“.backup-” and the date), so that the whole import can be taken back. The copies "
               "hold the same personal data as the database. Those beyond these limits are "
               "deleted each time Rollbook opens the database and after each import."),
            backups));
    m_backupsKept = numberOf(backupsKeptKey, backups);
    m_backupsKept->setObjectName(u"backupsKept"_s);
    m_backupsKept->setSpecialValueText(tr("None: make no backups"));
    m_backupsKept->setToolTip(tr("The newest are kept; 0 makes no backup before an import"));
    addNumberRow(backupForm, tr("Number of &backups kept:"), m_backupsKept);
    m_backupDays = numberOf(backupDaysKey, backups);
    m_backupDays->setObjectName(u"backupDays"_s);
    m_backupDays->setSpecialValueText(tr("Never: keep them whatever their age"));
    addNumberRow(backupForm, tr("Delete backups &older than (days):"), m_backupDays);
    backupForm->addRow(helpText(tr("A database on a server has no such copies: the server's own "
                                   "backups apply, kept as its administrator decides."),
                                backups));
    layout->addWidget(backups);

    auto *passwords = new QGroupBox(tr("Initial passwords"), this);
    auto *passwordForm = new QFormLayout(passwords);
    passwordForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_forget = new QCheckBox(tr("&Forget initial passwords automatically"), passwords);
    m_forget->setObjectName(u"forgetAutomatically"_s);
    passwordForm->addRow(m_forget);
    m_forgetDays = numberOf(forgetKey, passwords);
    m_forgetDays->setObjectName(u"forgetAfterDays"_s);
    m_forgetDays->setMinimum(1);
    addNumberRow(passwordForm, tr("&Days after they were distributed:"), m_forgetDays);
    passwordForm->addRow(helpText(
            tr("A password is distributed when it is exported, printed, saved in letters or "
               "written in an e-mail. Once these days have passed, Rollbook forgets it the next "
               "time it opens the database, in the database and in every backup, as Forget "
               "Passwords on the Distribute page does. A new password starts the days again. "
               "The status bar says how many passwords are stored."),
            passwords));
    layout->addWidget(passwords);
    layout->addStretch();

    int width = 0;
    for (const QSpinBox *spin : {m_backupsKept, m_backupDays, m_forgetDays})
        width = std::max(width, spin->sizeHint().width());
    for (QSpinBox *spin : {m_backupsKept, m_backupDays, m_forgetDays})
        spin->setMinimumWidth(width);

    connect(m_backupsKept, &QSpinBox::valueChanged, this, &PrivacyTab::changed);
    connect(m_backupDays, &QSpinBox::valueChanged, this, &PrivacyTab::changed);
    connect(m_forget, &QCheckBox::toggled, this, &PrivacyTab::updateEnabled);
    connect(m_forget, &QCheckBox::toggled, this, &PrivacyTab::changed);
    connect(m_forgetDays, &QSpinBox::valueChanged, this, &PrivacyTab::changed);
    showValues({});
}

QMap<QString, QString> PrivacyTab::values() const
{
    return {{backupsKeptKey, QString::number(m_backupsKept->value())},
            {backupDaysKey, QString::number(m_backupDays->value())},
            {forgetKey, m_forget->isChecked() ? QString::number(m_forgetDays->value()) : u"0"_s}};
}

void PrivacyTab::showValues(const QMap<QString, QString> &values)
{
    const auto number = [&values](const QString &key) {
        return values.value(key, SettingsStore::definition(key)->defaultValue).toInt();
    };
    m_backupsKept->setValue(number(backupsKeptKey));
    m_backupDays->setValue(number(backupDaysKey));
    const int forgetAfter = number(forgetKey);
    m_forget->setChecked(forgetAfter > 0);
    // Switched on later, a month is where the days start.
    m_forgetDays->setValue(forgetAfter > 0 ? forgetAfter : 30);
    updateEnabled();
}

void PrivacyTab::updateEnabled()
{
    m_forgetDays->setEnabled(m_forget->isChecked());
}

} // namespace Rollbook

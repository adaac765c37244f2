#include "settingspage.h"

#include "db/audit.h"
#include "db/database.h"
#include "emailtab.h"
#include "exporttab.h"
#include "generaltab.h"
#include "lettertab.h"
#include "pageheader.h"
#include "passwordstab.h"
#include "presetstab.h"
#include "privacytab.h"
#include "settings/settingsstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), u"settings"_s, this));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setAccessibleName(tr("Settings sections"));
    layout->addWidget(m_tabs, 1);
    const auto addSettingsTab = [this](SettingsTab *tab, const char *name, const QString &label) {
        tab->setObjectName(QString::fromLatin1(name));
        m_tabs->addTab(tab, label);
        m_settingsTabs.append(tab);
        connect(tab, &SettingsTab::changed, this, &SettingsPage::updateState);
    };
    addSettingsTab(new GeneralTab(m_tabs), "generalTab", tr("&General"));
    addSettingsTab(new PasswordsTab(m_tabs), "passwordsTab", tr("Pass&words"));
    addSettingsTab(new ExportTab(m_tabs), "exportTab", tr("E&xport"));
    m_letter = new LetterTab(m_tabs);
    addSettingsTab(m_letter, "letterTab", tr("Le&tter"));
    addSettingsTab(new EmailTab(m_tabs), "emailTab", tr("E-&mail"));
    addSettingsTab(new PrivacyTab(m_tabs), "privacyTab", tr("Pri&vacy"));
    // Presets are changed at once, not with Save.
    m_presets = new PresetsTab(m_tabs);
    m_presets->setObjectName(u"presetsTab"_s);
    m_tabs->addTab(m_presets, tr("Pr&esets"));

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(u"revert"_s);
    m_revert->setToolTip(tr("Put back the settings as they were last saved"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"save"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
            tr("Save the settings (%1)")
                    .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);

    setDatabase(nullptr);
}

QString SettingsPage::title() const
{
    return tr("Edit global settings");
}

void SettingsPage::setDatabase(Database *database)
{
    m_database = database;
    m_presets->setDatabase(database);
    m_stored.clear();
    QString problem;
    if (m_database) {
        const auto values = SettingsStore(m_database->connection()).all();
        if (values)
            m_stored = values.value();
        else
            problem = tr("The settings could not be read: %1").arg(values.error().message);
    }
    setEnabled(m_database != nullptr);
    showValues(m_stored);
    if (!problem.isEmpty()) // after showValues(), which clears the message
        showError(problem, nullptr);
}

QMap<QString, QString> SettingsPage::currentValues() const
{
    QMap<QString, QString> values;
    for (const SettingsTab *tab : m_settingsTabs)
        values.insert(tab->values());
    return values;
}

void SettingsPage::showValues(const QMap<QString, QString> &values)
{
    // One update at the end, not one per field with the others half shown.
    m_showing = true;
    for (SettingsTab *tab : std::as_const(m_settingsTabs))
        tab->showValues(values);
    m_showing = false;
    m_error->hide();
    updateState();
}

bool SettingsPage::isModified() const
{
    return m_modified;
}

void SettingsPage::updateState()
{
    if (m_showing)
        return;
    const QMap<QString, QString> current = currentValues();
    bool modified = false;
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        modified = modified || m_stored.value(it.key()) != it.value();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    if (modified != m_modified) {
        m_modified = modified;
        emit modificationChanged(modified);
    }
}

QWidget *SettingsPage::field(const QString &key) const
{
    for (const SettingsTab *tab : m_settingsTabs) {
        if (QWidget *found = tab->field(key))
            return found;
    }
    return nullptr;
}

void SettingsPage::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (!field)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(field))
            m_tabs->setCurrentIndex(i);
    }
    field->setFocus(Qt::OtherFocusReason);
}

bool SettingsPage::save()
{
    if (!m_database)
        return false;
    const QMap<QString, QString> values = currentValues();
    // Say which field is wrong, next to the buttons, and keep what the user typed.
    struct Check
    {
        const char *key;
        QString name;    // as the page labels it, in place of the key in the store's message
        QString message; // a message of its own, or empty for the store's
    };
    const QList<Check> checks = {
            {SettingsStore::SchoolName, tr("School name"), QString()},
            {SettingsStore::LoginAddress, tr("Login address"),
             tr("The login address must be a web address such as "
                "https://yourschool.itslearning.com.")},
            {SettingsStore::PasswordLength, tr("Length"), QString()},
            {SettingsStore::PasswordCharacters, tr("Characters"), QString()},
            {SettingsStore::ExportEncoding, tr("Encoding"), QString()},
            {SettingsStore::ExportDelimiter, tr("Delimiter"), QString()},
            {SettingsStore::LetterTemplate, tr("Login letter"), QString()},
            {SettingsStore::EmailFrom, tr("From"),
             tr("The e-mail's From must be one e-mail address, such as office@yourschool.no.")},
            {SettingsStore::EmailSubject, tr("Subject"), QString()},
            {SettingsStore::EmailBody, tr("Message"), QString()},
    };
    for (const Check &check : checks) {
        const QString key = QString::fromLatin1(check.key);
        if (auto checked = SettingsStore::normalise(key, values.value(key)); !checked) {
            QString message = check.message;
            if (message.isEmpty()) {
                message = checked.error().message;
                message.replace(u"“%1”"_s.arg(key), u"“%1”"_s.arg(check.name));
            }
            showError(message, field(key));
            return false;
        }
    }
    if (const QString problem = m_letter->problem(); !problem.isEmpty()) {
        showError(problem, field(QString::fromLatin1(SettingsStore::LetterTemplate)));
        return false;
    }
    SettingsStore store(m_database->connection());
    if (auto done = store.set(values, Audit::currentActor()); !done) {
        showError(tr("The settings could not be saved: %1").arg(done.error().message), nullptr);
        return false;
    }
    setDatabase(m_database); // show the stored, canonical values
    emit saved();
    return true;
}

void SettingsPage::revert()
{
    showValues(m_stored);
}

bool SettingsPage::maybeLeave()
{
    if (!m_modified)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved settings"),
                    tr("You have changed the global settings without saving them."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Do you want to save your changes?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

} // namespace Rollbook

#include "settingspage.h"

#include "db/audit.h"
#include "db/database.h"
#include "pageheader.h"
#include "settings/settingsstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString parentLoginKey = QString::fromLatin1(SettingsStore::ParentLoginEnabled);
const QString schoolNameKey = QString::fromLatin1(SettingsStore::SchoolName);
const QString loginAddressKey = QString::fromLatin1(SettingsStore::LoginAddress);

QLabel *helpText(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), this));

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Settings sections"));
    layout->addWidget(m_tabs, 1);

    // General: the platform's own section and group names.
    auto *general = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(general);

    auto *functions = new QGroupBox(tr("Available functions"), general);
    auto *functionsLayout = new QVBoxLayout(functions);
    m_parentLogin = new QCheckBox(tr("Enable &parent login"), functions);
    m_parentLogin->setObjectName(u"parentLogin"_s);
    functionsLayout->addWidget(m_parentLogin);
    auto *parentHelp = helpText(tr("Parents can sign in and follow their children. Rollbook "
                                   "imports parents and prepares their login letters and e-mails "
                                   "only while this is on."),
                                functions);
    parentHelp->setContentsMargins(24, 0, 0, 0);
    functionsLayout->addWidget(parentHelp);
    generalLayout->addWidget(functions);

    auto *school = new QGroupBox(tr("School"), general);
    auto *form = new QFormLayout(school);
    m_schoolName = new QLineEdit(school);
    m_schoolName->setObjectName(u"schoolName"_s);
    m_schoolName->setMaxLength(1000);
    form->addRow(tr("School &name:"), m_schoolName);
    m_loginAddress = new QLineEdit(school);
    m_loginAddress->setObjectName(u"loginAddress"_s);
    m_loginAddress->setPlaceholderText(tr("https://yourschool.itslearning.com"));
    m_loginAddress->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    form->addRow(tr("&Login address:"), m_loginAddress);
    form->addRow(QString(), helpText(tr("Printed on login letters and e-mails: where users go "
                                        "to sign in."),
                                     school));
    generalLayout->addWidget(school);
    generalLayout->addStretch();
    m_tabs->addTab(general, tr("General"));

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

    connect(m_parentLogin, &QCheckBox::toggled, this, &SettingsPage::updateState);
    connect(m_schoolName, &QLineEdit::textChanged, this, &SettingsPage::updateState);
    connect(m_loginAddress, &QLineEdit::textChanged, this, &SettingsPage::updateState);
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
    m_stored.clear();
    if (m_database) {
        const auto values = SettingsStore(m_database->connection()).all();
        if (values)
            m_stored = values.value();
        else
            showError(values.error().message, nullptr);
    }
    setEnabled(m_database != nullptr);
    showValues(m_stored);
}

QMap<QString, QString> SettingsPage::currentValues() const
{
    return {
            {parentLoginKey, m_parentLogin->isChecked() ? u"true"_s : u"false"_s},
            {schoolNameKey, m_schoolName->text().trimmed()},
            {loginAddressKey, m_loginAddress->text().trimmed()},
    };
}

void SettingsPage::showValues(const QMap<QString, QString> &values)
{
    m_parentLogin->setChecked(values.value(parentLoginKey) == u"true"_s);
    m_schoolName->setText(values.value(schoolNameKey));
    m_loginAddress->setText(values.value(loginAddressKey));
    m_error->hide();
    updateState();
}

bool SettingsPage::isModified() const
{
    return m_modified;
}

void SettingsPage::updateState()
{
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

void SettingsPage::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

bool SettingsPage::save()
{
    if (!m_database)
        return false;
    const QMap<QString, QString> values = currentValues();
    // Say which field is wrong, next to the buttons, and keep what the user typed.
    const QList<QPair<QString, QWidget *>> fields = {{schoolNameKey, m_schoolName},
                                                     {loginAddressKey, m_loginAddress}};
    for (const auto &[key, field] : fields) {
        if (auto checked = SettingsStore::normalise(key, values.value(key)); !checked) {
            const QString message = key == loginAddressKey
                                            ? tr("The login address must be a web address such "
                                                 "as https://yourschool.itslearning.com.")
                                            : checked.error().message;
            showError(message, field);
            return false;
        }
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

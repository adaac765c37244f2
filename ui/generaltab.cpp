#include "generaltab.h"

#include "core/translation.h"
#include "formtext.h"
#include "settings/settingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString parentLoginKey = QString::fromLatin1(SettingsStore::ParentLoginEnabled);
const QString schoolNameKey = QString::fromLatin1(SettingsStore::SchoolName);
const QString loginAddressKey = QString::fromLatin1(SettingsStore::LoginAddress);

} // namespace

GeneralTab::GeneralTab(QWidget *parent)
    : SettingsTab(parent)
{
    // The platform's own section and group names.
    auto *layout = new QVBoxLayout(this);

    auto *functions = new QGroupBox(tr("Available functions"), this);
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
    layout->addWidget(functions);

    auto *school = new QGroupBox(tr("School"), this);
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
    layout->addWidget(school);

    // The user's own choice, kept in QSettings rather than the school's database.
    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Norsk bokmål"_s, u"nb"_s);
    // An unknown setting shows the system's language, the first entry.
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    languageForm->addRow(tr("Lang&uage:"), m_language);
    languageForm->addRow(QString(), helpText(tr("For you on this computer. Takes effect the next "
                                                "time Rollbook starts."),
                                             language));
    layout->addWidget(language);
    layout->addStretch();

    connect(m_language, &QComboBox::activated, this,
            [this] { setLanguageSetting(m_language->currentData().toString()); });
    connect(m_parentLogin, &QCheckBox::toggled, this, &GeneralTab::changed);
    connect(m_schoolName, &QLineEdit::textChanged, this, &GeneralTab::changed);
    connect(m_loginAddress, &QLineEdit::textChanged, this, &GeneralTab::changed);
}

QMap<QString, QString> GeneralTab::values() const
{
    return {{parentLoginKey, m_parentLogin->isChecked() ? u"true"_s : u"false"_s},
            {schoolNameKey, m_schoolName->text().trimmed()},
            {loginAddressKey, m_loginAddress->text().trimmed()}};
}

void GeneralTab::showValues(const QMap<QString, QString> &values)
{
    m_parentLogin->setChecked(values.value(parentLoginKey) == u"true"_s);
    m_schoolName->setText(values.value(schoolNameKey));
    m_loginAddress->setText(values.value(loginAddressKey));
}

QWidget *GeneralTab::field(const QString &key) const
{
    const QMap<QString, QWidget *> fields = {{parentLoginKey, m_parentLogin},
                                             {schoolNameKey, m_schoolName},
                                             {loginAddressKey, m_loginAddress}};
    return fields.value(key);
}

} // namespace Rollbook

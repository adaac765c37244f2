#include "exporttab.h"

#include "formtext.h"
#include "settings/settingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString encodingKey = QString::fromLatin1(SettingsStore::ExportEncoding);
const QString delimiterKey = QString::fromLatin1(SettingsStore::ExportDelimiter);
const QString passwordsKey = QString::fromLatin1(SettingsStore::ExportPasswords);

// Selects the combo box entry whose data is `value`; an unknown value shows the first entry.
void selectData(QComboBox *combo, const QString &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

ExportTab::ExportTab(QWidget *parent)
    : SettingsTab(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *files = new QGroupBox(tr("Exported files"), this);
    auto *form = new QFormLayout(files);
    // Combo boxes and the spin box as wide as their contents, texts as wide as the page.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(helpText(tr("The files you upload to the platform from Distribute user names "
                             "and passwords > Export batches."),
                          files));

    // In the order SettingsStore lists the choices.
    m_encoding = new QComboBox(files);
    m_encoding->setObjectName(u"exportEncoding"_s);
    m_encoding->addItem(tr("UTF-8 with BOM (Excel)"), u"utf-8-bom"_s);
    m_encoding->addItem(tr("UTF-8"), u"utf-8"_s);
    m_encoding->addItem(tr("Windows-1252"), u"windows-1252"_s);
    m_encoding->addItem(tr("UTF-16 LE"), u"utf-16le"_s);
    form->addRow(tr("E&ncoding:"), m_encoding);

    m_delimiter = new QComboBox(files);
    m_delimiter->setObjectName(u"exportDelimiter"_s);
    m_delimiter->addItem(tr("Comma ( , )"), u"comma"_s);
    m_delimiter->addItem(tr("Semicolon ( ; )"), u"semicolon"_s);
    m_delimiter->addItem(tr("Tab"), u"tab"_s);
    m_delimiter->addItem(tr("Pipe ( | )"), u"pipe"_s);
    form->addRow(tr("&Delimiter:"), m_delimiter);

    form->addRow(helpText(tr("UTF-8 with BOM and comma suit the platform and open right in "
                             "Excel. Windows-1252 cannot hold every name: a character it lacks "
                             "is written as a question mark."),
                          files));

    form->addItem(new QSpacerItem(0, 6, QSizePolicy::Minimum, QSizePolicy::Fixed));
    m_passwords = new QCheckBox(tr("Include the initial &passwords in exported files"), files);
    m_passwords->setObjectName(u"exportPasswords"_s);
    form->addRow(m_passwords);
    auto *passwordsHelp = helpText(tr("When this is off, the files have no Password column. "
                                      "Letters and e-mails always give the passwords."),
                                   files);
    passwordsHelp->setContentsMargins(24, 0, 0, 0);
    form->addRow(passwordsHelp);
    layout->addWidget(files);
    layout->addStretch();

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ExportTab::changed);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ExportTab::changed);
    connect(m_passwords, &QCheckBox::toggled, this, &ExportTab::changed);
}

QMap<QString, QString> ExportTab::values() const
{
    return {{encodingKey, m_encoding->currentData().toString()},
            {delimiterKey, m_delimiter->currentData().toString()},
            {passwordsKey, m_passwords->isChecked() ? u"true"_s : u"false"_s}};
}

void ExportTab::showValues(const QMap<QString, QString> &values)
{
    selectData(m_encoding, values.value(encodingKey));
    selectData(m_delimiter, values.value(delimiterKey));
    m_passwords->setChecked(values.value(passwordsKey) == u"true"_s);
}

QWidget *ExportTab::field(const QString &key) const
{
    const QMap<QString, QWidget *> fields = {
            {encodingKey, m_encoding}, {delimiterKey, m_delimiter}, {passwordsKey, m_passwords}};
    return fields.value(key);
}

} // namespace Rollbook

#include "passwordstab.h"

#include "formtext.h"
#include "people/password.h"
#include "settings/settingsstore.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString lengthKey = QString::fromLatin1(SettingsStore::PasswordLength);
const QString charactersKey = QString::fromLatin1(SettingsStore::PasswordCharacters);

const QString withSymbols = u"letters-digits-symbols"_s;

// A label that shows a value (not a field's name): selectable, so it can be copied.
QLabel *valueText(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

// The alphabet as groups of one kind (lower case, upper case, digits, symbols), easier to read.
QString groupedAlphabet(const QString &alphabet)
{
    const auto kind = [](QChar c) {
        return c.isLower() ? 0 : c.isUpper() ? 1 : c.isDigit() ? 2 : 3;
    };
    QString grouped;
    for (qsizetype i = 0; i < alphabet.size(); ++i) {
        if (i > 0 && kind(alphabet.at(i)) != kind(alphabet.at(i - 1)))
            grouped += u"  "_s;
        grouped += alphabet.at(i);
    }
    return grouped;
}

} // namespace

PasswordsTab::PasswordsTab(QWidget *parent)
    : SettingsTab(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *policy = new QGroupBox(tr("Initial passwords"), this);
    auto *form = new QFormLayout(policy);
    // Combo boxes and the spin box as wide as their contents, texts as wide as the page.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(helpText(tr("Rollbook makes a password for everyone who has none when you "
                             "import users with that option, or export, print or e-mail "
                             "their user names and passwords."),
                          policy));

    m_length = new QSpinBox(policy);
    m_length->setObjectName(u"passwordLength"_s);
    m_length->setRange(Passwords::minimumLength, Passwords::maximumLength);
    m_length->setSuffix(tr(" characters"));
    m_length->setToolTip(tr("From %1 to %2 characters")
                                 .arg(Passwords::minimumLength)
                                 .arg(Passwords::maximumLength));
    form->addRow(tr("&Length:"), m_length);

    m_characters = new QComboBox(policy);
    m_characters->setObjectName(u"passwordCharacters"_s);
    m_characters->addItem(tr("Letters and digits"), u"letters-digits"_s);
    m_characters->addItem(tr("Letters, digits and symbols"), withSymbols);
    form->addRow(tr("&Characters:"), m_characters);

    m_alphabet = valueText(tr("Characters used"), policy);
    m_alphabet->setObjectName(u"passwordAlphabet"_s);
    m_alphabet->setWordWrap(true);
    fillWidth(m_alphabet);
    form->addRow(tr("Characters used:"), m_alphabet);

    m_example = valueText(tr("Example password"), policy);
    m_example->setObjectName(u"passwordExample"_s);
    auto *another = new QPushButton(tr("&Another example"), policy);
    another->setObjectName(u"anotherExample"_s);
    another->setToolTip(tr("Make another example password from these settings"));
    auto *example = new QHBoxLayout;
    example->addWidget(m_example);
    example->addSpacing(12);
    example->addWidget(another);
    example->addStretch();
    form->addRow(tr("Example:"), example);

    form->addRow(helpText(tr("Characters that look alike, such as 0 and O or 1, l and I, are "
                             "never used, so that a password read from a letter is typed right "
                             "the first time."),
                          policy));
    layout->addWidget(policy);
    layout->addStretch();

    connect(m_length, &QSpinBox::valueChanged, this, &PasswordsTab::showExample);
    connect(m_characters, &QComboBox::currentIndexChanged, this, &PasswordsTab::showExample);
    connect(another, &QPushButton::clicked, this, &PasswordsTab::showExample);
    connect(m_length, &QSpinBox::valueChanged, this, &PasswordsTab::changed);
    connect(m_characters, &QComboBox::currentIndexChanged, this, &PasswordsTab::changed);
}

QMap<QString, QString> PasswordsTab::values() const
{
    return {{lengthKey, QString::number(m_length->value())},
            {charactersKey, m_characters->currentData().toString()}};
}

void PasswordsTab::showValues(const QMap<QString, QString> &values)
{
    m_length->setValue(values.value(lengthKey).toInt());
    // An unknown value shows the first entry.
    m_characters->setCurrentIndex(std::max(0, m_characters->findData(values.value(charactersKey))));
    showExample();
}

QWidget *PasswordsTab::field(const QString &key) const
{
    const QMap<QString, QWidget *> fields = {{lengthKey, m_length}, {charactersKey, m_characters}};
    return fields.value(key);
}

void PasswordsTab::showExample()
{
    const bool symbols = m_characters->currentData().toString() == withSymbols;
    m_alphabet->setText(groupedAlphabet(Passwords::alphabet(symbols)));
    m_example->setText(Passwords::generate(m_length->value(), symbols));
}

} // namespace Rollbook

#include "lettertab.h"

#include "formtext.h"
#include "lettereditor.h"
#include "settings/settingsstore.h"

#include <QGroupBox>
#include <QLabel>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString letterKey = QString::fromLatin1(SettingsStore::LetterTemplate);

} // namespace

LetterTab::LetterTab(QWidget *parent)
    : SettingsTab(parent)
{
    auto *tabLayout = new QVBoxLayout(this);
    auto *letter = new QGroupBox(tr("Login letter"), this);
    auto *letterLayout = new QVBoxLayout(letter);
    letterLayout->addWidget(helpText(tr("Printed for each person, one page each. A placeholder "
                                        "in braces, such as {name} or {password}, is replaced "
                                        "by the person's own details."),
                                     letter));
    m_editor = new LetterEditor(letter);
    m_editor->setObjectName(u"letterEditor"_s);
    letterLayout->addWidget(m_editor, 1);
    tabLayout->addWidget(letter);
    connect(m_editor, &LetterEditor::changed, this, &LetterTab::changed);
}

QMap<QString, QString> LetterTab::values() const
{
    return {{letterKey, m_editor->value()}};
}

void LetterTab::showValues(const QMap<QString, QString> &values)
{
    m_editor->setValue(values.value(letterKey));
}

QWidget *LetterTab::field(const QString &key) const
{
    return key == letterKey ? m_editor->textEdit() : nullptr;
}

QString LetterTab::problem() const
{
    return m_editor->problem();
}

} // namespace Rollbook

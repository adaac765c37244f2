#include "emailtab.h"

#include "formtext.h"
#include "placeholdermenu.h"
#include "settings/settingsstore.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString fromKey = QString::fromLatin1(SettingsStore::EmailFrom);
const QString subjectKey = QString::fromLatin1(SettingsStore::EmailSubject);
const QString bodyKey = QString::fromLatin1(SettingsStore::EmailBody);

QString defaultValue(const QString &key)
{
    return SettingsStore::definition(key)->defaultValue;
}

} // namespace

EmailTab::EmailTab(QWidget *parent)
    : SettingsTab(parent)
{
    auto *layout = new QVBoxLayout(this);

    // Plain text.
    auto *email = new QGroupBox(tr("Login e-mail"), this);
    auto *emailLayout = new QVBoxLayout(email);
    emailLayout->addWidget(helpText(tr("Written for each person who has an e-mail address, one "
                                       "message each, with the same placeholders as the letter. "
                                       "Those without an address get a letter."),
                                    email));
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    emailLayout->addLayout(form, 1);
    m_from = new QLineEdit(email);
    m_from->setObjectName(u"emailFrom"_s);
    m_from->setPlaceholderText(tr("office@yourschool.no"));
    m_from->setToolTip(tr("The address the e-mails come from, and where replies go"));
    m_from->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    form->addRow(tr("Fr&om:"), m_from);
    m_subject = new QLineEdit(email);
    m_subject->setObjectName(u"emailSubject"_s);
    m_subject->setMaxLength(1000);
    form->addRow(tr("Su&bject:"), m_subject);
    m_body = new QPlainTextEdit(email);
    m_body->setObjectName(u"emailBody"_s);
    m_body->setTabChangesFocus(true);
    form->addRow(tr("Mess&age:"), m_body);
    m_target = m_body;

    auto *placeholder = new QPushButton(tr("I&nsert placeholder"), email);
    placeholder->setObjectName(u"emailPlaceholder"_s);
    placeholder->setAccessibleName(tr("Insert a placeholder into the e-mail"));
    placeholder->setToolTip(
            tr("Insert a placeholder where the cursor is in the subject or the message"));
    auto *menu = new PlaceholderMenu(placeholder);
    placeholder->setMenu(menu);
    auto *restore = new QPushButton(tr("Restore the defa&ult e-mail"), email);
    restore->setObjectName(u"restoreEmail"_s);
    restore->setToolTip(
            tr("Replace the subject and the message with the ones Rollbook comes with"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(placeholder);
    buttons->addStretch();
    buttons->addWidget(restore);
    emailLayout->addLayout(buttons);
    layout->addWidget(email);

    connect(menu, &PlaceholderMenu::chosen, this, &EmailTab::insertPlaceholder);
    connect(restore, &QPushButton::clicked, this, &EmailTab::restoreDefault);
    // The placeholders go where the user was last: the subject or the message.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_subject || now == m_body)
            m_target = now;
    });
    connect(m_from, &QLineEdit::textChanged, this, &EmailTab::changed);
    connect(m_subject, &QLineEdit::textChanged, this, &EmailTab::changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, &EmailTab::changed);
}

QMap<QString, QString> EmailTab::values() const
{
    return {{fromKey, m_from->text().trimmed()},
            {subjectKey, m_subject->text().trimmed()},
            {bodyKey, bodyValue()}};
}

void EmailTab::showValues(const QMap<QString, QString> &values)
{
    m_from->setText(values.value(fromKey));
    m_subject->setText(values.value(subjectKey));
    m_shownBody = values.value(bodyKey);
    m_body->setPlainText(m_shownBody);
}

QWidget *EmailTab::field(const QString &key) const
{
    const QMap<QString, QWidget *> fields = {
            {fromKey, m_from}, {subjectKey, m_subject}, {bodyKey, m_body}};
    return fields.value(key);
}

void EmailTab::insertPlaceholder(const QString &placeholder)
{
    if (m_target == m_subject) {
        m_subject->insert(placeholder);
        m_subject->setFocus(Qt::OtherFocusReason);
    } else {
        m_body->insertPlainText(placeholder);
        m_body->setFocus(Qt::OtherFocusReason);
    }
}

void EmailTab::restoreDefault()
{
    m_subject->setText(defaultValue(subjectKey));
    m_body->setPlainText(defaultValue(bodyKey));
    m_body->setFocus(Qt::OtherFocusReason);
}

QString EmailTab::bodyAsEdited(const QString &text) const
{
    if (m_bodyCache.contains(text))
        return m_bodyCache.value(text);
    QTextDocument document;
    document.setPlainText(text);
    const QString edited = document.toPlainText();
    if (m_bodyCache.size() > 8)
        m_bodyCache.clear();
    m_bodyCache.insert(text, edited);
    return edited;
}

QString EmailTab::bodyValue() const
{
    const QString text = m_body->toPlainText();
    // Unchanged (or the default put back): keep the message as it is, not as the editor
    // rewrites it.
    for (const QString &known : {m_shownBody, defaultValue(bodyKey)}) {
        if (text == bodyAsEdited(known))
            return known;
    }
    return text;
}

} // namespace Rollbook

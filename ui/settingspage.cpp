#include "settingspage.h"

#include "core/translation.h"
#include "db/audit.h"
#include "db/database.h"
#include "distribution/letters.h"
#include "formtext.h"
#include "pageheader.h"
#include "people/password.h"
#include "presetstab.h"
#include "privacytab.h"
#include "settings/settingsstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const QString parentLoginKey = key(SettingsStore::ParentLoginEnabled);
const QString schoolNameKey = key(SettingsStore::SchoolName);
const QString loginAddressKey = key(SettingsStore::LoginAddress);
const QString passwordLengthKey = key(SettingsStore::PasswordLength);
const QString passwordCharactersKey = key(SettingsStore::PasswordCharacters);
const QString exportEncodingKey = key(SettingsStore::ExportEncoding);
const QString exportDelimiterKey = key(SettingsStore::ExportDelimiter);
const QString exportPasswordsKey = key(SettingsStore::ExportPasswords);
const QString letterKey = key(SettingsStore::LetterTemplate);
const QString emailFromKey = key(SettingsStore::EmailFrom);
const QString emailSubjectKey = key(SettingsStore::EmailSubject);
const QString emailBodyKey = key(SettingsStore::EmailBody);

const QString withSymbols = u"letters-digits-symbols"_s;

QString defaultValue(const QString &name)
{
    const SettingDefinition *definition = SettingsStore::definition(name);
    return definition ? definition->defaultValue : QString();
}

// A label that shows a value (not a field's name): selectable, so it can be copied.
QLabel *valueText(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

// Selects the combo box entry whose data is `value`; an unknown value shows the first entry.
void selectData(QComboBox *combo, const QString &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
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

// Qt's own HTML import makes <h1> and <h2> like this; a heading made here looks the same.
struct ParagraphStyle
{
    int headingLevel;
    int sizeAdjustment;
    qreal topMargin;
};
constexpr ParagraphStyle paragraphStyles[] = {{0, 0, 12}, {1, 3, 18}, {2, 2, 16}};

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), u"settings"_s, this));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setAccessibleName(tr("Settings sections"));
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createPasswordsTab(), tr("Pass&words"));
    m_tabs->addTab(createExportTab(), tr("E&xport"));
    m_tabs->addTab(createLetterTab(), tr("Le&tter"));
    m_tabs->addTab(createEmailTab(), tr("E-&mail"));
    m_privacy = new PrivacyTab(m_tabs);
    m_privacy->setObjectName(u"privacyTab"_s);
    m_tabs->addTab(m_privacy, tr("Pri&vacy"));
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

    connect(m_parentLogin, &QCheckBox::toggled, this, &SettingsPage::updateState);
    connect(m_schoolName, &QLineEdit::textChanged, this, &SettingsPage::updateState);
    connect(m_loginAddress, &QLineEdit::textChanged, this, &SettingsPage::updateState);
    connect(m_passwordLength, &QSpinBox::valueChanged, this, &SettingsPage::updateState);
    connect(m_passwordCharacters, &QComboBox::currentIndexChanged, this,
            &SettingsPage::updateState);
    connect(m_exportEncoding, &QComboBox::currentIndexChanged, this, &SettingsPage::updateState);
    connect(m_exportDelimiter, &QComboBox::currentIndexChanged, this, &SettingsPage::updateState);
    connect(m_exportPasswords, &QCheckBox::toggled, this, &SettingsPage::updateState);
    connect(m_letter, &QTextEdit::textChanged, this, &SettingsPage::updateState);
    connect(m_emailFrom, &QLineEdit::textChanged, this, &SettingsPage::updateState);
    connect(m_emailSubject, &QLineEdit::textChanged, this, &SettingsPage::updateState);
    connect(m_emailBody, &QPlainTextEdit::textChanged, this, &SettingsPage::updateState);
    connect(m_privacy, &PrivacyTab::changed, this, &SettingsPage::updateState);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);

    setDatabase(nullptr);
}

QWidget *SettingsPage::createGeneralTab()
{
    // The platform's own section and group names.
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

    // The user's own choice, kept in QSettings rather than the school's database.
    auto *language = new QGroupBox(tr("Language"), general);
    auto *languageForm = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Norsk bokmål"_s, u"nb"_s);
    selectData(m_language, languageSetting());
    languageForm->addRow(tr("Lang&uage:"), m_language);
    languageForm->addRow(QString(), helpText(tr("For you on this computer. Takes effect the next "
                                                "time Rollbook starts."),
                                             language));
    connect(m_language, &QComboBox::activated, this,
            [this] { setLanguageSetting(m_language->currentData().toString()); });
    generalLayout->addWidget(language);
    generalLayout->addStretch();
    return general;
}

QWidget *SettingsPage::createPasswordsTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *tabLayout = new QVBoxLayout(tab);

    auto *policy = new QGroupBox(tr("Initial passwords"), tab);
    auto *form = new QFormLayout(policy);
    // Combo boxes and the spin box as wide as their contents, texts as wide as the page.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(helpText(tr("Rollbook makes a password for everyone who has none when you "
                             "import users with that option, or export, print or e-mail "
                             "their user names and passwords."),
                          policy));

    m_passwordLength = new QSpinBox(policy);
    m_passwordLength->setObjectName(u"passwordLength"_s);
    m_passwordLength->setRange(Passwords::minimumLength, Passwords::maximumLength);
    m_passwordLength->setSuffix(tr(" characters"));
    m_passwordLength->setToolTip(tr("From %1 to %2 characters")
                                         .arg(Passwords::minimumLength)
                                         .arg(Passwords::maximumLength));
    form->addRow(tr("&Length:"), m_passwordLength);

    m_passwordCharacters = new QComboBox(policy);
    m_passwordCharacters->setObjectName(u"passwordCharacters"_s);
    m_passwordCharacters->addItem(tr("Letters and digits"), u"letters-digits"_s);
    m_passwordCharacters->addItem(tr("Letters, digits and symbols"), withSymbols);
    form->addRow(tr("&Characters:"), m_passwordCharacters);

    m_passwordAlphabet = valueText(tr("Characters used"), policy);
    m_passwordAlphabet->setObjectName(u"passwordAlphabet"_s);
    m_passwordAlphabet->setWordWrap(true);
    fillWidth(m_passwordAlphabet);
    form->addRow(tr("Characters used:"), m_passwordAlphabet);

    m_passwordExample = valueText(tr("Example password"), policy);
    m_passwordExample->setObjectName(u"passwordExample"_s);
    auto *another = new QPushButton(tr("&Another example"), policy);
    another->setObjectName(u"anotherExample"_s);
    another->setToolTip(tr("Make another example password from these settings"));
    auto *example = new QHBoxLayout;
    example->addWidget(m_passwordExample);
    example->addSpacing(12);
    example->addWidget(another);
    example->addStretch();
    form->addRow(tr("Example:"), example);

    form->addRow(helpText(tr("Characters that look alike, such as 0 and O or 1, l and I, are "
                             "never used, so that a password read from a letter is typed right "
                             "the first time."),
                          policy));
    tabLayout->addWidget(policy);
    tabLayout->addStretch();

    connect(m_passwordLength, &QSpinBox::valueChanged, this, &SettingsPage::showPasswordExample);
    connect(m_passwordCharacters, &QComboBox::currentIndexChanged, this,
            &SettingsPage::showPasswordExample);
    connect(another, &QPushButton::clicked, this, &SettingsPage::showPasswordExample);
    return tab;
}

QWidget *SettingsPage::createExportTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *tabLayout = new QVBoxLayout(tab);

    auto *files = new QGroupBox(tr("Exported files"), tab);
    auto *form = new QFormLayout(files);
    // Combo boxes and the spin box as wide as their contents, texts as wide as the page.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(helpText(tr("The files you upload to the platform from Distribute user names "
                             "and passwords > Export batches."),
                          files));

    // In the order SettingsStore lists the choices.
    m_exportEncoding = new QComboBox(files);
    m_exportEncoding->setObjectName(u"exportEncoding"_s);
    m_exportEncoding->addItem(tr("UTF-8 with BOM (Excel)"), u"utf-8-bom"_s);
    m_exportEncoding->addItem(tr("UTF-8"), u"utf-8"_s);
    m_exportEncoding->addItem(tr("Windows-1252"), u"windows-1252"_s);
    m_exportEncoding->addItem(tr("UTF-16 LE"), u"utf-16le"_s);
    form->addRow(tr("E&ncoding:"), m_exportEncoding);

    m_exportDelimiter = new QComboBox(files);
    m_exportDelimiter->setObjectName(u"exportDelimiter"_s);
    m_exportDelimiter->addItem(tr("Comma ( , )"), u"comma"_s);
    m_exportDelimiter->addItem(tr("Semicolon ( ; )"), u"semicolon"_s);
    m_exportDelimiter->addItem(tr("Tab"), u"tab"_s);
    m_exportDelimiter->addItem(tr("Pipe ( | )"), u"pipe"_s);
    form->addRow(tr("&Delimiter:"), m_exportDelimiter);

    form->addRow(helpText(tr("UTF-8 with BOM and comma suit the platform and open right in "
                             "Excel. Windows-1252 cannot hold every name: a character it lacks "
                             "is written as a question mark."),
                          files));

    form->addItem(new QSpacerItem(0, 6, QSizePolicy::Minimum, QSizePolicy::Fixed));
    m_exportPasswords =
            new QCheckBox(tr("Include the initial &passwords in exported files"), files);
    m_exportPasswords->setObjectName(u"exportPasswords"_s);
    form->addRow(m_exportPasswords);
    auto *passwordsHelp = helpText(tr("When this is off, the files have no Password column. "
                                      "Letters and e-mails always give the passwords."),
                                   files);
    passwordsHelp->setContentsMargins(24, 0, 0, 0);
    form->addRow(passwordsHelp);
    tabLayout->addWidget(files);
    tabLayout->addStretch();
    return tab;
}

// The letter and the e-mail each have a tab of their own: side by side, neither had room to be
// read at the window's default size, and the page could no longer be made narrow.
QWidget *SettingsPage::createLetterTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *tabLayout = new QVBoxLayout(tab);

    // Rich text with a few formatting tools.
    auto *letter = new QGroupBox(tr("Login letter"), tab);
    auto *letterLayout = new QVBoxLayout(letter);
    letterLayout->addWidget(helpText(tr("Printed for each person, one page each. A placeholder "
                                        "in braces, such as {name} or {password}, is replaced "
                                        "by the person's own details."),
                                     letter));
    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    letterLayout->addLayout(tools);

    const auto formatButton = [letter](const QString &text, const QString &name,
                                       QKeySequence::StandardKey key) {
        auto *button = new QToolButton(letter);
        button->setText(text);
        button->setAccessibleName(name);
        button->setToolTip(
                u"%1 (%2)"_s.arg(name, QKeySequence(key).toString(QKeySequence::NativeText)));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setMinimumWidth(button->sizeHint().height());
        return button;
    };
    m_bold = formatButton(tr("B"), tr("Bold"), QKeySequence::Bold);
    m_bold->setObjectName(u"bold"_s);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    tools->addWidget(m_bold);
    m_italic = formatButton(tr("I"), tr("Italic"), QKeySequence::Italic);
    m_italic->setObjectName(u"italic"_s);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    tools->addWidget(m_italic);

    m_paragraphStyle = new QComboBox(letter);
    m_paragraphStyle->setObjectName(u"paragraphStyle"_s);
    m_paragraphStyle->setAccessibleName(tr("Paragraph style"));
    m_paragraphStyle->setToolTip(tr("Paragraph style"));
    m_paragraphStyle->addItem(tr("Normal text"));
    m_paragraphStyle->addItem(tr("Heading"));
    m_paragraphStyle->addItem(tr("Subheading"));
    // Tab reaches it; a click leaves the cursor in the letter.
    m_paragraphStyle->setFocusPolicy(Qt::TabFocus);
    tools->addSpacing(4);
    tools->addWidget(m_paragraphStyle);
    tools->addSpacing(12);

    auto *letterPlaceholder = new QPushButton(tr("&Insert placeholder"), letter);
    letterPlaceholder->setObjectName(u"letterPlaceholder"_s);
    letterPlaceholder->setAccessibleName(tr("Insert a placeholder into the letter"));
    letterPlaceholder->setToolTip(tr("Insert a placeholder where the cursor is in the letter"));
    letterPlaceholder->setMenu(
            createPlaceholderMenu(letterPlaceholder, &SettingsPage::insertIntoLetter));
    tools->addWidget(letterPlaceholder);
    tools->addStretch();

    m_letter = new QTextEdit(letter);
    m_letter->setObjectName(u"letter"_s);
    m_letter->setAccessibleName(tr("Login letter"));
    // Tab moves on to the next control, as everywhere else on the page.
    m_letter->setTabChangesFocus(true);
    QFont letterFont = m_letter->document()->defaultFont();
    letterFont.setPointSizeF(letterFontPoints); // as printed, and as its HTML records it
    m_letter->document()->setDefaultFont(letterFont);
    letterLayout->addWidget(m_letter, 1);
    const auto shortcut = [this](QKeySequence::StandardKey key, QToolButton *button) {
        auto *action = new QAction(m_letter);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_letter->addAction(action);
        connect(action, &QAction::triggered, button, &QToolButton::click);
    };
    shortcut(QKeySequence::Bold, m_bold);
    shortcut(QKeySequence::Italic, m_italic);

    auto *restoreLetter = new QPushButton(tr("Restore the &default letter"), letter);
    restoreLetter->setObjectName(u"restoreLetter"_s);
    restoreLetter->setToolTip(tr("Replace the letter with the one Rollbook comes with"));
    auto *letterButtons = new QHBoxLayout;
    letterButtons->addStretch();
    letterButtons->addWidget(restoreLetter);
    letterLayout->addLayout(letterButtons);
    tabLayout->addWidget(letter);

    connect(m_bold, &QToolButton::clicked, this, &SettingsPage::setBold);
    connect(m_italic, &QToolButton::clicked, this, &SettingsPage::setItalic);
    connect(m_paragraphStyle, &QComboBox::activated, this, &SettingsPage::setParagraphStyle);
    connect(m_letter, &QTextEdit::currentCharFormatChanged, this, &SettingsPage::showCurrentFormat);
    connect(m_letter, &QTextEdit::cursorPositionChanged, this, &SettingsPage::showCurrentFormat);
    connect(restoreLetter, &QPushButton::clicked, this, &SettingsPage::restoreDefaultLetter);
    return tab;
}

QWidget *SettingsPage::createEmailTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *tabLayout = new QVBoxLayout(tab);

    // Plain text.
    auto *email = new QGroupBox(tr("Login e-mail"), tab);
    auto *emailLayout = new QVBoxLayout(email);
    emailLayout->addWidget(helpText(tr("Written for each person who has an e-mail address, one "
                                       "message each, with the same placeholders as the letter. "
                                       "Those without an address get a letter."),
                                    email));
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    emailLayout->addLayout(form, 1);
    m_emailFrom = new QLineEdit(email);
    m_emailFrom->setObjectName(u"emailFrom"_s);
    m_emailFrom->setPlaceholderText(tr("office@yourschool.no"));
    m_emailFrom->setToolTip(tr("The address the e-mails come from, and where replies go"));
    m_emailFrom->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    form->addRow(tr("Fr&om:"), m_emailFrom);
    m_emailSubject = new QLineEdit(email);
    m_emailSubject->setObjectName(u"emailSubject"_s);
    m_emailSubject->setMaxLength(1000);
    form->addRow(tr("Su&bject:"), m_emailSubject);
    m_emailBody = new QPlainTextEdit(email);
    m_emailBody->setObjectName(u"emailBody"_s);
    m_emailBody->setTabChangesFocus(true);
    form->addRow(tr("Mess&age:"), m_emailBody);
    m_emailTarget = m_emailBody;

    auto *emailPlaceholder = new QPushButton(tr("I&nsert placeholder"), email);
    emailPlaceholder->setObjectName(u"emailPlaceholder"_s);
    emailPlaceholder->setAccessibleName(tr("Insert a placeholder into the e-mail"));
    emailPlaceholder->setToolTip(
            tr("Insert a placeholder where the cursor is in the subject or the message"));
    emailPlaceholder->setMenu(
            createPlaceholderMenu(emailPlaceholder, &SettingsPage::insertIntoEmail));
    auto *restoreEmail = new QPushButton(tr("Restore the defa&ult e-mail"), email);
    restoreEmail->setObjectName(u"restoreEmail"_s);
    restoreEmail->setToolTip(
            tr("Replace the subject and the message with the ones Rollbook comes with"));
    auto *emailButtons = new QHBoxLayout;
    emailButtons->addWidget(emailPlaceholder);
    emailButtons->addStretch();
    emailButtons->addWidget(restoreEmail);
    emailLayout->addLayout(emailButtons);
    tabLayout->addWidget(email);

    connect(restoreEmail, &QPushButton::clicked, this, &SettingsPage::restoreDefaultEmail);
    // The e-mail's placeholders go where the user was last: the subject or the message.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_emailSubject || now == m_emailBody)
            m_emailTarget = now;
    });
    return tab;
}

QMenu *SettingsPage::createPlaceholderMenu(QWidget *parent,
                                           void (SettingsPage::*insert)(const QString &))
{
    auto *menu = new QMenu(parent);
    for (const auto &[placeholder, description] : SettingsStore::placeholders()) {
        QString text = tr("%1 — %2").arg(placeholder, description);
        QAction *action = menu->addAction(text.replace(u'&', u"&&"_s));
        action->setData(placeholder);
        connect(action, &QAction::triggered, this,
                [this, insert, placeholder] { (this->*insert)(placeholder); });
    }
    return menu;
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

QString SettingsPage::letterAsEdited(const QString &html) const
{
    // The editor writes its font into the HTML: what it would write changes with that font.
    const QFont font = m_letter->document()->defaultFont();
    if (font != m_letterCacheFont) {
        m_letterCache.clear();
        m_letterCacheFont = font;
    }
    if (m_letterCache.contains(html))
        return m_letterCache.value(html);
    QTextDocument document;
    document.setDefaultFont(font);
    document.setHtml(html);
    const QString edited = document.toHtml();
    if (m_letterCache.size() > 8)
        m_letterCache.clear();
    m_letterCache.insert(html, edited);
    return edited;
}

QString SettingsPage::bodyAsEdited(const QString &text) const
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

QString SettingsPage::letterValue() const
{
    const QString html = m_letter->toHtml();
    // Unchanged (or the default put back): keep the template as it is, not as the editor
    // rewrites it, so that nothing is saved or audited for it.
    for (const QString &known : {m_stored.value(letterKey), defaultValue(letterKey)}) {
        if (html == letterAsEdited(known))
            return known;
    }
    return html;
}

QString SettingsPage::bodyValue() const
{
    const QString text = m_emailBody->toPlainText();
    for (const QString &known : {m_stored.value(emailBodyKey), defaultValue(emailBodyKey)}) {
        if (text == bodyAsEdited(known))
            return known;
    }
    return text;
}

QMap<QString, QString> SettingsPage::currentValues() const
{
    QMap<QString, QString> values = m_privacy->values();
    values.insert({
            {parentLoginKey, m_parentLogin->isChecked() ? u"true"_s : u"false"_s},
            {schoolNameKey, m_schoolName->text().trimmed()},
            {loginAddressKey, m_loginAddress->text().trimmed()},
            {passwordLengthKey, QString::number(m_passwordLength->value())},
            {passwordCharactersKey, m_passwordCharacters->currentData().toString()},
            {exportEncodingKey, m_exportEncoding->currentData().toString()},
            {exportDelimiterKey, m_exportDelimiter->currentData().toString()},
            {exportPasswordsKey, m_exportPasswords->isChecked() ? u"true"_s : u"false"_s},
            {letterKey, letterValue()},
            {emailFromKey, m_emailFrom->text().trimmed()},
            {emailSubjectKey, m_emailSubject->text().trimmed()},
            {emailBodyKey, bodyValue()},
    });
    return values;
}

void SettingsPage::showValues(const QMap<QString, QString> &values)
{
    {
        // One update at the end, not one per field with the others half shown.
        m_showing = true;
        m_parentLogin->setChecked(values.value(parentLoginKey) == u"true"_s);
        m_schoolName->setText(values.value(schoolNameKey));
        m_loginAddress->setText(values.value(loginAddressKey));
        m_passwordLength->setValue(values.value(passwordLengthKey).toInt());
        selectData(m_passwordCharacters, values.value(passwordCharactersKey));
        selectData(m_exportEncoding, values.value(exportEncodingKey));
        selectData(m_exportDelimiter, values.value(exportDelimiterKey));
        m_exportPasswords->setChecked(values.value(exportPasswordsKey) == u"true"_s);
        m_letter->setHtml(values.value(letterKey));
        m_emailFrom->setText(values.value(emailFromKey));
        m_emailSubject->setText(values.value(emailSubjectKey));
        m_emailBody->setPlainText(values.value(emailBodyKey));
        m_privacy->showValues(values);
        m_showing = false;
    }
    showPasswordExample();
    showCurrentFormat();
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

void SettingsPage::showPasswordExample()
{
    const bool symbols = m_passwordCharacters->currentData().toString() == withSymbols;
    m_passwordAlphabet->setText(groupedAlphabet(Passwords::alphabet(symbols)));
    m_passwordExample->setText(Passwords::generate(m_passwordLength->value(), symbols));
}

QTextCursor SettingsPage::formattingCursor() const
{
    // A selection that takes in part of a placeholder takes in all of it: a placeholder written
    // half bold would not be recognised in the letter.
    QTextCursor cursor = m_letter->textCursor();
    if (!cursor.hasSelection())
        return cursor;
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    const QTextDocument *document = m_letter->document();
    for (const auto &[placeholder, description] : SettingsStore::placeholders()) {
        Q_UNUSED(description)
        for (QTextCursor found = document->find(placeholder, 0, QTextDocument::FindCaseSensitively);
             !found.isNull() && found.selectionStart() < end;
             found = document->find(placeholder, found, QTextDocument::FindCaseSensitively)) {
            if (found.selectionEnd() > start) {
                start = std::min(start, found.selectionStart());
                end = std::max(end, found.selectionEnd());
            }
        }
    }
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor;
}

void SettingsPage::setBold(bool bold)
{
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    m_letter->setTextCursor(formattingCursor());
    m_letter->mergeCurrentCharFormat(format);
}

void SettingsPage::setItalic(bool italic)
{
    QTextCharFormat format;
    format.setFontItalic(italic);
    m_letter->setTextCursor(formattingCursor());
    m_letter->mergeCurrentCharFormat(format);
}

void SettingsPage::setParagraphStyle(int index)
{
    if (index < 0 || index >= int(std::size(paragraphStyles)))
        return;
    const ParagraphStyle &style = paragraphStyles[index];
    // Every paragraph the cursor or the selection touches, whole.
    QTextCursor cursor = m_letter->textCursor();
    const int end = cursor.selectionEnd();
    cursor.setPosition(cursor.selectionStart());
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);

    QTextBlockFormat blockFormat;
    blockFormat.setHeadingLevel(style.headingLevel);
    blockFormat.setTopMargin(style.topMargin);
    blockFormat.setBottomMargin(12);
    QTextCharFormat charFormat;
    charFormat.setFontWeight(style.headingLevel > 0 ? QFont::Bold : QFont::Normal);
    charFormat.setProperty(QTextFormat::FontSizeAdjustment, style.sizeAdjustment);

    cursor.beginEditBlock();
    cursor.mergeBlockFormat(blockFormat);
    cursor.mergeBlockCharFormat(charFormat); // what is typed into an empty paragraph
    cursor.mergeCharFormat(charFormat);
    cursor.endEditBlock();
    m_letter->mergeCurrentCharFormat(charFormat);
    showCurrentFormat();
}

void SettingsPage::showCurrentFormat()
{
    const QTextCharFormat format = m_letter->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    const int level = m_letter->textCursor().blockFormat().headingLevel();
    m_paragraphStyle->setCurrentIndex(std::min(level, 2));
}

void SettingsPage::insertIntoLetter(const QString &placeholder)
{
    m_letter->insertPlainText(placeholder);
    m_letter->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::insertIntoEmail(const QString &placeholder)
{
    if (m_emailTarget == m_emailSubject) {
        m_emailSubject->insert(placeholder);
        m_emailSubject->setFocus(Qt::OtherFocusReason);
    } else {
        m_emailBody->insertPlainText(placeholder);
        m_emailBody->setFocus(Qt::OtherFocusReason);
    }
}

void SettingsPage::restoreDefaultLetter()
{
    m_letter->setHtml(defaultValue(letterKey));
    m_letter->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::restoreDefaultEmail()
{
    m_emailSubject->setText(defaultValue(emailSubjectKey));
    m_emailBody->setPlainText(defaultValue(emailBodyKey));
    m_emailBody->setFocus(Qt::OtherFocusReason);
}

bool SettingsPage::save()
{
    if (!m_database)
        return false;
    const QMap<QString, QString> values = currentValues();
    // Say which field is wrong, next to the buttons, and keep what the user typed.
    struct Field
    {
        QString key;
        QWidget *widget;
        QString name;    // as the page labels it, in place of the key in the store's message
        QString message; // a message of its own, or empty for the store's
    };
    const QList<Field> fields = {
            {schoolNameKey, m_schoolName, tr("School name"), QString()},
            {loginAddressKey, m_loginAddress, tr("Login address"),
             tr("The login address must be a web address such as "
                "https://yourschool.itslearning.com.")},
            {passwordLengthKey, m_passwordLength, tr("Length"), QString()},
            {passwordCharactersKey, m_passwordCharacters, tr("Characters"), QString()},
            {exportEncodingKey, m_exportEncoding, tr("Encoding"), QString()},
            {exportDelimiterKey, m_exportDelimiter, tr("Delimiter"), QString()},
            {letterKey, m_letter, tr("Login letter"), QString()},
            {emailFromKey, m_emailFrom, tr("From"),
             tr("The e-mail's From must be one e-mail address, such as office@yourschool.no.")},
            {emailSubjectKey, m_emailSubject, tr("Subject"), QString()},
            {emailBodyKey, m_emailBody, tr("Message"), QString()},
    };
    for (const Field &field : fields) {
        if (auto checked = SettingsStore::normalise(field.key, values.value(field.key)); !checked) {
            QString message = field.message;
            if (message.isEmpty()) {
                message = checked.error().message;
                message.replace(u"“%1”"_s.arg(field.key), u"“%1”"_s.arg(field.name));
            }
            showError(message, field.widget);
            return false;
        }
    }
    // A placeholder formatted half one way and half another is no longer one piece of the HTML,
    // and would be printed as it is written.
    const QString letterText = m_letter->toPlainText();
    const QString letterHtml = values.value(letterKey);
    for (const auto &[placeholder, description] : SettingsStore::placeholders()) {
        Q_UNUSED(description)
        if (letterHtml != m_stored.value(letterKey) &&
            letterText.count(placeholder) > letterHtml.count(placeholder)) {
            showError(tr("The placeholder %1 in the login letter is formatted partly one way and "
                         "partly another, so it would not be replaced. Select all of it and "
                         "format it alike, or write it again.")
                              .arg(placeholder),
                      m_letter);
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

#include "lettereditor.h"

#include "distribution/letters.h"
#include "placeholdermenu.h"
#include "settings/settingsstore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
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

const QString letterKey = QString::fromLatin1(SettingsStore::LetterTemplate);

QString defaultLetter()
{
    return SettingsStore::definition(letterKey)->defaultValue;
}

// Qt's own HTML import makes <h1> and <h2> like this; a heading made here looks the same.
struct ParagraphStyle
{
    int headingLevel;
    int sizeAdjustment;
    qreal topMargin;
};
constexpr ParagraphStyle paragraphStyles[] = {{0, 0, 12}, {1, 3, 18}, {2, 2, 16}};

// A checkable tool button named `name`, its tool tip giving the shortcut `key` too.
QToolButton *formatButton(const QString &text, const QString &name, QKeySequence::StandardKey key,
                          QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(name);
    button->setToolTip(
            u"%1 (%2)"_s.arg(name, QKeySequence(key).toString(QKeySequence::NativeText)));
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setMinimumWidth(button->sizeHint().height());
    return button;
}

} // namespace

LetterEditor::LetterEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    layout->addLayout(tools);

    m_bold = formatButton(tr("B"), tr("Bold"), QKeySequence::Bold, this);
    m_bold->setObjectName(u"bold"_s);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    tools->addWidget(m_bold);
    m_italic = formatButton(tr("I"), tr("Italic"), QKeySequence::Italic, this);
    m_italic->setObjectName(u"italic"_s);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    tools->addWidget(m_italic);

    m_paragraphStyle = new QComboBox(this);
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

    auto *placeholder = new QPushButton(tr("&Insert placeholder"), this);
    placeholder->setObjectName(u"letterPlaceholder"_s);
    placeholder->setAccessibleName(tr("Insert a placeholder into the letter"));
    placeholder->setToolTip(tr("Insert a placeholder where the cursor is in the letter"));
    auto *menu = new PlaceholderMenu(placeholder);
    placeholder->setMenu(menu);
    tools->addWidget(placeholder);
    tools->addStretch();

    m_letter = new QTextEdit(this);
    m_letter->setObjectName(u"letter"_s);
    m_letter->setAccessibleName(tr("Login letter"));
    // Tab moves on to the next control, as everywhere else on the page.
    m_letter->setTabChangesFocus(true);
    QFont letterFont = m_letter->document()->defaultFont();
    letterFont.setPointSizeF(letterFontPoints); // as printed, and as its HTML records it
    m_letter->document()->setDefaultFont(letterFont);
    layout->addWidget(m_letter, 1);
    const auto shortcut = [this](QKeySequence::StandardKey key, QToolButton *button) {
        auto *action = new QAction(m_letter);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_letter->addAction(action);
        connect(action, &QAction::triggered, button, &QToolButton::click);
    };
    shortcut(QKeySequence::Bold, m_bold);
    shortcut(QKeySequence::Italic, m_italic);

    auto *restore = new QPushButton(tr("Restore the &default letter"), this);
    restore->setObjectName(u"restoreLetter"_s);
    restore->setToolTip(tr("Replace the letter with the one Rollbook comes with"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(restore);
    layout->addLayout(buttons);

    connect(m_bold, &QToolButton::clicked, this, &LetterEditor::setBold);
    connect(m_italic, &QToolButton::clicked, this, &LetterEditor::setItalic);
    connect(m_paragraphStyle, &QComboBox::activated, this, &LetterEditor::setParagraphStyle);
    connect(menu, &PlaceholderMenu::chosen, this, &LetterEditor::insertPlaceholder);
    connect(m_letter, &QTextEdit::currentCharFormatChanged, this, &LetterEditor::showCurrentFormat);
    connect(m_letter, &QTextEdit::cursorPositionChanged, this, &LetterEditor::showCurrentFormat);
    connect(m_letter, &QTextEdit::textChanged, this, &LetterEditor::changed);
    connect(restore, &QPushButton::clicked, this, &LetterEditor::restoreDefault);
}

QString LetterEditor::value() const
{
    const QString html = m_letter->toHtml();
    // Unchanged (or the default put back): keep the template as it is, not as the editor
    // rewrites it.
    for (const QString &known : {m_shown, defaultLetter()}) {
        if (html == asEdited(known))
            return known;
    }
    return html;
}

void LetterEditor::setValue(const QString &html)
{
    m_shown = html;
    m_letter->setHtml(html);
    showCurrentFormat();
}

QString LetterEditor::problem() const
{
    const QString html = value();
    if (html == m_shown)
        return {};
    const QString text = m_letter->toPlainText();
    for (const auto &[placeholder, description] : SettingsStore::placeholders()) {
        Q_UNUSED(description)
        if (text.count(placeholder) > html.count(placeholder)) {
            return tr("The placeholder %1 in the login letter is formatted partly one way and "
                      "partly another, so it would not be replaced. Select all of it and format "
                      "it alike, or write it again.")
                    .arg(placeholder);
        }
    }
    return {};
}

QTextEdit *LetterEditor::textEdit() const
{
    return m_letter;
}

void LetterEditor::insertPlaceholder(const QString &placeholder)
{
    m_letter->insertPlainText(placeholder);
    m_letter->setFocus(Qt::OtherFocusReason);
}

void LetterEditor::restoreDefault()
{
    m_letter->setHtml(defaultLetter());
    m_letter->setFocus(Qt::OtherFocusReason);
}

QTextCursor LetterEditor::formattingCursor() const
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

void LetterEditor::setBold(bool bold)
{
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    m_letter->setTextCursor(formattingCursor());
    m_letter->mergeCurrentCharFormat(format);
}

void LetterEditor::setItalic(bool italic)
{
    QTextCharFormat format;
    format.setFontItalic(italic);
    m_letter->setTextCursor(formattingCursor());
    m_letter->mergeCurrentCharFormat(format);
}

void LetterEditor::setParagraphStyle(int index)
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

void LetterEditor::showCurrentFormat()
{
    const QTextCharFormat format = m_letter->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    const int level = m_letter->textCursor().blockFormat().headingLevel();
    m_paragraphStyle->setCurrentIndex(std::min(level, 2));
}

QString LetterEditor::asEdited(const QString &html) const
{
    // The editor writes its font into the HTML: what it would write changes with that font.
    const QFont font = m_letter->document()->defaultFont();
    if (font != m_cacheFont) {
        m_cache.clear();
        m_cacheFont = font;
    }
    if (m_cache.contains(html))
        return m_cache.value(html);
    QTextDocument document;
    document.setDefaultFont(font);
    document.setHtml(html);
    const QString edited = document.toHtml();
    if (m_cache.size() > 8)
        m_cache.clear();
    m_cache.insert(html, edited);
    return edited;
}

} // namespace Rollbook

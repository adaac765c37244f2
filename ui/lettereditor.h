#pragma once

#include <QFont>
#include <QMap>
#include <QString>
#include <QWidget>

class QComboBox;
class QTextCursor;
class QTextEdit;
class QToolButton;

namespace Rollbook {

// The login letter's editor on Edit global settings > Letter: rich text with a few formatting
// tools (bold, italic, a paragraph style), a menu of placeholders to insert at the cursor, and a
// way back to the letter Rollbook comes with. Its value is the letter's HTML as SettingsStore
// keeps it; the page saves and reverts it with the other settings.
class LetterEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LetterEditor(QWidget *parent = nullptr);

    // The letter as it is to be stored: the template shown by setValue() (or the default) while
    // the editor holds it unchanged, so that nothing is saved or audited for it; else the
    // editor's HTML.
    QString value() const;
    // Shows the stored template `html`.
    void setValue(const QString &html);

    // Why the letter cannot be stored as it is, for the user: a placeholder formatted partly one
    // way and partly another is no longer one piece of the HTML, and would be printed as it is
    // written. Empty when it can be stored.
    QString problem() const;

    // The letter's text, to give the focus to.
    QTextEdit *textEdit() const;

public slots:
    // Writes `placeholder` (such as {username}) where the cursor is, and puts the focus back in
    // the letter.
    void insertPlaceholder(const QString &placeholder);
    // Replaces the letter with the one Rollbook comes with.
    void restoreDefault();

signals:
    void changed();

private:
    // The cursor a formatting tool applies to: the selection, widened to whole placeholders.
    QTextCursor formattingCursor() const;
    void setBold(bool bold);
    void setItalic(bool italic);
    void setParagraphStyle(int index);
    void showCurrentFormat();

    // What the editor would hold for `html` (QTextEdit rewrites whatever it is given): what it
    // holds is compared with this, so that a stored template shows as unchanged.
    QString asEdited(const QString &html) const;

    QString m_shown; // the template setValue() showed
    mutable QFont m_cacheFont;
    mutable QMap<QString, QString> m_cache;

    QToolButton *m_bold;
    QToolButton *m_italic;
    QComboBox *m_paragraphStyle;
    QTextEdit *m_letter;
};

} // namespace Rollbook

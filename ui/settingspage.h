#pragma once

#include "page.h"

#include <QFont>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextCursor;
class QTextEdit;
class QToolButton;

namespace Rollbook {

class PresetsTab;
class PrivacyTab;

// Edit global settings (DESIGN §1.1) in seven tabs:
// - General: Available functions > Enable parent login, the school's details printed on
//   letters, and the user's own language (QSettings, not the database: next start);
// - Passwords: the policy of generated initial passwords, with the characters used and an
//   example;
// - Export: encoding, delimiter and whether exported files hold the passwords;
// - Letter: the login letter (rich text), and E-mail: the login e-mail's sender, subject and
//   message (plain text); each with a menu of placeholders and a way back to the default;
// - Privacy: how many backups are kept and for how long, and whether initial passwords are
//   forgotten on their own after they were distributed (PrivacyTab);
// - Presets: the import wizard's saved mappings, to export, import and delete (PresetsTab),
//   done at once rather than with Save.
// Save and Revert are enabled only while something differs from what is stored.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    QString title() const override;
    void setDatabase(Database *database) override;
    bool maybeLeave() override;

    bool isModified() const;

public slots:
    // Validates and stores every setting; false (with the reason shown) when nothing was saved.
    bool save();
    // Puts back what is stored.
    void revert();

signals:
    void saved();

private:
    QWidget *createGeneralTab();
    QWidget *createPasswordsTab();
    QWidget *createExportTab();
    QWidget *createLetterTab();
    QWidget *createEmailTab();
    QMenu *createPlaceholderMenu(QWidget *parent, void (SettingsPage::*insert)(const QString &));

    QMap<QString, QString> currentValues() const;
    void showValues(const QMap<QString, QString> &values);
    void updateState();
    void showError(const QString &message, QWidget *field);

    // Passwords tab.
    void showPasswordExample();

    // The letter's formatting tools.
    QTextCursor formattingCursor() const;
    void setBold(bool bold);
    void setItalic(bool italic);
    void setParagraphStyle(int index);
    void showCurrentFormat();

    void insertIntoLetter(const QString &placeholder);
    void insertIntoEmail(const QString &placeholder);
    void restoreDefaultLetter();
    void restoreDefaultEmail();

    // What the letter editor would hold for `html` (QTextEdit rewrites whatever it is given), and
    // what the e-mail text editor would hold for `text`: what the editors hold is compared with
    // these, so that a stored template shows as unchanged.
    QString letterAsEdited(const QString &html) const;
    QString bodyAsEdited(const QString &text) const;
    // The stored (or default) template when the editor holds it unchanged, else the editor's.
    QString letterValue() const;
    QString bodyValue() const;

    Database *m_database = nullptr;
    QMap<QString, QString> m_stored;
    bool m_modified = false;
    bool m_showing = false; // showValues() is filling the fields
    mutable QFont m_letterCacheFont;
    mutable QMap<QString, QString> m_letterCache;
    mutable QMap<QString, QString> m_bodyCache;

    QTabWidget *m_tabs = nullptr;
    PresetsTab *m_presets = nullptr;
    PrivacyTab *m_privacy = nullptr;

    QCheckBox *m_parentLogin = nullptr;
    QLineEdit *m_schoolName = nullptr;
    QLineEdit *m_loginAddress = nullptr;
    // The user's language (QSettings, not the database): saved when chosen, used at the next
    // start.
    QComboBox *m_language = nullptr;

    QSpinBox *m_passwordLength = nullptr;
    QComboBox *m_passwordCharacters = nullptr;
    QLabel *m_passwordAlphabet = nullptr;
    QLabel *m_passwordExample = nullptr;

    QComboBox *m_exportEncoding = nullptr;
    QComboBox *m_exportDelimiter = nullptr;
    QCheckBox *m_exportPasswords = nullptr;

    QTextEdit *m_letter = nullptr;
    QToolButton *m_bold = nullptr;
    QToolButton *m_italic = nullptr;
    QComboBox *m_paragraphStyle = nullptr;

    QLineEdit *m_emailFrom = nullptr;
    QLineEdit *m_emailSubject = nullptr;
    QPlainTextEdit *m_emailBody = nullptr;
    // Where the e-mail's Insert placeholder puts it: the subject or the text, whichever had the
    // focus last.
    QWidget *m_emailTarget = nullptr;

    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Rollbook

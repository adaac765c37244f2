#pragma once

#include "page.h"

#include <QList>
#include <QMap>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Rollbook {

class LetterTab;
class PresetsTab;
class SettingsTab;

// Edit global settings (DESIGN §1.1) in seven tabs, each a class of its own, the first six
// SettingsTabs whose values the page saves and reverts together:
// - General: Available functions > Enable parent login, the school's details printed on
//   letters, and the user's own language (GeneralTab);
// - Passwords: the policy of generated initial passwords (PasswordsTab);
// - Export: encoding, delimiter and whether exported files hold the passwords (ExportTab);
// - Letter: the login letter, in rich text (LetterTab, around a LetterEditor);
// - E-mail: the login e-mail's sender, subject and message (EmailTab);
// - Privacy: how many backups are kept and for how long, and whether initial passwords are
//   forgotten on their own after they were distributed (PrivacyTab);
// - Presets: the import wizard's saved mappings, to export, import and delete (PresetsTab),
//   done at once rather than with Save.
// The page holds the values: it shows the stored ones on the tabs, checks and saves what they
// show together, or puts back what is stored. Save and Revert are enabled only while something
// differs from what is stored.
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
    QMap<QString, QString> currentValues() const;
    void showValues(const QMap<QString, QString> &values);
    void updateState();
    // The field that shows the setting `key`, on whichever tab it is.
    QWidget *field(const QString &key) const;
    // Shows `message` under the tabs and, if there is a `field`, its tab and the focus in it.
    void showError(const QString &message, QWidget *field);

    Database *m_database = nullptr;
    QMap<QString, QString> m_stored;
    bool m_modified = false;
    bool m_showing = false; // showValues() is filling the fields

    QTabWidget *m_tabs = nullptr;
    QList<SettingsTab *> m_settingsTabs; // in the order of the tabs
    LetterTab *m_letter = nullptr;       // also among m_settingsTabs: the letter's own check
    PresetsTab *m_presets = nullptr;

    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Rollbook

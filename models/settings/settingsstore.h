#pragma once

#include "core/result.h"
#include "csv/csvwriter.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Rollbook {

// What kind of value a setting holds; it decides what is accepted and how it is written.
enum class SettingType {
    YesNo,         // stored and shown as true / false
    Text,          // one line of text
    WebAddress,    // an http or https address, or empty
    Number,        // a whole number from `minimum` to `maximum`
    Choice,        // one of `choices`
    EmailAddress,  // an e-mail address, or empty
    MultilineText, // plain text of several lines (an e-mail body)
    RichText,      // HTML of several lines (the login letter)
};

struct SettingDefinition
{
    QString key;
    SettingType type = SettingType::Text;
    QString defaultValue;
    QString description;
    int minimum = 0;     // Number only
    int maximum = 0;     // Number only
    QStringList choices; // Choice only
};

// How initial passwords are made (DESIGN §1.1 password policy).
struct PasswordPolicy
{
    int length = 12;
    bool symbols = false; // add a few symbols to letters and digits
};

// How long Rollbook keeps copies of personal data (Edit global settings > Privacy).
struct RetentionPolicy
{
    int backupsKept = 5;     // the newest backups kept beside a database file; 0: none are made
    int backupDays = 30;     // a backup older than this many days is deleted; 0: whatever its age
    int forgetAfterDays = 0; // initial passwords are forgotten this many days after they were
                             // distributed; 0: only by hand
};

// Every global setting of DESIGN §1.1, kept in the `setting` table. Values are validated and
// written in their canonical form; a key nobody stored reads as its default.
class SettingsStore
{
public:
    explicit SettingsStore(const QSqlDatabase &db);

    static const QList<SettingDefinition> &definitions();
    static const SettingDefinition *definition(const QString &key);

    // The canonical form of `value` for `key` ("yes" -> "true"), or why it is not acceptable.
    static Result<QString> normalise(const QString &key, const QString &value);

    Result<QString> value(const QString &key) const;
    Result<QMap<QString, QString>> all() const;

    // Validates every value first, then writes them and one audit row per change in one
    // transaction: all are saved or none.
    Status set(const QMap<QString, QString> &values, const QString &actor);
    Status set(const QString &key, const QString &value, const QString &actor);

    bool parentLoginEnabled() const;
    // The stored policy; a value that cannot be read gives the default.
    PasswordPolicy passwordPolicy() const;
    // Encoding, delimiter and byte order mark of exported files.
    CsvWriteOptions exportOptions() const;
    bool exportPasswords() const;
    RetentionPolicy retentionPolicy() const;
    // A value that cannot be read gives the key's default.
    QString text(const char *key) const;

    static constexpr auto ParentLoginEnabled = "parent_login_enabled";
    static constexpr auto SchoolName = "school_name";
    static constexpr auto LoginAddress = "login_address";
    static constexpr auto PasswordLength = "password_length";
    static constexpr auto PasswordCharacters = "password_characters";
    static constexpr auto ExportEncoding = "export_encoding";
    static constexpr auto ExportDelimiter = "export_delimiter";
    static constexpr auto ExportPasswords = "export_passwords";
    static constexpr auto LetterTemplate = "letter_template";
    static constexpr auto EmailFrom = "email_from";
    static constexpr auto EmailSubject = "email_subject";
    static constexpr auto EmailBody = "email_body";
    static constexpr auto BackupsKept = "backups_kept";
    static constexpr auto BackupDays = "backup_days";
    static constexpr auto ForgetPasswordsAfterDays = "forget_passwords_after_days";
    // Which identifier of a standard roster becomes the synchronisation key: the roster page's
    // choice, remembered.
    static constexpr auto RosterKey = "roster_key";
    // Whether this database is a sample school (rollbook-cli sample, Open a Sample School), so
    // that the window can say so.
    static constexpr auto SampleSchool = "sample_school";

    // The placeholders letters and e-mails may hold, such as {username}, with what each stands
    // for.
    static const QList<QPair<QString, QString>> &placeholders();

private:
    QSqlDatabase m_db;
};

} // namespace Rollbook

#include "settingsstore.h"

#include "db/audit.h"
#include "people/password.h"
#include "people/personvalidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class SettingsStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::SettingsStore)
};

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// Export encodings as stored, in the order the settings page offers them.
const QStringList encodingChoices = {u"utf-8-bom"_s, u"utf-8"_s, u"windows-1252"_s, u"utf-16le"_s};
const QStringList delimiterChoices = {u"comma"_s, u"semicolon"_s, u"tab"_s, u"pipe"_s};
const QStringList characterChoices = {u"letters-digits"_s, u"letters-digits-symbols"_s};
const QStringList rosterKeyChoices = {u"sourcedid"_s, u"identifier"_s};

constexpr qsizetype maximumTextLength = 1000;
constexpr qsizetype maximumTemplateLength = 100000;

bool breaksLines(QChar c)
{
    // U+2028 and U+2029 break lines too, though they are not control characters.
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

} // namespace

SettingsStore::SettingsStore(const QSqlDatabase &db)
    : m_db(db)
{}

const QList<SettingDefinition> &SettingsStore::definitions()
{
    // Parent login starts off, as it does on the platform.
    // The descriptions are marked for translation here and translated where they are shown.
    const auto plain = [](const char *key, SettingType type, const QString &defaultValue,
                          const char *description) {
        SettingDefinition d;
        d.key = QString::fromLatin1(key);
        d.type = type;
        d.defaultValue = defaultValue;
        d.description = QString::fromUtf8(description);
        return d;
    };
    const auto number = [&plain](const char *key, int defaultValue, int minimum, int maximum,
                                 const char *description) {
        SettingDefinition d =
                plain(key, SettingType::Number, QString::number(defaultValue), description);
        d.minimum = minimum;
        d.maximum = maximum;
        return d;
    };
    const auto choice = [&plain](const char *key, const QStringList &choices,
                                 const char *description) {
        SettingDefinition d = plain(key, SettingType::Choice, choices.first(), description);
        d.choices = choices;
        return d;
    };
    static const QList<SettingDefinition> list = {
            plain(ParentLoginEnabled, SettingType::YesNo, u"false"_s,
                  QT_TRANSLATE_NOOP(
                          "Rollbook::SettingsStore",
                          "Enable parent login: parents may be imported and sent login letters")),
            plain(SchoolName, SettingType::Text, QString(),
                  QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                    "The school's name, printed on login letters")),
            plain(LoginAddress, SettingType::WebAddress, QString(),
                  QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                    "The address where users sign in, printed on login letters")),
            number(PasswordLength, Passwords::defaultLength, Passwords::minimumLength,
                   Passwords::maximumLength,
                   QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                     "How many characters a generated password has (10 to 64)")),
            choice(PasswordCharacters, characterChoices,
                   QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                     "What generated passwords are made of: letters-digits or "
                                     "letters-digits-symbols")),
            choice(ExportEncoding, encodingChoices,
                   QT_TRANSLATE_NOOP(
                           "Rollbook::SettingsStore",
                           "The encoding of exported files: utf-8-bom, utf-8, windows-1252 or "
                           "utf-16le")),
            choice(ExportDelimiter, delimiterChoices,
                   QT_TRANSLATE_NOOP(
                           "Rollbook::SettingsStore",
                           "The delimiter of exported files: comma, semicolon, tab or pipe")),
            plain(ExportPasswords, SettingType::YesNo, u"true"_s,
                  QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                    "Whether exported files hold the initial passwords")),
            plain(LetterTemplate, SettingType::RichText, resourceText(u":/templates/letter.html"_s),
                  QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                    "The login letter: HTML with placeholders such as {username}")),
            plain(EmailFrom, SettingType::EmailAddress, QString(),
                  QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                    "The sender of login e-mails, such as office@yourschool.no")),
            plain(EmailSubject, SettingType::Text, u"Your login for {school}"_s,
                  QT_TRANSLATE_NOOP(
                          "Rollbook::SettingsStore",
                          "The subject of login e-mails, with placeholders such as {school}")),
            plain(EmailBody, SettingType::MultilineText,
                  resourceText(u":/templates/email-body.txt"_s),
                  QT_TRANSLATE_NOOP(
                          "Rollbook::SettingsStore",
                          "The text of login e-mails, with placeholders such as {password}")),
            number(BackupsKept, RetentionPolicy().backupsKept, 0, 100,
                   QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                     "How many backups of a database file to keep beside it, "
                                     "the newest first; 0 makes none (0 to 100)")),
            number(BackupDays, RetentionPolicy().backupDays, 0, 3650,
                   QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                     "After how many days a backup is deleted; 0 keeps it "
                                     "whatever its age (0 to 3650)")),
            number(ForgetPasswordsAfterDays, RetentionPolicy().forgetAfterDays, 0, 365,
                   QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                     "Forget initial passwords automatically this many days "
                                     "after they were distributed; 0 never does (0 to 365)")),
            choice(RosterKey, rosterKeyChoices,
                   QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                     "Which identifier of a standard roster becomes the "
                                     "synchronisation key: sourcedId or identifier")),
            plain(SampleSchool, SettingType::YesNo, u"false"_s,
                  QT_TRANSLATE_NOOP("Rollbook::SettingsStore",
                                    "This database is a sample school made by Rollbook to try "
                                    "things on.")),
    };
    return list;
}

const SettingDefinition *SettingsStore::definition(const QString &key)
{
    for (const auto &definition : definitions()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

Result<QString> SettingsStore::normalise(const QString &key, const QString &value)
{
    const SettingDefinition *def = definition(key);
    if (!def)
        return Error::usage(SettingsStoreText::tr("There is no setting called “%1”.").arg(key));
    const QString trimmed = value.trimmed();
    switch (def->type) {
    case SettingType::YesNo: {
        const QString lower = trimmed.toLower();
        if (lower == u"true"_s || lower == u"yes"_s || lower == u"on"_s || lower == u"1"_s)
            return u"true"_s;
        if (lower == u"false"_s || lower == u"no"_s || lower == u"off"_s || lower == u"0"_s)
            return u"false"_s;
        return Error::usage(SettingsStoreText::tr(
                                    "The setting “%1” is yes or no: write true or false, not “%2”.")
                                    .arg(key, value));
    }
    case SettingType::Text:
        if (std::any_of(trimmed.cbegin(), trimmed.cend(), breaksLines))
            return Error::usage(
                    SettingsStoreText::tr("The setting “%1” must be one line of text without "
                                          "control characters.")
                            .arg(key));
        if (trimmed.size() > maximumTextLength)
            return Error::usage(
                    SettingsStoreText::tr("The setting “%1” is longer than 1,000 characters.")
                            .arg(key));
        return trimmed;
    case SettingType::MultilineText:
    case SettingType::RichText: {
        // Line breaks and tabs are the text's own; other control characters are not.
        QString text = value;
        text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        for (const QChar c : std::as_const(text)) {
            if (c != u'\n' && c != u'\t' && c.category() == QChar::Other_Control)
                return Error::usage(
                        SettingsStoreText::tr(
                                "The setting “%1” holds a control character that is not text.")
                                .arg(key));
        }
        if (text.size() > maximumTemplateLength)
            return Error::usage(
                    SettingsStoreText::tr("The setting “%1” is longer than 100,000 characters.")
                            .arg(key));
        if (text.trimmed().isEmpty()) // an empty template would send empty letters
            return def->defaultValue;
        return text;
    }
    case SettingType::Number: {
        bool isNumber = false;
        const int number = trimmed.toInt(&isNumber);
        if (!isNumber || number < def->minimum || number > def->maximum)
            return Error::usage(
                    SettingsStoreText::tr(
                            "The setting “%1” is a whole number from %2 to %3, not “%4”.")
                            .arg(key)
                            .arg(def->minimum)
                            .arg(def->maximum)
                            .arg(value));
        return QString::number(number);
    }
    case SettingType::Choice: {
        const QString lower = trimmed.toLower();
        if (!def->choices.contains(lower))
            return Error::usage(SettingsStoreText::tr("The setting “%1” is one of %2, not “%3”.")
                                        .arg(key, def->choices.join(u", "_s), value));
        return lower;
    }
    case SettingType::EmailAddress:
        if (!trimmed.isEmpty() && (!PersonRules::looksLikeEmail(trimmed) ||
                                   std::any_of(trimmed.cbegin(), trimmed.cend(), breaksLines)))
            return Error::usage(
                    SettingsStoreText::tr("The setting “%1” must be an e-mail address such as "
                                          "office@yourschool.no, not “%2”.")
                            .arg(key, value));
        return trimmed;
    case SettingType::WebAddress: {
        if (trimmed.isEmpty())
            return QString();
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
            return Error::usage(
                    SettingsStoreText::tr("The setting “%1” must be a web address such as "
                                          "https://yourschool.itslearning.com, not “%2”.")
                            .arg(key, value));
        return url.toString();
    }
    }
    return Error::usage(SettingsStoreText::tr("There is no setting called “%1”.").arg(key));
}

Result<QString> SettingsStore::value(const QString &key) const
{
    const SettingDefinition *def = definition(key);
    if (!def)
        return Error::usage(SettingsStoreText::tr("There is no setting called “%1”.").arg(key));
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM setting WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return Error::file(query.lastError().text());
    return query.next() ? query.value(0).toString() : def->defaultValue;
}

Result<QMap<QString, QString>> SettingsStore::all() const
{
    QMap<QString, QString> values;
    for (const auto &def : definitions())
        values.insert(def.key, def.defaultValue);
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT key, value FROM setting"_s))
        return Error::file(query.lastError().text());
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (values.contains(key)) // keys of a newer minor version stay untouched but unshown
            values.insert(key, query.value(1).toString());
    }
    return values;
}

Status SettingsStore::set(const QString &key, const QString &value, const QString &actor)
{
    return set(QMap<QString, QString>{{key, value}}, actor);
}

Status SettingsStore::set(const QMap<QString, QString> &values, const QString &actor)
{
    QMap<QString, QString> normalised;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto canonical = normalise(it.key(), it.value());
        if (!canonical)
            return canonical.error();
        normalised.insert(it.key(), canonical.value());
    }
    const auto before = all();
    if (!before)
        return before.error();

    if (!m_db.transaction())
        return Error::file(m_db.lastError().text());
    auto fail = [this](const QString &why) {
        m_db.rollback();
        return Error::file(why);
    };
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO setting (key, value) VALUES (?, ?) "
                   u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    for (auto it = normalised.cbegin(); it != normalised.cend(); ++it) {
        const QString old = before.value().value(it.key());
        if (old == it.value())
            continue;
        upsert.addBindValue(it.key());
        upsert.addBindValue(it.value());
        if (!upsert.exec())
            return Status(fail(upsert.lastError().text()));
        const QJsonObject detail{{u"old"_s, old}, {u"new"_s, it.value()}};
        if (auto recorded = Audit::record(m_db, actor, u"setting"_s, it.key(), detail); !recorded)
            return Status(fail(recorded.error().message));
    }
    if (!m_db.commit())
        return Status(fail(m_db.lastError().text()));
    return success();
}

bool SettingsStore::parentLoginEnabled() const
{
    return text(ParentLoginEnabled) == u"true"_s;
}

QString SettingsStore::text(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    if (const auto v = value(name))
        return v.value();
    const SettingDefinition *def = definition(name);
    return def ? def->defaultValue : QString();
}

PasswordPolicy SettingsStore::passwordPolicy() const
{
    PasswordPolicy policy;
    // Stored values went through normalise(); a database edited by hand is clamped.
    policy.length = std::clamp(text(PasswordLength).toInt(), int(Passwords::minimumLength),
                               int(Passwords::maximumLength));
    policy.symbols = text(PasswordCharacters) == u"letters-digits-symbols"_s;
    return policy;
}

CsvWriteOptions SettingsStore::exportOptions() const
{
    CsvWriteOptions options;
    const QString encoding = text(ExportEncoding);
    options.byteOrderMark = encoding == u"utf-8-bom"_s || encoding == u"utf-16le"_s;
    if (encoding == u"windows-1252"_s)
        options.encoding = CsvEncoding::Windows1252;
    else if (encoding == u"utf-16le"_s)
        options.encoding = CsvEncoding::Utf16LE;
    else
        options.encoding = CsvEncoding::Utf8;
    options.delimiter = csvDelimiterFromName(text(ExportDelimiter)).value_or(',');
    options.neutraliseFormulas = true;
    return options;
}

bool SettingsStore::exportPasswords() const
{
    return text(ExportPasswords) == u"true"_s;
}

RetentionPolicy SettingsStore::retentionPolicy() const
{
    // Stored values went through normalise(); a database edited by hand is clamped.
    const auto number = [this](const char *key) {
        const SettingDefinition *def = definition(QString::fromLatin1(key));
        return std::clamp(text(key).toInt(), def->minimum, def->maximum);
    };
    return {number(BackupsKept), number(BackupDays), number(ForgetPasswordsAfterDays)};
}

const QList<QPair<QString, QString>> &SettingsStore::placeholders()
{
    static const QList<QPair<QString, QString>> list = {
            {u"{school}"_s, SettingsStoreText::tr("the school's name")},
            {u"{name}"_s, SettingsStoreText::tr("the person's first and last name")},
            {u"{first_name}"_s, SettingsStoreText::tr("the person's first name")},
            {u"{last_name}"_s, SettingsStoreText::tr("the person's last name")},
            {u"{username}"_s, SettingsStoreText::tr("the user name")},
            {u"{password}"_s, SettingsStoreText::tr("the initial password")},
            {u"{email}"_s, SettingsStoreText::tr("the person's e-mail address")},
            {u"{login_address}"_s, SettingsStoreText::tr("where to sign in")},
            {u"{children}"_s,
             SettingsStoreText::tr("for a parent, a sentence that names their children; "
                                   "nothing for a learner")},
            {u"{children_names}"_s, SettingsStoreText::tr("for a parent, the children's names")},
    };
    return list;
}

} // namespace Rollbook

#include "settingsstore.h"

#include "db/audit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rollbook::SettingsStore", text);
}

} // namespace

SettingsStore::SettingsStore(const QSqlDatabase &db)
    : m_db(db)
{}

const QList<SettingDefinition> &SettingsStore::definitions()
{
    // Parent login starts off, as it does on the platform.
    static const QList<SettingDefinition> list = {
            {QString::fromLatin1(ParentLoginEnabled), SettingType::YesNo, u"false"_s,
             u"Enable parent login: parents may be imported and sent login letters"_s},
            {QString::fromLatin1(SchoolName), SettingType::Text, QString(),
             u"The school's name, printed on login letters"_s},
            {QString::fromLatin1(LoginAddress), SettingType::WebAddress, QString(),
             u"The address where users sign in, printed on login letters"_s},
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
        return Error::usage(tr("There is no setting called “%1”.").arg(key));
    const QString trimmed = value.trimmed();
    switch (def->type) {
    case SettingType::YesNo: {
        const QString lower = trimmed.toLower();
        if (lower == u"true"_s || lower == u"yes"_s || lower == u"on"_s || lower == u"1"_s)
            return u"true"_s;
        if (lower == u"false"_s || lower == u"no"_s || lower == u"off"_s || lower == u"0"_s)
            return u"false"_s;
        return Error::usage(tr("The setting “%1” is yes or no: write true or false, not “%2”.")
                                    .arg(key, value));
    }
    case SettingType::Text:
        for (const QChar c : trimmed) {
            // U+2028 and U+2029 break lines too, though they are not control characters.
            const auto category = c.category();
            if (category == QChar::Other_Control || category == QChar::Separator_Line ||
                category == QChar::Separator_Paragraph)
                return Error::usage(tr("The setting “%1” must be one line of text without "
                                       "control characters.")
                                            .arg(key));
        }
        if (trimmed.size() > 1000)
            return Error::usage(tr("The setting “%1” is longer than 1,000 characters.").arg(key));
        return trimmed;
    case SettingType::WebAddress: {
        if (trimmed.isEmpty())
            return QString();
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
            return Error::usage(tr("The setting “%1” must be a web address such as "
                                   "https://yourschool.itslearning.com, not “%2”.")
                                        .arg(key, value));
        return url.toString();
    }
    }
    return Error::usage(tr("There is no setting called “%1”.").arg(key));
}

Result<QString> SettingsStore::value(const QString &key) const
{
    const SettingDefinition *def = definition(key);
    if (!def)
        return Error::usage(tr("There is no setting called “%1”.").arg(key));
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
    const auto v = value(QString::fromLatin1(ParentLoginEnabled));
    return v && v.value() == u"true"_s;
}

} // namespace Rollbook

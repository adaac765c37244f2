#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace Rollbook {

// What kind of value a setting holds; it decides what is accepted and how it is written.
enum class SettingType {
    YesNo,      // stored and shown as true / false
    Text,       // one line of text
    WebAddress, // an http or https address, or empty
};

struct SettingDefinition
{
    QString key;
    SettingType type = SettingType::Text;
    QString defaultValue;
    QString description;
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

    static constexpr auto ParentLoginEnabled = "parent_login_enabled";
    static constexpr auto SchoolName = "school_name";
    static constexpr auto LoginAddress = "login_address";

private:
    QSqlDatabase m_db;
};

} // namespace Rollbook

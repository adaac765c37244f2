#pragma once

#include "distribution/audience.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace Rollbook {

// The school's details every letter and e-mail repeats, from the global settings.
struct SchoolDetails
{
    QString schoolName;
    QString loginAddress;

    static SchoolDetails fromSettings(const QSqlDatabase &db);
};

// Templates of letters and e-mails hold placeholders such as {username}
// (SettingsStore::placeholders() lists them).
namespace Placeholders {

enum class Format {
    PlainText, // e-mail subject and body: values as they are
    Html,      // the letter: values escaped, so a name can never add markup
};

// The value of every placeholder for one recipient.
QMap<QString, QString> values(const Recipient &recipient, const SchoolDetails &school);

// `text` with every known placeholder replaced; unknown ones stay as they are written.
QString fill(const QString &text, const QMap<QString, QString> &values, Format format);

} // namespace Placeholders
} // namespace Rollbook

#include "audit.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

namespace Audit {

QString currentActor()
{
    // USERNAME on Windows, USER on macOS and Linux.
    QString name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return name.isEmpty() ? u"unknown"_s : name;
}

Status record(QSqlDatabase &db, const QString &actor, const QString &action, const QString &subject,
              const QJsonObject &detail, qint64 personId)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO audit (at, actor, action, person_id, subject, detail) "
                  u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(timestampNow());
    query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(personId >= 0 ? QVariant(personId)
                                     : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(subject);
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Error::file(query.lastError().text());
    return success();
}

} // namespace Audit
} // namespace Rollbook

#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace Rollbook {

// The audit table: one row per change made by hand. Callers write it inside the transaction of
// the change itself, so a change and its record stand or fall together.
namespace Audit {

// Who is at the keyboard, as the operating system names them.
QString currentActor();

Status record(QSqlDatabase &db, const QString &actor, const QString &action, const QString &subject,
              const QJsonObject &detail, qint64 personId = -1);

} // namespace Audit

// The time stamps Rollbook stores: ISO 8601, UTC, with milliseconds.
QString timestampNow();

} // namespace Rollbook

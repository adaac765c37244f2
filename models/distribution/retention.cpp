#include "retention.h"

#include "db/backups.h"
#include "db/database.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Retention {

namespace {

class RetentionText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Retention)
};

// The people whose stored password went out before `cutoff` (a stored time stamp).
Result<QList<qint64>> distributedBefore(const QSqlDatabase &db, const QString &cutoff)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM person WHERE password IS NOT NULL AND password <> '' "
                  u"AND password_distributed_at IS NOT NULL AND password_distributed_at < ? "
                  u"ORDER BY id"_s);
    query.addBindValue(cutoff);
    if (!query.exec())
        return Error::file(query.lastError().text());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

Applied apply(QSqlDatabase &db, const QString &actor, const QDateTime &now)
{
    const RetentionPolicy policy = SettingsStore(db).retentionPolicy();
    Applied applied;
    applied.forgetAfterDays = policy.forgetAfterDays;
    if (Database::engineOf(db) == Engine::SQLite)
        applied.backupsRemoved = Backups::prune(db.databaseName(), policy.backupsKept,
                                                policy.backupDays, now.toLocalTime());
    if (policy.forgetAfterDays <= 0)
        return applied;

    // Time stamps are stored as ISO 8601 in UTC with milliseconds: compared as text, in order.
    const QString cutoff = now.toUTC().addDays(-policy.forgetAfterDays).toString(Qt::ISODateWithMs);
    const auto due = distributedBefore(db, cutoff);
    if (!due) {
        applied.problem = due.error().message;
        return applied;
    }
    if (due->isEmpty())
        return applied;
    const QJsonObject why{{u"automatic"_s, true},
                          {u"days_after_distribution"_s, policy.forgetAfterDays}};
    auto forgotten = InitialPasswords::forget(db, due.value(), actor, why);
    if (!forgotten)
        applied.problem = forgotten.error().message;
    else
        applied.forgotten = forgotten.value();
    return applied;
}

QString sentences(const Applied &applied)
{
    QStringList said;
    if (applied.forgotten.passwords > 0) {
        said << RetentionText::tr("Initial passwords distributed more than %1 days ago were "
                                  "forgotten, as Edit global settings > Privacy asks: %2.")
                        .arg(applied.forgetAfterDays)
                        .arg(applied.forgotten.passwords);
        if (const QString copies = InitialPasswords::copiesSentence(applied.forgotten);
            !copies.isEmpty())
            said << copies;
    }
    if (!applied.problem.isEmpty())
        said << RetentionText::tr("Initial passwords distributed more than %1 days ago could not "
                                  "be forgotten: %2 Nothing of them was changed; Rollbook tries "
                                  "again the next time it opens this database.")
                        .arg(applied.forgetAfterDays)
                        .arg(applied.problem);
    if (applied.backupsRemoved > 0)
        said << RetentionText::tr("%n backups were deleted because Edit global settings > "
                                  "Privacy keeps fewer or younger ones.",
                                  nullptr, applied.backupsRemoved);
    return said.join(u' ');
}

} // namespace Rollbook::Retention

#include "maintenance.h"

#include "db/backups.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class MaintenanceText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Maintenance)
};

} // namespace

Result<DatabaseSummary> summarize(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT (SELECT count(*) FROM person WHERE profile = 'learner'), "
                    u"(SELECT count(*) FROM person WHERE profile = 'parent'), "
                    u"(SELECT count(*) FROM parent_link), "
                    u"(SELECT count(*) FROM person WHERE password IS NOT NULL "
                    u"AND password <> ''), "
                    u"(SELECT count(password_distributed_at) FROM person WHERE password IS NOT "
                    u"NULL AND password <> ''), "
                    u"(SELECT min(password_distributed_at) FROM person WHERE password IS NOT "
                    u"NULL AND password <> '')"_s) ||
        !query.next())
        return Error::file(query.lastError().text());
    DatabaseSummary summary;
    summary.learners = query.value(0).toLongLong();
    summary.parents = query.value(1).toLongLong();
    summary.links = query.value(2).toLongLong();
    summary.passwordsStored = query.value(3).toLongLong();
    summary.passwordsDistributed = query.value(4).toLongLong();
    summary.firstDistributed = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    return summary;
}

QString serverBackupsApply(const QString &shown)
{
    return MaintenanceText::tr(
                   "“%1” is a database on a PostgreSQL server, so Rollbook does not copy it to a "
                   "file. The server's own backups apply (its administrator makes them, with "
                   "pg_dump or the like): ask them how often they are made and how to get a copy "
                   "back.")
            .arg(shown);
}

Status backupDatabase(const QSqlDatabase &db, const QString &target)
{
    if (Database::engineOf(db) == Engine::PostgreSQL)
        return Error::invalid(serverBackupsApply(Database::displayNameOf(db)));
    const QFileInfo info(target);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    // QFileInfo's == also sees through links, and ignores case where the file system does.
    const QFileInfo database(db.databaseName());
    if (database.absoluteFilePath() == info.absoluteFilePath() || database == info)
        return Error::usage(MaintenanceText::tr(
                "A backup cannot replace the database it copies. Choose another "
                "file name."));
    if (!info.absoluteDir().exists())
        return Error::file(MaintenanceText::tr("The folder of “%1” does not exist.").arg(shown));

    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    // Readable by its owner only from its first byte: SQLite writes into the empty file it is
    // given, keeping its permissions.
    if (QFile empty(partial); !empty.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::file(MaintenanceText::tr("Rollbook could not write the backup “%1”: %2.")
                                   .arg(shown, empty.errorString()));
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Error::file(MaintenanceText::tr("Rollbook could not write the backup “%1”: %2.")
                                   .arg(shown, query.lastError().text()));
    }
    if (info.exists() && !QFile::remove(target)) {
        QFile::remove(partial);
        return Error::file(MaintenanceText::tr("Rollbook could not replace “%1”.").arg(shown));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::file(
                MaintenanceText::tr("Rollbook could not write the backup “%1”.").arg(shown));
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

namespace {

QString newBackupPath(const QFileInfo &database)
{
    return Backups::pathFor(database.absoluteFilePath(),
                            Backups::stampOf(QDateTime::currentDateTime()));
}

} // namespace

Status backupBeforeImport(const QSqlDatabase &db, int keep, int days)
{
    // A server's database has no file beside which to put a copy: its own backups apply.
    if (Database::engineOf(db) == Engine::PostgreSQL)
        return success();
    const QFileInfo database(db.databaseName());
    if (auto done = backupDatabase(db, newBackupPath(database)); !done)
        return done;
    Backups::prune(database.absoluteFilePath(), keep, days);
    return success();
}

void checkpointBeforeCopy(const QSqlDatabase &db)
{
    if (Database::engineOf(db) != Engine::SQLite)
        return;
    // Readers of older pages keep the log: waited for a moment only (not the 5 seconds of the
    // busy timeout). When they stay, the log stays, and copyBeforeImport() says so.
    QSqlQuery query(db);
    int timeout = 5000;
    if (query.exec(u"PRAGMA busy_timeout"_s) && query.next())
        timeout = query.value(0).toInt();
    query.exec(u"PRAGMA busy_timeout = 250"_s);
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    // A number read back from SQLite, never user text.
    query.exec(u"PRAGMA busy_timeout = %1"_s.arg(timeout));
}

Result<bool> copyBeforeImport(const QSqlDatabase &db, int keep, int days)
{
    if (Database::engineOf(db) != Engine::SQLite)
        return true;
    const QFileInfo database(db.databaseName());
    // Pages still in the log are not in the file: the file alone is not the database then.
    const QFileInfo log(database.absoluteFilePath() + u"-wal"_s);
    if (log.exists() && log.size() > 0)
        return false;

    const QString target = newBackupPath(database);
    const QString shown = QDir::toNativeSeparators(target);
    const QString partial = target + u".partial"_s;
    const auto failed = [&](const QString &reason) {
        QFile::remove(partial);
        return Error::file(MaintenanceText::tr("Rollbook could not write the backup “%1”: %2.")
                                   .arg(shown, reason));
    };
    QFile::remove(partial);
    if (auto copied = Backups::copyOwnerOnly(database.absoluteFilePath(), partial); !copied)
        return failed(copied.error().message);
    if (!QFile::rename(partial, target))
        return failed(MaintenanceText::tr("it cannot be renamed"));
    Backups::prune(database.absoluteFilePath(), keep, days);
    return true;
}

} // namespace Rollbook

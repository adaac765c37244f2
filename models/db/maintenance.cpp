#include "maintenance.h"

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
                    u"(SELECT count(*) FROM parent_link)"_s) ||
        !query.next())
        return Error::file(query.lastError().text());
    return DatabaseSummary{query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toLongLong()};
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

Status backupBeforeImport(const QSqlDatabase &db, int keep)
{
    // A server's database has no file beside which to put a copy: its own backups apply.
    if (Database::engineOf(db) == Engine::PostgreSQL)
        return success();
    const QFileInfo database(db.databaseName());
    const QString prefix = database.fileName() + u".backup-"_s;
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    if (auto done = backupDatabase(db, database.absoluteDir().filePath(prefix + stamp)); !done)
        return done;
    // The names sort by time: remove all but the newest.
    QStringList backups =
            database.absoluteDir().entryList({prefix + u"*"_s}, QDir::Files, QDir::Name);
    backups.removeIf([](const QString &name) { return name.endsWith(u".partial"_s); });
    while (backups.size() > keep)
        QFile::remove(database.absoluteDir().filePath(backups.takeFirst()));
    return success();
}

} // namespace Rollbook

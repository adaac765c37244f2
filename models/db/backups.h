#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Rollbook {

// The copies Rollbook keeps beside a database file: "NAME.backup-YYYYMMDD-HHMMSS-zzz", made
// before each import (maintenance.h).
namespace Backups {

// The time stamp of a backup made at `time` (local time): "YYYYMMDD-HHMMSS-zzz".
inline constexpr QStringView stampFormat = u"yyyyMMdd-HHmmss-zzz";
QString stampOf(const QDateTime &time);

// The backup "NAME.backup-<stamp>" of the database file `database`, for the time stamp `stamp`.
QString pathFor(const QString &database, const QString &stamp);

// When the backup `backup` was made, read from its name; invalid for another name.
QDateTime madeAt(const QString &backup);

// The backups of the database file `database`, oldest first: the files whose name is exactly
// its name, ".backup-" and a time stamp. Found by name, not by a wildcard made from the file
// name, so that a name holding "[", "?" or "*" finds its own backups and no other database's.
QStringList of(const QString &database);

// Copies of a backup left half-written by a crash ("….partial", "….rewrite"): removed when the
// backups are pruned, once an hour old (younger, another Rollbook may be writing it).
QStringList leftoversOf(const QString &database);

// Removes all but the newest `keep` backups, and (when `days` is above 0) those made more
// than `days` days before `now`; and the half-written copies an hour old. Gives the number of
// backups removed. Edit global settings > Privacy > Keep backups sets `keep` and `days`.
int prune(const QString &database, int keep, int days,
          const QDateTime &now = QDateTime::currentDateTime());

// Copies `from` to `to`, readable and writable by its owner only from the first byte.
Status copyOwnerOnly(const QString &from, const QString &to);

// A change made to every backup of a database, all or none: prepare() makes a changed copy of
// each backup beside it (owner-only) and leaves the backups as they were; replace() then puts the
// copies in their place. A backup that cannot be changed (damaged, read-only, locked) stops
// prepare(), naming it, and nothing is changed; an unused rewrite removes its copies.
class Rewrite
{
public:
    // `change` runs on a connection to each copy, inside a transaction; the copy is then
    // vacuumed with secure_delete on, so that no free page keeps what the change removed.
    static Result<Rewrite> prepare(const QString &database,
                                   const std::function<Status(QSqlDatabase &)> &change);

    Rewrite(Rewrite &&other) noexcept;
    Rewrite &operator=(Rewrite &&other) noexcept;
    Rewrite(const Rewrite &) = delete;
    Rewrite &operator=(const Rewrite &) = delete;
    ~Rewrite();

    qsizetype count() const { return m_backups.size(); }
    // Puts each changed copy in place of its backup. Stops at the first that cannot be, naming
    // it (the backups before it are changed already; doing it again finishes the work).
    Status replace();

private:
    Rewrite() = default;
    void discard();

    QStringList m_backups;
    QStringList m_copies;
};

} // namespace Backups
} // namespace Rollbook

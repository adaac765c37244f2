#include "backups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Backups {

namespace {

class BackupsText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Backups)
};

QString prefixOf(const QFileInfo &database)
{
    return database.fileName() + u".backup-"_s;
}

// What follows the prefix: a time stamp, and for a half-written copy its ending.
const QRegularExpression &stampPattern()
{
    static const QRegularExpression pattern(u"^\\d{8}-\\d{6}-\\d{3}(\\.partial|\\.rewrite)?$"_s);
    return pattern;
}

// The names of the files beside `database` that begin with its backups' prefix and go on with a
// time stamp; `leftovers` picks the half-written copies instead of the backups.
QStringList named(const QString &database, bool leftovers)
{
    const QFileInfo info(database);
    const QString prefix = prefixOf(info);
    const QDir dir = info.absoluteDir();
    QStringList found;
    // No name filter: QDir's filters are wildcards, and the database's name may hold "*", "?"
    // or "[".
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (!name.startsWith(prefix))
            continue;
        const auto match = stampPattern().match(QStringView(name).mid(prefix.size()));
        if (match.hasMatch() && (match.capturedLength(1) > 0) == leftovers)
            found.append(dir.filePath(name));
    }
    return found;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Applies `change` to the SQLite file `path` on a connection of its own, then vacuums it with
// secure_delete on.
Status changeFile(const QString &path, const std::function<Status(QSqlDatabase &)> &change)
{
    const QString name = u"rollbook-backup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status done = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            done = Error::file(db.lastError().text());
        } else {
            QSqlQuery query(db);
            // A rollback journal, so that the copy is one file again once closed.
            if (!query.exec(u"PRAGMA secure_delete = ON"_s) ||
                !query.exec(u"PRAGMA journal_mode = DELETE"_s)) {
                done = Error::file(query.lastError().text());
            } else if (query.finish(); !db.transaction()) {
                done = Error::file(db.lastError().text());
            } else if (auto changed = change(db); !changed) {
                db.rollback();
                done = changed;
            } else if (!db.commit()) {
                done = Error::file(db.lastError().text());
                db.rollback();
            } else if (!query.exec(u"VACUUM"_s)) {
                done = Error::file(query.lastError().text());
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace

QString stampOf(const QDateTime &time)
{
    return time.toString(stampFormat);
}

QString pathFor(const QString &database, const QString &stamp)
{
    const QFileInfo info(database);
    return info.absoluteDir().filePath(prefixOf(info) + stamp);
}

QStringList of(const QString &database)
{
    return named(database, false);
}

QStringList leftoversOf(const QString &database)
{
    return named(database, true);
}

QDateTime madeAt(const QString &backup)
{
    const QString name = QFileInfo(backup).fileName();
    const qsizetype at = name.lastIndexOf(u".backup-"_s);
    if (at < 0)
        return {};
    return QDateTime::fromString(name.mid(at + 8), stampFormat);
}

int prune(const QString &database, int keep, int days, const QDateTime &now)
{
    // A copy being written by another Rollbook at this moment is young: left alone.
    const QDateTime stale = now.addSecs(-3600);
    for (const QString &leftover : leftoversOf(database)) {
        if (QFileInfo(leftover).lastModified() < stale)
            QFile::remove(leftover);
    }
    int removed = 0;
    QStringList backups = of(database); // oldest first
    const QDateTime oldest = now.addDays(-days);
    while (!backups.isEmpty() &&
           (backups.size() > keep || (days > 0 && madeAt(backups.first()) < oldest))) {
        if (QFile::remove(backups.takeFirst()))
            ++removed;
    }
    return removed;
}

Status copyOwnerOnly(const QString &fromPath, const QString &toPath)
{
    QFile from(fromPath);
    QFile to(toPath);
    const auto failed = [&](const QString &reason) {
        to.close();
        QFile::remove(toPath);
        return Error::file(reason);
    };
    if (!from.open(QIODevice::ReadOnly))
        return failed(from.errorString());
    if (!to.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(to.errorString());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = from.read(buffer.data(), buffer.size());
        if (read < 0)
            return failed(from.errorString());
        if (read == 0)
            break;
        if (to.write(buffer.constData(), read) != read)
            return failed(to.errorString());
    }
    if (!to.flush())
        return failed(to.errorString());
    to.close();
    return success();
}

Result<Rewrite> Rewrite::prepare(const QString &database,
                                 const std::function<Status(QSqlDatabase &)> &change)
{
    Rewrite rewrite;
    for (const QString &backup : of(database)) {
        const QFileInfo info(backup);
        const auto refused = [&](const QString &why) {
            rewrite.discard();
            return Error::file(BackupsText::tr("Rollbook could not change the backup “%1”, so "
                                               "it changed nothing, here or in the database: %2")
                                       .arg(shown(backup), why));
        };
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return refused(BackupsText::tr("it is read-only. Allow changes to it (or delete it) "
                                           "and try again."));
        const QString copy = backup + u".rewrite"_s;
        QFile::remove(copy);
        if (auto copied = copyOwnerOnly(backup, copy); !copied)
            return refused(copied.error().message);
        rewrite.m_backups.append(backup);
        rewrite.m_copies.append(copy);
        if (auto changed = changeFile(copy, change); !changed)
            return refused(changed.error().message);
    }
    return rewrite;
}

Rewrite::Rewrite(Rewrite &&other) noexcept
    : m_backups(std::exchange(other.m_backups, {}))
    , m_copies(std::exchange(other.m_copies, {}))
{}

Rewrite &Rewrite::operator=(Rewrite &&other) noexcept
{
    if (this != &other) {
        discard();
        m_backups = std::exchange(other.m_backups, {});
        m_copies = std::exchange(other.m_copies, {});
    }
    return *this;
}

Rewrite::~Rewrite()
{
    discard();
}

void Rewrite::discard()
{
    for (const QString &copy : std::as_const(m_copies)) {
        QFile::remove(copy);
        QFile::remove(copy + u"-journal"_s);
    }
    m_backups.clear();
    m_copies.clear();
}

Status Rewrite::replace()
{
    while (!m_backups.isEmpty()) {
        const QString backup = m_backups.first();
        const QString copy = m_copies.first();
        // Windows renames onto no existing file: the backup goes first.
        if (!QFile::remove(backup) || !QFile::rename(copy, backup))
            return Error::file(BackupsText::tr("Rollbook could not replace the backup “%1” with "
                                               "its changed copy, so it still holds what was to "
                                               "be removed. Close any program that has it open, "
                                               "and try again.")
                                       .arg(shown(backup)));
        m_backups.removeFirst();
        m_copies.removeFirst();
    }
    return success();
}

} // namespace Rollbook::Backups

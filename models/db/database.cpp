#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Database)
};

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return u"rollbook-%1"_s.arg(++counter);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The permission bits say whether anyone may write; isWritable() alone says yes to an
// administrator (root) even for a file the user marked read-only. The *User bits are left out
// on purpose: Qt fills them in from access(), which says yes to root as well.
bool markedReadOnly(const QFileInfo &info)
{
    constexpr auto anyWrite =
            QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return !info.isWritable() || !(info.permissions() & anyWrite);
}

bool markedUnreadable(const QFileInfo &info)
{
    constexpr auto anyRead =
            QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    return !info.isReadable() || !(info.permissions() & anyRead);
}

// Checks the file before SQLite touches it. An empty or missing file is a new database.
Status checkFile(const QString &path, bool create)
{
    const QFileInfo info(path);
    const QString shown = nativePath(path);
    if (!info.exists()) {
        if (!create)
            return Error::file(DatabaseText::tr("There is no database at “%1”.").arg(shown));
        const QFileInfo folder(info.absolutePath());
        if (folder.exists() && !folder.isDir())
            return Error::file(
                    DatabaseText::tr("Rollbook cannot create “%1”: “%2” is a file, not a folder.")
                            .arg(shown, nativePath(folder.filePath())));
        return success();
    }
    if (info.isDir())
        return Error::file(DatabaseText::tr("“%1” is a folder, not a database file.").arg(shown));
    if (markedUnreadable(info))
        return Error::file(
                DatabaseText::tr(
                        "Rollbook cannot read “%1”: you do not have permission to open it. "
                        "Ask whoever manages this computer for access, or choose another "
                        "file.")
                        .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::file(
                DatabaseText::tr("Rollbook cannot read “%1”: %2.").arg(shown, file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayView("SQLite format 3\0", 16))
        return Error::file(
                DatabaseText::tr("“%1” is not a Rollbook database. It may be another kind of file "
                                 "with the same name. Choose another file, or create a new "
                                 "database.")
                        .arg(shown));
    return success();
}

Status createOwnerOnly(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::file(DatabaseText::tr("Rollbook cannot create the folder “%1”.")
                                   .arg(nativePath(info.absolutePath())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::file(DatabaseText::tr("Rollbook cannot create “%1”: %2.")
                                   .arg(nativePath(path), file.errorString()));
    // Only the owner may read it: the database holds passwords. Windows keeps its folder ACLs.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

Result<int> readUserVersion(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return Error::file(
                DatabaseText::tr("“%1” is not a Rollbook database, or it is damaged (%2).")
                        .arg(nativePath(path), query.lastError().text()));
    }
    return query.value(0).toInt();
}

// Whether the file already holds tables, views or the like. A Rollbook database has them only
// from version 1 on, so at version 0 they belong to some other program.
Result<bool> hasSchema(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
        return Error::file(
                DatabaseText::tr("“%1” is not a Rollbook database, or it is damaged (%2).")
                        .arg(nativePath(path), query.lastError().text()));
    }
    return query.value(0).toInt() > 0;
}

Error newerVersion(const QString &shown, int version, int latest)
{
    return Error::file(
            DatabaseText::tr("“%1” was made by a newer version of Rollbook (database version %2; "
                             "this Rollbook understands up to version %3). Install the newer "
                             "Rollbook to open it. The database has not been changed.")
                    .arg(shown)
                    .arg(version)
                    .arg(latest));
}

// Refuses a database newer than `latest`, and another program's file, before anything writes.
Status checkVersion(QSqlDatabase &db, const QString &path, int latest)
{
    const auto version = readUserVersion(db, path);
    if (!version)
        return version.error();
    if (version.value() > latest)
        return newerVersion(nativePath(path), version.value(), latest);
    // Another program's SQLite file: adding our tables to it would damage it.
    if (version.value() == 0) {
        const auto foreign = hasSchema(db, path);
        if (!foreign)
            return foreign.error();
        if (foreign.value()) {
            return Error::file(
                    DatabaseText::tr("“%1” is an SQLite database, but not a Rollbook database. "
                                     "Choose another file, or create a new database.")
                            .arg(nativePath(path)));
        }
    }
    return success();
}

// checkVersion() on a read-only connection of its own, for a file with a write-ahead journal
// beside it (left by a crash, or by a program that has it open): closing a writable connection
// could fold that journal back into the file, changing it even when it is then refused.
Status checkReadOnly(const QString &path, int latest)
{
    const QString name = uniqueConnectionName() + u"-check"_s;
    Status checked = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!db.isValid()) {
            checked = Error::file(DatabaseText::tr(
                    "The SQLite driver for Qt is missing (QSQLITE). Reinstall Rollbook."));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (db.open())
                checked = checkVersion(db, path, latest);
            else
                checked = Error::file(DatabaseText::tr("Rollbook cannot open “%1”: %2.")
                                              .arg(nativePath(path), db.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return checked;
}

Status execute(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return Error::file(query.lastError().text());
    return success();
}

// The one lock every Rollbook on a server takes while it migrates ("Rollbook" in ASCII), so that
// two programs starting at once do not both apply the same step.
constexpr qint64 migrationLock = 0x526f6c6c626f6f6b;
// The lock of Database::beginSerialised(): imports and their undo, one at a time.
constexpr qint64 importLock = migrationLock + 1;

QString serverShown(const QString &name, const QString &host)
{
    return DatabaseText::tr("%1 on %2").arg(name, host);
}

// The migration lock on a server, held by the connection (not by a transaction) from the
// constructor to the destructor. It is taken before any transaction that depends on it begins:
// a transaction that waited for it would go on seeing, in PostgreSQL's cache of the catalogue,
// the tables as they were before another Rollbook made them.
class ServerLock
{
public:
    ServerLock(QSqlDatabase &db, qint64 key)
        : m_db(db)
        , m_key(key)
    {
        QSqlQuery lock(m_db);
        lock.prepare(u"SELECT pg_advisory_lock(?)"_s);
        lock.addBindValue(m_key);
        m_held = lock.exec();
        if (!m_held)
            m_error = lock.lastError().text();
    }
    ~ServerLock()
    {
        // Should this fail, closing the connection releases it.
        if (!m_held)
            return;
        QSqlQuery unlock(m_db);
        unlock.prepare(u"SELECT pg_advisory_unlock(?)"_s);
        unlock.addBindValue(m_key);
        unlock.exec();
    }
    ServerLock(const ServerLock &) = delete;
    ServerLock &operator=(const ServerLock &) = delete;

    bool held() const { return m_held; }
    QString error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    qint64 m_key;
    bool m_held = false;
    QString m_error;
};

// One step in one transaction. On a server the caller holds the migration lock.
Status applyMigration(QSqlDatabase &db, const Migration &migration)
{
    const bool server = Database::engineOf(db) == Engine::PostgreSQL;
    if (!db.transaction())
        return Error::file(db.lastError().text());
    for (const QString &statement : migration.statements()) {
        if (auto done = execute(db, statement); !done) {
            db.rollback();
            return done;
        }
    }
    // SQLite migrates with foreign keys off (a step may build a table anew): every reference
    // must still hold before the step commits.
    if (!server) {
        QSqlQuery check(db);
        if (!check.exec(u"PRAGMA foreign_key_check"_s) || check.next()) {
            const QString why = check.isActive()
                                        ? DatabaseText::tr("a row of “%1” names a missing one")
                                                  .arg(check.value(0).toString())
                                        : check.lastError().text();
            db.rollback();
            return Error::file(why);
        }
    }
    QSqlQuery version(db);
    if (server) {
        version.prepare(u"UPDATE rollbook_schema SET version = ?"_s);
        version.addBindValue(migration.version);
        version.exec();
    } else {
        // The version is a number from our own list, never user text (PRAGMA takes no
        // parameters).
        version.exec(u"PRAGMA user_version = %1"_s.arg(migration.version));
    }
    if (!version.isActive()) {
        const QString why = version.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    return success();
}

Status migrate(QSqlDatabase &db, const QList<Migration> &migrations, int from, const QString &shown)
{
    for (const Migration &migration : migrations) {
        if (migration.version <= from)
            continue;
        if (auto done = applyMigration(db, migration); !done) {
            return Error::file(
                    DatabaseText::tr(
                            "Rollbook could not bring “%1” up to database version %2 (%3). "
                            "The database was left at the version before it.")
                            .arg(shown)
                            .arg(migration.version)
                            .arg(done.error().message));
        }
    }
    return success();
}

// A server database's schema version lives in a one-row table (PostgreSQL has no
// user_version); a database without it is at version 0.
Result<int> readServerVersion(QSqlDatabase &db, const QString &shown)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regclass('rollbook_schema') IS NOT NULL"_s) || !query.next())
        return Error::file(DatabaseText::tr("Rollbook cannot read the database “%1”: %2.")
                                   .arg(shown, query.lastError().text()));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT version FROM rollbook_schema"_s) || !query.next())
        return Error::file(DatabaseText::tr("Rollbook cannot read the database “%1”: %2.")
                                   .arg(shown, query.lastError().text()));
    return query.value(0).toInt();
}

// Refuses a server database that a newer Rollbook made or that holds another program's
// tables, and gives a new one its version table; the version to migrate from. Nothing is
// written to a refused one. The caller holds the migration lock, so another Rollbook's tables
// are either all there (a version above 0) or not begun, never taken for another program's.
Result<int> prepareServer(QSqlDatabase &db, const QString &shown, int latest)
{
    const auto version = readServerVersion(db, shown);
    if (!version)
        return version;
    if (version.value() > latest)
        return newerVersion(shown, version.value(), latest);
    if (version.value() > 0)
        return version;

    QSqlQuery query(db);
    if (!query.exec(
                u"SELECT count(*) FROM information_schema.tables "
                u"WHERE table_schema = current_schema() AND table_name <> 'rollbook_schema'"_s) ||
        !query.next())
        return Error::file(DatabaseText::tr("Rollbook cannot read the database “%1”: %2.")
                                   .arg(shown, query.lastError().text()));
    if (query.value(0).toInt() > 0) {
        return Error::file(DatabaseText::tr("“%1” is not a Rollbook database: it holds another "
                                            "program's tables. Ask the server's administrator "
                                            "for an empty database for Rollbook.")
                                   .arg(shown));
    }
    const auto cannotSetUp = [&shown](const QString &why) {
        return Error::file(
                DatabaseText::tr("Rollbook cannot set up the database “%1”: %2.").arg(shown, why));
    };
    // At version 0 it may have the table already, left by a first step that failed.
    if (!query.exec(u"SELECT to_regclass('rollbook_schema') IS NULL"_s) || !query.next())
        return cannotSetUp(query.lastError().text());
    if (!query.value(0).toBool())
        return 0;
    if (!db.transaction())
        return cannotSetUp(db.lastError().text());
    if (!query.exec(u"CREATE TABLE rollbook_schema (version INTEGER NOT NULL)"_s) ||
        !query.exec(u"INSERT INTO rollbook_schema (version) VALUES (0)"_s) || !db.commit()) {
        const QString why =
                query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return cannotSetUp(why);
    }
    return 0;
}

// What libpq says when a connection fails, as sentences: without the address it repeats and the
// severity, one line a sentence ("password authentication failed for user "anna". Password
// retrieved from file "/home/anna/.pgpass".).
QString sentence(const QString &text)
{
    static const QRegularExpression prefix(
            u"^connection to server (at|on) .*? failed:\\s*(FATAL:|ERROR:)?\\s*"_s);
    QStringList sentences;
    for (const QString &rawLine : text.split(u'\n', Qt::SkipEmptyParts)) {
        QString line = rawLine.simplified();
        line.remove(prefix);
        if (line.isEmpty() || sentences.contains(line + u'.') || sentences.contains(line))
            continue;
        if (!sentences.isEmpty())
            line[0] = line[0].toUpper();
        if (!line.endsWith(u'.') && !line.endsWith(u'?') && !line.endsWith(u'!'))
            line += u'.';
        sentences.append(line);
    }
    if (sentences.isEmpty())
        return DatabaseText::tr("the server did not say why.");
    return sentences.join(u' ');
}

// The keys an address may give after its "?", as libpq names them.
const QString sslModeKey = u"sslmode"_s;
const QString sslRootCertKey = u"sslrootcert"_s;

// A value for libpq's connection string, which QPSQL passes on as it is: in single quotes, with
// backslashes and quotes escaped, so that a path with spaces stays one value.
QString connectionValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', u"\\\\"_s);
    quoted.replace(u'\'', u"\\'"_s);
    return u'\'' + quoted + u'\'';
}

// libpq's connection options for `address`, as QSqlDatabase::setConnectOptions() takes them.
// QPSQL turns every ";" into a space, so a value may hold none (parse() refuses such a path).
QString connectOptions(const ServerAddress &address)
{
    QStringList options{u"connect_timeout=15"_s, u"application_name=Rollbook"_s,
                        sslModeKey + u'=' + ServerAddress::sslModeName(address.sslMode)};
    if (!address.sslRootCert.isEmpty())
        options << sslRootCertKey + u'=' + connectionValue(address.sslRootCert);
    return options.join(u';');
}

// Where libpq looks for the CA certificate when the address names none.
QString defaultRootCertificate()
{
#ifdef Q_OS_WIN
    return u"%APPDATA%\\postgresql\\root.crt"_s;
#else
    return u"~/.postgresql/root.crt"_s;
#endif
}

QString shownFile(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Why a connection failed and what to do, in words for a school's administrator.
struct ConnectionProblem
{
    QString why;
    QString advice;
};

// libpq's words when TLS stopped a connection, put plainly; empty when TLS was not the cause.
ConnectionProblem tlsProblem(const ServerAddress &address, const QString &text)
{
    const QString orRequire =
            DatabaseText::tr("or, to connect without verifying the server, choose “Encrypted, "
                             "server not verified” (sslmode=require in the address).");
    static const QRegularExpression missingRoot(u"root certificate file \"(.*)\" does not exist"_s);
    static const QRegularExpression unreadableRoot(
            u"could not read root certificate file \"(.*)\": ([^\n]*)"_s);
    static const QRegularExpression otherName(
            u"server certificate for \"(.*?)\"(?: \\(and \\d+ other names?\\))? does not "
            u"match host name \"(.*?)\""_s);

    if (const auto match = missingRoot.match(text); match.hasMatch()) {
        if (!address.sslRootCert.isEmpty())
            return {DatabaseText::tr("the server could not be verified, because the CA "
                                     "certificate “%1” (sslrootcert) does not exist.")
                            .arg(shownFile(match.captured(1))),
                    DatabaseText::tr("Check the path of the CA certificate in the address (in "
                                     "Open Database: CA certificate), %1")
                            .arg(orRequire)};
        return {DatabaseText::tr("the server could not be verified, because Rollbook has no "
                                 "certificate of the authority (CA) that signed the server's "
                                 "certificate (PostgreSQL looked for “%1”).")
                        .arg(shownFile(match.captured(1))),
                DatabaseText::tr("Give the CA certificate in the address with sslrootcert=, as "
                                 "in ?sslrootcert=/path/to/school-ca.crt (in Open Database: CA "
                                 "certificate), or place it where PostgreSQL looks by default, "
                                 "%1; %2")
                        .arg(defaultRootCertificate(), orRequire)};
    }
    if (const auto match = unreadableRoot.match(text); match.hasMatch()) {
        return {DatabaseText::tr("the server could not be verified, because the CA "
                                 "certificate “%1” cannot be read (%2).")
                        .arg(shownFile(match.captured(1)), match.captured(2)),
                DatabaseText::tr("Give a CA certificate in PEM format (a text file that begins "
                                 "with -----BEGIN CERTIFICATE-----), %1")
                        .arg(orRequire)};
    }
    if (text.contains(u"certificate verify failed"_s)) {
        const QString authority = address.sslRootCert.isEmpty() ? defaultRootCertificate()
                                                                : shownFile(address.sslRootCert);
        return {DatabaseText::tr("the server could not be verified, because its certificate "
                                 "was not signed by the authority whose CA certificate Rollbook "
                                 "checked it with (“%1”).")
                        .arg(authority),
                DatabaseText::tr("Ask the server's administrator for the CA certificate that "
                                 "signed the server's certificate, %1")
                        .arg(orRequire)};
    }
    if (const auto match = otherName.match(text); match.hasMatch()) {
        return {DatabaseText::tr("the server could not be verified, because its certificate "
                                 "is made out to “%1”, not to “%2”.")
                        .arg(match.captured(1), match.captured(2)),
                DatabaseText::tr("Write the server's name as its certificate gives it, or "
                                 "choose “Encrypted, server verified by its certificate "
                                 "authority only” (sslmode=verify-ca in the address).")};
    }
    if (text.contains(u"pg_hba.conf"_s) && text.contains(u"no encryption"_s)) {
        return {DatabaseText::tr("the server accepts only encrypted connections, and this one "
                                 "was not encrypted (sslmode=disable)."),
                DatabaseText::tr("Choose an encrypted connection: leave sslmode out of the "
                                 "address (in Open Database: “Encrypted, server verified "
                                 "(recommended)”).")};
    }
    if (text.contains(u"server does not support SSL"_s)) {
        return {DatabaseText::tr("the server does not offer encryption (TLS)."),
                address.sslMode != SslMode::Disable && ServerAddress::isLocalHost(address.host)
                        ? DatabaseText::tr("Ask its administrator to turn TLS on (ssl = on in "
                                           "postgresql.conf, with the server's certificate and "
                                           "key), or, since the server is on this computer, "
                                           "choose “Not encrypted (this computer only)” "
                                           "(sslmode=disable in the address).")
                        : DatabaseText::tr("Ask its administrator to turn TLS on (ssl = on in "
                                           "postgresql.conf, with the server's certificate and "
                                           "key).")};
    }
    return {};
}

// Why a connection to `address` failed, from libpq's words, and what to do.
ConnectionProblem connectionProblem(const ServerAddress &address, const QString &text)
{
    if (auto problem = tlsProblem(address, text); !problem.why.isEmpty())
        return problem;
    return {sentence(text),
            DatabaseText::tr("Check the address, that the server is running, and the password in "
                             "PGPASSWORD or your PostgreSQL password file (.pgpass).")};
}

} // namespace

QString valuesPlaceholders(qsizetype rows, int columns)
{
    QString row = u"("_s;
    for (int i = 0; i < columns; ++i)
        row += i ? u", ?"_s : u"?"_s;
    row += u')';
    QString sql;
    sql.reserve(rows * (row.size() + 2));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i)
            sql += u", "_s;
        sql += row;
    }
    return sql;
}

namespace {

// The connection security the address gives after its "?" (sslmode, sslrootcert) into
// `address`, or why it cannot be used.
Status readSecurity(const QUrl &url, const QString &given, ServerAddress &address)
{
    const QString example =
            u"postgresql://anna@db.school.example/rollbook?sslrootcert=/etc/rollbook/ca.crt"_s;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    QStringList unknown;
    QStringList seen;
    for (const auto &[key, value] : items) {
        if (key != sslModeKey && key != sslRootCertKey) {
            unknown << key;
            continue;
        }
        if (seen.contains(key))
            return Error::usage(DatabaseText::tr("“%1” gives %2 more than once. Give it once.")
                                        .arg(given, key));
        seen << key;
        if (key == sslRootCertKey) {
            address.sslRootCert = value;
            continue;
        }
        const auto mode = ServerAddress::sslModeNamed(value);
        if (!mode)
            return Error::usage(
                    DatabaseText::tr("“%1” is not a kind of connection security Rollbook knows "
                                     "(in “%2”). Write sslmode=verify-full (the default: "
                                     "encrypted, the server verified), verify-ca (encrypted, "
                                     "the server verified by its certificate authority only), "
                                     "require (encrypted, the server not verified) or disable "
                                     "(not encrypted, for a server on this computer only).")
                            .arg(value, given));
        address.sslMode = *mode;
    }
    if (!unknown.isEmpty())
        return Error::usage(
                DatabaseText::tr("Rollbook does not know what follows the ? in “%1”: %2. An "
                                 "address may give sslmode (verify-full, verify-ca, require or "
                                 "disable) and sslrootcert (the file of the CA certificate), as "
                                 "in %3; other connection settings go in PostgreSQL's "
                                 "environment variables.")
                        .arg(given, unknown.join(u", "_s), example));
    if (seen.contains(sslRootCertKey) && address.sslRootCert.isEmpty())
        return Error::usage(DatabaseText::tr("“%1” gives sslrootcert without a file. Name the "
                                             "file of the CA certificate, as in %2.")
                                    .arg(given, example));
    // Qt's PostgreSQL driver turns every ";" of the connection options into a space.
    if (address.sslRootCert.contains(u';'))
        return Error::usage(
                DatabaseText::tr("The CA certificate's path “%1” holds a semicolon (;), which "
                                 "Qt's PostgreSQL driver cannot pass on. Move or rename the file.")
                        .arg(shownFile(address.sslRootCert)));
    if (!address.sslRootCert.isEmpty() &&
        (address.sslMode == SslMode::Require || address.sslMode == SslMode::Disable))
        return Error::usage(
                DatabaseText::tr("“%1” gives a CA certificate (sslrootcert), but with "
                                 "sslmode=%2 the server is not verified, so it has no use. Write "
                                 "sslmode=verify-full (or leave sslmode out) to verify the server "
                                 "with it, or leave sslrootcert out.")
                        .arg(given, ServerAddress::sslModeName(address.sslMode)));
    if (address.sslMode == SslMode::Disable && !ServerAddress::isLocalHost(address.host))
        return Error::usage(
                DatabaseText::tr("“%1” asks for a connection that is not encrypted "
                                 "(sslmode=disable) to %2, another computer: anyone on the "
                                 "network between could read the children's data and the "
                                 "passwords. Rollbook connects without encryption only to a "
                                 "server on this computer. Leave sslmode out to connect "
                                 "encrypted with the server verified, or write sslmode=require "
                                 "to connect encrypted without verifying it.")
                        .arg(given, address.host));
    return success();
}

} // namespace

bool ServerAddress::isServer(const QString &location)
{
    const QString trimmed = location.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    const QString form = u"postgresql://USER@HOST[:PORT]/NAME"_s;
    const QString example = u"postgresql://anna@db.school.example/rollbook"_s;
    const QString given = location.trimmed();
    const QUrl url(given, QUrl::StrictMode);
    // Said before anything else, and without repeating the address: the password is a secret.
    // Looked for in the text itself, so that an address malformed elsewhere (a port that is not
    // a number) is not shown back with its password.
    const qsizetype authorityStart = given.indexOf(u"://"_s) + 3;
    const qsizetype pathStart = given.indexOf(u'/', authorityStart);
    const QString authority =
            given.mid(authorityStart, pathStart < 0 ? -1 : pathStart - authorityStart);
    const qsizetype at = authority.lastIndexOf(u'@');
    const bool holdsPassword = isServer(location) && at > 0 && authority.left(at).contains(u':');
    if (!holdsPassword && (!url.isValid() || !isServer(location)))
        return Error::usage(
                DatabaseText::tr("“%1” is not a server address. Write it as %2, for example %3.")
                        .arg(given, form, example));
    if (holdsPassword || !url.password().isEmpty())
        return Error::usage(DatabaseText::tr(
                "The server address holds a password. Leave it out: Rollbook takes the "
                "password from PGPASSWORD or from your PostgreSQL password file (.pgpass), so "
                "that it never shows on screen or in a list of running programs."));
    ServerAddress address;
    address.user = url.userName();
    address.host = url.host();
    address.port = url.port(5432);
    address.name = url.path().mid(1);
    const auto incomplete = [&](const QString &missing) {
        return Error::usage(DatabaseText::tr("“%1” is not a complete server address: %2 Write "
                                             "it as %3, for example %4.")
                                    .arg(given, missing, form, example));
    };
    if (address.user.isEmpty())
        return incomplete(DatabaseText::tr("the user name (before the @) is missing."));
    if (address.host.isEmpty())
        return incomplete(DatabaseText::tr("the server's name (after the @) is missing."));
    if (address.name.isEmpty() || address.name.contains(u'/'))
        return incomplete(DatabaseText::tr("the database name (after the last /) is missing."));
    if (url.hasFragment())
        return Error::usage(
                DatabaseText::tr("“%1” has something after the database name (from the # on). "
                                 "Leave it out and write the address as %2.")
                        .arg(given, form));
    if (auto read = readSecurity(url, given, address); !read)
        return read.error();
    return address;
}

QString ServerAddress::displayName() const
{
    return serverShown(name, host);
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u"/"_s + name);
    QStringList query;
    if (sslMode != SslMode::VerifyFull)
        query << sslModeKey + u'=' + sslModeName(sslMode);
    // Encoded here, so that a "&", "=", "#", "+" or "%" in the path stays part of it.
    if (!sslRootCert.isEmpty())
        query << sslRootCertKey + u'=' +
                         QString::fromLatin1(QUrl::toPercentEncoding(sslRootCert, "/:"));
    if (!query.isEmpty())
        url.setQuery(query.join(u'&'), QUrl::StrictMode);
    // Spaces encoded: parse() reads the address strictly, and a worker opens the same.
    return url.toString(QUrl::EncodeSpaces);
}

QString ServerAddress::sslModeName(SslMode mode)
{
    switch (mode) {
    case SslMode::VerifyFull:
        break;
    case SslMode::VerifyCa:
        return u"verify-ca"_s;
    case SslMode::Require:
        return u"require"_s;
    case SslMode::Disable:
        return u"disable"_s;
    }
    return u"verify-full"_s;
}

std::optional<SslMode> ServerAddress::sslModeNamed(const QString &name)
{
    for (SslMode mode :
         {SslMode::VerifyFull, SslMode::VerifyCa, SslMode::Require, SslMode::Disable}) {
        if (name == sslModeName(mode))
            return mode;
    }
    return std::nullopt;
}

bool ServerAddress::isLocalHost(const QString &host)
{
    return host == u"127.0.0.1"_s || host == u"::1"_s ||
           host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.startsWith(u'/');
}

QString ServerAddress::securityWarning() const
{
    switch (sslMode) {
    case SslMode::VerifyFull:
    case SslMode::VerifyCa:
        break;
    case SslMode::Require:
        return DatabaseText::tr("The connection to the server is encrypted, but the server is not "
                                "verified: another computer could pose as it.");
    case SslMode::Disable:
        return DatabaseText::tr("The connection to the server is not encrypted, which is safe "
                                "only because the server is on this computer.");
    }
    return {};
}

Database::Database(const QString &path, const QString &connectionName, Engine engine)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_engine(engine)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"rollbook.sqlite"_s);
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        const auto migrations = Migration::builtIn();
        return migrations.isEmpty() ? 0 : migrations.last().version;
    }();
    return latest;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    return open(location, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    if (ServerAddress::isServer(location))
        return openServer(location, options);
    const QString &path = location;
    if (path.trimmed().isEmpty())
        return Error::usage(DatabaseText::tr("No database file was named."));
    if (auto checked = checkFile(path, options.create); !checked)
        return checked.error();

    const QString shown = nativePath(path);
    const bool isNew = !QFileInfo::exists(path);
    if (isNew) {
        if (auto created = createOwnerOnly(path); !created)
            return created.error();
    }

    const QList<Migration> migrations = options.migrations.value_or(Migration::builtIn());
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    // Without a journal beside it, reading through the writable connection below changes
    // nothing, whereas a read-only one would leave journal files behind.
    if (QFileInfo::exists(path + u"-wal"_s)) {
        if (auto checked = checkReadOnly(path, latest); !checked)
            return checked.error();
    }

    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, Engine::SQLite));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db.isValid())
        return Error::file(DatabaseText::tr(
                "The SQLite driver for Qt is missing (QSQLITE). Reinstall Rollbook."));
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Error::file(DatabaseText::tr("Rollbook cannot open “%1”: %2.")
                                   .arg(shown, db.lastError().text()));
    if (auto checked = checkVersion(db, path, latest); !checked)
        return checked.error();
    const auto version = readUserVersion(db, path);
    if (!version)
        return version.error();

    // Only now may we write: checked after reading so a read-only newer file is reported as newer.
    if (!isNew && markedReadOnly(QFileInfo(path))) {
        return Error::file(
                DatabaseText::tr(
                        "“%1” is read-only, so Rollbook cannot save changes to it. Copy it "
                        "to a folder where you may save files, or ask for permission to "
                        "change it.")
                        .arg(shown));
    }

    // Foreign keys are off while migrating (SQLite's procedure for building a table anew) and
    // on for everything after. Deleted content is overwritten with zeros, so that a forgotten
    // password or an erased person stays in no free page: Debian's SQLite does so by default,
    // the SQLite bundled with Qt on Windows and macOS does not.
    for (const auto *pragma : {"PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON"}) {
        if (auto done = execute(db, QString::fromLatin1(pragma)); !done)
            return Error::file(DatabaseText::tr("Rollbook cannot use “%1”: %2.")
                                       .arg(shown, done.error().message));
    }

    if (auto done = migrate(db, migrations, version.value(), shown); !done)
        return done.error();
    if (auto done = execute(db, u"PRAGMA foreign_keys = ON"_s); !done)
        return Error::file(
                DatabaseText::tr("Rollbook cannot use “%1”: %2.").arg(shown, done.error().message));
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location,
                                                       const Options &options)
{
    const auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    const QString shown = address->displayName();
    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(address->toString(), name, Engine::PostgreSQL));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid())
        return Error::file(DatabaseText::tr(
                "Rollbook's PostgreSQL support is missing (the QPSQL driver of Qt). Install it "
                "(on Debian and Ubuntu: the package libqt6sql6-psql), or reinstall Rollbook."));
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->name);
    db.setConnectOptions(connectOptions(address.value()));
    if (!db.open()) {
        const auto problem = connectionProblem(address.value(), db.lastError().databaseText());
        return Error::file(
                DatabaseText::tr("Rollbook cannot connect to the database “%1” on port %2 as %3: "
                                 "%4 %5")
                        .arg(shown)
                        .arg(address->port)
                        .arg(address->user, problem.why, problem.advice));
    }
    // The server's notices ("table … does not exist, skipping") are for its log, not for the
    // administrator's terminal, where libpq would print them.
    QSqlQuery(db).exec(u"SET client_min_messages TO warning"_s);
    const QList<Migration> migrations =
            options.migrations.value_or(Migration::builtIn(Engine::PostgreSQL));
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    // Most days there is nothing to do, and no need to wait for anyone.
    const auto current = readServerVersion(db, shown);
    if (!current)
        return current.error();
    if (current.value() > latest)
        return newerVersion(shown, current.value(), latest);
    if (current.value() == latest && latest > 0)
        return database;
    // Two Rollbooks may start on it at once: one sets it up, the other then finds it done.
    const ServerLock lock(db, migrationLock);
    if (!lock.held())
        return Error::file(DatabaseText::tr("Rollbook cannot set up the database “%1”: %2.")
                                   .arg(shown, lock.error()));
    const auto version = prepareServer(db, shown, latest);
    if (!version)
        return version.error();
    if (auto done = migrate(db, migrations, version.value(), shown); !done)
        return done.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::displayNameOf(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::PostgreSQL)
        return serverShown(db.databaseName(), db.hostName());
    return nativePath(db.databaseName());
}

QString Database::displayName() const
{
    if (m_engine == Engine::PostgreSQL) {
        const auto address = ServerAddress::parse(m_path);
        return address ? address->displayName() : m_path;
    }
    return nativePath(m_path);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    const auto version = m_engine == Engine::PostgreSQL ? readServerVersion(db, m_path)
                                                        : readUserVersion(db, m_path);
    return version ? version.value() : -1;
}

Engine Database::engineOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? Engine::PostgreSQL : Engine::SQLite;
}

Status Database::beginWrite(QSqlDatabase &db)
{
    QSqlQuery begin(db);
    if (!begin.exec(engineOf(db) == Engine::PostgreSQL ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return Error::file(begin.lastError().text());
    return success();
}

Status Database::beginSerialised(QSqlDatabase &db, const Wait &wait)
{
    const QString message = DatabaseText::tr(
            "Waiting for another administrator's import or undo on this database to finish…");
    bool told = false;
    const auto tell = [&] {
        if (!told && wait.waiting)
            wait.waiting(message);
        told = true;
    };
    const auto stopped = [&] { return wait.cancelled && wait.cancelled(); };
    const auto cancelledError = [] {
        return Error::invalid(DatabaseText::tr("Cancelled while waiting; nothing was changed."));
    };

    if (engineOf(db) == Engine::SQLite) {
        // BEGIN IMMEDIATE waits the busy timeout itself; SQLITE_BUSY (5) after it means
        // another writer still holds the file.
        for (;;) {
            QSqlQuery begin(db);
            if (begin.exec(u"BEGIN IMMEDIATE"_s))
                return success();
            if (begin.lastError().nativeErrorCode() != u"5"_s)
                return Error::file(begin.lastError().text());
            tell();
            if (stopped())
                return cancelledError();
        }
    }

    if (auto begun = beginWrite(db); !begun)
        return begun;
    QSqlQuery lock(db);
    lock.prepare(u"SELECT pg_try_advisory_xact_lock(?)"_s);
    for (;;) {
        lock.addBindValue(importLock);
        if (!lock.exec() || !lock.next()) {
            const QString why = lock.lastError().text();
            db.rollback();
            return Error::file(why);
        }
        if (lock.value(0).toBool())
            return success();
        tell();
        if (stopped()) {
            db.rollback();
            return cancelledError();
        }
        QThread::msleep(100);
    }
}

} // namespace Rollbook

#include "serveraddress.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The address's words belong to the database's (their translations are kept under its name).
class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Database)
};

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
QString connectOptionsOf(const ServerAddress &address)
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

// libpq's words when TLS stopped a connection, put plainly; empty when TLS was not the cause.
ServerAddress::Problem tlsProblem(const ServerAddress &address, const QString &text)
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
ServerAddress::Problem problemOf(const ServerAddress &address, const QString &text)
{
    if (auto problem = tlsProblem(address, text); !problem.why.isEmpty())
        return problem;
    return {sentence(text),
            DatabaseText::tr("Check the address, that the server is running, and the password in "
                             "PGPASSWORD or your PostgreSQL password file (.pgpass).")};
}

} // namespace

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
    return shown(name, host);
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

QString ServerAddress::shown(const QString &name, const QString &host)
{
    return DatabaseText::tr("%1 on %2").arg(name, host);
}

QString ServerAddress::connectOptions() const
{
    return connectOptionsOf(*this);
}

ServerAddress::Problem ServerAddress::problemOf(const QString &libpqText) const
{
    return Rollbook::problemOf(*this, libpqText);
}

} // namespace Rollbook

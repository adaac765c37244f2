// rollbook-cli end to end: init and settings, run as the real program with QProcess. Data must
// come on stdout and messages on stderr; a refused request must leave the database as it was.
#include "clisupport.h"
#include "core/application.h"
#include "db/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::Run;

namespace {

using CliTesting::isServer;
using CliTesting::snapshot;

bool hasSideFiles(const QString &path)
{
    return QFile::exists(path + u"-wal"_s) || QFile::exists(path + u"-shm"_s) ||
           QFile::exists(path + u"-journal"_s);
}

// Runs `sql` on a plain connection to the file, as another program might have.
bool execPlain(const QString &path, const QString &sql)
{
    return CliTesting::execute(path, sql);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void initCreatesAndMigrates();
    void initIsIdempotent();
    void initTakesNoArguments();
    void withoutDatabaseUsesTheDefault();
    void settingsListsEverySetting();
    void settingsShowsOneValue_data();
    void settingsShowsOneValue();
    void settingsSetsAValue_data();
    void settingsSetsAValue();
    void badRequestChangesNothing_data();
    void badRequestChangesNothing();
    void versionAndHelp_data();
    void versionAndHelp();
    void databaseBeforeOrAfterTheCommand();
    void emptyDatabaseNameIsRefused_data();
    void emptyDatabaseNameIsRefused();
    void newerDatabaseIsRefusedUntouched_data();
    void newerDatabaseIsRefusedUntouched();
    void notADatabaseIsRefused_data();
    void notADatabaseIsRefused();
    void lockedFileIsRefused_data();
    void lockedFileIsRefused();
    void passwordInTheAddressIsRefused_data();
    void passwordInTheAddressIsRefused();
    void unreachableServerIsRefused_data();
    void unreachableServerIsRefused();

private:
    Run run(const QStringList &arguments) const;
    // A migrated database with a school name set, closed again.
    QString prepared();
    QString defaultDatabase() const;
    // The test's own database, a file or a server database, created on first use.
    const QString &database();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database.clear();
}

// Made when a test first asks: on the server each is a database of its own, and the tests of
// arguments alone need none.
const QString &TestCli::database()
{
    if (m_database.isEmpty())
        m_database = Testing::newDatabase(m_dir->filePath(u"rollbook.sqlite"_s));
    return m_database;
}

Run TestCli::run(const QStringList &arguments) const
{
    QProcess process;
    // The default database and any settings land in the test's own folder, never the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"USER"_s, u"cli-test"_s);
    environment.remove(u"USERNAME"_s);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(ROLLBOOK_CLI), arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning() << "rollbook-cli did not finish:" << arguments << process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCli::prepared()
{
    const Run done =
            run({u"--database"_s, database(), u"settings"_s, u"school_name"_s, u"Nordby skole"_s});
    if (done.exitCode != 0)
        qWarning() << done.err;
    return database();
}

QString TestCli::defaultDatabase() const
{
    return m_dir->filePath(u"data/Rollbook/Rollbook/rollbook.sqlite"_s);
}

void TestCli::initCreatesAndMigrates()
{
    // A file is made, folders and all; a server's database is there, empty, and is set up.
    const QString file = Testing::newDatabase(m_dir->filePath(u"new/folder/school.sqlite"_s));
    const Run done = run({u"init"_s, u"--database"_s, file});
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(done.out, QString());
    QVERIFY2(done.err.contains(u"ready"_s), qPrintable(done.err));
    QVERIFY2(done.err.contains(u"version %1"_s.arg(Database::latestSchemaVersion())),
             qPrintable(done.err));
    if (isServer(file)) {
        // Shown as people know it, "NAME on HOST", never the address mangled as a path.
        const QUrl address(file);
        QVERIFY2(done.err.contains(u"“%1 on %2”"_s.arg(address.path().mid(1), address.host())),
                 qPrintable(done.err));
    } else {
        QVERIFY(QFileInfo(file).isFile());
    }
    QCOMPARE(CliTesting::schemaVersion(file), Database::latestSchemaVersion());
    QVERIFY(CliTesting::hasTable(file, u"parent_link"_s));
    QVERIFY(!QFile::exists(defaultDatabase()));
}

void TestCli::initIsIdempotent()
{
    QCOMPARE(run({u"--database"_s, database(), u"init"_s}).exitCode, 0);
    const QByteArray first = snapshot(database());
    QVERIFY(!first.isEmpty());
    const Run again = run({u"--database"_s, database(), u"init"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(u"ready"_s), qPrintable(again.err));
    QCOMPARE(snapshot(database()), first);
    QCOMPARE(CliTesting::schemaVersion(database()), Database::latestSchemaVersion());
}

void TestCli::initTakesNoArguments()
{
    const Run done = run({u"--database"_s, database(), u"init"_s, u"now"_s});
    QCOMPARE(done.exitCode, 2);
    QCOMPARE(done.out, QString());
    QVERIFY2(done.err.contains(u"takes no arguments"_s), qPrintable(done.err));
    QVERIFY(CliTesting::neverOpened(database()));
}

void TestCli::withoutDatabaseUsesTheDefault()
{
    if (Testing::onServer())
        QSKIP("The default database is always a file; the SQLite run covers it.");
    const Run done = run({u"settings"_s, u"school_name"_s, u"Default skole"_s});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(QFile::exists(defaultDatabase()), qPrintable(done.err));
    const Run shown = run({u"settings"_s, u"school_name"_s});
    QCOMPARE(shown.out, u"Default skole\n"_s);
}

void TestCli::settingsListsEverySetting()
{
    // The first command on a missing file creates and migrates it.
    const Run done = run({u"--database"_s, database(), u"settings"_s});
    QCOMPARE(done.exitCode, 0);
    // One line a setting; a template of many lines is summed up.
    QVERIFY2(done.out.contains(u"\nlogin_address=\nparent_login_enabled=false\n"_s),
             qPrintable(done.out));
    QVERIFY(done.out.contains(u"\npassword_length=12\n"_s));
    QVERIFY(done.out.contains(
            u"\nletter_template=(12 lines; “rollbook-cli settings letter_template” shows them)\n"_s));
    QVERIFY(done.out.endsWith(u"\nschool_name=\n"_s));
    QCOMPARE(done.err, QString());
    QCOMPARE(CliTesting::schemaVersion(database()), Database::latestSchemaVersion());

    QCOMPARE(run({u"--database"_s, database(), u"settings"_s, u"school_name"_s, u"Åsen skole"_s})
                     .exitCode,
             0);
    QVERIFY(run({u"--database"_s, database(), u"settings"_s})
                    .out.endsWith(
                            u"\nparent_login_enabled=false\npassword_characters=letters-digits\n"
                            u"password_length=12\nroster_key=sourcedid\nsample_school=false\n"
                            u"school_name=Åsen skole\n"_s));
}

void TestCli::settingsShowsOneValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("parent_login_enabled") << u"parent_login_enabled"_s << u"false\n"_s;
    QTest::newRow("school_name") << u"school_name"_s << u"\n"_s;
    QTest::newRow("login_address") << u"login_address"_s << u"\n"_s;
}

void TestCli::settingsShowsOneValue()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Run done = run({u"--database"_s, database(), u"settings"_s, key});
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(done.out, expected);
    QCOMPARE(done.err, QString());
}

void TestCli::settingsSetsAValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("yes") << u"parent_login_enabled"_s << u"yes"_s << u"true"_s;
    QTest::newRow("TRUE") << u"parent_login_enabled"_s << u"TRUE"_s << u"true"_s;
    QTest::newRow("1") << u"parent_login_enabled"_s << u"1"_s << u"true"_s;
    QTest::newRow("off, unchanged") << u"parent_login_enabled"_s << u"off"_s << u"false"_s;
    QTest::newRow("school name") << u"school_name"_s << u"Nordby skole"_s << u"Nordby skole"_s;
    QTest::newRow("login address") << u"login_address"_s << u"https://nordby.itslearning.com"_s
                                   << u"https://nordby.itslearning.com"_s;
    QTest::newRow("backups kept") << u"backups_kept"_s << u"2"_s << u"2"_s;
    QTest::newRow("backup days") << u"backup_days"_s << u" 90"_s << u"90"_s;
    QTest::newRow("forget passwords after days")
            << u"forget_passwords_after_days"_s << u"14"_s << u"14"_s;
}

void TestCli::settingsSetsAValue()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    const Run set = run({u"--database"_s, database(), u"settings"_s, key, value});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.out, QString());
    QVERIFY2(set.err.contains(u"Saved"_s), qPrintable(set.err));

    const Run get = run({u"--database"_s, database(), u"settings"_s, key});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, shown + u'\n');

    // A change by hand is audited, with the user at the keyboard; an unchanged value is not.
    const bool changed = shown != u"false"_s;
    QCOMPARE(CliTesting::queryValue(database(),
                                    u"SELECT count(*) FROM audit WHERE action = 'setting' AND "
                                    u"actor = 'cli-test' AND subject = '%1'"_s.arg(key))
                     .toInt(),
             changed ? 1 : 0);
}

void TestCli::badRequestChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown key") << QStringList{u"settings"_s, u"colour"_s} << 2 << u"colour"_s;
    QTest::newRow("unknown key with a value")
            << QStringList{u"settings"_s, u"colour"_s, u"red"_s} << 2 << u"colour"_s;
    QTest::newRow("maybe for yes/no")
            << QStringList{u"settings"_s, u"parent_login_enabled"_s, u"maybe"_s} << 2 << u"maybe"_s;
    QTest::newRow("not a web address")
            << QStringList{u"settings"_s, u"login_address"_s, u"nordby"_s} << 2 << u"nordby"_s;
    QTest::newRow("forgetting after more than a year")
            << QStringList{u"settings"_s, u"forget_passwords_after_days"_s, u"400"_s} << 2
            << u"forget_passwords_after_days"_s;
    QTest::newRow("backups kept, not a number")
            << QStringList{u"settings"_s, u"backups_kept"_s, u"all"_s} << 2 << u"backups_kept"_s;
    QTest::newRow("line break in a text")
            << QStringList{u"settings"_s, u"school_name"_s, u"Nordby\nskole"_s} << 2
            << u"school_name"_s;
    QTest::newRow("too many arguments")
            << QStringList{u"settings"_s, u"school_name"_s, u"Nordby"_s, u"skole"_s} << 2
            << u"at most a key and a value"_s;
    QTest::newRow("unknown option")
            << QStringList{u"settings"_s, u"--colour"_s} << 2 << u"colour"_s;
    QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << 2 << u"not a rollbook-cli command"_s;
    QTest::newRow("no command") << QStringList{} << 2 << u"Usage: rollbook-cli"_s;
}

void TestCli::badRequestChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = prepared();
    const QByteArray before = snapshot(file);
    QVERIFY(!before.isEmpty());

    const Run done = run(QStringList{u"--database"_s, file} + arguments);
    QCOMPARE(done.exitCode, exitCode);
    QCOMPARE(done.out, QString());
    QVERIFY2(done.err.contains(message), qPrintable(done.err));
    QCOMPARE(snapshot(file), before);
    QVERIFY(!hasSideFiles(file));
    QCOMPARE(run({u"--database"_s, file, u"settings"_s, u"school_name"_s}).out,
             u"Nordby skole\n"_s);
}

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString version = u"rollbook-cli "_s + versionString();
    QTest::newRow("--version") << QStringList{u"--version"_s} << version;
    QTest::newRow("-v") << QStringList{u"-v"_s} << version;
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"Usage: rollbook-cli"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"settings"_s;
    QTest::newRow("settings --help")
            << QStringList{u"settings"_s, u"--help"_s} << u"parent_login_enabled"_s;
    QTest::newRow("init --help") << QStringList{u"init"_s, u"--help"_s}
                                 << u"Usage: rollbook-cli init"_s;
    // Both say how to name a database on a server, and where its password comes from.
    QTest::newRow("--help: server")
            << QStringList{u"--help"_s} << u"postgresql://USER@HOST[:PORT]/NAME"_s;
    QTest::newRow("users --help: server")
            << QStringList{u"users"_s, u"--help"_s} << u"postgresql://USER@HOST[:PORT]/NAME"_s;
    QTest::newRow("--help: password") << QStringList{u"--help"_s} << u"PGPASSWORD"_s;
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run done = run(arguments);
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.contains(expected), qPrintable(done.out));
    QCOMPARE(done.err, QString());
    // Asking for help opens no database.
    QVERIFY(!QFile::exists(defaultDatabase()));
}

void TestCli::databaseBeforeOrAfterTheCommand()
{
    const QString before = Testing::newDatabase(m_dir->filePath(u"before.sqlite"_s));
    const QString after = Testing::newDatabase(m_dir->filePath(u"after.sqlite"_s));
    QCOMPARE(run({u"--database"_s, before, u"settings"_s, u"school_name"_s, u"Before"_s}).exitCode,
             0);
    QCOMPARE(run({u"settings"_s, u"school_name"_s, u"After"_s, u"--database"_s, after}).exitCode,
             0);
    QCOMPARE(run({u"settings"_s, u"--database"_s, before, u"school_name"_s}).out, u"Before\n"_s);
    QCOMPARE(run({u"--database"_s, after, u"settings"_s, u"school_name"_s}).out, u"After\n"_s);
    QCOMPARE(run({u"--database="_s + after, u"init"_s}).exitCode, 0);
    QVERIFY(!QFile::exists(defaultDatabase()));
}

void TestCli::emptyDatabaseNameIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("before the command") << QStringList{u"--database"_s, QString(), u"init"_s};
    QTest::newRow("after the command") << QStringList{u"init"_s, u"--database"_s, QString()};
    QTest::newRow("as --database=")
            << QStringList{u"settings"_s, u"school_name"_s, u"X"_s, u"--database="_s};
}

void TestCli::emptyDatabaseNameIsRefused()
{
    // `--database "$DB"` with DB unset must not quietly change the default database.
    QFETCH(QStringList, arguments);
    const Run done = run(arguments);
    QCOMPARE(done.exitCode, 2);
    QCOMPARE(done.out, QString());
    QVERIFY2(done.err.contains(u"--database"_s), qPrintable(done.err));
    QVERIFY(!QFile::exists(defaultDatabase()));
}

void TestCli::newerDatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("init") << QStringList{u"init"_s};
    QTest::newRow("settings") << QStringList{u"settings"_s};
    QTest::newRow("settings KEY") << QStringList{u"settings"_s, u"school_name"_s};
    QTest::newRow("settings KEY VALUE")
            << QStringList{u"settings"_s, u"school_name"_s, u"Changed"_s};
}

void TestCli::newerDatabaseIsRefusedUntouched()
{
    QFETCH(QStringList, arguments);
    const QString file = prepared();
    QVERIFY(CliTesting::setSchemaVersion(file, Database::latestSchemaVersion() + 1));
    QVERIFY(!hasSideFiles(file));
    const QByteArray before = snapshot(file);

    const Run done = run(QStringList{u"--database"_s, file} + arguments);
    QCOMPARE(done.exitCode, 3);
    QCOMPARE(done.out, QString());
    QVERIFY2(done.err.contains(u"newer version of Rollbook"_s), qPrintable(done.err));
    QCOMPARE(snapshot(file), before);
    QVERIFY(!hasSideFiles(file));
}

void TestCli::notADatabaseIsRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("CSV") << QByteArray("username,first_name\nada,Ada\n")
                         << u"not a Rollbook database"_s;
    QTest::newRow("another program's database") << QByteArray() << u"not a Rollbook database"_s;
}

void TestCli::notADatabaseIsRefused()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    if (!contents.isEmpty() && Testing::onServer())
        QSKIP("A server database cannot hold a CSV file's bytes; only a file can.");
    const QString file = Testing::newDatabase(m_dir->filePath(u"other.db"_s));
    if (contents.isEmpty()) {
        QVERIFY(execPlain(file, u"CREATE TABLE notes (text TEXT)"_s));
    } else {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(contents);
    }
    const QByteArray before = snapshot(file);
    // The server says it in its own words: another program's tables, in the database NAME.
    const QString expected = isServer(file) ? u"another program's tables"_s : message;
    const QString name = isServer(file) ? QUrl(file).path().mid(1) : u"other.db"_s;

    for (const auto &arguments :
         {QStringList{u"init"_s}, QStringList{u"settings"_s, u"school_name"_s, u"X"_s}}) {
        const Run done = run(QStringList{u"--database"_s, file} + arguments);
        QCOMPARE(done.exitCode, 3);
        QCOMPARE(done.out, QString());
        QVERIFY2(done.err.contains(expected), qPrintable(done.err));
        QVERIFY2(done.err.contains(name), qPrintable(done.err));
        QCOMPARE(snapshot(file), before);
        QVERIFY(!hasSideFiles(file));
    }
}

void TestCli::lockedFileIsRefused_data()
{
    QTest::addColumn<int>("permissions");
    QTest::addColumn<QString>("message");
    QTest::newRow("unreadable") << 0 << u"cannot read"_s;
    QTest::newRow("read-only") << int(QFileDevice::ReadOwner | QFileDevice::ReadGroup)
                               << u"read-only"_s;
}

void TestCli::lockedFileIsRefused()
{
#ifdef Q_OS_UNIX
    if (Testing::onServer())
        QSKIP("File permissions are a file's matter; a server grants rights of its own.");
    QFETCH(int, permissions);
    QFETCH(QString, message);
    const QString file = prepared();
    const QByteArray before = snapshot(file);
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions::fromInt(permissions)));
    const Run done = run({u"--database"_s, file, u"settings"_s, u"school_name"_s, u"X"_s});
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(done.exitCode, 3);
    QCOMPARE(done.out, QString());
    QVERIFY2(done.err.contains(message), qPrintable(done.err));
    QCOMPARE(snapshot(file), before);
    QVERIFY(!hasSideFiles(file));
#else
    QSKIP("Permission bits are a Unix matter.");
#endif
}

void TestCli::passwordInTheAddressIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("address");
    const QString address = u"postgresql://rollbook:Sesam-7731@127.0.0.1/rollbook"_s;
    QTest::newRow("init") << QStringList{u"init"_s} << address;
    QTest::newRow("settings KEY VALUE")
            << QStringList{u"settings"_s, u"school_name"_s, u"X"_s} << address;
    QTest::newRow("users") << QStringList{u"users"_s} << address;
    QTest::newRow("import") << QStringList{u"import"_s, Testing::fixture(u"seed-a-children.csv"_s),
                                           u"--profile"_s, u"learner"_s}
                            << address;
    // Even a command that needs no database: the password must not stay in the habit.
    QTest::newRow("csv-preview") << QStringList{u"csv-preview"_s,
                                                Testing::fixture(u"seed-a-children.csv"_s)}
                                 << address;
    QTest::newRow("after the command") << QStringList{u"batches"_s} << address;
    QTest::newRow("with a port") << QStringList{u"init"_s}
                                 << u"postgresql://rollbook:Sesam-7731@127.0.0.1:5432/db"_s;
    // An address that is wrong in another way as well must not be repeated back either.
    QTest::newRow("and a port that is not a number")
            << QStringList{u"init"_s} << u"postgresql://rollbook:Sesam-7731@127.0.0.1:port/db"_s;
    QTest::newRow("postgres://") << QStringList{u"init"_s}
                                 << u"postgres://rollbook:Sesam-7731@localhost/rollbook"_s;
}

void TestCli::passwordInTheAddressIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, address);
    const QStringList line = QTest::currentDataTag() == QByteArray("after the command")
                                     ? arguments + QStringList{u"--database"_s, address}
                                     : QStringList{u"--database"_s, address} + arguments;
    const Run done = run(line);
    QCOMPARE(done.exitCode, 2);
    QCOMPARE(done.out, QString());
    QVERIFY2(done.err.contains(u"password"_s), qPrintable(done.err));
    QVERIFY2(done.err.contains(u"PGPASSWORD"_s), qPrintable(done.err));
    // Nothing of the password is repeated back: not the value, not the address that holds it.
    QVERIFY2(!done.err.contains(u"Sesam"_s), qPrintable(done.err));
    QVERIFY2(!done.err.contains(u"7731"_s), qPrintable(done.err));
    QVERIFY(!QFile::exists(defaultDatabase()));
}

void TestCli::unreachableServerIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("init") << QStringList{u"init"_s};
    QTest::newRow("settings KEY VALUE") << QStringList{u"settings"_s, u"school_name"_s, u"X"_s};
    QTest::newRow("import") << QStringList{u"import"_s, Testing::fixture(u"seed-a-children.csv"_s),
                                           u"--profile"_s, u"learner"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"out"_s};
}

void TestCli::unreachableServerIsRefused()
{
    // Nothing listens on port 1: the server cannot be reached, and that is a failure (3), not a
    // usage error, with a message that names the server.
    QFETCH(QStringList, arguments);
    const Run done = run(QStringList{u"--database"_s, u"postgresql://rollbook@127.0.0.1:1/none"_s} +
                         arguments);
    QCOMPARE(done.exitCode, 3);
    QCOMPARE(done.out, QString());
    QVERIFY2(done.err.contains(u"none on 127.0.0.1"_s), qPrintable(done.err));
    QVERIFY2(done.err.contains(u"port 1 "_s), qPrintable(done.err));
    QVERIFY(!QFile::exists(defaultDatabase()));
    QVERIFY(!QFile::exists(m_dir->filePath(u"out"_s)));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCli)
#include "tst_cli.moc"

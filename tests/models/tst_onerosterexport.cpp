// The OneRoster 1.1 export (models/distribution/onerosterexport): manifest.csv, orgs.csv and
// users.csv compared byte for byte after imports of the fixtures through the real engine, the
// links written on both people, the sourcedIds, the password column, and a failed export that
// leaves the folder as it was.
#include "csv/csvreader.h"
#include "db/database.h"
#include "distribution/audience.h"
#include "distribution/onerosterexport.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// Every entry below `folder`, hidden ones too, with the bytes of each file: what "the folder as
// it was" means.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        entries.insert(QDir(folder).relativeFilePath(path),
                       it.fileInfo().isDir() || !file.open(QIODevice::ReadOnly)
                               ? QByteArray("<folder>")
                               : file.readAll());
    }
    return entries;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<cannot read>");
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Lines joined as the files write them: CRLF after each.
QByteArray crlf(const QList<QByteArray> &lines)
{
    QByteArray bytes;
    for (const QByteArray &line : lines)
        bytes += line + "\r\n";
    return bytes;
}

const QByteArray usersHeader =
        "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
        "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
        "password";

// sha256("Nordby skole") begins 6c991aab4d78: the id must never change between versions, or a
// system that read an earlier bundle would take this one for another school.
const QString nordbyOrg = u"rollbook-school-6c991aab4d78"_s;

Person person(qint64 id, const QString &profile, const QString &syncKey, const QString &username)
{
    Person p;
    p.id = id;
    p.profile = profile;
    p.syncKey = syncKey;
    p.username = username;
    p.firstName = u"First"_s;
    p.lastName = u"Last"_s;
    return p;
}

QStringList fileNames(const OneRosterExportResult &result)
{
    QStringList names;
    for (const ExportedFile &file : result.files)
        names << u"%1:%2"_s.arg(file.fileName).arg(file.rows);
    return names;
}

} // namespace

class TestOneRosterExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void siblingsSharingTwoParentsComeOutExactly();
    void manifestDeclaresABulkBundleOfOrgsAndUsers();
    void orgIsTheSchoolFromTheSettingsOrAFixedOne_data();
    void orgIsTheSchoolFromTheSettingsOrAFixedOne();
    void parentOfSeveralChildrenWithoutSyncKeysGetsMadeUpIds();
    void bundleReadsBackWithTheCsvReader();
    void passwordColumnIsEmptyWhenPasswordsAreOff();
    void linksToPeopleNotExportedAreLeftOut_data();
    void linksToPeopleNotExportedAreLeftOut();
    void sourcedIdsAreUniqueAndListable();
    void staffAreLeftOutAndCounted();
    void nobodyToExportIsRefusedAndWritesNothing_data();
    void nobodyToExportIsRefusedAndWritesNothing();
    void earlierBundleIsReplacedOtherFilesKept();
    void targetThatCannotBeWrittenLeavesNothing_data();
    void targetThatCannotBeWrittenLeavesNothing();
    void fileThatCannotBePutInPlaceLeavesTheFolderAsItWas();

private:
    void import(const QString &fixture, Profile profile, const QString &syncField = QString(),
                MatchField match = MatchField::SyncKey);
    void setPasswords();
    qint64 idOf(const QString &username) const;
    QList<Recipient> load(const Audience &audience = {});
    OneRosterExportResult exportTo(const QString &folder, const Audience &audience = {},
                                   const OneRosterExportOptions &options = nordby());
    static OneRosterExportOptions nordby() { return {true, u"Nordby skole"_s}; }
    QSqlDatabase db() const { return m_database->connection(); }
    QString folder(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestOneRosterExport::init()
{
    static int n = 0;
    QVERIFY(m_dir.isValid());
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"db-%1/rollbook.sqlite"_s.arg(++n))));
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    // Parents are imported only while parent login is on.
    QVERIFY(SettingsStore(db()).set(u"parent_login_enabled"_s, u"true"_s, u"test"_s).ok());
}

void TestOneRosterExport::cleanup()
{
    m_database.reset();
}

void TestOneRosterExport::import(const QString &fixture, Profile profile, const QString &syncField,
                                 MatchField match)
{
    ImportPlan plan;
    plan.filePath = Testing::fixture(fixture);
    plan.profile = profile;
    plan.syncField = syncField;
    plan.matchField = match;
    plan.backupsKept = 0;
    const auto report = runImport(db(), plan);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QVERIFY2(report.value().committed, qPrintable(fixture));
    QVERIFY2(report.value().errors.isEmpty(), qPrintable(fixture));
}

// Known passwords, so that the files can be compared whole.
void TestOneRosterExport::setPasswords()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE person SET password = 'pw-' || username"_s));
}

qint64 TestOneRosterExport::idOf(const QString &username) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id FROM person WHERE username = ?"_s);
    q.addBindValue(username);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QList<Recipient> TestOneRosterExport::load(const Audience &audience)
{
    auto recipients = loadRecipients(db(), audience);
    if (!recipients) {
        QTest::qFail(qPrintable(recipients.error().message), __FILE__, __LINE__);
        return {};
    }
    return recipients.value();
}

OneRosterExportResult TestOneRosterExport::exportTo(const QString &target, const Audience &audience,
                                                    const OneRosterExportOptions &options)
{
    auto result = exportOneRoster(load(audience), target, options);
    if (!result) {
        QTest::qFail(qPrintable(result.error().message), __FILE__, __LINE__);
        return {};
    }
    return result.value();
}

// Two learners who share both parents: each learner names both parents, each parent both
// children, in one quoted field; UTF-8 without a byte order mark, CRLF, every column of the
// binding in its order, status and dateLastModified blank (bulk).
void TestOneRosterExport::siblingsSharingTwoParentsComeOutExactly()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s);
    setPasswords();
    const QString target = folder(u"siblings"_s);
    const OneRosterExportResult result = exportTo(target);

    QCOMPARE(fileNames(result),
             QStringList({u"manifest.csv:17"_s, u"orgs.csv:1"_s, u"users.csv:4"_s}));
    QCOMPARE(result.learners, 2);
    QCOMPARE(result.parents, 2);
    QCOMPARE(result.links, 4);
    QCOMPARE(result.linksLeftOut, 0);
    QCOMPARE(result.madeUpSourcedIds, 0);
    QCOMPARE(result.orgSourcedId, nordbyOrg);
    QCOMPARE(result.orgName, u"Nordby skole"_s);

    const QByteArray org = nordbyOrg.toLatin1();
    // Learners first, then parents, each by last and first name; children by synchronisation
    // key, parents in the order of their rows.
    QCOMPARE(readBytes(QDir(target).filePath(u"users.csv"_s)),
             crlf({usersHeader,
                   "2,,,true," + org + ",student,son2,,Johnny,Dean,,,,,,\"222,333\",,pw-son2",
                   "1,,,true," + org + ",student,son1,,Jim,Dickinson,,,,,,\"222,333\",,pw-son1",
                   "222,,,true," + org + ",parent,mom,,Elizabeth,Dickinson,,,,,,\"1,2\",,pw-mom",
                   "333,,,true," + org + ",parent,dad,,Robert,Dickinson,,,,,,\"1,2\",,pw-dad"}));
    QCOMPARE(readBytes(QDir(target).filePath(u"orgs.csv"_s)),
             crlf({"sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
                   org + ",,,Nordby skole,school,,"}));
    // Nothing else: no staging folder left behind.
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                    QDir::Name),
             QStringList({u"manifest.csv"_s, u"orgs.csv"_s, u"users.csv"_s}));
}

void TestOneRosterExport::manifestDeclaresABulkBundleOfOrgsAndUsers()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    const QString target = folder(u"manifest"_s);
    exportTo(target);
    QCOMPARE(readBytes(QDir(target).filePath(u"manifest.csv"_s)),
             crlf({"propertyName,value", "manifest.version,1.0", "oneroster.version,1.1",
                   "file.academicSessions,absent", "file.categories,absent", "file.classes,absent",
                   "file.classResources,absent", "file.courses,absent",
                   "file.courseResources,absent", "file.demographics,absent",
                   "file.enrollments,absent", "file.lineItems,absent", "file.orgs,bulk",
                   "file.resources,absent", "file.results,absent", "file.users,bulk",
                   "source.systemName,Rollbook", "source.systemCode,rollbook"}));
}

void TestOneRosterExport::orgIsTheSchoolFromTheSettingsOrAFixedOne_data()
{
    QTest::addColumn<QString>("schoolName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sourcedId");
    QTest::newRow("the school's name") << u"Nordby skole"_s << u"Nordby skole"_s << nordbyOrg;
    QTest::newRow("spaces around it") << u"  Nordby skole "_s << u"Nordby skole"_s << nordbyOrg;
    QTest::newRow("letters beyond ASCII")
            << u"Ås skole"_s << u"Ås skole"_s << u"rollbook-school-3057cb78ee0d"_s;
    QTest::newRow("no name set") << QString() << u"School"_s << u"rollbook-school"_s;
}

void TestOneRosterExport::orgIsTheSchoolFromTheSettingsOrAFixedOne()
{
    QFETCH(QString, schoolName);
    QFETCH(QString, name);
    QFETCH(QString, sourcedId);
    import(u"seed-a-children.csv"_s, Profile::Learner);
    const QString target = folder(u"org-"_s + QString::number(qHash(schoolName)));
    const OneRosterExportResult result = exportTo(target, {}, {true, schoolName});
    QCOMPARE(result.orgSourcedId, sourcedId);
    QCOMPARE(result.orgName, name);
    const CsvTable orgs = CsvReader::readFile(QDir(target).filePath(u"orgs.csv"_s));
    QVERIFY(orgs.ok());
    QCOMPARE(orgs.rows.size(), 1);
    QCOMPARE(orgs.rows.first().fields, QStringList({sourcedId, QString(), QString(), name,
                                                    u"school"_s, QString(), QString()}));
    // Every user names the org.
    const CsvTable users = CsvReader::readFile(QDir(target).filePath(u"users.csv"_s));
    QVERIFY(users.ok());
    QCOMPARE(users.rows.size(), 2);
    for (const CsvRow &row : users.rows)
        QCOMPARE(row.fields.at(users.header.indexOf(u"orgSourcedIds"_s)), sourcedId);
}

// Parents matched by user name have no synchronisation key: their sourcedId is made up from
// their number in Rollbook, and their children name them by it. Ola has two children.
void TestOneRosterExport::parentOfSeveralChildrenWithoutSyncKeysGetsMadeUpIds()
{
    import(u"learners-utf8.csv"_s, Profile::Learner);
    import(u"parents-by-username.csv"_s, Profile::Parent, u"Barnets brukernavn"_s,
           MatchField::Username);
    setPasswords();
    const QString target = folder(u"by-username"_s);
    const OneRosterExportResult result = exportTo(target);
    QCOMPARE(result.learners, 4);
    QCOMPARE(result.parents, 2);
    QCOMPARE(result.links, 3);
    QCOMPARE(result.madeUpSourcedIds, 2);

    const QByteArray kari = "rollbook-" + QByteArray::number(idOf(u"kari.berg"_s));
    const QByteArray ola = "rollbook-" + QByteArray::number(idOf(u"ola.haugen"_s));
    const QByteArray org = nordbyOrg.toLatin1();
    QCOMPARE(readBytes(QDir(target).filePath(u"users.csv"_s)),
             crlf({usersHeader,
                   "L100,,,true," + org +
                           ",student,aase.berg,,Åse,Berg,,,aase.berg@skole.example,,," + kari +
                           ",,pw-aase.berg",
                   "L103,,,true," + org +
                           ",student,zoe.dubois,,Zoë,Dubois-Lefèvre,,,zoe@skole.example,,,,,"
                           "pw-zoe.dubois",
                   "L101,,,true," + org +
                           ",student,oystein.haugen,,Øystein,Haugen,,,oystein@skole.example,,," +
                           ola + ",,pw-oystein.haugen",
                   "L102,,,true," + org + ",student,bjorn.naess,,Bjørn,Næss,,,,,," + ola +
                           ",,pw-bjorn.naess",
                   kari + ",,,true," + org +
                           ",parent,kari.berg,,Kari,Berg,,,kari@hjem.example,,,L100,,"
                           "pw-kari.berg",
                   ola + ",,,true," + org +
                           ",parent,ola.haugen,,Ola,Haugen,,,ola@hjem.example,,,\"L101,L102\",,"
                           "pw-ola.haugen"}));
}

// Read back as any reader would: the list of agents is one field, and every value is exactly
// what Rollbook holds, a leading = or - too (no apostrophe added: systems read the bundle).
void TestOneRosterExport::bundleReadsBackWithTheCsvReader()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE person SET first_name = '=Jim, \"Jimmy\"', password = '-x+1' "
                   u"WHERE username = 'son1'"_s));
    const QString target = folder(u"read-back"_s);
    exportTo(target);
    const CsvTable users = CsvReader::readFile(QDir(target).filePath(u"users.csv"_s));
    QVERIFY(users.ok());
    QCOMPARE(users.detection.encoding, CsvEncoding::Utf8);
    QVERIFY(!users.detection.byteOrderMark);
    QCOMPARE(users.header, oneRosterUserColumns());
    QCOMPARE(users.header.size(), 18);
    QMap<QString, QStringList> byUser; // username -> sourcedId, role, agents, given, password
    for (const CsvRow &row : users.rows) {
        QCOMPARE(row.fields.size(), 18);
        byUser.insert(row.fields.at(6), {row.fields.at(0), row.fields.at(5), row.fields.at(15),
                                         row.fields.at(8), row.fields.at(17)});
    }
    QCOMPARE(byUser.value(u"son1"_s),
             QStringList({u"1"_s, u"student"_s, u"222,333"_s, u"=Jim, \"Jimmy\""_s, u"-x+1"_s}));
    QCOMPARE(byUser.value(u"dad"_s).mid(0, 3), QStringList({u"333"_s, u"parent"_s, u"1,2"_s}));
}

// Without Export passwords the column stays (the binding's header is whole) and is empty.
void TestOneRosterExport::passwordColumnIsEmptyWhenPasswordsAreOff()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s);
    setPasswords();
    const QString target = folder(u"no-passwords"_s);
    exportTo(target, {}, {false, u"Nordby skole"_s});
    const QByteArray bytes = readBytes(QDir(target).filePath(u"users.csv"_s));
    QVERIFY(!bytes.contains("pw-"));
    const CsvTable users = CsvReader::readFile(QDir(target).filePath(u"users.csv"_s));
    QVERIFY(users.ok());
    QCOMPARE(users.header.last(), u"password"_s);
    QCOMPARE(users.rows.size(), 4);
    for (const CsvRow &row : users.rows)
        QCOMPARE(row.fields.last(), QString());
    QVERIFY(bytes.contains("\r\n2,,,true,"));
    QVERIFY(bytes.contains(",Johnny,Dean,,,,,,\"222,333\",,\r\n"));
}

void TestOneRosterExport::linksToPeopleNotExportedAreLeftOut_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("leftOut");
    QTest::addColumn<int>("rows");
    // A parent's children who are not exported are counted; a learner's parents are not known
    // to the export of learners only, and are simply not named.
    QTest::newRow("parents only") << u"parent"_s << 4 << 2;
    QTest::newRow("learners only") << u"learner"_s << 0 << 2;
}

void TestOneRosterExport::linksToPeopleNotExportedAreLeftOut()
{
    QFETCH(QString, profile);
    QFETCH(int, leftOut);
    QFETCH(int, rows);
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s);
    const QString target = folder(u"only-"_s + profile);
    Audience audience;
    audience.profile = profile;
    const OneRosterExportResult result = exportTo(target, audience);
    QCOMPARE(result.links, 0);
    QCOMPARE(result.linksLeftOut, leftOut);
    const CsvTable users = CsvReader::readFile(QDir(target).filePath(u"users.csv"_s));
    QVERIFY(users.ok());
    QCOMPARE(users.rows.size(), rows);
    for (const CsvRow &row : users.rows) {
        QCOMPARE(row.fields.at(5), profile == u"parent"_s ? u"parent"_s : u"student"_s);
        QCOMPARE(row.fields.at(15), QString());
    }
}

// A key with a comma cannot stand in a list of sourcedIds, and a made-up id some key already
// is would name two people: both get an id of their own, and the links follow it.
void TestOneRosterExport::sourcedIdsAreUniqueAndListable()
{
    Recipient child{person(7, u"learner"_s, u"7,a"_s, u"child"_s), {}};
    Recipient other{person(8, u"learner"_s, u"rollbook-9"_s, u"other"_s), {}};
    Recipient parent{person(9, u"parent"_s, QString(), u"parent"_s), {child.person}};
    const QString target = folder(u"ids"_s);
    const auto result = exportOneRoster({child, other, parent}, target, nordby());
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().madeUpSourcedIds, 2);
    QCOMPARE(result.value().links, 1);
    const CsvTable users = CsvReader::readFile(QDir(target).filePath(u"users.csv"_s));
    QVERIFY(users.ok());
    QMap<QString, QStringList> byUser; // username -> sourcedId, agents
    for (const CsvRow &row : users.rows)
        byUser.insert(row.fields.at(6), {row.fields.at(0), row.fields.at(15)});
    QCOMPARE(byUser.value(u"child"_s), QStringList({u"rollbook-7"_s, u"rollbook-9-2"_s}));
    QCOMPARE(byUser.value(u"other"_s), QStringList({u"rollbook-9"_s, QString()}));
    QCOMPARE(byUser.value(u"parent"_s), QStringList({u"rollbook-9-2"_s, u"rollbook-7"_s}));
}

void TestOneRosterExport::staffAreLeftOutAndCounted()
{
    Recipient learner{person(1, u"learner"_s, u"1"_s, u"pupil"_s), {}};
    Recipient staff{person(2, u"staff"_s, u"2"_s, u"teacher"_s), {}};
    const QString target = folder(u"staff"_s);
    const auto result = exportOneRoster({learner, staff}, target, nordby());
    QVERIFY(result.ok());
    QCOMPARE(result.value().staff, 1);
    QCOMPARE(fileNames(result.value()),
             QStringList({u"manifest.csv:17"_s, u"orgs.csv:1"_s, u"users.csv:1"_s}));
    QVERIFY(!readBytes(QDir(target).filePath(u"users.csv"_s)).contains("teacher"));
}

void TestOneRosterExport::nobodyToExportIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<bool>("withStaff");
    QTest::addColumn<QString>("message");
    QTest::newRow("nobody") << false << u"Nobody was chosen, so there is nothing to export."_s;
    QTest::newRow("staff only") << true << u"Only staff were chosen"_s;
}

void TestOneRosterExport::nobodyToExportIsRefusedAndWritesNothing()
{
    QFETCH(bool, withStaff);
    QFETCH(QString, message);
    QList<Recipient> recipients;
    if (withStaff)
        recipients.append({person(2, u"staff"_s, u"2"_s, u"teacher"_s), {}});
    const QString target = folder(u"nobody-%1"_s.arg(withStaff));
    const auto result = exportOneRoster(recipients, target, nordby());
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QVERIFY(!QFileInfo::exists(target));
}

void TestOneRosterExport::earlierBundleIsReplacedOtherFilesKept()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    const QString target = folder(u"again"_s);
    QVERIFY(QDir().mkpath(target));
    const QDir dir(target);
    // An earlier bundle (in another case, as Windows might have it) and the administrator's own
    // files, a OneRoster file this bundle does not write among them.
    QVERIFY(writeText(dir.filePath(u"Users.CSV"_s), "old users"));
    QVERIFY(writeText(dir.filePath(u"manifest.csv"_s), "old manifest"));
    QVERIFY(writeText(dir.filePath(u"classes.csv"_s), "mine"));
    QVERIFY(writeText(dir.filePath(u"notes.txt"_s), "mine too"));
    exportTo(target);
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             QStringList({u"classes.csv"_s, u"manifest.csv"_s, u"notes.txt"_s, u"orgs.csv"_s,
                          u"users.csv"_s}));
    const auto kept = snapshot(target);
    QCOMPARE(kept.value(u"classes.csv"_s), QByteArray("mine"));
    QCOMPARE(kept.value(u"notes.txt"_s), QByteArray("mine too"));
    QVERIFY(kept.value(u"users.csv"_s).startsWith(usersHeader));
    QVERIFY(kept.value(u"manifest.csv"_s).startsWith("propertyName,value\r\n"));
}

void TestOneRosterExport::targetThatCannotBeWrittenLeavesNothing_data()
{
    QTest::addColumn<QString>("setup"); // what stands where the folder should be
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << u"file"_s << u"is a file, not a folder"_s;
    QTest::newRow("a folder inside a file") << u"under-file"_s << u"cannot make the folder"_s;
    QTest::newRow("a read-only folder") << u"read-only"_s << u"cannot write in the folder"_s;
}

void TestOneRosterExport::targetThatCannotBeWrittenLeavesNothing()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    import(u"seed-a-children.csv"_s, Profile::Learner);
    const QString base = folder(u"bad-"_s + setup);
    QVERIFY(QDir().mkpath(base));
    QString target;
    if (setup == u"file"_s) {
        target = QDir(base).filePath(u"export"_s);
        QVERIFY(writeText(target, "a file"));
    } else if (setup == u"under-file"_s) {
        QVERIFY(writeText(QDir(base).filePath(u"export"_s), "a file"));
        target = QDir(base).filePath(u"export/inside/deeper"_s);
    } else {
        target = QDir(base).filePath(u"export"_s);
        QVERIFY(QDir().mkpath(target));
        QVERIFY(writeText(QDir(target).filePath(u"users.csv"_s), "earlier"));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::ExeOwner);
        // The superuser writes anywhere.
        if (QFile probe(QDir(target).filePath(u"probe"_s)); probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("This user may write in a read-only folder.");
        }
    }
    const auto before = snapshot(base);
    const auto result = exportOneRoster(load(), target, nordby());
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::File);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(target)),
             qPrintable(result.error().message));
    QCOMPARE(snapshot(base), before);
}

void TestOneRosterExport::fileThatCannotBePutInPlaceLeavesTheFolderAsItWas()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    const QString target = folder(u"in-the-way"_s);
    exportTo(target);
    QDir dir(target);
    QVERIFY(writeText(dir.filePath(u"notes.txt"_s), "mine"));
    // A folder where users.csv goes, found only once the other files are moving into place.
    QVERIFY(dir.remove(u"users.csv"_s));
    QVERIFY(dir.mkdir(u"users.csv"_s));
    const auto before = snapshot(target);

    const auto result = exportOneRoster(load(), target, nordby());
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::File);
    QVERIFY2(
            result.error().message.contains(QDir::toNativeSeparators(dir.filePath(u"users.csv"_s))),
            qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"a folder of that name is in the way"_s),
             qPrintable(result.error().message));
    QCOMPARE(snapshot(target), before);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestOneRosterExport)
#include "tst_onerosterexport.moc"

// rollbook-cli import-roster, end to end with QProcess: OneRoster 1.1 and 1.2 and School Data Sync
// v2.1 rosters (a folder or a .zip) imported in one batch; bad rosters refused with the file, line
// and column and the database unchanged; who left listed, removed only on request and brought
// back by undo-import; the synchronisation key chosen and remembered; the report and the rejected
// rows; and the import killed at any moment, which must leave the database as it was.
#include "clisupport.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::fixture;
using Testing::Run;

namespace {

// Every link as "parent's user name -> learner's user name", sorted here (the engines' collations
// differ).
const QString linksSql = u"SELECT p.username || ' -> ' || l.username FROM parent_link k "
                         u"JOIN person p ON p.id = k.parent_id JOIN person l ON l.id = "
                         u"k.learner_id"_s;

// The people of the larger roster the kill test writes: students and as many guardians.
constexpr int bigRosterFamilies = 3000;

// One section ("# person") of a dump, up to the next.
QString section(const QString &dump, const QString &table)
{
    const QString start = u"# "_s + table + u'\n';
    const qsizetype from = dump.indexOf(start);
    if (from < 0)
        return {};
    const qsizetype to = dump.indexOf(u"\n# "_s, from + start.size());
    return dump.mid(from, to < 0 ? -1 : to - from);
}

QString withoutBom(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

class TestCliRoster : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void rosterImports_data();
    void rosterImports();
    void dryRunWritesNothing_data();
    void dryRunWritesNothing();
    void badRosterIsRefusedAndChangesNothing_data();
    void badRosterIsRefusedAndChangesNothing();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void whoLeftIsListedRemovedOnRequestAndUndone();
    void identifierKeyIsUsedAndRemembered();
    void reportAndRejectedFiles();
    void killedImportLeavesTheDatabaseAsItWas();

private:
    Run run(const QStringList &arguments) const;
    QString dump() const;
    QStringList rows(const QString &sql) const;
    int count(const QString &sql) const;
    // A new database with parent login on (a roster brings parents), and `rosters` imported.
    [[nodiscard]] bool newDatabase(const QStringList &rosters = {});
    [[nodiscard]] bool importRosters(const QStringList &rosters) const;
    // The fixture roster folder copied into the temporary folder, with users.csv's lines (CRLF)
    // edited.
    QString editedRoster(const QString &name, const std::function<QStringList(QStringList)> &edit);
    // oneroster-1.1 next term: Jens Müller (stu-20002) and his father Klaus (gua-30004) left.
    QString rosterWithoutTheMullers();
    // A OneRoster 1.1 folder of the fixture's school with bigRosterFamilies students and as many
    // guardians, none of them the fixture's people.
    QString bigRoster();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCliRoster::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(newDatabase());
}

bool TestCliRoster::newDatabase(const QStringList &rosters)
{
    static int n = 0;
    m_database = Testing::newDatabase(m_dir->filePath(u"cli-%1.sqlite"_s.arg(++n)));
    const Run set = run({u"settings"_s, u"parent_login_enabled"_s, u"true"_s});
    if (set.exitCode != 0) {
        qWarning("settings: %s", qPrintable(set.err));
        return false;
    }
    return importRosters(rosters);
}

bool TestCliRoster::importRosters(const QStringList &rosters) const
{
    for (const QString &roster : rosters) {
        const Run done = run({u"import-roster"_s, fixture(roster)});
        if (done.exitCode != 0) {
            qWarning("import-roster %s: %s", qPrintable(roster), qPrintable(done.err));
            return false;
        }
    }
    return true;
}

Run TestCliRoster::run(const QStringList &arguments) const
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                               QStringList{u"--database"_s, m_database} + arguments);
}

// Every table and row, read on a connection of its own (a file's or the server's).
QString TestCliRoster::dump() const
{
    return Testing::dumpFile(m_database);
}

QStringList TestCliRoster::rows(const QString &sql) const
{
    QStringList result;
    CliTesting::withConnection(m_database, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            result.append(u"<%1>"_s.arg(query.lastError().text()));
            return;
        }
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i).toString());
            result.append(row.join(u'|'));
        }
    });
    result.sort();
    return result;
}

int TestCliRoster::count(const QString &sql) const
{
    const QVariant value = CliTesting::queryValue(m_database, sql);
    return value.isValid() ? value.toInt() : -1;
}

QString TestCliRoster::editedRoster(const QString &name,
                                    const std::function<QStringList(QStringList)> &edit)
{
    static int n = 0;
    const QDir source(fixture(name));
    const QString target = m_dir->filePath(u"edited-%1/%2"_s.arg(++n).arg(source.dirName()));
    if (!QDir().mkpath(target))
        return {};
    for (const QString &file : source.entryList(QDir::Files)) {
        QFile in(source.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = in.readAll();
        if (file == u"users.csv"_s)
            data = edit(QString::fromUtf8(data).split(u"\r\n"_s)).join(u"\r\n"_s).toUtf8();
        QFile out(QDir(target).filePath(file));
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return {};
    }
    return target;
}

QString TestCliRoster::rosterWithoutTheMullers()
{
    return editedRoster(u"roster/oneroster-1.1"_s, [](const QStringList &lines) {
        QStringList kept;
        for (QString line : lines) {
            if (line.startsWith(u"stu-20002,"_s) || line.startsWith(u"gua-30004,"_s))
                continue;
            line.replace(u"\"gua-30004\""_s, QString()); // Lena's row (she is not imported)
            kept.append(line);
        }
        return kept;
    });
}

QString TestCliRoster::bigRoster()
{
    const QString folder = m_dir->filePath(u"big-roster"_s);
    if (!QDir().mkpath(folder))
        return {};
    const QDir source(fixture(u"roster/oneroster-1.1"_s));
    for (const QString &name : {u"manifest.csv"_s, u"orgs.csv"_s}) {
        QFile::remove(QDir(folder).filePath(name));
        if (!QFile::copy(source.filePath(name), QDir(folder).filePath(name)))
            return {};
    }
    QFile users(QDir(folder).filePath(u"users.csv"_s));
    if (!users.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,"
                      "userIds,givenName,familyName,middleName,identifier,email,sms,phone,"
                      "agentSourcedIds,grades,password\r\n";
    // Guardian i has children i and i + 1 (of the same family pair), named on both sides.
    const auto guardiansOf = [](int child) {
        QStringList ids{u"gua-%1"_s.arg(child)};
        if (child % 2 == 1)
            ids.append(u"gua-%1"_s.arg(child - 1));
        return ids;
    };
    const auto childrenOf = [](int guardian) {
        QStringList ids{u"stu-%1"_s.arg(guardian)};
        if (guardian % 2 == 0 && guardian + 1 < bigRosterFamilies)
            ids.append(u"stu-%1"_s.arg(guardian + 1));
        return ids;
    };
    for (int i = 0; i < bigRosterFamilies; ++i)
        text += u"stu-%1,,,true,org-solbakken,student,kid%1,,Kid%1,Family%1,,%2,kid%1@elev.example"
                u",,,\"%3\",05,\r\n"_s.arg(i)
                        .arg(100000 + i)
                        .arg(guardiansOf(i).join(u','))
                        .toUtf8();
    for (int i = 0; i < bigRosterFamilies; ++i)
        text += u"gua-%1,,,true,org-solbakken,parent,mum%1,,Mum%1,Family%1,,%2,mum%1@home.example"
                u",,,\"%3\",,\r\n"_s.arg(i)
                        .arg(200000 + i)
                        .arg(childrenOf(i).join(u','))
                        .toUtf8();
    text += "stf-1,,,true,org-solbakken,teacher,teacher1,,Tea,Cher,,,teacher1@school.example,,,,,"
            "\r\n";
    if (users.write(text) != text.size())
        return {};
    return folder;
}

void TestCliRoster::rosterImports_data()
{
    QTest::addColumn<QString>("roster");
    QTest::addColumn<QStringList>("said"); // on stderr
    QTest::addColumn<int>("learners");
    QTest::addColumn<int>("parents");
    QTest::addColumn<QString>("someone"); // "sync key|user name|first|last|profile"
    QTest::addColumn<QString>("notImported");
    QTest::addColumn<QStringList>("links");

    QTest::newRow("OneRoster 1.1 folder")
            << u"roster/oneroster-1.1"_s
            << QStringList{u"Synchronisation key: sourcedId (--key to choose).\n"_s,
                           u"oneroster-1.1 is a OneRoster 1.1 roster of Solbakken skole: 7 "
                           u"learners, 5 guardians and 9 links between them."_s,
                           u"Skipped, as they are neither learners nor guardians: 1 "
                           u"administrator, 2 teacher."_s,
                           u"Warning: users.csv, line 8, column “enabledUser”: “lena.muller” is "
                           u"not imported."_s,
                           u"Imported oneroster-1.1 as import 1: 12 created, 0 updated, 0 "
                           u"unchanged, 9 links made; 0 errors, 1 warning.\n"_s}
            << 7 << 5 << u"stu-20001|ase.odegard|Åse|Ødegård|learner"_s << u"lena.muller"_s
            << QStringList{u"berit.bjorkli -> nora.bjorkli"_s,   u"hilde.haugen -> emil.haugen"_s,
                           u"hilde.haugen -> magnus.haugen"_s,   u"hilde.haugen -> sofie.haugen"_s,
                           u"klaus.muller -> jens.muller"_s,     u"randi.odegard -> ase.odegard"_s,
                           u"randi.odegard -> ingrid.odegard"_s, u"tor.odegard -> ase.odegard"_s,
                           u"tor.odegard -> ingrid.odegard"_s};
    QTest::newRow("OneRoster 1.2 zip")
            << u"roster/oneroster-1.2.zip"_s
            << QStringList{u"oneroster-1.2.zip is a OneRoster 1.2 roster of Nordlys skole: 6 "
                           u"learners, 4 guardians and 8 links between them."_s,
                           u"1 siteAdministrator, 2 teacher."_s,
                           u"Warning: users.csv, line 7, column “status”: “hakon.braend” is not "
                           u"imported."_s,
                           u"The roster is a delta (only changes), so nobody is taken to have "
                           u"left.\n"_s,
                           u"Imported oneroster-1.2.zip as import 1: 10 created, 0 updated, 0 "
                           u"unchanged, 8 links made; 0 errors, 1 warning.\n"_s}
            << 6 << 4 << u"u-s3|mathilde.aasen|Mathilde|Aasen|learner"_s << u"hakon.braend"_s
            << QStringList{
                       u"gunn.braend -> tiril.braend"_s,      u"ingeborg.strand -> frida.nguyen"_s,
                       u"ingeborg.strand -> oliver.nguyen"_s, u"liv.aasen -> even.aasen"_s,
                       u"liv.aasen -> mathilde.aasen"_s,      u"liv.aasen -> sigrid.aasen"_s,
                       u"minh.nguyen -> frida.nguyen"_s,      u"minh.nguyen -> oliver.nguyen"_s};
    QTest::newRow("School Data Sync v2.1 folder")
            << u"roster/sds-2.1"_s
            << QStringList{u"sds-2.1 is a School Data Sync v2.1 roster of Vestli skole: 7 "
                           u"learners, 4 guardians and 8 links between them."_s,
                           u"Skipped, as they are neither learners nor guardians: 2 teacher."_s,
                           u"Imported sds-2.1 as import 1: 11 created, 0 updated, 0 unchanged, 8 "
                           u"links made; 0 errors, 0 warnings.\n"_s}
            << 7 << 4 << u"6003|leila.haddad@epost.example|Leila|Haddad|parent"_s
            << u"knut.berg@vestli.example"_s
            << QStringList{
                       u"geir.lie@epost.example -> aurora.lie@elev.vestli.example"_s,
                       u"geir.lie@epost.example -> jonas.lie@elev.vestli.example"_s,
                       u"leila.haddad@epost.example -> amira.haddad@elev.vestli.example"_s,
                       u"leila.haddad@epost.example -> selma.haddad@elev.vestli.example"_s,
                       u"leila.haddad@epost.example -> yusuf.haddad@elev.vestli.example"_s,
                       u"tone.lie@epost.example -> aurora.lie@elev.vestli.example"_s,
                       u"tone.lie@epost.example -> jonas.lie@elev.vestli.example"_s,
                       u"torunn.krakenes@epost.example -> oyvind.krakenes@elev.vestli.example"_s};
}

void TestCliRoster::rosterImports()
{
    QFETCH(QString, roster);
    QFETCH(QStringList, said);
    QFETCH(int, learners);
    QFETCH(int, parents);
    QFETCH(QString, someone);
    QFETCH(QString, notImported);
    QFETCH(QStringList, links);

    const Run done = run({u"import-roster"_s, fixture(roster)});
    QCOMPARE(done.exitCode, 0);
    for (const QString &words : std::as_const(said))
        QVERIFY2(done.err.contains(words), qPrintable(u"%1\n---\n%2"_s.arg(words, done.err)));
    QVERIFY2(!done.err.contains(u"Error: "_s), qPrintable(done.err));
    QVERIFY(done.out.isEmpty()); // messages go to stderr

    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), learners);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), parents);
    QCOMPARE(rows(linksSql), links);
    const QString key = someone.section(u'|', 0, 0);
    QCOMPARE(rows(u"SELECT sync_key, username, first_name, last_name, profile FROM person WHERE "
                  u"sync_key = '%1'"_s.arg(key)),
             QStringList{someone});
    // Not imported: a disabled or deleted user, and staff.
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username = '%1'"_s.arg(notImported)), 0);
    // One import: people and links in one batch.
    QCOMPARE(count(u"SELECT count(*) FROM import_batch"_s), 1);
    QCOMPARE(count(u"SELECT count(DISTINCT batch_id) FROM person"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link WHERE batch_id = 1"_s), links.size());
    const QStringList batches = run({u"batches"_s}).out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(batches.size(), 1);
    QVERIFY2(batches.first().contains(QFileInfo(roster).fileName()), qPrintable(batches.first()));
}

void TestCliRoster::dryRunWritesNothing_data()
{
    QTest::addColumn<QString>("roster");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("checked");
    QTest::newRow("OneRoster 1.1")
            << u"roster/oneroster-1.1"_s << QStringList()
            << u"Checked oneroster-1.1 (nothing was changed): 12 created, 0 updated, 0 "
               u"unchanged, 9 links made; 1 warning.\n"_s;
    QTest::newRow("OneRoster 1.2 zip, with the key chosen")
            << u"roster/oneroster-1.2.zip"_s << QStringList{u"--key"_s, u"identifier"_s}
            << u"Checked oneroster-1.2.zip (nothing was changed): 10 created, 0 updated, 0 "
               u"unchanged, 8 links made; 1 warning.\n"_s;
    QTest::newRow("School Data Sync v2.1, with passwords filled")
            << u"roster/sds-2.1"_s << QStringList{u"--fill-passwords"_s}
            << u"Checked sds-2.1 (nothing was changed): 11 created, 0 updated, 0 unchanged, 8 "
               u"links made; 0 warnings.\n"_s;
}

void TestCliRoster::dryRunWritesNothing()
{
    QFETCH(QString, roster);
    QFETCH(QStringList, options);
    QFETCH(QString, checked);
    const QString before = dump();
    QVERIFY(before.endsWith(u"integrity: ok"_s));
    const Run done =
            run(QStringList{u"import-roster"_s, fixture(roster), u"--dry-run"_s} + options);
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.err.contains(checked), qPrintable(done.err));
    QVERIFY2(!done.err.contains(u"Imported"_s), qPrintable(done.err));
    QCOMPARE(dump(), before);
    // A key chosen in a dry run is not remembered.
    const Run again = run({u"import-roster"_s, fixture(roster), u"--dry-run"_s});
    QVERIFY2(again.err.contains(u"Synchronisation key: sourcedId (--key to choose).\n"_s),
             qPrintable(again.err));
    QCOMPARE(dump(), before);
}

void TestCliRoster::badRosterIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("roster");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("said");

    const QString nothing = u"Correct the roster and import again, or use --skip-errors"_s;
    QTest::newRow("missing users.csv")
            << u"roster/bad/missing-users"_s << 1
            << QStringList{u"“missing-users” is a roster without users.csv"_s};
    QTest::newRow("folder that is no roster")
            << u"roster/bad/not-a-roster"_s << 1
            << QStringList{u"“not-a-roster” is not a roster Rollbook can read: it has neither "
                           u"manifest.csv nor users.csv."_s};
    QTest::newRow("zip that is no roster")
            << u"roster/bad/not-a-roster.zip"_s << 1
            << QStringList{u"“not-a-roster.zip” is not a roster Rollbook can read"_s};
    QTest::newRow("zip slip")
            << u"roster/bad/zip-slip.zip"_s << 1
            << QStringList{u"zip-slip.zip cannot be used: the file “../users.csv” in it would be "
                           u"unpacked outside its folder."_s};
    QTest::newRow("zip bomb")
            << u"roster/bad/zip-bomb.zip"_s << 1
            << QStringList{
                       u"zip-bomb.zip cannot be used: the file “users.csv” in it unpacks to "_s};
    QTest::newRow("unknown guardian")
            << u"roster/bad/unknown-guardian"_s << 1
            << QStringList{u"Error: users.csv, line 3, column “agentSourcedIds”: “gua-9” is named "
                           u"here, but there is no user with that sourcedId in users.csv."_s,
                           u"Nothing was imported from unknown-guardian: 1 error. "_s + nothing};
    QTest::newRow("student and guardian")
            << u"roster/bad/student-and-guardian"_s << 1
            << QStringList{u"Error: users.csv, line 2, column “sourcedId”: “sara.eide” is both a "
                           u"student and a guardian"_s,
                           u"Nothing was imported from student-and-guardian: 1 error. "_s +
                                   nothing};
    QTest::newRow("duplicate sourcedId")
            << u"roster/bad/duplicate-sourcedid"_s << 1
            << QStringList{u"Error: users.csv, line 3, column “sourcedId”: The sourcedId “stu-2” "
                           u"is used by two users in users.csv (also on line 4)."_s,
                           u"Error: users.csv, line 4, column “sourcedId”: The sourcedId “stu-2” "
                           u"is used by two users in users.csv (also on line 3)."_s,
                           u"Nothing was imported from duplicate-sourcedid: 2 errors. "_s +
                                   nothing};
    QTest::newRow("no such path") << u"roster/bad/nothing-here.zip"_s << 3
                                  << QStringList{u"nothing-here.zip cannot be opened: there is no "
                                                 u"such file or folder."_s};
}

void TestCliRoster::badRosterIsRefusedAndChangesNothing()
{
    QFETCH(QString, roster);
    QFETCH(int, exitCode);
    QFETCH(QStringList, said);
    // A database with people in it, which must stay as it is.
    QVERIFY(importRosters({u"roster/oneroster-1.1"_s}));
    const QString before = dump();
    QVERIFY(before.endsWith(u"integrity: ok"_s));
    const Run refused = run({u"import-roster"_s, fixture(roster)});
    QCOMPARE(refused.exitCode, exitCode);
    for (const QString &words : std::as_const(said))
        QVERIFY2(refused.err.contains(words), qPrintable(u"%1\n---\n%2"_s.arg(words, refused.err)));
    QVERIFY2(!refused.err.contains(u"Imported"_s), qPrintable(refused.err));
    QCOMPARE(dump(), before);
}

void TestCliRoster::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString roster = fixture(u"roster/oneroster-1.1"_s);
    QTest::newRow("unknown key") << QStringList{u"import-roster"_s, roster, u"--key"_s,
                                                u"nonsense"_s}
                                 << u"--key is sourcedId or identifier, not “nonsense”."_s;
    QTest::newRow("key without a value")
            << QStringList{u"import-roster"_s, roster, u"--key"_s} << u"--key"_s;
    QTest::newRow("no path") << QStringList{u"import-roster"_s}
                             << u"Name one roster: a folder or a .zip file."_s;
    QTest::newRow("no path, options only")
            << QStringList{u"import-roster"_s, u"--dry-run"_s, u"--remove-missing"_s}
            << u"Name one roster: a folder or a .zip file."_s;
    QTest::newRow("two paths") << QStringList{u"import-roster"_s, roster,
                                              fixture(u"roster/sds-2.1"_s)}
                               << u"Name one roster: a folder or a .zip file."_s;
    QTest::newRow("unknown option")
            << QStringList{u"import-roster"_s, roster, u"--remove-all"_s} << u"remove-all"_s;
}

void TestCliRoster::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString before = dump();
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"Usage: rollbook-cli import-roster"_s), qPrintable(refused.err));
    QCOMPARE(dump(), before);
}

void TestCliRoster::whoLeftIsListedRemovedOnRequestAndUndone()
{
    QVERIFY(importRosters({u"roster/oneroster-1.1"_s}));
    const QString next = rosterWithoutTheMullers();
    QVERIFY(!next.isEmpty());
    const QString theMullers = u"SELECT count(*) FROM person WHERE username IN ('jens.muller', "
                               u"'klaus.muller')"_s;

    // Listed, and left as they are.
    const QString report = m_dir->filePath(u"who-left.json"_s);
    const Run listed = run({u"import-roster"_s, next, u"--report"_s, report});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.contains(u"Not in this roster (who left): 2.\n"_s), qPrintable(listed.err));
    QVERIFY2(listed.err.contains(u"  Jens Müller (jens.muller), Learner\n"_s),
             qPrintable(listed.err));
    QVERIFY2(listed.err.contains(u"  Klaus Müller (klaus.muller), Parent\n"_s),
             qPrintable(listed.err));
    QVERIFY2(listed.err.contains(u"They are left as they are; --remove-missing removes them"_s),
             qPrintable(listed.err));
    QVERIFY2(listed.err.contains(u"0 created, 0 updated, 10 unchanged, 0 links made"_s),
             qPrintable(listed.err));
    QVERIFY2(!listed.err.contains(u"Removed"_s), qPrintable(listed.err));
    QCOMPARE(count(theMullers), 2);
    QCOMPARE(rows(linksSql).filter(u"klaus.muller -> jens.muller"_s).size(), 1);
    {
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json[u"missing_count"_s].toInt(), 2);
        QStringList missing;
        for (const QJsonValue &person : json[u"missing"_s].toArray())
            missing.append(person[u"username"_s].toString());
        missing.sort();
        QCOMPARE(missing, (QStringList{u"jens.muller"_s, u"klaus.muller"_s}));
        QCOMPARE(json[u"removed"_s].toInt(), 0);
    }

    // A dry run with --remove-missing says so and removes nobody.
    const QString listedDump = dump();
    const Run checked = run({u"import-roster"_s, next, u"--remove-missing"_s, u"--dry-run"_s});
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.err.contains(u"  Jens Müller (jens.muller), Learner\n"_s),
             qPrintable(checked.err));
    QVERIFY2(checked.err.contains(u"Checked"_s), qPrintable(checked.err));
    QCOMPARE(dump(), listedDump);

    // Removed on request, in the same import.
    const Run removed = run({u"import-roster"_s, next, u"--remove-missing"_s});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(removed.err.contains(u"  Jens Müller (jens.muller), Learner\n"_s),
             qPrintable(removed.err));
    QVERIFY2(removed.err.contains(u"  Klaus Müller (klaus.muller), Parent\n"_s),
             qPrintable(removed.err));
    QVERIFY2(removed.err.contains(u" Removed 2 who left.\n"_s), qPrintable(removed.err));
    QVERIFY2(!removed.err.contains(u"They are left as they are"_s), qPrintable(removed.err));
    QCOMPARE(count(theMullers), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 10);
    QCOMPARE(rows(linksSql).size(), 8);
    QCOMPARE(rows(linksSql).filter(u"muller"_s), QStringList());

    // Undo brings them back as they were, with their link.
    const auto batch = QRegularExpression(u"as import (\\d+):"_s).match(removed.err);
    QVERIFY2(batch.hasMatch(), qPrintable(removed.err));
    const Run undone = run({u"undo-import"_s, batch.captured(1)});
    QCOMPARE(undone.exitCode, 0);
    QVERIFY2(undone.err.contains(u"Import %1 was undone."_s.arg(batch.captured(1))),
             qPrintable(undone.err));
    QCOMPARE(count(theMullers), 2);
    QCOMPARE(rows(linksSql).filter(u"klaus.muller -> jens.muller"_s).size(), 1);
    QCOMPARE(rows(linksSql).size(), 9);
    const QString afterUndo = dump();
    QVERIFY(section(afterUndo, u"person"_s).contains(u"|jens.muller|"_s));
    QCOMPARE(section(afterUndo, u"person"_s), section(listedDump, u"person"_s));
    QCOMPARE(section(afterUndo, u"parent_link"_s), section(listedDump, u"parent_link"_s));
    QVERIFY(afterUndo.endsWith(u"integrity: ok"_s));
}

void TestCliRoster::identifierKeyIsUsedAndRemembered()
{
    const QString roster = fixture(u"roster/oneroster-1.1"_s);
    const Run chosen = run({u"import-roster"_s, roster, u"--key"_s, u"identifier"_s});
    QCOMPARE(chosen.exitCode, 0);
    QVERIFY2(!chosen.err.contains(u"Synchronisation key:"_s), qPrintable(chosen.err));
    QVERIFY2(chosen.err.contains(u"12 created"_s), qPrintable(chosen.err));
    QCOMPARE(rows(u"SELECT username, sync_key FROM person WHERE username IN ('ase.odegard', "
                  u"'hilde.haugen', 'nora.bjorkli')"_s),
             (QStringList{u"ase.odegard|20001"_s, u"hilde.haugen|30003"_s,
                          u"nora.bjorkli|20008"_s}));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE sync_key LIKE 'stu-%' OR sync_key LIKE "
                   u"'gua-%'"_s),
             0);
    QCOMPARE(rows(linksSql).size(), 9);

    // Remembered: the next roster without --key uses it, and says so.
    const QString before = dump();
    const Run again = run({u"import-roster"_s, roster});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(u"Synchronisation key: identifier (--key to choose).\n"_s),
             qPrintable(again.err));
    QVERIFY2(again.err.contains(u"0 created, 0 updated, 12 unchanged, 0 links made"_s),
             qPrintable(again.err));
    QCOMPARE(section(dump(), u"person"_s), section(before, u"person"_s));

    // School Data Sync has no identifier: refused, nothing written.
    QVERIFY(newDatabase());
    const QString empty = dump();
    const Run sds =
            run({u"import-roster"_s, fixture(u"roster/sds-2.1"_s), u"--key"_s, u"identifier"_s});
    QCOMPARE(sds.exitCode, 1);
    QVERIFY2(sds.err.contains(u"users.csv has no column “identifier”"_s), qPrintable(sds.err));
    QCOMPARE(dump(), empty);
}

void TestCliRoster::reportAndRejectedFiles()
{
    const QString report = m_dir->filePath(u"report.json"_s);
    const QString rejected = m_dir->filePath(u"rejected.csv"_s);
    const QString before = dump();
    const Run refused = run({u"import-roster"_s, fixture(u"roster/bad/duplicate-sourcedid"_s),
                             u"--report"_s, report, u"--rejected"_s, rejected});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(dump(), before);

    QFile json(report);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object[u"standard"_s].toString(), u"OneRoster 1.1"_s);
    QCOMPARE(object[u"roster"_s].toString(), u"duplicate-sourcedid"_s);
    QVERIFY(object[u"batch"_s].isNull());
    QVERIFY(object[u"missing"_s].isArray());
    QCOMPARE(object[u"missing"_s].toArray().size(), 0);
    const QJsonArray errors = object[u"errors"_s].toArray();
    QCOMPARE(errors.size(), 2);
    for (int i = 0; i < errors.size(); ++i) {
        const QJsonObject problem = errors.at(i).toObject();
        QCOMPARE(problem[u"file"_s].toString(), u"users.csv"_s);
        QCOMPARE(problem[u"line"_s].toInt(), 3 + i);
        QCOMPARE(problem[u"column"_s].toString(), u"sourcedId"_s);
        QVERIFY2(problem[u"message"_s].toString().contains(u"“stu-2”"_s),
                 qPrintable(problem[u"message"_s].toString()));
    }

    QFile csv(rejected);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
            withoutBom(QString::fromUtf8(csv.readAll())).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header, then lines 3 and 4
    QVERIFY2(lines.at(0).startsWith(u"sourcedId,status,"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(u",password,Problem"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"stu-2,,,true,org-elvedal,student,sander.holm,"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(u",The sourcedId “stu-2” is used by two users in users.csv "
                                  u"(also on line 4). It must belong to one user only."_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"stu-2,,,true,org-elvedal,student,sander.holmen,"_s),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(u"(also on line 3)"_s), qPrintable(lines.at(2)));

    // A field with a comma is quoted in the rejected rows as in the roster.
    const QString rejectedGuardian = m_dir->filePath(u"rejected-guardian.csv"_s);
    QCOMPARE(run({u"import-roster"_s, fixture(u"roster/bad/unknown-guardian"_s), u"--rejected"_s,
                  rejectedGuardian})
                     .exitCode,
             1);
    QFile guardianCsv(rejectedGuardian);
    QVERIFY(guardianCsv.open(QIODevice::ReadOnly));
    const QString guardianText = withoutBom(QString::fromUtf8(guardianCsv.readAll()));
    QVERIFY2(guardianText.contains(u"\r\nstu-2,,,true,org-elvedal,student,theo.solberg,,Theo,"
                                   u"Solberg,,1002,,,,\"gua-1,gua-9\",06,,"_s),
             qPrintable(guardianText));
    QCOMPARE(guardianText.count(u"\r\n"_s), 2);
    QCOMPARE(dump(), before);
}

// A larger roster of the same school, which also removes the fixture's 12 people (who left), is
// killed while it reads, and at random moments while it checks and writes: the database is as it
// was each time, or — killed only after the commit — all of the import is there.
void TestCliRoster::killedImportLeavesTheDatabaseAsItWas()
{
    const QString roster = bigRoster();
    QVERIFY(!roster.isEmpty());
    const QStringList arguments{u"import-roster"_s, roster, u"--remove-missing"_s, u"--progress"_s};
    const int people = 2 * bigRosterFamilies;
    const auto start = [&](QProcess &process) {
        process.start(QStringLiteral(ROLLBOOK_CLI),
                      QStringList{u"--database"_s, m_database} + arguments);
        return process.waitForStarted();
    };
    // Reads stderr until `words` appear; false if the program ended first.
    const auto waitFor = [](QProcess &process, QString &err, const QString &words) {
        QElapsedTimer waited;
        waited.start();
        while (!err.contains(words) && waited.elapsed() < 60000 &&
               process.state() == QProcess::Running) {
            process.waitForReadyRead(20);
            err += QString::fromUtf8(process.readAllStandardError());
        }
        err += QString::fromUtf8(process.readAllStandardError());
        return err.contains(words);
    };
    const auto wholeImport = [&]() {
        return count(u"SELECT count(*) FROM person WHERE username LIKE 'kid%' OR username LIKE "
                     u"'mum%'"_s) == people &&
               count(u"SELECT count(*) FROM person"_s) == people &&
               count(u"SELECT count(*) FROM parent_link"_s) ==
                       bigRosterFamilies + bigRosterFamilies / 2;
    };

    // Once in full, to see that it imports and how long checking and writing take.
    QVERIFY(newDatabase({u"roster/oneroster-1.1"_s}));
    qint64 writing = 0;
    {
        QProcess process;
        QVERIFY(start(process));
        QString err;
        QVERIFY2(waitFor(process, err, u"checking and writing"_s), qPrintable(err));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(process.waitForFinished(60000));
        writing = timer.elapsed();
        err += QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(err.contains(u"Read %1 rows of users.csv"_s.arg(people + 1)), qPrintable(err));
        QVERIFY2(err.contains(u"%1 created, 0 updated, 0 unchanged"_s.arg(people)),
                 qPrintable(err.right(500)));
        QVERIFY2(err.contains(u"Not in this roster (who left): 12."_s), qPrintable(err.right(500)));
        QVERIFY2(err.contains(u"Removed 12 who left."_s), qPrintable(err.right(500)));
        QVERIFY(wholeImport());
    }

    // Each attempt starts from the same database: a new one only after an import that landed.
    QVERIFY(newDatabase({u"roster/oneroster-1.1"_s}));
    QString before = dump();
    QVERIFY(before.endsWith(u"integrity: ok"_s));
    int killedWhileReading = 0;
    int killedWhileWriting = 0;
    const int attempts = 5; // once while it reads, then four times while it writes
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const bool whileReading = attempt == 0;
        QProcess process;
        QVERIFY(start(process));
        QString err;
        const bool reached =
                waitFor(process, err, whileReading ? u"Read "_s : u"checking and writing"_s);
        QVERIFY2(reached, qPrintable(err));
        // A random moment in each quarter of checking and writing in turn, so that some fall
        // while it checks and some while it writes.
        if (!whileReading)
            QTest::qSleep(int((attempt - 1 + QRandomGenerator::global()->generateDouble()) *
                              double(writing) * 0.95 / (attempts - 1)));
        process.kill();
        QVERIFY(process.waitForFinished(60000));
        err += QString::fromUtf8(process.readAllStandardError());
        const QString after = dump();
        QVERIFY2(after.endsWith(u"integrity: ok"_s), qPrintable(after.right(200)));
        if (after == before) {
            QVERIFY2(process.exitStatus() == QProcess::CrashExit, qPrintable(err.right(500)));
            ++(whileReading ? killedWhileReading : killedWhileWriting);
        } else {
            // Too late: it had committed. Then all of it is there.
            QVERIFY2(wholeImport(), qPrintable(err.right(500)));
            QVERIFY2(!whileReading, qPrintable(err.right(500)));
            QVERIFY(newDatabase({u"roster/oneroster-1.1"_s}));
            before = dump();
        }
    }
    QCOMPARE(killedWhileReading, 1);
    QVERIFY(killedWhileWriting > 0);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliRoster)
#include "tst_cli_roster.moc"

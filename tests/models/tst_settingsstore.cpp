// The global settings: defaults, what each kind of setting accepts, and that saving is all or
// nothing with one audit row per change.
#include "db/database.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

struct AuditRow
{
    QString at;
    QString actor;
    QString action;
    QVariant personId;
    QString subject;
    QJsonObject detail;
};

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newDatabaseHasTheDefaults();
    void normalise_data();
    void normalise();
    void unknownKeyIsRefused();
    void setWritesTheCanonicalValue();
    void eachChangeIsAudited();
    void unchangedValueIsNotAudited();
    void severalChangesAtOnce();
    void oneBadValueChangesNothing();
    void valuesOutliveTheConnection();
    void unknownStoredKeysAreKept();

private:
    QList<AuditRow> auditRows() const;
    QMap<QString, QString> storedRows() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

void TestSettingsStore::init()
{
    static int n = 0;
    QVERIFY(m_dir.isValid());
    m_path = Testing::newDatabase(m_dir.filePath(u"settings-%1.sqlite"_s.arg(++n)));
    auto opened = Database::open(m_path);
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
}

void TestSettingsStore::cleanup()
{
    m_database.reset();
}

QList<AuditRow> TestSettingsStore::auditRows() const
{
    QList<AuditRow> rows;
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT at, actor, action, person_id, subject, detail FROM audit "
                    u"ORDER BY id"_s))
        return rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3), query.value(4).toString(),
                     QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object()});
    }
    return rows;
}

QMap<QString, QString> TestSettingsStore::storedRows() const
{
    QMap<QString, QString> rows;
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT key, value FROM setting"_s);
    while (query.next())
        rows.insert(query.value(0).toString(), query.value(1).toString());
    return rows;
}

void TestSettingsStore::newDatabaseHasTheDefaults()
{
    const SettingsStore store(m_database->connection());
    QVERIFY(!store.parentLoginEnabled());
    QCOMPARE(store.value(u"parent_login_enabled"_s).value(), u"false"_s);
    QCOMPARE(store.value(u"school_name"_s).value(), QString());
    QCOMPARE(store.value(u"login_address"_s).value(), QString());

    const auto all = store.all();
    QVERIFY(all.ok());
    const QMap<QString, QString> expected{
            {u"parent_login_enabled"_s, u"false"_s},
            {u"school_name"_s, QString()},
            {u"login_address"_s, QString()},
            {u"password_length"_s, u"12"_s},
            {u"password_characters"_s, u"letters-digits"_s},
            {u"export_encoding"_s, u"utf-8-bom"_s},
            {u"export_delimiter"_s, u"comma"_s},
            {u"export_passwords"_s, u"true"_s},
            {u"letter_template"_s, store.value(u"letter_template"_s).value()},
            {u"email_from"_s, QString()},
            {u"email_subject"_s, u"Your login for {school}"_s},
            {u"email_body"_s, store.value(u"email_body"_s).value()},
            {u"backups_kept"_s, u"5"_s},
            {u"backup_days"_s, u"30"_s},
            {u"forget_passwords_after_days"_s, u"0"_s},
            {u"roster_key"_s, u"sourcedid"_s},
            {u"sample_school"_s, u"false"_s}};
    QCOMPARE(all.value(), expected);
    // The default templates come from the resources and name the login's essentials.
    for (const auto &key : {u"letter_template"_s, u"email_body"_s}) {
        const QString text = expected.value(key);
        for (const auto &placeholder :
             {u"{username}"_s, u"{password}"_s, u"{login_address}"_s, u"{children}"_s})
            QVERIFY2(text.contains(placeholder), qPrintable(key + u' ' + placeholder));
    }
    // The policy and export options read back as the defaults of the design.
    QCOMPARE(store.passwordPolicy().length, 12);
    QVERIFY(!store.passwordPolicy().symbols);
    QCOMPARE(store.exportOptions().encoding, CsvEncoding::Utf8);
    QVERIFY(store.exportOptions().byteOrderMark);
    QCOMPARE(store.exportOptions().delimiter, ',');
    QVERIFY(store.exportOptions().neutraliseFormulas);
    QVERIFY(store.exportPasswords());
    QCOMPARE(store.retentionPolicy().backupsKept, 5);
    QCOMPARE(store.retentionPolicy().backupDays, 30);
    QCOMPARE(store.retentionPolicy().forgetAfterDays, 0);
    // Every definition is listed, and described for the help text.
    QCOMPARE(SettingsStore::definitions().size(), expected.size());
    for (const auto &definition : SettingsStore::definitions())
        QVERIFY2(!definition.description.isEmpty(), qPrintable(definition.key));
    QVERIFY(storedRows().isEmpty());
    QVERIFY(auditRows().isEmpty());
}

void TestSettingsStore::normalise_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("canonical");

    const QString yesNo = u"parent_login_enabled"_s;
    for (const auto &yes : {u"true"_s, u"TRUE"_s, u"yes"_s, u"Yes"_s, u"1"_s, u"on"_s, u" on "_s})
        QTest::addRow("yes/no: %s", qPrintable(yes)) << yesNo << yes << true << u"true"_s;
    for (const auto &no : {u"false"_s, u"False"_s, u"no"_s, u"NO"_s, u"0"_s, u"off"_s})
        QTest::addRow("yes/no: %s", qPrintable(no)) << yesNo << no << true << u"false"_s;
    for (const auto &bad : {u"maybe"_s, QString(), u"2"_s, u"y"_s, u"truee"_s, u"ja"_s})
        QTest::addRow("yes/no refuses: '%s'", qPrintable(bad))
                << yesNo << bad << false << QString();

    const QString text = u"school_name"_s;
    QTest::newRow("text") << text << u"Nordby skole"_s << true << u"Nordby skole"_s;
    QTest::newRow("text trimmed") << text << u"  Nordby skole \t"_s << true << u"Nordby skole"_s;
    QTest::newRow("text empty") << text << QString() << true << QString();
    QTest::newRow("text non-Latin") << text << u"Åsen skole – 北"_s << true << u"Åsen skole – 北"_s;
    QTest::newRow("text 1000 characters")
            << text << QString(1000, u'x') << true << QString(1000, u'x');
    QTest::newRow("text 1001 characters") << text << QString(1001, u'x') << false << QString();
    QTest::newRow("text with a line break") << text << u"Nordby\nskole"_s << false << QString();
    QTest::newRow("text with a tab inside") << text << u"Nordby\tskole"_s << false << QString();
    QTest::newRow("text with NUL") << text << u"Nordby\0skole"_s << false << QString();
    QTest::newRow("text with escape") << text << u"Nordby\x1b[31m"_s << false << QString();
    QTest::newRow("text with line separator")
            << text << u"Nordby\u2028skole"_s << false << QString();
    QTest::newRow("text with paragraph separator")
            << text << u"Nordby\u2029skole"_s << false << QString();
    QTest::newRow("text with DEL") << text << u"Nordby\x7f"_s << false << QString();

    const QString web = u"login_address"_s;
    QTest::newRow("https") << web << u"https://nordby.itslearning.com"_s << true
                           << u"https://nordby.itslearning.com"_s;
    QTest::newRow("http with path") << web << u"http://example.org/login?x=1"_s << true
                                    << u"http://example.org/login?x=1"_s;
    QTest::newRow("address trimmed")
            << web << u"  https://example.org  "_s << true << u"https://example.org"_s;
    QTest::newRow("address empty") << web << QString() << true << QString();
    QTest::newRow("no scheme") << web << u"nordby.itslearning.com"_s << false << QString();
    QTest::newRow("ftp") << web << u"ftp://example.org"_s << false << QString();
    QTest::newRow("javascript") << web << u"javascript:alert(1)"_s << false << QString();
    QTest::newRow("no host") << web << u"https://"_s << false << QString();
    QTest::newRow("file") << web << u"file:///etc/passwd"_s << false << QString();
    QTest::newRow("space in host") << web << u"https://nord by.no"_s << false << QString();
    QTest::newRow("address with line break")
            << web << u"https://example.org/\nx"_s << false << QString();
    QTest::newRow("address with control character")
            << web << u"https://example.org/\x01"_s << false << QString();

    const QString length = u"password_length"_s;
    QTest::newRow("length 10") << length << u"10"_s << true << u"10"_s;
    QTest::newRow("length 64") << length << u" 64 "_s << true << u"64"_s;
    QTest::newRow("length 9") << length << u"9"_s << false << QString();
    QTest::newRow("length 65") << length << u"65"_s << false << QString();
    QTest::newRow("length words") << length << u"twelve"_s << false << QString();
    QTest::newRow("length 12.5") << length << u"12.5"_s << false << QString();

    const QString kept = u"backups_kept"_s;
    QTest::newRow("backups kept 0") << kept << u"0"_s << true << u"0"_s;
    QTest::newRow("backups kept 100") << kept << u"100"_s << true << u"100"_s;
    QTest::newRow("backups kept 101") << kept << u"101"_s << false << QString();
    QTest::newRow("backups kept -1") << kept << u"-1"_s << false << QString();
    const QString days = u"backup_days"_s;
    QTest::newRow("backup days 0") << days << u"0"_s << true << u"0"_s;
    QTest::newRow("backup days 3650") << days << u"3650"_s << true << u"3650"_s;
    QTest::newRow("backup days 3651") << days << u"3651"_s << false << QString();
    const QString forget = u"forget_passwords_after_days"_s;
    QTest::newRow("forget after 30 days") << forget << u" 30"_s << true << u"30"_s;
    QTest::newRow("forget after 366 days") << forget << u"366"_s << false << QString();
    QTest::newRow("forget after a month") << forget << u"a month"_s << false << QString();

    const QString encoding = u"export_encoding"_s;
    for (const auto &choice : {u"utf-8-bom"_s, u"utf-8"_s, u"windows-1252"_s, u"utf-16le"_s})
        QTest::addRow("encoding %s", qPrintable(choice)) << encoding << choice << true << choice;
    QTest::newRow("encoding upper case") << encoding << u"UTF-8"_s << true << u"utf-8"_s;
    QTest::newRow("encoding unknown") << encoding << u"ebcdic"_s << false << QString();
    QTest::newRow("delimiter semicolon")
            << u"export_delimiter"_s << u"semicolon"_s << true << u"semicolon"_s;
    QTest::newRow("delimiter as a character")
            << u"export_delimiter"_s << u";"_s << false << QString();

    const QString from = u"email_from"_s;
    QTest::newRow("from") << from << u" office@nordby.no "_s << true << u"office@nordby.no"_s;
    QTest::newRow("from empty") << from << QString() << true << QString();
    QTest::newRow("from not an address") << from << u"office"_s << false << QString();
    QTest::newRow("from with a header injected")
            << from << u"a@b.no\nBcc: all@x.no"_s << false << QString();

    const QString body = u"email_body"_s;
    QTest::newRow("body keeps its lines")
            << body << u"Hei {name},\n\nHer er"_s << true << u"Hei {name},\n\nHer er"_s;
    QTest::newRow("body CRLF to LF") << body << u"a\r\nb\rc"_s << true << u"a\nb\nc"_s;
    QTest::newRow("body with a tab") << body << u"a\tb"_s << true << u"a\tb"_s;
    QTest::newRow("body with NUL") << body << QString(u"a\0b"_s) << false << QString();
    QTest::newRow("body too long") << body << QString(100001, u'x') << false << QString();
    QTest::newRow("subject is one line")
            << u"email_subject"_s << u"Login\nBcc: x@y.no"_s << false << QString();
}

void TestSettingsStore::normalise()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, canonical);
    const auto result = SettingsStore::normalise(key, value);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(result.value(), canonical);
    } else {
        QCOMPARE(result.error().kind, Error::Kind::Usage);
        QVERIFY2(result.error().message.contains(key), qPrintable(result.error().message));
    }
}

void TestSettingsStore::unknownKeyIsRefused()
{
    SettingsStore store(m_database->connection());
    QVERIFY(!SettingsStore::definition(u"colour"_s));
    QCOMPARE(SettingsStore::normalise(u"colour"_s, u"red"_s).error().kind, Error::Kind::Usage);
    QCOMPARE(store.value(u"colour"_s).error().kind, Error::Kind::Usage);
    const auto saved = store.set(u"colour"_s, u"red"_s, u"tester"_s);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Usage);
    QVERIFY2(saved.error().message.contains(u"colour"_s), qPrintable(saved.error().message));
    QVERIFY(storedRows().isEmpty());
    QVERIFY(auditRows().isEmpty());
}

void TestSettingsStore::setWritesTheCanonicalValue()
{
    SettingsStore store(m_database->connection());
    QVERIFY(store.set(u"parent_login_enabled"_s, u"Yes"_s, u"tester"_s).ok());
    QVERIFY(store.parentLoginEnabled());
    QCOMPARE(store.value(u"parent_login_enabled"_s).value(), u"true"_s);
    QCOMPARE(storedRows().value(u"parent_login_enabled"_s), u"true"_s);

    QVERIFY(store.set(u"parent_login_enabled"_s, u"off"_s, u"tester"_s).ok());
    QVERIFY(!store.parentLoginEnabled());
    QCOMPARE(storedRows().value(u"parent_login_enabled"_s), u"false"_s);
}

void TestSettingsStore::eachChangeIsAudited()
{
    SettingsStore store(m_database->connection());
    QVERIFY(store.set(u"parent_login_enabled"_s, u"true"_s, u"kari"_s).ok());
    QVERIFY(store.set(u"parent_login_enabled"_s, u"false"_s, u"ola"_s).ok());

    const auto rows = auditRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).action, u"setting"_s);
    QCOMPARE(rows.at(0).subject, u"parent_login_enabled"_s);
    QCOMPARE(rows.at(0).actor, u"kari"_s);
    QVERIFY(rows.at(0).personId.isNull());
    QVERIFY(QDateTime::fromString(rows.at(0).at, Qt::ISODateWithMs).isValid());
    const QJsonObject firstChange{{u"old"_s, u"false"_s}, {u"new"_s, u"true"_s}};
    QCOMPARE(rows.at(0).detail, firstChange);
    QCOMPARE(rows.at(1).actor, u"ola"_s);
    const QJsonObject secondChange{{u"old"_s, u"true"_s}, {u"new"_s, u"false"_s}};
    QCOMPARE(rows.at(1).detail, secondChange);
}

void TestSettingsStore::unchangedValueIsNotAudited()
{
    SettingsStore store(m_database->connection());
    // The default, written as another spelling: no change, no row.
    QVERIFY(store.set(u"parent_login_enabled"_s, u"no"_s, u"tester"_s).ok());
    QVERIFY(auditRows().isEmpty());
    QVERIFY(store.set(u"school_name"_s, u"Nordby"_s, u"tester"_s).ok());
    QVERIFY(store.set(u"school_name"_s, u" Nordby "_s, u"tester"_s).ok());
    QCOMPARE(auditRows().size(), 1);
}

void TestSettingsStore::severalChangesAtOnce()
{
    SettingsStore store(m_database->connection());
    const QMap<QString, QString> values{{u"parent_login_enabled"_s, u"on"_s},
                                        {u"school_name"_s, u"Nordby skole"_s},
                                        {u"login_address"_s, u"https://nordby.example"_s}};
    const auto saved = store.set(values, u"tester"_s);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));

    const QMap<QString, QString> expected{{u"parent_login_enabled"_s, u"true"_s},
                                          {u"school_name"_s, u"Nordby skole"_s},
                                          {u"login_address"_s, u"https://nordby.example"_s}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(store.all().value().value(it.key()), it.value());
    QCOMPARE(storedRows(), expected);

    const auto rows = auditRows();
    QCOMPARE(rows.size(), 3);
    QMap<QString, QJsonObject> details;
    for (const auto &row : rows)
        details.insert(row.subject, row.detail);
    QCOMPARE(details.value(u"school_name"_s),
             QJsonObject({{u"old"_s, QString()}, {u"new"_s, u"Nordby skole"_s}}));
    QCOMPARE(details.value(u"login_address"_s),
             QJsonObject({{u"old"_s, QString()}, {u"new"_s, u"https://nordby.example"_s}}));
    QCOMPARE(details.value(u"parent_login_enabled"_s),
             QJsonObject({{u"old"_s, u"false"_s}, {u"new"_s, u"true"_s}}));
}

void TestSettingsStore::oneBadValueChangesNothing()
{
    SettingsStore store(m_database->connection());
    QVERIFY(store.set(u"school_name"_s, u"Before"_s, u"tester"_s).ok());
    const auto storedBefore = storedRows();
    const auto auditBefore = auditRows().size();

    const QMap<QString, QString> values{{u"school_name"_s, u"After"_s},
                                        {u"login_address"_s, u"https://after.example"_s},
                                        {u"parent_login_enabled"_s, u"maybe"_s}};
    const auto saved = store.set(values, u"tester"_s);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Usage);
    QVERIFY2(saved.error().message.contains(u"maybe"_s), qPrintable(saved.error().message));
    QCOMPARE(storedRows(), storedBefore);
    QCOMPARE(auditRows().size(), auditBefore);
    QCOMPARE(store.value(u"school_name"_s).value(), u"Before"_s);

    // An unknown key among good ones is refused the same way.
    const auto unknown =
            store.set(QMap<QString, QString>{{u"school_name"_s, u"After"_s}, {u"zzz"_s, u"1"_s}},
                      u"tester"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(storedRows(), storedBefore);
    QCOMPARE(auditRows().size(), auditBefore);
}

void TestSettingsStore::valuesOutliveTheConnection()
{
    {
        SettingsStore store(m_database->connection());
        QVERIFY(store.set(u"login_address"_s, u"https://nordby.example/"_s, u"tester"_s).ok());
    }
    m_database.reset();
    auto reopened = Database::open(m_path);
    QVERIFY(reopened.ok());
    m_database = std::move(reopened.value());
    const SettingsStore store(m_database->connection());
    QCOMPARE(store.value(u"login_address"_s).value(), u"https://nordby.example/"_s);
    QVERIFY(!store.parentLoginEnabled());
}

void TestSettingsStore::unknownStoredKeysAreKept()
{
    // A key a newer minor version stored: neither shown nor lost.
    QSqlQuery insert(m_database->connection());
    QVERIFY(insert.exec(u"INSERT INTO setting (key, value) VALUES ('future', 'x')"_s));
    SettingsStore store(m_database->connection());
    QVERIFY(!store.all().value().contains(u"future"_s));
    QVERIFY(store.set(u"school_name"_s, u"Nordby"_s, u"tester"_s).ok());
    QCOMPARE(storedRows().value(u"future"_s), u"x"_s);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestSettingsStore)
#include "tst_settingsstore.moc"

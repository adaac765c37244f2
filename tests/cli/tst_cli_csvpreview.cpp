// rollbook-cli csv-preview end to end: the real program with QProcess, on the fixtures. Data on
// stdout, messages on stderr, exit status 0, 1 (malformed), 2 (usage), 3 (cannot read).
#include "clisupport.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using Testing::fixture;
using Testing::Run;

namespace {

// csv-preview needs no database; --database points into a folder that must stay empty, or to a
// server database that must stay without tables.
Run preview(const QStringList &arguments, const QString &databasePath)
{
    return Testing::runProgram(QStringLiteral(ROLLBOOK_CLI),
                               QStringList{u"--database"_s, databasePath, u"csv-preview"_s} +
                                       arguments);
}

} // namespace

class TestCliCsvPreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void jsonOfEveryEncodingIsTheSame_data();
    void jsonOfEveryEncodingIsTheSame();
    void jsonKeepsLineBreaksAndFileOrder();
    void countOnly_data();
    void countOnly();
    void plainTableAndDetectionOnStderr();
    void rowsLimitsTheRecords();
    void overridesAreUsed();
    void malformedFilesExitOneWithThePosition_data();
    void malformedFilesExitOneWithThePosition();
    void headerOnlyIsZeroRecords();
    void unreadableFileExitsThree();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    Run run(const QStringList &arguments) { return preview(arguments, m_database); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    QString m_serverDatabase;
};

void TestCliCsvPreview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // On the server one database serves every test: none may ever give it a table.
    if (Testing::onServer() && m_serverDatabase.isEmpty())
        m_serverDatabase = Testing::newDatabase(QString());
    m_database = Testing::onServer() ? m_serverDatabase
                                     : Testing::newDatabase(m_dir->filePath(u"rollbook.sqlite"_s));
}

void TestCliCsvPreview::cleanup()
{
    // csv-preview never opens (so never creates) the database.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    QVERIFY(CliTesting::neverOpened(m_database));
    m_dir.reset();
}

void TestCliCsvPreview::jsonOfEveryEncodingIsTheSame_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("utf8") << u"learners-utf8.csv"_s;
    QTest::newRow("utf8 bom semicolon") << u"learners-excel-utf8-bom-semicolon.csv"_s;
    QTest::newRow("windows-1252") << u"learners-excel-windows1252-semicolon.csv"_s;
    QTest::newRow("utf16le tab") << u"learners-excel-utf16le-tab.csv"_s;
}

void TestCliCsvPreview::jsonOfEveryEncodingIsTheSame()
{
    QFETCH(QString, file);
    const Run result = run({fixture(file), u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray records = document.array();
    QCOMPARE(records.size(), 4);
    const QJsonObject first = records.at(0).toObject();
    QCOMPARE(first.keys().size(), 5);
    QCOMPARE(first.value(u"SyncID"_s).toString(), u"L100"_s);
    QCOMPARE(first.value(u"First name"_s).toString(), u"Åse"_s);
    QCOMPARE(records.at(1).toObject().value(u"First name"_s).toString(), u"Øystein"_s);
    QCOMPARE(records.at(2).toObject().value(u"Last name"_s).toString(), u"Næss"_s);
    QCOMPARE(records.at(2).toObject().value(u"E-mail"_s).toString(), QString());
    QCOMPARE(records.at(3).toObject().value(u"Last name"_s).toString(), u"Dubois-Lefèvre"_s);
    // Keys in the file's column order, not sorted.
    QVERIFY(result.out.indexOf(u"\"SyncID\""_s) < result.out.indexOf(u"\"E-mail\""_s));
}

void TestCliCsvPreview::jsonKeepsLineBreaksAndFileOrder()
{
    const Run result = run({fixture(u"hostile-formula-and-newline.csv"_s), u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).toObject().value(u"First name"_s).toString(),
             u"=HYPERLINK(\"http://x.example\")"_s);
    QCOMPARE(records.at(1).toObject().value(u"First name"_s).toString(),
             u"Robert\r\nBcc: all@x.example"_s);
    QCOMPARE(records.at(1).toObject().value(u"SyncID"_s).toString(), u"8"_s);
}

void TestCliCsvPreview::countOnly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("count");
    QTest::newRow("learners") << u"learners-utf8.csv"_s << u"4\n"_s;
    QTest::newRow("utf-16") << u"learners-excel-utf16le-tab.csv"_s << u"4\n"_s;
    QTest::newRow("parents combined") << u"parents-combined.csv"_s << u"4\n"_s;
    QTest::newRow("record with a line break") << u"hostile-formula-and-newline.csv"_s << u"2\n"_s;
}

void TestCliCsvPreview::countOnly()
{
    QFETCH(QString, file);
    QFETCH(QString, count);
    const Run result = run({fixture(file), u"--count"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, count);
}

void TestCliCsvPreview::plainTableAndDetectionOnStderr()
{
    const Run result = run({fixture(u"learners-excel-windows1252-semicolon.csv"_s)});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // header, rule, four records
    QVERIFY(lines.at(0).startsWith(u"Line  SyncID  User name"_s));
    QVERIFY(lines.at(2).startsWith(u"   2  L100    aase.berg       Åse"_s));
    QVERIFY(result.out.contains(u"Dubois-Lefèvre"_s));
    QVERIFY2(result.err.contains(u"Encoding: Windows-1252 (the text is not valid UTF-8"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"Delimiter: semicolon ("_s), qPrintable(result.err));
}

void TestCliCsvPreview::rowsLimitsTheRecords()
{
    Run result = run({fixture(u"parents-combined.csv"_s), u"--json"_s, u"--rows"_s, u"2"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).toObject().value(u"User name"_s).toString(), u"dad"_s);

    result = run({fixture(u"parents-combined.csv"_s), u"--rows"_s, u"1"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
}

void TestCliCsvPreview::overridesAreUsed()
{
    Run result =
            run({fixture(u"learners-utf8.csv"_s), u"--json"_s, u"--encoding"_s, u"windows-1252"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonArray records = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(records.at(0).toObject().value(u"First name"_s).toString(), u"Ã…se"_s);
    QVERIFY(result.err.contains(u"Encoding: Windows-1252 (chosen by you)"_s));

    result = run({fixture(u"learners-excel-utf8-bom-semicolon.csv"_s), u"--json"_s,
                  u"--delimiter"_s, u","_s});
    QCOMPARE(result.exitCode, 0);
    records = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).toObject().keys(),
             QStringList{u"SyncID;User name;First name;Last name;E-mail"_s});

    result = run({fixture(u"learners-excel-utf16le-tab.csv"_s), u"--count"_s, u"--delimiter"_s,
                  u"tab"_s, u"--encoding"_s, u"utf-16le"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"4\n"_s);
}

void TestCliCsvPreview::malformedFilesExitOneWithThePosition_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("unbalanced quote")
            << u"bad-unbalanced-quote.csv"_s
            << QStringList{u"bad-unbalanced-quote.csv, line 2: a quoted field that starts in "
                           "column 3 (“First name”) is never closed."_s};
    QTest::newRow("ragged rows")
            << u"bad-ragged-rows.csv"_s
            << QStringList{u"bad-ragged-rows.csv, line 2: this row has 3 fields, where the "
                           "header has 4."_s,
                           u"bad-ragged-rows.csv, line 3: this row has 5 fields, where the "
                           "header has 4."_s};
    QTest::newRow("long field")
            << u"bad-long-field.csv"_s
            << QStringList{u"bad-long-field.csv, line 2, column 3 (“First name”): the value is "_s};
    QTest::newRow("binary") << u"bad-binary.csv"_s
                            << QStringList{u"bad-binary.csv: this is not a text file"_s};
    QTest::newRow("empty") << u"bad-empty.csv"_s
                           << QStringList{u"bad-empty.csv: the file is empty"_s};
}

void TestCliCsvPreview::malformedFilesExitOneWithThePosition()
{
    QFETCH(QString, file);
    QFETCH(QStringList, messages);
    for (const QString &mode : {u"--json"_s, u"--count"_s, QString()}) {
        QStringList arguments{fixture(file)};
        if (!mode.isEmpty())
            arguments.append(mode);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        for (const QString &message : messages)
            QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }
}

void TestCliCsvPreview::headerOnlyIsZeroRecords()
{
    Run result = run({fixture(u"bad-header-only.csv"_s), u"--count"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"0\n"_s);
    QVERIFY(result.err.contains(u"bad-header-only.csv: the file has a header line but no "
                                "records."_s));
    result = run({fixture(u"bad-header-only.csv"_s), u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 0);
}

void TestCliCsvPreview::unreadableFileExitsThree()
{
    const Run result = run({fixture(u"no-such-file.csv"_s), u"--count"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(u"no-such-file.csv: the file cannot be read"_s),
             qPrintable(result.err));
}

void TestCliCsvPreview::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = fixture(u"learners-utf8.csv"_s);
    QTest::newRow("no file") << QStringList{u"--json"_s};
    QTest::newRow("two files") << QStringList{file, file};
    QTest::newRow("json and count") << QStringList{file, u"--json"_s, u"--count"_s};
    QTest::newRow("unknown encoding") << QStringList{file, u"--encoding"_s, u"klingon"_s};
    QTest::newRow("bad delimiter") << QStringList{file, u"--delimiter"_s, u"ab"_s};
    QTest::newRow("quote as delimiter") << QStringList{file, u"--delimiter"_s, u"\""_s};
    QTest::newRow("negative rows") << QStringList{file, u"--rows"_s, u"-1"_s};
    QTest::newRow("rows not a number") << QStringList{file, u"--rows"_s, u"many"_s};
    QTest::newRow("unknown option") << QStringList{file, u"--frobnicate"_s};
}

void TestCliCsvPreview::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains(u"Usage: rollbook-cli csv-preview"_s));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCliCsvPreview)
#include "tst_cli_csvpreview.moc"

// Detection of a CSV file's encoding and delimiter (models/csv/csvdetection.cpp), with the
// reasons the import wizard shows.
#include "csv/csvdetection.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestCsvDetection : public QObject
{
    Q_OBJECT

private slots:
    void encoding_data();
    void encoding();
    void delimiter_data();
    void delimiter();
};

void TestCsvDetection::encoding_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<int>("chosen"); // -1: none
    QTest::addColumn<bool>("notText");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<QString>("reason");

    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFName\n\xC3\x85se\n") << true << -1
                               << false << CsvEncoding::Utf8 << 3
                               << u"the file starts with a UTF-8 byte order mark"_s;
    QTest::newRow("UTF-16 LE BOM")
            << QByteArray("\xFF\xFEN\0a\0", 6) << true << -1 << false << CsvEncoding::Utf16LE << 2
            << u"starts with a UTF-16 LE byte order mark"_s;
    QTest::newRow("UTF-16 BE BOM")
            << QByteArray("\xFE\xFF\0N\0a", 6) << true << -1 << false << CsvEncoding::Utf16BE << 2
            << u"starts with a UTF-16 BE byte order mark"_s;
    QTest::newRow("ASCII") << QByteArray("a,b\n1,2\n") << true << -1 << false << CsvEncoding::Utf8
                           << 0 << u"plain ASCII"_s;
    QTest::newRow("UTF-8 without BOM") << QByteArray("a,b\n\xC3\x85se,2\n") << true << -1 << false
                                       << CsvEncoding::Utf8 << 0 << u"the text is valid UTF-8"_s;
    QTest::newRow("Windows-1252") << QByteArray("a,b\n1,2\n\xC5se,\x80\n") << true << -1 << false
                                  << CsvEncoding::Windows1252 << 0
                                  << u"not valid UTF-8 (line 3), so it is read as Windows-1252"_s;
    QTest::newRow("UTF-8 cut by the end of the sample")
            << QByteArray("a,b\n\xC3\x85se,\xC3") << false << -1 << false << CsvEncoding::Utf8 << 0
            << u"valid UTF-8"_s;
    QTest::newRow("UTF-8 cut at the end of the file")
            << QByteArray("a,b\n\xC3\x85se,\xC3") << true << -1 << false << CsvEncoding::Windows1252
            << 0 << u"not valid UTF-8 (line 2)"_s;
    QTest::newRow("overlong UTF-8 is not UTF-8")
            << QByteArray("a\n\xC0\xAF\n") << true << -1 << false << CsvEncoding::Windows1252 << 0
            << u"not valid UTF-8"_s;
    QTest::newRow("NUL") << QByteArray("a,b\n1,\0\n", 8) << true << -1 << true << CsvEncoding::Utf8
                         << 0 << QString();
    QTest::newRow("undefined in Windows-1252") << QByteArray("a,b\n\x81,\x9D\n") << true << -1
                                               << true << CsvEncoding::Utf8 << 0 << QString();
    QTest::newRow("chosen Windows-1252 keeps a UTF-8 BOM as text")
            << QByteArray("\xEF\xBB\xBFName\n") << true << int(CsvEncoding::Windows1252) << false
            << CsvEncoding::Windows1252 << 0 << u"chosen by you"_s;
    QTest::newRow("chosen UTF-8 skips its BOM")
            << QByteArray("\xEF\xBB\xBFName\n") << true << int(CsvEncoding::Utf8) << false
            << CsvEncoding::Utf8 << 3 << u"chosen by you"_s;
    QTest::newRow("chosen UTF-16 without a BOM")
            << QByteArray("N\0a\0", 4) << true << int(CsvEncoding::Utf16LE) << false
            << CsvEncoding::Utf16LE << 0 << u"chosen by you"_s;
}

void TestCsvDetection::encoding()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, wholeFile);
    QFETCH(int, chosen);
    QFETCH(bool, notText);
    QFETCH(CsvEncoding, encoding);
    QFETCH(int, bomLength);
    QFETCH(QString, reason);

    const auto found = detectCsvEncoding(
            sample, wholeFile, chosen < 0 ? std::nullopt : std::optional(CsvEncoding(chosen)));
    QCOMPARE(found.notText, notText);
    if (notText)
        return;
    QCOMPARE(found.encoding, encoding);
    QCOMPARE(found.byteOrderMarkLength, bomLength);
    QCOMPARE(found.detected, chosen < 0);
    QVERIFY2(found.reason.contains(reason), qPrintable(found.reason));
}

void TestCsvDetection::delimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("reason");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << true << ','
                           << u"each of the first 3 lines splits into 3 columns at each comma"_s;
    QTest::newRow("semicolon") << QByteArray("a;b\r\n1;2\r\n") << true << ';'
                               << u"splits into 2 columns at each semicolon"_s;
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << true << '\t'
                         << u"2 columns at each tab"_s;
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << true << '|'
                          << u"3 columns at each pipe"_s;
    QTest::newRow("semicolon with commas in names")
            << QByteArray("Name;Class\nBerg, Åse;7A\nNæss, Bjørn, jr.;7B\n") << true << ';'
            << u"each of the first 3 lines"_s;
    QTest::newRow("comma with semicolons inside quotes")
            << QByteArray("Name,Note\n\"a;b;c\",x\n\"d;e\",y\n") << true << ','
            << u"each of the first 3 lines"_s;
    QTest::newRow("line breaks with other delimiters inside quotes")
            << QByteArray("a;b\n\"1,2\n3|4\";5\n6;7\n") << true << ';'
            << u"each of the first 3 lines"_s;
    QTest::newRow("more columns do not beat consistent ones")
            << QByteArray("a,b;c;d\n1,2;3\n4,5\n") << true << ','
            << u"each of the first 3 lines splits into 2 columns"_s;
    QTest::newRow("ragged: the header decides")
            << QByteArray("a,b,c,d\n1,2,3\n1,2,3,4,5\n") << true << ','
            << u"the header splits into 4 columns at each comma, as do 0 of the next 2 lines"_s;
    QTest::newRow("one column") << QByteArray("Name\nÅse\n") << true << ','
                                << u"read as one column"_s;
    QTest::newRow("header only") << QByteArray("a;b\n") << true << ';'
                                 << u"the header splits into 2 columns at each semicolon"_s;
    QTest::newRow("a record cut by the sample's end is not counted")
            << QByteArray("a;b\n1;2\n3") << false << ';' << u"each of the first 2 lines"_s;
    QTest::newRow("blank lines are not lines")
            << QByteArray("\n\na|b\n\n1|2\n\n") << true << '|' << u"each of the first 2 lines"_s;
}

void TestCsvDetection::delimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, wholeFile);
    QFETCH(char, delimiter);
    QFETCH(QString, reason);

    const auto found = detectCsvDelimiter(text, wholeFile);
    QCOMPARE(found.delimiter, delimiter);
    QVERIFY(found.detected);
    QVERIFY2(found.reason.contains(reason), qPrintable(found.reason));

    const auto chosen = detectCsvDelimiter(text, wholeFile, ':');
    QCOMPARE(chosen.delimiter, ':');
    QVERIFY(!chosen.detected);
    QCOMPARE(chosen.reason, u"chosen by you"_s);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCsvDetection)
#include "tst_csvdetection.moc"

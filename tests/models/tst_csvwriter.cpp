// The CSV writer (models/csv/csvwriter.cpp): quoting, encodings, formula neutralisation, and
// random records that come back exactly through the reader, in every delimiter and encoding.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

QByteArray write(const QList<QStringList> &rows, const CsvWriteOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        for (const QStringList &row : rows)
            writer.writeRow(row);
    }
    return bytes;
}

// Names a spreadsheet holds: letters of the Nordic and French alphabets (all in Windows-1252),
// and for the Unicode encodings some that Windows-1252 lacks.
QString randomField(QRandomGenerator &random, bool unicode)
{
    static const QStringList pieces = {u"Åse"_s, u"Øystein"_s,  u"Bjørn"_s, u"Zoë"_s,  u"Lefèvre"_s,
                                       u"€"_s,   u"“quoted”"_s, u"a"_s,     u"B"_s,    u"7"_s,
                                       u" "_s,   u","_s,        u";"_s,     u"\t"_s,   u"|"_s,
                                       u"\""_s,  u"\"\""_s,     u"\n"_s,    u"\r\n"_s, u"\r"_s,
                                       u"="_s,   u"+"_s,        u"-"_s,     u"@"_s,    u"'"_s};
    static const QStringList unicodePieces = {u"Ωμέγα"_s, u"日本"_s, u"🙂"_s, u"Łódź"_s};
    QString field;
    const int length = random.bounded(6);
    for (int i = 0; i < length; ++i) {
        if (unicode && random.bounded(5) == 0)
            field += unicodePieces.at(random.bounded(unicodePieces.size()));
        else
            field += pieces.at(random.bounded(pieces.size()));
    }
    return field;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatField_data();
    void formatField();
    void bytesOnDisk_data();
    void bytesOnDisk();
    void emptyRowIsNotABlankLine();
    void windows1252CountsWhatItCannotHold();
    void randomRoundTrip_data();
    void randomRoundTrip();
    void neutralisedRoundTrip();
    void hostileFixtureIsNeutralisedOnExport();
    void exactColumnsAreWrittenAsGiven();
};

void TestCsvWriter::formatField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << u"Åse"_s << ',' << true << u"Åse"_s;
    QTest::newRow("empty") << QString() << ',' << true << QString();
    QTest::newRow("delimiter") << u"Berg, Åse"_s << ',' << true << u"\"Berg, Åse\""_s;
    QTest::newRow("other delimiter is plain") << u"Berg, Åse"_s << ';' << true << u"Berg, Åse"_s;
    QTest::newRow("semicolon") << u"a;b"_s << ';' << true << u"\"a;b\""_s;
    QTest::newRow("tab delimiter") << u"a\tb"_s << '\t' << true << u"\"a\tb\""_s;
    QTest::newRow("quote") << u"5\" tall"_s << ',' << true << u"\"5\"\" tall\""_s;
    QTest::newRow("line break") << u"two\nlines"_s << ',' << true << u"\"two\nlines\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << ',' << true << u"\"a\rb\""_s;
    QTest::newRow("spaces at the ends") << u" x "_s << ',' << true << u"\" x \""_s;
    QTest::newRow("=formula") << u"=HYPERLINK(\"http://x.example\")"_s << ',' << true
                              << u"\"'=HYPERLINK(\"\"http://x.example\"\")\""_s;
    QTest::newRow("+") << u"+Seven"_s << ',' << true << u"'+Seven"_s;
    QTest::newRow("-") << u"-1"_s << ',' << true << u"'-1"_s;
    QTest::newRow("@") << u"@SUM(A1)"_s << ',' << true << u"'@SUM(A1)"_s;
    QTest::newRow("tab first") << u"\t=1"_s << ',' << true << u"'\t=1"_s;
    QTest::newRow("carriage return first") << u"\r=1"_s << ',' << true << u"\"'\r=1\""_s;
    QTest::newRow("= not first") << u"a=b"_s << ',' << true << u"a=b"_s;
    QTest::newRow("neutralising off") << u"=1+2"_s << ',' << false << u"=1+2"_s;
}

void TestCsvWriter::formatField()
{
    QFETCH(QString, field);
    QFETCH(char, delimiter);
    QFETCH(bool, neutralise);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::formatField(field, delimiter, neutralise), written);
}

void TestCsvWriter::bytesOnDisk_data()
{
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("default: UTF-8 with BOM, comma, CRLF")
            << CsvEncoding::Utf8 << true << ','
            << QByteArray("\xEF\xBB\xBFName,Town\r\n\xC3\x85se,\"B, \xC3\xB8\"\r\n");
    QTest::newRow("UTF-8 without BOM, semicolon")
            << CsvEncoding::Utf8 << false << ';'
            << QByteArray("Name;Town\r\n\xC3\x85se;B, \xC3\xB8\r\n");
    QTest::newRow("Windows-1252, no BOM") << CsvEncoding::Windows1252 << true << ';'
                                          << QByteArray("Name;Town\r\n\xC5se;B, \xF8\r\n");
    QTest::newRow("UTF-16 LE with BOM, tab")
            << CsvEncoding::Utf16LE << true << '\t'
            << QByteArray("\xFF\xFEN\0a\0m\0e\0\t\0T\0o\0w\0n\0\r\0\n\0\xC5\0s\0e\0\t\0B\0,\0 "
                          "\0\xF8\0\r\0\n\0",
                          44);
}

void TestCsvWriter::bytesOnDisk()
{
    QFETCH(CsvEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);
    QFETCH(QByteArray, bytes);
    CsvWriteOptions options;
    options.encoding = encoding;
    options.byteOrderMark = bom;
    options.delimiter = delimiter;
    QCOMPARE(write({{u"Name"_s, u"Town"_s}, {u"Åse"_s, u"B, ø"_s}}, options), bytes);
}

void TestCsvWriter::emptyRowIsNotABlankLine()
{
    CsvWriteOptions options;
    options.byteOrderMark = false;
    const QByteArray bytes = write({{u"a"_s, u"b"_s}, {QString(), QString()}}, options);
    QCOMPARE(bytes, QByteArray("a,b\r\n\"\",\r\n"));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const CsvTable table = CsvReader::readAll(&buffer);
    QVERIFY(table.ok());
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.first().fields, (QStringList{QString(), QString()}));
}

void TestCsvWriter::windows1252CountsWhatItCannotHold()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriteOptions options;
    options.encoding = CsvEncoding::Windows1252;
    CsvWriter writer(&buffer, options);
    QVERIFY(writer.writeRow({u"Łódź"_s, u"🙂"_s, u"€"_s}));
    QVERIFY(writer.flush());
    QCOMPARE(bytes, QByteArray("?\xF3"
                               "d?,?,\x80\r\n"));
    QCOMPARE(writer.unrepresentable(), 3);
}

void TestCsvWriter::randomRoundTrip_data()
{
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");

    const QList<std::tuple<const char *, CsvEncoding, bool>> encodings = {
            {"UTF-8 BOM", CsvEncoding::Utf8, true},
            {"UTF-8", CsvEncoding::Utf8, false},
            {"UTF-16 LE", CsvEncoding::Utf16LE, true},
            {"UTF-16 BE", CsvEncoding::Utf16BE, true},
            {"Windows-1252", CsvEncoding::Windows1252, false},
    };
    for (const auto &[name, encoding, bom] : encodings) {
        for (const char delimiter : csvCandidateDelimiters) {
            QTest::addRow("%s, %s", name, qPrintable(csvDelimiterName(delimiter)))
                    << encoding << bom << delimiter;
        }
    }
}

// Written, then read with nothing told: detection finds the encoding and delimiter, and every
// field comes back exactly.
void TestCsvWriter::randomRoundTrip()
{
    QFETCH(CsvEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);

    QRandomGenerator random(1234 + int(encoding) * 7 + delimiter);
    const bool unicode = encoding != CsvEncoding::Windows1252;
    const QStringList header = {u"Name"_s, u"First name"_s, u"Note"_s, u"Town"_s, u"Key"_s};
    QList<QStringList> rows;
    for (int r = 0; r < 300; ++r) {
        // The first field makes the text non-ASCII on every row, as real names do.
        QStringList row{u"Åse "_s + randomField(random, unicode)};
        for (int c = 1; c < header.size(); ++c)
            row.append(randomField(random, unicode));
        rows.append(row);
    }
    CsvWriteOptions options;
    options.encoding = encoding;
    options.byteOrderMark = bom;
    options.delimiter = delimiter;
    options.neutraliseFormulas = false;
    QByteArray bytes = write(QList<QStringList>{header} + rows, options);

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReadOptions readOptions;
    readOptions.chunkSize = 1000; // records cross chunk boundaries
    const CsvTable table = CsvReader::readAll(&buffer, readOptions);
    QVERIFY2(table.ok(),
             qPrintable(table.error ? table.error->message : table.problems.value(0).message));
    QCOMPARE(table.detection.encoding, encoding);
    QCOMPARE(table.detection.delimiter, delimiter);
    QCOMPARE(table.header, header);
    QCOMPARE(table.rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(table.rows.at(i).fields, rows.at(i));
}

// With neutralising on (the default), a formula-like cell comes back with its leading '.
void TestCsvWriter::neutralisedRoundTrip()
{
    QRandomGenerator random(99);
    QList<QStringList> rows{{u"a"_s, u"b"_s}};
    QList<QStringList> expected;
    for (int i = 0; i < 200; ++i) {
        const QStringList row{randomField(random, true), randomField(random, true)};
        rows.append(row);
        QStringList shown;
        for (const QString &field : row)
            shown.append(CsvWriter::startsLikeFormula(field) ? u'\'' + field : field);
        expected.append(shown);
    }
    QByteArray bytes = write(rows, {});
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const CsvTable table = CsvReader::readAll(&buffer);
    QVERIFY(table.ok());
    QCOMPARE(table.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(table.rows.at(i).fields, expected.at(i));
}

void TestCsvWriter::hostileFixtureIsNeutralisedOnExport()
{
    const CsvTable table = CsvReader::readFile(
            QStringLiteral(ROLLBOOK_FIXTURES "/hostile-formula-and-newline.csv"));
    QVERIFY(table.ok());
    CsvWriteOptions options;
    options.byteOrderMark = false;
    const QByteArray bytes = write({table.rows.first().fields}, options);
    QCOMPARE(bytes, QByteArray("7,kid7,\"'=HYPERLINK(\"\"http://x.example\"\")\",'+Seven,"
                               "kid7@skole.example\r\n"));
}

// The platform's identity and secret columns (user name, password, key) are never changed; the
// free text beside them still is.
void TestCsvWriter::exactColumnsAreWrittenAsGiven()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriteOptions options;
    options.byteOrderMark = false;
    {
        CsvWriter writer(&buffer, options);
        writer.setExactColumns({0, 2, 9}); // a column past the row's end is no harm
        QVERIFY(writer.writeRow({u"-ola"_s, u"=SUM(A1)"_s, u"-x7,y"_s, u"@home"_s}));
        QVERIFY(writer.writeRow({u"+47"_s, u"-Berg"_s}));
        writer.setExactColumns({});
        QVERIFY(writer.writeRow({u"-ola"_s}));
    }
    QCOMPARE(bytes, QByteArray("-ola,'=SUM(A1),\"-x7,y\",'@home\r\n"
                               "+47,'-Berg\r\n"
                               "'-ola\r\n"));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCsvWriter)
#include "tst_csvwriter.moc"

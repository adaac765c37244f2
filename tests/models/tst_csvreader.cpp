// The CSV reader (models/csv/csvreader.cpp): every fixture, the real world's variants of CSV,
// problems with their positions, chunk boundaries, and memory that stays flat.
#include "csv/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ROLLBOOK_FIXTURES) + u'/' + name;
}

CsvTable readBytes(const QByteArray &bytes, CsvReadOptions options = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    if (options.fileName.isEmpty())
        options.fileName = u"test.csv"_s;
    return CsvReader::readAll(&buffer, options);
}

QList<QStringList> fieldsOf(const CsvTable &table)
{
    QList<QStringList> rows;
    for (const CsvRow &row : table.rows)
        rows.append(row.fields);
    return rows;
}

QList<qint64> linesOf(const CsvTable &table)
{
    QList<qint64> lines;
    for (const CsvRow &row : table.rows)
        lines.append(row.line);
    return lines;
}

// "2:wrong-field-count:0" for each problem: line, code and column.
QStringList problemKeys(const CsvTable &table)
{
    QStringList keys;
    for (const CsvProblem &problem : table.problems)
        keys.append(u"%1:%2:%3"_s.arg(problem.line)
                            .arg(csvProblemCodeKey(problem.code))
                            .arg(problem.column));
    return keys;
}

const QStringList learnerHeader = {u"SyncID"_s, u"User name"_s, u"First name"_s, u"Last name"_s,
                                   u"E-mail"_s};
const QList<QStringList> learnerRows = {
        {u"L100"_s, u"aase.berg"_s, u"Åse"_s, u"Berg"_s, u"aase.berg@skole.example"_s},
        {u"L101"_s, u"oystein.haugen"_s, u"Øystein"_s, u"Haugen"_s, u"oystein@skole.example"_s},
        {u"L102"_s, u"bjorn.naess"_s, u"Bjørn"_s, u"Næss"_s, QString()},
        {u"L103"_s, u"zoe.dubois"_s, u"Zoë"_s, u"Dubois-Lefèvre"_s, u"zoe@skole.example"_s},
};

// A device that makes up a long CSV as it is read, never holding it: for memory and streams.
class GeneratedCsv : public QIODevice
{
public:
    GeneratedCsv(qint64 rows, QByteArray middle = {})
        : m_rows(rows)
        , m_middle(std::move(middle))
    {
        m_pending = "Id,Name,E-mail\r\n";
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_pending.size() + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        while (m_pending.size() < maxSize && m_row < m_rows) {
            if (m_row == m_rows / 2)
                m_pending += m_middle;
            m_pending += QByteArray::number(m_row) + ",Åse Berg," + QByteArray::number(m_row) +
                         "@skole.example\r\n";
            ++m_row;
        }
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        std::memcpy(data, m_pending.constData(), static_cast<size_t>(n));
        m_pending.remove(0, n);
        return n; // 0 at the end: a sequential device with nothing more
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_row = 0;
    QByteArray m_middle;
    QByteArray m_pending;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void goodFixtures_data();
    void goodFixtures();
    void badFixtures_data();
    void badFixtures();
    void fourEncodingsReadTheSame_data();
    void fourEncodingsReadTheSame();
    void realWorldCsv_data();
    void realWorldCsv();
    void problems_data();
    void problems();
    void chunkBoundariesChangeNothing_data();
    void chunkBoundariesChangeNothing();
    void overridesWin();
    void maxFieldLengthIsConfigurable();
    void invalidUtf8AfterTheSampleIsARecordProblem();
    void nulAfterTheSampleStopsReading();
    void streamsWithFlatMemory();
    void hugeUnclosedQuoteIsReportedWhereItOpened();
    void hugeFieldIsTooLongNotACrash();
    void stepByStepApi();
    void missingFileCannotBeRead();
    void fuzzFindings();
};

void TestCsvReader::goodFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    const QStringList seedHeader = {u"SyncID"_s, u"User name"_s, u"First name"_s, u"Last name"_s,
                                    u"ChildID"_s};
    const auto row = [](const QString &csv) { return csv.split(u','); };
    QTest::newRow("seed-a") << u"seed-a-children.csv"_s << seedHeader
                            << QList<QStringList>{row(u"1,son1,Jim,Dickinson,"_s),
                                                  row(u"2,son2,Johnny,Dean,"_s)}
                            << QList<qint64>{2, 3};
    QTest::newRow("seed-b") << u"seed-b-parents-one-child.csv"_s << seedHeader
                            << QList<QStringList>{row(u"222,mom,Elizabeth,Dickinson,1"_s),
                                                  row(u"333,dad,Robert,Dickinson,1"_s)}
                            << QList<qint64>{2, 3};
    QTest::newRow("seed-c-1") << u"seed-c-parents-child-1.csv"_s << seedHeader
                              << QList<QStringList>{row(u"222,mom,Elizabeth,Dickinson,1"_s),
                                                    row(u"333,dad,Robert,Dickinson,1"_s)}
                              << QList<qint64>{2, 3};
    QTest::newRow("seed-c-2") << u"seed-c-parents-child-2.csv"_s << seedHeader
                              << QList<QStringList>{row(u"222,mom,Elizabeth,Dickinson,2"_s),
                                                    row(u"333,dad,Robert,Dickinson,2"_s)}
                              << QList<qint64>{2, 3};
    QTest::newRow("parents-combined") << u"parents-combined.csv"_s << seedHeader
                                      << QList<QStringList>{row(u"222,mom,Elizabeth,Dickinson,1"_s),
                                                            row(u"333,dad,Robert,Dickinson,1"_s),
                                                            row(u"222,mom,Elizabeth,Dickinson,2"_s),
                                                            row(u"333,dad,Robert,Dickinson,2"_s)}
                                      << QList<qint64>{2, 3, 4, 5};
    QTest::newRow("seed-pupils-rgb")
            << u"seed-pupils-rgb.csv"_s
            << QStringList{u"First name"_s, u"Last name"_s, u"User name"_s, u"Sync key"_s}
            << QList<QStringList>{row(u"Anna,Archer,annaarcher,RGB346"_s),
                                  row(u"Tom,Johnson,tomjohnson,RGB6323"_s)}
            << QList<qint64>{2, 3};
    QTest::newRow("seed-parents-pupil-sync-key")
            << u"seed-parents-pupil-sync-key.csv"_s
            << QStringList{u"First name"_s, u"Last name"_s,      u"User name"_s,
                           u"Password"_s,   u"Pupil sync key"_s, u"E-mail"_s}
            << QList<QStringList>{row(u"Martha,Archer,martharcher,43fdjD56F,RGB346,martha.archer@example.org"_s),
                                  row(u"Peter,Johnson,peterjohnson,65Fgos34a,RGB6323,peter.johnson@example.org"_s)}
            << QList<qint64>{2, 3};
    QTest::newRow("learners-norwegian-headers")
            << u"learners-norwegian-headers.csv"_s << QStringList{u"Fornavn"_s,
                                                                  u"Etternavn"_s,
                                                                  u"Brukernavn"_s,
                                                                  u"Passord"_s,
                                                                  u"Synkroniseringsnøkkel"_s,
                                                                  u"E-post"_s}
            << QList<QStringList>{{u"Åse"_s, u"Berg"_s, u"aase.berg"_s, QString(), u"L100"_s,
                                   u"aase.berg@skole.example"_s},
                                  {u"Øystein"_s, u"Haugen"_s, u"oystein.haugen"_s, QString(),
                                   u"L101"_s, u"oystein@skole.example"_s},
                                  {u"Bjørn"_s, u"Næss"_s, u"bjorn.naess"_s, QString(), u"L102"_s,
                                   QString()},
                                  {u"Zoë"_s, u"Dubois-Lefèvre"_s, u"zoe.dubois"_s, QString(),
                                   u"L103"_s, u"zoe@skole.example"_s}}
            << QList<qint64>{2, 3, 4, 5};
    QTest::newRow("parents-by-username")
            << u"parents-by-username.csv"_s
            << QStringList{u"Brukernavn"_s, u"Fornavn"_s, u"Etternavn"_s, u"E-post"_s,
                           u"Barnets brukernavn"_s}
            << QList<QStringList>{{u"kari.berg"_s, u"Kari"_s, u"Berg"_s, u"kari@hjem.example"_s,
                                   u"aase.berg"_s},
                                  {u"ola.haugen"_s, u"Ola"_s, u"Haugen"_s, u"ola@hjem.example"_s,
                                   u"oystein.haugen"_s},
                                  {u"ola.haugen"_s, u"Ola"_s, u"Haugen"_s, u"ola@hjem.example"_s,
                                   u"bjorn.naess"_s}}
            << QList<qint64>{2, 3, 4};
    // Content rules (e-mail, required fields, unknown children, duplicates, line breaks in
    // names) belong to the import engine: the reader gives these files' records as they are.
    QTest::newRow("bad-unknown-child")
            << u"bad-unknown-child.csv"_s << seedHeader
            << QList<QStringList>{row(u"222,mom,Elizabeth,Dickinson,1"_s),
                                  row(u"444,gran,Mary,Dickinson,99"_s)}
            << QList<qint64>{2, 3};
    QTest::newRow("bad-duplicate-username")
            << u"bad-duplicate-username.csv"_s << seedHeader
            << QList<QStringList>{row(u"1,son1,Jim,Dickinson,"_s), row(u"3,son1,Jimmy,Dickens,"_s)}
            << QList<qint64>{2, 3};
    QTest::newRow("bad-missing-required")
            << u"bad-missing-required.csv"_s << seedHeader
            << QList<QStringList>{row(u"1,,Jim,Dickinson,"_s), row(u"2,son2,,Dean,"_s)}
            << QList<qint64>{2, 3};
    QTest::newRow("bad-email") << u"bad-email.csv"_s
                               << QStringList{u"SyncID"_s, u"User name"_s, u"First name"_s,
                                              u"Last name"_s, u"E-mail"_s}
                               << QList<QStringList>{row(u"5,kid5,Kid,Five,not-an-address"_s)}
                               << QList<qint64>{2};
    QTest::newRow("hostile-formula-and-newline")
            << u"hostile-formula-and-newline.csv"_s
            << QStringList{u"SyncID"_s, u"User name"_s, u"First name"_s, u"Last name"_s,
                           u"E-mail"_s}
            << QList<QStringList>{{u"7"_s, u"kid7"_s, u"=HYPERLINK(\"http://x.example\")"_s,
                                   u"+Seven"_s, u"kid7@skole.example"_s},
                                  {u"8"_s, u"kid8"_s, u"Robert\r\nBcc: all@x.example"_s, u"Eight"_s,
                                   u"kid8@skole.example"_s}}
            << QList<qint64>{2, 3};
    QTest::newRow("learners-utf8")
            << u"learners-utf8.csv"_s << learnerHeader << learnerRows << QList<qint64>{2, 3, 4, 5};
}

void TestCsvReader::goodFixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);

    const CsvTable table = CsvReader::readFile(fixture(file));
    QVERIFY2(!table.error, qPrintable(table.error ? table.error->message : QString()));
    QCOMPARE(problemKeys(table), QStringList());
    QCOMPARE(table.header, header);
    QCOMPARE(fieldsOf(table), rows);
    QCOMPARE(linesOf(table), lines);
}

void TestCsvReader::badFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorCode"); // what stops reading; empty: none
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<QStringList>("problems"); // line:code:column of each record problem
    QTest::addColumn<int>("goodRows");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("unbalanced quote")
            << u"bad-unbalanced-quote.csv"_s << u"unclosed-quote"_s << qint64(2) << QStringList()
            << 0
            << QStringList{u"bad-unbalanced-quote.csv, line 2: a quoted field that starts in "
                           "column 3 (“First name”) is never closed."_s};
    QTest::newRow("ragged rows")
            << u"bad-ragged-rows.csv"_s << QString() << qint64(0)
            << QStringList{u"2:wrong-field-count:0"_s, u"3:wrong-field-count:0"_s} << 0
            << QStringList{u"bad-ragged-rows.csv, line 2: this row has 3 fields, where the "
                           "header has 4."_s,
                           u"bad-ragged-rows.csv, line 3: this row has 5 fields, where the "
                           "header has 4."_s};
    QTest::newRow("empty") << u"bad-empty.csv"_s << u"empty"_s << qint64(0) << QStringList() << 0
                           << QStringList{u"bad-empty.csv: the file is empty"_s};
    QTest::newRow("header only")
            << u"bad-header-only.csv"_s << u"no-records"_s << qint64(0) << QStringList() << 0
            << QStringList{u"bad-header-only.csv: the file has a header line but no records."_s};
    QTest::newRow("binary") << u"bad-binary.csv"_s << u"not-text"_s << qint64(0) << QStringList()
                            << 0 << QStringList{u"bad-binary.csv: this is not a text file"_s};
    QTest::newRow("long field")
            << u"bad-long-field.csv"_s << QString() << qint64(0)
            << QStringList{u"2:field-too-long:3"_s} << 0
            << QStringList{u"bad-long-field.csv, line 2, column 3 (“First name”): the value is "_s,
                           u"characters long; at most "_s};
}

void TestCsvReader::badFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, errorCode);
    QFETCH(qint64, errorLine);
    QFETCH(QStringList, problems);
    QFETCH(int, goodRows);
    QFETCH(QStringList, messageParts);

    const CsvTable table = CsvReader::readFile(fixture(file));
    QCOMPARE(table.error ? csvProblemCodeKey(table.error->code) : QString(), errorCode);
    if (table.error)
        QCOMPARE(table.error->line, errorLine);
    QCOMPARE(problemKeys(table), problems);
    QCOMPARE(table.rows.size(), goodRows);
    QStringList messages;
    for (const CsvProblem &problem : table.problems)
        messages.append(problem.message);
    if (table.error)
        messages.append(table.error->message);
    const QString all = messages.join(u'\n');
    for (const QString &part : messageParts)
        QVERIFY2(all.contains(part), qPrintable(all));
}

void TestCsvReader::fourEncodingsReadTheSame_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("encodingReason");

    QTest::newRow("utf8") << u"learners-utf8.csv"_s << CsvEncoding::Utf8 << false << ','
                          << u"valid UTF-8"_s;
    QTest::newRow("utf8 bom semicolon")
            << u"learners-excel-utf8-bom-semicolon.csv"_s << CsvEncoding::Utf8 << true << ';'
            << u"UTF-8 byte order mark"_s;
    QTest::newRow("windows-1252 semicolon")
            << u"learners-excel-windows1252-semicolon.csv"_s << CsvEncoding::Windows1252 << false
            << ';' << u"not valid UTF-8"_s;
    QTest::newRow("utf16le tab") << u"learners-excel-utf16le-tab.csv"_s << CsvEncoding::Utf16LE
                                 << true << '\t' << u"UTF-16 LE byte order mark"_s;
}

void TestCsvReader::fourEncodingsReadTheSame()
{
    QFETCH(QString, file);
    QFETCH(CsvEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);
    QFETCH(QString, encodingReason);

    const CsvTable table = CsvReader::readFile(fixture(file));
    QVERIFY(table.ok());
    QCOMPARE(table.detection.encoding, encoding);
    QCOMPARE(table.detection.byteOrderMark, bom);
    QCOMPARE(table.detection.delimiter, delimiter);
    QVERIFY(table.detection.encodingDetected);
    QVERIFY(table.detection.delimiterDetected);
    QVERIFY2(table.detection.encodingReason.contains(encodingReason),
             qPrintable(table.detection.encodingReason));
    QVERIFY2(table.detection.delimiterReason.contains(csvDelimiterName(delimiter)),
             qPrintable(table.detection.delimiterReason));
    QCOMPARE(table.header, learnerHeader);
    QCOMPARE(fieldsOf(table), learnerRows);
    QCOMPARE(linesOf(table), (QList<qint64>{2, 3, 4, 5}));
}

void TestCsvReader::realWorldCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("LF, final newline")
            << QByteArray("a,b\n1,2\n3,4\n") << QStringList{u"a"_s, u"b"_s}
            << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<qint64>{2, 3};
    QTest::newRow("CRLF, no final newline")
            << QByteArray("a,b\r\n1,2\r\n3,4") << QStringList{u"a"_s, u"b"_s}
            << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<qint64>{2, 3};
    QTest::newRow("CR only (old Mac)")
            << QByteArray("a,b\r1,2\r3,4\r") << QStringList{u"a"_s, u"b"_s}
            << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<qint64>{2, 3};
    QTest::newRow("blank lines skipped, lines still counted")
            << QByteArray("\r\na,b\r\n\r\n1,2\r\n   \r\n,\r\n3,4\r\n\r\n\r\n")
            << QStringList{u"a"_s, u"b"_s} << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
            << QList<qint64>{4, 7};
    QTest::newRow("quoted delimiter, quote, line breaks")
            << QByteArray("name,note\n\"Berg, Åse\",\"She said \"\"hi\"\"\"\n\"two\nlines\","
                          "\"cr\r\nlf\"\nlast,one\n")
            << QStringList{u"name"_s, u"note"_s}
            << QList<QStringList>{{u"Berg, Åse"_s, u"She said \"hi\""_s},
                                  {u"two\nlines"_s, u"cr\r\nlf"_s},
                                  {u"last"_s, u"one"_s}}
            << QList<qint64>{2, 3, 6};
    QTest::newRow("empty quoted fields and empty fields")
            << QByteArray("a,b,c\n\"\",,\"\"\n") << QStringList{u"a"_s, u"b"_s, u"c"_s}
            << QList<QStringList>{{QString(), QString(), QString()}} << QList<qint64>{2};
    QTest::newRow("trailing empty header column, rows ending in a delimiter")
            << QByteArray("a;b;c;\r\n1;2;3;\r\n4;5;6;\r\n") << QStringList{u"a"_s, u"b"_s, u"c"_s}
            << QList<QStringList>{{u"1"_s, u"2"_s, u"3"_s}, {u"4"_s, u"5"_s, u"6"_s}}
            << QList<qint64>{2, 3};
    QTest::newRow("trailing empty header column, rows without it")
            << QByteArray("a,b,\n1,2\n3,4,\n") << QStringList{u"a"_s, u"b"_s}
            << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<qint64>{2, 3};
    QTest::newRow("several trailing empty columns (Excel's formatted cells)")
            << QByteArray("a;b;;;\r\n1;2;;;\r\n") << QStringList{u"a"_s, u"b"_s}
            << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<qint64>{2};
    QTest::newRow("header trimmed, BOM removed, data kept as is")
            << QByteArray("\xEF\xBB\xBF  SyncID , Name\t\n 1 ,  Åse \n")
            << QStringList{u"SyncID"_s, u"Name"_s} << QList<QStringList>{{u" 1 "_s, u"  Åse "_s}}
            << QList<qint64>{2};
    QTest::newRow("quote inside an unquoted field is a character")
            << QByteArray("a,b\n5\" tall,O\"Brien\n") << QStringList{u"a"_s, u"b"_s}
            << QList<QStringList>{{u"5\" tall"_s, u"O\"Brien"_s}} << QList<qint64>{2};
    QTest::newRow("text after a closing quote is kept")
            << QByteArray("a,b\n\"ab\"cd,\"x\"\n") << QStringList{u"a"_s, u"b"_s}
            << QList<QStringList>{{u"abcd"_s, u"x"_s}} << QList<qint64>{2};
    QTest::newRow("one column") << QByteArray("Name\nÅse\nBjørn\n") << QStringList{u"Name"_s}
                                << QList<QStringList>{{u"Åse"_s}, {u"Bjørn"_s}}
                                << QList<qint64>{2, 3};
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << QStringList{u"a"_s, u"b"_s, u"c"_s}
                          << QList<QStringList>{{u"1"_s, u"2"_s, u"3"_s}} << QList<qint64>{2};
    QTest::newRow("semicolon file with commas in names")
            << QByteArray("Name;Class\nBerg, Åse;7A\nNæss, Bjørn;7B\n")
            << QStringList{u"Name"_s, u"Class"_s}
            << QList<QStringList>{{u"Berg, Åse"_s, u"7A"_s}, {u"Næss, Bjørn"_s, u"7B"_s}}
            << QList<qint64>{2, 3};
    QTest::newRow("windows-1252 with the euro sign and curly quotes")
            << QByteArray("Name,Note\nS\xF8ren,\x80 5 \x93ok\x94\n")
            << QStringList{u"Name"_s, u"Note"_s} << QList<QStringList>{{u"Søren"_s, u"€ 5 “ok”"_s}}
            << QList<qint64>{2};
    QTest::newRow("utf-16 be with BOM")
            << QByteArray("\xFE\xFF\0a\0,\0b\0\n\0\xC5\0,\0\"\0x\0,\0y\0\"\0\n", 26)
            << QStringList{u"a"_s, u"b"_s} << QList<QStringList>{{u"Å"_s, u"x,y"_s}}
            << QList<qint64>{2};
}

void TestCsvReader::realWorldCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);

    const CsvTable table = readBytes(bytes);
    QVERIFY2(table.ok(),
             qPrintable(table.error ? table.error->message : table.problems.value(0).message));
    QCOMPARE(table.header, header);
    QCOMPARE(fieldsOf(table), rows);
    QCOMPARE(linesOf(table), lines);
}

void TestCsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<int>("errorColumn");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unclosed quote reports the line it opened on")
            << QByteArray("a,b,c\n1,2,3\n4,\"five\n6,7,8\n9,10,11\n") << u"unclosed-quote"_s
            << qint64(3) << 2 << QStringList()
            << u"test.csv, line 3: a quoted field that starts in column 2 (“b”) is never closed."_s;
    QTest::newRow("unclosed quote in the header")
            << QByteArray("a,\"b\nc\n") << u"unclosed-quote"_s << qint64(1) << 2 << QStringList()
            << u"test.csv, line 1: a quoted field that starts in column 2 of the header"_s;
    QTest::newRow("duplicate header names both columns")
            << QByteArray("E-mail,Name,e-mail \n1,2,3\n") << u"duplicate-header"_s << qint64(1) << 3
            << QStringList() << u"columns 1 (“E-mail”) and 3 (“e-mail”) have the same name"_s;
    QTest::newRow("no column names")
            << QByteArray("\"\",\"\"\n1,2\n") << u"no-column-names"_s << qint64(1) << 0
            << QStringList() << u"test.csv, line 1: the first line has no column names."_s;
    QTest::newRow("only blank lines") << QByteArray("\r\n \r\n,,,\r\n") << u"empty"_s << qint64(0)
                                      << 0 << QStringList() << u"the file is empty"_s;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << u"empty"_s << qint64(0) << 0
                                << QStringList() << u"the file is empty"_s;
    QTest::newRow("ragged rows give both counts and go on")
            << QByteArray("a,b,c\n1,2\n1,2,3\n1,2,3,4\n") << QString() << qint64(0) << 0
            << QStringList{u"2:wrong-field-count:0"_s, u"4:wrong-field-count:0"_s}
            << u"test.csv, line 4: this row has 4 fields, where the header has 3."_s;
    QTest::newRow("extra fields are allowed only when empty")
            << QByteArray("a,b\n1,2,,x\n") << QString() << qint64(0) << 0
            << QStringList{u"2:wrong-field-count:0"_s} << u"has 4 fields"_s;
    QTest::newRow("a quote that joins lines is hinted at")
            << QByteArray("a,b\n\"1,2\n3\",4,5\n") << QString() << qint64(0) << 0
            << QStringList{u"2:wrong-field-count:0"_s} << u"from line 2 to line 3"_s;
    QTest::newRow("NUL bytes: not text") << QByteArray("a,b\n1,\0\n", 8) << u"not-text"_s
                                         << qint64(0) << 0 << QStringList() << u"not a text file"_s;
    QTest::newRow("UTF-16 without a BOM is named")
            << QByteArray("a\0,\0b\0\n\0001\0,\0002\0\n\0", 16) << u"not-text"_s << qint64(0) << 0
            << QStringList() << u"UTF-16 text without a byte order mark"_s;
    QTest::newRow("bytes undefined in Windows-1252 and invalid UTF-8: not text")
            << QByteArray("a,b\n\x81\x8D,\x90\n") << u"not-text"_s << qint64(0) << 0
            << QStringList() << u"not a text file"_s;
}

void TestCsvReader::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorCode);
    QFETCH(qint64, errorLine);
    QFETCH(int, errorColumn);
    QFETCH(QStringList, problems);
    QFETCH(QString, messagePart);

    const CsvTable table = readBytes(bytes);
    QCOMPARE(table.error ? csvProblemCodeKey(table.error->code) : QString(), errorCode);
    QStringList messages;
    for (const CsvProblem &problem : table.problems)
        messages.append(problem.message);
    if (table.error) {
        QCOMPARE(table.error->line, errorLine);
        QCOMPARE(table.error->column, errorColumn);
        QVERIFY(table.error->stopsReading());
        QVERIFY(!table.error->reason.isEmpty());
        messages.append(table.error->message);
    }
    QCOMPARE(problemKeys(table), problems);
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(messagePart), qPrintable(all));
}

void TestCsvReader::chunkBoundariesChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("quotes and CRLF inside") << u"hostile-formula-and-newline.csv"_s;
    QTest::newRow("utf-16") << u"learners-excel-utf16le-tab.csv"_s;
    QTest::newRow("utf-8 BOM") << u"learners-excel-utf8-bom-semicolon.csv"_s;
    QTest::newRow("unclosed quote") << u"bad-unbalanced-quote.csv"_s;
    QTest::newRow("ragged") << u"bad-ragged-rows.csv"_s;
    QTest::newRow("long field") << u"bad-long-field.csv"_s;
}

// Every chunk size, down to one byte, cuts a quote, a CRLF or a UTF-16 unit somewhere.
void TestCsvReader::chunkBoundariesChangeNothing()
{
    QFETCH(QString, file);
    const CsvTable whole = CsvReader::readFile(fixture(file));
    for (qsizetype chunk = 1; chunk <= 41; ++chunk) {
        CsvReadOptions options;
        options.chunkSize = chunk;
        const CsvTable pieces = CsvReader::readFile(fixture(file), options);
        QCOMPARE(pieces.header, whole.header);
        QCOMPARE(fieldsOf(pieces), fieldsOf(whole));
        QCOMPARE(linesOf(pieces), linesOf(whole));
        QCOMPARE(problemKeys(pieces), problemKeys(whole));
        QCOMPARE(pieces.error.has_value(), whole.error.has_value());
        if (whole.error)
            QCOMPARE(pieces.error->message, whole.error->message);
    }
}

void TestCsvReader::overridesWin()
{
    CsvReadOptions options;
    options.delimiter = ',';
    CsvTable table =
            CsvReader::readFile(fixture(u"learners-excel-utf8-bom-semicolon.csv"_s), options);
    QVERIFY(table.ok());
    QVERIFY(!table.detection.delimiterDetected);
    QCOMPARE(table.detection.delimiterReason, u"chosen by you"_s);
    QCOMPARE(table.header, QStringList{u"SyncID;User name;First name;Last name;E-mail"_s});
    QCOMPARE(table.rows.size(), 4);

    options = {};
    options.encoding = CsvEncoding::Windows1252;
    table = CsvReader::readFile(fixture(u"learners-utf8.csv"_s), options);
    QVERIFY(table.ok());
    QVERIFY(!table.detection.encodingDetected);
    QCOMPARE(table.rows.at(0).fields.at(2), u"Ã…se"_s); // what the wrong choice looks like

    options = {};
    options.encoding = CsvEncoding::Utf8;
    table = CsvReader::readFile(fixture(u"learners-excel-utf8-bom-semicolon.csv"_s), options);
    QVERIFY(table.ok());
    QVERIFY(table.detection.byteOrderMark);
    QCOMPARE(table.header, learnerHeader);
}

void TestCsvReader::maxFieldLengthIsConfigurable()
{
    CsvReadOptions options;
    options.maxFieldLength = 5;
    // Five characters of UTF-8 are more than five bytes: characters are counted, not bytes.
    CsvTable table = readBytes("a,b\nØøØøØ,\"\"\"\"\"\"\"\"\"\"\"\"\n123456,1\n", options);
    QCOMPARE(problemKeys(table), QStringList{u"3:field-too-long:1"_s});
    QCOMPARE(fieldsOf(table), (QList<QStringList>{{u"ØøØøØ"_s, u"\"\"\"\"\""_s}}));
    QVERIFY(table.problems.first().message.contains(u"column 1 (“a”)"_s));

    options.maxFieldLength = 0; // no limit
    table = readBytes("a\n" + QByteArray(100000, 'x') + "\n", options);
    QVERIFY(table.ok());
    QCOMPARE(table.rows.first().fields.first().size(), 100000);
}

void TestCsvReader::invalidUtf8AfterTheSampleIsARecordProblem()
{
    QByteArray bytes = "Name,Town\n";
    for (int i = 0; i < 5000; ++i)
        bytes += "Åse Berg,Bø\n"; // beyond the 64 KB detection looks at
    const qint64 badLine = 5002;
    bytes += "ok,S\xF8r\n"; // Windows-1252 ø in a UTF-8 file
    bytes += "last,one\n";
    const CsvTable table = readBytes(bytes);
    QCOMPARE(table.detection.encoding, CsvEncoding::Utf8);
    QCOMPARE(problemKeys(table), QStringList{u"%1:invalid-text:2"_s.arg(badLine)});
    QCOMPARE(table.rows.size(), 5001);
    QCOMPARE(table.rows.constLast().fields, (QStringList{u"last"_s, u"one"_s}));
}

void TestCsvReader::nulAfterTheSampleStopsReading()
{
    QByteArray bytes = "Name,Town\n";
    for (int i = 0; i < 10000; ++i)
        bytes += "Ola,Oslo\n";
    bytes += QByteArray("x,\0\0\0\n", 6);
    const CsvTable table = readBytes(bytes);
    QVERIFY(table.error);
    QCOMPARE(table.error->code, CsvProblemCode::NotText);
    QCOMPARE(table.error->line, 10002);
    QCOMPARE(table.rows.size(), 10000);
}

// 600,000 rows (about 23 MB) through a sequential device: the reader holds a chunk or two.
void TestCsvReader::streamsWithFlatMemory()
{
    GeneratedCsv device(600000);
    device.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&device));
    QCOMPARE(reader.header(), (QStringList{u"Id"_s, u"Name"_s, u"E-mail"_s}));
    qint64 rows = 0;
    while (reader.next()) {
        QVERIFY(!reader.recordProblem());
        if (rows % 100000 == 0) {
            QCOMPARE(reader.field(0), QString::number(rows));
            QCOMPARE(reader.line(), rows + 2);
        }
        ++rows;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(rows, 600000);
    QVERIFY(reader.bytesRead() > 20'000'000);
    QVERIFY2(reader.bufferSize() < 2 * 1024 * 1024, QByteArray::number(reader.bufferSize()));
}

void TestCsvReader::hugeUnclosedQuoteIsReportedWhereItOpened()
{
    // The quote opens on line 100,002; the 40 MB after it would be one field.
    GeneratedCsv device(1000000, "x,\"never closed,y\r\n");
    device.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&device));
    qint64 rows = 0;
    while (reader.next())
        ++rows;
    QCOMPARE(rows, 500000);
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().code, CsvProblemCode::UnclosedQuote);
    QCOMPARE(reader.error().line, 500002);
    QCOMPARE(reader.error().column, 2);
    QVERIFY2(reader.bufferSize() < 64 * 1024 * 1024, QByteArray::number(reader.bufferSize()));
}

void TestCsvReader::hugeFieldIsTooLongNotACrash()
{
    GeneratedCsv device(1000, "x," + QByteArray(50 * 1024 * 1024, 'y') + ",z\r\n");
    device.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&device));
    qint64 rows = 0;
    QList<CsvProblem> problems;
    while (reader.next()) {
        if (reader.recordProblem())
            problems.append(*reader.recordProblem());
        else
            ++rows;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(rows, 1000);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, CsvProblemCode::FieldTooLong);
    QCOMPARE(problems.first().line, 502);
    QCOMPARE(problems.first().column, 2);
    QCOMPARE(problems.first().columnName, u"Name"_s);
    QVERIFY2(reader.bufferSize() < 64 * 1024 * 1024, QByteArray::number(reader.bufferSize()));
}

void TestCsvReader::stepByStepApi()
{
    QFile file(fixture(u"bad-ragged-rows.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReadOptions options;
    options.fileName = u"ragged.csv"_s;
    CsvReader reader(options);
    QVERIFY(reader.open(&file));
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), 2);
    QVERIFY(reader.recordProblem());
    QCOMPARE(reader.recordProblem()->code, CsvProblemCode::WrongFieldCount);
    QVERIFY(!reader.recordProblem()->stopsReading());
    QCOMPARE(reader.fields(), (QStringList{u"1"_s, u"son1"_s, u"Jim"_s})); // shown as it is
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), 3);
    QCOMPARE(reader.fieldCount(), 5);
    QVERIFY(!reader.next());
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.recordCount(), 2);
    QVERIFY(!reader.next()); // stays at the end
}

void TestCsvReader::missingFileCannotBeRead()
{
    const CsvTable table = CsvReader::readFile(fixture(u"no-such-file.csv"_s));
    QVERIFY(table.error);
    QCOMPARE(table.error->code, CsvProblemCode::CannotRead);
    QVERIFY(table.error->message.startsWith(u"no-such-file.csv: the file cannot be read"_s));
}

// What the fuzzer found (tests/fuzz/regressions), as plain tests that run everywhere.
void TestCsvReader::fuzzFindings()
{
    // last-record-without-newline: the last record, with no line break after it, ends on the
    // line it starts on (its end was one line before its start).
    QByteArray bytes = "a,b\n1,2\n\"3\n4\",5";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&buffer));
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), 2);
    QCOMPARE(reader.lastLine(), 2);
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), 3);
    QCOMPARE(reader.lastLine(), 4);
    QVERIFY(!reader.next());

    // few-control-bytes-round-trip: a stray control character does not make a file binary (a
    // file of few records was "not text" by the share of such bytes, a longer one was not).
    const CsvTable table = readBytes("SyncID,First\x16 name,Last\x0Bname\r\n5,kid5,Kid\r\n");
    QVERIFY(table.ok());
    QCOMPARE(table.header, (QStringList{u"SyncID"_s, u"First\x16 name"_s, u"Last\x0Bname"_s}));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestCsvReader)
#include "tst_csvreader.moc"

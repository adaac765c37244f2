#include "csvreader.h"

#include "csv/csvdetection.h"
#include "csv/csvscanner.h"
#include "csv/csvtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class CsvMessages
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Csv)
};

// Enough of the file's start to judge its encoding and delimiter.
constexpr qsizetype sampleSize = 64 * 1024;
// A record may hold this much before it is dropped as too large (more when the header is wide).
constexpr qsizetype minRecordCap = 16 * 1024 * 1024;

} // namespace

struct CsvReader::Private
{
    CsvReadOptions options;
    QIODevice *device = nullptr;
    std::unique_ptr<QFile> ownedFile;
    bool deviceAtEnd = false;
    qint64 bytesRead = 0;

    CsvDetection detection;
    std::optional<QStringDecoder> utf16; // UTF-16 is turned into UTF-8 before scanning
    QByteArray raw;                      // UTF-16 bytes read, before conversion

    QByteArray buffer; // UTF-8 or Windows-1252 bytes; the valid part is [0, length)
    qsizetype length = 0;
    CsvScan::Scanner scanner;
    qsizetype recordCap = minRecordCap;

    QStringList header;
    int columns = 0; // header.size()

    // The current record.
    qint64 line = 0;
    qint64 lastLine = 0;
    int fieldCount = 0;
    std::optional<CsvProblem> recordProblem;
    mutable QByteArray scratch; // unquoted bytes of a field
    // The current record's text, decoded once into one reused buffer: no allocation per field.
    mutable QString recordText;
    mutable std::vector<qsizetype> textEnds;
    mutable bool textReady = false;
    mutable QStringDecoder utf8Decoder{QStringConverter::Utf8,
                                       QStringConverter::Flag::Stateless |
                                               QStringConverter::Flag::ConvertInitialBom};

    std::optional<CsvProblem> error;
    bool finished = false;
    qint64 records = 0;

    QString fileName() const
    {
        return options.fileName.isEmpty() ? CsvMessages::tr("The file") : options.fileName;
    }

    CsvProblem problem(CsvProblemCode code, qint64 atLine, int column, const QString &reason,
                       bool columnInLocation) const
    {
        CsvProblem p;
        p.line = atLine;
        p.column = column;
        p.columnName = column > 0 && column <= header.size() ? header.at(column - 1) : QString();
        p.code = code;
        p.reason = reason;
        if (atLine <= 0)
            p.message = CsvMessages::tr("%1: %2").arg(fileName(), reason);
        else if (!columnInLocation || column <= 0)
            p.message = CsvMessages::tr("%1, line %2: %3").arg(fileName()).arg(atLine).arg(reason);
        else if (p.columnName.isEmpty())
            p.message = CsvMessages::tr("%1, line %2, column %3: %4")
                                .arg(fileName())
                                .arg(atLine)
                                .arg(column)
                                .arg(reason);
        else
            p.message = CsvMessages::tr("%1, line %2, column %3 (“%4”): %5")
                                .arg(fileName())
                                .arg(atLine)
                                .arg(column)
                                .arg(p.columnName, reason);
        return p;
    }

    bool fail(const CsvProblem &p)
    {
        error = p;
        finished = true;
        return false;
    }

    bool failCannotRead()
    {
        return fail(
                problem(CsvProblemCode::CannotRead, 0, 0,
                        CsvMessages::tr("the file cannot be read (%1).").arg(device->errorString()),
                        false));
    }

    bool failNotText(qint64 atLine, bool utf16Hint)
    {
        QString reason =
                CsvMessages::tr("this is not a text file: it holds bytes that no text file has "
                                "(such as NUL), so it cannot be read as CSV.");
        if (utf16Hint)
            reason += u' ' +
                      CsvMessages::tr(
                              "It looks like UTF-16 text without a byte order mark: choose the "
                              "encoding UTF-16, or save the file again as UTF-8.");
        return fail(problem(CsvProblemCode::NotText, atLine, 0, reason, false));
    }

    // Reads up to `count` bytes from the device, waiting on a pipe or socket.
    qint64 readDevice(char *into, qint64 count)
    {
        for (;;) {
            const qint64 n = device->read(into, count);
            if (n != 0)
                return n;
            if (!device->isSequential() || !device->waitForReadyRead(30000))
                return 0;
        }
    }

    // Appends the next chunk of the device, as scanner bytes. False on a read error.
    bool readChunk()
    {
        const qsizetype chunk = std::max<qsizetype>(options.chunkSize, 16);
        if (utf16) {
            raw.resize(chunk);
            const qint64 n = readDevice(raw.data(), chunk);
            if (n < 0)
                return failCannotRead();
            if (n == 0) {
                deviceAtEnd = true;
                return true;
            }
            bytesRead += n;
            appendUtf16(QByteArrayView(raw.constData(), n));
            return !finished;
        }
        if (buffer.size() < length + chunk)
            buffer.resize(std::max(length + chunk, buffer.size() * 2));
        const qint64 n = readDevice(buffer.data() + length, chunk);
        if (n < 0)
            return failCannotRead();
        if (n == 0)
            deviceAtEnd = true;
        length += n;
        bytesRead += n;
        return true;
    }

    void appendUtf16(QByteArrayView bytes)
    {
        const QString text = (*utf16)(bytes);
        if (utf16->hasError()) {
            failNotText(scanner.nextLine(), false);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        if (buffer.size() < length + utf8.size())
            buffer.resize(std::max(length + utf8.size(), buffer.size() * 2));
        std::memcpy(buffer.data() + length, utf8.constData(), static_cast<size_t>(utf8.size()));
        length += utf8.size();
    }

    // Makes room and reads more. Bytes before the current record are no longer needed; a
    // record that grows past the cap loses its bytes (it will be a problem anyway).
    bool fill()
    {
        qsizetype keep = scanner.keepFrom();
        if (length - keep > recordCap)
            keep = scanner.position();
        if (keep > 0) {
            std::memmove(buffer.data(), buffer.constData() + keep,
                         static_cast<size_t>(length - keep));
            length -= keep;
            scanner.dropFront(keep);
        }
        return readChunk();
    }

    bool openDevice();
    bool detectEncoding(const QByteArray &sample, bool sampleIsWholeFile);
    void detectDelimiter();
    bool readHeader();
    bool takeRecord();
    bool checkText(const char *record, qsizetype size, bool isHeader);
    void decodeRecord() const;
    QStringView fieldView(int index) const;
    QString fieldText(int index) const;
};

void CsvReader::Private::decodeRecord() const
{
    const auto &fields = scanner.fields();
    const int count = std::min(fieldCount, static_cast<int>(fields.size()));
    textEnds.clear();
    textReady = true;
    if (scanner.truncated())
        return;
    // A byte never makes more than one UTF-16 unit.
    qsizetype total = 1;
    for (int i = 0; i < count; ++i)
        total += fields[size_t(i)].end - fields[size_t(i)].begin;
    if (recordText.size() < total)
        recordText.resize(total);
    QChar *const begin = recordText.data();
    QChar *out = begin;
    const char *record = buffer.constData() + scanner.recordStart();
    for (int i = 0; i < count; ++i) {
        const CsvScan::Span &span = fields[size_t(i)];
        const char *bytes = record + span.begin;
        qsizetype size = span.end - span.begin;
        if (span.quoted) {
            if (scratch.size() < size)
                scratch.resize(size);
            size = CsvScan::unquote(bytes, size, scratch.data());
            bytes = scratch.constData();
        }
        if (detection.encoding == CsvEncoding::Windows1252)
            out = CsvText::decodeWindows1252(bytes, size, out);
        else
            out = utf8Decoder.appendToBuffer(out, QByteArrayView(bytes, size));
        textEnds.push_back(out - begin);
    }
}

QStringView CsvReader::Private::fieldView(int index) const
{
    if (!textReady)
        decodeRecord();
    if (index < 0 || index >= static_cast<int>(textEnds.size()))
        return {};
    const qsizetype start = index == 0 ? 0 : textEnds[size_t(index) - 1];
    return QStringView(recordText.constData() + start, textEnds[size_t(index)] - start);
}

QString CsvReader::Private::fieldText(int index) const
{
    return fieldView(index).toString();
}

bool CsvReader::Private::detectEncoding(const QByteArray &sample, bool sampleIsWholeFile)
{
    const CsvEncodingDetection found =
            detectCsvEncoding(sample, sampleIsWholeFile, options.encoding);
    detection.encoding = found.encoding;
    detection.byteOrderMark = found.byteOrderMarkLength > 0;
    detection.encodingDetected = found.detected;
    detection.encodingReason = found.reason;
    if (found.notText)
        return failNotText(0, found.looksLikeUtf16WithoutBom);
    const QByteArrayView body = QByteArrayView(sample).sliced(found.byteOrderMarkLength);
    if (found.encoding == CsvEncoding::Utf16LE || found.encoding == CsvEncoding::Utf16BE) {
        // Stateful: a chunk may end inside a code unit or a surrogate pair.
        utf16.emplace(found.encoding == CsvEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                             : QStringConverter::Utf16BE);
        length = 0;
        appendUtf16(body);
        if (finished)
            return false;
        if (CsvText::findNul(buffer.constData(), length) >= 0)
            return failNotText(0, false);
        return true;
    }
    // An 8-bit encoding: the bytes are scanned as they are.
    buffer = body.toByteArray();
    length = buffer.size();
    return true;
}

void CsvReader::Private::detectDelimiter()
{
    const CsvDelimiterDetection found = detectCsvDelimiter(
            QByteArrayView(buffer.constData(), length), deviceAtEnd, options.delimiter);
    detection.delimiter = found.delimiter;
    detection.delimiterDetected = found.detected;
    detection.delimiterReason = found.reason;
}

bool CsvReader::Private::openDevice()
{
    if (!device || !device->isReadable()) {
        error = problem(CsvProblemCode::CannotRead, 0, 0,
                        CsvMessages::tr("the file cannot be read (%1).")
                                .arg(device ? device->errorString() : CsvMessages::tr("no file")),
                        false);
        finished = true;
        return false;
    }
    // The sample: the start of the file, as it comes from the device.
    QByteArray sample(sampleSize, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < sampleSize) {
        const qint64 n = readDevice(sample.data() + got, sampleSize - got);
        if (n < 0)
            return failCannotRead();
        if (n == 0) {
            deviceAtEnd = true;
            break;
        }
        got += n;
    }
    sample.resize(got);
    bytesRead = got;
    if (!detectEncoding(sample, deviceAtEnd))
        return false;
    detectDelimiter();
    scanner = CsvScan::Scanner(detection.delimiter);
    return readHeader();
}

bool CsvReader::Private::checkText(const char *record, qsizetype size, bool isHeader)
{
    bool nul = false;
    qsizetype bad = -1;
    if (detection.encoding == CsvEncoding::Utf8 && !utf16) {
        bad = CsvText::findInvalidUtf8OrNul(record, size, false, &nul);
    } else {
        bad = CsvText::findNul(record, size);
        nul = bad >= 0;
    }
    if (bad < 0)
        return true;
    if (nul || isHeader)
        return failNotText(line, false);
    int column = 1;
    for (const CsvScan::Span &span : scanner.fields()) {
        if (bad < span.end)
            break;
        ++column;
    }
    recordProblem = problem(
            CsvProblemCode::InvalidText, line, column,
            CsvMessages::tr("this field holds bytes that are not valid %1 text; save the file "
                            "again, or choose its encoding.")
                    .arg(csvEncodingName(detection.encoding)),
            true);
    return true;
}

bool CsvReader::Private::readHeader()
{
    for (;;) {
        const auto result = scanner.scan(buffer.constData(), length, deviceAtEnd);
        if (result == CsvScan::Scanner::Result::NeedMore) {
            if (!fill())
                return false;
            continue;
        }
        if (result == CsvScan::Scanner::Result::End)
            return fail(problem(
                    CsvProblemCode::Empty, 0, 0,
                    CsvMessages::tr("the file is empty: it has no header line and no records."),
                    false));
        if (result == CsvScan::Scanner::Result::UnclosedQuote)
            return fail(problem(
                    CsvProblemCode::UnclosedQuote, scanner.quoteLine(),
                    static_cast<int>(scanner.quoteColumn()),
                    CsvMessages::tr("a quoted field that starts in column %1 of the header is "
                                    "never closed.")
                            .arg(scanner.quoteColumn()),
                    false));
        break;
    }
    line = scanner.recordLine();
    lastLine = scanner.lastLine();
    textReady = false;
    if (scanner.truncated() ||
        scanner.fieldCount() > static_cast<qsizetype>(scanner.fields().size()))
        return fail(problem(
                CsvProblemCode::RecordTooLarge, line, 0,
                CsvMessages::tr("the header line is far too long to be a list of column names."),
                false));
    const auto &spans = scanner.fields();
    fieldCount = static_cast<int>(spans.size());
    if (!spans.empty() &&
        !checkText(buffer.constData() + scanner.recordStart(), spans.back().end, true))
        return false;

    QStringList names;
    names.reserve(fieldCount);
    for (int i = 0; i < fieldCount; ++i) {
        QString name = fieldText(i).trimmed();
        while (name.startsWith(QChar(0xFEFF)))
            name = name.mid(1).trimmed();
        names.append(name);
    }
    // A trailing empty column name goes, with the empty last field rows then have.
    while (names.size() > 1 && names.constLast().isEmpty())
        names.removeLast();
    if (std::all_of(names.cbegin(), names.cend(), [](const QString &n) { return n.isEmpty(); }))
        return fail(problem(CsvProblemCode::NoColumnNames, line, 0,
                            CsvMessages::tr("the first line has no column names."), false));
    header = names;
    columns = static_cast<int>(names.size());

    QHash<QString, int> seen;
    for (int i = 0; i < columns; ++i) {
        if (names.at(i).isEmpty())
            continue;
        const QString key = names.at(i).toCaseFolded();
        const auto it = seen.constFind(key);
        if (it != seen.cend())
            return fail(problem(
                    CsvProblemCode::DuplicateHeader, line, i + 1,
                    CsvMessages::tr("columns %1 (“%2”) and %3 (“%4”) have the same name; each "
                                    "column needs a name of its own.")
                            .arg(it.value() + 1)
                            .arg(names.at(it.value()))
                            .arg(i + 1)
                            .arg(names.at(i)),
                    false));
        seen.insert(key, i);
    }

    const qsizetype perField =
            options.maxFieldLength > 0 ? 4 * qsizetype(options.maxFieldLength) : 64 * 1024;
    recordCap = std::max(minRecordCap, 2 * (perField + 3) * (columns + 1));
    return true;
}

// The record the scanner just found: its field count, text and lengths checked.
bool CsvReader::Private::takeRecord()
{
    textReady = false;
    ++records;
    line = scanner.recordLine();
    lastLine = scanner.lastLine();
    const auto &spans = scanner.fields();
    const qsizetype found = scanner.fieldCount();
    const qsizetype limit = options.maxFieldLength;

    if (scanner.truncated()) {
        // Its bytes are gone: say what made it so large.
        fieldCount = 0;
        for (size_t i = 0; i < spans.size(); ++i) {
            if (limit > 0 && spans[i].end - spans[i].begin > 4 * limit + 2) {
                const int column = static_cast<int>(i) + 1;
                recordProblem =
                        problem(CsvProblemCode::FieldTooLong, line, column,
                                CsvMessages::tr("the value is far longer than %L1 characters, the "
                                                "most allowed.")
                                        .arg(limit),
                                true);
                return true;
            }
        }
        if (found != columns) {
            recordProblem =
                    problem(CsvProblemCode::WrongFieldCount, line, 0,
                            CsvMessages::tr("this row has %L1 fields, where the header has %L2.")
                                    .arg(found)
                                    .arg(columns),
                            false);
            return true;
        }
        recordProblem =
                problem(CsvProblemCode::RecordTooLarge, line, 0,
                        CsvMessages::tr("this row is larger than %L1 MB, far more than a row of "
                                        "people holds.")
                                .arg(recordCap / (1024 * 1024)),
                        false);
        return true;
    }

    const char *record = buffer.constData() + scanner.recordStart();
    if (!checkText(record, spans.empty() ? 0 : spans.back().end, false))
        return false;

    // Fields past the header's columns are allowed when empty: rows that end in a delimiter.
    qsizetype count = found;
    if (count > columns && count == static_cast<qsizetype>(spans.size())) {
        const bool extraEmpty =
                std::all_of(spans.begin() + columns, spans.end(),
                            [](const CsvScan::Span &s) { return s.end == s.begin; });
        if (extraEmpty)
            count = columns;
    }
    fieldCount = static_cast<int>(std::min<qsizetype>(count, qsizetype(spans.size())));
    if (count != columns && !recordProblem) {
        QString reason = CsvMessages::tr("this row has %L1 fields, where the header has %L2.")
                                 .arg(found)
                                 .arg(columns);
        if (lastLine > line && count > columns)
            reason += u' ' +
                      CsvMessages::tr(
                              "The row runs from line %1 to line %2: a quote that is not closed "
                              "where it should be may have joined lines together.")
                              .arg(line)
                              .arg(lastLine);
        recordProblem = problem(CsvProblemCode::WrongFieldCount, line, 0, reason, false);
        return true;
    }
    if (recordProblem || limit <= 0)
        return true;
    for (int i = 0; i < fieldCount; ++i) {
        const CsvScan::Span &span = spans[static_cast<size_t>(i)];
        // A character is at least one byte: only a field of more bytes can be too long.
        if (span.end - span.begin <= limit)
            continue;
        const qsizetype characters = CsvText::codePointCount(fieldText(i));
        if (characters > limit) {
            recordProblem =
                    problem(CsvProblemCode::FieldTooLong, line, i + 1,
                            CsvMessages::tr("the value is %L1 characters long; at most %L2 are "
                                            "allowed.")
                                    .arg(characters)
                                    .arg(limit),
                            true);
            return true;
        }
    }
    return true;
}

CsvReader::CsvReader(const CsvReadOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

CsvReader::~CsvReader() = default;

bool CsvReader::open(QIODevice *device)
{
    d->device = device;
    return d->openDevice();
}

bool CsvReader::open(const QString &path)
{
    if (d->options.fileName.isEmpty())
        d->options.fileName = QFileInfo(path).fileName();
    d->ownedFile = std::make_unique<QFile>(path);
    if (!d->ownedFile->open(QIODevice::ReadOnly)) {
        d->device = d->ownedFile.get();
        return d->failCannotRead();
    }
    return open(d->ownedFile.get());
}

const CsvDetection &CsvReader::detection() const
{
    return d->detection;
}

const QStringList &CsvReader::header() const
{
    return d->header;
}

bool CsvReader::next()
{
    d->recordProblem.reset();
    d->fieldCount = 0;
    d->textReady = false;
    while (!d->finished) {
        switch (d->scanner.scan(d->buffer.constData(), d->length, d->deviceAtEnd)) {
        case CsvScan::Scanner::Result::Record:
            return d->takeRecord();
        case CsvScan::Scanner::Result::NeedMore:
            if (!d->fill())
                return false;
            break;
        case CsvScan::Scanner::Result::End:
            d->finished = true;
            if (d->records == 0)
                d->error = d->problem(CsvProblemCode::NoRecords, 0, 0,
                                      CsvMessages::tr("the file has a header line but no records."),
                                      false);
            return false;
        case CsvScan::Scanner::Result::UnclosedQuote: {
            const int column = static_cast<int>(d->scanner.quoteColumn());
            const QString name = column <= d->columns ? d->header.at(column - 1) : QString();
            const QString reason =
                    name.isEmpty()
                            ? CsvMessages::tr(
                                      "a quoted field that starts in column %1 is never closed.")
                                      .arg(column)
                            : CsvMessages::tr(
                                      "a quoted field that starts in column %1 (“%2”) is never "
                                      "closed.")
                                      .arg(column)
                                      .arg(name);
            return d->fail(d->problem(CsvProblemCode::UnclosedQuote, d->scanner.quoteLine(), column,
                                      reason, false));
        }
        }
    }
    return false;
}

qint64 CsvReader::line() const
{
    return d->line;
}

qint64 CsvReader::lastLine() const
{
    return d->lastLine;
}

int CsvReader::fieldCount() const
{
    return d->fieldCount;
}

QString CsvReader::field(int index) const
{
    return d->fieldText(index);
}

QStringList CsvReader::fields() const
{
    QStringList list;
    list.reserve(d->fieldCount);
    for (int i = 0; i < d->fieldCount; ++i)
        list.append(d->fieldView(i).toString());
    return list;
}

QStringView CsvReader::fieldView(int index) const
{
    return d->fieldView(index);
}

const CsvProblem *CsvReader::recordProblem() const
{
    return d->recordProblem ? &*d->recordProblem : nullptr;
}

bool CsvReader::hasError() const
{
    return d->error.has_value();
}

const CsvProblem &CsvReader::error() const
{
    static const CsvProblem none;
    return d->error ? *d->error : none;
}

qint64 CsvReader::recordCount() const
{
    return d->records;
}

qint64 CsvReader::bytesRead() const
{
    return d->bytesRead;
}

qsizetype CsvReader::bufferSize() const
{
    return d->buffer.size() + d->raw.size() + d->scratch.size();
}

CsvTable CsvReader::readAll(QIODevice *device, const CsvReadOptions &options, qint64 maxRecords)
{
    CsvReader reader(options);
    CsvTable table;
    const bool opened = reader.open(device);
    table.detection = reader.detection();
    if (!opened) {
        table.error = reader.error();
        return table;
    }
    table.header = reader.header();
    while ((maxRecords < 0 || reader.recordCount() < maxRecords) && reader.next()) {
        if (const CsvProblem *problem = reader.recordProblem())
            table.problems.append(*problem);
        else
            table.rows.append({reader.line(), reader.fields()});
    }
    if (reader.hasError())
        table.error = reader.error();
    return table;
}

CsvTable CsvReader::readFile(const QString &path, const CsvReadOptions &options, qint64 maxRecords)
{
    CsvReadOptions named = options;
    if (named.fileName.isEmpty())
        named.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        CsvReader reader(named);
        (void)reader.open(path);
        table.error = reader.error();
        return table;
    }
    return readAll(&file, named, maxRecords);
}

} // namespace Rollbook

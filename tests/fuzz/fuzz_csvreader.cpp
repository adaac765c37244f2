// libFuzzer target: arbitrary bytes through detection, reading and a writer round trip.
// The first byte chooses the options (chunk size, delimiter, encoding, field limit), so that
// chunk boundaries fall everywhere and overrides are exercised too.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Rollbook;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

struct Read
{
    bool opened = false;
    QStringList header;
    QList<CsvRow> rows;
    char delimiter = ',';
    QString error;
};

Read readAll(const QByteArray &bytes, const CsvReadOptions &options)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    Read read;
    read.opened = reader.open(&buffer);
    read.delimiter = reader.detection().delimiter;
    if (!read.opened) {
        check(reader.hasError(), "a failed open has an error");
        read.error = reader.error().message;
        return read;
    }
    read.header = reader.header();
    check(!read.header.isEmpty(), "an open file has a header");
    qint64 previousLine = 0;
    while (reader.next()) {
        check(reader.line() > previousLine, "records go forward");
        check(reader.lastLine() >= reader.line(), "a record ends where it starts or later");
        previousLine = reader.lastLine();
        if (reader.recordProblem()) {
            check(!reader.recordProblem()->message.isEmpty(), "a problem has a message");
            continue;
        }
        check(reader.fieldCount() == read.header.size(), "a good record fits the header");
        read.rows.append({reader.line(), reader.fields()});
    }
    if (reader.hasError())
        check(!reader.error().message.isEmpty(), "an error has a message");
    return read;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    CsvReadOptions options;
    static constexpr qsizetype chunks[] = {16, 17, 4096, 256 * 1024};
    options.chunkSize = chunks[control & 3];
    if (control & 4)
        options.delimiter = csvCandidateDelimiters[(control >> 3) & 3];
    if (control & 32)
        options.encoding = static_cast<CsvEncoding>((control >> 3) & 3);
    options.maxFieldLength = (control & 64) ? 1000 : 8;
    const Read first = readAll(bytes, options);
    if (!first.opened)
        return 0;

    // What was read, written and read again, is what was read.
    QByteArray written;
    {
        QBuffer out(&written);
        out.open(QIODevice::WriteOnly);
        CsvWriteOptions writeOptions;
        writeOptions.delimiter = first.delimiter;
        writeOptions.neutraliseFormulas = false;
        writeOptions.encoding = (control & 128) ? CsvEncoding::Utf16LE : CsvEncoding::Utf8;
        CsvWriter writer(&out, writeOptions);
        writer.writeRow(first.header);
        for (const CsvRow &row : first.rows)
            writer.writeRow(row.fields);
    }
    CsvReadOptions again;
    again.delimiter = first.delimiter;
    again.encoding = (control & 128) ? CsvEncoding::Utf16LE : CsvEncoding::Utf8;
    again.maxFieldLength = options.maxFieldLength;
    again.chunkSize = options.chunkSize;
    const Read second = readAll(written, again);
    if (!second.opened)
        std::fprintf(stderr, "%s\n", qPrintable(second.error));
    check(second.opened, "written CSV opens");
    check(second.header == first.header, "the header survives a round trip");
    check(second.rows.size() == first.rows.size(), "every record survives a round trip");
    for (qsizetype i = 0; i < first.rows.size(); ++i)
        check(second.rows.at(i).fields == first.rows.at(i).fields,
              "the fields survive a round trip");
    return 0;
}

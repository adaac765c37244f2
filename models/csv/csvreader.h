#pragma once

#include "csv/csvformat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace Rollbook {

struct CsvReadOptions
{
    std::optional<CsvEncoding> encoding; // empty: detect it
    std::optional<char> delimiter;       // empty: detect it
    int maxFieldLength = 1000;           // characters; a longer field is a problem; <= 0: none
    QString fileName;                    // named in messages; open(path) sets it
    qsizetype chunkSize = 256 * 1024;    // bytes read from the device at a time
};

// One record of a whole-file read.
struct CsvRow
{
    qint64 line = 0; // the physical line it starts on
    QStringList fields;
};

// A whole (small) file: the wizard's preview, the tests.
struct CsvTable
{
    CsvDetection detection;
    QStringList header;
    QList<CsvRow> rows;              // the records without problems, in file order
    QList<CsvProblem> problems;      // the records' problems, in file order
    std::optional<CsvProblem> error; // what stopped reading, or NoRecords; empty: read to the end

    bool ok() const { return !error && problems.isEmpty(); }
};

// Reads a CSV file as it streams in, a chunk at a time, so memory stays flat in the file's
// size. open() detects the encoding and delimiter (unless the options fix them) and reads the
// header; then next() steps through the records, the way QSqlQuery steps through rows:
//
//     CsvReader reader({.fileName = name});
//     if (!reader.open(&file)) { show(reader.error().message); return; }
//     while (reader.next()) {
//         if (const CsvProblem *problem = reader.recordProblem()) { report(*problem); continue; }
//         use(reader.line(), reader.fields());
//     }
//     if (reader.hasError()) show(reader.error().message); // NoRecords for a header only
//
// Fields are found in the raw bytes and turned into text only when asked for (field(),
// fields()), so counting or skipping records is cheap.
class CsvReader
{
public:
    explicit CsvReader(const CsvReadOptions &options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The device must be open for reading and outlive the reader. False when the file cannot be
    // read as CSV at all: error() says why.
    bool open(QIODevice *device);
    // Opens the file itself; its name goes into the messages unless the options have one.
    bool open(const QString &path);

    const CsvDetection &detection() const;
    // The column names: trimmed, without a byte order mark, a trailing empty one dropped.
    const QStringList &header() const;

    // Steps to the next record. False at the end of the file, or when a problem stops reading
    // (hasError()).
    bool next();

    // The current record.
    qint64 line() const;     // the physical line it starts on, 1-based (the header is line 1)
    qint64 lastLine() const; // the line it ends on (later than line() when a field holds breaks)
    int fieldCount() const;  // the header's count unless there is a problem
    QString field(int index) const;
    QStringList fields() const;
    // The field's text without a copy of its own: valid until the next call to next(). The
    // fastest way to look at every field.
    QStringView fieldView(int index) const;
    // The record's problem (a wrong number of fields, a field too long, invalid text), or null.
    // Reading goes on with the next record.
    const CsvProblem *recordProblem() const;

    // The problem that stopped reading: the file cannot be read, is not text, has no header,
    // duplicate column names, an unclosed quote; or NoRecords when it has a header only.
    bool hasError() const;
    const CsvProblem &error() const;

    qint64 recordCount() const;   // records read so far, with or without problems
    qint64 bytesRead() const;     // from the device, for progress
    qsizetype bufferSize() const; // bytes held for the file: flat in the file's size

    // The whole file. `maxRecords` >= 0 stops after that many records (a preview).
    static CsvTable readAll(QIODevice *device, const CsvReadOptions &options = {},
                            qint64 maxRecords = -1);
    static CsvTable readFile(const QString &path, const CsvReadOptions &options = {},
                             qint64 maxRecords = -1);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Rollbook

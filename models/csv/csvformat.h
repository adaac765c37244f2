#pragma once

#include <QString>

#include <optional>

namespace Rollbook {

// The text encodings a school's spreadsheet or student system writes (DESIGN §1.4).
enum class CsvEncoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,
};

// "UTF-8", "UTF-16 LE", "Windows-1252": the name shown to the administrator.
QString csvEncodingName(CsvEncoding encoding);
// Reads the names a user types: utf-8, utf8, utf-16le, utf-16be, windows-1252, cp1252, latin1, …
std::optional<CsvEncoding> csvEncodingFromName(const QString &name);

// "comma", "semicolon", "tab", "pipe", or the character itself.
QString csvDelimiterName(char delimiter);
// Reads "," ";" "|" "tab" "\t" "comma" "semicolon" "pipe" or any other single printable ASCII
// character that is not a quote, a letter or a digit.
std::optional<char> csvDelimiterFromName(const QString &name);
// The delimiters detection chooses among, in order of preference.
inline constexpr char csvCandidateDelimiters[] = {',', ';', '\t', '|'};

// What the reader found out about a file, and why: the import wizard shows the reasons.
struct CsvDetection
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool byteOrderMark = false;   // the file starts with one (it is not part of the text)
    bool encodingDetected = true; // false: chosen by the caller
    QString encodingReason;       // "the file starts with a UTF-8 byte order mark"
    char delimiter = ',';
    bool delimiterDetected = true; // false: chosen by the caller
    QString delimiterReason;       // "each of the first 5 lines has 5 columns when split at …"

    // "UTF-8 with BOM", "Windows-1252", …
    QString encodingDescription() const;
};

// Everything the reader can find wrong with a file.
enum class CsvProblemCode {
    // The file as a whole: reading stops.
    CannotRead,      // the file cannot be opened or read
    NotText,         // binary content: NUL bytes, or bytes no candidate encoding allows
    Empty,           // nothing but blank lines: no header
    NoColumnNames,   // a header line whose names are all empty
    DuplicateHeader, // two columns with the same name
    UnclosedQuote,   // a quoted field that is never closed (the rest of the file is in it)
    // One record: the reader goes on with the next one.
    WrongFieldCount, // more or fewer fields than the header has columns
    FieldTooLong,    // over the limit (1,000 characters by default)
    InvalidText,     // bytes that are not valid in the file's encoding
    RecordTooLarge,  // a record of many megabytes that cannot be a row of people
    // A notice: the file is readable and holds nothing to import.
    NoRecords, // a header and no records
};

// "unclosed-quote", "wrong-field-count", …: stable keys for reports and tests.
QString csvProblemCodeKey(CsvProblemCode code);

struct CsvProblem
{
    qint64 line = 0; // physical line, 1-based (the header is line 1); 0: the file as a whole
    int column = 0;  // 1-based; 0: no one column
    QString columnName;
    CsvProblemCode code = CsvProblemCode::CannotRead;
    QString reason;  // one sentence for the administrator, without file and line
    QString message; // "learners.csv, line 2: a quoted field that starts in column 3 (…) …"

    // Whether reading stops here (the file as a whole) or goes on with the next record.
    bool stopsReading() const;
};

} // namespace Rollbook

#pragma once

#include "csv/csvformat.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Rollbook {

// What the start of a file says about its encoding.
struct CsvEncodingDetection
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    qsizetype byteOrderMarkLength = 0; // bytes of the mark at the start (not text)
    bool detected = true;              // false: chosen by the caller
    QString reason;
    bool notText = false;                  // NUL bytes, or bytes no candidate encoding allows
    bool looksLikeUtf16WithoutBom = false; // with notText: why, probably
};

// `sample`: the first bytes of the file (64 KB are plenty); `wholeFile`: it is all of it, so a
// UTF-8 sequence cut at its end is an error. `chosen`: the caller's choice, which wins; a byte
// order mark of that encoding is still skipped. UTF-16 is only detected by its byte order mark;
// its content is checked once converted (see CsvReader).
CsvEncodingDetection detectCsvEncoding(QByteArrayView sample, bool wholeFile,
                                       std::optional<CsvEncoding> chosen = std::nullopt);

struct CsvDelimiterDetection
{
    char delimiter = ',';
    bool detected = true; // false: chosen by the caller
    QString reason;
};

// `text`: the start of the file in an ASCII-compatible encoding (UTF-8 or Windows-1252 bytes,
// no byte order mark); `wholeFile` as above. The candidate (comma, semicolon, tab, pipe) that
// splits every one of the first lines into the header's column count, above 1, quotes
// respected; else the one whose count the most lines share; else a comma (one column).
CsvDelimiterDetection detectCsvDelimiter(QByteArrayView text, bool wholeFile,
                                         std::optional<char> chosen = std::nullopt);

} // namespace Rollbook

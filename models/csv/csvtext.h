#pragma once

// Byte-level text helpers of the CSV reader and writer. Internal to models/csv.

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Rollbook::CsvText {

// Windows-1252 ("ANSI", Excel's "CSV (MS-DOS)"). Its five undefined bytes decode to the C1
// control characters of the same value, as browsers do.
QString decodeWindows1252(const char *data, qsizetype size);
// Writes `size` UTF-16 units at `out` and returns the end.
QChar *decodeWindows1252(const char *data, qsizetype size, QChar *out);
bool isUndefinedInWindows1252(uchar byte);
// Characters Windows-1252 cannot hold become '?'; `unrepresentable` counts them.
void appendWindows1252(QByteArray &out, QStringView text, qsizetype *unrepresentable);

// Where the first byte is that is not valid UTF-8 or is a NUL, or -1. `isNul` says which.
// With `allowTruncatedEnd`, a sequence cut short by the end of the data is not an error (a
// sample taken from the start of a file).
qsizetype findInvalidUtf8OrNul(const char *data, qsizetype size, bool allowTruncatedEnd,
                               bool *isNul);
// Where the first NUL byte is, or -1.
qsizetype findNul(const char *data, qsizetype size);

// Code points in UTF-16 text (a surrogate pair is one).
qsizetype codePointCount(QStringView text);

} // namespace Rollbook::CsvText

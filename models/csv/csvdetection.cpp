#include "csvdetection.h"

#include "csv/csvscanner.h"
#include "csv/csvtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Rollbook {

namespace {

class CsvMessages
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Csv)
};

// Records the delimiter detection looks at.
constexpr int sampleRecords = 50;

// ASCII characters of UTF-16 written without a byte order mark have a NUL byte each.
bool looksLikeUtf16(QByteArrayView raw)
{
    const qsizetype n = std::min<qsizetype>(raw.size(), 256) & ~qsizetype(1);
    if (n < 8)
        return false;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += raw[i] == 0;
        oddNul += raw[i + 1] == 0;
    }
    return std::max(evenNul, oddNul) * 10 >= (n / 2) * 9;
}

bool startsWith(QByteArrayView sample, std::initializer_list<uchar> bytes)
{
    if (sample.size() < static_cast<qsizetype>(bytes.size()))
        return false;
    qsizetype i = 0;
    for (const uchar b : bytes) {
        if (static_cast<uchar>(sample[i++]) != b)
            return false;
    }
    return true;
}

} // namespace

CsvEncodingDetection detectCsvEncoding(QByteArrayView sample, bool wholeFile,
                                       std::optional<CsvEncoding> chosen)
{
    CsvEncodingDetection found;
    std::optional<CsvEncoding> bomEncoding;
    if (startsWith(sample, {0xEF, 0xBB, 0xBF})) {
        bomEncoding = CsvEncoding::Utf8;
        found.byteOrderMarkLength = 3;
    } else if (startsWith(sample, {0xFF, 0xFE})) {
        bomEncoding = CsvEncoding::Utf16LE;
        found.byteOrderMarkLength = 2;
    } else if (startsWith(sample, {0xFE, 0xFF})) {
        bomEncoding = CsvEncoding::Utf16BE;
        found.byteOrderMarkLength = 2;
    }

    if (chosen) {
        found.encoding = *chosen;
        found.detected = false;
        found.reason = CsvMessages::tr("chosen by you");
        // Only the byte order mark of the chosen encoding is not text.
        if (bomEncoding != chosen)
            found.byteOrderMarkLength = 0;
    } else if (bomEncoding) {
        found.encoding = *bomEncoding;
        found.reason =
                found.encoding == CsvEncoding::Utf8
                        ? CsvMessages::tr("the file starts with a UTF-8 byte order mark")
                        : CsvMessages::tr(
                                  "the file starts with a %1 byte order mark, as Excel's “Unicode "
                                  "text” does")
                                  .arg(csvEncodingName(found.encoding));
    }
    if (found.encoding == CsvEncoding::Utf16LE || found.encoding == CsvEncoding::Utf16BE)
        return found;

    // An 8-bit encoding.
    const QByteArrayView body = sample.sliced(found.byteOrderMarkLength);
    if (CsvText::findNul(body.data(), body.size()) >= 0) {
        found.notText = true;
        found.looksLikeUtf16WithoutBom = looksLikeUtf16(body);
        return found;
    }
    if (chosen || bomEncoding)
        return found;
    bool nul = false;
    const qsizetype invalid =
            CsvText::findInvalidUtf8OrNul(body.data(), body.size(), !wholeFile, &nul);
    if (invalid < 0) {
        const bool ascii = std::none_of(body.begin(), body.end(), [](char c) { return c & 0x80; });
        found.encoding = CsvEncoding::Utf8;
        found.reason =
                ascii ? CsvMessages::tr("the text is plain ASCII, which reads the same in every "
                                        "encoding; read as UTF-8")
                      : CsvMessages::tr("the text is valid UTF-8");
        return found;
    }
    if (std::any_of(body.begin(), body.end(), [](char c) {
            return CsvText::isUndefinedInWindows1252(static_cast<uchar>(c));
        })) {
        found.notText = true;
        return found;
    }
    found.encoding = CsvEncoding::Windows1252;
    const qint64 badLine = 1 + std::count(body.begin(), body.begin() + invalid, '\n');
    found.reason =
            CsvMessages::tr(
                    "the text is not valid UTF-8 (line %1), so it is read as Windows-1252, as "
                    "Excel writes “CSV (MS-DOS)”")
                    .arg(badLine);
    return found;
}

CsvDelimiterDetection detectCsvDelimiter(QByteArrayView text, bool wholeFile,
                                         std::optional<char> chosen)
{
    CsvDelimiterDetection found;
    if (chosen) {
        found.delimiter = *chosen;
        found.detected = false;
        found.reason = CsvMessages::tr("chosen by you");
        return found;
    }
    struct Score
    {
        char delimiter;
        qsizetype headerColumns = 0;
        int lines = 0;    // records scanned, the header included
        int matching = 0; // records after the header with the header's count
        bool consistent() const { return matching == lines - 1; }
        double share() const { return lines > 1 ? double(matching) / (lines - 1) : 1.0; }
    };
    std::optional<Score> best;
    const auto better = [](const Score &a, const Score &b) {
        if (a.consistent() != b.consistent())
            return a.consistent();
        if (a.share() != b.share())
            return a.share() > b.share();
        return a.headerColumns > b.headerColumns;
    };
    for (const char candidate : csvCandidateDelimiters) {
        CsvScan::Scanner probe(candidate);
        Score score{candidate};
        while (score.lines < sampleRecords) {
            // A record cut by the sample's end is not complete, so not counted.
            if (probe.scan(text.data(), text.size(), wholeFile) != CsvScan::Scanner::Result::Record)
                break;
            if (score.lines == 0)
                score.headerColumns = probe.fieldCount();
            else if (probe.fieldCount() == score.headerColumns)
                ++score.matching;
            ++score.lines;
        }
        if (score.headerColumns >= 2 && (!best || better(score, *best)))
            best = score;
    }
    if (!best) {
        found.reason = CsvMessages::tr(
                "no comma, semicolon, tab or pipe divides the first line, so the file "
                "is read as one column");
        return found;
    }
    found.delimiter = best->delimiter;
    const QString name = csvDelimiterName(best->delimiter);
    if (best->lines <= 1)
        found.reason = CsvMessages::tr("the header splits into %1 columns at each %2")
                               .arg(best->headerColumns)
                               .arg(name);
    else if (best->consistent())
        found.reason =
                CsvMessages::tr("each of the first %1 lines splits into %2 columns at each %3")
                        .arg(best->lines)
                        .arg(best->headerColumns)
                        .arg(name);
    else
        found.reason =
                CsvMessages::tr(
                        "the header splits into %1 columns at each %2, as do %3 of the next %4 "
                        "lines")
                        .arg(best->headerColumns)
                        .arg(name)
                        .arg(best->matching)
                        .arg(best->lines - 1);
    return found;
}

} // namespace Rollbook

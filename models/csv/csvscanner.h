#pragma once

// The byte scanner under CsvReader and the delimiter detection. Internal to models/csv.
//
// It finds records and fields in bytes of an ASCII-compatible encoding (UTF-8 or Windows-1252;
// UTF-16 is converted to UTF-8 before it gets here) without copying or decoding anything: a
// record is a list of spans into the caller's buffer. It can stop anywhere and go on when the
// caller has read more, so the caller may move or drop the bytes before the current record.

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Rollbook::CsvScan {

struct Span
{
    qsizetype begin = 0; // relative to the record's first byte
    qsizetype end = 0;
    bool quoted = false; // the raw bytes hold quotes to remove (see unquote())
};

class Scanner
{
public:
    enum class Result {
        Record,        // a record is complete: fields(), recordLine()
        NeedMore,      // the data ends inside a record (or before one): give it more
        End,           // no more records
        UnclosedQuote, // the data ended inside a quoted field: quoteLine(), quoteColumn()
    };

    // More fields than this in one record are counted but not kept.
    static constexpr qsizetype maxKeptFields = 16384;

    explicit Scanner(char delimiter = ',', qint64 firstLine = 1);

    // Scans on from position() in data[0, size). `atEnd`: no more bytes will come.
    Result scan(const char *data, qsizetype size, bool atEnd);

    // Where the current (unfinished or just finished) record starts in the data; negative once
    // some of its bytes were dropped.
    qsizetype recordStart() const { return m_origin; }
    qsizetype position() const { return m_pos; }
    // The first byte the caller must keep: the current record's start, or position() between
    // records and once the record is truncated.
    qsizetype keepFrom() const
    {
        return m_state == State::RecordStart || m_truncated ? m_pos
                                                            : std::max<qsizetype>(m_origin, 0);
    }
    // The caller removed the first `count` bytes of its data (count <= position()). Dropping
    // bytes of the current record makes it truncated: its fields' bytes are gone, their sizes
    // stay known.
    void dropFront(qsizetype count);

    const std::vector<Span> &fields() const { return m_fields; }
    qsizetype fieldCount() const { return m_fieldCount; } // may exceed fields().size()
    bool truncated() const { return m_truncated; }
    qint64 recordLine() const { return m_recordLine; }
    qint64 lastLine() const { return m_lastLine; } // the line the record ends on
    qint64 nextLine() const { return m_line; }     // the line the next record starts on
    qint64 quoteLine() const { return m_quoteLine; }
    qsizetype quoteColumn() const { return m_fieldCount + 1; } // 1-based

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterCR };

    Q_ALWAYS_INLINE void endField(qsizetype end)
    {
        if (static_cast<qsizetype>(m_fields.size()) < maxKeptFields)
            m_fields.push_back({m_fieldStart - m_origin, end - m_origin, m_fieldQuoted});
        ++m_fieldCount;
    }
    bool isBlank(const char *data) const;

    char m_delimiter;
    bool m_special[256] = {};       // ends an unquoted field
    bool m_quotedSpecial[256] = {}; // stops the scan of a quoted field
    State m_state = State::RecordStart;
    qsizetype m_pos = 0;
    qsizetype m_origin = 0; // where byte 0 of the current record is (or was)
    qsizetype m_fieldStart = 0;
    bool m_fieldQuoted = false;
    bool m_truncated = false;
    std::vector<Span> m_fields;
    qsizetype m_fieldCount = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_lastLine = 1;
    qint64 m_quoteLine = 0;
};

// The text of a quoted field's raw bytes: the quotes around it removed, doubled quotes made
// single. Bytes after the closing quote are kept as they are ("ab"c → abc), as spreadsheets do.
// Writes into `out` (at least `size` bytes) and returns the length.
qsizetype unquote(const char *raw, qsizetype size, char *out);

} // namespace Rollbook::CsvScan

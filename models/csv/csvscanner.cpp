#include "csvscanner.h"

#include <cstring>

namespace Rollbook::CsvScan {

Scanner::Scanner(char delimiter, qint64 firstLine)
    : m_delimiter(delimiter)
    , m_line(firstLine)
    , m_recordLine(firstLine)
{
    const auto d = static_cast<uchar>(delimiter);
    m_special[d] = m_special[uchar('\n')] = m_special[uchar('\r')] = true;
    m_quotedSpecial[uchar('"')] = m_quotedSpecial[uchar('\n')] = m_quotedSpecial[uchar('\r')] =
            true;
    m_fields.reserve(64);
}

void Scanner::dropFront(qsizetype count)
{
    Q_ASSERT(count >= 0 && count <= m_pos);
    if (m_state != State::RecordStart && count > m_origin)
        m_truncated = true;
    m_pos -= count;
    m_origin -= count;
    m_fieldStart -= count;
}

// A line of nothing but delimiters and blanks: an empty spreadsheet row, skipped.
bool Scanner::isBlank(const char *data) const
{
    if (m_truncated || m_fieldCount != static_cast<qsizetype>(m_fields.size()))
        return false;
    for (const Span &span : m_fields) {
        if (span.quoted)
            return false;
        for (qsizetype i = span.begin; i < span.end; ++i) {
            const char c = data[m_origin + i];
            if (c != ' ' && c != '\t')
                return false;
        }
    }
    return true;
}

Scanner::Result Scanner::scan(const char *data, qsizetype size, bool atEnd)
{
    const auto *base = reinterpret_cast<const uchar *>(data);
    const uchar *p = base + m_pos;
    const uchar *const end = base + size;
    const auto delimiter = static_cast<uchar>(m_delimiter);

    for (;;) {
        switch (m_state) {
        case State::RecordStart:
            m_origin = p - base;
            m_recordLine = m_line;
            m_fields.clear();
            m_fieldCount = 0;
            m_truncated = false;
            m_state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            if (p == end)
                goto endOfData;
            m_fieldStart = p - base;
            if (*p == '"') {
                m_fieldQuoted = true;
                m_quoteLine = m_line;
                ++p;
                m_state = State::Quoted;
                continue;
            }
            m_fieldQuoted = false;
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            while (p != end && !m_special[*p])
                ++p;
            if (p == end)
                goto endOfData;
            const uchar c = *p;
            endField(p - base);
            ++p;
            if (c == delimiter) {
                m_state = State::FieldStart;
                continue;
            }
            if (c == '\r') {
                m_state = State::AfterCR;
                continue;
            }
            ++m_line;
            break; // '\n': the record is complete
        }
        case State::AfterCR:
            if (p == end)
                goto endOfData;
            if (*p == '\n')
                ++p;
            ++m_line;
            break;
        case State::Quoted:
            while (p != end && !m_quotedSpecial[*p])
                ++p;
            if (p == end)
                goto endOfData;
            if (*p == '"') {
                ++p;
                m_state = State::QuoteInQuoted;
            } else if (*p == '\n') {
                ++p;
                ++m_line;
            } else { // '\r': a line of its own unless '\n' follows, which may not be here yet
                if (p + 1 == end && !atEnd)
                    goto endOfData;
                ++p;
                if (p != end && *p == '\n')
                    ++p;
                ++m_line;
            }
            continue;
        case State::QuoteInQuoted:
            if (p == end)
                goto endOfData;
            if (*p == '"') {
                ++p;
                m_state = State::Quoted;
            } else {
                m_state = State::Unquoted;
            }
            continue;
        }

        // A record is complete; its line break is behind it.
        m_lastLine = m_line - 1;
        m_state = State::RecordStart;
        m_pos = p - base;
        if (isBlank(data))
            continue;
        return Result::Record;
    }

endOfData:
    m_pos = p - base;
    if (!atEnd)
        return Result::NeedMore;
    switch (m_state) {
    case State::RecordStart:
        return Result::End;
    case State::FieldStart:
        if (m_fieldCount == 0) {
            m_state = State::RecordStart;
            return Result::End;
        }
        endField(m_pos);
        break;
    case State::Unquoted:
    case State::QuoteInQuoted:
        endField(m_pos);
        break;
    case State::AfterCR:
        ++m_line;
        break;
    case State::Quoted:
        return Result::UnclosedQuote;
    }
    m_lastLine = m_state == State::AfterCR ? m_line - 1 : m_line;
    m_state = State::RecordStart;
    if (isBlank(data))
        return Result::End;
    return Result::Record;
}

qsizetype unquote(const char *raw, qsizetype size, char *out)
{
    if (size == 0 || raw[0] != '"') {
        std::memcpy(out, raw, static_cast<size_t>(size));
        return size;
    }
    qsizetype n = 0;
    qsizetype i = 1;
    while (i < size) {
        const char c = raw[i++];
        if (c != '"') {
            out[n++] = c;
            continue;
        }
        if (i < size && raw[i] == '"') {
            out[n++] = '"';
            ++i;
            continue;
        }
        // The closing quote: the rest is literal.
        std::memcpy(out + n, raw + i, static_cast<size_t>(size - i));
        return n + (size - i);
    }
    return n;
}

} // namespace Rollbook::CsvScan

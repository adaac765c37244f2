#include "csvtext.h"

#include <cstring>

namespace Rollbook::CsvText {

namespace {

// 0x80–0x9F of Windows-1252; the undefined bytes keep their own value.
constexpr char16_t high1252[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

int encode1252(char16_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return c;
    for (int i = 0; i < 32; ++i) {
        if (high1252[i] == c)
            return 0x80 + i;
    }
    return -1;
}

constexpr quint64 highBits = 0x8080808080808080ULL;
constexpr quint64 lowBits = 0x0101010101010101ULL;

bool hasZeroByte(quint64 v)
{
    return ((v - lowBits) & ~v & highBits) != 0;
}

} // namespace

QString decodeWindows1252(const char *data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<uchar>(data[i]);
        out[i] = (byte >= 0x80 && byte < 0xA0) ? high1252[byte - 0x80] : char16_t(byte);
    }
    return text;
}

QChar *decodeWindows1252(const char *data, qsizetype size, QChar *out)
{
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<uchar>(data[i]);
        *out++ = QChar((byte >= 0x80 && byte < 0xA0) ? high1252[byte - 0x80] : char16_t(byte));
    }
    return out;
}

bool isUndefinedInWindows1252(uchar byte)
{
    return byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D;
}

void appendWindows1252(QByteArray &out, QStringView text, qsizetype *unrepresentable)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        int byte = encode1252(c);
        if (byte < 0) {
            byte = '?';
            if (unrepresentable)
                ++*unrepresentable;
            // A surrogate pair is one character, and one '?'.
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                QChar::isLowSurrogate(text.at(i + 1).unicode()))
                ++i;
        }
        out.append(static_cast<char>(byte));
    }
}

qsizetype findInvalidUtf8OrNul(const char *data, qsizetype size, bool allowTruncatedEnd,
                               bool *isNul)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    *isNul = false;
    while (i < size) {
        // Plain ASCII without NUL, eight bytes at a time: nearly all of a CSV file.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & highBits) != 0 || hasZeroByte(word))
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const uchar c = p[i];
        if (c == 0) {
            *isNul = true;
            return i;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        char32_t min;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        char32_t cp = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return allowTruncatedEnd ? -1 : i;
            const uchar next = p[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

qsizetype findNul(const char *data, qsizetype size)
{
    const void *nul = std::memchr(data, 0, static_cast<size_t>(size));
    return nul ? static_cast<const char *>(nul) - data : -1;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace Rollbook::CsvText

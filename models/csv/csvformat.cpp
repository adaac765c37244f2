#include "csvformat.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class CsvMessages
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Csv)
};

QString normalisedName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    return key;
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Utf16LE:
        return u"UTF-16 LE"_s;
    case CsvEncoding::Utf16BE:
        return u"UTF-16 BE"_s;
    case CsvEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return u"UTF-8"_s;
}

std::optional<CsvEncoding> csvEncodingFromName(const QString &name)
{
    const QString key = normalisedName(name);
    if (key == u"utf8"_s || key == u"utf8bom"_s || key == u"utf8sig"_s)
        return CsvEncoding::Utf8;
    if (key == u"utf16le"_s || key == u"utf16"_s || key == u"unicode"_s)
        return CsvEncoding::Utf16LE;
    if (key == u"utf16be"_s)
        return CsvEncoding::Utf16BE;
    if (key == u"windows1252"_s || key == u"cp1252"_s || key == u"ansi"_s || key == u"latin1"_s ||
        key == u"iso88591"_s)
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

QString csvDelimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return CsvMessages::tr("comma");
    case ';':
        return CsvMessages::tr("semicolon");
    case '\t':
        return CsvMessages::tr("tab");
    case '|':
        return CsvMessages::tr("pipe");
    default:
        return u"“%1”"_s.arg(QLatin1Char(delimiter));
    }
}

std::optional<char> csvDelimiterFromName(const QString &name)
{
    const QString key = name.toLower();
    if (key == u"comma"_s)
        return ',';
    if (key == u"semicolon"_s)
        return ';';
    if (key == u"tab"_s || key == u"\\t"_s || key == u"\t"_s)
        return '\t';
    if (key == u"pipe"_s)
        return '|';
    if (key.size() != 1)
        return std::nullopt;
    const char16_t c = key.at(0).unicode();
    if (c <= 0x20 || c >= 0x7F || c == u'"' || (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z'))
        return std::nullopt;
    return static_cast<char>(c);
}

QString CsvDetection::encodingDescription() const
{
    if (byteOrderMark)
        return CsvMessages::tr("%1 with BOM").arg(csvEncodingName(encoding));
    return csvEncodingName(encoding);
}

QString csvProblemCodeKey(CsvProblemCode code)
{
    switch (code) {
    case CsvProblemCode::CannotRead:
        return u"cannot-read"_s;
    case CsvProblemCode::NotText:
        return u"not-text"_s;
    case CsvProblemCode::Empty:
        return u"empty"_s;
    case CsvProblemCode::NoColumnNames:
        return u"no-column-names"_s;
    case CsvProblemCode::DuplicateHeader:
        return u"duplicate-header"_s;
    case CsvProblemCode::UnclosedQuote:
        return u"unclosed-quote"_s;
    case CsvProblemCode::WrongFieldCount:
        return u"wrong-field-count"_s;
    case CsvProblemCode::FieldTooLong:
        return u"field-too-long"_s;
    case CsvProblemCode::InvalidText:
        return u"invalid-text"_s;
    case CsvProblemCode::RecordTooLarge:
        return u"record-too-large"_s;
    case CsvProblemCode::NoRecords:
        return u"no-records"_s;
    }
    return u"problem"_s;
}

bool CsvProblem::stopsReading() const
{
    switch (code) {
    case CsvProblemCode::WrongFieldCount:
    case CsvProblemCode::FieldTooLong:
    case CsvProblemCode::InvalidText:
    case CsvProblemCode::RecordTooLarge:
    case CsvProblemCode::NoRecords:
        return false;
    default:
        return true;
    }
}

} // namespace Rollbook

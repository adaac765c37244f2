#include "csvwriter.h"

#include "csv/csvtext.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringEncoder>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

constexpr qsizetype flushSize = 64 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvWriteOptions &options)
    : m_device(device)
    , m_options(options)
{}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::setExactColumns(const QList<qsizetype> &columns)
{
    m_exact.clear();
    for (const qsizetype column : columns) {
        if (column < 0)
            continue;
        if (column >= m_exact.size())
            m_exact.resize(column + 1, false);
        m_exact[column] = true;
    }
}

bool CsvWriter::startsLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    switch (field.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::formatField(const QString &field, char delimiter, bool neutraliseFormulas)
{
    const QString text = neutraliseFormulas && startsLikeFormula(field) ? u'\'' + field : field;
    const QChar d = QLatin1Char(delimiter);
    bool needsQuotes = false;
    for (const QChar c : text) {
        if (c == d || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    // Spaces at either end are kept by quotes from readers that trim.
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        needsQuotes = true;
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvWriter::append(const QString &text)
{
    switch (m_options.encoding) {
    case CsvEncoding::Utf8:
        m_pending += text.toUtf8();
        break;
    case CsvEncoding::Windows1252:
        CsvText::appendWindows1252(m_pending, text, &m_unrepresentable);
        break;
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE: {
        QStringEncoder encoder(m_options.encoding == CsvEncoding::Utf16LE
                                       ? QStringConverter::Utf16LE
                                       : QStringConverter::Utf16BE);
        m_pending += encoder(text);
        break;
    }
    }
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark && m_options.encoding != CsvEncoding::Windows1252)
            append(QString(QChar(0xFEFF)));
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(m_options.delimiter);
        const bool exact = i < m_exact.size() && m_exact.at(i);
        line += formatField(fields.at(i), m_options.delimiter,
                            m_options.neutraliseFormulas && !exact);
    }
    // A row of empty fields would be a blank line, which readers skip.
    if (line.size() == fields.size() - 1)
        line.prepend(u"\"\""_s);
    line += u"\r\n"_s;
    append(line);
    if (m_pending.size() >= flushSize)
        return flush();
    return true;
}

bool CsvWriter::flush()
{
    if (m_pending.isEmpty() || !m_error.isEmpty())
        return m_error.isEmpty();
    const qint64 written = m_device->write(m_pending);
    if (written != m_pending.size()) {
        m_error = QCoreApplication::translate("Rollbook::Csv", "The file cannot be written (%1).")
                          .arg(m_device->errorString());
        return false;
    }
    m_pending.clear();
    return true;
}

} // namespace Rollbook

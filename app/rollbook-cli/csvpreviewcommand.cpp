#include "command.h"
#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

// Rows the plain table shows when --rows is not given.
constexpr qint64 defaultTableRows = 20;
// Widest column of the plain table, in characters.
constexpr qsizetype maxCellWidth = 30;
// Record problems printed before the rest are only counted.
constexpr int maxProblemsShown = 20;

bool needsEscape(QChar c)
{
    return c.unicode() < 0x20 || c == u'"' || c == u'\\';
}

// Appends `text` as a JSON string.
void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    if (std::none_of(text.begin(), text.end(), needsEscape)) {
        out += text;
        out += u'"';
        return;
    }
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

QString jsonString(const QString &text)
{
    QString out;
    appendJsonString(out, text);
    return out;
}

// A cell of the plain table: on one line, and not too wide.
QString cell(const QString &text)
{
    QString shown = text;
    shown.replace(u"\r\n"_s, u"↵"_s).replace(u'\n', u'↵').replace(u'\r', u'↵').replace(u'\t', u' ');
    if (shown.size() > maxCellWidth)
        shown = shown.left(maxCellWidth - 1) + u'…';
    return shown;
}

void printTable(QTextStream &out, const QStringList &header, const QList<CsvRow> &rows)
{
    const QString lineTitle = CliText::tr("Line");
    QList<qsizetype> widths;
    qsizetype lineWidth = lineTitle.size();
    for (const QString &name : header)
        widths.append(cell(name).size());
    for (const CsvRow &row : rows) {
        lineWidth = std::max<qsizetype>(lineWidth, QString::number(row.line).size());
        for (qsizetype i = 0; i < row.fields.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cell(row.fields.at(i)).size());
    }
    const auto printLine = [&](const QString &first, const QStringList &cells) {
        QString text = first.rightJustified(lineWidth);
        for (qsizetype i = 0; i < widths.size(); ++i)
            text += u"  "_s + cell(cells.value(i)).leftJustified(widths.at(i));
        while (text.endsWith(u' '))
            text.chop(1);
        out << text << u'\n';
    };
    printLine(lineTitle, header);
    QString rule = QString(lineWidth, u'-');
    for (const qsizetype width : widths)
        rule += u"  "_s + QString(width, u'-');
    out << rule << u'\n';
    for (const CsvRow &row : rows)
        printLine(QString::number(row.line), row.fields);
}

} // namespace

int commandCsvPreview(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Show how Rollbook reads a CSV file: its encoding and delimiter (detected unless "
            "given), its columns and records. A malformed file gives exit status 1 and the "
            "problems, with line and column, on stderr."));
    parser.addPositionalArgument(u"file"_s, CliText::tr("The CSV file."), u"FILE"_s);
    const QCommandLineOption json(
            u"json"_s, CliText::tr("Print every record as one JSON array of objects keyed by "
                                   "the header."));
    const QCommandLineOption count(u"count"_s, CliText::tr("Print only the number of records."));
    const QCommandLineOption encoding(
            u"encoding"_s,
            CliText::tr("Read the file in this encoding: utf-8, utf-16le, "
                        "utf-16be or windows-1252."),
            CliText::tr("ENCODING"));
    const QCommandLineOption delimiter(u"delimiter"_s,
                                       CliText::tr("Split fields at this character: comma, "
                                                   "semicolon, tab, pipe, or the character."),
                                       CliText::tr("DELIMITER"));
    const QCommandLineOption rows(
            u"rows"_s,
            CliText::tr("Read only the first N records (the table shows 20 unless "
                        "told)."),
            u"N"_s);
    parser.addOptions({json, count, encoding, delimiter, rows});
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(CliText::tr("Name one CSV file."), parser);
    if (parser.isSet(json) && parser.isSet(count))
        return context.usage(CliText::tr("Choose --json or --count, not both."), parser);

    CsvReadOptions options;
    options.fileName = QFileInfo(args.first()).fileName();
    if (parser.isSet(encoding)) {
        options.encoding = csvEncodingFromName(parser.value(encoding));
        if (!options.encoding)
            return context.usage(
                    CliText::tr("“%1” is not an encoding Rollbook reads: choose utf-8, "
                                "utf-16le, utf-16be or windows-1252.")
                            .arg(parser.value(encoding)),
                    parser);
    }
    if (parser.isSet(delimiter)) {
        options.delimiter = csvDelimiterFromName(parser.value(delimiter));
        if (!options.delimiter)
            return context.usage(
                    CliText::tr("“%1” cannot be a delimiter: choose comma, semicolon, tab, "
                                "pipe, or another punctuation character.")
                            .arg(parser.value(delimiter)),
                    parser);
    }
    qint64 maxRecords = -1;
    if (parser.isSet(rows)) {
        bool ok = false;
        maxRecords = parser.value(rows).toLongLong(&ok);
        if (!ok || maxRecords < 0)
            return context.usage(
                    CliText::tr("--rows takes a number of records, 0 or more, not “%1”.")
                            .arg(parser.value(rows)),
                    parser);
    }

    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error::file(
                CliText::tr("%1: the file cannot be read (%2).")
                        .arg(QDir::toNativeSeparators(args.first()), file.errorString())));
    CsvReader reader(options);
    if (!reader.open(&file)) {
        context.err << reader.error().message << Qt::endl;
        return reader.error().code == CsvProblemCode::CannotRead ? Failure : Rejected;
    }
    const CsvDetection &detection = reader.detection();
    const QStringList &header = reader.header();
    if (!parser.isSet(count)) {
        context.err << CliText::tr("Encoding: %1 (%2)")
                               .arg(detection.encodingDescription(), detection.encodingReason)
                    << Qt::endl
                    << CliText::tr("Delimiter: %1 (%2)")
                               .arg(csvDelimiterName(detection.delimiter),
                                    detection.delimiterReason)
                    << Qt::endl;
    }

    // JSON keys: the header, with a name for a column that has none.
    QStringList keys;
    for (qsizetype i = 0; i < header.size(); ++i)
        keys.append(jsonString(header.at(i).isEmpty() ? CliText::tr("Column %1").arg(i + 1)
                                                      : header.at(i)));

    const qint64 shownRows = maxRecords >= 0 ? maxRecords : defaultTableRows;
    QList<CsvRow> tableRows;
    qint64 records = 0; // without problems
    int problems = 0;
    bool firstJson = true;
    QString jsonRecord;
    if (parser.isSet(json))
        context.out << u'[';
    while ((maxRecords < 0 || reader.recordCount() < maxRecords) && reader.next()) {
        if (const CsvProblem *problem = reader.recordProblem()) {
            if (++problems <= maxProblemsShown)
                context.err << problem->message << Qt::endl;
            continue;
        }
        ++records;
        if (parser.isSet(count))
            continue;
        if (parser.isSet(json)) {
            jsonRecord.clear(); // one buffer for every record
            jsonRecord += firstJson ? u"\n{"_s : u",\n{"_s;
            for (int i = 0; i < reader.fieldCount(); ++i) {
                if (i > 0)
                    jsonRecord += u',';
                jsonRecord += keys.at(i);
                jsonRecord += u':';
                appendJsonString(jsonRecord, reader.fieldView(i));
            }
            jsonRecord += u'}';
            context.out << jsonRecord;
            firstJson = false;
            continue;
        }
        if (tableRows.size() < shownRows)
            tableRows.append({reader.line(), reader.fields()});
    }
    if (parser.isSet(json))
        context.out << (firstJson ? "]" : "\n]") << Qt::endl;
    else if (parser.isSet(count))
        context.out << records << Qt::endl;
    else
        printTable(context.out, header, tableRows);
    context.out.flush();

    if (problems > maxProblemsShown)
        context.err << CliText::tr("… and %n more problems.", nullptr,
                                   int(problems - maxProblemsShown))
                    << Qt::endl;
    if (reader.hasError()) {
        const CsvProblem &error = reader.error();
        context.err << error.message << Qt::endl;
        if (error.code == CsvProblemCode::CannotRead)
            return Failure;
        if (error.code != CsvProblemCode::NoRecords)
            return Rejected;
    }
    if (!parser.isSet(count) && !parser.isSet(json) && records > tableRows.size())
        context.err << CliText::tr("%1 of %n records shown.", nullptr, int(records))
                               .arg(tableRows.size())
                    << Qt::endl;
    return problems > 0 ? Rejected : Done;
}

} // namespace Rollbook::Cli

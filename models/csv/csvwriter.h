#pragma once

#include "csv/csvformat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Rollbook {

struct CsvWriteOptions
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool byteOrderMark = true; // spreadsheets need it to take the file as UTF-8 (not Windows-1252)
    char delimiter = ',';
    // A cell that starts with = + - @, a tab or a carriage return gets a leading ' so that a
    // spreadsheet shows it instead of running it as a formula; the writer's exact columns never
    // do (CsvWriter::setExactColumns).
    bool neutraliseFormulas = true;
};

// Writes CSV for spreadsheets and the platform: the chosen delimiter and encoding, CRLF line
// ends, quotes where a field needs them. Output is buffered and written to the device in chunks.
class CsvWriter
{
public:
    // The device must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device, const CsvWriteOptions &options = {});
    ~CsvWriter(); // flushes
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Columns (0 = the first) whose cells are written exactly as given, never neutralised: the
    // values a system matches or signs in with (user name, password, synchronisation key), which
    // must arrive unchanged. Rollbook refuses such values that start like a formula
    // (PersonRules::checkField), so they need no apostrophe. Applies to the rows written next.
    void setExactColumns(const QList<qsizetype> &columns);

    // False when the device refused the bytes: errorString() says why.
    bool writeRow(const QStringList &fields);
    bool flush();

    QString errorString() const { return m_error; }
    // Characters the encoding cannot hold (Windows-1252 only), written as '?'.
    qsizetype unrepresentable() const { return m_unrepresentable; }

    // One field as it is written: neutralised and quoted as needed.
    static QString formatField(const QString &field, char delimiter, bool neutraliseFormulas);
    static bool startsLikeFormula(const QString &field);

private:
    void append(const QString &text);

    QIODevice *m_device;
    CsvWriteOptions m_options;
    QList<bool> m_exact; // by column: written exactly as given
    QByteArray m_pending;
    bool m_started = false;
    QString m_error;
    qsizetype m_unrepresentable = 0;
};

} // namespace Rollbook

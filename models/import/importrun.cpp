#include "importrun.h"

#include "core/privatefile.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "import/importer.h"
#include "import/mappingstore.h"
#include "import/wideimporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class ImportRunText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::ImportRun)
};

constexpr qint64 progressEvery = 4096;

Result<CsvReadOptions> readOptions(const ImportPlan &plan)
{
    CsvReadOptions options;
    options.fileName = QFileInfo(plan.filePath).fileName();
    if (!plan.encoding.isEmpty()) {
        options.encoding = csvEncodingFromName(plan.encoding);
        if (!options.encoding)
            return Error::usage(
                    ImportRunText::tr("“%1” is not an encoding Rollbook reads. Choose UTF-8, "
                                      "UTF-16 LE, UTF-16 BE or Windows-1252.")
                            .arg(plan.encoding));
    }
    if (!plan.delimiter.isEmpty()) {
        options.delimiter = csvDelimiterFromName(plan.delimiter);
        if (!options.delimiter)
            return Error::usage(
                    ImportRunText::tr("“%1” is not a delimiter Rollbook reads. Choose comma, "
                                      "semicolon, tab or pipe.")
                            .arg(plan.delimiter));
    }
    return options;
}

ImportProblem fromCsv(const CsvProblem &problem)
{
    ProblemCode code = ProblemCode::MalformedRow;
    switch (problem.code) {
    case CsvProblemCode::Empty:
    case CsvProblemCode::NoRecords:
        code = ProblemCode::NoUsers;
        break;
    case CsvProblemCode::CannotRead:
    case CsvProblemCode::NotText:
    case CsvProblemCode::NoColumnNames:
        code = ProblemCode::UnreadableFile;
        break;
    case CsvProblemCode::FieldTooLong:
        code = ProblemCode::TooLong;
        break;
    case CsvProblemCode::DuplicateHeader:
    case CsvProblemCode::UnclosedQuote:
    case CsvProblemCode::WrongFieldCount:
    case CsvProblemCode::InvalidText:
    case CsvProblemCode::RecordTooLarge:
        break;
    }
    if (code == ProblemCode::NoUsers)
        return {problem.line, problem.columnName, code,
                ImportRunText::tr("The file holds no users.")};
    // The reader's reasons continue a sentence; the report's problems are sentences.
    QString message = problem.reason;
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();
    return {problem.line, problem.columnName, code, message};
}

Result<QString> checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::file(ImportRunText::tr("Rollbook cannot open “%1”: %2.")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error::file(ImportRunText::tr("Rollbook cannot read “%1”: %2.")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

// The plan's file, open, with a reader that has tried to read its header (`opened`).
struct PlanFile
{
    explicit PlanFile(const CsvReadOptions &options)
        : reader(options)
    {}
    QFile file;
    CsvReader reader;
    bool opened = false;
};

Result<std::unique_ptr<PlanFile>> openPlanFile(const ImportPlan &plan)
{
    auto options = readOptions(plan);
    if (!options)
        return options.error();
    auto planFile = std::make_unique<PlanFile>(options.value());
    planFile->file.setFileName(plan.filePath);
    if (!planFile->file.open(QIODevice::ReadOnly))
        return Error::file(
                ImportRunText::tr("Rollbook cannot open “%1”: %2.")
                        .arg(QFileInfo(plan.filePath).fileName(), planFile->file.errorString()));
    planFile->opened = planFile->reader.open(&planFile->file);
    return planFile;
}

QString unreadProblems()
{
    return ImportRunText::tr("Rollbook cannot read back the problems the check found. Check the "
                             "free space of the temporary folder, and check the file again.");
}

QJsonArray problemsJson(const QList<ImportProblem> &problems)
{
    QJsonArray array;
    for (const ImportProblem &p : problems) {
        QJsonObject problem{{u"line"_s, p.line},
                            {u"column"_s, p.column.isEmpty() ? QJsonValue() : p.column},
                            {u"code"_s, problemCodeKey(p.code)},
                            {u"message"_s, p.message}};
        if (!p.file.isEmpty())
            problem.insert(u"file"_s, p.file);
        array.append(problem);
    }
    return array;
}

// Streams the file's records into an import engine (Importer or WideImporter) and finishes it.
template<typename Engine>
Result<ImportReport>
feed(Engine &importer, CsvReader &reader, const QFile &file, const QString &sha256,
     const std::function<void(const ImportProgress &)> &progress, const std::atomic<bool> *cancel)
{
    if (auto started = importer.start(reader.header()); !started)
        return started.error();

    ImportProgress state;
    state.totalBytes = file.size();
    while (reader.next()) {
        if (const CsvProblem *problem = reader.recordProblem())
            importer.addProblem(fromCsv(*problem), true);
        else if (auto added = importer.addRecord(reader.line(), reader.fields()); !added)
            return added.error();
        if (reader.recordCount() % progressEvery == 0) {
            if (cancel && cancel->load())
                return Error::invalid(
                        ImportRunText::tr("The import was cancelled. Nothing was changed."));
            if (progress) {
                state.rows = reader.recordCount();
                state.bytesRead = reader.bytesRead();
                progress(state);
            }
        }
    }
    // A header and nothing else is "no users"; an unclosed quote or binary content stops
    // reading and is the report's error too.
    if (reader.hasError() && reader.error().code != CsvProblemCode::NoRecords)
        importer.addProblem(fromCsv(reader.error()), false);
    if (progress) {
        state.rows = reader.recordCount();
        state.bytesRead = state.totalBytes;
        state.checking = true;
        progress(state);
    }
    return importer.finish(sha256, cancel, [&](const QString &message) {
        if (progress) {
            state.waiting = message;
            progress(state);
        }
    });
}

} // namespace

Result<QStringList> readHeaders(const ImportPlan &plan)
{
    auto opened = openPlanFile(plan);
    if (!opened)
        return opened.error();
    const PlanFile &planFile = *opened.value();
    if (!planFile.opened)
        return Error::invalid(planFile.reader.error().message);
    return planFile.reader.header();
}

Result<ImportReport> runImport(const QSqlDatabase &db, const ImportPlan &plan,
                               const std::function<void(const ImportProgress &)> &progress,
                               const std::atomic<bool> *cancel)
{
    const auto sha256 = checksum(plan.filePath);
    if (!sha256)
        return sha256.error();
    auto opened = openPlanFile(plan);
    if (!opened)
        return opened.error();
    QFile &file = opened.value()->file;
    CsvReader &reader = opened.value()->reader;

    if (!opened.value()->opened) {
        // Not a CSV file Rollbook can read: the reason is the report's only error.
        ImportReport report;
        report.fileName = QFileInfo(plan.filePath).fileName();
        report.errors.append(fromCsv(reader.error()));
        report.counts.errors = 1;
        return report;
    }
    const QStringList headers = reader.header();
    auto report = [&]() -> Result<ImportReport> {
        if (plan.profile == Profile::LearnersWithParents) {
            WideImporter importer(db, plan);
            return feed(importer, reader, file, sha256.value(), progress, cancel);
        }
        Importer importer(db, plan);
        return feed(importer, reader, file, sha256.value(), progress, cancel);
    }();
    // The next file with these headers is read the same way.
    if (report && report->committed) {
        const Status remembered = MappingStore(db).remember(ImportMappings::of(plan, headers),
                                                            QFileInfo(plan.filePath).fileName());
        if (!remembered)
            report->notRemembered = remembered.error().message;
    }
    return report;
}

Status writeRejectedRows(const ImportPlan &plan, const ImportReport &report, const QString &target)
{
    // Every problem, not only those the report shows: read back line by line.
    QHash<qint64, QStringList> problems;
    const bool read = report.forEachError(
            [&problems](const ImportProblem &p) { problems[p.line].append(p.message); });
    if (!read || !report.forEachWarning([&problems](const ImportProblem &p) {
            if (p.line > 1)
                problems[p.line].append(p.message);
        }))
        return Error::file(unreadProblems());

    auto opened = openPlanFile(plan);
    if (!opened)
        return opened.error();
    CsvReader &reader = opened.value()->reader;
    if (!opened.value()->opened)
        return Error::invalid(reader.error().message);

    PrivateSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error::file(ImportRunText::tr("Rollbook cannot write “%1”: %2.")
                                   .arg(QFileInfo(target).fileName(), out.errorString()));
    CsvWriteOptions writeOptions;
    writeOptions.delimiter = reader.detection().delimiter;
    CsvWriter writer(&out, writeOptions);
    const qsizetype columns = reader.header().size();
    if (!writer.writeRow(reader.header() + QStringList{ImportRunText::tr("Problem")}))
        return Error::file(writer.errorString());
    while (reader.next()) {
        const auto found = problems.constFind(reader.line());
        if (found == problems.cend())
            continue;
        QStringList fields = reader.fields();
        fields.resize(columns); // a ragged row is evened out to the header
        fields.append(found->join(u' '));
        if (!writer.writeRow(fields))
            return Error::file(writer.errorString());
    }
    if (!writer.flush() || !out.commit())
        return Error::file(ImportRunText::tr("Rollbook cannot write “%1”: %2.")
                                   .arg(QFileInfo(target).fileName(), out.errorString()));
    return success();
}

Status writeReportJson(const ImportReport &report, QIODevice &out)
{
    // Written as it goes, in the layout of QJsonDocument::Indented: every problem is read back
    // from where the import keeps it, one at a time.
    bool written = true;
    const auto write = [&out, &written](const QByteArray &bytes) {
        if (written && out.write(bytes) != bytes.size())
            written = false;
    };
    const auto value = [](const QJsonValue &v) {
        const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    const auto scalar = [&](const char *key, const QJsonValue &v, bool last = false) {
        write("    \"" + QByteArray(key) + "\": " + value(v) + (last ? "\n" : ",\n"));
    };
    const auto problems = [&](const char *key, bool warnings, bool last) {
        write("    \"" + QByteArray(key) + "\": [");
        bool first = true;
        const auto one = [&](const ImportProblem &p) {
            QByteArray object = QJsonDocument(problemsJson({p}).first().toObject())
                                        .toJson(QJsonDocument::Indented)
                                        .trimmed();
            object.replace('\n', "\n        ");
            write((first ? "\n        " : ",\n        ") + object);
            first = false;
        };
        const bool read = warnings ? report.forEachWarning(one) : report.forEachError(one);
        write(first ? "]" : "\n    ]");
        write(last ? "\n" : ",\n");
        return read;
    };
    write("{\n");
    scalar("batch", report.batchId > 0 ? QJsonValue(report.batchId) : QJsonValue());
    scalar("created", report.counts.created);
    const bool errorsRead = problems("errors", false, false);
    scalar("links", report.counts.links);
    scalar("rows", report.counts.rows);
    scalar("unchanged", report.counts.unchanged);
    scalar("updated", report.counts.updated);
    const bool warningsRead = problems("warnings", true, true);
    write("}\n");
    if (!errorsRead || !warningsRead)
        return Error::file(unreadProblems());
    if (!written)
        return Error::file(out.errorString());
    return success();
}

QByteArray reportJson(const ImportReport &report)
{
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    (void)writeReportJson(report, buffer);
    return json;
}

} // namespace Rollbook

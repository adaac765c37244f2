#include "roster/roster.h"

#include "core/privatefile.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "import/importrun.h"
#include "roster/rosterfiles.h"
#include "roster/rosterimporter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

QString rosterStandardName(RosterStandard standard)
{
    switch (standard) {
    case RosterStandard::OneRoster11:
        return u"OneRoster 1.1"_s;
    case RosterStandard::OneRoster12:
        return u"OneRoster 1.2"_s;
    case RosterStandard::SchoolDataSync21:
        return u"School Data Sync v2.1"_s;
    }
    return {};
}

QString rosterKeyName(RosterKey key)
{
    return key == RosterKey::Identifier ? u"identifier"_s : u"sourcedId"_s;
}

std::optional<RosterKey> rosterKeyFromName(const QString &name)
{
    if (name.compare(u"sourcedId"_s, Qt::CaseInsensitive) == 0)
        return RosterKey::SourcedId;
    if (name.compare(u"identifier"_s, Qt::CaseInsensitive) == 0)
        return RosterKey::Identifier;
    return std::nullopt;
}

namespace {

// The SHA-256 of what was imported: the zip itself, or a folder's users.csv.
Result<QString> rosterChecksum(const RosterFiles &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (files.isZip()) {
        QFile file(files.path());
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            return Error::file(RosterText::tr("Rollbook cannot read “%1”: %2.")
                                       .arg(files.displayName(), file.errorString()));
    } else {
        auto device = files.openFile(u"users.csv"_s);
        if (!device)
            return device.error();
        if (!hash.addData(device.value().get()))
            return Error::file(RosterText::tr("Rollbook cannot read users.csv of “%1”: %2.")
                                       .arg(files.displayName(), device.value()->errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QJsonArray peopleJson(const QList<RosterPerson> &people)
{
    QJsonArray array;
    for (const RosterPerson &person : people) {
        QJsonObject object{{u"username"_s, person.username},
                           {u"first_name"_s, person.firstName},
                           {u"last_name"_s, person.lastName},
                           {u"profile"_s, profileKey(person.profile)}};
        if (person.line > 0)
            object.insert(u"line"_s, person.line);
        if (!person.sourcedId.isEmpty())
            object.insert(u"sourced_id"_s, person.sourcedId);
        if (!person.reason.isEmpty())
            object.insert(u"reason"_s, person.reason);
        array.append(object);
    }
    return array;
}

} // namespace

Result<RosterReport> runRosterImport(const QSqlDatabase &db, const RosterPlan &plan,
                                     const std::function<void(const RosterProgress &)> &progress,
                                     const std::atomic<bool> *cancel)
{
    auto files = RosterFiles::open(plan.path);
    if (!files)
        return files.error();
    RosterImporter importer(db, plan, files.value());
    if (auto recognised = importer.recognise(); !recognised)
        return recognised.error();
    const auto checksum = rosterChecksum(files.value());
    if (!checksum)
        return checksum.error();
    importer.setChecksum(checksum.value());
    if (auto read = importer.read(progress, cancel); !read)
        return read.error();
    return importer.finish(progress, cancel);
}

Status writeRosterRejected(const RosterPlan &plan, const RosterReport &report,
                           const QString &target)
{
    QHash<qint64, QStringList> problems;
    const auto add = [&problems](const ImportProblem &p) {
        if (p.file == u"users.csv"_s && p.line > 1)
            problems[p.line].append(p.message);
    };
    for (const ImportProblem &p : report.import.errors)
        add(p);
    for (const ImportProblem &p : report.import.warnings)
        add(p);

    auto files = RosterFiles::open(plan.path);
    if (!files)
        return files.error();
    auto device = files->openFile(u"users.csv"_s);
    if (!device)
        return device.error();
    CsvReadOptions options;
    options.encoding = CsvEncoding::Utf8;
    options.delimiter = ',';
    options.fileName = u"users.csv"_s;
    CsvReader reader(options);
    if (!reader.open(device.value().get()) && reader.error().code != CsvProblemCode::NoRecords)
        return Error::invalid(reader.error().message);

    PrivateSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error::file(RosterText::tr("Rollbook cannot write “%1”: %2.")
                                   .arg(QFileInfo(target).fileName(), out.errorString()));
    CsvWriter writer(&out, {});
    const qsizetype columns = reader.header().size();
    if (!writer.writeRow(reader.header() + QStringList{RosterText::tr("Problem")}))
        return Error::file(writer.errorString());
    while (reader.next()) {
        const auto found = problems.constFind(reader.line());
        if (found == problems.cend())
            continue;
        QStringList fields = reader.fields();
        fields.resize(columns);
        fields.append(found->join(u' '));
        if (!writer.writeRow(fields))
            return Error::file(writer.errorString());
    }
    if (!writer.flush() || !out.commit())
        return Error::file(RosterText::tr("Rollbook cannot write “%1”: %2.")
                                   .arg(QFileInfo(target).fileName(), out.errorString()));
    return success();
}

QByteArray rosterReportJson(const RosterReport &report)
{
    QJsonObject json = QJsonDocument::fromJson(reportJson(report.import)).object();
    json.insert(u"roster"_s, report.rosterName);
    json.insert(u"standard"_s, rosterStandardName(report.standard));
    json.insert(u"school"_s, report.school);
    json.insert(u"learners"_s, report.learners);
    json.insert(u"guardians"_s, report.guardians);
    json.insert(u"roster_links"_s, report.links);
    QJsonObject skipped;
    for (const auto &[role, count] : report.skippedRoles)
        skipped.insert(role, count);
    json.insert(u"skipped_roles"_s, skipped);
    json.insert(u"not_imported"_s, peopleJson(report.notImported));
    json.insert(u"missing"_s, peopleJson(report.missing));
    json.insert(u"missing_count"_s, report.missingCount);
    json.insert(u"removed"_s, report.removed);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace Rollbook

#include "batchexport.h"

#include "core/privatefile.h"
#include "distribution/stagedfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class BatchExportText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::BatchExport)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "their second child", for UPLOAD.txt.
QString nthChild(int k)
{
    // Marked for translation; translated when used.
    static const char *const words[] = {
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their first child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their second child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their third child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their fourth child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their fifth child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their sixth child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their seventh child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their eighth child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their ninth child"),
            QT_TRANSLATE_NOOP("Rollbook::BatchExport", "their tenth child"),
    };
    if (k >= 1 && k <= 10)
        return BatchExportText::tr(words[k - 1]);
    return BatchExportText::tr("child number %1").arg(k);
}

// The files an export writes, and so the ones an earlier export left: NN-learners.csv,
// NN-parents-K.csv and UPLOAD.txt, in any case (Windows and macOS folders ignore case).
bool isExportFile(const QString &fileName)
{
    static const QRegularExpression pattern(
            u"^(\\d{2,}-(learners|parents-\\d+)\\.csv|upload\\.txt)$"_s,
            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(fileName).hasMatch();
}

const QString uploadFileName = u"UPLOAD.txt"_s;

enum class FileKind { Learners, Parents };

// One file to write. Its rows are made from the recipients as the file is written, so that a
// big export holds each person once in memory.
struct PlannedFile
{
    QString fileName;
    FileKind kind = FileKind::Learners;
    int parentsFile = 0; // k of parents-k
    qsizetype rows = 0;
};

struct Plan
{
    QList<PlannedFile> files;
    QStringList learnerHeader;
    QStringList parentHeader;
    bool childIdIsSyncKey = true;
    QString firstParentsFile; // where the parents without a child are
    BatchExportResult result;
};

// The columns the platform matches or signs in with: written exactly as Rollbook has them, never
// with a leading apostrophe (PersonRules refuses such values that begin like a formula). The
// other columns are free text, neutralised for spreadsheets.
bool isExactColumn(const QString &column)
{
    static const QStringList exact{u"SyncID"_s, u"User name"_s, u"Password"_s, u"ChildID"_s};
    return exact.contains(column);
}

QList<qsizetype> exactColumns(const QStringList &header)
{
    QList<qsizetype> columns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (isExactColumn(header.at(i)))
            columns.append(i);
    }
    return columns;
}

QStringList personFields(const Person &person, bool includePasswords)
{
    QStringList fields{person.syncKey, person.username, person.firstName, person.lastName};
    if (includePasswords)
        fields << person.password;
    fields << person.email;
    return fields;
}

// Hands each row of `file` to `use`, which returns false to stop; gives false when stopped.
// File k of the parents holds every parent's k-th child; a parent without a child is in the
// first with an empty ChildID (the platform adds them without a link, as Rollbook's own import
// does).
template<typename Use>
bool forEachRow(const QList<Recipient> &recipients, const PlannedFile &file, bool childIdIsSyncKey,
                bool includePasswords, Use use)
{
    const qsizetype k = file.parentsFile - 1;
    for (const auto &[person, children] : recipients) {
        if (file.kind == FileKind::Learners) {
            if (person.isLearner() && !use(personFields(person, includePasswords)))
                return false;
            continue;
        }
        if (!person.isParent())
            continue;
        QString childId;
        if (k < children.size()) {
            const Person &child = children.at(k);
            childId = childIdIsSyncKey ? child.syncKey : child.username;
        } else if (k > 0 || !children.isEmpty()) {
            continue;
        }
        if (!use(personFields(person, includePasswords) << childId))
            return false;
    }
    return true;
}

Plan planFiles(const QList<Recipient> &recipients, const BatchExportOptions &options)
{
    Plan plan;
    plan.learnerHeader = {u"SyncID"_s, u"User name"_s, u"First name"_s, u"Last name"_s};
    if (options.includePasswords)
        plan.learnerHeader << u"Password"_s;
    plan.learnerHeader << u"E-mail"_s;
    plan.parentHeader = plan.learnerHeader;
    plan.parentHeader << u"ChildID"_s;

    // The ChildID column can hold synchronisation keys only when every learner the platform
    // will match against has one: the learners uploaded now and every child named.
    bool everyLearnerHasSyncKey = true;
    QList<qsizetype> withChild; // [k - 1]: how many parents have a k-th child
    for (const auto &[person, children] : recipients) {
        if (person.isLearner()) {
            ++plan.result.learners;
            everyLearnerHasSyncKey = everyLearnerHasSyncKey && !person.syncKey.isEmpty();
        } else if (person.isParent()) {
            ++plan.result.parents;
            if (children.isEmpty())
                ++plan.result.parentsWithoutChildren;
            if (person.syncKey.isEmpty())
                ++plan.result.parentsWithoutSyncKey;
            if (withChild.size() < children.size())
                withChild.resize(children.size());
            for (qsizetype k = 0; k < children.size(); ++k)
                ++withChild[k];
            for (const Person &child : children)
                everyLearnerHasSyncKey = everyLearnerHasSyncKey && !child.syncKey.isEmpty();
        } else {
            ++plan.result.staff;
        }
    }
    plan.childIdIsSyncKey = everyLearnerHasSyncKey;
    plan.result.childIdMatch = everyLearnerHasSyncKey ? BatchExportText::tr("Synchronisation key")
                                                      : BatchExportText::tr("Username");

    if (plan.result.learners > 0)
        plan.files.append({u"learners.csv"_s, FileKind::Learners, 0, plan.result.learners});
    if (plan.result.parents > 0 && withChild.isEmpty())
        withChild.append(0); // only parents without a child: one file
    if (!withChild.isEmpty())
        withChild.first() += plan.result.parentsWithoutChildren;
    for (qsizetype k = 1; k <= withChild.size(); ++k)
        plan.files.append(
                {u"parents-%1.csv"_s.arg(k), FileKind::Parents, int(k), withChild[k - 1]});
    // Numbered in upload order from 01, counting only the files written.
    for (qsizetype i = 0; i < plan.files.size(); ++i)
        plan.files[i].fileName =
                u"%1-"_s.arg(i + 1, 2, 10, QLatin1Char('0')) + plan.files[i].fileName;
    for (const PlannedFile &file : std::as_const(plan.files)) {
        plan.result.files.append({file.fileName, int(file.rows)});
        if (file.parentsFile == 1)
            plan.firstParentsFile = file.fileName;
    }
    return plan;
}

QString encodingDescription(const CsvWriteOptions &csv)
{
    const QString name = csvEncodingName(csv.encoding);
    if (csv.byteOrderMark && csv.encoding != CsvEncoding::Windows1252)
        return BatchExportText::tr("%1 with a byte order mark (BOM)").arg(name);
    return name;
}

// UPLOAD.txt: what the administrator does with the files, step by step, in plain words.
QString uploadInstructions(const Plan &plan, const BatchExportOptions &options)
{
    const BatchExportResult &r = plan.result;
    QStringList lines;
    lines << BatchExportText::tr("How to upload these files") << QString();
    lines << BatchExportText::tr(
                     "In the platform, go to Import users from file and upload the files below one "
                     "at a time, in this order. The learners come first: each row of a parents "
                     "file "
                     "names a child, and the platform can link a parent only to a learner it "
                     "already has.")
          << QString();
    lines << BatchExportText::tr(
                     "For every file, choose both Add new users and Update existing users, so that "
                     "a "
                     "parent already added from an earlier file gets the next child linked.")
          << QString();

    int step = 0;
    for (const PlannedFile &file : plan.files) {
        ++step;
        const int rows = int(file.rows);
        if (file.kind == FileKind::Learners) {
            lines << BatchExportText::tr("%1. %2: %3.")
                             .arg(step)
                             .arg(file.fileName, BatchExportText::tr("%n learners", nullptr, rows));
            lines << BatchExportText::tr("   Profile: Learner");
        } else {
            const QString what = BatchExportText::tr("%n parents, each with %1", nullptr, rows)
                                         .arg(nthChild(file.parentsFile));
            lines << BatchExportText::tr("%1. %2: %3.").arg(step).arg(file.fileName, what);
            lines << BatchExportText::tr("   Profile: Parent");
            lines << BatchExportText::tr("   Synchronisation field in import file: ChildID");
            lines << BatchExportText::tr("   Matching synchronisation field for child: %1")
                             .arg(r.childIdMatch);
            if (file.parentsFile > 1)
                lines << BatchExportText::tr(
                        "   These parents are in an earlier file too: the platform keeps "
                        "one user for each and adds the link to this child.");
        }
        lines << QString();
    }

    lines << BatchExportText::tr("About the files") << QString();
    lines << BatchExportText::tr(
                     "- Encoding: %1. Delimiter: %2. The first row holds the column names.")
                     .arg(encodingDescription(options.csv),
                          csvDelimiterName(options.csv.delimiter));
    lines << BatchExportText::tr("- Columns: %1; the parents files also have ChildID.")
                     .arg(plan.learnerHeader.join(u", "_s));
    if (options.includePasswords)
        lines << BatchExportText::tr(
                "- Passwords are included, in the Password column. Keep these files safe and "
                "delete them once they are uploaded.");
    else
        lines << BatchExportText::tr(
                "- Passwords are not included: the files have no Password column (Export "
                "passwords is off in Edit global settings). Give the passwords with the "
                "login letters or e-mails.");
    if (plan.childIdIsSyncKey)
        lines << BatchExportText::tr("- ChildID holds each child's synchronisation key.");
    else
        lines << BatchExportText::tr(
                "- ChildID holds each child's user name, because at least one learner has no "
                "synchronisation key.");
    if (r.parentsWithoutChildren > 0)
        lines << BatchExportText::tr("- %n parents have no child in Rollbook: they are in %1 with "
                                     "an empty ChildID, and the platform adds them without a "
                                     "link.",
                                     nullptr, r.parentsWithoutChildren)
                         .arg(plan.firstParentsFile);
    if (r.parentsWithoutSyncKey > 0)
        lines << BatchExportText::tr(
                "- %n parents have no synchronisation key. The platform says “A synchronisation "
                "key is mandatory for automatic connection”: it will match them by user name "
                "only, so keep their user names unchanged, or give them keys: import them again "
                "with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a "
                "synchronisation key one made from their user name in the import wizard's "
                "options.",
                nullptr, r.parentsWithoutSyncKey);
    if (r.staff > 0)
        lines << BatchExportText::tr("- %n staff members chosen are not in these files: staff are "
                                     "not imported this way.",
                                     nullptr, r.staff);
    QStringList exact;
    QStringList neutralised;
    for (const QString &column : r.parents > 0 ? plan.parentHeader : plan.learnerHeader)
        (isExactColumn(column) ? exact : neutralised).append(column);
    lines << BatchExportText::tr(
                     "- %1 are written exactly as Rollbook has them, never changed: the platform "
                     "matches and signs in with them. Rollbook refuses a value there that begins "
                     "with =, +, - or @, so none needs changing.")
                     .arg(exact.join(u", "_s));
    lines << BatchExportText::tr(
                     "- A cell of %1 that begins with =, +, - or @ starts with an apostrophe (') "
                     "so that a spreadsheet shows it instead of running it as a formula.")
                     .arg(neutralised.join(u", "_s));
    lines << QString();
    // CRLF: Notepad on older Windows shows LF-only text as one line.
    return lines.join(u"\r\n"_s);
}

Status writeCsv(const QString &path, const QString &shownName, const Plan &plan,
                const PlannedFile &planned, const QList<Recipient> &recipients,
                const BatchExportOptions &options, qsizetype &unrepresentable)
{
    const auto failed = [&shownName](const QString &why) {
        return Error::file(
                BatchExportText::tr("Rollbook cannot write “%1”: %2").arg(native(shownName), why));
    };
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    CsvWriter writer(&file, options.csv);
    const QStringList &header =
            planned.kind == FileKind::Learners ? plan.learnerHeader : plan.parentHeader;
    writer.setExactColumns(exactColumns(header));
    if (!writer.writeRow(header) ||
        !forEachRow(recipients, planned, plan.childIdIsSyncKey, options.includePasswords,
                    [&writer](const QStringList &row) { return writer.writeRow(row); }) ||
        !writer.flush())
        return failed(writer.errorString());
    unrepresentable += writer.unrepresentable();
    if (!file.commit())
        return failed(file.errorString());
    return success();
}

Status writeText(const QString &path, const QString &shownName, const QString &text)
{
    PrivateSaveFile file(path);
    // A byte order mark tells every editor, old Notepad too, that the text is UTF-8.
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::file(BatchExportText::tr("Rollbook cannot write “%1”: %2")
                                   .arg(native(shownName), file.errorString()));
    return success();
}

} // namespace

Result<BatchExportResult> exportBatches(const QList<Recipient> &recipients,
                                        const QString &directory, const BatchExportOptions &options)
{
    const Plan plan = planFiles(recipients, options);
    if (plan.files.isEmpty())
        return Error::invalid(
                plan.result.staff > 0
                        ? BatchExportText::tr("Only staff were chosen, and staff are not in the "
                                              "export files. Choose learners or parents.")
                        : BatchExportText::tr("Nobody was chosen, so there is nothing to export."));

    // Every file is written into a folder of its own inside the target first, and moved into
    // place only when all are complete: a failure leaves the folder as it was.
    auto staged = StagedFolder::open(directory);
    if (!staged)
        return staged.error();
    StagedFolder &folder = *staged.value();

    BatchExportResult result = plan.result;
    QStringList written;
    for (const PlannedFile &file : plan.files) {
        if (auto ok = writeCsv(folder.stagingPath(file.fileName), folder.targetPath(file.fileName),
                               plan, file, recipients, options, result.unrepresentable);
            !ok)
            return ok.error();
        written.append(file.fileName);
    }
    if (auto ok = writeText(folder.stagingPath(uploadFileName), folder.targetPath(uploadFileName),
                            uploadInstructions(plan, options));
        !ok)
        return ok.error();
    written.append(uploadFileName);
    // The files of an earlier export are replaced, so that the folder holds exactly this export.
    if (auto ok = folder.commit(written, isExportFile); !ok)
        return ok.error();
    return result;
}

} // namespace Rollbook

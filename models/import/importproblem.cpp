#include "importproblem.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QMutex>
#include <QTemporaryFile>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class ImportProblemText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::ImportProblem)
};

} // namespace

// Every problem of a list, one record each (a QDataStream of the line, the code, the column, the
// message and the file), and where each record is.
class ProblemSpool
{
public:
    struct Entry
    {
        qint64 line;
        qint64 offset;
        qint64 size;
    };

    void write(const ImportProblem &problem)
    {
        QByteArray record;
        QDataStream out(&record, QIODevice::WriteOnly);
        out << problem.line << qint32(problem.code) << problem.column << problem.message
            << problem.file;
        const QMutexLocker lock(&mutex);
        if (failed)
            return;
        if (!file.isOpen() && !file.open()) {
            failed = true;
            return;
        }
        const qint64 offset = end;
        if (file.write(record) != record.size()) {
            failed = true;
            return;
        }
        end += record.size();
        entries.push_back({problem.line, offset, record.size()});
    }

    static bool read(QFile &from, qint64 offset, qint64 size, ImportProblem &problem)
    {
        if (from.pos() != offset && !from.seek(offset))
            return false;
        const QByteArray record = from.read(size);
        if (record.size() != size)
            return false;
        QDataStream in(record);
        qint32 code = 0;
        in >> problem.line >> code >> problem.column >> problem.message >> problem.file;
        problem.code = ProblemCode(code);
        return in.status() == QDataStream::Ok;
    }

    QMutex mutex;
    QTemporaryFile file;
    qint64 end = 0;
    std::vector<Entry> entries;
    bool failed = false;
};

void ProblemList::append(const ImportProblem &problem)
{
    ++m_count;
    const auto code = qsizetype(problem.code);
    if (m_perCode.size() <= code)
        m_perCode.resize(code + 1);
    const bool shown = m_perCode[code]++ < problemsShownPerCode;
    if (!shown && !m_spool) {
        // The first one left out: from now on, every problem goes to the spool.
        m_spool = std::make_shared<ProblemSpool>();
        for (const ImportProblem &earlier : std::as_const(m_shown))
            m_spool->write(earlier);
        m_spooled = m_shown.size();
    }
    if (shown)
        m_shown.append(problem);
    if (m_spool) {
        m_spool->write(problem);
        ++m_spooled;
    }
}

void ProblemList::sortByLine()
{
    std::stable_sort(
            m_shown.begin(), m_shown.end(),
            [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
}

bool ProblemList::forEach(const QList<ProblemList> &lists,
                          const std::function<void(const ImportProblem &)> &visit)
{
    // Where each problem is: the list, and its record in the spool (or its place in the shown
    // ones when nothing was left out).
    struct Place
    {
        qint64 line;
        qsizetype list;
        qint64 offset;
        qint64 size;
    };
    std::vector<Place> places;
    std::vector<std::unique_ptr<QFile>> readers(size_t(lists.size()));
    bool complete = true;
    for (qsizetype i = 0; i < lists.size(); ++i) {
        const ProblemList &list = lists.at(i);
        if (!list.m_spool) {
            for (qsizetype j = 0; j < list.m_shown.size(); ++j)
                places.push_back({list.m_shown.at(j).line, i, j, -1});
            continue;
        }
        ProblemSpool &spool = *list.m_spool;
        const QMutexLocker lock(&spool.mutex);
        if (spool.failed || !spool.file.flush()) {
            complete = false;
            continue;
        }
        auto reader = std::make_unique<QFile>(spool.file.fileName());
        if (!reader->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            complete = false;
            continue;
        }
        readers[size_t(i)] = std::move(reader);
        const auto count = std::min<qint64>(list.m_spooled, qint64(spool.entries.size()));
        for (qint64 j = 0; j < count; ++j) {
            const ProblemSpool::Entry &entry = spool.entries[size_t(j)];
            places.push_back({entry.line, i, entry.offset, entry.size});
        }
    }
    std::stable_sort(places.begin(), places.end(),
                     [](const Place &a, const Place &b) { return a.line < b.line; });
    ImportProblem problem;
    for (const Place &place : places) {
        if (place.size < 0) {
            visit(lists.at(place.list).m_shown.at(place.offset));
            continue;
        }
        if (!ProblemSpool::read(*readers[size_t(place.list)], place.offset, place.size, problem)) {
            complete = false;
            continue;
        }
        visit(problem);
    }
    return complete;
}

bool ImportReport::forEachError(const std::function<void(const ImportProblem &)> &visit) const
{
    if (allErrors.isEmpty()) {
        std::for_each(errors.cbegin(), errors.cend(), visit);
        return true;
    }
    return ProblemList::forEach(allErrors, visit);
}

bool ImportReport::forEachWarning(const std::function<void(const ImportProblem &)> &visit) const
{
    if (allWarnings.isEmpty()) {
        std::for_each(warnings.cbegin(), warnings.cend(), visit);
        return true;
    }
    return ProblemList::forEach(allWarnings, visit);
}

QString problemCodeKey(ProblemCode code)
{
    switch (code) {
    case ProblemCode::NoUsers:
        return u"no-users"_s;
    case ProblemCode::UnreadableFile:
        return u"unreadable-file"_s;
    case ProblemCode::MissingColumn:
        return u"missing-column"_s;
    case ProblemCode::UnknownColumn:
        return u"unknown-column"_s;
    case ProblemCode::ParentLoginOff:
        return u"parent-login-off"_s;
    case ProblemCode::IgnoredColumn:
        return u"ignored-column"_s;
    case ProblemCode::MalformedRow:
        return u"malformed-row"_s;
    case ProblemCode::MissingValue:
        return u"missing-value"_s;
    case ProblemCode::TooLong:
        return u"too-long"_s;
    case ProblemCode::ControlCharacter:
        return u"control-character"_s;
    case ProblemCode::InvalidEmail:
        return u"invalid-email"_s;
    case ProblemCode::StartsLikeFormula:
        return u"starts-like-formula"_s;
    case ProblemCode::DuplicateInFile:
        return u"duplicate-in-file"_s;
    case ProblemCode::ClashWithDatabase:
        return u"clash-with-database"_s;
    case ProblemCode::WrongProfile:
        return u"wrong-profile"_s;
    case ProblemCode::UnknownChild:
        return u"unknown-child"_s;
    case ProblemCode::EmptyChildReference:
        return u"empty-child-reference"_s;
    case ProblemCode::NotAdded:
        return u"not-added"_s;
    case ProblemCode::NotUpdated:
        return u"not-updated"_s;
    case ProblemCode::NoSyncKey:
        return u"no-sync-key"_s;
    case ProblemCode::GuardianColumnUnused:
        return u"guardian-column-unused"_s;
    case ProblemCode::NotARoster:
        return u"not-a-roster"_s;
    case ProblemCode::UnknownReference:
        return u"unknown-reference"_s;
    case ProblemCode::ConflictingRoles:
        return u"conflicting-roles"_s;
    case ProblemCode::ContradictingLink:
        return u"contradicting-link"_s;
    case ProblemCode::NotImported:
        return u"not-imported"_s;
    }
    return u"problem"_s;
}

QString ImportProblem::describe(const QString &reportFile) const
{
    const QString &fileName = file.isEmpty() ? reportFile : file;
    if (line <= 0)
        return ImportProblemText::tr("%1: %2").arg(fileName, message);
    if (column.isEmpty())
        return ImportProblemText::tr("%1, line %2: %3").arg(fileName).arg(line).arg(message);
    return ImportProblemText::tr("%1, line %2, column “%3”: %4")
            .arg(fileName)
            .arg(line)
            .arg(column, message);
}

} // namespace Rollbook

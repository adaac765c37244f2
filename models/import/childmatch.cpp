#include "childmatch.h"

#include "csv/csvreader.h"
#include "import/filelayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class ChildMatchText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::ChildMatch)
};

// Which of the three ways a reference names a learner, as bits.
enum : int { ByInternalId = 1, BySyncKey = 2, ByUsername = 4 };

} // namespace

int guessChildColumn(const QStringList &headers)
{
    return FileLayouts::forProfile(Profile::Parent, headers).childColumn;
}

Result<std::array<ChildMatchCount, 3>> countChildMatches(const QSqlDatabase &db,
                                                         const ImportPlan &plan,
                                                         const std::atomic<bool> *cancel,
                                                         int linesKept)
{
    CsvReadOptions options;
    if (!plan.encoding.isEmpty())
        options.encoding = csvEncodingFromName(plan.encoding);
    if (!plan.delimiter.isEmpty())
        options.delimiter = csvDelimiterFromName(plan.delimiter);
    CsvReader reader(options);
    if (!reader.open(plan.filePath))
        return Error::file(reader.error().message);
    const int column = int(reader.header().indexOf(plan.syncField));
    if (column < 0)
        return Error::usage(ChildMatchText::tr("The file has no column “%1”.").arg(plan.syncField));

    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    if (!lookup.prepare(u"SELECT internal_id, sync_key, username FROM person "
                        u"WHERE profile = 'learner' AND "
                        u"(internal_id = :ref OR sync_key = :ref OR username = :ref)"_s))
        return Error::file(lookup.lastError().text());

    // A reference is looked up once, however many parents name it.
    QHash<QString, int> known;
    std::array<ChildMatchCount, 3> counts;
    while (reader.next()) {
        if (cancel && cancel->load())
            return Error::invalid(ChildMatchText::tr("The count was cancelled."));
        if (reader.recordProblem())
            continue;
        const QString ref = reader.field(column).trimmed();
        if (ref.isEmpty())
            continue;
        auto it = known.constFind(ref);
        if (it == known.constEnd()) {
            lookup.bindValue(u":ref"_s, ref);
            if (!lookup.exec())
                return Error::file(lookup.lastError().text());
            int ways = 0;
            while (lookup.next()) {
                ways |= lookup.value(0).toString() == ref ? ByInternalId : 0;
                ways |= lookup.value(1).toString() == ref ? BySyncKey : 0;
                ways |= lookup.value(2).toString() == ref ? ByUsername : 0;
            }
            it = known.insert(ref, ways);
        }
        const std::array<int, 3> bits = {ByInternalId, BySyncKey, ByUsername};
        for (int match :
             {int(MatchField::InternalId), int(MatchField::SyncKey), int(MatchField::Username)}) {
            ChildMatchCount &count = counts[size_t(match)];
            ++count.rows;
            if (*it & bits[size_t(match)]) {
                ++count.found;
            } else {
                ++count.missing;
                if (count.missingLines.size() < linesKept)
                    count.missingLines.append(reader.line());
            }
        }
    }
    if (reader.hasError() && reader.error().code != CsvProblemCode::NoRecords)
        return Error::file(reader.error().message);
    return counts;
}

QList<MatchField> bestMatchFields(const std::array<ChildMatchCount, 3> &counts)
{
    const MatchField preferred[] = {MatchField::SyncKey, MatchField::Username,
                                    MatchField::InternalId};
    qint64 most = 0;
    for (MatchField match : preferred)
        most = std::max(most, counts[size_t(match)].found);
    QList<MatchField> best;
    for (MatchField match : preferred) {
        if (most > 0 && counts[size_t(match)].found == most)
            best.append(match);
    }
    return best;
}

} // namespace Rollbook

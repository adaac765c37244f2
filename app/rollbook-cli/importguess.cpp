#include "importguess.h"

#include "command.h"
#include "csv/csvreader.h"
#include "import/importrun.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

// "a, b or c" / "a, b and c".
QString list(const QStringList &items, bool alternatives)
{
    if (items.size() < 2)
        return items.value(0);
    const QString head = items.mid(0, items.size() - 1).join(u", "_s);
    return (alternatives ? CliText::tr("%1 or %2") : CliText::tr("%1 and %2"))
            .arg(head, items.last());
}

QString quoted(const QString &text)
{
    return CliText::tr("“%1”").arg(text);
}

// The field of each column as the import maps it.
QList<Field> effectiveMapping(const ImportPlan &plan, const FileLayout &layout,
                              const QStringList &headers)
{
    // As the Importer maps: the guess, then --map (a field mapped by hand leaves the column it
    // was guessed for), and a parent's child column is not the parent's own.
    QList<Field> mapping = layout.mapping;
    mapping.resize(headers.size(), Field::Ignore);
    for (const auto &[column, field] : plan.mapOverrides) {
        const qsizetype index = headers.indexOf(column);
        if (index < 0)
            continue; // the import says so
        if (field != Field::Ignore)
            std::replace(mapping.begin(), mapping.end(), field, Field::Ignore);
        mapping[index] = field;
    }
    if (plan.profile == Profile::Parent) {
        if (const qsizetype child = headers.indexOf(plan.syncField); child >= 0)
            mapping[child] = Field::Ignore;
    }
    return mapping;
}

// "Columns: Elevnummer → Synchronisation key, Fornavn → First name", the mapped columns only.
QString columnsLine(const QStringList &headers, const QList<Field> &mapping)
{
    QStringList pairs;
    for (qsizetype column = 0; column < headers.size() && column < mapping.size(); ++column) {
        if (mapping.at(column) != Field::Ignore)
            pairs.append(CliText::tr("%1 → %2").arg(headers.at(column),
                                                    Fields::label(mapping.at(column))));
    }
    if (pairs.isEmpty())
        return {};
    return CliText::tr("Columns: %1").arg(pairs.join(u", "_s));
}

// The columns of full names (the person's own, and the guardians' of a wide file), which the
// import splits into first and last name.
QString fullNamesLine(const QStringList &headers, const QList<Field> &mapping,
                      const QList<GuardianGroup> &groups)
{
    QStringList columns;
    for (qsizetype column = 0; column < headers.size() && column < mapping.size(); ++column) {
        if (mapping.at(column) == Field::FullName)
            columns.append(quoted(headers.at(column)));
    }
    for (const GuardianGroup &group : groups) {
        for (qsizetype i = 0; i < group.columns.size(); ++i) {
            if (group.fields.value(i) == Field::FullName)
                columns.append(quoted(headers.value(group.columns.at(i))));
        }
    }
    if (columns.isEmpty())
        return {};
    return (columns.size() == 1
                    ? CliText::tr("The column %1 holds full names: each is split into first and "
                                  "last name (the last word is the last name, or “Last, First” at "
                                  "the comma).")
                    : CliText::tr("The columns %1 hold full names: each is split into first and "
                                  "last name (the last word is the last name, or “Last, First” at "
                                  "the comma)."))
            .arg(list(columns, false));
}

QString guardiansLine(const QList<GuardianGroup> &groups)
{
    QStringList labels;
    for (const GuardianGroup &group : groups)
        labels.append(group.label);
    if (labels.isEmpty())
        return {};
    return CliText::tr("Guardians: %1").arg(labels.join(u", "_s));
}

} // namespace

Result<FileSample> readSample(const ImportPlan &plan, int rows)
{
    // The import's own reading says why a file cannot be read, in its words and kinds.
    const auto headers = readHeaders(plan);
    if (!headers)
        return headers.error();
    CsvReadOptions options;
    if (!plan.encoding.isEmpty())
        options.encoding = csvEncodingFromName(plan.encoding);
    if (!plan.delimiter.isEmpty())
        options.delimiter = csvDelimiterFromName(plan.delimiter);
    const CsvTable table = CsvReader::readFile(plan.filePath, options, rows);
    FileSample sample;
    sample.headers = headers.value();
    for (const CsvRow &row : table.rows)
        sample.rows.append(row.fields);
    return sample;
}

QString describeProfile(const FileLayout &layout)
{
    if (layout.reason.isEmpty())
        return CliText::tr("Profile: %1").arg(profileLabel(layout.profile));
    return CliText::tr("Profile: %1 — %2").arg(profileLabel(layout.profile), layout.reason);
}

Result<QString> chooseChildColumn(const FileLayout &layout, const QStringList &headers)
{
    if (const QList<int> candidates = FileLayouts::childColumnCandidates(headers);
        !candidates.isEmpty()) {
        QStringList names;
        for (int candidate : candidates)
            names.append(quoted(headers.value(candidate)));
        return Error::usage(CliText::tr("Several columns could name each parent's child: %1. "
                                        "Choose one with --sync-field.")
                                    .arg(names.join(u", "_s)));
    }
    return layout.childColumn >= 0 ? headers.value(layout.childColumn) : QString();
}

QStringList describeColumns(const ImportPlan &plan, const FileLayout &layout,
                            const QStringList &headers)
{
    const bool wide = plan.profile == Profile::LearnersWithParents;
    const QList<Field> mapping = effectiveMapping(plan, layout, headers);
    QStringList lines;
    if (wide)
        lines << guardiansLine(layout.groups);
    if (plan.mapOverrides.isEmpty())
        lines << columnsLine(headers, mapping);
    lines << fullNamesLine(headers, mapping, wide ? layout.groups : QList<GuardianGroup>());
    lines.removeAll(QString());
    return lines;
}

Result<MatchField> bestMatchField(const std::array<ChildMatchCount, 3> &counts,
                                  const QString &column)
{
    const QList<MatchField> best = bestMatchFields(counts);
    if (best.isEmpty())
        return MatchField::SyncKey; // the platform's default; the import names the unknown
    if (best.size() == 1)
        return best.first();
    QStringList labels;
    QStringList options;
    for (MatchField match : best) {
        labels.append(matchFieldLabel(match));
        options.append(u"--match "_s + matchFieldKey(match));
    }
    const ChildMatchCount &count = counts[size_t(best.first())];
    return Error::usage(CliText::tr("The column “%1” finds as many children by %2: %3 of %4 rows "
                                    "each. Choose how it names the child: %5.")
                                .arg(column, list(labels, false), QString::number(count.found),
                                     QString::number(count.rows), list(options, true)));
}

QString describeChildMatch(const QString &column, MatchField match, const ChildMatchCount *count)
{
    if (!count)
        return CliText::tr("Synchronisation field in import file: %1").arg(column);
    if (count->rows == 0)
        return CliText::tr("Synchronisation field in import file: %1 — no row names a child, so "
                           "the parents are imported without children")
                .arg(column);
    return CliText::tr("Synchronisation field in import file: %1 — %2 of %n rows find their "
                       "child by %3",
                       nullptr, int(count->rows))
            .arg(column, QString::number(count->found), matchFieldLabel(match));
}

Result<StartingMapping> startingMapping(const QSqlDatabase &db, const QStringList &headers,
                                        const QString &preset, bool remembered, bool similar,
                                        std::optional<Profile> chosenProfile,
                                        Profile guessedProfile)
{
    StartingMapping start;
    MappingStore store(db);
    if (!preset.isEmpty()) {
        auto found = store.preset(preset);
        if (!found)
            return found.error();
        const ImportMapping &mapping = found->mapping;
        if (const QStringList missing = ImportMappings::missingColumns(mapping, headers);
            !missing.isEmpty()) {
            QStringList names;
            for (const QString &name : missing)
                names.append(quoted(name));
            return Error::invalid(CliText::tr("The preset “%1” names columns this file does "
                                              "not have: %2. Nothing was imported.")
                                          .arg(found->name, names.join(u", "_s)));
        }
        if (chosenProfile && *chosenProfile != mapping.profile)
            return Error::usage(CliText::tr("The preset “%1” is for the profile %2, not %3.")
                                        .arg(found->name, profileLabel(mapping.profile),
                                             profileLabel(*chosenProfile)));
        start.mapping = mapping;
        start.lines << CliText::tr("Columns as in the preset “%1”.").arg(found->name);
        return start;
    }
    if (!remembered)
        return start;
    auto recall = store.recall(headers, chosenProfile.value_or(guessedProfile));
    if (!recall)
        return recall.error();
    const MappingRecall &found = recall.value();
    const RememberedMapping *use = found.same ? &*found.same : nullptr;
    if (!use && found.similar && similar)
        use = &*found.similar;
    if (!use) {
        if (found.similar)
            start.lines << CliText::tr("A file like this one was imported before (%1; %2). "
                                       "Its choices are not used: to use them, import again "
                                       "with --use-similar.")
                                   .arg(rememberedFrom(*found.similar), found.difference);
        return start;
    }
    start.mapping = use->mapping;
    start.lines << (found.same ? CliText::tr("Columns as in %1 (--no-remembered guesses them "
                                             "instead).")
                                         .arg(rememberedFrom(*use))
                               : CliText::tr("Columns as in %1 (%2).")
                                         .arg(rememberedFrom(*use), found.difference));
    for (const QString &note : use->notes)
        start.lines << CliText::tr("Note: %1.").arg(note);
    return start;
}

} // namespace Rollbook::Cli

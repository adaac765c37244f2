#include "command.h"
#include "core/privatefile.h"
#include "db/audit.h"
#include "import/childmatch.h"
#include "import/importhistory.h"
#include "import/importrun.h"
#include "importguess.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

void printProblems(Context &context, const QString &fileName, const QList<ImportProblem> &problems,
                   const QString &kind)
{
    for (const ImportProblem &p : problems)
        context.err << kind << p.describe(fileName) << u'\n';
}

} // namespace

int commandImport(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Import learners, parents, or learners with their parents from a CSV file. Options "
            "left out are guessed from the file as the import wizard guesses them (who it holds, "
            "its columns, the column that names each parent's child and how it names the child), "
            "and each guess is said before importing. Every row is checked first; with an error "
            "nothing is imported (exit 1) unless --skip-errors. Import the children before their "
            "parents."));
    parser.addPositionalArgument(u"file"_s, CliText::tr("The CSV file."), u"FILE"_s);
    const QCommandLineOption profile(
            u"profile"_s,
            CliText::tr("Who the file holds: learner, parent, or learners-with-parents (one row "
                        "per learner with the guardians' columns beside). Guessed from the "
                        "columns when left out."),
            CliText::tr("PROFILE"));
    const QCommandLineOption syncField(
            u"sync-field"_s,
            CliText::tr("Parents: the column that names each parent's child (Synchronisation field "
                        "in import file). Guessed when one column names the child."),
            CliText::tr("COLUMN"));
    const QCommandLineOption match(
            u"match"_s,
            CliText::tr("Parents: how that column names the child (Matching synchronisation field "
                        "for child): internal-id, sync-key or username. Guessed when left out: "
                        "the one that finds the most children in the database."),
            CliText::tr("FIELD"));
    const QCommandLineOption mode(
            u"mode"_s,
            CliText::tr("add (new users only), update (existing users only) or "
                        "add-update (default)."),
            CliText::tr("MODE"), u"add-update"_s);
    const QCommandLineOption map(
            u"map"_s,
            CliText::tr("Map a column to a field by hand: first-name, last-name, full-name, "
                        "username, password, sync-key, email, internal-id or ignore. May be "
                        "given again."),
            CliText::tr("COLUMN=FIELD"));
    const QCommandLineOption makeUsernames(
            u"make-usernames"_s,
            CliText::tr("Learners with their parents: a guardian with a name but neither user "
                        "name nor e-mail address gets a user name made from the name "
                        "(see --username-rule); otherwise that row is an error."));
    const QCommandLineOption usernameRule(
            u"username-rule"_s,
            CliText::tr("How --make-usernames makes a user name from “Kari Nordmann”: first.last "
                        "(kari.nordmann, the default), firstlast (karinordmann), f.last "
                        "(k.nordmann) or last.first (nordmann.kari). A digit is added when the "
                        "name is taken."),
            CliText::tr("RULE"), u"first.last"_s);
    const QCommandLineOption deriveSyncKeys(
            u"derive-sync-keys"_s,
            CliText::tr("Parents without a synchronisation key get one made from their user name "
                        "(“P-” and 16 hexadecimal digits, the same for the same user name every "
                        "time), so that the platform can connect them automatically."));
    const ImportRunOptions run;
    const QCommandLineOption encoding(
            u"encoding"_s,
            CliText::tr("The file's encoding, when detection gets it wrong: "
                        "utf-8, utf-16le, utf-16be or windows-1252."),
            CliText::tr("ENCODING"));
    const QCommandLineOption delimiter(
            u"delimiter"_s,
            CliText::tr("The delimiter, when detection gets it wrong: comma, "
                        "semicolon, tab or pipe."),
            CliText::tr("DELIMITER"));
    const QCommandLineOption preset(
            u"preset"_s,
            CliText::tr("Read the columns as the preset NAME says (see “presets”). Refused when "
                        "the file lacks a column the preset names."),
            CliText::tr("NAME"));
    const QCommandLineOption noRemembered(
            u"no-remembered"_s,
            CliText::tr("Guess the columns even when a file with the same columns was imported "
                        "before; otherwise that import's choices are used, and said."));
    const QCommandLineOption useSimilar(
            u"use-similar"_s,
            CliText::tr("Use the choices of a file imported before whose columns differ only in "
                        "order or by one or two more in this file (said when there is one)."));
    parser.addOptions({profile, syncField, match, mode, map, makeUsernames, usernameRule,
                       deriveSyncKeys, encoding, delimiter, preset, noRemembered, useSimilar});
    parser.addOptions(run.all());
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(CliText::tr("Name one CSV file to import."), parser);

    ImportPlan plan;
    plan.filePath = args.first();
    std::optional<Profile> chosenProfile;
    if (parser.isSet(profile)) {
        chosenProfile = profileFromKey(parser.value(profile));
        if (!chosenProfile)
            return context.usage(CliText::tr("--profile is learner, parent or "
                                             "learners-with-parents, not “%1”.")
                                         .arg(parser.value(profile)),
                                 parser);
    }
    std::optional<MatchField> chosenMatch;
    if (parser.isSet(match)) {
        chosenMatch = matchFieldFromKey(parser.value(match));
        if (!chosenMatch)
            return context.usage(
                    CliText::tr("--match is internal-id, sync-key or username, not “%1”.")
                            .arg(parser.value(match)),
                    parser);
    }
    const auto chosenMode = importModeFromKey(parser.value(mode));
    if (!chosenMode)
        return context.usage(CliText::tr("--mode is add, update or add-update, not “%1”.")
                                     .arg(parser.value(mode)),
                             parser);
    plan.mode = *chosenMode;
    for (const QString &pair : parser.values(map)) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        const auto field = equals > 0 ? Fields::fromKey(pair.mid(equals + 1)) : std::nullopt;
        if (!field)
            return context.usage(CliText::tr("--map takes COLUMN=FIELD, where FIELD is first-name, "
                                             "last-name, full-name, username, password, sync-key, "
                                             "email, internal-id or ignore; “%1” is not that.")
                                         .arg(pair),
                                 parser);
        plan.mapOverrides.append({pair.left(equals), *field});
    }
    plan.makeGuardianUsernames = parser.isSet(makeUsernames);
    const auto rule = guardianUsernameRuleFromKey(parser.value(usernameRule));
    if (!rule)
        return context.usage(CliText::tr("--username-rule is first.last, firstlast, f.last or "
                                         "last.first, not “%1”.")
                                     .arg(parser.value(usernameRule)),
                             parser);
    if (parser.isSet(usernameRule) && !plan.makeGuardianUsernames)
        return context.usage(CliText::tr("--username-rule says how --make-usernames makes user "
                                         "names: give both."),
                             parser);
    plan.guardianUsernameRule = *rule;
    plan.deriveParentSyncKeys = parser.isSet(deriveSyncKeys);
    plan.skipErrors = parser.isSet(run.skipErrors);
    plan.dryRun = parser.isSet(run.dryRun);
    plan.fillPasswords = parser.isSet(run.fillPasswords);
    plan.encoding = parser.value(encoding);
    plan.delimiter = parser.value(delimiter);
    plan.readingChosen = parser.isSet(encoding) || parser.isSet(delimiter);
    plan.syncField = parser.value(syncField);
    if (parser.isSet(preset) && parser.isSet(noRemembered))
        return context.usage(CliText::tr("--preset and --no-remembered do not go together: a "
                                         "preset is never remembered."),
                             parser);

    // The start of the file, for the guesses. A file that is no CSV Rollbook reads is left to
    // the import, whose report says why (exit 1); nothing is guessed for it.
    auto sample = readSample(plan);
    if (!sample && sample.error().kind != Error::Kind::Invalid)
        return context.fail(sample.error());
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());

    // A preset, or the choices made for a file with the same columns before; what is given on
    // the command line goes over them.
    if (sample) {
        const auto start = startingMapping(
                database.value()->connection(), sample->headers, parser.value(preset),
                !parser.isSet(noRemembered), parser.isSet(useSimilar), chosenProfile,
                FileLayouts::guess(sample->headers, sample->rows).profile);
        if (!start)
            return context.fail(start.error());
        for (const QString &line : start->lines)
            context.err << line << Qt::endl;
        if (start->mapping) {
            ImportPlan given = plan;
            ImportMappings::applyTo(*start->mapping, sample->headers, plan);
            plan.mapOverrides.append(given.mapOverrides);
            if (!given.syncField.isEmpty())
                plan.syncField = given.syncField;
            if (parser.isSet(mode))
                plan.mode = given.mode;
            if (given.readingChosen) {
                plan.encoding = given.encoding;
                plan.delimiter = given.delimiter;
            }
            plan.fillPasswords = plan.fillPasswords || given.fillPasswords;
            plan.makeGuardianUsernames = plan.makeGuardianUsernames || given.makeGuardianUsernames;
            if (parser.isSet(usernameRule))
                plan.guardianUsernameRule = given.guardianUsernameRule;
            plan.deriveParentSyncKeys = plan.deriveParentSyncKeys || given.deriveParentSyncKeys;
            chosenProfile = start->mapping->profile;
            if (!chosenMatch && plan.profile == Profile::Parent)
                chosenMatch = start->mapping->matchField;
            // A remembered reading of the file reads it anew.
            if (plan.encoding != given.encoding || plan.delimiter != given.delimiter) {
                sample = readSample(plan);
                if (!sample && sample.error().kind != Error::Kind::Invalid)
                    return context.fail(sample.error());
            }
        }
    }
    FileLayout layout;
    if (sample) {
        const FileSample &file = sample.value();
        layout = chosenProfile ? FileLayouts::forProfile(*chosenProfile, file.headers, file.rows)
                               : FileLayouts::guess(file.headers, file.rows);
        if (!chosenProfile)
            context.err << describeProfile(layout) << Qt::endl;
    }
    plan.profile = chosenProfile.value_or(sample ? layout.profile : Profile::Learner);

    if (plan.makeGuardianUsernames && plan.profile != Profile::LearnersWithParents)
        return context.usage(CliText::tr("--make-usernames is for a file of learners with their "
                                         "parents (--profile learners-with-parents)."),
                             parser);
    if (plan.deriveParentSyncKeys && plan.profile == Profile::Learner)
        return context.usage(CliText::tr("--derive-sync-keys gives parents keys: it is for a "
                                         "parents file or a file of learners with their parents."),
                             parser);

    // Parents: the column that names each parent's child.
    bool guessedSyncField = false;
    if (plan.profile == Profile::Parent && plan.syncField.isEmpty() && sample) {
        const auto column = chooseChildColumn(layout, sample->headers);
        if (!column)
            return context.usage(column.error().message, parser);
        plan.syncField = column.value();
        guessedSyncField = !plan.syncField.isEmpty();
    }
    if (plan.profile == Profile::Parent && plan.syncField.isEmpty())
        return context.usage(CliText::tr("Parents need --sync-field: the column that names each "
                                         "parent's child."),
                             parser);
    if (sample) {
        for (const QString &line : describeColumns(plan, layout, sample->headers))
            context.err << line << Qt::endl;
    }

    // Parents: how the column names the child, by the way that finds the most children now.
    // A --sync-field the file does not have is left to the import, which names the columns.
    if (plan.profile == Profile::Parent && sample && sample->headers.contains(plan.syncField)) {
        if (chosenMatch) {
            plan.matchField = *chosenMatch;
            if (guessedSyncField)
                context.err << describeChildMatch(plan.syncField, plan.matchField) << Qt::endl;
        } else {
            const auto counts = countChildMatches(database.value()->connection(), plan);
            if (!counts)
                return context.fail(counts.error());
            const auto best = bestMatchField(counts.value(), plan.syncField);
            if (!best)
                return context.usage(best.error().message, parser);
            plan.matchField = best.value();
            context.err << describeChildMatch(plan.syncField, plan.matchField,
                                              &counts.value()[size_t(plan.matchField)])
                        << Qt::endl;
        }
    } else {
        plan.matchField = chosenMatch.value_or(MatchField::SyncKey);
    }
    // Whether or not --progress was asked for, a wait for another administrator's import on a
    // shared database is said once: otherwise the command would seem to hang.
    const bool showRows = parser.isSet(run.progress);
    bool toldWaiting = false;
    const auto progress = [&context, showRows, &toldWaiting](const ImportProgress &state) {
        if (!state.waiting.isEmpty()) {
            if (!toldWaiting)
                context.err << state.waiting << Qt::endl;
            toldWaiting = true;
            return;
        }
        if (!showRows)
            return;
        if (state.checking) {
            context.err << CliText::tr("Read %1 rows; checking and writing…").arg(state.rows)
                        << Qt::endl;
            return;
        }
        const qint64 percent = state.totalBytes > 0 ? state.bytesRead * 100 / state.totalBytes : 0;
        context.err << CliText::tr("Read %1 rows (%2%)…").arg(state.rows).arg(percent) << Qt::endl;
    };
    const auto result = runImport(database.value()->connection(), plan, progress);
    if (!result)
        return context.fail(result.error());
    const ImportReport &r = result.value();
    const QString fileName = QFileInfo(plan.filePath).fileName();

    if (parser.isSet(run.report)) {
        PrivateSaveFile out(parser.value(run.report));
        const bool opened = out.open(QIODevice::WriteOnly);
        if (opened) {
            if (auto written = writeReportJson(r, out); !written) {
                out.cancelWriting();
                return context.fail(written.error());
            }
        }
        if (!opened || !out.commit())
            return context.fail(
                    Error::file(CliText::tr("Rollbook cannot write the report “%1”: %2.")
                                        .arg(parser.value(run.report), out.errorString())));
    }
    if (parser.isSet(run.rejected) && (!r.errors.isEmpty() || !r.warnings.isEmpty())) {
        if (auto written = writeRejectedRows(plan, r, parser.value(run.rejected)); !written)
            return context.fail(written.error());
    }

    printProblems(context, fileName, r.errors, CliText::tr("Error: "));
    printProblems(context, fileName, r.warnings, CliText::tr("Warning: "));
    if (r.leftOut() > 0)
        context.err << CliText::tr("%n problems are not shown here (the first %1 of each kind "
                                   "are). --report and --rejected write every one.",
                                   nullptr, int(std::min<qint64>(r.leftOut(), INT_MAX)))
                               .arg(problemsShownPerCode)
                    << u'\n';
    const QString counts = CliText::tr("%1: %2 created, %3 updated, %4 unchanged, %5 made")
                                   .arg(CliText::tr("%n rows", nullptr, int(r.counts.rows)))
                                   .arg(r.counts.created)
                                   .arg(r.counts.updated)
                                   .arg(r.counts.unchanged)
                                   .arg(CliText::tr("%n links", nullptr, int(r.counts.links)));
    const QString errors = CliText::tr("%n errors", nullptr, int(r.counts.errors));
    const QString warnings = CliText::tr("%n warnings", nullptr, int(r.counts.warnings));
    if (!r.notRemembered.isEmpty())
        context.err << CliText::tr("Note: the next file with these columns will be guessed "
                                   "again: %1")
                               .arg(r.notRemembered)
                    << Qt::endl;
    if (r.committed) {
        context.err << CliText::tr("Imported %1 as import %2. %3; %4, %5.")
                               .arg(fileName)
                               .arg(r.batchId)
                               .arg(counts, errors, warnings)
                    << Qt::endl;
        return Done;
    }
    if (r.hasErrors()) {
        context.err << CliText::tr("Nothing was imported from %1: %2. Correct the file and import "
                                   "again, or use --skip-errors to import the other rows.")
                               .arg(fileName, errors)
                    << Qt::endl;
        return Rejected;
    }
    context.err << CliText::tr("Checked %1 (nothing was changed). %2; %3.")
                           .arg(fileName, counts, warnings)
                << Qt::endl;
    return Done;
}

int commandBatches(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CliText::tr("List the imports made, newest first: number, when, "
                        "profile, file, what they did, and whether undone."));
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliText::tr("“batches” takes no arguments."), parser);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    const auto batches = ImportHistory(database.value()->connection()).batches();
    if (!batches)
        return context.fail(batches.error());
    for (const ImportBatch &b : batches.value()) {
        context.out << u"%1\t%2\t%3\t%4\tcreated %5, updated %6, unchanged %7, links %8%9"_s
                               .arg(b.id)
                               .arg(b.committedAt, b.profile, b.fileName)
                               .arg(b.counts.created)
                               .arg(b.counts.updated)
                               .arg(b.counts.unchanged)
                               .arg(b.counts.links)
                               .arg(b.isUndone() ? u"\tundone "_s + b.undoneAt : QString())
                    << u'\n';
    }
    context.out.flush();
    return Done;
}

int commandUndoImport(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Undo an import: the people it created are removed, the people it changed get "
            "their earlier values back, and the links it made are removed. Refused, saying "
            "who and why, when later changes build on it."));
    parser.addPositionalArgument(u"batch"_s, CliText::tr("The import's number (see “batches”)."),
                                 u"BATCH"_s);
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    bool isNumber = false;
    const qint64 id = args.value(0).toLongLong(&isNumber);
    if (args.size() != 1 || !isNumber)
        return context.usage(CliText::tr("Name one import by its number."), parser);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    ImportHistory history(database.value()->connection());
    // Said once, as by import: on a shared database the undo may wait for someone else's.
    Database::Wait wait;
    wait.waiting = [&context](const QString &message) { context.err << message << Qt::endl; };
    if (auto undone = history.undo(id, Audit::currentActor(), wait); !undone)
        return context.fail(undone.error());
    context.err << CliText::tr("Import %1 was undone.").arg(id) << Qt::endl;
    return Done;
}

} // namespace Rollbook::Cli

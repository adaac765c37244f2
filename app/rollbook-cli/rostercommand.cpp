#include "command.h"
#include "core/privatefile.h"
#include "db/audit.h"
#include "roster/roster.h"
#include "settings/settingsstore.h"

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

// "Kari Nordmann (kari.nordmann)"
QString personText(const RosterPerson &person)
{
    const QString name = QString(person.firstName + u' ' + person.lastName).trimmed();
    return name.isEmpty() ? person.username : u"%1 (%2)"_s.arg(name, person.username);
}

// What the roster holds, in one sentence: standard, school, whom and what is skipped.
QString describeRoster(const RosterReport &r)
{
    QString text =
            CliText::tr("%1 is a %2 roster").arg(r.rosterName, rosterStandardName(r.standard));
    if (!r.school.isEmpty())
        text += CliText::tr(" of %1").arg(r.school);
    text += CliText::tr(": %n learner(s), ", nullptr, int(r.learners)) +
            CliText::tr("%n guardian(s) ", nullptr, int(r.guardians)) +
            CliText::tr("and %n link(s) between them.", nullptr, int(r.links));
    if (!r.skippedRoles.isEmpty()) {
        QStringList roles;
        for (const auto &[role, n] : r.skippedRoles)
            roles.append(u"%1 %2"_s.arg(n).arg(role));
        text += u' ' + CliText::tr("Skipped, as they are neither learners nor guardians: %1.")
                               .arg(roles.join(u", "_s));
    }
    return text;
}

} // namespace

int commandImportRoster(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Import a standard roster: a OneRoster 1.1 or 1.2 CSV export, or a School Data Sync "
            "v2.1 CSV export, as a folder or a .zip file. Its students become learners, its "
            "guardians (parents, relatives) parents, linked as the roster says, in one import "
            "that Undo import takes back as a whole. Teachers and administrators are counted "
            "and skipped. Every user is checked first; with an error nothing is imported (exit "
            "1) unless --skip-errors. People of an earlier roster of the same school who are "
            "not in this one are listed, and removed only with --remove-missing."));
    parser.addPositionalArgument(u"path"_s, CliText::tr("The roster: a folder or a .zip file."),
                                 u"PATH"_s);
    const QCommandLineOption key(
            u"key"_s,
            CliText::tr("Which identifier becomes the synchronisation key: sourcedId (the "
                        "roster's own id) or identifier (the school's number for the person). "
                        "Remembered for the next roster; sourcedId at first."),
            CliText::tr("KEY"));
    const QCommandLineOption removeMissing(
            u"remove-missing"_s,
            CliText::tr("Remove from Rollbook, in the same import, the people who are not in "
                        "this roster (see --all-missing). Undo import puts them back."));
    const QCommandLineOption allMissing(
            u"all-missing"_s,
            CliText::tr("Who left is every learner and parent in the database who is not in the "
                        "roster, not only those an earlier roster of this school brought in."));
    const ImportRunOptions run;
    parser.addOptions({key, removeMissing, allMissing});
    parser.addOptions(run.all());
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(CliText::tr("Name one roster: a folder or a .zip file."), parser);

    RosterPlan plan;
    plan.path = args.first();
    std::optional<RosterKey> chosenKey;
    if (parser.isSet(key)) {
        chosenKey = rosterKeyFromName(parser.value(key));
        if (!chosenKey)
            return context.usage(CliText::tr("--key is sourcedId or identifier, not “%1”.")
                                         .arg(parser.value(key)),
                                 parser);
    }
    plan.removeMissing = parser.isSet(removeMissing);
    plan.missingScope =
            parser.isSet(allMissing) ? MissingScope::Everyone : MissingScope::EarlierRosters;
    plan.skipErrors = parser.isSet(run.skipErrors);
    plan.dryRun = parser.isSet(run.dryRun);
    plan.fillPasswords = parser.isSet(run.fillPasswords);

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    QSqlDatabase db = database.value()->connection();
    SettingsStore settings(db);
    if (chosenKey) {
        plan.key = *chosenKey;
    } else {
        plan.key = rosterKeyFromName(settings.text(SettingsStore::RosterKey))
                           .value_or(RosterKey::SourcedId);
        context.err << CliText::tr("Synchronisation key: %1 (--key to choose).")
                               .arg(rosterKeyName(plan.key))
                    << Qt::endl;
    }

    const bool showRows = parser.isSet(run.progress);
    bool toldWaiting = false;
    const auto progress = [&context, showRows, &toldWaiting](const RosterProgress &state) {
        if (!state.waiting.isEmpty()) {
            if (!toldWaiting)
                context.err << state.waiting << Qt::endl;
            toldWaiting = true;
            return;
        }
        if (!showRows)
            return;
        if (state.checking)
            context.err << CliText::tr("Read %1 users; checking and writing…").arg(state.rows)
                        << Qt::endl;
        else
            context.err << CliText::tr("Read %1 rows of %2…").arg(state.rows).arg(state.file)
                        << Qt::endl;
    };
    const auto result = runRosterImport(db, plan, progress);
    if (!result)
        return context.fail(result.error());
    const RosterReport &r = result.value();
    const ImportReport &i = r.import;

    if (parser.isSet(run.report)) {
        PrivateSaveFile out(parser.value(run.report));
        if (!out.open(QIODevice::WriteOnly) || out.write(rosterReportJson(r)) < 0 || !out.commit())
            return context.fail(
                    Error::file(CliText::tr("Rollbook cannot write the report “%1”: %2.")
                                        .arg(parser.value(run.report), out.errorString())));
    }
    if (parser.isSet(run.rejected) && (!i.errors.isEmpty() || !i.warnings.isEmpty())) {
        if (auto written = writeRosterRejected(plan, r, parser.value(run.rejected)); !written)
            return context.fail(written.error());
    }

    context.err << describeRoster(r) << Qt::endl;
    for (const ImportProblem &p : i.errors)
        context.err << CliText::tr("Error: ") << p.describe(r.rosterName) << u'\n';
    for (const ImportProblem &p : i.warnings)
        context.err << CliText::tr("Warning: ") << p.describe(r.rosterName) << u'\n';

    // Who left: named, then what was done about it.
    if (r.delta) {
        context.err << CliText::tr("The roster is a delta (only changes), so nobody is taken to "
                                   "have left.")
                    << Qt::endl;
    } else if (r.missingCount > 0) {
        context.err << CliText::tr("Not in this roster (who left): %n.", nullptr,
                                   int(r.missingCount))
                    << Qt::endl;
        for (const RosterPerson &person : r.missing)
            context.err << u"  "_s << personText(person) << u", "_s << profileLabel(person.profile)
                        << u'\n';
        if (r.missing.size() < r.missingCount)
            context.err << CliText::tr("  … and %n more.", nullptr,
                                       int(r.missingCount - r.missing.size()))
                        << u'\n';
        if (!plan.removeMissing)
            context.err << CliText::tr("They are left as they are; --remove-missing removes "
                                       "them in the same import.")
                        << Qt::endl;
    }

    const QString counts = CliText::tr("%n created, ", nullptr, int(i.counts.created)) +
                           CliText::tr("%n updated, ", nullptr, int(i.counts.updated)) +
                           CliText::tr("%n unchanged, ", nullptr, int(i.counts.unchanged)) +
                           CliText::tr("%n link(s) made", nullptr, int(i.counts.links));
    const QString errors = CliText::tr("%n error(s)", nullptr, int(i.counts.errors));
    const QString warnings = CliText::tr("%n warning(s)", nullptr, int(i.counts.warnings));
    if (i.committed) {
        // The key the administrator chose is remembered for the next roster.
        if (chosenKey) {
            if (auto saved = settings.set(QString::fromLatin1(SettingsStore::RosterKey),
                                          rosterKeyName(*chosenKey), Audit::currentActor());
                !saved)
                return context.fail(saved.error());
        }
        QString removed;
        if (r.removed > 0)
            removed = u' ' + CliText::tr("Removed %n who left.", nullptr, int(r.removed));
        context.err << CliText::tr("Imported %1 as import %2: %3; %4, %5.")
                               .arg(r.rosterName)
                               .arg(i.batchId)
                               .arg(counts, errors, warnings)
                    << removed << Qt::endl;
        return Done;
    }
    if (i.hasErrors()) {
        context.err << CliText::tr("Nothing was imported from %1: %2. Correct the roster and "
                                   "import again, or use --skip-errors to import the other "
                                   "users.")
                               .arg(r.rosterName, errors)
                    << Qt::endl;
        return Rejected;
    }
    context.err << CliText::tr("Checked %1 (nothing was changed): %2; %3.")
                           .arg(r.rosterName, counts, warnings)
                << Qt::endl;
    return Done;
}

} // namespace Rollbook::Cli

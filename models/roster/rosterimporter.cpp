#include "roster/rosterimporter.h"

#include "db/database.h"
#include "import/importsql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

// Feeding the import engine from a roster read into temporary tables (rosterreading.cpp): the
// students through a learner pass, then the guardians through a parent pass with one staged row
// per child, in one transaction and one batch, as WideImporter does for a file of learners with
// their guardians; then who left, listed and — on request — removed in the same batch.

namespace Rollbook {

namespace {

const QString usersFile = u"users.csv"_s;

// The users.csv records fed to the engine at a time: a page of lines.
constexpr qint64 linesPerPage = 4096;

// Who left is listed by name up to this many; the count says how many in all.
constexpr int missingListedAtMost = 5000;

bool refusesTheRoster(const ImportProblem &problem)
{
    switch (problem.code) {
    case ProblemCode::MissingColumn:
    case ProblemCode::UnreadableFile:
    case ProblemCode::NoUsers:
    case ProblemCode::UnknownColumn:
    case ProblemCode::ParentLoginOff:
        return true;
    case ProblemCode::NotARoster:
        return problem.file != u"manifest.csv"_s; // a missing manifest is a warning
    default:
        return false;
    }
}

} // namespace

RosterImporter::RosterImporter(const QSqlDatabase &db, const RosterPlan &plan, RosterFiles files)
    : m_db(db)
    , m_plan(plan)
    , m_files(std::move(files))
{}

RosterImporter::~RosterImporter()
{
    if (m_stagingOpen)
        m_db.rollback();
    m_guardianPass.reset();
    m_learnerPass.reset();
    if (!m_tables)
        return;
    for (const QString &table : {u"roster_user"_s, u"roster_role"_s, u"roster_edge"_s,
                                 u"roster_link"_s, u"roster_missing"_s})
        QSqlQuery(m_db).exec(u"DROP TABLE IF EXISTS "_s.append(temporary(table)));
}

Status RosterImporter::startPasses()
{
    const auto headerOf = [this](int column, const QString &otherwise) {
        return column >= 0 ? m_usersHeader.at(column) : otherwise;
    };
    const QString child = m_standard == RosterStandard::SchoolDataSync21
                                  ? u"relationships.csv"_s
                                  : headerOf(m_columns.agents, u"agentSourcedIds"_s);
    // The engine's columns are users.csv's own headers, so that its problems name them.
    const QList<std::pair<QString, Field>> columns = {
            {keyHeader(), Field::SyncKey},
            {headerOf(m_columns.username, u"username"_s), Field::Username},
            {headerOf(m_columns.givenName, u"givenName"_s), Field::FirstName},
            {headerOf(m_columns.familyName, u"familyName"_s), Field::LastName},
            {headerOf(m_columns.email, u"email"_s), Field::Email},
            {headerOf(m_columns.password, u"password"_s), Field::Password},
    };
    QStringList headers;
    for (const auto &[header, field] : columns)
        headers.append(header);

    ImportPlan plan;
    plan.filePath = QDir::cleanPath(m_plan.path);
    plan.mapOverrides = columns;
    plan.fillPasswords = m_plan.fillPasswords;
    plan.skipErrors = m_plan.skipErrors;
    plan.dryRun = m_plan.dryRun;
    plan.backupsKept = m_plan.backupsKept;

    ImportPlan learnerPlan = plan;
    learnerPlan.profile = Profile::Learner;
    Importer::Pass learnerPass;
    learnerPass.ownStagingTransaction = false;
    learnerPass.batchProfile = Profile::LearnersWithParents;
    m_learnerPass = std::make_unique<Importer>(m_db, learnerPlan);
    m_learnerPass->setPass(learnerPass);
    if (auto started = m_learnerPass->start(headers); !started)
        return started;

    ImportPlan guardianPlan = plan;
    guardianPlan.profile = Profile::Parent;
    guardianPlan.syncField = child;
    guardianPlan.matchField = MatchField::SyncKey;
    Importer::Pass guardianPass;
    guardianPass.tables = u"_guardians"_s;
    guardianPass.ownStagingTransaction = false;
    guardianPass.keysPerLine = linksPerLine;
    m_guardianPass = std::make_unique<Importer>(m_db, guardianPlan);
    m_guardianPass->setPass(guardianPass);
    // A roster without guardians needs no parent login.
    if (m_guardians == 0)
        return success();
    return m_guardianPass->start(headers + QStringList{child});
}

Status RosterImporter::feedLearners()
{
    struct Row
    {
        qint64 line;
        QStringList fields;
    };
    const QString sql = u"SELECT line, %1, username, given_name, family_name, email, password "
                        u"FROM roster_user WHERE line > ? AND line <= ? AND kind = 'student' AND "
                        u"active AND NOT problem ORDER BY line"_s.arg(keyColumn());
    for (qint64 from = 0; from < m_maxLine; from += linesPerPage) {
        QList<Row> rows;
        if (auto done = each(sql, {from, from + linesPerPage},
                             [&](const QSqlQuery &q) {
                                 rows.append({q.value(0).toLongLong(),
                                              {q.value(1).toString(), q.value(2).toString(),
                                               q.value(3).toString(), q.value(4).toString(),
                                               q.value(5).toString(), q.value(6).toString()}});
                             });
            !done)
            return done;
        for (const Row &row : std::as_const(rows)) {
            if (auto added = m_learnerPass->addRecord(row.line, row.fields); !added)
                return added;
        }
    }
    return success();
}

Status RosterImporter::feedGuardians()
{
    if (m_guardians == 0 || !m_guardianPass->m_insert)
        return success();
    struct Row
    {
        qint64 line;
        QStringList values; // the engine's staged fields
        QString child;
    };
    // Each guardian once per child (the engine's parent rows), the children in file order; a
    // guardian without children once, without. Joined plainly (no subquery per page), the
    // children the roster does not import are dropped here.
    const QString sql =
            u"SELECT u.line, u.username, u.given_name, u.family_name, u.password, u.%1, u.email, "
            u"c.%1, c.line FROM roster_user u LEFT JOIN roster_link l ON l.guardian_sid = "
            u"u.sourced_id LEFT JOIN roster_user c ON c.sourced_id = l.student_sid AND c.kind = "
            u"'student' AND c.active AND NOT c.problem WHERE u.line > ? AND u.line <= ? AND "
            u"u.kind = 'guardian' AND u.active AND NOT u.problem ORDER BY u.line"_s.arg(
                    keyColumn());
    Importer &pass = *m_guardianPass;
    const auto stage = [&](const Row &guardian, QList<std::pair<qint64, QString>> children) {
        std::sort(children.begin(), children.end());
        if (children.isEmpty())
            children.append({0, QString()});
        const qint64 first = guardian.line * linksPerLine;
        for (qsizetype child = 0; child < children.size(); ++child) {
            if (child >= linksPerLine - 1) {
                pass.error(first, QString(), ProblemCode::TooLong,
                           RosterText::tr("This guardian has more than %1 children in the "
                                          "roster; Rollbook links at most %1.")
                                   .arg(linksPerLine - 1));
                break;
            }
            const qint64 key = first + child;
            ++pass.m_rows;
            if (child == 0)
                pass.checkRow(key, guardian.values); // once a guardian: their problems once
            else if (pass.m_errorKeys.contains(first))
                pass.m_errorKeys.insert(key);
            if (auto staged = pass.stageRow(key, guardian.values, children.at(child).second);
                !staged)
                return staged;
        }
        return success();
    };
    for (qint64 from = 0; from < m_maxLine; from += linesPerPage) {
        QList<std::pair<Row, qint64>> rows; // the guardian, and the child's line or 0
        if (auto done = each(
                    sql, {from, from + linesPerPage},
                    [&](const QSqlQuery &q) {
                        // Username, FirstName, LastName, Password, SyncKey, Email,
                        // InternalId: the engine's order.
                        rows.append({{q.value(0).toLongLong(),
                                      {q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString(),
                                       q.value(5).toString(), q.value(6).toString(), QString()},
                                      q.value(7).toString()},
                                     q.value(8).isNull() ? 0 : q.value(8).toLongLong()});
                    });
            !done)
            return done;
        for (qsizetype i = 0; i < rows.size();) {
            const Row &guardian = rows.at(i).first;
            QList<std::pair<qint64, QString>> children;
            for (; i < rows.size() && rows.at(i).first.line == guardian.line; ++i) {
                if (rows.at(i).second > 0)
                    children.append({rows.at(i).second, rows.at(i).first.child});
            }
            if (auto staged = stage(guardian, children); !staged)
                return staged;
        }
    }
    return success();
}

Status RosterImporter::listMissing(qint64 batchId)
{
    if (auto done = run(u"DELETE FROM roster_missing"_s); !done)
        return done;
    if (m_delta)
        return success(); // a delta names who changed, not the whole school
    // In the roster is whoever it names by a key or a user name, imported or not.
    QString sql = u"INSERT INTO roster_missing (id) SELECT p.id FROM person p WHERE p.profile IN "
                  u"('learner', 'parent') AND NOT EXISTS (SELECT 1 FROM roster_user u WHERE "
                  u"u.sourced_id = p.sync_key) AND NOT EXISTS (SELECT 1 FROM roster_user u WHERE "
                  u"u.identifier <> '' AND u.identifier = p.sync_key) AND NOT EXISTS (SELECT 1 "
                  u"FROM roster_user u WHERE u.username <> '' AND u.username = p.username)"_s;
    QVariantList values;
    if (m_plan.missingScope == MissingScope::EarlierRosters) {
        if (m_schoolKey.isEmpty())
            return success(); // no orgs.csv: no school to compare with
        sql += u" AND p.batch_id IN (SELECT b.id FROM import_batch b WHERE b.roster_school = ? "
               u"AND b.undone_at IS NULL AND b.committed_at IS NOT NULL AND b.id <> ?)"_s;
        values = {m_schoolKey, batchId};
    }
    if (auto done = run(sql, values); !done)
        return done;
    m_missing.clear();
    return each(u"SELECT p.id, p.username, p.first_name, p.last_name, p.profile, p.sync_key FROM "
                u"roster_missing m JOIN person p ON p.id = m.id ORDER BY p.profile DESC, "
                u"p.last_name, p.first_name, p.username LIMIT %1"_s.arg(missingListedAtMost),
                {}, [&](const QSqlQuery &q) {
                    RosterPerson person;
                    person.id = q.value(0).toLongLong();
                    person.username = q.value(1).toString();
                    person.firstName = q.value(2).toString();
                    person.lastName = q.value(3).toString();
                    person.profile =
                            profileFromKey(q.value(4).toString()).value_or(Profile::Learner);
                    person.sourcedId = q.value(5).toString();
                    m_missing.append(person);
                });
}

Status RosterImporter::removeMissing(qint64 batchId)
{
    const QString missing = u"(SELECT id FROM roster_missing)"_s;
    const QStringList steps = {
            // What Undo import needs to put them back exactly: the person and their links.
            u"INSERT INTO import_person_removed (batch_id, person_id, internal_id, sync_key, "
            u"username, first_name, last_name, email, password, profile, created_at, updated_at, "
            u"person_batch_id, version, updated_by) SELECT ?, p.id, p.internal_id, p.sync_key, "
            u"p.username, p.first_name, p.last_name, p.email, p.password, p.profile, "
            u"p.created_at, p.updated_at, p.batch_id, p.version, p.updated_by FROM person p "
            u"WHERE p.id IN "_s +
                    missing,
            u"INSERT INTO import_link_removed (batch_id, parent_id, learner_id, link_batch_id, "
            u"created_by, created_at) SELECT ?, l.parent_id, l.learner_id, l.batch_id, "
            u"l.created_by, l.created_at FROM parent_link l WHERE l.parent_id IN "_s +
                    missing + u" OR l.learner_id IN "_s + missing,
    };
    for (const QString &sql : steps) {
        if (auto done = run(sql, {batchId}); !done)
            return done;
    }
    if (auto done = run(u"DELETE FROM parent_link WHERE parent_id IN "_s + missing +
                        u" OR learner_id IN "_s + missing);
        !done)
        return done;
    QSqlQuery remove(m_db);
    if (!remove.exec(u"DELETE FROM person WHERE id IN "_s + missing))
        return ImportSql::sqlError(remove);
    m_removed = remove.numRowsAffected();
    return success();
}

RosterReport RosterImporter::report(bool committed) const
{
    RosterReport result;
    result.standard = m_standard;
    result.rosterName = m_files.displayName();
    result.school = m_schoolNames.join(u", "_s);
    result.learners = m_learners;
    result.guardians = m_guardians;
    result.links = m_links;
    result.skippedRoles = m_skippedRoles;
    result.notImported = m_notImported;
    result.missing = m_missing;
    result.missingCount = m_missingCount;
    result.removed = committed ? m_removed : 0;
    result.delta = m_delta;

    ImportReport &import = result.import;
    import.fileName = m_files.displayName();
    import.committed = committed;
    // The engine's problems are users.csv's (its rows are users.csv's lines), told once each:
    // a guardian's rows, one per child, say the same.
    QSet<QString> seen;
    const auto gather = [&seen](QList<ImportProblem> &into, const QList<ImportProblem> &from) {
        for (ImportProblem problem : from) {
            if (problem.file.isEmpty() && problem.line > 0)
                problem.file = usersFile;
            const QString key = problem.file + u'\x1f' + QString::number(problem.line) + u'\x1f' +
                                problem.column + u'\x1f' + problem.message;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            into.append(problem);
        }
    };
    gather(import.errors, m_errors);
    gather(import.warnings, m_warnings);
    for (const Importer *pass : {m_learnerPass.get(), m_guardianPass.get()}) {
        if (!pass)
            continue;
        // A roster keeps every problem (its files are a school's, checked in memory anyway).
        ProblemList::forEach({pass->m_errors}, [&](const ImportProblem &problem) {
            gather(import.errors, {problem});
        });
        ProblemList::forEach({pass->m_warnings}, [&](const ImportProblem &problem) {
            gather(import.warnings, {problem});
        });
    }
    const auto byPlace = [](const ImportProblem &a, const ImportProblem &b) {
        // users.csv first (most problems are there), then the other files; by line in each.
        const bool usersA = a.file == usersFile, usersB = b.file == usersFile;
        if (usersA != usersB)
            return usersA;
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    };
    std::stable_sort(import.errors.begin(), import.errors.end(), byPlace);
    std::stable_sort(import.warnings.begin(), import.warnings.end(), byPlace);
    import.counts.rows = m_rows;
    import.counts.errors = import.errors.size();
    import.counts.warnings = import.warnings.size();
    return result;
}

Result<RosterReport>
RosterImporter::finish(const std::function<void(const RosterProgress &)> &progress,
                       const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    RosterProgress state;
    state.file = usersFile;
    state.rows = m_rows;
    state.checking = true;
    if (progress)
        progress(state);

    Status done = each(u"SELECT kind, count(*) FROM roster_user WHERE active AND NOT problem AND "
                       u"kind IN ('student', 'guardian') GROUP BY kind"_s,
                       {}, [&](const QSqlQuery &q) {
                           (q.value(0).toString() == u"student"_s ? m_learners : m_guardians) =
                                   q.value(1).toLongLong();
                       });
    const bool refused = std::any_of(m_errors.cbegin(), m_errors.cend(), refusesTheRoster);
    if (done && !refused)
        done = startPasses();
    const auto passRefused = [](const std::unique_ptr<Importer> &pass) {
        return pass &&
               std::any_of(pass->m_errors.cbegin(), pass->m_errors.cend(), refusesTheRoster);
    };
    if (!done)
        return done.error();
    if (refused || passRefused(m_learnerPass) || passRefused(m_guardianPass))
        return report(false); // the roster as a whole (the report says why): nothing more
    if (done)
        done = feedLearners();
    if (done)
        done = feedGuardians();
    if (done)
        done = m_learnerPass->closeStaging();
    if (done && m_guardians > 0)
        done = m_guardianPass->closeStaging();
    if (!done)
        return done.error();
    if (!m_db.commit())
        return Error::file(m_db.lastError().text());
    m_stagingOpen = false;
    if (cancelled())
        return Importer::cancelledError();

    const auto hasErrors = [this] {
        return !m_errors.isEmpty() || !m_learnerPass->m_errors.isEmpty() ||
               (m_guardians > 0 && !m_guardianPass->m_errors.isEmpty());
    };
    Importer &learners = *m_learnerPass;
    Importer &guardians = *m_guardianPass;
    if (auto begun = learners.beginWriting(hasErrors() && !m_plan.skipErrors, cancelled,
                                           [&](const QString &message) {
                                               state.waiting = message;
                                               if (progress)
                                                   progress(state);
                                           });
        !begun)
        return begun.error();
    const auto rollback = [this] { QSqlQuery(m_db).exec(u"ROLLBACK"_s); };
    const auto fail = [&](const Error &error) -> Result<RosterReport> {
        rollback();
        return error;
    };
    if (auto checked = learners.runChecks(cancelled); !checked)
        return fail(checked.error());
    const auto batch = learners.insertBatch(m_checksum);
    if (!batch)
        return fail(batch.error());
    if (auto listed = listMissing(batch.value()); !listed)
        return fail(listed.error());
    if (auto counted = each(u"SELECT count(*) FROM roster_missing"_s, {},
                            [&](const QSqlQuery &q) { m_missingCount = q.value(0).toLongLong(); });
        !counted)
        return fail(counted.error());

    ImportCounts learnerCounts;
    ImportCounts guardianCounts;
    if (auto applied = learners.apply(batch.value(), learnerCounts); !applied)
        return fail(applied.error());
    if (m_guardians > 0) {
        // A guardian's row for a learner with errors is left out quietly: the learner's own
        // error says why, and there is nobody to link them to.
        if (auto quiet = run(u"UPDATE import_staging_guardians SET ok = FALSE WHERE child_ref "
                             u"<> '' AND child_ref IN (SELECT sync_key FROM import_staging WHERE "
                             u"NOT ok)"_s);
            !quiet)
            return fail(quiet.error());
        // A guardian left with no row at all is named, unless their own error says why.
        QList<qint64> dropped;
        if (auto found =
                    each(u"SELECT line / %1 FROM import_staging_guardians GROUP BY line / %1 "
                         u"HAVING sum(CASE WHEN ok THEN 1 ELSE 0 END) = 0 ORDER BY 1"_s.arg(
                                 linksPerLine),
                         {}, [&](const QSqlQuery &q) { dropped.append(q.value(0).toLongLong()); });
            !found)
            return fail(found.error());
        for (qint64 line : std::as_const(dropped)) {
            const qint64 first = line * linksPerLine;
            if (guardians.m_errorKeys.contains(first))
                continue;
            warning(usersFile, line, QString(), ProblemCode::EmptyChildReference,
                    RosterText::tr("This guardian is not imported: none of their children in "
                                   "the roster can be imported (see the learners' errors)."));
        }
        if (auto checked = guardians.runChecks(cancelled); !checked)
            return fail(checked.error());
    }
    if (hasErrors() && !m_plan.skipErrors) {
        rollback();
        return report(false);
    }
    if (m_guardians > 0) {
        if (auto applied = guardians.apply(batch.value(), guardianCounts); !applied)
            return fail(applied.error());
    }
    if (m_plan.removeMissing) {
        if (auto removed = removeMissing(batch.value()); !removed)
            return fail(removed.error());
    }
    const QJsonObject roster{{u"standard"_s, rosterStandardName(m_standard)},
                             {u"key"_s, rosterKeyName(m_plan.key)},
                             {u"remove_missing"_s, m_plan.removeMissing},
                             {u"removed"_s, m_removed}};
    if (auto marked =
                run(u"UPDATE import_batch SET roster_school = ?, sync_field = ? WHERE id = ?"_s,
                    {m_schoolKey,
                     QString::fromUtf8(QJsonDocument(roster).toJson(QJsonDocument::Compact)),
                     batch.value()});
        !marked)
        return fail(marked.error());

    RosterReport result = report(false);
    ImportCounts &counts = result.import.counts;
    counts.created = learnerCounts.created + guardianCounts.created;
    counts.updated = learnerCounts.updated + guardianCounts.updated;
    counts.unchanged = learnerCounts.unchanged + guardianCounts.unchanged;
    counts.links = guardianCounts.links;
    if (auto finished = learners.finishBatch(batch.value(), counts); !finished)
        return fail(finished.error());
    if (m_plan.dryRun || cancelled()) {
        rollback();
        if (cancelled())
            return Importer::cancelledError();
        result.removed = 0;
        return result;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(u"COMMIT"_s)) {
        const Error error = ImportSql::sqlError(commit);
        rollback();
        return error;
    }
    result.import.committed = true;
    result.import.batchId = batch.value();
    result.removed = m_removed;
    return result;
}

} // namespace Rollbook

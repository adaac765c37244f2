#include "wideimporter.h"

#include "db/database.h"
#include "import/filelayout.h"
#include "import/importsql.h"

#include <QFileInfo>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

using namespace ImportSql;

namespace {

constexpr qint64 keysPerLine = WideImporter::maximumGroups + 1;

// The guardians' staging columns, as the engine stages every person: its headers are the
// fields' keys, so that a problem can be told in the group's own column.
const QList<Field> guardianFields = {Field::Username,  Field::FirstName, Field::LastName,
                                     Field::Password,  Field::SyncKey,   Field::Email,
                                     Field::InternalId};

QStringList guardianHeaders()
{
    QStringList headers;
    for (Field field : guardianFields)
        headers.append(Fields::key(field));
    return headers;
}

// Each line's learner: a temporary table of the connection.
QString wideChildTable(const QSqlDatabase &db)
{
    QString name = Database::engineOf(db) == Engine::PostgreSQL ? u"pg_temp."_s : u"temp."_s;
    return name.append(u"import_wide_child"_s);
}

} // namespace

WideImporter::WideImporter(const QSqlDatabase &db, const ImportPlan &plan)
    : m_db(db)
    , m_plan(plan)
{}

WideImporter::~WideImporter()
{
    if (m_stagingOpen)
        m_db.rollback();
    m_guardians.reset();
    m_learners.reset();
    QSqlQuery(m_db).exec(u"DROP TABLE IF EXISTS "_s.append(wideChildTable(m_db)));
}

Status WideImporter::start(const QStringList &headers)
{
    const FileLayout layout = FileLayouts::forProfile(Profile::LearnersWithParents, headers);
    m_groups = m_plan.guardianGroups.isEmpty() ? layout.groups : m_plan.guardianGroups;

    QSet<int> groupColumns;
    for (const GuardianGroup &group : std::as_const(m_groups)) {
        for (int column : group.columns)
            groupColumns.insert(column);
    }
    QStringList groupNames;
    for (const GuardianGroup &group : std::as_const(m_groups))
        groupNames.append(group.label);
    // Guardian columns that are not imported, each named once: a group's own (its words name
    // no field, or an earlier column gives it), and those no group takes.
    const auto notImported = [&](int column, const QString &message) {
        if (groupColumns.contains(column))
            return;
        m_warnings.append({1, headers.value(column), ProblemCode::GuardianColumnUnused, message});
        groupColumns.insert(column);
    };
    for (const GuardianGroup &group : std::as_const(layout.groups)) {
        for (int column : group.otherColumns)
            notImported(column,
                        ImporterText::tr("This column of “%1” is not imported: Rollbook does "
                                         "not know what it holds, or another column of theirs "
                                         "gives it. Map it to a field if it should be.")
                                .arg(group.label));
    }
    for (int column : layout.unusedGuardianColumns)
        notImported(column,
                    ImporterText::tr("This column names a guardian but belongs to none of the "
                                     "guardians Rollbook found (%1), so it is not imported. Map "
                                     "it to a guardian if it should be.")
                            .arg(groupNames.join(u", "_s)));

    // The learners: the file's own columns, the guardians' left to the other pass.
    ImportPlan learnerPlan = m_plan;
    learnerPlan.profile = Profile::Learner;
    for (const GuardianGroup &group : std::as_const(m_groups)) {
        for (int column : group.columns)
            learnerPlan.mapOverrides.append({headers.value(column), Field::Ignore});
    }
    Importer::Pass learnerPass;
    learnerPass.ownStagingTransaction = false;
    learnerPass.batchProfile = Profile::LearnersWithParents;
    learnerPass.columnsOfOtherPasses = groupColumns;
    m_learners = std::make_unique<Importer>(m_db, learnerPlan);
    m_learners->setPass(learnerPass);

    // The guardians: one staged row per group and line, as parents.
    ImportPlan guardianPlan = m_plan;
    guardianPlan.profile = Profile::Parent;
    guardianPlan.syncField.clear();
    guardianPlan.mapOverrides.clear();
    for (Field field : guardianFields)
        guardianPlan.mapOverrides.append({Fields::key(field), field});
    Importer::Pass guardianPass;
    guardianPass.tables = u"_guardians"_s;
    guardianPass.ownStagingTransaction = false;
    guardianPass.keysPerLine = keysPerLine;
    guardianPass.guardians = true;
    for (const GuardianGroup &group : std::as_const(m_groups)) {
        QHash<Field, QString> columns;
        columns.insert(Field::Ignore, group.label);
        for (qsizetype i = 0; i < group.columns.size(); ++i) {
            const Field field = group.fields.value(i);
            const QString header = headers.value(group.columns.at(i));
            if (field == Field::FullName) {
                if (!columns.contains(Field::FirstName))
                    columns.insert(Field::FirstName, header);
                if (!columns.contains(Field::LastName))
                    columns.insert(Field::LastName, header);
            } else if (field != Field::Ignore) {
                columns.insert(field, header);
            }
        }
        guardianPass.groupHeaders.insert(group.number, columns);
    }
    m_guardians = std::make_unique<Importer>(m_db, guardianPlan);
    m_guardians->setPass(guardianPass);

    if (auto started = m_learners->start(headers); !started)
        return started;
    if (m_groups.isEmpty())
        m_learners->error(0, QString(), ProblemCode::MissingColumn,
                          ImporterText::tr("No column names a guardian (such as “Foresatt 1 "
                                           "e-post” or “Parent1 Email”). Import this file as "
                                           "learners."));
    if (m_groups.size() > maximumGroups)
        m_learners->error(0, QString(), ProblemCode::MissingColumn,
                          ImporterText::tr("The file names %1 guardians per learner; Rollbook "
                                           "imports at most %2.")
                                  .arg(m_groups.size())
                                  .arg(maximumGroups));
    for (const GuardianGroup &group : std::as_const(m_groups)) {
        const bool named = std::any_of(group.fields.cbegin(), group.fields.cend(), [](Field f) {
            return f == Field::FirstName || f == Field::FullName;
        });
        const bool known =
                group.fields.contains(Field::Username) || group.fields.contains(Field::Email);
        if (!named || !known)
            m_learners->error(0, group.label, ProblemCode::MissingColumn,
                              ImporterText::tr("The guardian “%1” needs a column for the name and "
                                               "one for the user name or the e-mail address.")
                                      .arg(group.label));
    }
    if (auto started = m_guardians->start(guardianHeaders()); !started)
        return started;
    if (!m_learners->m_insert || !m_guardians->m_insert || !m_learners->m_errors.isEmpty()) {
        // Refused as a whole (the report says why): the rows are only counted.
        m_learners->m_insert.reset();
        m_guardians->m_insert.reset();
        return success();
    }
    if (!m_db.transaction())
        return Error::file(m_db.lastError().text());
    m_stagingOpen = true;
    return success();
}

Status WideImporter::addRecord(qint64 line, const QStringList &fields)
{
    if (auto added = m_learners->addRecord(line, fields); !added)
        return added;
    if (!m_stagingOpen)
        return success();
    for (const GuardianGroup &group : std::as_const(m_groups)) {
        QStringList values(guardianFields.size());
        bool any = false;
        QString fullName;
        for (qsizetype i = 0; i < group.columns.size(); ++i) {
            const QString value = fields.value(group.columns.at(i)).trimmed();
            const Field field = group.fields.value(i);
            if (value.isEmpty() || field == Field::Ignore)
                continue;
            if (field == Field::FullName) {
                fullName = value;
                any = true;
                continue;
            }
            const qsizetype at = guardianFields.indexOf(field);
            if (at >= 0 && values.at(at).isEmpty()) {
                values[at] = value;
                any = true;
            }
        }
        // Only one guardian, or none: the empty group is no one.
        if (!any)
            continue;
        if (!fullName.isEmpty()) {
            const auto [first, last] = Fields::splitFullName(fullName);
            if (values.at(1).isEmpty())
                values[1] = first;
            if (values.at(2).isEmpty())
                values[2] = last;
        }
        const qint64 key = line * keysPerLine + group.number;
        m_guardians->checkRow(key, values);
        if (auto staged = m_guardians->stageRow(key, values, QString()); !staged)
            return staged;
    }
    return success();
}

void WideImporter::addProblem(const ImportProblem &problem, bool isRecord)
{
    m_learners->addProblem(problem, isRecord);
}

Status WideImporter::linkLearnersByLine()
{
    // Each line's learner, as the learners' pass found or made them.
    if (auto done = m_learners->run(u"DROP TABLE IF EXISTS "_s.append(wideChildTable(m_db))); !done)
        return done;
    if (auto done = m_learners->run(u"CREATE TEMP TABLE import_wide_child (line INTEGER "
                                    u"PRIMARY KEY, learner_id BIGINT NOT NULL)"_s);
        !done)
        return done;
    if (auto done = m_learners->run(
                u"INSERT INTO import_wide_child (line, learner_id) SELECT l.line, l.learner "
                u"FROM (SELECT s.line, coalesce(m.person_id, p.id) AS learner FROM "
                u"import_staging s JOIN import_match m ON m.line = s.line LEFT JOIN person p "
                u"ON m.person_id IS NULL AND p.username = s.username WHERE s.ok) AS l "
                u"WHERE l.learner IS NOT NULL"_s);
        !done)
        return done;
    return m_learners->analyze(u"import_wide_child"_s);
}

ImportReport WideImporter::report(bool committed) const
{
    ImportReport report;
    report.fileName = QFileInfo(m_plan.filePath).fileName();
    report.allErrors = {m_learners->m_errors, m_guardians->m_errors};
    report.allWarnings = {m_warnings, m_learners->m_warnings, m_guardians->m_warnings};
    // The problems to show, how many are left out, and how many in all, of both passes.
    const auto gather = [](const QList<ProblemList> &lists, QList<ImportProblem> &shown,
                           qint64 &leftOut, qint64 &count) {
        for (const ProblemList &list : lists) {
            shown += list.shown();
            leftOut += list.leftOut();
            count += list.size();
        }
    };
    gather(report.allErrors, report.errors, report.errorsLeftOut, report.counts.errors);
    gather(report.allWarnings, report.warnings, report.warningsLeftOut, report.counts.warnings);
    Importer::sortByLine(report.errors);
    Importer::sortByLine(report.warnings);
    report.counts.rows = m_learners->m_rows;
    report.committed = committed;
    return report;
}

Result<ImportReport> WideImporter::finish(const QString &sha256, const std::atomic<bool> *cancel,
                                          const std::function<void(const QString &)> &waiting)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const auto cancelledError = &Importer::cancelledError;
    if (m_learners->m_rows == 0 && m_learners->m_errors.isEmpty())
        m_learners->error(0, QString(), ProblemCode::NoUsers,
                          ImporterText::tr("The file holds no users."));
    if (!m_stagingOpen)
        return report(false);
    if (auto closed = m_learners->closeStaging(); !closed)
        return closed.error();
    if (auto closed = m_guardians->closeStaging(); !closed)
        return closed.error();
    if (!m_db.commit())
        return Error::file(m_db.lastError().text());
    m_stagingOpen = false;
    if (cancelled())
        return cancelledError();

    const auto hasErrors = [this] {
        return !m_learners->m_errors.isEmpty() || !m_guardians->m_errors.isEmpty();
    };
    // One write transaction for both passes, as for a file of one profile.
    if (auto begun =
                m_learners->beginWriting(hasErrors() && !m_plan.skipErrors, cancelled, waiting);
        !begun)
        return begun.error();
    const auto rollback = [this] { QSqlQuery(m_db).exec(u"ROLLBACK"_s); };
    // The learners are written first (inside the transaction, even when errors will roll it
    // back), so that the guardians are checked against the learners they belong to.
    if (auto checked = m_learners->runChecks(cancelled); !checked) {
        rollback();
        return checked.error();
    }
    const auto batch = m_learners->insertBatch(sha256);
    if (!batch) {
        rollback();
        return batch.error();
    }
    ImportCounts learners;
    ImportCounts guardians;
    Status done = m_learners->apply(batch.value(), learners);
    if (done)
        done = linkLearnersByLine();
    if (done) {
        for (qint64 key : std::as_const(m_learners->m_errorKeys))
            m_guardians->m_pass.learnerErrorLines.insert(key);
        done = m_guardians->runChecks(cancelled);
    }
    if (!done) {
        rollback();
        return done.error();
    }
    if (hasErrors() && !m_plan.skipErrors) {
        rollback();
        return report(false);
    }
    if (auto applied = m_guardians->apply(batch.value(), guardians); !applied) {
        rollback();
        return applied.error();
    }
    ImportReport result = report(false);
    result.counts.created = learners.created + guardians.created;
    result.counts.updated = learners.updated + guardians.updated;
    result.counts.unchanged = learners.unchanged + guardians.unchanged;
    result.counts.links = guardians.links;
    if (auto finished = m_learners->finishBatch(batch.value(), result.counts); !finished) {
        rollback();
        return finished.error();
    }
    if (m_plan.dryRun || cancelled()) {
        rollback();
        if (cancelled())
            return cancelledError();
        return result;
    }
    if (auto committed = m_learners->run(u"COMMIT"_s); !committed) {
        rollback();
        return committed.error();
    }
    result.committed = true;
    result.batchId = batch.value();
    return result;
}

// The guardians' user names, once every row is staged: from another row of the same guardian
// (same e-mail address, else same synchronisation key), else from the database, else the
// e-mail address itself; a guardian with neither is an error, or gets one made from the name
// when the plan asks for it.
Status Importer::completeGuardians()
{
    Status done = run(u"UPDATE import_staging SET username = coalesce("
                      u"(SELECT t.username FROM import_staging t WHERE t.username <> '' AND "
                      u"t.email = import_staging.email ORDER BY t.line LIMIT 1), "
                      u"(SELECT CASE WHEN count(*) = 1 THEN min(p.username) END FROM person p "
                      u"WHERE p.profile = 'parent' AND "
                      u"lower(coalesce(p.email, '')) = lower(import_staging.email)), email) "
                      u"WHERE username = '' AND email <> ''"_s);
    if (done)
        done = run(u"UPDATE import_staging SET username = coalesce("
                   u"(SELECT t.username FROM import_staging t WHERE t.username <> '' AND "
                   u"t.sync_key = import_staging.sync_key ORDER BY t.line LIMIT 1), "
                   u"(SELECT p.username FROM person p WHERE p.sync_key = import_staging.sync_key), "
                   u"'') WHERE username = '' AND sync_key <> ''"_s);
    if (!done)
        return done;
    // A user name taken from the e-mail address is exported exactly, as every user name is
    // (PersonRules::isExactField): one that would begin like a formula is refused.
    bool formulaLike = false;
    done = each(u"SELECT line, username FROM import_staging WHERE ok AND username = email AND "
                u"substr(username, 1, 1) IN ('=', '+', '-', '@') ORDER BY line"_s,
                {}, [&](const QSqlQuery &q) {
                    const QString email = q.value(1).toString();
                    formulaLike = true;
                    error(q.value(0).toLongLong(), header(Field::Email),
                          ProblemCode::StartsLikeFormula,
                          ImporterText::tr("The user name would be made from the e-mail address "
                                           "“%1”, but a user name may not begin with “%2”: a "
                                           "spreadsheet would read it as a formula, and the "
                                           "platform would get another value. Give this guardian "
                                           "a user name.")
                                  .arg(email, email.left(1)));
                });
    if (!done)
        return done;
    if (formulaLike) {
        done = markRowsWithErrors();
        if (!done)
            return done;
    }

    QList<std::tuple<qint64, QString, QString>> nameless;
    done = each(u"SELECT line, first_name, last_name FROM import_staging WHERE username = '' "
                u"ORDER BY line"_s,
                {}, [&](const QSqlQuery &q) {
                    nameless.append({q.value(0).toLongLong(), q.value(1).toString(),
                                     q.value(2).toString()});
                });
    if (!done)
        return done;
    if (nameless.isEmpty())
        return success();
    if (!m_plan.makeGuardianUsernames) {
        for (const auto &[key, first, last] : std::as_const(nameless))
            error(key, header(Field::Username), ProblemCode::MissingValue,
                  ImporterText::tr("%1 %2 has neither a user name nor an e-mail address, so the "
                                   "platform cannot tell who they are. Add one of them, or choose "
                                   "to make user names from the guardians' names.")
                          .arg(first, last)
                          .trimmed());
        return markRowsWithErrors();
    }
    // Made from the name: the same name on several lines is one guardian; a name taken by
    // someone else (in the file or the database) gets a number.
    QHash<QString, QString> madeFor; // "first\x1flast" → user name
    QSet<QString> made;
    QSqlQuery taken(m_db);
    taken.prepare(tables(u"SELECT (SELECT count(*) FROM import_staging WHERE username = ?) + "
                         u"(SELECT count(*) FROM person WHERE username = ? AND NOT (profile = "
                         u"'parent' AND first_name = ? AND last_name = ?))"_s));
    QSqlQuery update(m_db);
    update.prepare(tables(u"UPDATE import_staging SET username = ? WHERE line = ?"_s));
    for (const auto &[key, first, last] : std::as_const(nameless)) {
        const QString identity = first + u'\x1f' + last;
        QString username = madeFor.value(identity);
        for (int number = 1; username.isEmpty(); ++number) {
            const QString candidate =
                    guardianUsername(first, last, number, m_plan.guardianUsernameRule);
            if (candidate.isEmpty())
                break;
            if (made.contains(candidate))
                continue;
            for (const QVariant &value :
                 {QVariant(candidate), QVariant(candidate), QVariant(first), QVariant(last)})
                taken.addBindValue(value);
            if (!taken.exec() || !taken.next())
                return sqlError(taken);
            if (taken.value(0).toLongLong() == 0)
                username = candidate;
        }
        if (username.isEmpty()) {
            error(key, header(Field::Username), ProblemCode::MissingValue,
                  ImporterText::tr("This guardian has no name, user name or e-mail address."));
            continue;
        }
        madeFor.insert(identity, username);
        made.insert(username);
        update.addBindValue(username);
        update.addBindValue(key);
        if (!update.exec())
            return sqlError(update);
    }
    return markRowsWithErrors();
}

QString guardianUsername(const QString &firstName, const QString &lastName, int number,
                         GuardianUsernameRule rule)
{
    const auto plain = [](const QString &name) {
        QString folded;
        const QString lower = name.toLower();
        for (const QChar c : lower) {
            switch (c.unicode()) {
            case u'æ':
                folded += u"ae"_s;
                continue;
            case u'ø':
                folded += u'o';
                continue;
            case u'ß':
                folded += u"ss"_s;
                continue;
            default:
                break;
            }
            // é → e, å → a, ö → o: the letter without its accent.
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            for (const QChar b : base) {
                if (b.isLetterOrNumber() && b.unicode() < 128)
                    folded += b;
                else if (b.isSpace() || b == u'-')
                    folded += u'-';
            }
        }
        // "Kari  Anne" → kari-anne
        while (folded.contains(u"--"_s))
            folded.replace(u"--"_s, u"-"_s);
        while (folded.startsWith(u'-'))
            folded.remove(0, 1);
        while (folded.endsWith(u'-'))
            folded.chop(1);
        return folded;
    };
    QString first = plain(firstName);
    QString last = plain(lastName);
    QString joint = u"."_s;
    switch (rule) {
    case GuardianUsernameRule::FirstDotLast:
        break;
    case GuardianUsernameRule::FirstLast:
        joint.clear();
        first.remove(u'-');
        last.remove(u'-');
        break;
    case GuardianUsernameRule::InitialDotLast:
        first = first.left(1);
        break;
    case GuardianUsernameRule::LastDotFirst:
        std::swap(first, last);
        break;
    }
    QString name = first.isEmpty() ? last : last.isEmpty() ? first : first + joint + last;
    if (name.isEmpty())
        return {};
    if (number > 1)
        name += QString::number(number);
    return name;
}

} // namespace Rollbook

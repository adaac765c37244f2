#include "importhistory.h"

#include "db/audit.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class ImportHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::ImportHistory)
};

constexpr int blockersNamedAtMost = 10;

const QString batchColumns = u"id, file_name, sha256, profile, sync_field, matching_field, "
                             u"options, committed_at, undone_at, counts"_s;

ImportBatch batchFrom(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.fileName = q.value(1).toString();
    b.sha256 = q.value(2).toString();
    b.profile = q.value(3).toString();
    b.syncField = q.value(4).toString();
    b.matchingField = q.value(5).toString();
    b.options = q.value(6).toString();
    b.committedAt = q.value(7).toString();
    b.undoneAt = q.value(8).toString();
    const QJsonObject counts = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    b.counts.rows = counts.value(u"rows"_s).toInteger();
    b.counts.created = counts.value(u"created"_s).toInteger();
    b.counts.updated = counts.value(u"updated"_s).toInteger();
    b.counts.unchanged = counts.value(u"unchanged"_s).toInteger();
    b.counts.links = counts.value(u"links"_s).toInteger();
    b.counts.errors = counts.value(u"errors"_s).toInteger();
    b.counts.warnings = counts.value(u"warnings"_s).toInteger();
    return b;
}

} // namespace

ImportHistory::ImportHistory(const QSqlDatabase &db)
    : m_db(db)
{}

Result<QList<ImportBatch>> ImportHistory::batches() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT "_s + batchColumns +
                    u" FROM import_batch WHERE committed_at IS NOT NULL ORDER BY id DESC"_s))
        return Error::file(query.lastError().text());
    QList<ImportBatch> list;
    while (query.next())
        list.append(batchFrom(query));
    return list;
}

Result<ImportBatch> ImportHistory::batch(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + batchColumns + u" FROM import_batch WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error::file(query.lastError().text());
    if (!query.next())
        return Error::invalid(ImportHistoryText::tr("There is no import %1.").arg(id));
    return batchFrom(query);
}

Result<QStringList> ImportHistory::blockers(const ImportBatch &batch) const
{
    QStringList reasons;
    QSet<QString> named;
    // The people this import created or changed.
    const QString touched = u"(SELECT id FROM person WHERE batch_id = :batch "
                            u" UNION SELECT person_id FROM import_person_before "
                            u" WHERE batch_id = :batch)"_s;
    const QString created = u"(SELECT id FROM person WHERE batch_id = :batch)"_s;
    struct Rule
    {
        QString sql; // yields user name, then a number or time for the sentence
        const char *sentence;
    };
    const QList<Rule> rules = {
            {u"SELECT p.username, later.id FROM import_person_before x "
             u"JOIN import_batch later ON later.id = x.batch_id "
             u"JOIN person p ON p.id = x.person_id "
             u"WHERE x.batch_id > :batch AND later.undone_at IS NULL AND x.person_id IN "_s +
                     touched,
             QT_TRANSLATE_NOOP("Rollbook::ImportHistory",
                               "“%1” was changed again by the later import %2. Undo that one "
                               "first.")},
            // Matched unchanged counts as much: the later file named them as they are now.
            {u"SELECT p.username, later.id FROM import_person_claim c "
             u"JOIN import_batch later ON later.id = c.batch_id "
             u"JOIN person p ON p.id = c.person_id "
             u"WHERE c.batch_id > :batch AND later.undone_at IS NULL AND c.person_id IN "_s +
                     touched,
             QT_TRANSLATE_NOOP("Rollbook::ImportHistory",
                               "“%1” was matched by the later import %2. Undo that one first.")},
            {u"SELECT p.username, l.batch_id FROM parent_link l "
             u"JOIN person p ON p.id IN (l.parent_id, l.learner_id) AND p.id IN "_s +
                     created +
                     u" JOIN import_batch later ON later.id = l.batch_id "
                     u"WHERE l.batch_id > :batch AND later.undone_at IS NULL "
                     // A link this import made that a later one named too: it stays for that
                     // one, so its people stay as well.
                     u"UNION ALL SELECT p.username, c.batch_id FROM import_link_claim c "
                     u"JOIN person p ON p.id IN (c.parent_id, c.learner_id) AND p.id IN "_s +
                     created +
                     u" JOIN import_batch later ON later.id = c.batch_id "
                     u"WHERE c.batch_id > :batch AND later.undone_at IS NULL"_s,
             QT_TRANSLATE_NOOP("Rollbook::ImportHistory",
                               "“%1” was linked to someone by the later import %2. Undo that "
                               "one first.")},
            {u"SELECT p.username, l.created_at FROM parent_link l "
             u"JOIN person p ON p.id IN (l.parent_id, l.learner_id) AND p.id IN "_s +
                     created + u" WHERE l.batch_id IS NULL"_s,
             QT_TRANSLATE_NOOP("Rollbook::ImportHistory",
                               "“%1” was linked by hand since (%2). Remove that link first.")},
            {u"SELECT p.username, a.at FROM audit a JOIN person p ON p.id = a.person_id "
             u"WHERE a.at > :committed AND a.person_id IN "_s +
                     touched,
             QT_TRANSLATE_NOOP("Rollbook::ImportHistory", "“%1” was changed by hand since (%2).")},
            // Any other change since: every change to a person adds one to its version (an
            // edit on another computer, passwords made or forgotten).
            {u"SELECT p.username, p.updated_by, p.updated_at FROM person p "
             u"JOIN import_person_before x ON x.person_id = p.id AND x.batch_id = :batch "
             u"WHERE x.version IS NOT NULL AND p.version <> x.version + 1 "
             u"UNION ALL SELECT p.username, p.updated_by, p.updated_at FROM person p "
             u"WHERE p.batch_id = :batch AND p.version <> 1"_s,
             QT_TRANSLATE_NOOP("Rollbook::ImportHistory", "“%1” was changed since, by %2 at %3.")},
            // Someone this import removed (who left a roster) can come back only if nobody has
            // taken their place since.
            {u"SELECT r.username, o.username FROM import_person_removed r JOIN person o ON "
             u"(o.id = r.person_id OR o.username = r.username OR o.sync_key = r.sync_key OR "
             u"o.internal_id = r.internal_id) WHERE r.batch_id = :batch AND NOT "
             u"(o.batch_id = :batch AND o.version = 1)"_s,
             QT_TRANSLATE_NOOP("Rollbook::ImportHistory",
                               "“%1”, removed by this import, cannot come back: “%2” has their "
                               "user name or key since.")},
    };
    for (const Rule &rule : rules) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(rule.sql + u" LIMIT %1"_s.arg(blockersNamedAtMost)))
            return Error::file(query.lastError().text());
        query.bindValue(u":batch"_s, batch.id);
        if (rule.sql.contains(u":committed"_s))
            query.bindValue(u":committed"_s, batch.committedAt);
        if (!query.exec())
            return Error::file(query.lastError().text());
        while (query.next() && reasons.size() < blockersNamedAtMost) {
            const QString name = query.value(0).toString();
            // One reason a person is enough; the rules before say more than the last.
            if (named.contains(name))
                continue;
            QString reason = QCoreApplication::translate("Rollbook::ImportHistory", rule.sentence)
                                     .arg(name, query.value(1).toString());
            if (query.record().count() > 2)
                reason = reason.arg(query.value(2).toString());
            reasons.append(reason);
            named.insert(name);
        }
    }
    return reasons;
}

Status ImportHistory::undo(qint64 batchId, const QString &actor, const Database::Wait &wait)
{
    // Checked and undone in one write transaction, so nothing can slip in between; it takes
    // its turn with imports, on another computer too. The batch is read once the turn has
    // come: an undo of the same import that ran meanwhile is seen.
    if (auto begun = Database::beginSerialised(m_db, wait); !begun)
        return begun;
    const auto rollback = [this] { QSqlQuery(m_db).exec(u"ROLLBACK"_s); };
    const auto found = batch(batchId);
    if (!found) {
        rollback();
        return found.error();
    }
    const ImportBatch &b = found.value();
    if (b.isUndone()) {
        rollback();
        return Error::invalid(ImportHistoryText::tr("Import %1 (%2) was already undone on %3.")
                                      .arg(b.id)
                                      .arg(b.fileName, b.undoneAt));
    }
    const auto why = blockers(b);
    if (!why) {
        rollback();
        return why.error();
    }
    if (!why.value().isEmpty()) {
        rollback();
        return Error::invalid(
                ImportHistoryText::tr(
                        "Import %1 (%2) cannot be undone, because later changes build "
                        "on it:\n%3")
                        .arg(b.id)
                        .arg(b.fileName, u"- "_s + why.value().join(u"\n- "_s)));
    }

    const QString now = timestampNow();
    // Each person goes back to the values and the version they had before the import: an
    // editor opened on them then may save again, one opened since may not. A person whose
    // version moved on between the check above and the change here (an edit saved on another
    // computer in that moment) is not matched, and the count below refuses the undo.
    struct Step
    {
        QString sql;
        QVariantList values;
        QString expectedSql; // how many rows it must change, or empty
    };
    // A link this import made that a later import in force named too stays, as if this one
    // had never run: it becomes the latest such import's, whose undo then removes it.
    const QString laterClaim =
            u"FROM import_link_claim c JOIN import_batch k ON k.id = c.batch_id "
            u"WHERE c.parent_id = parent_link.parent_id AND c.learner_id = parent_link.learner_id "
            u"AND c.batch_id <> ? AND k.undone_at IS NULL"_s;
    const QList<Step> steps = {
            {u"UPDATE parent_link SET batch_id = (SELECT max(c.batch_id) "_s + laterClaim +
                     u") WHERE batch_id = ? AND EXISTS (SELECT 1 "_s + laterClaim + u")"_s,
             {b.id, b.id, b.id},
             {}},
            {u"DELETE FROM parent_link WHERE batch_id = ?"_s, {b.id}, {}},
            {u"UPDATE person SET internal_id = x.internal_id, sync_key = x.sync_key, "
             u"username = x.username, first_name = x.first_name, last_name = x.last_name, "
             u"email = x.email, password = x.password, updated_at = x.updated_at, "
             u"version = coalesce(x.version, person.version + 1), updated_by = ? "
             u"FROM (SELECT * FROM import_person_before WHERE batch_id = ?) AS x "
             u"WHERE person.id = x.person_id "
             u"AND (x.version IS NULL OR person.version = x.version + 1)"_s,
             {actor, b.id},
             u"SELECT count(*) FROM import_person_before WHERE batch_id = ?"_s},
            {u"DELETE FROM person WHERE batch_id = ? AND version = 1"_s,
             {b.id},
             u"SELECT count(*) FROM person WHERE batch_id = ?"_s},
            // People a roster import removed (who left) come back as they were, with their
            // links to people who are still there.
            {u"INSERT INTO person (id, internal_id, sync_key, username, first_name, last_name, "
             u"email, password, profile, created_at, updated_at, batch_id, version, updated_by) "
             u"SELECT person_id, internal_id, sync_key, username, first_name, last_name, email, "
             u"password, profile, created_at, updated_at, person_batch_id, version, updated_by "
             u"FROM import_person_removed WHERE batch_id = ?"_s,
             {b.id},
             u"SELECT count(*) FROM import_person_removed WHERE batch_id = ?"_s},
            {u"INSERT INTO parent_link (parent_id, learner_id, batch_id, created_by, created_at) "
             u"SELECT r.parent_id, r.learner_id, r.link_batch_id, r.created_by, r.created_at "
             u"FROM import_link_removed r WHERE r.batch_id = ? "
             u"AND EXISTS (SELECT 1 FROM person p WHERE p.id = r.parent_id) "
             u"AND EXISTS (SELECT 1 FROM person p WHERE p.id = r.learner_id) "
             u"AND NOT EXISTS (SELECT 1 FROM parent_link l WHERE l.parent_id = r.parent_id "
             u"AND l.learner_id = r.learner_id)"_s,
             {b.id},
             {}},
            {u"DELETE FROM import_person_removed WHERE batch_id = ?"_s, {b.id}, {}},
            {u"DELETE FROM import_link_removed WHERE batch_id = ?"_s, {b.id}, {}},
            {u"UPDATE import_batch SET undone_at = ? WHERE id = ?"_s, {now, b.id}, {}},
    };
    qint64 linksKept = 0; // by the first step
    for (const Step &step : steps) {
        qint64 expected = -1;
        QSqlQuery query(m_db);
        if (!step.expectedSql.isEmpty()) {
            query.prepare(step.expectedSql);
            query.addBindValue(b.id);
            if (query.exec() && query.next())
                expected = query.value(0).toLongLong();
        }
        query.prepare(step.sql);
        for (const QVariant &value : step.values)
            query.addBindValue(value);
        if (!query.exec()) {
            const QString error = query.lastError().text();
            rollback();
            return Error::file(ImportHistoryText::tr("Import %1 could not be undone: %2")
                                       .arg(b.id)
                                       .arg(error));
        }
        if (expected >= 0 && query.numRowsAffected() != expected) {
            rollback();
            return Error::invalid(
                    ImportHistoryText::tr("Import %1 (%2) cannot be undone: someone changed "
                                          "its people while it was being undone. Try again.")
                            .arg(b.id)
                            .arg(b.fileName));
        }
        if (&step == &steps.first())
            linksKept = query.numRowsAffected();
    }
    QJsonObject detail{{u"batch"_s, b.id}, {u"file"_s, b.fileName}};
    if (linksKept > 0)
        detail.insert(u"links_kept"_s, linksKept);
    if (auto recorded = Audit::record(m_db, actor, u"undo-import"_s, QString::number(b.id), detail);
        !recorded) {
        rollback();
        return recorded;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(u"COMMIT"_s)) {
        const QString error = commit.lastError().text();
        rollback();
        return Error::file(error);
    }
    return success();
}

} // namespace Rollbook

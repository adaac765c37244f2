#include "initialpasswords.h"

#include "db/audit.h"
#include "db/backups.h"
#include "db/database.h"
#include "people/password.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::InitialPasswords {

namespace {

// Stores the passwords of the people `ids` where they still have none; gives how many were
// stored. Inside the caller's transaction; the audit row counts them and names no password.
Result<int> store(QSqlDatabase &db, QList<Recipient> &recipients, const QSet<qint64> &ids,
                  const QString &actor)
{
    QSqlQuery update(db);
    // Only a person still without one: a password set meanwhile is never replaced.
    update.prepare(u"UPDATE person SET password = ?, updated_at = ?, version = version + 1, "
                   u"updated_by = ? WHERE id = ? AND (password IS NULL OR password = '')"_s);
    const QString now = timestampNow();
    int stored = 0;
    for (auto &recipient : recipients) {
        if (!ids.contains(recipient.person.id))
            continue;
        update.addBindValue(recipient.person.password);
        update.addBindValue(now);
        update.addBindValue(actor);
        update.addBindValue(recipient.person.id);
        if (!update.exec())
            return Error::file(update.lastError().text());
        if (update.numRowsAffected() == 1) {
            recipient.person.updatedAt = now;
            recipient.person.updatedBy = actor;
            ++recipient.person.version;
            ++stored;
        }
    }
    if (stored > 0) {
        const QJsonObject detail{{u"people"_s, stored}};
        if (auto recorded = Audit::record(db, actor, u"generate-passwords"_s,
                                          u"initial passwords"_s, detail);
            !recorded)
            return recorded.error();
    }
    return stored;
}

} // namespace

QList<qint64> generateInMemory(QList<Recipient> &recipients, const PasswordPolicy &policy)
{
    QList<qint64> ids;
    for (auto &recipient : recipients) {
        if (!recipient.person.password.isEmpty())
            continue;
        recipient.person.password = Passwords::generate(policy.length, policy.symbols);
        ids.append(recipient.person.id);
    }
    return ids;
}

Result<int> fillMissing(QSqlDatabase &db, QList<Recipient> &recipients,
                        const PasswordPolicy &policy, const QString &actor)
{
    const QList<qint64> ids = generateInMemory(recipients, policy);
    if (ids.isEmpty())
        return 0;
    const QSet<qint64> generated(ids.cbegin(), ids.cend());
    auto stored = store(db, recipients, generated, actor);
    if (!stored) { // the recipients as they were: without the passwords not stored
        for (auto &recipient : recipients) {
            if (generated.contains(recipient.person.id))
                recipient.person.password.clear();
        }
    }
    return stored;
}

namespace {

// What a distribution hands out, in a temporary table of this connection: each recipient's
// password, whether it is new, and whether it reaches them now (`reaches`; empty: everyone). Filled
// before the transaction that keeps them (a temporary table takes no lock on the database, and on a
// server its rows make no round trip inside the transaction), so that the transaction is two
// set-based statements, short also for 200,000 people.
Status stageHandedOut(QSqlDatabase &db, const QList<Recipient> &recipients,
                      const QSet<qint64> &generated,
                      const std::function<bool(const Recipient &)> &reaches)
{
    QSqlQuery query(db);
    if (!query.exec(
                u"CREATE TEMPORARY TABLE IF NOT EXISTS handed_out (person_id BIGINT PRIMARY "
                u"KEY, password TEXT NOT NULL, generated INTEGER NOT NULL, reached INTEGER NOT NULL)"_s) ||
        !query.exec(u"DELETE FROM handed_out"_s))
        return Error::file(query.lastError().text());
    if (!db.transaction()) // of the temporary table only: one write instead of one per row
        return Error::file(db.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(
            u"INSERT INTO handed_out (person_id, password, generated, reached) VALUES (?, ?, ?, ?)"_s);
    for (const auto &recipient : recipients) {
        if (recipient.person.password.isEmpty())
            continue;
        insert.addBindValue(recipient.person.id);
        insert.addBindValue(recipient.person.password);
        insert.addBindValue(generated.contains(recipient.person.id) ? 1 : 0);
        insert.addBindValue(!reaches || reaches(recipient) ? 1 : 0);
        if (!insert.exec()) {
            const QString why = insert.lastError().text();
            db.rollback();
            return Error::file(why);
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    return success();
}

// Inside keep()'s transaction: stores the new passwords where the person still has none (a
// password set meanwhile is never replaced), with one audit row that counts them and names no
// password, then notes every password handed out as distributed now, for Edit global settings >
// Privacy > Forget initial passwords automatically: only where the stored password is still the
// one handed out, and not as a change of the person (their version stays). Gives how many were
// stored.
Result<int> storeHandedOut(QSqlDatabase &db, const QString &actor)
{
    const QString now = timestampNow();
    QSqlQuery store(db);
    store.prepare(
            u"UPDATE person SET password = h.password, updated_at = ?, version = version + 1, "
            u"updated_by = ? FROM handed_out AS h WHERE person.id = h.person_id AND "
            u"h.generated = 1 AND (person.password IS NULL OR person.password = '')"_s);
    store.addBindValue(now);
    store.addBindValue(actor);
    if (!store.exec())
        return Error::file(store.lastError().text());
    const int stored = store.numRowsAffected();
    if (stored > 0) {
        const QJsonObject detail{{u"people"_s, stored}};
        if (auto recorded = Audit::record(db, actor, u"generate-passwords"_s,
                                          u"initial passwords"_s, detail);
            !recorded)
            return recorded.error();
    }
    QSqlQuery mark(db);
    mark.prepare(
            u"UPDATE person SET password_distributed_at = ? FROM handed_out AS h "
            u"WHERE person.id = h.person_id AND h.reached = 1 AND person.password = h.password"_s);
    mark.addBindValue(now);
    if (!mark.exec())
        return Error::file(mark.lastError().text());
    return stored;
}

// Stores the passwords generateInMemory() gave the people `ids` and notes every recipient's
// password as distributed now, in one short transaction; `refusal` when one of them was given a
// password meanwhile, and then nothing is stored.
Result<int> keep(QSqlDatabase &db, const QList<Recipient> &recipients, const QList<qint64> &ids,
                 const QString &actor, const QString &refusal,
                 const std::function<bool(const Recipient &)> &reaches = {})
{
    const QSet<qint64> generated(ids.cbegin(), ids.cend());
    if (auto staged = stageHandedOut(db, recipients, generated, reaches); !staged)
        return staged.error();
    const auto cleared = qScopeGuard([&db] { QSqlQuery(db).exec(u"DELETE FROM handed_out"_s); });
    if (!db.transaction())
        return Error::file(db.lastError().text());
    const auto stored = storeHandedOut(db, actor);
    if (!stored) {
        db.rollback();
        return stored.error();
    }
    if (stored.value() != generated.size()) {
        db.rollback();
        return Error::invalid(refusal);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    return stored;
}

} // namespace

Result<int> keepGenerated(QSqlDatabase &db, const QList<Recipient> &recipients,
                          const QList<qint64> &ids, const QString &actor)
{
    return keep(db, recipients, ids, actor,
                QCoreApplication::translate(
                        "Rollbook::InitialPasswords",
                        "Someone gave some of these people a password while the letters were "
                        "being printed, so the printed passwords were not stored. Print the "
                        "letters again."));
}

namespace {

// Clears the passwords of the people `ids` in the undo records of `db` that it has (a backup
// made before a later version of Rollbook lacks the newer ones). Gives the number cleared.
Result<int> clearUndoCopies(QSqlDatabase &db, const QList<qint64> &ids)
{
    const QStringList tables = db.tables();
    int cleared = 0;
    for (const QString &table : {u"import_person_before"_s, u"import_person_removed"_s}) {
        if (!tables.contains(table))
            continue;
        QSqlQuery update(db);
        // The table's name is one of the two above, never user text.
        update.prepare(
                u"UPDATE %1 SET password = NULL WHERE person_id = ? AND password IS NOT NULL"_s.arg(
                        table));
        for (const qint64 id : ids) {
            update.addBindValue(id);
            if (!update.exec())
                return Error::file(update.lastError().text());
            cleared += update.numRowsAffected();
        }
    }
    return cleared;
}

// The same people's passwords in a backup: the person rows as they were then, and its undo
// records. Nothing else in the copy changes.
Status forgetInBackup(QSqlDatabase &backup, const QList<qint64> &ids)
{
    QSqlQuery update(backup);
    update.prepare(u"UPDATE person SET password = NULL WHERE id = ? AND password IS NOT NULL"_s);
    for (const qint64 id : ids) {
        update.addBindValue(id);
        if (!update.exec())
            return Error::file(update.lastError().text());
    }
    if (auto cleared = clearUndoCopies(backup, ids); !cleared)
        return cleared.error();
    return success();
}

} // namespace

Result<Forgotten> forget(QSqlDatabase &db, const QList<Recipient> &recipients, const QString &actor)
{
    QList<qint64> ids;
    ids.reserve(recipients.size());
    for (const auto &recipient : recipients)
        ids.append(recipient.person.id);
    return forget(db, ids, actor);
}

Result<Forgotten> forget(QSqlDatabase &db, const QList<qint64> &ids, const QString &actor,
                         const QJsonObject &why)
{
    Forgotten forgotten;
    forgotten.onServer = Database::engineOf(db) == Engine::PostgreSQL;

    // The backups first, into copies beside them: one that cannot be changed stops everything
    // before the database is touched.
    std::optional<Backups::Rewrite> backups;
    if (!forgotten.onServer && !ids.isEmpty()) {
        auto prepared = Backups::Rewrite::prepare(db.databaseName(), [&ids](QSqlDatabase &backup) {
            return forgetInBackup(backup, ids);
        });
        if (!prepared)
            return prepared.error();
        backups.emplace(std::move(prepared).value());
    }

    if (!db.transaction())
        return Error::file(db.lastError().text());
    auto fail = [&db](const QString &reason) {
        db.rollback();
        return Error::file(reason);
    };
    QSqlQuery update(db);
    update.prepare(u"UPDATE person SET password = NULL, updated_at = ?, version = version + 1, "
                   u"updated_by = ? WHERE id = ? AND password IS NOT NULL"_s);
    const QString now = timestampNow();
    for (const qint64 id : ids) {
        update.addBindValue(now);
        update.addBindValue(actor);
        update.addBindValue(id);
        if (!update.exec())
            return fail(update.lastError().text());
        forgotten.passwords += update.numRowsAffected() == 1 ? 1 : 0;
    }
    const auto undo = clearUndoCopies(db, ids);
    if (!undo)
        return fail(undo.error().message);
    forgotten.undoCopies = undo.value();
    if (forgotten.passwords > 0 || forgotten.undoCopies > 0) {
        QJsonObject detail = why;
        detail.insert(u"people"_s, forgotten.passwords);
        detail.insert(u"undo_records"_s, forgotten.undoCopies);
        detail.insert(u"backups"_s, backups ? int(backups->count()) : 0);
        if (auto recorded =
                    Audit::record(db, actor, u"forget-passwords"_s, u"initial passwords"_s, detail);
            !recorded)
            return fail(recorded.error().message);
    }
    if (!db.commit())
        return fail(db.lastError().text());

    if (!forgotten.onServer) {
        // The log's older frames hold the pages as they were: folded into the file (whose freed
        // space secure_delete zeroes) and emptied. A reader holding them keeps them until it
        // ends; the next checkpoint then does the same.
        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    if (backups) {
        const qsizetype rewritten = backups->count();
        if (auto replaced = backups->replace(); !replaced)
            return replaced.error();
        forgotten.backups = rewritten;
    }
    return forgotten;
}

QString copiesSentence(const Forgotten &forgotten)
{
    QStringList sentences;
    if (forgotten.undoCopies > 0)
        sentences.append(QCoreApplication::translate(
                "Rollbook::InitialPasswords",
                "%n earlier passwords of the same people were cleared from the undo records of "
                "imports.",
                nullptr, forgotten.undoCopies));
    if (forgotten.onServer)
        sentences.append(QCoreApplication::translate(
                "Rollbook::InitialPasswords",
                "The database is on a server, where Rollbook keeps no copies of it; the server's "
                "own backups are its administrator's to keep or delete."));
    else if (forgotten.backups > 0)
        sentences.append(QCoreApplication::translate(
                "Rollbook::InitialPasswords",
                "%n backups beside the database were rewritten without the forgotten "
                "passwords.",
                nullptr, int(forgotten.backups)));
    return sentences.join(u' ');
}

Result<QList<Recipient>> distribute(QSqlDatabase &db, const Audience &audience,
                                    const Distribution &how,
                                    const std::function<Status(const QList<Recipient> &)> &write,
                                    const QString &actor, int *generated)
{
    auto recipients = loadRecipients(db, audience);
    if (!recipients)
        return recipients.error();
    if (how.parentLoginRequired) {
        if (auto allowed = checkParentLogin(db, recipients.value()); !allowed)
            return allowed.error();
    }
    // Nothing is stored while the files are written, so that a large distribution never holds
    // the database's write lock: the passwords are generated in memory, written, and stored
    // together with the note that they went out, in one short transaction at the end.
    QList<qint64> ids;
    if (how.fillPasswords)
        ids = generateInMemory(recipients.value(), SettingsStore(db).passwordPolicy());
    if (auto written = write(recipients.value()); !written)
        return written.error();
    if (how.fillPasswords) {
        const auto kept = keep(
                db, recipients.value(), ids, actor,
                QCoreApplication::translate(
                        "Rollbook::InitialPasswords",
                        "Someone gave some of these people a password while the files were "
                        "being written, so the passwords in them were not stored. Do it again."),
                how.reaches);
        if (!kept)
            return kept.error();
    }
    if (generated)
        *generated = int(ids.size());
    return recipients;
}

} // namespace Rollbook::InitialPasswords

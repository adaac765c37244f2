#include "initialpasswords.h"

#include "db/audit.h"
#include "people/password.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

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

Result<int> keepGenerated(QSqlDatabase &db, const QList<Recipient> &recipients,
                          const QList<qint64> &ids, const QString &actor)
{
    if (ids.isEmpty())
        return 0;
    if (!db.transaction())
        return Error::file(db.lastError().text());
    QList<Recipient> copy = recipients;
    const QSet<qint64> generated(ids.cbegin(), ids.cend());
    const auto stored = store(db, copy, generated, actor);
    if (!stored) {
        db.rollback();
        return stored.error();
    }
    if (stored.value() != generated.size()) {
        db.rollback();
        return Error::invalid(QCoreApplication::translate(
                "Rollbook::InitialPasswords",
                "Someone gave some of these people a password while the letters were being "
                "printed, so the printed passwords were not stored. Print the letters again."));
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    return stored;
}

Result<int> forget(QSqlDatabase &db, const QList<Recipient> &recipients, const QString &actor)
{
    if (!db.transaction())
        return Error::file(db.lastError().text());
    auto fail = [&db](const QString &why) {
        db.rollback();
        return Error::file(why);
    };
    QSqlQuery update(db);
    update.prepare(u"UPDATE person SET password = NULL, updated_at = ?, version = version + 1, "
                   u"updated_by = ? WHERE id = ? AND password IS NOT NULL"_s);
    const QString now = timestampNow();
    int cleared = 0;
    for (const auto &recipient : recipients) {
        update.addBindValue(now);
        update.addBindValue(actor);
        update.addBindValue(recipient.person.id);
        if (!update.exec())
            return fail(update.lastError().text());
        cleared += update.numRowsAffected() == 1 ? 1 : 0;
    }
    if (cleared > 0) {
        const QJsonObject detail{{u"people"_s, cleared}};
        if (auto recorded =
                    Audit::record(db, actor, u"forget-passwords"_s, u"initial passwords"_s, detail);
            !recorded)
            return fail(recorded.error().message);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return cleared;
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
    const PasswordPolicy policy = SettingsStore(db).passwordPolicy();
    if (!db.transaction())
        return Error::file(db.lastError().text());
    int filledCount = 0;
    if (how.fillPasswords) {
        auto filled = fillMissing(db, recipients.value(), policy, actor);
        if (!filled) {
            db.rollback();
            return filled.error();
        }
        filledCount = filled.value();
    }
    if (auto written = write(recipients.value()); !written) {
        db.rollback();
        return written.error();
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::file(why);
    }
    if (generated)
        *generated = filledCount;
    return recipients;
}

} // namespace Rollbook::InitialPasswords

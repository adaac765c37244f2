#include "initialpasswords.h"

#include "db/audit.h"
#include "people/password.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::InitialPasswords {

Result<int> fillMissing(QSqlDatabase &db, QList<Recipient> &recipients,
                        const PasswordPolicy &policy, const QString &actor)
{
    QSqlQuery update(db);
    // Only a person still without one: a password set meanwhile is never replaced.
    update.prepare(u"UPDATE person SET password = ?, updated_at = ? WHERE id = ? AND "
                   u"(password IS NULL OR password = '')"_s);
    const QString now = timestampNow();
    int generated = 0;
    for (auto &recipient : recipients) {
        if (!recipient.person.password.isEmpty())
            continue;
        const QString password = Passwords::generate(policy.length, policy.symbols);
        update.addBindValue(password);
        update.addBindValue(now);
        update.addBindValue(recipient.person.id);
        if (!update.exec())
            return Error::file(update.lastError().text());
        if (update.numRowsAffected() == 1) {
            recipient.person.password = password;
            recipient.person.updatedAt = now;
            ++generated;
        }
    }
    if (generated > 0) {
        const QJsonObject detail{{u"people"_s, generated}, {u"length"_s, policy.length}};
        if (auto recorded = Audit::record(db, actor, u"generate-passwords"_s,
                                          u"initial passwords"_s, detail);
            !recorded)
            return recorded.error();
    }
    return generated;
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
    update.prepare(u"UPDATE person SET password = NULL, updated_at = ? WHERE id = ? AND "
                   u"password IS NOT NULL"_s);
    const QString now = timestampNow();
    int cleared = 0;
    for (const auto &recipient : recipients) {
        update.addBindValue(now);
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
                                    const QString &actor)
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
    if (how.fillPasswords) {
        if (auto filled = fillMissing(db, recipients.value(), policy, actor); !filled) {
            db.rollback();
            return filled.error();
        }
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
    return recipients;
}

} // namespace Rollbook::InitialPasswords

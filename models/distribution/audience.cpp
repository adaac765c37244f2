#include "audience.h"

#include "db/database.h"
#include "distribution/outbox.h"
#include "import/importhistory.h"
#include "people/personstore.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class AudienceText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Audience)
};

bool allDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

bool childLess(const Person &a, const Person &b)
{
    // People without a synchronisation key come after those with one.
    if (a.syncKey.isEmpty() != b.syncKey.isEmpty())
        return !a.syncKey.isEmpty();
    if (a.syncKey != b.syncKey)
        return syncKeyLess(a.syncKey, b.syncKey);
    return a.username < b.username;
}

// The chosen people go into a temporary table of the connection, so that any number of them is
// one join rather than a statement with thousands of parameters. Its name is unqualified: SQLite
// and PostgreSQL both look in the connection's own temporary tables first.
Status fillChosen(QSqlDatabase &db, QList<qint64> ids)
{
    // SQLite's INTEGER PRIMARY KEY is the row id itself; PostgreSQL's ids are BIGINT.
    const QString type = Database::engineOf(db) == Engine::SQLite ? u"INTEGER"_s : u"BIGINT"_s;
    QSqlQuery query(db);
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS rollbook_chosen (id "_s + type +
                    u" PRIMARY KEY)"_s) ||
        !query.exec(u"DELETE FROM rollbook_chosen"_s))
        return Error::file(query.lastError().text());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Many rows a statement: a few hundred statements for 200,000 people, each a single round
    // trip to a server too, and within SQLite's limit on parameters.
    constexpr qsizetype rowsPerStatement = 500;
    const auto insertOf = [](qsizetype rows) -> QString {
        return u"INSERT INTO rollbook_chosen (id) VALUES "_s + valuesPlaceholders(rows, 1);
    };
    QSqlQuery insert(db);
    qsizetype prepared = 0; // the rows of the statement `insert` holds
    for (qsizetype from = 0; from < ids.size(); from += rowsPerStatement) {
        const qsizetype rows = std::min(rowsPerStatement, ids.size() - from);
        if (rows != prepared) {
            if (!insert.prepare(insertOf(rows)))
                return Error::file(insert.lastError().text());
            prepared = rows;
        }
        for (qsizetype i = from; i < from + rows; ++i)
            insert.addBindValue(ids.at(i));
        if (!insert.exec())
            return Error::file(insert.lastError().text());
    }
    return success();
}

} // namespace

bool syncKeyLess(const QString &a, const QString &b)
{
    const bool aNumber = allDigits(a);
    const bool bNumber = allDigits(b);
    if (aNumber && bNumber) {
        // Compare by value without overflow: strip leading zeros, then length, then digits.
        const auto stripped = [](const QString &s) {
            qsizetype i = 0;
            while (i + 1 < s.size() && s.at(i) == u'0')
                ++i;
            return s.mid(i);
        };
        const QString x = stripped(a);
        const QString y = stripped(b);
        if (x.size() != y.size())
            return x.size() < y.size();
        if (x != y)
            return x < y;
        return a < b;
    }
    if (aNumber != bNumber)
        return aNumber; // numbers before words
    return a < b;
}

Result<QList<Recipient>> loadRecipients(const QSqlDatabase &database, const Audience &audience)
{
    QSqlDatabase db = database;
    if (audience.batchId) {
        const auto batch = ImportHistory(db).batch(*audience.batchId);
        if (!batch)
            return batch.error();
        if (batch.value().isUndone())
            return Error::invalid(
                    AudienceText::tr("Import %1 was undone on %2: its people are no longer "
                                     "there as it left them. Choose another import.")
                            .arg(*audience.batchId)
                            .arg(batch.value().undoneAt.left(10)));
    }
    if (!audience.profile.isEmpty() && audience.profile != u"learner"_s &&
        audience.profile != u"parent"_s && audience.profile != u"staff"_s)
        return Error::usage(AudienceText::tr("The profile is learner, parent or staff, not “%1”.")
                                    .arg(audience.profile));

    // The statement is made of fixed pieces only; every value is bound.
    QString sql = u"SELECT "_s + PersonStore::columns(u"p"_s) + u" FROM person p WHERE 1 = 1"_s;
    QVariantList binds;
    if (audience.batchId) {
        // Created, updated, or given a new child by the import.
        sql += u" AND (p.batch_id = ? OR p.id IN (SELECT person_id FROM import_person_before "
               u"WHERE batch_id = ?) OR p.id IN (SELECT parent_id FROM parent_link WHERE "
               u"batch_id = ?))"_s;
        binds << *audience.batchId << *audience.batchId << *audience.batchId;
    }
    if (!audience.profile.isEmpty()) {
        sql += u" AND p.profile = ?"_s;
        binds << audience.profile;
    }
    if (!audience.personIds.isEmpty()) {
        if (auto filled = fillChosen(db, audience.personIds); !filled)
            return filled.error();
        sql += u" AND p.id IN (SELECT id FROM rollbook_chosen)"_s;
    }
    sql += u" ORDER BY CASE p.profile WHEN 'learner' THEN 0 WHEN 'parent' THEN 1 ELSE 2 END, "
           u"p.last_name, p.first_name, p.username"_s;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error::file(query.lastError().text());
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return Error::file(query.lastError().text());
    QList<Recipient> recipients;
    std::unordered_map<qint64, qsizetype> parentAt; // parent id -> index in recipients
    while (query.next()) {
        recipients.append({PersonStore::fromRow(query), {}});
        if (recipients.constLast().person.isParent())
            parentAt.emplace(recipients.constLast().person.id, recipients.size() - 1);
    }
    if (!audience.personIds.isEmpty())
        query.exec(u"DELETE FROM rollbook_chosen"_s);
    if (parentAt.empty())
        return recipients;

    // Every link once; the few that belong to parents outside the audience are passed over. A
    // child is read once and shared by all its parents (and with its own entry, when it has
    // one), so that a large export holds each learner's text once.
    std::unordered_map<qint64, Person> children;
    for (const Recipient &recipient : std::as_const(recipients)) {
        if (recipient.person.isLearner())
            children.emplace(recipient.person.id, recipient.person);
    }
    QSqlQuery links(db);
    links.setForwardOnly(true);
    if (!links.exec(u"SELECT l.parent_id, l.learner_id, p.sync_key, p.username, p.first_name, "
                    u"p.last_name, p.profile FROM parent_link l "
                    u"JOIN person p ON p.id = l.learner_id"_s))
        return Error::file(links.lastError().text());
    while (links.next()) {
        const auto at = parentAt.find(links.value(0).toLongLong());
        if (at == parentAt.end())
            continue;
        const qint64 childId = links.value(1).toLongLong();
        auto child = children.find(childId);
        if (child == children.end()) {
            Person p;
            p.id = childId;
            p.syncKey = links.value(2).toString();
            p.username = links.value(3).toString();
            p.firstName = links.value(4).toString();
            p.lastName = links.value(5).toString();
            p.profile = links.value(6).toString();
            child = children.emplace(childId, std::move(p)).first;
        }
        recipients[at->second].children.append(child->second);
    }
    for (const auto &[id, index] : parentAt)
        std::sort(recipients[index].children.begin(), recipients[index].children.end(), childLess);
    return recipients;
}

AudienceSummary summarize(const QList<Recipient> &recipients)
{
    AudienceSummary summary;
    summary.people = int(recipients.size());
    for (const auto &[person, children] : recipients) {
        if (person.isLearner())
            ++summary.learners;
        else if (person.isParent())
            ++summary.parents;
        else
            ++summary.staff;
        // The same test as the outbox's: an address it would refuse gets a letter too.
        if (!emailProblem(person).isEmpty())
            summary.withoutEmail.append(person);
        else
            ++summary.withEmail;
        if (person.password.isEmpty())
            ++summary.withoutPassword;
        if (person.isParent() && children.isEmpty()) {
            ++summary.parentsWithoutChildren;
            summary.withoutChildren.append(person);
        }
    }
    return summary;
}

Status checkParentLogin(const QSqlDatabase &db, const QList<Recipient> &recipients)
{
    const auto parents = std::count_if(recipients.cbegin(), recipients.cend(),
                                       [](const Recipient &r) { return r.person.isParent(); });
    if (parents == 0 || SettingsStore(db).parentLoginEnabled())
        return success();
    return Error::invalid(AudienceText::tr("Parent login is off, so no letters or e-mails are "
                                           "made for the %n parents chosen. Turn on Enable "
                                           "parent login in Edit global settings, or choose "
                                           "learners only.",
                                           nullptr, int(parents)));
}

} // namespace Rollbook

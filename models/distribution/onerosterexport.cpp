#include "onerosterexport.h"

#include "core/privatefile.h"
#include "csv/csvwriter.h"
#include "distribution/stagedfolder.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QSet>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class OneRosterText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::OneRosterExport)
};

// The binding's vocabulary (OneRoster 1.1 RoleType). A Rollbook parent is the platform's
// Parent profile: the person who signs in for a child. OneRoster's `parent` is "mother or father
// of the user" and `guardian` a guardian who is NOT the mother or father; Rollbook does not know
// which a parent is, and most are mothers and fathers, so `parent` it is.
const QString roleStudent = u"student"_s;
const QString roleParent = u"parent"_s;

// The files of the OneRoster 1.1 manifest, in the binding's order; this bundle has two.
const QStringList &manifestFiles()
{
    static const QStringList files{u"academicSessions"_s,
                                   u"categories"_s,
                                   u"classes"_s,
                                   u"classResources"_s,
                                   u"courses"_s,
                                   u"courseResources"_s,
                                   u"demographics"_s,
                                   u"enrollments"_s,
                                   u"lineItems"_s,
                                   u"orgs"_s,
                                   u"resources"_s,
                                   u"results"_s,
                                   u"users"_s};
    return files;
}

bool isBundleFile(const QString &fileName)
{
    for (const char *name : {oneRosterManifestFile, oneRosterOrgsFile, oneRosterUsersFile}) {
        // Any case: Windows and macOS folders ignore it.
        if (fileName.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Every exported person's sourcedId: the synchronisation key, which a re-import takes back as
// the key, else one made up from the person's number in Rollbook, which stays the same from one
// export to the next. A made-up id that some key already is gets a suffix, so none is used
// twice.
struct SourcedIds
{
    QHash<qint64, QString> byPerson;
    int madeUp = 0;
};

bool exported(const Person &person)
{
    return person.isLearner() || person.isParent();
}

SourcedIds assignSourcedIds(const QList<Recipient> &recipients)
{
    // A list of sourcedIds (agentSourcedIds) is split at commas, so a key with one cannot be
    // named there.
    const auto usable = [](const QString &key) { return !key.isEmpty() && !key.contains(u','); };
    SourcedIds ids;
    QSet<QString> taken;
    for (const Recipient &recipient : recipients) {
        const Person &person = recipient.person;
        if (exported(person) && usable(person.syncKey)) {
            ids.byPerson.insert(person.id, person.syncKey);
            taken.insert(person.syncKey);
        }
    }
    for (const Recipient &recipient : recipients) {
        const Person &person = recipient.person;
        if (!exported(person) || usable(person.syncKey))
            continue;
        QString id = u"rollbook-%1"_s.arg(person.id);
        for (int n = 2; taken.contains(id); ++n)
            id = u"rollbook-%1-%2"_s.arg(person.id).arg(n);
        taken.insert(id);
        ids.byPerson.insert(person.id, id);
        ++ids.madeUp;
    }
    return ids;
}

// Who names whom in agentSourcedIds: a learner its parents (in the order of the parents' rows),
// a parent its children (in Rollbook's order of children). Only links between exported people.
struct Agents
{
    QHash<qint64, QStringList> byPerson;
    int links = 0;
    int leftOut = 0;
};

Agents collectAgents(const QList<Recipient> &recipients, const SourcedIds &ids)
{
    QSet<qint64> learners;
    for (const Recipient &recipient : recipients) {
        if (recipient.person.isLearner())
            learners.insert(recipient.person.id);
    }
    Agents agents;
    for (const auto &[person, children] : recipients) {
        if (!person.isParent())
            continue;
        const QString parentId = ids.byPerson.value(person.id);
        for (const Person &child : children) {
            if (!learners.contains(child.id)) {
                ++agents.leftOut;
                continue;
            }
            agents.byPerson[person.id].append(ids.byPerson.value(child.id));
            agents.byPerson[child.id].append(parentId);
            ++agents.links;
        }
    }
    return agents;
}

// users.csv's record of one person, in the order of oneRosterUserColumns().
QStringList userRow(const Person &person, const QString &role, const QString &sourcedId,
                    const QString &orgSourcedId, const QStringList &agents, bool includePasswords)
{
    return {
            sourcedId,
            QString(), // status: blank in bulk mode
            QString(), // dateLastModified: blank in bulk mode
            u"true"_s, // enabledUser
            orgSourcedId,
            role,
            person.username,
            QString(), // userIds
            person.firstName,
            person.lastName,
            QString(),         // middleName
            person.internalId, // identifier: the school's own number for the person
            person.email,
            QString(), // sms
            QString(), // phone
            agents.join(u','),
            QString(), // grades
            includePasswords ? person.password : QString(),
    };
}

CsvWriteOptions bundleCsvOptions()
{
    CsvWriteOptions csv;
    // The binding wants UTF-8; readers must accept a byte order mark, but a file without one is
    // the one every reader takes.
    csv.encoding = CsvEncoding::Utf8;
    csv.byteOrderMark = false;
    csv.delimiter = ',';
    // A leading apostrophe would change the value a system reads (a name, a password).
    csv.neutraliseFormulas = false;
    return csv;
}

// Writes one file: its header, then every row `rows` hands on. Gives the number of rows.
using RowSink = std::function<bool(const QStringList &)>;
Result<int> writeCsv(const StagedFolder &folder, const QString &fileName, const QStringList &header,
                     const std::function<bool(const RowSink &)> &rows)
{
    const auto failed = [&](const QString &why) {
        return Error::file(
                OneRosterText::tr("Rollbook cannot write “%1”: %2")
                        .arg(QDir::toNativeSeparators(folder.targetPath(fileName)), why));
    };
    PrivateSaveFile file(folder.stagingPath(fileName));
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    int written = 0;
    {
        CsvWriter writer(&file, bundleCsvOptions());
        const RowSink sink = [&](const QStringList &row) {
            ++written;
            return writer.writeRow(row);
        };
        if (!writer.writeRow(header) || !rows(sink) || !writer.flush())
            return failed(writer.errorString());
    }
    if (!file.commit())
        return failed(file.errorString());
    return written;
}

} // namespace

OneRosterExportOptions OneRosterExportOptions::fromSettings(const SettingsStore &settings)
{
    return {settings.exportPasswords(), settings.text(SettingsStore::SchoolName).trimmed()};
}

const QStringList &oneRosterUserColumns()
{
    static const QStringList columns{
            u"sourcedId"_s,       u"status"_s,        u"dateLastModified"_s,
            u"enabledUser"_s,     u"orgSourcedIds"_s, u"role"_s,
            u"username"_s,        u"userIds"_s,       u"givenName"_s,
            u"familyName"_s,      u"middleName"_s,    u"identifier"_s,
            u"email"_s,           u"sms"_s,           u"phone"_s,
            u"agentSourcedIds"_s, u"grades"_s,        u"password"_s};
    return columns;
}

QString oneRosterOrgSourcedId(const QString &schoolName)
{
    const QString name = schoolName.trimmed();
    if (name.isEmpty())
        return u"rollbook-school"_s;
    const QByteArray digest =
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return u"rollbook-school-"_s + QString::fromLatin1(digest);
}

Result<OneRosterExportResult> exportOneRoster(const QList<Recipient> &recipients,
                                              const QString &directory,
                                              const OneRosterExportOptions &options)
{
    OneRosterExportResult result;
    for (const Recipient &recipient : recipients) {
        if (recipient.person.isLearner())
            ++result.learners;
        else if (recipient.person.isParent())
            ++result.parents;
        else
            ++result.staff;
    }
    if (result.learners + result.parents == 0)
        return Error::invalid(
                result.staff > 0
                        ? OneRosterText::tr("Only staff were chosen, and staff are not in the "
                                            "OneRoster files. Choose learners or parents.")
                        : OneRosterText::tr("Nobody was chosen, so there is nothing to export."));

    const SourcedIds ids = assignSourcedIds(recipients);
    const Agents agents = collectAgents(recipients, ids);
    result.madeUpSourcedIds = ids.madeUp;
    result.links = agents.links;
    result.linksLeftOut = agents.leftOut;
    result.orgName = options.schoolName.trimmed().isEmpty() ? OneRosterText::tr("School")
                                                            : options.schoolName.trimmed();
    result.orgSourcedId = oneRosterOrgSourcedId(options.schoolName);

    auto staged = StagedFolder::open(directory);
    if (!staged)
        return staged.error();
    const StagedFolder &folder = *staged.value();

    const QString manifestName = QString::fromLatin1(oneRosterManifestFile);
    const QString orgsName = QString::fromLatin1(oneRosterOrgsFile);
    const QString usersName = QString::fromLatin1(oneRosterUsersFile);

    // users.csv first: the largest, and the one most likely to fail.
    const auto users =
            writeCsv(folder, usersName, oneRosterUserColumns(), [&](const RowSink &write) {
                for (const Recipient &recipient : recipients) {
                    const Person &person = recipient.person;
                    if (!exported(person))
                        continue;
                    if (!write(userRow(person, person.isLearner() ? roleStudent : roleParent,
                                       ids.byPerson.value(person.id), result.orgSourcedId,
                                       agents.byPerson.value(person.id), options.includePasswords)))
                        return false;
                }
                return true;
            });
    if (!users)
        return users.error();

    // The one org the binding needs: every user names it in orgSourcedIds.
    const auto orgs =
            writeCsv(folder, orgsName,
                     {u"sourcedId"_s, u"status"_s, u"dateLastModified"_s, u"name"_s, u"type"_s,
                      u"identifier"_s, u"parentSourcedId"_s},
                     [&](const RowSink &write) {
                         return write({result.orgSourcedId, QString(), QString(), result.orgName,
                                       u"school"_s, QString(), QString()});
                     });
    if (!orgs)
        return orgs.error();

    const auto manifest = writeCsv(
            folder, manifestName, {u"propertyName"_s, u"value"_s}, [&](const RowSink &write) {
                bool ok = write({u"manifest.version"_s, u"1.0"_s}) &&
                          write({u"oneroster.version"_s, u"1.1"_s});
                for (const QString &file : manifestFiles()) {
                    const bool present = file == u"orgs"_s || file == u"users"_s;
                    ok = ok && write({u"file."_s + file, present ? u"bulk"_s : u"absent"_s});
                }
                return ok && write({u"source.systemName"_s, u"Rollbook"_s}) &&
                       write({u"source.systemCode"_s, u"rollbook"_s});
            });
    if (!manifest)
        return manifest.error();

    if (auto committed = staged.value()->commit({manifestName, orgsName, usersName}, isBundleFile);
        !committed)
        return committed.error();
    result.files = {
            {manifestName, manifest.value()}, {orgsName, orgs.value()}, {usersName, users.value()}};
    return result;
}

} // namespace Rollbook

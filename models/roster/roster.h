#pragma once

#include "core/result.h"
#include "import/importproblem.h"
#include "people/field.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace Rollbook {

// The standard rosters Rollbook reads (README, "Standard rosters").
enum class RosterStandard {
    OneRoster11,      // 1EdTech OneRoster 1.1 CSV: users.csv has the role
    OneRoster12,      // OneRoster 1.2 CSV: the roles in roles.csv
    SchoolDataSync21, // Microsoft School Data Sync v2.1 CSV: roles.csv and relationships.csv
};

// "OneRoster 1.1", "School Data Sync v2.1"
QString rosterStandardName(RosterStandard standard);

// Which of the roster's identifiers becomes the synchronisation key.
enum class RosterKey {
    SourcedId,  // the roster's own id of the person (sourcedId): the default
    Identifier, // the school's number for them (OneRoster's identifier, SDS's sourcedId too)
};

// "sourcedId", "identifier": what the command line and the settings write.
QString rosterKeyName(RosterKey key);
std::optional<RosterKey> rosterKeyFromName(const QString &name);

// Whom "who left" considers.
enum class MissingScope {
    EarlierRosters, // people an earlier roster of the same school brought in
    Everyone,       // every learner and parent in the database
};

struct RosterPlan
{
    QString path; // a folder or a .zip file
    RosterKey key = RosterKey::SourcedId;
    MissingScope missingScope = MissingScope::EarlierRosters;
    // Remove who left, in the same batch (undoable with it). Nothing is removed without it.
    bool removeMissing = false;
    bool fillPasswords = false;
    bool skipErrors = false;
    bool dryRun = false;
    std::optional<int> backupsKept; // as ImportPlan::backupsKept
};

// A person of the database who is not in the roster (who left), or one of the roster who is
// not imported.
struct RosterPerson
{
    qint64 id = -1;    // in the database; -1 for a roster's user
    qint64 line = 0;   // in users.csv, for a roster's user
    QString sourcedId; // for a roster's user
    QString username;
    QString firstName;
    QString lastName;
    Profile profile = Profile::Learner;
    QString reason; // why a roster's user is not imported
};

struct RosterReport
{
    RosterStandard standard = RosterStandard::OneRoster11;
    QString rosterName; // "roster.zip"
    QString school;     // the schools' names, from orgs.csv
    // The CSV engine's report: counts (rows are users.csv's records), problems with file, line
    // and column, committed or not, the batch.
    ImportReport import;
    qint64 learners = 0;  // students to import
    qint64 guardians = 0; // guardians to import (as parents)
    qint64 links = 0;     // distinct guardian–student links in the roster
    // Users of other roles, counted and skipped: role → how many ("teacher", 2).
    QList<std::pair<QString, qint64>> skippedRoles;
    // Users the roster disables (enabledUser=false) or deletes (status=tobedeleted).
    QList<RosterPerson> notImported;
    // Who left: in the database, not in the roster (MissingScope), by name.
    QList<RosterPerson> missing; // the first few thousand, by name
    qint64 missingCount = 0;     // all of them
    // A delta roster (OneRoster's manifest: file.users=delta) is no whole school: nobody is
    // listed as having left.
    bool delta = false;
    qint64 removed = 0; // of them, removed by this import
};

struct RosterProgress
{
    QString file;          // being read, "users.csv"
    qint64 rows = 0;       // records read of it
    bool checking = false; // reading is done; checking and writing
    QString waiting;       // another import holds the database: what to tell the user
};

// The whole import of a roster, as runImport() is for one file: reads the folder or zip,
// recognises the standard, stages its users, roles and links, checks them, and feeds the import
// engine's two passes (students as learners, then guardians as parents with their links) in one
// transaction and one batch; lists and — on request — removes who left in the same batch.
// A folder or file that cannot be read as a roster is an Error (nothing written); problems in it
// are in the report.
Result<RosterReport>
runRosterImport(const QSqlDatabase &db, const RosterPlan &plan,
                const std::function<void(const RosterProgress &)> &progress = {},
                const std::atomic<bool> *cancel = nullptr);

// users.csv's records with problems, with a last column "Problem", as --rejected writes them.
Status writeRosterRejected(const RosterPlan &plan, const RosterReport &report,
                           const QString &target);

// The report as --report writes it: the import's JSON with the roster's own parts.
QByteArray rosterReportJson(const RosterReport &report);

} // namespace Rollbook

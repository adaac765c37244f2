#pragma once

#include "core/result.h"
#include "distribution/audience.h"
#include "distribution/batchexport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rollbook {

class SettingsStore;

// A OneRoster 1.1 CSV bundle (1EdTech OneRoster 1.1, CSV Tables), so that Rollbook's people can
// go to any system that reads the standard: manifest.csv; orgs.csv with the one school every
// user belongs to; users.csv with the learners (role student) and parents (role parent), each
// naming the other through agentSourcedIds. Bulk mode: the files are the whole roster, so status
// and dateLastModified are blank. Re-imported, the bundle gives the same people and links.
struct OneRosterExportOptions
{
    bool includePasswords = true; // SettingsStore::exportPasswords()
    QString schoolName;           // SettingsStore's school_name: the org's name; may be empty

    static OneRosterExportOptions fromSettings(const SettingsStore &settings);
};

struct OneRosterExportResult
{
    QList<ExportedFile> files; // manifest.csv, orgs.csv, users.csv; rows without the header
    QString orgSourcedId;
    QString orgName;
    int learners = 0;
    int parents = 0;
    int staff = 0; // chosen but not exported: OneRoster's staff roles are not Rollbook's
    // Parent–learner links in users.csv, each counted once (it is written on both people).
    int links = 0;
    // Links of the exported parents to learners who are not exported: left out, since a
    // sourcedId in agentSourcedIds must name a user of the bundle.
    int linksLeftOut = 0;
    // People whose sourcedId is made up (rollbook-<their number in Rollbook>) because they have
    // no synchronisation key, or one with a comma, which a list of sourcedIds cannot hold.
    int madeUpSourcedIds = 0;
};

// The file names, and the columns of users.csv in the binding's order.
inline constexpr auto oneRosterManifestFile = "manifest.csv";
inline constexpr auto oneRosterOrgsFile = "orgs.csv";
inline constexpr auto oneRosterUsersFile = "users.csv";
const QStringList &oneRosterUserColumns();

// The school's sourcedId: "rollbook-school" followed by a short digest of its name, so that it
// stays the same from one export to the next while the name does, and two schools' bundles
// never name the same org.
QString oneRosterOrgSourcedId(const QString &schoolName);

// Writes the bundle for `recipients` into `directory` (made when missing), UTF-8 without a byte
// order mark, comma-separated, quoted as RFC 4180 says; no cell is changed to keep a
// spreadsheet from running it, since systems, not spreadsheets, read the bundle. The password
// column is empty without includePasswords. Staff are not exported, and a link only when both
// people are. The files of an earlier bundle there are replaced; other files are left alone.
// Everything is written into a staging folder inside `directory` first and moved into place at
// the end: when a file cannot be written or replaced, nothing of this export is left behind,
// the earlier files are as they were, and the error names the file or folder (Error::file). No
// learners or parents at all: Error::invalid.
Result<OneRosterExportResult> exportOneRoster(const QList<Recipient> &recipients,
                                              const QString &directory,
                                              const OneRosterExportOptions &options);

} // namespace Rollbook

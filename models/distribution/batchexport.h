#pragma once

#include "core/result.h"
#include "csv/csvwriter.h"
#include "distribution/audience.h"

#include <QList>
#include <QString>

namespace Rollbook {

// The CSV files to upload to the platform, in upload order (DESIGN §3): 01-learners.csv, then
// 02-parents-1.csv, 03-parents-2.csv, … where file k holds every parent's k-th child, and
// UPLOAD.txt that says the order and what to choose in the import wizard's drop-downs.
struct BatchExportOptions
{
    CsvWriteOptions csv;          // from SettingsStore::exportOptions()
    bool includePasswords = true; // from SettingsStore::exportPasswords()
};

struct ExportedFile
{
    QString fileName; // "02-parents-1.csv"
    int rows = 0;     // records, without the header
};

struct BatchExportResult
{
    QList<ExportedFile> files; // in upload order; UPLOAD.txt is not among them
    // What the parents files' ChildID column holds, in the platform's words: "Synchronisation
    // key" when every learner involved has one, else "Username".
    QString childIdMatch;
    int learners = 0;
    int parents = 0;
    // In the first parents file with an empty ChildID: the platform adds them without a link, as
    // Rollbook's own import does.
    int parentsWithoutChildren = 0;
    // Without a synchronisation key the platform matches a parent by user name only: UPLOAD.txt
    // says so and how to give them keys.
    int parentsWithoutSyncKey = 0;
    int staff = 0;                 // chosen but not exported: the files are learners and parents
    qsizetype unrepresentable = 0; // characters the encoding cannot hold, written as '?'
};

// Writes the files for `recipients` into `directory` (created when missing). Only files with rows
// are written, numbered in upload order from 01 (parents only: 01-parents-1.csv, …). Without
// includePasswords the files have no Password column. Files of an earlier export there
// (NN-learners.csv, NN-parents-K.csv, UPLOAD.txt) are replaced, so the folder holds exactly this
// export; other files are left alone. Everything is written into a staging folder inside
// `directory` first and moved into place at the end: when a file cannot be written or replaced,
// nothing of this export is left behind, the earlier files are as they were, and the error
// names the file or folder (Error::file). No learners or parents at all: Error::invalid.
Result<BatchExportResult> exportBatches(const QList<Recipient> &recipients,
                                        const QString &directory,
                                        const BatchExportOptions &options);

} // namespace Rollbook

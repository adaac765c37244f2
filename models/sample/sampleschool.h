#pragma once

#include "core/result.h"
#include "import/importproblem.h"

#include <QList>
#include <QString>

namespace Rollbook {

// What sample to make. The same options give the same files, byte for byte, on every platform.
struct SampleOptions
{
    int learners = 60;              // --learners N
    double parentsPerLearner = 1.6; // --parents-per-learner X (0..4), average
    quint32 seed = 1;               // --seed S: same options, same files, byte for byte
};

struct SampleFile
{
    QString fileName;    // e.g. "learners.csv"
    QString description; // one sentence a school administrator understands (translated)
};

struct SampleSchool
{
    QString folder;
    QList<SampleFile> files; // in the order README.txt lists them
};

// The most learners a sample may have (--learners).
inline constexpr int maximumSampleLearners = 100000;

// How many parents a sample of these options has: learners × parentsPerLearner, rounded.
int sampleParentCount(const SampleOptions &options);

// Writes the sample files and README.txt into `folder` (created when missing; files already
// there with the same names are replaced). Error::file when the folder cannot be written.
Result<SampleSchool> writeSampleSchool(const QString &folder, const SampleOptions &options = {});

// A new database at `databasePath` (which must not exist yet: Error::usage otherwise) holding
// the sample: writes the files into `folder`, turns on parent login, imports the platform-shape
// learners file and then its parents file through runImport (import/importrun.h) exactly as a
// user would, and marks the database as a sample (the setting SettingsStore::SampleSchool =
// "true"). Returns the two import reports. On any failure nothing is left at databasePath.
struct SampleDatabase
{
    SampleSchool school;
    ImportReport learners;
    ImportReport parents;
};
Result<SampleDatabase> createSampleDatabase(const QString &databasePath, const QString &folder,
                                            const SampleOptions &options = {});

} // namespace Rollbook

#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace Rollbook {

// Writes a set of files into a folder all or nothing, as the exports promise (README, "Export
// batches"): the files are written into a hidden staging folder inside the target and moved into
// place only once every one is complete; the files of an earlier export step aside first and
// come back if anything goes wrong. Until commit() succeeds, destroying the object leaves the
// folder exactly as it was, and removes again the folders open() had to make.
class StagedFolder
{
public:
    // Makes `directory` (and the folders above it) when missing, and the staging folder inside.
    // A file in the way, or a folder that cannot be made or written in: Error::file naming it.
    static Result<std::unique_ptr<StagedFolder>> open(const QString &directory);
    ~StagedFolder();
    StagedFolder(const StagedFolder &) = delete;
    StagedFolder &operator=(const StagedFolder &) = delete;

    QString folder() const { return m_folder; } // absolute and clean
    // Where to write `fileName` now.
    QString stagingPath(const QString &fileName) const;
    // Where `fileName` will be once committed: the name messages give.
    QString targetPath(const QString &fileName) const;

    // Moves `written` (names written at stagingPath()) into place. Every file already in the
    // folder for which `isEarlier` is true is replaced, so that the folder holds exactly this
    // export; other files are left alone. When a file cannot be replaced or put in place, the
    // folder is put back as it was and the error names the file.
    Status commit(const QStringList &written,
                  const std::function<bool(const QString &fileName)> &isEarlier);

private:
    StagedFolder() = default;

    QString m_folder;
    QStringList m_created; // the folders open() made, the deepest first
    std::unique_ptr<QTemporaryDir> m_staging;
    bool m_committed = false;
};

} // namespace Rollbook

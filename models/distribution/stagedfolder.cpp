#include "stagedfolder.h"

#include "core/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class StagedFolderText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::StagedFolder)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The folders of `path` that do not exist yet, the deepest first: what to remove again when the
// export fails.
QStringList missingFolders(const QString &path)
{
    QStringList missing;
    QString at = path;
    while (!at.isEmpty() && !QFileInfo::exists(at)) {
        missing.append(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    return missing;
}

void removeFolders(const QStringList &deepestFirst)
{
    for (const QString &folder : deepestFirst)
        QDir().rmdir(folder); // only when empty: nothing of anybody else's is removed
}

// Moves `names` from one folder to another; on failure moves back the ones it moved and gives
// the name that would not move.
std::optional<QString> moveAll(const QStringList &names, const QDir &from, const QDir &to)
{
    QStringList moved;
    for (const QString &name : names) {
        if (!QFile::rename(from.filePath(name), to.filePath(name))) {
            for (const QString &back : std::as_const(moved))
                QFile::rename(to.filePath(back), from.filePath(back));
            return name;
        }
        moved.append(name);
    }
    return std::nullopt;
}

} // namespace

Result<std::unique_ptr<StagedFolder>> StagedFolder::open(const QString &directory)
{
    std::unique_ptr<StagedFolder> staged(new StagedFolder);
    staged->m_folder = QDir::cleanPath(QDir(directory).absolutePath());
    const QString &folder = staged->m_folder;
    const QFileInfo folderInfo(folder);
    if (folderInfo.exists() && !folderInfo.isDir())
        return Error::file(
                StagedFolderText::tr("“%1” is a file, not a folder. Choose a folder for the export "
                                     "files.")
                        .arg(native(folder)));
    staged->m_created = missingFolders(folder);
    // A folder made for the export is owner-only, as its files are (core/privatefile.h).
    if (!PrivateFiles::makeFolder(folder))
        return Error::file(
                StagedFolderText::tr("Rollbook cannot make the folder “%1”. Choose a folder you "
                                     "may write in.")
                        .arg(native(folder)));
    staged->m_staging =
            std::make_unique<QTemporaryDir>(QDir(folder).filePath(u".rollbook-export-XXXXXX"_s));
    if (!staged->m_staging->isValid())
        return Error::file(
                StagedFolderText::tr("Rollbook cannot write in the folder “%1”: %2. Choose a "
                                     "folder you may write in.")
                        .arg(native(folder), staged->m_staging->errorString()));
    return staged;
}

StagedFolder::~StagedFolder()
{
    if (m_staging)
        m_staging->remove();
    if (!m_committed)
        removeFolders(m_created);
}

QString StagedFolder::stagingPath(const QString &fileName) const
{
    return QDir(m_staging->path()).filePath(fileName);
}

QString StagedFolder::targetPath(const QString &fileName) const
{
    return QDir(m_folder).filePath(fileName);
}

Status StagedFolder::commit(const QStringList &written,
                            const std::function<bool(const QString &)> &isEarlier)
{
    const QDir staging(m_staging->path());
    const QDir target(m_folder);
    // The files of an earlier export step aside into the staging folder (removed at the end), so
    // that the folder holds exactly this export; they come back if anything goes wrong.
    QStringList earlier;
    const auto entries = target.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (isEarlier(entry.fileName()))
            earlier.append(entry.fileName());
    }
    const QString asideName = u".earlier"_s;
    if (!staging.mkdir(asideName))
        return Error::file(StagedFolderText::tr("Rollbook cannot write in the folder “%1”.")
                                   .arg(native(m_folder)));
    const QDir aside(staging.filePath(asideName));
    if (const auto stuck = moveAll(earlier, target, aside))
        return Error::file(
                StagedFolderText::tr("Rollbook cannot replace “%1”. If it is open in another "
                                     "program, such as a spreadsheet, close it and export again. "
                                     "Nothing was changed in the folder.")
                        .arg(native(target.filePath(*stuck))));
    if (const auto stuck = moveAll(written, staging, target)) {
        moveAll(earlier, aside, target);
        const bool folderInTheWay = QFileInfo(target.filePath(*stuck)).isDir();
        return Error::file(
                (folderInTheWay
                         ? StagedFolderText::tr("Rollbook cannot put “%1” in place: a folder of "
                                                "that name is in the way. Move or rename it and "
                                                "export again. Nothing was changed in the folder.")
                         : StagedFolderText::tr("Rollbook cannot put “%1” in place. "
                                                "Nothing was changed in the folder."))
                        .arg(native(target.filePath(*stuck))));
    }
    m_committed = true;
    return success();
}

} // namespace Rollbook

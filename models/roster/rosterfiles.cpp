#include "rosterfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class RosterText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::RosterFiles)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// --- libzip, owned -------------------------------------------------------------------------

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct EntryCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using ZipArchive = std::unique_ptr<zip_t, ArchiveCloser>;
using ZipEntry = std::unique_ptr<zip_file_t, EntryCloser>;

class ZipError
{
public:
    ZipError() { zip_error_init(&m_error); }
    ~ZipError() { zip_error_fini(&m_error); }
    ZipError(const ZipError &) = delete;
    ZipError &operator=(const ZipError &) = delete;

    zip_error_t *get() { return &m_error; }
    int code() { return zip_error_code_zip(&m_error); }
    QString text() { return QString::fromLocal8Bit(zip_error_strerror(&m_error)); }

private:
    zip_error_t m_error;
};

// Opens the zip file read-only. libzip takes a path in the local 8-bit encoding on POSIX; on
// Windows, the wide-character source avoids the ANSI code page.
ZipArchive openArchive(const QString &path, ZipError &error)
{
#ifdef Q_OS_WIN
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    zip_source_t *source = zip_source_win32w_create(native.c_str(), 0, 0, error.get());
#else
    zip_source_t *source =
            zip_source_file_create(QFile::encodeName(path).constData(), 0, 0, error.get());
#endif
    if (!source)
        return {};
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, error.get());
    if (!archive) {
        zip_source_free(source);
        return {};
    }
    return ZipArchive(archive);
}

Error openError(const QString &path, ZipError &error)
{
    switch (error.code()) {
    case ZIP_ER_NOZIP:
        return Error::invalid(
                RosterText::tr("%1 is not a zip file. Choose the .zip file the roster "
                               "came as, or a folder of CSV files.")
                        .arg(shown(path)));
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
    case ZIP_ER_NOENT:
    case ZIP_ER_MEMORY:
        return Error::file(
                RosterText::tr("%1 cannot be opened (%2).").arg(shown(path), error.text()));
    default:
        return Error::invalid(RosterText::tr("%1 cannot be read as a zip file: it is damaged or "
                                             "incomplete (%2). Ask for the roster again.")
                                      .arg(shown(path), error.text()));
    }
}

// --- entry paths ---------------------------------------------------------------------------

// The folders and name of an entry of a zip file, with "." and ".." resolved; empty when the
// path leaves the zip file's folder (unpacked, it would land elsewhere on the disk). Backslashes
// count as separators: some Windows tools write them, and Windows unpacks by them.
std::optional<QStringList> entryParts(QString name)
{
    name.replace(u'\\', u'/');
    if (name.startsWith(u'/'))
        return std::nullopt; // absolute, or \\server\share
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter() &&
        name.at(0).unicode() < 128)
        return std::nullopt; // a drive letter: C:\x or C:x
    QStringList parts;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        if (part == "."_L1)
            continue;
        if (part == ".."_L1) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts;
}

bool isCsvName(const QString &name)
{
    return name.endsWith(".csv"_L1, Qt::CaseInsensitive);
}

// Files a Mac or Windows adds and no roster holds: __MACOSX/, .DS_Store, ._users.csv, .git/.
bool isJunk(const QStringList &parts)
{
    if (!parts.isEmpty() && parts.first().compare("__MACOSX"_L1, Qt::CaseInsensitive) == 0)
        return true;
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const QString &part) { return part.startsWith(u'.'); });
}

// --- what open() finds -----------------------------------------------------------------------

struct FoundFile
{
    QString folder;    // the top-level folder it sits in, or empty at the top
    QString name;      // its plain name as written
    QString path;      // inside the roster as written ("Roster/Users.csv")
    QString entryName; // zip: the entry's name as libzip gives it
    zip_uint64_t index = 0;
    qint64 size = 0;
    qint64 compressedSize = 0;
};

using FileMap = QMap<QString, FoundFile>; // by lower-case plain name

// The CSV files at the top, or else those in the one top-level folder that has any.
Result<FileMap> pickFiles(const QString &path, const QList<FoundFile> &found)
{
    const bool atTop = std::any_of(found.cbegin(), found.cend(),
                                   [](const FoundFile &file) { return file.folder.isEmpty(); });
    QStringList folders;
    if (!atTop) {
        for (const FoundFile &file : found) {
            if (!folders.contains(file.folder))
                folders.append(file.folder);
        }
        if (folders.size() > 1) {
            folders.sort(Qt::CaseInsensitive);
            return Error::invalid(
                    RosterText::tr("%1 has CSV files in more than one folder (%2), so it is not "
                                   "clear which are the roster. Choose one of the folders.")
                            .arg(shown(path), folders.join(", "_L1)));
        }
    }
    FileMap files;
    for (const FoundFile &file : found) {
        if (atTop != file.folder.isEmpty())
            continue;
        const QString key = file.name.toLower();
        const auto same = files.constFind(key);
        if (same != files.cend())
            return Error::invalid(RosterText::tr("%1 has two files named %2 (“%3” and “%4”): "
                                                 "keep only one of them.")
                                          .arg(shown(path), key, same->path, file.path));
        files.insert(key, file);
    }
    return files;
}

Result<QList<FoundFile>> findInZip(const QString &path, zip_t *archive,
                                   const RosterFiles::Limits &limits)
{
    QList<FoundFile> found;
    qint64 total = 0;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t index = 0; index < count; ++index) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_NAME))
            return Error::invalid(
                    RosterText::tr("%1 cannot be read as a zip file: it is damaged "
                                   "or incomplete (%2). Ask for the roster again.")
                            .arg(shown(path), QString::fromLocal8Bit(zip_strerror(archive))));
        const QString name = QString::fromUtf8(stat.name);
        const std::optional<QStringList> parts = entryParts(name);
        if (!parts)
            return Error::invalid(
                    RosterText::tr("%1 cannot be used: the file “%2” in it would be unpacked "
                                   "outside its folder. A zip file made that way may be meant to "
                                   "do harm; ask for the roster again.")
                            .arg(shown(path), name));
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            return Error::invalid(RosterText::tr("%1 cannot be used: the file “%2” in it is "
                                                 "protected with a password. Unzip it with the "
                                                 "password, then choose the folder.")
                                          .arg(shown(path), name));
        // Sizes as the zip file declares them; reading holds each entry to its declared size.
        const zip_uint64_t size = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
        const zip_uint64_t packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
        if (size > zip_uint64_t(limits.fileBytes))
            return Error::invalid(RosterText::tr("%1 cannot be used: the file “%2” in it "
                                                 "unpacks to %3, more than the %4 a roster file "
                                                 "may have.")
                                          .arg(shown(path), name,
                                               sizeText(qint64(std::min<zip_uint64_t>(
                                                       size, std::numeric_limits<qint64>::max()))),
                                               sizeText(limits.fileBytes)));
        total += qint64(size);
        if (total > limits.totalBytes)
            return Error::invalid(RosterText::tr("%1 cannot be used: the files in it unpack to "
                                                 "more than %2 together, which no roster needs.")
                                          .arg(shown(path), sizeText(limits.totalBytes)));
        if (limits.ratio > 0 && qint64(size) > limits.ratioFromBytes &&
            size / zip_uint64_t(limits.ratio) > packed)
            return Error::invalid(
                    RosterText::tr("%1 cannot be used: the file “%2” in it unpacks to %3 from only "
                                   "%4. CSV files do not pack that tightly; a zip file made that "
                                   "way may be meant to fill the memory or the disk.")
                            .arg(shown(path), name, sizeText(qint64(size)),
                                 sizeText(qint64(packed))));

        if (name.endsWith(u'/') || name.endsWith(u'\\') || parts->isEmpty() || isJunk(*parts) ||
            parts->size() > 2 || !isCsvName(parts->last()))
            continue;
        FoundFile file;
        file.folder = parts->size() == 2 ? parts->first() : QString();
        file.name = parts->last();
        file.path = parts->join(u'/');
        file.entryName = name;
        file.index = zip_uint64_t(index);
        file.size = qint64(size);
        file.compressedSize = qint64(packed);
        found.append(file);
    }
    return found;
}

QList<FoundFile> csvFilesIn(const QDir &dir, const QString &folder)
{
    QList<FoundFile> found;
    const QFileInfoList infos = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &info : infos) {
        const QString name = info.fileName();
        if (name.startsWith(u'.') || !isCsvName(name))
            continue;
        FoundFile file;
        file.folder = folder;
        file.name = name;
        file.path = folder.isEmpty() ? name : folder + u'/' + name;
        file.size = info.size();
        found.append(file);
    }
    return found;
}

// The folder's CSV files, or else those of its subfolders (for pickFiles() to choose from).
QList<FoundFile> findInFolder(const QDir &dir)
{
    QList<FoundFile> found = csvFilesIn(dir, {});
    if (!found.isEmpty())
        return found;
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (!isJunk({folder}))
            found += csvFilesIn(QDir(dir.filePath(folder)), folder);
    }
    return found;
}

// --- reading a zip entry -------------------------------------------------------------------

// One zip entry as a sequential device. It owns its own opening of the zip file, so it is
// independent of every other device. It hands out at most the declared size, then reads on by
// one byte to be sure the entry really ends there (and to let libzip check the checksum, which
// it does at the end): a header that lies stops reading instead of filling the memory.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(ZipArchive archive, ZipEntry entry, qint64 size, const QString &name,
                   const QString &zipPath)
        : m_archive(std::move(archive))
        , m_entry(std::move(entry))
        , m_remaining(size)
        , m_name(name)
        , m_zipPath(zipPath)
    {}

    bool isSequential() const override { return true; }
    // What is left of the declared size, so that atEnd() is false until all of it is read.
    qint64 bytesAvailable() const override
    {
        return QIODevice::bytesAvailable() + (m_failed ? 0 : m_remaining);
    }
    void close() override
    {
        m_entry.reset();
        m_archive.reset();
        QIODevice::close();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed || !m_entry)
            return -1;
        if (m_remaining == 0)
            return checkEnd() ? 0 : -1;
        if (maxSize <= 0)
            return 0;
        const zip_int64_t got =
                zip_fread(m_entry.get(), data, zip_uint64_t(std::min(maxSize, m_remaining)));
        if (got < 0)
            return fail(readError());
        if (got == 0)
            return fail(RosterText::tr("“%1” in %2 ends before the size the zip file gives for "
                                       "it: the zip file is damaged")
                                .arg(m_name, shown(m_zipPath)));
        m_remaining -= got;
        // Found out now rather than at the next read, so that a reader that stops at atEnd()
        // sees the error too.
        if (m_remaining == 0 && !checkEnd())
            return -1;
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool checkEnd()
    {
        if (m_endChecked)
            return true;
        char extra = 0;
        const zip_int64_t got = zip_fread(m_entry.get(), &extra, 1);
        if (got < 0) {
            fail(readError());
            return false;
        }
        if (got > 0) {
            fail(RosterText::tr("“%1” in %2 holds more data than the zip file says it does: the "
                                "zip file is damaged, or made to fill the memory or the disk")
                         .arg(m_name, shown(m_zipPath)));
            return false;
        }
        m_endChecked = true;
        return true;
    }

    QString readError()
    {
        zip_error_t *error = zip_file_get_error(m_entry.get());
        if (zip_error_code_zip(error) == ZIP_ER_CRC)
            return RosterText::tr("“%1” in %2 is damaged: its data does not match its "
                                  "checksum")
                    .arg(m_name, shown(m_zipPath));
        return RosterText::tr("“%1” in %2 cannot be unpacked (%3): the zip file may be damaged")
                .arg(m_name, shown(m_zipPath), QString::fromLocal8Bit(zip_error_strerror(error)));
    }

    // Reading stops for good.
    qint64 fail(const QString &message)
    {
        m_failed = true;
        setErrorString(message);
        return -1;
    }

    ZipArchive m_archive; // declared first: destroyed after the entry
    ZipEntry m_entry;
    qint64 m_remaining = 0;
    bool m_endChecked = false;
    bool m_failed = false;
    QString m_name;
    QString m_zipPath;
};

} // namespace

struct RosterFiles::Private
{
    QString path;
    QString displayName;
    bool zip = false;
    FileMap files;
};

RosterFiles::RosterFiles(std::shared_ptr<const Private> data)
    : d(std::move(data))
{}

Result<RosterFiles> RosterFiles::open(const QString &path)
{
    return open(path, Limits{});
}

Result<RosterFiles> RosterFiles::open(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    auto data = std::make_shared<Private>();
    data->path = QDir::cleanPath(info.absoluteFilePath());
    if (!info.exists())
        return Error::file(RosterText::tr("%1 cannot be opened: there is no such file or folder.")
                                   .arg(shown(data->path)));

    QList<FoundFile> found;
    if (info.isDir()) {
        const QDir dir(data->path);
        if (!info.isReadable() || !dir.isReadable())
            return Error::file(RosterText::tr("%1 cannot be opened: the folder cannot be read.")
                                       .arg(shown(data->path)));
        data->displayName = dir.dirName();
        found = findInFolder(dir);
    } else {
        data->zip = true;
        data->displayName = info.fileName();
        // libzip takes an empty file for an empty zip file; for a roster it is a mistake.
        if (info.isFile() && info.size() == 0)
            return Error::invalid(RosterText::tr("%1 is empty: it is not a zip file. Choose the "
                                                 ".zip file the roster came as, or a folder of "
                                                 "CSV files.")
                                          .arg(shown(data->path)));
        ZipError error;
        const ZipArchive archive = openArchive(data->path, error);
        if (!archive)
            return openError(data->path, error);
        Result<QList<FoundFile>> inZip = findInZip(data->path, archive.get(), limits);
        if (!inZip)
            return inZip.error();
        found = std::move(inZip).value();
    }

    Result<FileMap> files = pickFiles(data->path, found);
    if (!files)
        return files.error();
    data->files = std::move(files).value();
    return RosterFiles(std::move(data));
}

QString RosterFiles::path() const
{
    return d->path;
}

QString RosterFiles::displayName() const
{
    return d->displayName;
}

bool RosterFiles::isZip() const
{
    return d->zip;
}

QStringList RosterFiles::fileNames() const
{
    return d->files.keys();
}

bool RosterFiles::contains(const QString &name) const
{
    return d->files.contains(name.toLower());
}

qint64 RosterFiles::fileSize(const QString &name) const
{
    const auto file = d->files.constFind(name.toLower());
    return file == d->files.cend() ? -1 : file->size;
}

QString RosterFiles::filePath(const QString &name) const
{
    const auto file = d->files.constFind(name.toLower());
    return file == d->files.cend() ? QString() : file->path;
}

Result<std::unique_ptr<QIODevice>> RosterFiles::openFile(const QString &name) const
{
    const auto file = d->files.constFind(name.toLower());
    if (file == d->files.cend())
        return Error::file(
                RosterText::tr("%1 has no file named %2.").arg(shown(d->path), name.toLower()));

    if (!d->zip) {
        const QString path = QDir(d->path).filePath(file->path);
        auto device = std::make_unique<QFile>(path);
        if (!device->open(QIODevice::ReadOnly))
            return Error::file(RosterText::tr("%1 cannot be opened (%2).")
                                       .arg(shown(path), device->errorString()));
        return std::unique_ptr<QIODevice>(std::move(device));
    }

    ZipError error;
    ZipArchive archive = openArchive(d->path, error);
    if (!archive)
        return openError(d->path, error);
    // The zip file is opened again: make sure it is still the one open() checked.
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.get(), file->index, 0, &stat) != 0 ||
        QString::fromUtf8(stat.name) != file->entryName || qint64(stat.size) != file->size ||
        qint64(stat.comp_size) != file->compressedSize || stat.encryption_method != ZIP_EM_NONE)
        return Error::file(RosterText::tr("%1 has changed since it was opened. Open it again.")
                                   .arg(shown(d->path)));
    ZipEntry entry(zip_fopen_index(archive.get(), file->index, 0));
    if (!entry) {
        const int code = zip_error_code_zip(zip_get_error(archive.get()));
        if (code == ZIP_ER_COMPNOTSUPP)
            return Error::invalid(RosterText::tr("“%1” in %2 is packed in a way Rollbook cannot "
                                                 "unpack. Unzip it with another program, then "
                                                 "choose the folder.")
                                          .arg(file->path, shown(d->path)));
        return Error::file(RosterText::tr("“%1” in %2 cannot be opened (%3).")
                                   .arg(file->path, shown(d->path),
                                        QString::fromLocal8Bit(zip_strerror(archive.get()))));
    }
    auto device = std::make_unique<ZipEntryDevice>(std::move(archive), std::move(entry), file->size,
                                                   file->path, d->path);
    device->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(device));
}

} // namespace Rollbook

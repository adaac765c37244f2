#pragma once

#include "core/result.h"

#include <QIODevice> // whole: openFile()'s callers destroy the device
#include <QString>
#include <QStringList>

#include <memory>

namespace Rollbook {

// A school roster as it is delivered (OneRoster CSV, School Data Sync CSV): a folder of CSV
// files, or the same zipped. Opening reads only the folder's listing or the zip file's
// directory; openFile() then streams one CSV file at a time, unpacking a zip entry as it is read,
// so nothing is written to disk and memory stays flat.
//
// Copies are cheap and share what open() found; they may be handed to another thread. Each
// openFile() opens the zip file again, so the devices are independent of each other and of the
// thread that opened the roster.
class RosterFiles
{
public:
    // Limits against zip bombs (a small zip file that unpacks to enough data to fill the memory
    // or the disk). A zip file is refused when the directory of the zip file declares
    //  - one entry of more than maximumFileBytes (1 GiB) unpacked: a district's enrollments
    //    file is a few hundred MB at most;
    //  - entries of more than maximumTotalBytes (4 GiB) together;
    //  - an entry above ratioCheckedFromBytes (4 MiB) that unpacks to more than maximumRatio
    //    (200) times its packed size: CSV text packs 5 to 20 times, a run of zeros 1000 times.
    // Reading an entry never gives more than its declared size: data beyond it (a header that
    // lies) stops reading with an error. A folder is not limited: it is already on the disk.
    static constexpr qint64 maximumFileBytes = qint64(1) << 30;
    static constexpr qint64 maximumTotalBytes = qint64(4) << 30;
    static constexpr int maximumRatio = 200;
    static constexpr qint64 ratioCheckedFromBytes = qint64(4) << 20;

    // The limits open() applies; the tests lower them to build small bombs.
    struct Limits
    {
        qint64 fileBytes = maximumFileBytes;
        qint64 totalBytes = maximumTotalBytes;
        int ratio = maximumRatio;
        qint64 ratioFromBytes = ratioCheckedFromBytes;
    };

    // Opens a folder or a .zip file. The error (Error::file when it cannot be read,
    // Error::invalid when it is refused) names the path and, for a refused entry, the entry:
    // not a zip file, an entry whose path leaves its folder ("../x", "/x", "C:x", "..\x"), an
    // entry over a limit by its declared size, an entry protected with a password, two CSV files
    // whose names differ only in case, CSV files in more than one folder.
    static Result<RosterFiles> open(const QString &path);
    static Result<RosterFiles> open(const QString &path, const Limits &limits);

    QString path() const;        // absolute
    QString displayName() const; // "roster.zip" or the folder's name
    bool isZip() const;

    // The CSV files of the roster by their plain names ("users.csv"), matched case-insensitively.
    // They sit at the top of the folder or zip file, or else all inside one folder at its top
    // (many exports zip the folder, and unzipping may add one). Hidden files (".DS_Store",
    // "._users.csv") and __MACOSX/ are ignored. A roster without CSV files opens, with no names.
    QStringList fileNames() const; // lower-case plain names, sorted
    bool contains(const QString &name) const;

    // The file, open for reading: a QFile, or a sequential device for a zip entry. Reading a zip
    // entry stops with an error (read() returns -1, errorString() says why in words) when the
    // data differs from its declared size or fails its checksum; it never gives more bytes than
    // declared. The device belongs to the thread that called openFile().
    Result<std::unique_ptr<QIODevice>> openFile(const QString &name) const;
    // The file's size in bytes (the declared size for a zip entry), for progress; -1 when the
    // roster has no such file.
    qint64 fileSize(const QString &name) const;

    // The entry's (or file's) path inside the zip file or folder, as it is written there
    // ("Roster/Users.csv"), for messages; empty when the roster has no such file.
    QString filePath(const QString &name) const;

private:
    struct Private;
    explicit RosterFiles(std::shared_ptr<const Private> d);
    std::shared_ptr<const Private> d;
};

} // namespace Rollbook

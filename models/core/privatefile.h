#pragma once

#include <QFile>
#include <QIODevice>
#include <QString>

namespace Rollbook {

// Files that hold personal data (export files, problem rows, letters, e-mails) are readable and
// writable by their owner only on Linux and macOS from the moment they exist: created so, never
// chmod-ed afterwards, so that no other account can open them in between. On Windows they get
// what every new file of the user gets: the ACL the folder passes on (in the user's profile, the
// user, SYSTEM and the administrators).
namespace PrivateFiles {

// Creates `file` (its name set, the file not yet there) owner-only and opens it with `mode`.
// False when a file of that name exists already or the file cannot be made: file.errorString()
// says why.
bool create(QFile &file, QIODevice::OpenMode mode = QIODevice::WriteOnly);

// Puts a new, empty, owner-only file at `file`'s name, in place of any file there, for a writer
// that opens the file by name and truncates it (Qt's printer writing a PDF): a file opened so
// keeps the permissions it had. False, with file.errorString(), when it cannot.
bool replaceWithEmpty(QFile &file);

// Makes the folder `path` for an export, owner-only (0700 on Linux and macOS), when it is
// missing. Only that folder: the missing folders above it are made with the default permissions,
// as any program makes folders, since they hold nothing but the export's folder; a folder that
// exists keeps its permissions (it is the user's). True when the folder is there afterwards.
bool makeFolder(const QString &path);

} // namespace PrivateFiles

// A file written as QSaveFile writes it, but owner-only (see PrivateFiles): everything goes to a
// new temporary file beside the target ("NAME.<random>.part"), created owner-only, and commit()
// puts it in place of any file of that name in one rename (on Windows the old file steps aside
// first). A file replaced so does not lend the new one its permissions, as it would a QSaveFile.
// Until commit() succeeds the target is as it was: cancelWriting(), close(), a failed write or
// commit(), and the destructor leave no temporary file behind. Opens for writing only
// (WriteOnly, optionally Text). A target that is a symbolic link is followed, as by QSaveFile.
class PrivateSaveFile : public QIODevice
{
    Q_OBJECT

public:
    explicit PrivateSaveFile(const QString &target, QObject *parent = nullptr);
    ~PrivateSaveFile() override;

    QString fileName() const { return m_target; }

    bool open(OpenMode mode) override;
    // Writes what is buffered, puts the file in place and closes it. False, with errorString(),
    // when a write failed or the file could not be put in place; the target is then unchanged.
    bool commit();
    // Nothing written is kept: the file is closed and the temporary file removed.
    void cancelWriting();
    // Without commit(): as cancelWriting().
    void close() override;

    bool isSequential() const override { return false; }
    bool seek(qint64 pos) override;
    qint64 size() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void discard();

    QString m_target;
    QFile m_file; // the temporary file while open
    bool m_failed = false;
};

} // namespace Rollbook

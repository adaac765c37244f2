#include "privatefile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

#ifdef Q_OS_UNIX
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyFolder = ownerOnlyFile | QFileDevice::ExeOwner;
#endif

// The file a symbolic link ends at, as QSaveFile resolves it; `path` itself when it is no link
// (or a loop of them).
QString resolved(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 40 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.isSymLink() ? path : info.filePath();
}

// Puts `from` in place of `to`, whether `to` exists or not. False with `why` when it cannot; `to`
// is then as it was.
bool replace(const QString &from, const QString &to, QString &why)
{
#ifdef Q_OS_UNIX
    // rename(2) replaces the file in one step: there is never a moment without one.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    why = qt_error_string(errno);
    return false;
#else
    // QFile::rename() does not replace a file: the old one steps aside first and comes back if the
    // new one cannot take its place.
    const QString aside = from + u".old"_s;
    const bool hadOne = QFileInfo::exists(to);
    if (hadOne) {
        QFile old(to);
        if (!old.rename(aside)) {
            why = old.errorString();
            return false;
        }
    }
    QFile written(from);
    if (!written.rename(to)) {
        why = written.errorString();
        if (hadOne)
            QFile::rename(aside, to);
        return false;
    }
    if (hadOne)
        QFile::remove(aside);
    return true;
#endif
}

} // namespace

namespace PrivateFiles {

bool create(QFile &file, QIODevice::OpenMode mode)
{
#ifdef Q_OS_UNIX
    return file.open(mode | QIODevice::NewOnly, ownerOnlyFile);
#else
    // Qt would emulate the permissions with an ACL of its own; the folder's inherited one is
    // what the user's other files have (README).
    return file.open(mode | QIODevice::NewOnly);
#endif
}

bool replaceWithEmpty(QFile &file)
{
    if (QFileInfo::exists(file.fileName()) && !file.remove())
        return false;
    if (!create(file))
        return false;
    file.close();
    return true;
}

bool makeFolder(const QString &path)
{
    const QString folder = QDir::cleanPath(QDir(path).absolutePath());
    if (QFileInfo(folder).isDir())
        return true;
    if (!QDir().mkpath(QFileInfo(folder).path()))
        return false;
#ifdef Q_OS_UNIX
    const bool made = QDir().mkdir(folder, ownerOnlyFolder);
#else
    const bool made = QDir().mkdir(folder);
#endif
    // Not made: perhaps made at this moment by another program, which is as good.
    return made || QFileInfo(folder).isDir();
}

} // namespace PrivateFiles

PrivateSaveFile::PrivateSaveFile(const QString &target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{}

PrivateSaveFile::~PrivateSaveFile()
{
    discard();
}

bool PrivateSaveFile::open(OpenMode mode)
{
    if (isOpen()) {
        setErrorString(tr("The file is open already."));
        return false;
    }
    if ((mode & ~QIODevice::Text) != QIODevice::WriteOnly) {
        setErrorString(tr("The file can only be written from the start."));
        return false;
    }
    m_failed = false;
    const QString target = resolved(m_target);
    // A name no other file has, beside the target so that putting it in place is a rename.
    for (int attempt = 0;; ++attempt) {
        m_file.setFileName(u"%1.%2.part"_s.arg(
                target, QString::number(QRandomGenerator::global()->generate(), 36)));
        if (PrivateFiles::create(m_file, mode))
            break;
        if (!QFileInfo::exists(m_file.fileName()) || attempt == 100) {
            setErrorString(m_file.errorString());
            m_file.setFileName(QString());
            return false;
        }
    }
    return QIODevice::open(mode);
}

bool PrivateSaveFile::commit()
{
    if (!isOpen() || m_file.fileName().isEmpty()) {
        setErrorString(tr("The file is not open."));
        return false;
    }
    bool written = !m_failed && m_file.flush();
    QString why = m_failed ? errorString() : m_file.errorString();
#ifdef Q_OS_UNIX
    // What QSaveFile does: the data is on the disk before the name points to it.
    if (written && ::fsync(m_file.handle()) != 0) {
        written = false;
        why = qt_error_string(errno);
    }
#endif
    m_file.close();
    if (written && m_file.error() != QFileDevice::NoError) {
        written = false;
        why = m_file.errorString();
    }
    if (!written || !replace(m_file.fileName(), resolved(m_target), why)) {
        discard();
        setErrorString(why);
        return false;
    }
    m_file.setFileName(QString());
    QIODevice::close();
    return true;
}

void PrivateSaveFile::cancelWriting()
{
    discard();
}

void PrivateSaveFile::close()
{
    discard();
}

bool PrivateSaveFile::seek(qint64 pos)
{
    if (!QIODevice::seek(pos))
        return false;
    if (m_file.seek(pos))
        return true;
    setErrorString(m_file.errorString());
    return false;
}

qint64 PrivateSaveFile::size() const
{
    return m_file.isOpen() ? m_file.size() : 0;
}

qint64 PrivateSaveFile::readData(char *, qint64)
{
    return -1;
}

qint64 PrivateSaveFile::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    const qint64 written = m_file.write(data, size);
    if (written != size) {
        // As QSaveFile: one failed write and nothing is committed.
        m_failed = true;
        setErrorString(m_file.errorString());
    }
    return written;
}

void PrivateSaveFile::discard()
{
    if (!m_file.fileName().isEmpty()) {
        m_file.close();
        QFile::remove(m_file.fileName());
        m_file.setFileName(QString());
    }
    if (isOpen())
        QIODevice::close();
}

} // namespace Rollbook

#pragma once

#include "db/backups.h"
#include "testsupport.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace Rollbook::Testing {

// The files a database at `location` is kept in: the file, its write-ahead log and the backups
// beside it; none for a server's database. What a test searches byte for byte after forgetting
// or erasing.
inline QStringList filesOfDatabase(const QString &location)
{
    if (isServerLocation(location))
        return {};
    QStringList found{location};
    if (QFileInfo::exists(location + QStringLiteral("-wal")))
        found.append(location + QStringLiteral("-wal"));
    return found + Backups::of(location);
}

// A file's bytes, or none when it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Rollbook::Testing

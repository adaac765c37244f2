#include "migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

QList<Migration> Migration::builtIn(Engine engine)
{
    // Files are named NNNN_what.sql; the number is the schema version they produce.
    static const QRegularExpression fileName(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    QList<Migration> migrations;
    const QDir dir(u":/migrations"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch())
            continue;
        QString path = dir.filePath(file);
        if (engine == Engine::PostgreSQL && QFile::exists(u":/migrations/postgresql/"_s + file))
            path = u":/migrations/postgresql/"_s + file;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.append(
                {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return migrations;
}

QStringList Migration::statements() const
{
    QStringList result;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"_s))
            continue;
        if (current.isEmpty() && line.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + u'\n';
        // An SQLite trigger's body holds statements of its own, up to its END; a PostgreSQL
        // trigger (which calls a function) has no body and ends at its semicolon.
        const bool inBody = inTrigger && current.contains(u"BEGIN"_s, Qt::CaseInsensitive);
        const bool ends =
                inBody ? line.compare(u"END;"_s, Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            result.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

} // namespace Rollbook

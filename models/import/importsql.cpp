#include "importsql.h"

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::ImportSql {

namespace {
constexpr int linesNamedAtMost = 5;
} // namespace

Error sqlError(const QSqlQuery &query)
{
    return Error::file(
            ImporterText::tr("The database refused the import: %1").arg(query.lastError().text()));
}

QString childColumnSql(MatchField match)
{
    switch (match) {
    case MatchField::InternalId:
        return u"internal_id"_s;
    case MatchField::SyncKey:
        return u"sync_key"_s;
    case MatchField::Username:
        return u"username"_s;
    }
    return u"sync_key"_s;
}

QString matchFieldWords(MatchField match)
{
    switch (match) {
    case MatchField::InternalId:
        return ImporterText::tr("Internal person ID");
    case MatchField::SyncKey:
        return ImporterText::tr("synchronisation key");
    case MatchField::Username:
        return ImporterText::tr("user name");
    }
    return {};
}

QString linesText(const QList<qint64> &lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < linesNamedAtMost; ++i)
        shown.append(QString::number(lines.at(i)));
    QString text = shown.join(u", "_s);
    if (lines.size() > linesNamedAtMost)
        text += ImporterText::tr(" and %1 more").arg(lines.size() - linesNamedAtMost);
    return text;
}

} // namespace Rollbook::ImportSql

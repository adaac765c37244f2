#pragma once

// What the importer's units (importer.cpp, importchecks.cpp, importapply.cpp) share: its
// translation context, SQL helpers and the words of its messages. Not a public header.

#include "import/importer.h"
#include "people/field.h"
#include "people/personvalidation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Rollbook {

class ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Importer)
};

namespace ImportSql {

constexpr int maximumFieldLength = PersonRules::maximumFieldLength;

// A failed statement, with the SQL error for the log of whoever reads the message.
Error sqlError(const QSqlQuery &query);

// The person column a child reference is read as: fixed names, never user text.
QString childColumnSql(MatchField match);

// "synchronisation key", "user name": how a child reference is read, in a sentence.
QString matchFieldWords(MatchField match);

// "3, 7, 9, 12, 15 and 4 more"
QString linesText(const QList<qint64> &lines);

} // namespace ImportSql

template<typename RowFunction>
Status Importer::each(const QString &sql, const QVariantList &values, RowFunction row)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(tables(sql)))
        return ImportSql::sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return ImportSql::sqlError(query);
    while (query.next())
        row(query);
    return success();
}

} // namespace Rollbook

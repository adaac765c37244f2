#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rollbook {

// One step of the schema: the SQL that takes a database from version - 1 to version.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;

    // The migrations shipped in resources/migrations, in order.
    static QList<Migration> builtIn();

    // The statements of `sql`, one per entry, in order. Statements end with a ';' at the end of a
    // line; a CREATE TRIGGER runs until its END;.
    QStringList statements() const;
};

} // namespace Rollbook

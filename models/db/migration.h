#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rollbook {

// The database engines Rollbook runs on: a local SQLite file (the default), or a PostgreSQL
// server that a district's administrators share.
enum class Engine { SQLite, PostgreSQL };

// One step of the schema: the SQL that takes a database from version - 1 to version.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;

    // The migrations shipped in resources/migrations, in order. Most are plain SQL that both
    // engines run; where a type differs, resources/migrations/postgresql holds PostgreSQL's
    // variant of the same step under the same name.
    static QList<Migration> builtIn(Engine engine = Engine::SQLite);

    // The statements of `sql`, one per entry, in order. Statements end with a ';' at the end of a
    // line; a CREATE TRIGGER runs until its END;.
    QStringList statements() const;
};

} // namespace Rollbook

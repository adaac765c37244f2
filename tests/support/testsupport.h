#pragma once

// What many tests need alike: a fixture's path, a program run to its end, and a whole database
// written out as text, to compare before and after something that must change nothing.

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace Rollbook::Testing {

// A file of tests/fixtures (the build gives every test ROLLBOOK_FIXTURES).
inline QString fixture(const QString &name)
{
    return QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(name);
}

struct Run
{
    int exitCode = -1; // -1: crashed or did not finish in two minutes
    QString out;
    QString err;
};

inline Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Every table and every row of `db`, a line a row, in a fixed order.
inline QString dumpTables(const QSqlDatabase &db)
{
    QString text;
    QSqlQuery tables(db);
    tables.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        text += QStringLiteral("# ") + table + QLatin1Char('\n');
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                text += rows.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

// The same for the database file at `path`, read on a connection of its own, ending with
// SQLite's integrity check ("integrity: ok").
inline QString dumpFile(const QString &path)
{
    const QString name = QStringLiteral("rollbook-test-dump");
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            text = dumpTables(db);
            QSqlQuery check(db);
            check.exec(QStringLiteral("PRAGMA integrity_check"));
            text += QStringLiteral("integrity: ") +
                    (check.next() ? check.value(0).toString() : QStringLiteral("?"));
            db.close();
        } else {
            text = QStringLiteral("<cannot open>");
        }
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}

} // namespace Rollbook::Testing

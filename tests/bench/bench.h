#pragma once

#include <QStringList>
#include <QTextStream>

namespace Rollbook::Bench {

// What a benchmark is handed: its own arguments (without the program and subcommand names).
struct Context
{
    QStringList arguments;
    QTextStream &out; // results, "key: value" lines that scripts read
    QTextStream &err; // messages
};

// The subcommands, one file each. Each returns the exit status (0 done, 2 usage, 3 failure).
int benchCsv(Context &context);
int generateCsv(Context &context);
int benchImport(Context &context);
int benchUsers(Context &context);

} // namespace Rollbook::Bench

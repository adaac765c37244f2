#pragma once

#include <QStringList>
#include <QTextStream>

namespace Rollbook::Cli {

// Exit statuses of DESIGN §4.
enum ExitCode : int {
    Done = 0,
    Rejected = 1, // refused by validation; nothing written
    UsageError = 2,
    Failure = 3, // a file or the database could not be read or written
};

// Runs one command line (arguments[0] is the program). Data goes to `out`, messages to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Rollbook::Cli

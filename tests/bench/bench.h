#pragma once

#include <QDir>
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

// Learner ('L') or parent ('P') number i of the generated files: sync key Li or Pi, a common
// first and last name (a few beyond ASCII) in no order the file follows, a user name made of them
// and i, an address. The same i always gives the same person.
struct GeneratedPerson
{
    QByteArray syncKey;
    QByteArray username;
    QByteArray firstName;
    QByteArray lastName;
    QByteArray email;
};
GeneratedPerson generatedPerson(char kind, qint64 i);

// Writes learners.csv (N learners, sync keys L0…) and parents.csv (N parents, parent i with child
// Li, and every `secondChildEvery`-th parent on a second row with a second child; 0: none).
bool writePeopleFiles(const QDir &dir, qint64 count, int secondChildEvery = 0);
// The largest resident size this process has had, in MB; -1 where the platform does not say.
double peakMegabytes();

// The subcommands, one file each. Each returns the exit status (0 done, 2 usage, 3 failure).
int benchCsv(Context &context);
int generateCsv(Context &context);
int benchImport(Context &context);
int benchProblems(Context &context);
int benchUsers(Context &context);
int benchDistribute(Context &context);
int benchRoster(Context &context);

} // namespace Rollbook::Bench

#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Rollbook {

// Everything the check of an import can find. The key (problemCodeKey) is what --report writes.
enum class ProblemCode {
    // The file as a whole
    NoUsers,        // empty, or a header and nothing else
    UnreadableFile, // cannot be opened, not text, broken CSV that cannot be read on
    MissingColumn,  // a required field is mapped to no column
    UnknownColumn,  // a --map or sync field names no column
    ParentLoginOff, // parents while Enable parent login is off
    IgnoredColumn,  // (warning) a column no field is guessed for
    // One row
    MalformedRow,     // wrong number of fields, unclosed quote, …
    MissingValue,     // a required field is empty
    TooLong,          // a field over 1,000 characters
    ControlCharacter, // a line break or other control character in a name or user name
    InvalidEmail,
    StartsLikeFormula,    // a user name, password, key or ID that begins with = + - @
    DuplicateInFile,      // one user name or sync key used by two different people in the file
    ClashWithDatabase,    // the user name, sync key or internal ID belongs to someone else
    WrongProfile,         // the row matches a person of another profile
    UnknownChild,         // a parent's child reference names no learner
    EmptyChildReference,  // (warning) a parent with no child
    NotAdded,             // (warning) update only: a new person is not added
    NotUpdated,           // (warning) add only: an existing person is not changed
    NoSyncKey,            // (warning) parents without a synchronisation key, counted
    GuardianColumnUnused, // (warning) a guardian's column that no guardian group takes
    // Standard rosters (OneRoster, School Data Sync)
    NotARoster,        // a folder or zip that is no roster, or misses users.csv
    UnknownReference,  // a link names a user who is not in users.csv
    ConflictingRoles,  // one user both a student and a guardian
    ContradictingLink, // (warning) one side names the other, the other side names others
    NotImported,       // (warning) a user the roster disables or deletes, or a role skipped
};

QString problemCodeKey(ProblemCode code);

struct ImportProblem
{
    ImportProblem() = default;
    ImportProblem(qint64 atLine, const QString &inColumn, ProblemCode problemCode,
                  const QString &sentence, const QString &inFile = {})
        : line(atLine)
        , column(inColumn)
        , code(problemCode)
        , message(sentence)
        , file(inFile)
    {}

    qint64 line = 0; // physical line in the file, 1 = the header; 0 = the file as a whole
    QString column;  // the column's header, when the problem is in one column
    ProblemCode code = ProblemCode::MalformedRow;
    QString message; // one sentence for the administrator, without the line and column
    // The file it is in, when the import reads several (a roster's users.csv, roles.csv, …);
    // empty: the report's file.
    QString file;

    // "seed.csv, line 3, column “ChildID”: no learner has synchronisation key 99. …"; the
    // problem's own file, when it has one, instead of `fileName`.
    QString describe(const QString &fileName) const;
};

// How many problems of each code (ProblemCode) a report keeps to show, on the Check page and on
// the command line. The rest are counted, and --report and Save Problem Rows… still have every
// one: a file with a problem on each of 100,000 rows stays cheap.
inline constexpr qsizetype problemsShownPerCode = 1000;

class ProblemSpool;

// The errors or the warnings of an import: counted in full, the first problemsShownPerCode of
// each code kept in memory to show. Once one is left out, every problem of the list goes to a
// temporary file (shared by the copies of the list) from which forEach() reads them back.
class ProblemList
{
public:
    void append(const ImportProblem &problem);

    qint64 size() const { return m_count; } // every problem, shown or not
    bool isEmpty() const { return m_count == 0; }
    qint64 leftOut() const { return m_count - m_shown.size(); }
    // The problems kept to show, in the order found (by line after sortByLine()).
    const QList<ImportProblem> &shown() const { return m_shown; }
    QList<ImportProblem>::const_iterator cbegin() const { return m_shown.cbegin(); }
    QList<ImportProblem>::const_iterator cend() const { return m_shown.cend(); }
    void sortByLine();

    // Every problem of `lists`, by line (in the order found on one line). False when the
    // temporary file cannot be read back.
    static bool forEach(const QList<ProblemList> &lists,
                        const std::function<void(const ImportProblem &)> &visit);

private:
    QList<ImportProblem> m_shown;
    QList<qint64> m_perCode; // how many of each code were found, by the code's number
    qint64 m_count = 0;
    std::shared_ptr<ProblemSpool> m_spool; // every problem, from the first left out on
    qint64 m_spooled = 0;                  // how many of the spool's are this list's
};

// What an import did, or would do (a dry run).
struct ImportCounts
{
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 links = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
};

struct ImportReport
{
    qint64 batchId = -1; // the committed batch; -1 for a dry run or when nothing was written
    QString fileName;
    ImportCounts counts;
    // The problems to show: up to problemsShownPerCode of each code, by line. counts.errors and
    // counts.warnings count every one; the LeftOut counts say how many are not in these lists.
    QList<ImportProblem> errors;
    QList<ImportProblem> warnings;
    qint64 errorsLeftOut = 0;
    qint64 warningsLeftOut = 0;
    // Every problem, for --report and the rejected rows (empty: `errors` and `warnings` are all).
    QList<ProblemList> allErrors;
    QList<ProblemList> allWarnings;
    bool committed = false;
    // A committed import remembers its mapping for the next file with the same headers
    // (MappingStore); why it could not, when it could not (the import itself stands).
    QString notRemembered;
    // Where the time went, step by step (name, milliseconds): for the benchmark and the README.
    QList<std::pair<QString, double>> steps;

    bool hasErrors() const { return !errors.isEmpty(); }
    qint64 leftOut() const { return errorsLeftOut + warningsLeftOut; }
    // Every error, or every warning, by line; false when they cannot be read back.
    bool forEachError(const std::function<void(const ImportProblem &)> &visit) const;
    bool forEachWarning(const std::function<void(const ImportProblem &)> &visit) const;
};

} // namespace Rollbook

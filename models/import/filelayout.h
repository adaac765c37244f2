#pragma once

#include "people/field.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rollbook {

// One guardian's columns in a file of learners with their guardians ("Foresatt 1 …",
// "Parent2 …", "Mother …").
struct GuardianGroup
{
    int number = 0;      // 1, 2, … in the order the file's groups are numbered
    QString label;       // as the file writes it: "Foresatt 1", "Parent1", "Mother"
    QList<int> columns;  // the group's columns, in file order
    QList<Field> fields; // the field of each of those columns
    // The group's columns that are not imported: their words name no field ("Foresatt 1
    // mobil"), or an earlier column of the group gives the same field.
    QList<int> otherColumns;
};

// What a file's headers (and its first rows) say about it: whom it holds, which column holds
// what, and why. The wizard's first pages and the command line start from it; the user's
// choice always wins.
struct FileLayout
{
    Profile profile = Profile::Learner;
    // One sentence for the administrator saying why this profile was guessed ("The column
    // “Elevnummer” names each parent's child."), empty for a plain learner file.
    QString reason;
    // The field of each column for the row's own person (the learner of a learners-with-
    // parents file); Ignore for a column of a guardian group, the child column or none.
    QList<Field> mapping;
    // Parent: the column that most likely names each parent's child, or -1.
    int childColumn = -1;
    // LearnersWithParents: the guardian groups, in number order.
    QList<GuardianGroup> groups;
    // Columns whose header names a guardian but that no group takes (a guardian column
    // without a number beside numbered groups, or the only column of its number and one that
    // names no field). A group's own columns that are not imported are its otherColumns.
    QList<int> unusedGuardianColumns;
};

namespace FileLayouts {

// The layout guessed from the headers, and from the first rows when they are given: a column
// that names a child but is empty in every row given (the platform's learner file has an empty
// ChildID column) does not make the file a parent file.
FileLayout guess(const QStringList &headers, const QList<QStringList> &firstRows = {});

// The layout of a file whose profile the user has chosen (`reason` is empty).
FileLayout forProfile(Profile profile, const QStringList &headers,
                      const QList<QStringList> &firstRows = {});

// The columns that could each name a parent's child (a child's or a learner's key: "ChildID",
// "Elevnummer", "Barnets brukernavn") when there are several and no single one is a child's
// key, which would be the one to choose; empty otherwise. A guess among them would be a silent
// choice: the user chooses.
QList<int> childColumnCandidates(const QStringList &headers);

// The guardian groups of a file, for a learners-with-parents import whatever the guess.
QList<GuardianGroup> guardianGroups(const QStringList &headers);

} // namespace FileLayouts

} // namespace Rollbook

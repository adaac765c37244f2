#pragma once

#include "sample/sampleschool.h"

#include <QList>
#include <QString>
#include <QStringList>

// The made-up school of a sample (models/sample/sampleschool.h): its people and families, and
// its rows in each shape of file. Deterministic: the same options give the same school.
namespace Rollbook::SampleData {

struct Person
{
    QString firstName;
    QString lastName;
    QString username;
    QString syncKey;
    QString email;
    QString internalId;
};

struct Learner
{
    Person person;
    QString className;
    int family = 0;
};

struct Parent
{
    Person person;
    QString mobile;
    int family = 0;
};

struct Family
{
    QString lastName;
    QList<int> children; // learners, in file order
    QList<int> parents;  // parents, in file order
};

struct School
{
    QString name; // "Fjordvik skole"
    QList<Learner> learners;
    QList<Parent> parents;
    QList<Family> families;
    QList<Person> problemPeople; // the learners of problems.csv
    int guardianGroups = 2;      // of the wide file
    qsizetype links = 0;
};

// The school of these options; the options are valid (writeSampleSchool checks them).
School makeSchool(const SampleOptions &options);

// The rows, header first, of each file.
QList<QStringList> platformLearners(const School &school);
QList<QStringList> platformParents(const School &school);
QList<QStringList> elever(const School &school);
QList<QStringList> foresatte(const School &school);
QList<QStringList> wide(const School &school);
QList<QStringList> problems(const School &school);

} // namespace Rollbook::SampleData

#pragma once

#include <QString>

namespace Rollbook {

// One row of `person`, as the rest of the program sees it.
struct Person
{
    qint64 id = -1;
    QString internalId;
    QString syncKey;
    QString username;
    QString firstName;
    QString lastName;
    QString email;
    QString password;
    QString profile; // learner, parent or staff
    QString createdAt;
    QString updatedAt;
    // Every change to the row adds one (migration 4); an edit is stored only over the version it
    // was read at. 0: not read from the database.
    int version = 0;
    QString updatedBy; // who made the latest change, as the audit names them; may be empty

    QString fullName() const { return QString(firstName + QLatin1Char(' ') + lastName).trimmed(); }
    bool isLearner() const { return profile == QLatin1String("learner"); }
    bool isParent() const { return profile == QLatin1String("parent"); }
};

} // namespace Rollbook

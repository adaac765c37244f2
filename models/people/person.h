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

    QString fullName() const { return QString(firstName + QLatin1Char(' ') + lastName).trimmed(); }
    bool isLearner() const { return profile == QLatin1String("learner"); }
    bool isParent() const { return profile == QLatin1String("parent"); }
};

} // namespace Rollbook

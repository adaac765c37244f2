#include "filelayout.h"

#include "import/headerwords.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class FileLayoutText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::FileLayout)
};

QList<HeaderMeaning> understandAll(const QStringList &headers)
{
    QList<HeaderMeaning> meanings;
    meanings.reserve(headers.size());
    for (const QString &header : headers)
        meanings.append(HeaderWords::understand(header));
    return meanings;
}

bool isName(Field field)
{
    return field == Field::FirstName || field == Field::LastName || field == Field::FullName;
}

// A field that tells who a person is: a name, a user name or an e-mail address.
bool namesPerson(Field field)
{
    return isName(field) || field == Field::Username || field == Field::Email;
}

// A field a child reference can be read by (MatchField).
bool isKey(Field field)
{
    return field == Field::SyncKey || field == Field::Username || field == Field::InternalId;
}

struct Groups
{
    QList<GuardianGroup> groups;
    QList<int> unused;
};

Groups groupGuardians(const QList<HeaderMeaning> &meanings)
{
    const bool numbered = std::any_of(meanings.cbegin(), meanings.cend(), [](const auto &m) {
        return m.role == HeaderRole::Guardian && m.group > 0;
    });
    Groups result;
    QMap<int, GuardianGroup> byNumber;
    QList<std::pair<int, int>> others; // column, group number: placed once the groups are known
    for (int column = 0; column < meanings.size(); ++column) {
        const HeaderMeaning &meaning = meanings.at(column);
        if (meaning.role != HeaderRole::Guardian)
            continue;
        // Without numbers in the file, its guardian columns are one guardian's.
        const int number = numbered ? meaning.group : 1;
        if (number <= 0) {
            result.unused.append(column);
            continue;
        }
        GuardianGroup &group = byNumber[number];
        if (meaning.field == Field::Ignore || group.fields.contains(meaning.field)) {
            others.append({column, number}); // the first column of a field wins
            continue;
        }
        if (group.columns.isEmpty())
            group.label = meaning.groupLabel;
        group.columns.append(column);
        group.fields.append(meaning.field);
    }
    // A group is made by the columns that name fields; a number with none is no one.
    for (auto it = byNumber.begin(); it != byNumber.end();) {
        if (it->columns.isEmpty())
            it = byNumber.erase(it);
        else
            ++it;
    }
    for (const auto &[column, number] : others) {
        if (byNumber.contains(number))
            byNumber[number].otherColumns.append(column);
        else
            result.unused.append(column);
    }
    std::sort(result.unused.begin(), result.unused.end());
    int number = 0;
    for (GuardianGroup &group : byNumber) {
        group.number = ++number;
        result.groups.append(group);
    }
    return result;
}

// The field of each column whose role is accepted, the first column of a field winning.
QList<Field> mapColumns(const QList<HeaderMeaning> &meanings,
                        const std::function<bool(HeaderRole)> &accepted, int skipped = -1)
{
    QList<Field> mapping(meanings.size(), Field::Ignore);
    for (int column = 0; column < meanings.size(); ++column) {
        const HeaderMeaning &meaning = meanings.at(column);
        if (column == skipped || !accepted(meaning.role) || meaning.field == Field::Ignore ||
            mapping.contains(meaning.field))
            continue;
        mapping[column] = meaning.field;
    }
    return mapping;
}

// The column that most likely names each parent's child: a key of the child ("ChildID",
// "Barnets brukernavn"), else a key of a learner ("Elevnummer", "Pupil sync key"), a
// synchronisation key first; else any column about a child or a learner; else one whose header
// holds a child's or learner's word in a way the words do not read ("Childref").
int childColumnOf(const QStringList &headers, const QList<HeaderMeaning> &meanings)
{
    const auto keyOf = [&](HeaderRole role) {
        int found = -1;
        for (int column = 0; column < meanings.size(); ++column) {
            const HeaderMeaning &meaning = meanings.at(column);
            if (meaning.role != role || !isKey(meaning.field))
                continue;
            if (meaning.field == Field::SyncKey)
                return column;
            if (found < 0)
                found = column;
        }
        return found;
    };
    const auto anyOf = [&](HeaderRole role) {
        for (int column = 0; column < meanings.size(); ++column) {
            if (meanings.at(column).role == role)
                return column;
        }
        return -1;
    };
    for (const int column : {keyOf(HeaderRole::Child), keyOf(HeaderRole::Learner),
                             anyOf(HeaderRole::Child), anyOf(HeaderRole::Learner)}) {
        if (column >= 0)
            return column;
    }

    // The first rule Rollbook had, before it read headers word by word.
    static const QStringList words = {u"child"_s, u"pupil"_s, u"learner"_s, u"student"_s,
                                      u"kid"_s,   u"barn"_s,  u"elev"_s};
    for (int column = 0; column < headers.size(); ++column) {
        if (meanings.at(column).role == HeaderRole::Guardian)
            continue;
        const QString header = headers.at(column).toLower();
        for (const QString &word : words) {
            if (header.contains(word))
                return column;
        }
    }
    return -1;
}

bool hasValue(const QList<QStringList> &rows, int column)
{
    return std::any_of(rows.cbegin(), rows.cend(), [column](const QStringList &row) {
        return !row.value(column).trimmed().isEmpty();
    });
}

} // namespace

namespace FileLayouts {

FileLayout forProfile(Profile profile, const QStringList &headers,
                      const QList<QStringList> &firstRows)
{
    Q_UNUSED(firstRows) // the rows tell only the guess which profile to choose
    const QList<HeaderMeaning> meanings = understandAll(headers);
    const auto learnerSide = [](HeaderRole role) {
        return role == HeaderRole::Unmarked || role == HeaderRole::Learner;
    };

    FileLayout layout;
    layout.profile = profile;
    switch (profile) {
    case Profile::Learner:
        layout.mapping = mapColumns(meanings, learnerSide);
        break;
    case Profile::Parent:
        layout.childColumn = childColumnOf(headers, meanings);
        layout.mapping = mapColumns(
                meanings,
                [](HeaderRole role) {
                    return role == HeaderRole::Unmarked || role == HeaderRole::Guardian;
                },
                layout.childColumn);
        break;
    case Profile::LearnersWithParents: {
        layout.mapping = mapColumns(meanings, learnerSide);
        const Groups groups = groupGuardians(meanings);
        layout.groups = groups.groups;
        layout.unusedGuardianColumns = groups.unused;
        break;
    }
    }
    return layout;
}

FileLayout guess(const QStringList &headers, const QList<QStringList> &firstRows)
{
    const QList<HeaderMeaning> meanings = understandAll(headers);
    const auto anyColumn = [&](const std::function<bool(const HeaderMeaning &)> &test) {
        return std::any_of(meanings.cbegin(), meanings.cend(), test);
    };

    // A learner with guardians beside: a guardian group naming a person, and a learner's name.
    const Groups groups = groupGuardians(meanings);
    const bool groupNamesPerson =
            std::any_of(groups.groups.cbegin(), groups.groups.cend(), [](const auto &group) {
                return std::any_of(group.fields.cbegin(), group.fields.cend(), namesPerson);
            });
    const bool learnerNamed = anyColumn([](const HeaderMeaning &m) {
        return (m.role == HeaderRole::Unmarked || m.role == HeaderRole::Learner) && isName(m.field);
    });
    if (groupNamesPerson && learnerNamed) {
        FileLayout layout = forProfile(Profile::LearnersWithParents, headers, firstRows);
        QStringList labels;
        for (const GuardianGroup &group : std::as_const(layout.groups))
            labels.append(group.label);
        layout.reason =
                layout.groups.size() == 1
                        ? FileLayoutText::tr("Each row holds a learner with the columns of one "
                                             "guardian beside: %1.")
                                  .arg(labels.join(u", "_s))
                        : FileLayoutText::tr("Each row holds a learner with the columns of %1 "
                                             "guardians beside: %2.")
                                  .arg(QString::number(layout.groups.size()), labels.join(u", "_s));
        return layout;
    }

    // Every person's column names a guardian: a parent file.
    const bool ownPerson = anyColumn([](const HeaderMeaning &m) {
        return m.role == HeaderRole::Unmarked && namesPerson(m.field);
    });
    const bool guardianPerson = anyColumn([](const HeaderMeaning &m) {
        return m.role == HeaderRole::Guardian && namesPerson(m.field);
    });
    if (!ownPerson && guardianPerson) {
        FileLayout layout = forProfile(Profile::Parent, headers, firstRows);
        layout.reason = layout.childColumn >= 0
                                ? FileLayoutText::tr("Every column names a guardian, and the "
                                                     "column “%1” names each parent's child.")
                                          .arg(headers.at(layout.childColumn))
                                : FileLayoutText::tr("Every column names a guardian.");
        return layout;
    }

    // A column naming a child, with a child in it: the platform's parent file. Its learner file
    // has the same ChildID column, empty.
    bool namesChild = false;
    for (int column = 0; column < meanings.size(); ++column) {
        namesChild = namesChild || (meanings.at(column).role == HeaderRole::Child &&
                                    (firstRows.isEmpty() || hasValue(firstRows, column)));
    }
    if (namesChild) {
        FileLayout layout = forProfile(Profile::Parent, headers, firstRows);
        layout.reason = FileLayoutText::tr("The column “%1” names each parent's child.")
                                .arg(headers.at(layout.childColumn));
        return layout;
    }

    return forProfile(Profile::Learner, headers, firstRows);
}

QList<int> childColumnCandidates(const QStringList &headers)
{
    QList<int> candidates;
    int childKeys = 0;
    const QList<HeaderMeaning> meanings = understandAll(headers);
    for (int column = 0; column < meanings.size(); ++column) {
        const HeaderMeaning &meaning = meanings.at(column);
        if ((meaning.role != HeaderRole::Child && meaning.role != HeaderRole::Learner) ||
            !isKey(meaning.field))
            continue;
        candidates.append(column);
        childKeys += meaning.role == HeaderRole::Child ? 1 : 0;
    }
    if (candidates.size() < 2 || childKeys == 1)
        return {};
    return candidates;
}

QList<GuardianGroup> guardianGroups(const QStringList &headers)
{
    return groupGuardians(understandAll(headers)).groups;
}

} // namespace FileLayouts

} // namespace Rollbook

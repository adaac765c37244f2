#include "sampledata.h"

#include "import/importplan.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::SampleData {

namespace {

// splitmix64: small, fast, and the same numbers on every compiler and standard library (unlike
// std::uniform_int_distribution). Integer arithmetic only, so every byte follows from the seed.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[below(int(i + 1))]);
    }

private:
    quint64 m_state;
};

// Names as Norwegian schools have them, every letter one Windows-1252 can hold.
const QStringList &girls()
{
    static const QStringList names =
            u"Emma Nora Sofie Olivia Ella Ingrid Sara Maja Leah Frida Astrid Selma Ida Thea Vilde "
            "Aurora Hedda Tiril Mathilde Sigrid Åse Solveig Marte Ylva Zoë Chloé Amira Fatima "
            "Linnéa Mille Oda Live Eira Tuva Hanna Marie Ragnhild Synnøve Kaja Ingeborg Mia "
            "Helene Iben Vår Siri Jenny Malin Aisha"_s.split(u' ');
    return names;
}

const QStringList &boys()
{
    static const QStringList names =
            u"Jakob Emil Noah Oliver Filip William Lucas Liam Henrik Oskar Aksel Theodor Isak "
            "Magnus Johannes Sander Mathias Tobias Elias Ludvig Håkon Øystein Bjørn Ørjan Sindre "
            "Even Eirik Kasper Jonas Mohammed Yusuf Ali André Sebastian Torstein Halvor Kåre Pål "
            "Gaute Sverre Trygve Sølve Vetle Aleksander Ådne Mikkel Adrian José"_s.split(u' ');
    return names;
}

// Grown-ups' first names; an underscore stands for the space of a double name.
const QStringList &adults()
{
    static const QStringList names = [] {
        QStringList list =
                u"Kari Anne Inger Hilde Randi Tone Siri Camilla Marianne Ingrid Kristin Linn "
                "Silje Hege Gro Eli Åshild Bodil Mette Nina Liv Trine Ingvild Hanne Stine "
                "Gunhild Sølvi Berit Mona Renée Leila Minh Anne_Lise Kari_Anne Ola Per Jan Knut "
                "Lars Tor Geir Terje Morten Rune Øyvind Håvard Espen Stian Trond Frode Kjetil "
                "Bård Åsmund Vidar Jørgen Eivind Thomas Anders Hans_Petter Jon_Are Ahmed Omar "
                "Jesús Dag Helge"_s.split(u' ');
        for (QString &name : list)
            name.replace(u'_', u' ');
        return list;
    }();
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names =
            u"Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen "
            "Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl "
            "Jørgensen Halvorsen Henriksen Lund Sørensen Moen Gundersen Iversen Strand Solberg "
            "Svendsen Eide Knutsen Martinsen Paulsen Bakken Mathisen Lie Amundsen Nguyen "
            "Rasmussen Lunde Solheim Berge Moe Nygård Bakke Holm Lien Hauge Ødegård Løvås Næss "
            "Bjørkli Kråkenes Sæther Aasen Brænd Haddad Ahmadi Kowalski Müller Øien Ås Tønnesen "
            "Rønning Grønlund Fjellheim Sandvik Vågen Håland Skjærvø Furuseth Bråten Sánchez "
            "Lindqvist Berg-Olsen"_s.split(u' ');
    return names;
}

const QStringList &mailProviders()
{
    static const QStringList names = {u"epost.example"_s, u"hjem.example"_s, u"post.example"_s,
                                      u"familie.example"_s};
    return names;
}

// How many parents each family has: most two, some one, a few three or four (a parent's new
// partner), filled round by round in a shuffled order with a few random turns.
QList<int> parentsPerFamily(int families, int parents, Random &random)
{
    QList<int> count(families, 0);
    QList<int> order(families);
    for (int f = 0; f < families; ++f)
        order[f] = f;
    random.shuffle(order);
    int level = 0;
    int at = 0;
    for (int p = 0; p < parents; ++p) {
        if (random.percent(12)) {
            const int f = random.below(families);
            if (count.at(f) < 4) {
                ++count[f];
                continue;
            }
        }
        // The next family with `level` parents; the next level once every family has it.
        while (count.at(order.at(at)) > level) {
            if (++at == families) {
                at = 0;
                ++level;
            }
        }
        ++count[order.at(at)];
    }
    return count;
}

// The user names given so far, and the number to try next for each name ("emma.hansen" ->
// 3 once emma.hansen and emma.hansen2 are taken), so that a large school does not count up
// from 1 for every Emma Hansen.
struct Usernames
{
    QSet<QString> taken;
    QHash<QString, int> next;
};

Person makePerson(const QString &first, const QString &last, Usernames &usernames)
{
    Person person;
    person.firstName = first;
    person.lastName = last;
    const QString name = first + u'\n' + last;
    int number = usernames.next.value(name, 1);
    do {
        person.username = guardianUsername(first, last, number++);
    } while (usernames.taken.contains(person.username));
    usernames.next.insert(name, number);
    usernames.taken.insert(person.username);
    return person;
}

// A first name from `names` that no one of `family` has (no two Emmas among brothers and
// sisters), unless a few tries find none.
template<typename PersonAt>
QString firstNameBeside(Random &random, const QStringList &names, const QList<int> &family,
                        const PersonAt &personAt)
{
    QString name = random.pick(names);
    for (int tries = 0; tries < 8; ++tries) {
        const bool taken = std::any_of(family.cbegin(), family.cend(),
                                       [&](int at) { return personAt(at).firstName == name; });
        if (!taken)
            break;
        name = random.pick(names);
    }
    return name;
}

} // namespace

School makeSchool(const SampleOptions &options)
{
    const int learners = options.learners;
    const int parents = sampleParentCount(options);
    Random random((quint64(options.seed) << 32) ^ (quint64(learners) * 0x2545F4914F6CDD1DULL) ^
                  quint64(parents));
    School school;
    school.name = u"Fjordvik skole"_s;
    Usernames usernames;

    // Families: about one in six learners has a sibling at the school; never more parents to a
    // family than four.
    const int families = std::clamp(std::max(1, learners * 5 / 6),
                                    std::min(learners, (parents + 3) / 4), learners);
    QList<int> familyOf(learners);
    for (int i = 0; i < learners; ++i)
        familyOf[i] = i < families ? i : random.below(families);
    random.shuffle(familyOf);
    school.families.resize(families);
    for (Family &family : school.families)
        family.lastName = random.pick(lastNames());

    const int classesPerGrade = std::max(1, (learners + 174) / 175); // 7 grades of about 25
    for (int i = 0; i < learners; ++i) {
        Family &family = school.families[familyOf.at(i)];
        Learner learner;
        learner.family = familyOf.at(i);
        learner.person = makePerson(
                firstNameBeside(random, random.percent(50) ? girls() : boys(), family.children,
                                [&school](int at) { return school.learners.at(at).person; }),
                family.lastName, usernames);
        learner.person.syncKey = QString::number(100001 + i);
        learner.person.internalId = QString::number(3000000 + i * 29 + random.below(29));
        if (random.percent(85))
            learner.person.email = learner.person.username + u"@elev.fjordvik.example"_s;
        const int letter = random.below(classesPerGrade);
        learner.className =
                QString::number(1 + random.below(7)) +
                (letter < 26 ? QString(QChar(u'A' + letter)) : u"-%1"_s.arg(letter + 1));
        family.children.append(i);
        school.learners.append(learner);
    }

    // Parents, in the order their first child comes in the learners file.
    const QList<int> count = parentsPerFamily(families, parents, random);
    for (const Learner &learner : std::as_const(school.learners)) {
        Family &family = school.families[learner.family];
        if (!family.parents.isEmpty() || count.at(learner.family) == 0)
            continue;
        for (int k = 0; k < count.at(learner.family); ++k) {
            // The first parent has the children's last name, often the second too.
            const bool same = k == 0 || (k == 1 && random.percent(60));
            Parent parent;
            parent.person = makePerson(
                    firstNameBeside(random, adults(), family.parents,
                                    [&school](int at) { return school.parents.at(at).person; }),
                    same ? family.lastName : random.pick(lastNames()), usernames);
            parent.family = learner.family;
            const int number = int(school.parents.size());
            parent.person.syncKey = QString::number(500001 + number);
            parent.person.internalId = QString::number(7000000 + number * 7 + random.below(7));
            if (random.percent(90))
                parent.person.email = parent.person.username + u'@' + random.pick(mailProviders());
            parent.mobile = QString::number((random.percent(50) ? 40000000 : 90000000) +
                                            random.below(10000000));
            family.parents.append(number);
            school.parents.append(parent);
        }
        school.guardianGroups = std::max(school.guardianGroups, int(family.parents.size()));
        school.links += family.parents.size() * family.children.size();
    }

    // problems.csv: learners of their own, so that it can be tried on any database.
    for (int i = 0; i < 7; ++i) {
        Person person = makePerson(random.pick(random.percent(50) ? girls() : boys()),
                                   random.pick(lastNames()), usernames);
        person.syncKey = QString::number(990001 + i);
        person.email = person.username + u"@elev.fjordvik.example"_s;
        school.problemPeople.append(person);
    }
    return school;
}

// The platform's own two files (the learners, then the parents with one row per child).
QList<QStringList> platformLearners(const School &school)
{
    QList<QStringList> rows = {{u"SyncID"_s, u"User name"_s, u"Password"_s, u"First name"_s,
                                u"Last name"_s, u"E-mail"_s, u"Internal person ID"_s}};
    for (const Learner &l : school.learners) {
        const Person &p = l.person;
        rows.append(
                {p.syncKey, p.username, QString(), p.firstName, p.lastName, p.email, p.internalId});
    }
    return rows;
}

QList<QStringList> platformParents(const School &school)
{
    QList<QStringList> rows = {{u"SyncID"_s, u"User name"_s, u"Password"_s, u"First name"_s,
                                u"Last name"_s, u"E-mail"_s, u"Internal person ID"_s,
                                u"ChildID"_s}};
    for (const Parent &parent : school.parents) {
        const Person &p = parent.person;
        for (const int child : school.families.at(parent.family).children)
            rows.append({p.syncKey, p.username, QString(), p.firstName, p.lastName, p.email,
                         p.internalId, school.learners.at(child).person.syncKey});
    }
    return rows;
}

// A Norwegian student system's pair: Elevnummer is the synchronisation key, the learners file
// ends every line with a semicolon.
QList<QStringList> elever(const School &school)
{
    QList<QStringList> rows = {{u"Elevnummer"_s, u"Fornavn"_s, u"Etternavn"_s, u"Brukernavn"_s,
                                u"Epost"_s, u"Klasse"_s, QString()}};
    for (const Learner &l : school.learners)
        rows.append({l.person.syncKey, l.person.firstName, l.person.lastName, l.person.username,
                     l.person.email, l.className, QString()});
    return rows;
}

QList<QStringList> foresatte(const School &school)
{
    QList<QStringList> rows = {{u"Foresatt fornavn"_s, u"Foresatt etternavn"_s,
                                u"Foresatt brukernavn"_s, u"Foresatt e-post"_s, u"Elevnummer"_s}};
    for (const Learner &learner : school.learners) {
        for (const int parent : school.families.at(learner.family).parents) {
            const Person &p = school.parents.at(parent).person;
            rows.append({p.firstName, p.lastName, p.username, p.email, learner.person.syncKey});
        }
    }
    return rows;
}

// One row per learner, the guardians beside; siblings list them in different orders.
QList<QStringList> wide(const School &school)
{
    QStringList header = {u"Elev-ID"_s,    u"Fornavn"_s, u"Etternavn"_s,
                          u"Brukernavn"_s, u"E-post"_s,  u"Klasse"_s};
    for (int g = 1; g <= school.guardianGroups; ++g)
        header << u"Foresatt %1 navn"_s.arg(g) << u"Foresatt %1 brukernavn"_s.arg(g)
               << u"Foresatt %1 e-post"_s.arg(g) << u"Foresatt %1 mobil"_s.arg(g);
    QList<QStringList> rows = {header};
    for (int i = 0; i < school.learners.size(); ++i) {
        const Learner &l = school.learners.at(i);
        const Family &family = school.families.at(l.family);
        QStringList row = {l.person.syncKey,  l.person.firstName, l.person.lastName,
                           l.person.username, l.person.email,     l.className};
        const qsizetype n = family.parents.size();
        const qsizetype turn = n == 0 ? 0 : family.children.indexOf(i) % n;
        for (int g = 0; g < school.guardianGroups; ++g) {
            if (g >= n) {
                row << QString() << QString() << QString() << QString();
                continue;
            }
            const Parent &parent = school.parents.at(family.parents.at((g + turn) % n));
            row << parent.person.firstName + u' ' + parent.person.lastName << parent.person.username
                << parent.person.email << parent.mobile;
        }
        rows.append(row);
    }
    return rows;
}

// Two good rows (lines 2 and 8) around five with one mistake each.
QList<QStringList> problems(const School &school)
{
    const QList<Person> &p = school.problemPeople;
    const auto row = [](const Person &person) {
        return QStringList{person.syncKey, person.username, person.firstName, person.lastName,
                           person.email};
    };
    QList<QStringList> rows = {
            {u"SyncID"_s, u"User name"_s, u"First name"_s, u"Last name"_s, u"E-mail"_s}};
    rows << row(p.at(0));
    QStringList noLastName = row(p.at(1));
    noLastName[3].clear();
    rows << noLastName;
    QStringList sameUsername = row(p.at(3));
    sameUsername[1] = p.at(2).username;
    rows << row(p.at(2)) << sameUsername;
    QStringList badEmail = row(p.at(4));
    badEmail[4] = p.at(4).username + u"@elev"_s;
    rows << badEmail;
    QStringList noUsername = row(p.at(5));
    noUsername[1].clear();
    rows << noUsername << row(p.at(6));
    return rows;
}

} // namespace Rollbook::SampleData

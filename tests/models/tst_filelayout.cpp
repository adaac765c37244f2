// The layout of a file guessed from its headers (models/import/filelayout.cpp): whom it holds,
// which column is whose, the guardian groups of a learners-with-parents file, and why.
#include "import/filelayout.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestFileLayout : public QObject
{
    Q_OBJECT

private slots:
    void guess_data();
    void guess();
    void groups_data();
    void groups();
    void forProfile_data();
    void forProfile();
    void reasonsNameTheColumns();
    void groupsKeepTheirOtherColumns();
    void childColumnCandidates_data();
    void childColumnCandidates();
};

namespace {

QStringList split(const QString &headers)
{
    return headers.split(headers.contains(u';') ? u';' : u',');
}

constexpr Field ignore = Field::Ignore;
constexpr Field first = Field::FirstName;
constexpr Field last = Field::LastName;
constexpr Field full = Field::FullName;
constexpr Field user = Field::Username;
constexpr Field password = Field::Password;
constexpr Field key = Field::SyncKey;
constexpr Field email = Field::Email;

} // namespace

void TestFileLayout::guess_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QList<Field>>("mapping");
    QTest::addColumn<int>("childColumn");
    QTest::addColumn<QStringList>("groups"); // the groups' labels
    QTest::addColumn<QString>("reason");     // a part of it; empty: the reason is empty

    const QList<QStringList> noRows;

    // A Norwegian student system's pair of files.
    QTest::newRow("nb: learners")
            << split(u"Elevnummer;Fornavn;Etternavn;Brukernavn;Epost;Klasse;"_s) << noRows
            << Profile::Learner << QList<Field>{key, first, last, user, email, ignore, ignore} << -1
            << QStringList() << QString();
    QTest::newRow("nb: guardians")
            << split(u"Foresatt fornavn;Foresatt etternavn;Foresatt brukernavn;Foresatt e-post;"
                     u"Elevnummer"_s)
            << noRows << Profile::Parent << QList<Field>{first, last, user, email, ignore} << 4
            << QStringList() << u"“Elevnummer” names each parent's child"_s;

    // One row per learner, the guardians beside.
    QTest::newRow("nb: wide")
            << split(u"Elev-ID;Fornavn;Etternavn;Brukernavn;E-post;Klasse;Foresatt 1 navn;"
                     u"Foresatt 1 e-post;Foresatt 1 brukernavn;Foresatt 2 navn;Foresatt 2 e-post;"
                     u"Foresatt 2 brukernavn"_s)
            << noRows << Profile::LearnersWithParents
            << QList<Field>{key,    first,  last,   user,   email,  ignore,
                            ignore, ignore, ignore, ignore, ignore, ignore}
            << -1 << QStringList{u"Foresatt 1"_s, u"Foresatt 2"_s}
            << u"columns of 2 guardians beside: Foresatt 1, Foresatt 2."_s;
    QTest::newRow("en: wide")
            << split(u"Student ID,First Name,Last Name,Username,Parent1 First Name,"
                     u"Parent1 Last Name,Parent1 Email,Parent2 First Name,Parent2 Last Name,"
                     u"Parent2 Email"_s)
            << noRows << Profile::LearnersWithParents
            << QList<Field>{key, first, last, user, ignore, ignore, ignore, ignore, ignore, ignore}
            << -1 << QStringList{u"Parent1"_s, u"Parent2"_s} << u"Parent1, Parent2"_s;
    QTest::newRow("en: mother and father")
            << split(u"Student ID,First Name,Last Name,MotherFirstName,MotherLastName,MotherEmail,"
                     u"Father First Name,Father Last Name,Father Email"_s)
            << noRows << Profile::LearnersWithParents
            << QList<Field>{key, first, last, ignore, ignore, ignore, ignore, ignore, ignore} << -1
            << QStringList{u"Mother"_s, u"Father"_s} << u"Mother, Father"_s;
    QTest::newRow("sv: wide")
            << split(u"Elev-ID;Förnamn;Efternamn;Användarnamn;E-post;Vårdnadshavare 1 förnamn;"
                     u"Vårdnadshavare 1 efternamn;Vårdnadshavare 1 e-post;"
                     u"Vårdnadshavare 2 förnamn;Vårdnadshavare 2 efternamn;"
                     u"Vårdnadshavare 2 e-post"_s)
            << noRows << Profile::LearnersWithParents
            << QList<Field>{key,    first,  last,   user,   email, ignore,
                            ignore, ignore, ignore, ignore, ignore}
            << -1 << QStringList{u"Vårdnadshavare 1"_s, u"Vårdnadshavare 2"_s}
            << u"Vårdnadshavare 1, Vårdnadshavare 2"_s;
    QTest::newRow("da: wide")
            << split(u"Elevnummer;Fornavn;Efternavn;Brugernavn;E-mail;Forælder 1 fornavn;"
                     u"Forælder 1 efternavn;Forælder 1 e-mail;Forælder 2 fornavn;"
                     u"Forælder 2 efternavn;Forælder 2 e-mail"_s)
            << noRows << Profile::LearnersWithParents
            << QList<Field>{key,    first,  last,   user,   email, ignore,
                            ignore, ignore, ignore, ignore, ignore}
            << -1 << QStringList{u"Forælder 1"_s, u"Forælder 2"_s} << u"Forælder 1"_s;
    QTest::newRow("nl: wide")
            << split(u"Leerlingnummer;Voornaam;Achternaam;Gebruikersnaam;E-mailadres;"
                     u"Ouder/verzorger 1 voornaam;Ouder/verzorger 1 achternaam;"
                     u"Ouder/verzorger 1 e-mail;Ouder/verzorger 2 voornaam;"
                     u"Ouder/verzorger 2 achternaam;Ouder/verzorger 2 e-mail"_s)
            << noRows << Profile::LearnersWithParents
            << QList<Field>{key,    first,  last,   user,   email, ignore,
                            ignore, ignore, ignore, ignore, ignore}
            << -1 << QStringList{u"Ouder/verzorger 1"_s, u"Ouder/verzorger 2"_s}
            << u"Ouder/verzorger 2"_s;
    QTest::newRow("de: wide")
            << split(u"Schüler-ID;Vorname;Nachname;Benutzername;E-Mail;"
                     u"Erziehungsberechtigter 1 Vorname;Erziehungsberechtigter 1 Nachname;"
                     u"Erziehungsberechtigter 1 E-Mail;Erziehungsberechtigter 2 Vorname;"
                     u"Erziehungsberechtigter 2 Nachname;Erziehungsberechtigter 2 E-Mail"_s)
            << noRows << Profile::LearnersWithParents
            << QList<Field>{key,    first,  last,   user,   email, ignore,
                            ignore, ignore, ignore, ignore, ignore}
            << -1 << QStringList{u"Erziehungsberechtigter 1"_s, u"Erziehungsberechtigter 2"_s}
            << u"Erziehungsberechtigter 2"_s;
    QTest::newRow("four groups")
            << split(u"Elev-ID;Fornavn;Etternavn;Foresatt 1 e-post;Foresatt 2 e-post;"
                     u"Foresatt 3 e-post;Foresatt 4 e-post"_s)
            << noRows << Profile::LearnersWithParents
            << QList<Field>{key, first, last, ignore, ignore, ignore, ignore} << -1
            << QStringList{u"Foresatt 1"_s, u"Foresatt 2"_s, u"Foresatt 3"_s, u"Foresatt 4"_s}
            << u"columns of 4 guardians"_s;
    QTest::newRow("one guardian without a number")
            << split(u"Fornavn;Etternavn;Foresatt navn;Foresatt e-post"_s) << noRows
            << Profile::LearnersWithParents << QList<Field>{first, last, ignore, ignore} << -1
            << QStringList{u"Foresatt"_s} << u"columns of one guardian beside: Foresatt."_s;

    // The platform's own files: the learner file has the parent file's ChildID column, empty.
    const QStringList platform = split(u"SyncID,User name,First name,Last name,ChildID"_s);
    QTest::newRow("platform learners: ChildID empty")
            << platform
            << QList<QStringList>{{u"1"_s, u"son1"_s, u"Jim"_s, u"Dickinson"_s, QString()},
                                  {u"2"_s, u"son2"_s, u"John"_s, u"Dickinson"_s, u" "_s}}
            << Profile::Learner << QList<Field>{key, user, first, last, ignore} << -1
            << QStringList() << QString();
    QTest::newRow("platform parents: ChildID filled")
            << platform
            << QList<QStringList>{{u"222"_s, u"mom"_s, u"Elizabeth"_s, u"Dickinson"_s, u"1"_s}}
            << Profile::Parent << QList<Field>{key, user, first, last, ignore} << 4 << QStringList()
            << u"The column “ChildID” names each parent's child."_s;
    QTest::newRow("platform parents: headers only")
            << platform << noRows << Profile::Parent << QList<Field>{key, user, first, last, ignore}
            << 4 << QStringList() << u"“ChildID”"_s;
    QTest::newRow("parents by the child's user name")
            << split(u"Brukernavn;Fornavn;Etternavn;E-post;Barnets brukernavn"_s) << noRows
            << Profile::Parent << QList<Field>{user, first, last, email, ignore} << 4
            << QStringList() << u"“Barnets brukernavn”"_s;
    // "Pupil sync key" is the pupil's key, said in the platform's word: another person's.
    QTest::newRow("pupil sync key")
            << split(u"First name,Last name,User name,Password,Pupil sync key,E-mail"_s) << noRows
            << Profile::Parent << QList<Field>{first, last, user, password, ignore, email} << 4
            << QStringList() << u"“Pupil sync key”"_s;
    QTest::newRow("plain learners")
            << split(u"SyncID,User name,First name,Last name,E-mail"_s) << noRows
            << Profile::Learner << QList<Field>{key, user, first, last, email} << -1
            << QStringList() << QString();
    QTest::newRow("full name") << split(u"Elevnr;Navn;Brukernavn"_s) << noRows << Profile::Learner
                               << QList<Field>{key, full, user} << -1 << QStringList() << QString();
}

void TestFileLayout::guess()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, rows);
    QFETCH(Profile, profile);
    QFETCH(QList<Field>, mapping);
    QFETCH(int, childColumn);
    QFETCH(QStringList, groups);
    QFETCH(QString, reason);

    const FileLayout layout = FileLayouts::guess(headers, rows);
    QCOMPARE(layout.profile, profile);
    QCOMPARE(layout.mapping, mapping);
    QCOMPARE(layout.childColumn, childColumn);
    QStringList labels;
    for (const GuardianGroup &group : layout.groups)
        labels.append(group.label);
    QCOMPARE(labels, groups);
    if (reason.isEmpty())
        QVERIFY2(layout.reason.isEmpty(), qPrintable(layout.reason));
    else
        QVERIFY2(layout.reason.contains(reason), qPrintable(layout.reason));
}

void TestFileLayout::groups_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<int>>("numbers");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<QList<int>>>("columns");
    QTest::addColumn<QList<QList<Field>>>("fields");
    QTest::addColumn<QList<int>>("unused");

    QTest::newRow("nb: wide")
            << split(u"Elev-ID;Fornavn;Foresatt 1 navn;Foresatt 1 e-post;Foresatt 1 brukernavn;"
                     u"Foresatt 2 navn;Foresatt 2 e-post;Foresatt 2 brukernavn"_s)
            << QList<int>{1, 2} << QStringList{u"Foresatt 1"_s, u"Foresatt 2"_s}
            << QList<QList<int>>{{2, 3, 4}, {5, 6, 7}}
            << QList<QList<Field>>{{full, email, user}, {full, email, user}} << QList<int>();
    QTest::newRow("interleaved")
            << split(u"Parent1 Email,Parent2 Email,Parent1 First Name,Parent2 First Name"_s)
            << QList<int>{1, 2} << QStringList{u"Parent1"_s, u"Parent2"_s}
            << QList<QList<int>>{{0, 2}, {1, 3}}
            << QList<QList<Field>>{{email, first}, {email, first}} << QList<int>();
    QTest::newRow("father before mother")
            << split(u"Father Email,MotherEmail"_s) << QList<int>{1, 2}
            << QStringList{u"Mother"_s, u"Father"_s} << QList<QList<int>>{{1}, {0}}
            << QList<QList<Field>>{{email}, {email}} << QList<int>();
    QTest::newRow("without numbers: one guardian")
            << split(u"Fornavn;Foresatt fornavn;Foresatt etternavn;Foresatte e-post"_s)
            << QList<int>{1} << QStringList{u"Foresatt"_s} << QList<QList<int>>{{1, 2, 3}}
            << QList<QList<Field>>{{first, last, email}} << QList<int>();
    QTest::newRow("numbers 2 and 5 are groups 1 and 2")
            << split(u"Foresatt 5 e-post;Foresatt 2 e-post"_s) << QList<int>{1, 2}
            << QStringList{u"Foresatt 2"_s, u"Foresatt 5"_s} << QList<QList<int>>{{1}, {0}}
            << QList<QList<Field>>{{email}, {email}} << QList<int>();
    QTest::newRow("unnumbered beside numbered, unknown, repeated")
            << split(u"Fornavn;Foresatt 1 e-post;Foresatt 2 e-post;Foresatt e-post;"
                     u"Foresatt 1 mobil;Foresatt 1 epost"_s)
            << QList<int>{1, 2} << QStringList{u"Foresatt 1"_s, u"Foresatt 2"_s}
            << QList<QList<int>>{{1}, {2}} << QList<QList<Field>>{{email}, {email}}
            << QList<int>{3};
    QTest::newRow("a number without a field is no one")
            << split(u"Fornavn;Foresatt 1 e-post;Foresatt 3 mobil"_s) << QList<int>{1}
            << QStringList{u"Foresatt 1"_s} << QList<QList<int>>{{1}}
            << QList<QList<Field>>{{email}} << QList<int>{2};
    QTest::newRow("no guardians") << split(u"Fornavn;Etternavn;ChildID"_s) << QList<int>()
                                  << QStringList() << QList<QList<int>>() << QList<QList<Field>>()
                                  << QList<int>();
}

void TestFileLayout::groups()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<int>, numbers);
    QFETCH(QStringList, labels);
    QFETCH(QList<QList<int>>, columns);
    QFETCH(QList<QList<Field>>, fields);
    QFETCH(QList<int>, unused);

    const QList<GuardianGroup> groups = FileLayouts::guardianGroups(headers);
    QCOMPARE(groups.size(), numbers.size());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QCOMPARE(groups.at(i).number, numbers.at(i));
        QCOMPARE(groups.at(i).label, labels.at(i));
        QCOMPARE(groups.at(i).columns, columns.at(i));
        QCOMPARE(groups.at(i).fields, fields.at(i));
    }
    const FileLayout layout = FileLayouts::forProfile(Profile::LearnersWithParents, headers);
    QCOMPARE(layout.groups.size(), groups.size());
    QCOMPARE(layout.unusedGuardianColumns, unused);
}

void TestFileLayout::groupsKeepTheirOtherColumns()
{
    // "Foresatt 1 mobil" names no field, "Foresatt 1 epost" repeats one: both stay Foresatt 1's.
    const QList<GuardianGroup> groups = FileLayouts::guardianGroups(
            split(u"Fornavn;Foresatt 1 e-post;Foresatt 2 e-post;Foresatt 1 mobil;"
                  u"Foresatt 1 epost;Foresatt 2 navn"_s));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).otherColumns, QList<int>({3, 4}));
    QCOMPARE(groups.at(1).otherColumns, QList<int>());
    QCOMPARE(groups.at(1).columns, QList<int>({2, 5}));
}

void TestFileLayout::forProfile_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QList<Field>>("mapping");
    QTest::addColumn<int>("childColumn");
    QTest::addColumn<int>("groupCount");

    const QStringList pupil =
            split(u"First name,Last name,User name,Password,Pupil sync key,E-mail"_s);
    QTest::newRow("pupil sync key as parents")
            << pupil << Profile::Parent << QList<Field>{first, last, user, password, ignore, email}
            << 4 << 0;
    QTest::newRow("pupil sync key as learners")
            << pupil << Profile::Learner << QList<Field>{first, last, user, password, ignore, email}
            << -1 << 0;
    const QStringList platform = split(u"SyncID,User name,First name,Last name,ChildID"_s);
    QTest::newRow("platform as parents") << platform << Profile::Parent
                                         << QList<Field>{key, user, first, last, ignore} << 4 << 0;
    QTest::newRow("platform as learners with parents")
            << platform << Profile::LearnersWithParents
            << QList<Field>{key, user, first, last, ignore} << -1 << 0;
    const QStringList wide = split(u"Elev-ID;Fornavn;Etternavn;Foresatt 1 navn;"
                                   u"Foresatt 1 e-post;Foresatt 2 navn;Foresatt 2 e-post"_s);
    QTest::newRow("wide as learners")
            << wide << Profile::Learner
            << QList<Field>{key, first, last, ignore, ignore, ignore, ignore} << -1 << 0;
    QTest::newRow("wide as learners with parents")
            << wide << Profile::LearnersWithParents
            << QList<Field>{key, first, last, ignore, ignore, ignore, ignore} << -1 << 2;
    // The child's key before the learner's, a synchronisation key before a user name.
    QTest::newRow("child key before learner key")
            << split(u"Brukernavn;Elevnummer;Barnets brukernavn;ChildID"_s) << Profile::Parent
            << QList<Field>{user, ignore, ignore, ignore} << 3 << 0;
    QTest::newRow("a child column without a key")
            << split(u"Brukernavn;Fornavn;Etternavn;Barnets navn"_s) << Profile::Parent
            << QList<Field>{user, first, last, ignore} << 3 << 0;
    QTest::newRow("the first rule: a word inside a header")
            << split(u"Brukernavn;Fornavn;Etternavn;Childref"_s) << Profile::Parent
            << QList<Field>{user, first, last, ignore} << 3 << 0;
    QTest::newRow("no child column") << split(u"Brukernavn;Fornavn;Etternavn"_s) << Profile::Parent
                                     << QList<Field>{user, first, last} << -1 << 0;
}

void TestFileLayout::forProfile()
{
    QFETCH(QStringList, headers);
    QFETCH(Profile, profile);
    QFETCH(QList<Field>, mapping);
    QFETCH(int, childColumn);
    QFETCH(int, groupCount);

    const FileLayout layout = FileLayouts::forProfile(profile, headers);
    QCOMPARE(layout.profile, profile);
    QCOMPARE(layout.mapping, mapping);
    QCOMPARE(layout.childColumn, childColumn);
    QCOMPARE(layout.groups.size(), groupCount);
    QVERIFY(layout.reason.isEmpty());
}

void TestFileLayout::reasonsNameTheColumns()
{
    QCOMPARE(FileLayouts::guess(split(u"Foresatt fornavn;Foresatt e-post;Elevnummer"_s)).reason,
             u"Every column names a guardian, and the column “Elevnummer” names each parent's "
             u"child."_s);
    QCOMPARE(FileLayouts::guess(split(u"Foresatt fornavn;Foresatt e-post"_s)).reason,
             u"Every column names a guardian."_s);
    QCOMPARE(FileLayouts::guess(split(u"Fornavn;Etternavn;Foresatt 1 e-post;Foresatt 2 e-post"_s))
                     .reason,
             u"Each row holds a learner with the columns of 2 guardians beside: Foresatt 1, "
             u"Foresatt 2."_s);
}

void TestFileLayout::childColumnCandidates_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<int>>("candidates");
    QTest::newRow("one child column")
            << split(u"SyncID,User name,First name,Last name,ChildID"_s) << QList<int>();
    QTest::newRow("a child's key beside a learner's: the child's")
            << split(u"First name,Last name,User name,ChildID,Elevnummer"_s) << QList<int>();
    QTest::newRow("two children's keys")
            << split(u"First name,Last name,User name,ChildID,Child username"_s)
            << QList<int>{3, 4};
    QTest::newRow("two learners' keys")
            << split(u"Foresatt fornavn;Foresatt etternavn;Foresatt e-post;Elevnummer;Elev-ID"_s)
            << QList<int>{3, 4};
}

void TestFileLayout::childColumnCandidates()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<int>, candidates);
    QCOMPARE(FileLayouts::childColumnCandidates(headers), candidates);
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestFileLayout)
#include "tst_filelayout.moc"

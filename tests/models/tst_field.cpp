// The words of column headers (models/import/headerwords.cpp, models/import/headerguess.cpp) and
// the fields they name (models/people/field.cpp), in every language Rollbook reads.
#include "import/headerguess.h"
#include "import/headerwords.h"
#include "people/field.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestField : public QObject
{
    Q_OBJECT

private slots:
    void understand_data();
    void understand();
    void unrecognised_data();
    void unrecognised();
    void keepsTheOldWords_data();
    void keepsTheOldWords();
    void groupLabel_data();
    void groupLabel();
    void fold_data();
    void fold();
    void guessIgnoresTheChild();
    void guessAllTakesTheFirstColumnOfAField();
    void splitFullName_data();
    void splitFullName();
    void keys();
};

namespace {

void row(const char *name, const QString &header, Field field,
         HeaderRole role = HeaderRole::Unmarked, int group = 0)
{
    QTest::newRow(name) << header << field << role << group;
}

} // namespace

void TestField::understand_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<Field>("field");
    QTest::addColumn<HeaderRole>("role");
    QTest::addColumn<int>("group");
    const HeaderRole guardian = HeaderRole::Guardian;
    const HeaderRole learner = HeaderRole::Learner;
    const HeaderRole child = HeaderRole::Child;

    // English
    row("en: First name", u"First name"_s, Field::FirstName);
    row("en: FirstName", u"FirstName"_s, Field::FirstName);
    row("en: first_name", u"first_name"_s, Field::FirstName);
    row("en: Given name", u"Given name"_s, Field::FirstName);
    row("en: Forename", u"Forename"_s, Field::FirstName);
    row("en: Surname", u"Surname"_s, Field::LastName);
    row("en: Family name", u"Family name"_s, Field::LastName);
    row("en: Full name", u"Full name"_s, Field::FullName);
    row("en: Name", u"Name"_s, Field::FullName);
    row("en: User name", u"User name"_s, Field::Username);
    row("en: Login name", u"Login name"_s, Field::Username);
    row("en: Password", u"Password"_s, Field::Password);
    row("en: E-mail address", u"E-mail address"_s, Field::Email);
    row("en: Email Address", u"Email Address"_s, Field::Email);
    row("en: Synchronization key", u"Synchronization key"_s, Field::SyncKey);
    row("en: SIS ID", u"SIS ID"_s, Field::SyncKey);
    row("en: sourcedId", u"sourcedId"_s, Field::SyncKey);
    row("en: Internal person ID", u"Internal person ID"_s, Field::InternalId);
    row("en: Student ID", u"Student ID"_s, Field::SyncKey, learner);
    row("en: StudentID", u"StudentID"_s, Field::SyncKey, learner);
    row("en: Student number", u"Student number"_s, Field::SyncKey, learner);
    row("en: Pupil number", u"Pupil number"_s, Field::SyncKey, learner);
    row("en: Pupil No.", u"Pupil No."_s, Field::SyncKey, learner);
    row("en: UPN", u"UPN"_s, Field::SyncKey, learner);
    row("en: Pupil sync key (the pupil's key: a child)", u"Pupil sync key"_s, Field::SyncKey,
        child);
    row("en: Student email", u"Student email"_s, Field::Email, learner);
    row("en: ChildID", u"ChildID"_s, Field::SyncKey, child);
    row("en: Childid", u"Childid"_s, Field::SyncKey, child);
    row("en: Child ID", u"Child ID"_s, Field::SyncKey, child);
    row("en: Child's user name", u"Child's user name"_s, Field::Username, child);
    row("en: Name of child", u"Name of child"_s, Field::FullName, child);
    row("en: Parent1 First Name", u"Parent1 First Name"_s, Field::FirstName, guardian, 1);
    row("en: Parent1FirstName", u"Parent1FirstName"_s, Field::FirstName, guardian, 1);
    row("en: Parent2Email", u"Parent2Email"_s, Field::Email, guardian, 2);
    row("en: ParentEmail", u"ParentEmail"_s, Field::Email, guardian);
    row("en: parentemail", u"parentemail"_s, Field::Email, guardian);
    row("en: Parent's e-mail", u"Parent's e-mail"_s, Field::Email, guardian);
    row("en: Guardian 3 last name", u"Guardian 3 last name"_s, Field::LastName, guardian, 3);
    row("en: 2nd guardian e-mail", u"2nd guardian e-mail"_s, Field::Email, guardian, 2);
    row("en: Parent e-mail 2", u"Parent e-mail 2"_s, Field::Email, guardian, 2);
    row("en: Parent no. 2 username", u"Parent no. 2 username"_s, Field::Username, guardian, 2);
    row("en: MotherFirstName", u"MotherFirstName"_s, Field::FirstName, guardian, 1);
    row("en: MotherEmail", u"MotherEmail"_s, Field::Email, guardian, 1);
    row("en: Mum's email", u"Mum's email"_s, Field::Email, guardian, 1);
    row("en: Father Email", u"Father Email"_s, Field::Email, guardian, 2);
    row("en: Dad last name", u"Dad last name"_s, Field::LastName, guardian, 2);
    row("en: Contact email", u"Contact email"_s, Field::Email, guardian);
    row("en: Carer name", u"Carer name"_s, Field::FullName, guardian);
    row("en: Parent ID", u"Parent ID"_s, Field::SyncKey, guardian);
    row("en: Parent 1 phone keeps its role", u"Parent 1 phone"_s, Field::Ignore, guardian, 1);
    row("en: Guardian1_Email", u"Guardian1_Email"_s, Field::Email, guardian, 1);
    row("en: Parent", u"Parent"_s, Field::Ignore, guardian);

    // Norwegian Bokmål
    row("nb: Fornavn", u"Fornavn"_s, Field::FirstName);
    row("nb: Etternavn", u"Etternavn"_s, Field::LastName);
    row("nb: Navn", u"Navn"_s, Field::FullName);
    row("nb: Fullt navn", u"Fullt navn"_s, Field::FullName);
    row("nb: Brukernavn", u"Brukernavn"_s, Field::Username);
    row("nb: Passord", u"Passord"_s, Field::Password);
    row("nb: E-post", u"E-post"_s, Field::Email);
    row("nb: Epost", u"Epost"_s, Field::Email);
    row("nb: E-postadresse", u"E-postadresse"_s, Field::Email);
    row("nb: E-post adresse", u"E-post adresse"_s, Field::Email);
    row("nb: Synkroniseringsnøkkel", u"Synkroniseringsnøkkel"_s, Field::SyncKey);
    row("nb: Synk nøkkel", u"Synk nøkkel"_s, Field::SyncKey);
    row("nb: Intern person-ID", u"Intern person-ID"_s, Field::InternalId);
    row("nb: Elevnummer", u"Elevnummer"_s, Field::SyncKey, learner);
    row("nb: Elevnr", u"Elevnr"_s, Field::SyncKey, learner);
    row("nb: Elev-ID", u"Elev-ID"_s, Field::SyncKey, learner);
    row("nb: Elev id", u"Elev id"_s, Field::SyncKey, learner);
    row("nb: Elevens brukernavn", u"Elevens brukernavn"_s, Field::Username, learner);
    row("nb: Elevnavn", u"Elevnavn"_s, Field::FullName, learner);
    row("nb: Barnets brukernavn", u"Barnets brukernavn"_s, Field::Username, child);
    row("nb: Foresatt fornavn", u"Foresatt fornavn"_s, Field::FirstName, guardian);
    row("nb: Foresatte brukernavn", u"Foresatte brukernavn"_s, Field::Username, guardian);
    row("nb: Foresattes e-post", u"Foresattes e-post"_s, Field::Email, guardian);
    row("nb: Foresattfornavn", u"Foresattfornavn"_s, Field::FirstName, guardian);
    row("nb: Foresatt 1 fornavn", u"Foresatt 1 fornavn"_s, Field::FirstName, guardian, 1);
    row("nb: Foresatt 1 navn", u"Foresatt 1 navn"_s, Field::FullName, guardian, 1);
    row("nb: Foresatt 2 e-post", u"Foresatt 2 e-post"_s, Field::Email, guardian, 2);
    row("nb: Foresatt2Epost", u"Foresatt2Epost"_s, Field::Email, guardian, 2);
    row("nb: 1. foresatt etternavn", u"1. foresatt etternavn"_s, Field::LastName, guardian, 1);
    row("nb: Forelder 2 etternavn", u"Forelder 2 etternavn"_s, Field::LastName, guardian, 2);
    row("nb: Verge brukernavn", u"Verge brukernavn"_s, Field::Username, guardian);
    row("nb: Kontaktperson e-post", u"Kontaktperson e-post"_s, Field::Email, guardian);
    row("nb: Mor e-post", u"Mor e-post"_s, Field::Email, guardian, 1);
    row("nb: Far navn", u"Far navn"_s, Field::FullName, guardian, 2);
    row("nb: Foresatt nr. 2 e-post", u"Foresatt nr. 2 e-post"_s, Field::Email, guardian, 2);
    row("nb: FORESATT1EPOST", u"FORESATT1EPOST"_s, Field::Email, guardian, 1);
    row("nb: Foresatt 1 keeps its role", u"Foresatt 1"_s, Field::Ignore, guardian, 1);

    // Norwegian Nynorsk
    row("nn: Førenamn", u"Førenamn"_s, Field::FirstName);
    row("nn: Fornamn", u"Fornamn"_s, Field::FirstName);
    row("nn: Etternamn", u"Etternamn"_s, Field::LastName);
    row("nn: Namn", u"Namn"_s, Field::FullName);
    row("nn: Fullt namn", u"Fullt namn"_s, Field::FullName);
    row("nn: Brukarnamn", u"Brukarnamn"_s, Field::Username);
    row("nn: Passord", u"Passord"_s, Field::Password);
    row("nn: E-postadresse", u"E-postadresse"_s, Field::Email);
    row("nn: Synkroniseringsnykel", u"Synkroniseringsnykel"_s, Field::SyncKey);
    row("nn: Elevnummer", u"Elevnummer"_s, Field::SyncKey, learner);
    row("nn: Eleven sitt brukarnamn", u"Eleven sitt brukarnamn"_s, Field::Username, learner);
    row("nn: Barnet sitt brukarnamn", u"Barnet sitt brukarnamn"_s, Field::Username, child);
    row("nn: Føresett 1 førenamn", u"Føresett 1 førenamn"_s, Field::FirstName, guardian, 1);
    row("nn: Føresett 2 etternamn", u"Føresett 2 etternamn"_s, Field::LastName, guardian, 2);
    row("nn: Foresett 1 brukarnamn", u"Foresett 1 brukarnamn"_s, Field::Username, guardian, 1);
    row("nn: Føresette e-post", u"Føresette e-post"_s, Field::Email, guardian);
    row("nn: Føresettes brukarnamn", u"Føresettes brukarnamn"_s, Field::Username, guardian);
    row("nn: Verje namn", u"Verje namn"_s, Field::FullName, guardian);

    // Swedish
    row("sv: Förnamn", u"Förnamn"_s, Field::FirstName);
    row("sv: Efternamn", u"Efternamn"_s, Field::LastName);
    row("sv: Fullständigt namn", u"Fullständigt namn"_s, Field::FullName);
    row("sv: Användarnamn", u"Användarnamn"_s, Field::Username);
    row("sv: Lösenord", u"Lösenord"_s, Field::Password);
    row("sv: E-postadress", u"E-postadress"_s, Field::Email);
    row("sv: Mejl", u"Mejl"_s, Field::Email);
    row("sv: Synkroniseringsnyckel", u"Synkroniseringsnyckel"_s, Field::SyncKey);
    row("sv: Elev-ID", u"Elev-ID"_s, Field::SyncKey, learner);
    row("sv: Barnets användarnamn", u"Barnets användarnamn"_s, Field::Username, child);
    row("sv: Vårdnadshavare 1 förnamn", u"Vårdnadshavare 1 förnamn"_s, Field::FirstName, guardian,
        1);
    row("sv: Vardnadshavare 2 e-post", u"Vardnadshavare 2 e-post"_s, Field::Email, guardian, 2);
    row("sv: Förälder 1 efternamn", u"Förälder 1 efternamn"_s, Field::LastName, guardian, 1);
    row("sv: Målsman e-post", u"Målsman e-post"_s, Field::Email, guardian);
    row("sv: 1:a vårdnadshavare e-post", u"1:a vårdnadshavare e-post"_s, Field::Email, guardian, 1);

    // Danish
    row("da: Fornavn", u"Fornavn"_s, Field::FirstName);
    row("da: Efternavn", u"Efternavn"_s, Field::LastName);
    row("da: Fuldt navn", u"Fuldt navn"_s, Field::FullName);
    row("da: Brugernavn", u"Brugernavn"_s, Field::Username);
    row("da: Adgangskode", u"Adgangskode"_s, Field::Password);
    row("da: E-mailadresse", u"E-mailadresse"_s, Field::Email);
    row("da: Synkroniseringsnøgle", u"Synkroniseringsnøgle"_s, Field::SyncKey);
    row("da: Elevnummer", u"Elevnummer"_s, Field::SyncKey, learner);
    row("da: Forælder 1 fornavn", u"Forælder 1 fornavn"_s, Field::FirstName, guardian, 1);
    row("da: Foraelder 2 efternavn", u"Foraelder 2 efternavn"_s, Field::LastName, guardian, 2);
    row("da: Forældre e-mail", u"Forældre e-mail"_s, Field::Email, guardian);
    row("da: Foraeldre e-mail", u"Foraeldre e-mail"_s, Field::Email, guardian);
    row("da: Værge e-mail", u"Værge e-mail"_s, Field::Email, guardian);

    // Dutch
    row("nl: Voornaam", u"Voornaam"_s, Field::FirstName);
    row("nl: Roepnaam", u"Roepnaam"_s, Field::FirstName);
    row("nl: Achternaam", u"Achternaam"_s, Field::LastName);
    row("nl: Naam", u"Naam"_s, Field::FullName);
    row("nl: Gebruikersnaam", u"Gebruikersnaam"_s, Field::Username);
    row("nl: Wachtwoord", u"Wachtwoord"_s, Field::Password);
    row("nl: E-mailadres", u"E-mailadres"_s, Field::Email);
    row("nl: Leerlingnummer", u"Leerlingnummer"_s, Field::SyncKey, learner);
    row("nl: Naam van het kind", u"Naam van het kind"_s, Field::FullName, child);
    row("nl: Ouder/verzorger 1 e-mail", u"Ouder/verzorger 1 e-mail"_s, Field::Email, guardian, 1);
    row("nl: Ouder 2 voornaam", u"Ouder 2 voornaam"_s, Field::FirstName, guardian, 2);
    row("nl: Moeder achternaam", u"Moeder achternaam"_s, Field::LastName, guardian, 1);
    row("nl: Vader e-mail", u"Vader e-mail"_s, Field::Email, guardian, 2);
    row("nl: 2e ouder e-mail", u"2e ouder e-mail"_s, Field::Email, guardian, 2);

    // German
    row("de: Vorname", u"Vorname"_s, Field::FirstName);
    row("de: Nachname", u"Nachname"_s, Field::LastName);
    row("de: Familienname", u"Familienname"_s, Field::LastName);
    row("de: Vollständiger Name", u"Vollständiger Name"_s, Field::FullName);
    row("de: Benutzername", u"Benutzername"_s, Field::Username);
    row("de: Passwort", u"Passwort"_s, Field::Password);
    row("de: E-Mail-Adresse", u"E-Mail-Adresse"_s, Field::Email);
    row("de: Schüler-ID", u"Schüler-ID"_s, Field::SyncKey, learner);
    row("de: Schueler-ID", u"Schueler-ID"_s, Field::SyncKey, learner);
    row("de: Schülernummer", u"Schülernummer"_s, Field::SyncKey, learner);
    row("de: Name des Kindes", u"Name des Kindes"_s, Field::FullName, child);
    row("de: Erziehungsberechtigter 1 Vorname", u"Erziehungsberechtigter 1 Vorname"_s,
        Field::FirstName, guardian, 1);
    row("de: Erziehungsberechtigte 2 E-Mail", u"Erziehungsberechtigte 2 E-Mail"_s, Field::Email,
        guardian, 2);
    row("de: Eltern E-Mail", u"Eltern E-Mail"_s, Field::Email, guardian);
    row("de: Mutter Nachname", u"Mutter Nachname"_s, Field::LastName, guardian, 1);
    row("de: Vorname der Mutter", u"Vorname der Mutter"_s, Field::FirstName, guardian, 1);
    row("de: Vater Vorname", u"Vater Vorname"_s, Field::FirstName, guardian, 2);
}

void TestField::understand()
{
    QFETCH(QString, header);
    QFETCH(Field, field);
    QFETCH(HeaderRole, role);
    QFETCH(int, group);
    const HeaderMeaning meaning = HeaderWords::understand(header);
    QCOMPARE(meaning.field, field);
    QCOMPARE(meaning.role, role);
    QCOMPARE(meaning.group, group);
}

void TestField::unrecognised_data()
{
    QTest::addColumn<QString>("header");
    // Columns a school's file has that no field takes. A national identity number above all:
    // it must never be guessed as a key.
    for (const QString &header : {u"Klasse"_s,
                                  u"Class"_s,
                                  u"Grade"_s,
                                  u"Gruppe"_s,
                                  u"Telefon"_s,
                                  u"Mobil"_s,
                                  u"Phone"_s,
                                  u"Mobile"_s,
                                  u"Phone number"_s,
                                  u"Telefonnummer"_s,
                                  u"Mobilnummer"_s,
                                  u"Adresse"_s,
                                  u"Address"_s,
                                  u"Postadresse"_s,
                                  u"Postnummer"_s,
                                  u"Poststed"_s,
                                  u"Fødselsdato"_s,
                                  u"Date of birth"_s,
                                  u"Kjønn"_s,
                                  u"Gender"_s,
                                  u"Personnummer"_s,
                                  u"Person nr"_s,
                                  u"Fødselsnummer"_s,
                                  u"Elevens personnummer"_s,
                                  u"Foresatt fødselsnummer"_s,
                                  u"National ID"_s,
                                  u"Kommentar"_s,
                                  u"Notes"_s,
                                  u"Skole"_s,
                                  u"School"_s,
                                  u"Skolenavn"_s,
                                  u"Klassenavn"_s,
                                  u"Trinn"_s,
                                  u"Year"_s,
                                  u"ID"_s,
                                  u"Nummer"_s,
                                  u"Kontaktlærer"_s,
                                  u"Kontaktlærer e-post"_s,
                                  u"Teacher"_s,
                                  u"Morsmål"_s,
                                  u"E-post (privat)"_s,
                                  u"Farmor e-post"_s,
                                  u"Morfar"_s,
                                  u"Geburtsdatum"_s,
                                  u"Geslacht"_s,
                                  u"Födelsedatum"_s,
                                  u"Kön"_s,
                                  u""_s,
                                  u"  "_s}) {
        QTest::newRow(header.isEmpty() ? "(empty)" : qPrintable(header)) << header;
    }
}

void TestField::unrecognised()
{
    QFETCH(QString, header);
    QCOMPARE(HeaderWords::understand(header).field, Field::Ignore);
    QCOMPARE(Fields::guess(header), Field::Ignore);
}

void TestField::keepsTheOldWords_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<Field>("field");
    // Every spelling the table before the word-by-word reading knew, as written and as a
    // spreadsheet may shout or join it.
    const QList<std::pair<Field, QStringList>> old = {
            {Field::FirstName, {u"First name"_s, u"Firstname"_s, u"Given name"_s, u"Fornavn"_s}},
            {Field::LastName,
             {u"Last name"_s, u"Lastname"_s, u"Surname"_s, u"Family name"_s, u"Etternavn"_s}},
            {Field::Username, {u"User name"_s, u"Username"_s, u"Login"_s, u"Brukernavn"_s}},
            {Field::Password, {u"Password"_s, u"Passord"_s}},
            {Field::SyncKey,
             {u"SyncID"_s, u"Sync key"_s, u"Sync ID"_s, u"Synchronisation key"_s,
              u"Synchronization key"_s, u"Synkroniseringsnøkkel"_s, u"Synkroniseringsnokkel"_s,
              u"Synk nøkkel"_s, u"SynkID"_s}},
            {Field::Email,
             {u"E-mail"_s, u"Email"_s, u"E-mail address"_s, u"Mail"_s, u"E-post"_s, u"Epost"_s,
              u"E-postadresse"_s}},
            {Field::InternalId,
             {u"Internal person ID"_s, u"Internal ID"_s, u"PersonId"_s, u"Person ID"_s,
              u"Intern person-ID"_s}},
    };
    for (const auto &[field, spellings] : old) {
        for (const QString &spelling : spellings) {
            QTest::addRow("%s", qPrintable(spelling)) << spelling << field;
            QTest::addRow("%s", qPrintable(spelling.toUpper())) << spelling.toUpper() << field;
            QString joined = spelling;
            joined.replace(u' ', u'_');
            if (joined != spelling)
                QTest::addRow("%s", qPrintable(joined)) << joined << field;
        }
    }
}

void TestField::keepsTheOldWords()
{
    QFETCH(QString, header);
    QFETCH(Field, field);
    QCOMPARE(Fields::guess(header), field);
    QCOMPARE(HeaderWords::understand(header).role, HeaderRole::Unmarked);
}

void TestField::groupLabel_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("label");
    QTest::newRow("Foresatt 1") << u"Foresatt 1 fornavn"_s << u"Foresatt 1"_s;
    QTest::newRow("Parent1") << u"Parent1FirstName"_s << u"Parent1"_s;
    QTest::newRow("Parent1 with spaces") << u"Parent1 First Name"_s << u"Parent1"_s;
    QTest::newRow("Mother") << u"MotherEmail"_s << u"Mother"_s;
    QTest::newRow("Vårdnadshavare 2") << u"Vårdnadshavare 2 förnamn"_s << u"Vårdnadshavare 2"_s;
    QTest::newRow("Ouder/verzorger 1") << u"Ouder/verzorger 1 e-mail"_s << u"Ouder/verzorger 1"_s;
    QTest::newRow("number first") << u"1. foresatt e-post"_s << u"1. foresatt"_s;
    QTest::newRow("number at the end") << u"Parent e-mail 2"_s << u"Parent 2"_s;
    QTest::newRow("Parent no. 2") << u"Parent no. 2 username"_s << u"Parent no. 2"_s;
    QTest::newRow("no number") << u"Foresatt e-post"_s << u"Foresatt"_s;
    QTest::newRow("after the field") << u"Vorname der Mutter"_s << u"Mutter"_s;
    QTest::newRow("not a guardian") << u"First name"_s << QString();
}

void TestField::groupLabel()
{
    QFETCH(QString, header);
    QFETCH(QString, label);
    QCOMPARE(HeaderWords::understand(header).groupLabel, label);
}

void TestField::fold_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("folded");
    QTest::newRow("digits") << u"Parent1"_s << u"parent 1"_s;
    QTest::newRow("digits inside") << u"Foresatt2Epost"_s << u"foresatt 2 epost"_s;
    QTest::newRow("camelCase") << u"FirstName"_s << u"first name"_s;
    QTest::newRow("camelCase lower first") << u"sourcedId"_s << u"sourced id"_s;
    QTest::newRow("capitals then a word") << u"SISId"_s << u"sis id"_s;
    QTest::newRow("capitals") << u"ChildID"_s << u"child id"_s;
    QTest::newRow("punctuation") << u" Ouder/verzorger (1): e_mail# "_s
                                 << u"ouder verzorger 1 email"_s;
    QTest::newRow("apostrophe") << u"Child’s user.name"_s << u"child s user name"_s;
    QTest::newRow("æ") << u"Forældre"_s << u"foraldre"_s;
    QTest::newRow("ae") << u"foraeldre"_s << u"foraldre"_s;
    QTest::newRow("å") << u"Vårdnadshavare"_s << u"vardnadshavare"_s;
    QTest::newRow("ü") << u"Schüler"_s << u"schuler"_s;
    QTest::newRow("ue") << u"Schueler"_s << u"schuler"_s;
    QTest::newRow("ø") << u"Føresett"_s << u"foresett"_s;
    QTest::newRow("ö") << u"Förnamn"_s << u"fornamn"_s;
    QTest::newRow("ß") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("é") << u"Prénom"_s << u"prenom"_s;
    QTest::newRow("e-post") << u"E-post"_s << u"epost"_s;
    QTest::newRow("epost") << u"Epost"_s << u"epost"_s;
    QTest::newRow("E-Mail-Adresse") << u"E-Mail-Adresse"_s << u"email adresse"_s;
    QTest::newRow("Swedish ordinal") << u"1:e förälder"_s << u"1 e foralder"_s;
    QTest::newRow("spaces") << u"  First   name  "_s << u"first name"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestField::fold()
{
    QFETCH(QString, header);
    QFETCH(QString, folded);
    QCOMPARE(HeaderWords::fold(header), folded);
}

void TestField::guessIgnoresTheChild()
{
    QCOMPARE(Fields::guess(u"ChildID"_s), Field::Ignore);
    QCOMPARE(Fields::guess(u"Barnets brukernavn"_s), Field::Ignore);
    QCOMPARE(Fields::guess(u"Pupil sync key"_s), Field::Ignore);
    QCOMPARE(Fields::guess(u"Foresatt e-post"_s), Field::Email);
    QCOMPARE(Fields::guess(u"Navn"_s), Field::FullName);
}

void TestField::guessAllTakesTheFirstColumnOfAField()
{
    QCOMPARE(Fields::guessAll({u"E-post"_s, u"Fornavn"_s, u"Epost"_s, u"ChildID"_s, u"SyncID"_s,
                               u"Klasse"_s}),
             QList<Field>({Field::Email, Field::FirstName, Field::Ignore, Field::Ignore,
                           Field::SyncKey, Field::Ignore}));
}

void TestField::splitFullName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("two words") << u"Kari Nordmann"_s << u"Kari"_s << u"Nordmann"_s;
    QTest::newRow("three words") << u"Kari Anne Nordmann"_s << u"Kari Anne"_s << u"Nordmann"_s;
    QTest::newRow("last, first") << u"Nordmann, Kari"_s << u"Kari"_s << u"Nordmann"_s;
    QTest::newRow("last,first names") << u"Nordmann,Kari Anne"_s << u"Kari Anne"_s << u"Nordmann"_s;
    QTest::newRow("spaces") << u"  Kari   Nordmann "_s << u"Kari"_s << u"Nordmann"_s;
    QTest::newRow("one word") << u"Kari"_s << u"Kari"_s << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestField::splitFullName()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const auto [firstName, lastName] = Fields::splitFullName(name);
    QCOMPARE(firstName, first);
    QCOMPARE(lastName, last);
}

void TestField::keys()
{
    QCOMPARE(Fields::fromKey(u"full-name"_s), Field::FullName);
    QCOMPARE(Fields::key(Field::FullName), u"full-name"_s);
    QVERIFY(Fields::all().contains(Field::FullName));
    QCOMPARE(profileFromKey(u"learners-with-parents"_s), Profile::LearnersWithParents);
    QCOMPARE(profileKey(Profile::LearnersWithParents), u"learners-with-parents"_s);
    QCOMPARE(profileFromKey(u" Parent "_s), Profile::Parent);
    QVERIFY(!profileFromKey(u"guardian"_s));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestField)
#include "tst_field.moc"

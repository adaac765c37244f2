#include "headerwords.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// What a word of a header does.
enum class Kind {
    Guardian, // names a guardian; mother and father carry their group
    Child,    // names the child of the row's person
    Learner,  // names the learner
    Key,      // "ID", "nummer", "nr": a key, once a role or subject word says whose
    Filler,   // "of", "til", "des": read past
    Field,    // names a field
    Unknown,  // not in the table (only in a header)
};

struct Meaning
{
    Kind kind = Kind::Unknown;
    Field field = Field::Ignore;
    int group = 0;
};

constexpr Meaning guardian{Kind::Guardian};
constexpr Meaning mother{Kind::Guardian, Field::Ignore, 1};
constexpr Meaning father{Kind::Guardian, Field::Ignore, 2};
constexpr Meaning child{Kind::Child};
constexpr Meaning learner{Kind::Learner};
// A subject word that is a learner's key by itself ("UPN").
constexpr Meaning learnerKey{Kind::Learner, Field::SyncKey};
constexpr Meaning key{Kind::Key};
constexpr Meaning filler{Kind::Filler};
constexpr Meaning firstName{Kind::Field, Field::FirstName};
constexpr Meaning lastName{Kind::Field, Field::LastName};
constexpr Meaning fullName{Kind::Field, Field::FullName};
constexpr Meaning username{Kind::Field, Field::Username};
constexpr Meaning password{Kind::Field, Field::Password};
constexpr Meaning email{Kind::Field, Field::Email};
constexpr Meaning syncKey{Kind::Field, Field::SyncKey};
constexpr Meaning internalId{Kind::Field, Field::InternalId};

struct Words
{
    QString language; // for the reader: en, nb, nn, sv, da, nl, de
    Meaning meaning;
    QStringList spellings;
};

// Every word Rollbook understands in a header, by language. Spellings are written as people
// write them; they are folded like a header before use, so "E-post" also covers "epost",
// "E_post" and "EPost", and "Schüler" covers "Schueler". A national identity number
// (personnummer, fødselsnummer) is deliberately absent: it must never be guessed as a key.
const QList<Words> &table()
{
    static const QList<Words> words = {
            // English
            {u"en"_s,
             guardian,
             {u"guardian"_s, u"guardians"_s, u"guardian's"_s, u"parent"_s, u"parents"_s,
              u"parent's"_s, u"carer"_s, u"carers"_s, u"contact"_s, u"contact person"_s,
              u"next of kin"_s}},
            {u"en"_s,
             mother,
             {u"mother"_s, u"mother's"_s, u"mum"_s, u"mum's"_s, u"mom"_s, u"mom's"_s}},
            {u"en"_s, father, {u"father"_s, u"father's"_s, u"dad"_s, u"dad's"_s}},
            {u"en"_s,
             child,
             {u"child"_s, u"child's"_s, u"children"_s, u"children's"_s, u"kid"_s, u"kids"_s,
              u"kid's"_s}},
            {u"en"_s,
             learner,
             {u"learner"_s, u"learners"_s, u"learner's"_s, u"pupil"_s, u"pupils"_s, u"pupil's"_s,
              u"student"_s, u"students"_s, u"student's"_s}},
            {u"en"_s, learnerKey, {u"UPN"_s, u"unique pupil number"_s}},
            {u"en"_s, key, {u"ID"_s, u"no"_s, u"number"_s, u"num"_s, u"key"_s, u"identifier"_s}},
            {u"en"_s, filler, {u"of"_s, u"the"_s}},
            {u"en"_s,
             firstName,
             {u"First name"_s, u"Firstname"_s, u"first names"_s, u"Given name"_s, u"given names"_s,
              u"forename"_s}},
            {u"en"_s, lastName, {u"Last name"_s, u"Lastname"_s, u"Surname"_s, u"Family name"_s}},
            {u"en"_s, fullName, {u"full name"_s, u"name"_s}},
            {u"en"_s, username, {u"User name"_s, u"Username"_s, u"Login"_s, u"login name"_s}},
            {u"en"_s, password, {u"Password"_s}},
            {u"en"_s,
             email,
             {u"E-mail"_s, u"Email"_s, u"Mail"_s, u"E-mail address"_s, u"email address"_s,
              u"mail address"_s}},
            {u"en"_s,
             syncKey,
             {u"SyncID"_s, u"Sync ID"_s, u"Sync key"_s, u"Synchronisation key"_s,
              u"Synchronization key"_s, u"synchronisation ID"_s, u"synchronization ID"_s,
              u"SIS ID"_s, u"sourcedId"_s}},
            {u"en"_s,
             internalId,
             {u"Internal person ID"_s, u"Internal ID"_s, u"PersonId"_s, u"Person ID"_s}},

            // Norwegian Bokmål
            {u"nb"_s,
             guardian,
             {u"foresatt"_s, u"foresatte"_s, u"foresattes"_s, u"verge"_s, u"verger"_s, u"vergens"_s,
              u"forelder"_s, u"foreldre"_s, u"foreldres"_s, u"kontakt"_s, u"kontaktperson"_s,
              u"pårørende"_s}},
            {u"nb"_s, mother, {u"mor"_s, u"mors"_s, u"mamma"_s}},
            {u"nb"_s, father, {u"far"_s, u"fars"_s, u"pappa"_s}},
            {u"nb"_s, child, {u"barn"_s, u"barnet"_s, u"barnets"_s, u"barnas"_s}},
            {u"nb"_s, learner, {u"elev"_s, u"elever"_s, u"eleven"_s, u"elevens"_s}},
            {u"nb"_s, key, {u"nr"_s, u"nummer"_s, u"nøkkel"_s}},
            {u"nb"_s, filler, {u"til"_s, u"sitt"_s, u"sin"_s, u"sine"_s}},
            {u"nb"_s, firstName, {u"Fornavn"_s}},
            {u"nb"_s, lastName, {u"Etternavn"_s}},
            {u"nb"_s, fullName, {u"navn"_s, u"fullt navn"_s, u"fullstendig navn"_s}},
            {u"nb"_s, username, {u"Brukernavn"_s}},
            {u"nb"_s, password, {u"Passord"_s}},
            {u"nb"_s, email, {u"E-post"_s, u"Epost"_s, u"E-postadresse"_s}},
            {u"nb"_s,
             syncKey,
             {u"Synkroniseringsnøkkel"_s, u"Synkroniseringsnokkel"_s, u"Synk nøkkel"_s, u"SynkID"_s,
              u"synk-ID"_s}},
            {u"nb"_s, internalId, {u"Intern person-ID"_s, u"intern ID"_s}},

            // Norwegian Nynorsk
            {u"nn"_s,
             guardian,
             {u"føresett"_s, u"føresette"_s, u"føresettes"_s, u"verje"_s, u"verjer"_s,
              u"forelder"_s, u"foreldre"_s}},
            {u"nn"_s, mother, {u"mor"_s, u"mamma"_s}},
            {u"nn"_s, father, {u"far"_s, u"pappa"_s}},
            {u"nn"_s, child, {u"barn"_s, u"barnet"_s, u"barnets"_s}},
            {u"nn"_s, learner, {u"elev"_s, u"elevar"_s, u"eleven"_s, u"elevens"_s}},
            {u"nn"_s, key, {u"nr"_s, u"nummer"_s, u"nykel"_s}},
            {u"nn"_s, filler, {u"til"_s, u"sitt"_s, u"si"_s, u"sine"_s}},
            {u"nn"_s, firstName, {u"førenamn"_s, u"fornamn"_s}},
            {u"nn"_s, lastName, {u"etternamn"_s}},
            {u"nn"_s, fullName, {u"namn"_s, u"fullt namn"_s}},
            {u"nn"_s, username, {u"brukarnamn"_s}},
            {u"nn"_s, password, {u"passord"_s}},
            {u"nn"_s, email, {u"e-post"_s, u"e-postadresse"_s}},
            {u"nn"_s, syncKey, {u"synkroniseringsnykel"_s, u"synkroniseringsnøkkel"_s}},
            {u"nn"_s, internalId, {u"intern person-ID"_s}},

            // Swedish
            {u"sv"_s,
             guardian,
             {u"vårdnadshavare"_s, u"vårdnadshavares"_s, u"förälder"_s, u"föräldrar"_s,
              u"förälders"_s, u"målsman"_s, u"målsmän"_s, u"kontaktperson"_s}},
            {u"sv"_s, mother, {u"mor"_s, u"mamma"_s}},
            {u"sv"_s, father, {u"far"_s, u"pappa"_s}},
            {u"sv"_s, child, {u"barn"_s, u"barnet"_s, u"barnets"_s}},
            {u"sv"_s, learner, {u"elev"_s, u"elever"_s, u"eleven"_s, u"elevens"_s}},
            {u"sv"_s, key, {u"nr"_s, u"nummer"_s, u"nyckel"_s}},
            {u"sv"_s, filler, {u"till"_s}},
            {u"sv"_s, firstName, {u"förnamn"_s, u"tilltalsnamn"_s}},
            {u"sv"_s, lastName, {u"efternamn"_s}},
            {u"sv"_s, fullName, {u"namn"_s, u"fullständigt namn"_s, u"fullt namn"_s}},
            {u"sv"_s, username, {u"användarnamn"_s}},
            {u"sv"_s, password, {u"lösenord"_s}},
            {u"sv"_s, email, {u"e-post"_s, u"e-postadress"_s, u"mejl"_s, u"mejladress"_s}},
            {u"sv"_s, syncKey, {u"synkroniseringsnyckel"_s}},
            {u"sv"_s, internalId, {u"intern person-ID"_s}},

            // Danish
            {u"da"_s,
             guardian,
             {u"forælder"_s, u"forældre"_s, u"forælders"_s, u"værge"_s, u"kontaktperson"_s}},
            {u"da"_s, mother, {u"mor"_s, u"mors"_s, u"moder"_s}},
            {u"da"_s, father, {u"far"_s, u"fars"_s, u"fader"_s}},
            {u"da"_s, child, {u"barn"_s, u"barnet"_s, u"barnets"_s}},
            {u"da"_s, learner, {u"elev"_s, u"elever"_s, u"eleven"_s, u"elevens"_s}},
            {u"da"_s, key, {u"nr"_s, u"nummer"_s, u"nøgle"_s}},
            {u"da"_s, firstName, {u"fornavn"_s}},
            {u"da"_s, lastName, {u"efternavn"_s}},
            {u"da"_s, fullName, {u"navn"_s, u"fulde navn"_s, u"fuldt navn"_s}},
            {u"da"_s, username, {u"brugernavn"_s}},
            {u"da"_s, password, {u"adgangskode"_s, u"kodeord"_s}},
            {u"da"_s, email, {u"e-mail"_s, u"e-mailadresse"_s, u"mailadresse"_s}},
            {u"da"_s, syncKey, {u"synkroniseringsnøgle"_s}},
            {u"da"_s, internalId, {u"intern person-ID"_s}},

            // Dutch
            {u"nl"_s,
             guardian,
             {u"ouder"_s, u"ouders"_s, u"verzorger"_s, u"verzorgers"_s, u"voogd"_s,
              u"contactpersoon"_s}},
            {u"nl"_s, mother, {u"moeder"_s, u"mama"_s}},
            {u"nl"_s, father, {u"vader"_s, u"papa"_s}},
            {u"nl"_s, child, {u"kind"_s, u"kinderen"_s}},
            {u"nl"_s, learner, {u"leerling"_s, u"leerlingen"_s, u"leerlings"_s}},
            {u"nl"_s, key, {u"nr"_s, u"nummer"_s, u"sleutel"_s}},
            {u"nl"_s, filler, {u"van"_s, u"de"_s, u"het"_s}},
            {u"nl"_s, firstName, {u"voornaam"_s, u"voornamen"_s, u"roepnaam"_s}},
            {u"nl"_s, lastName, {u"achternaam"_s, u"familienaam"_s}},
            {u"nl"_s, fullName, {u"naam"_s, u"volledige naam"_s}},
            {u"nl"_s, username, {u"gebruikersnaam"_s}},
            {u"nl"_s, password, {u"wachtwoord"_s}},
            {u"nl"_s, email, {u"e-mail"_s, u"e-mailadres"_s, u"mailadres"_s}},
            {u"nl"_s, syncKey, {u"synchronisatiesleutel"_s}},
            {u"nl"_s, internalId, {u"interne persoons-ID"_s}},

            // German
            {u"de"_s,
             guardian,
             {u"Erziehungsberechtigte"_s, u"Erziehungsberechtigter"_s, u"Erziehungsberechtigten"_s,
              u"Sorgeberechtigte"_s, u"Sorgeberechtigter"_s, u"Eltern"_s, u"Elternteil"_s,
              u"Vormund"_s, u"Kontakt"_s, u"Kontaktperson"_s}},
            {u"de"_s, mother, {u"Mutter"_s, u"Mama"_s}},
            {u"de"_s, father, {u"Vater"_s, u"Papa"_s}},
            {u"de"_s, child, {u"Kind"_s, u"Kindes"_s, u"Kinder"_s}},
            {u"de"_s, learner, {u"Schüler"_s, u"Schülerin"_s, u"Schülers"_s}},
            {u"de"_s, key, {u"Nr"_s, u"Nummer"_s, u"Schlüssel"_s}},
            {u"de"_s, filler, {u"des"_s, u"der"_s, u"die"_s, u"von"_s}},
            {u"de"_s, firstName, {u"Vorname"_s, u"Rufname"_s}},
            {u"de"_s, lastName, {u"Nachname"_s, u"Familienname"_s, u"Zuname"_s}},
            {u"de"_s, fullName, {u"Name"_s, u"vollständiger Name"_s}},
            {u"de"_s, username, {u"Benutzername"_s, u"Anmeldename"_s}},
            {u"de"_s, password, {u"Passwort"_s, u"Kennwort"_s}},
            {u"de"_s, email, {u"E-Mail"_s, u"E-Mail-Adresse"_s}},
            {u"de"_s, syncKey, {u"Synchronisierungsschlüssel"_s, u"Synchronisationsschlüssel"_s}},
            {u"de"_s, internalId, {u"interne Personen-ID"_s}},
    };
    return words;
}

// After a digit, the ending of an ordinal ("1st", Swedish "1:a") is read past.
bool isOrdinalEnding(const QString &word)
{
    static const QStringList endings = {u"st"_s, u"nd"_s, u"rd"_s, u"th"_s, u"a"_s, u"e"_s};
    return endings.contains(word);
}

// One word of a header, folded, with where each of its letters stands in the header as
// written (for the group's label).
struct Token
{
    QString text;
    QList<qsizetype> from; // of each folded character: its first position in the header
    QList<qsizetype> to;   // … and the position after it
    bool digits = false;

    void append(const QString &folded, qsizetype begin, qsizetype end)
    {
        for (const QChar c : folded) {
            text.append(c);
            from.append(begin);
            to.append(end);
        }
    }
    qsizetype begin() const { return from.first(); }
    qsizetype end() const { return to.last(); }
};

// One character folded: lower case, accents dropped, the letters without a decomposition
// (æ, ø, œ, ß) spelled out.
QString foldCharacter(QChar c)
{
    if (c.isDigit())
        return QString(QChar(u'0' + c.digitValue()));
    const QChar lower = c.toLower();
    switch (lower.unicode()) {
    case u'æ':
        return u"a"_s;
    case u'ø':
    case u'œ':
        return u"o"_s;
    case u'ß':
        return u"ss"_s;
    default:
        break;
    }
    QString result;
    for (const QChar d : QString(lower).normalized(QString::NormalizationForm_D)) {
        if (d.category() != QChar::Mark_NonSpacing)
            result.append(d);
    }
    return result;
}

// The spellings without accents folded as the accents are: "ae" as "æ"/"ä", "oe" as "ø"/"ö",
// "ue" as "ü", "aa" as "å" ("foraeldre" is "forældre", "Schueler" is "Schüler").
Token foldDigraphs(const Token &token)
{
    static const QStringList digraphs = {u"ae"_s, u"oe"_s, u"ue"_s, u"aa"_s};
    Token result;
    result.digits = token.digits;
    for (qsizetype i = 0; i < token.text.size(); ++i) {
        if (i + 1 < token.text.size() && digraphs.contains(token.text.mid(i, 2))) {
            result.text.append(token.text.at(i));
            result.from.append(token.from.at(i));
            result.to.append(token.to.at(i + 1));
            ++i;
        } else {
            result.text.append(token.text.at(i));
            result.from.append(token.from.at(i));
            result.to.append(token.to.at(i));
        }
    }
    return result;
}

// The header's words: split at anything but a letter or digit, between letters and digits and
// at camelCase; folded; the "e" of "e-post"/"e-mail" joined to its word.
QList<Token> tokens(const QString &header)
{
    enum class Sort { None, Letter, Digit };
    QList<Token> words;
    Token current;
    const auto flush = [&] {
        if (!current.text.isEmpty())
            words.append(foldDigraphs(current));
        current = Token();
    };
    Sort previous = Sort::None;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header.at(i);
        const Sort sort = c.isLetter() ? Sort::Letter : c.isDigit() ? Sort::Digit : Sort::None;
        if (sort == Sort::None) {
            flush();
            previous = sort;
            continue;
        }
        bool boundary = previous != Sort::None && previous != sort;
        if (sort == Sort::Letter && previous == Sort::Letter) {
            const QChar before = header.at(i - 1);
            // "firstName" → first|Name; "SISId" → SIS|Id
            if (before.isLower() && c.isUpper())
                boundary = true;
            else if (before.isUpper() && c.isUpper() && i + 1 < header.size() &&
                     header.at(i + 1).isLower())
                boundary = true;
        }
        if (boundary)
            flush();
        current.digits = sort == Sort::Digit;
        current.append(foldCharacter(c), i, i + 1);
        previous = sort;
    }
    flush();

    // "E-post", "E-mail", "E Mail" are one word, as "Epost" and "Email" are; not the ordinals
    // "1:e" (Swedish) and "2e" (Dutch).
    const auto ordinal = [&](qsizetype i) {
        if (i == 0 || !words.at(i - 1).digits)
            return false;
        const qsizetype after = words.at(i - 1).end();
        const QString between = header.mid(after, words.at(i).begin() - after);
        return between.isEmpty() || between == u":"_s;
    };
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words.at(i).text == u"e"_s && !words.at(i + 1).digits && !ordinal(i)) {
            Token joined = words.at(i);
            for (qsizetype j = 0; j < words.at(i + 1).text.size(); ++j) {
                joined.text.append(words.at(i + 1).text.at(j));
                joined.from.append(words.at(i + 1).from.at(j));
                joined.to.append(words.at(i + 1).to.at(j));
            }
            words[i] = joined;
            words.removeAt(i + 1);
        }
    }
    return words;
}

// The table by spelling, each folded and written without spaces ("first name" and "Firstname"
// are both "firstname").
const QHash<QString, Meaning> &spellings()
{
    static const QHash<QString, Meaning> byText = [] {
        QHash<QString, Meaning> result;
        for (const Words &words : table()) {
            for (const QString &spelling : words.spellings) {
                QString text;
                for (const Token &token : tokens(spelling))
                    text += token.text;
                result.insert(text, words.meaning);
            }
        }
        return result;
    }();
    return byText;
}

// One understood piece of a header.
struct Piece
{
    Meaning meaning;
    bool number = false;
    int value = 0;
    qsizetype begin = 0; // in the header as written
    qsizetype end = 0;
};

// A word written together from known words ("Elevnummer", "ParentEmail" written "parentemail",
// "Foresattfornavn"): the fewest known words that spell it, the longest first; none when it
// cannot be spelled so, or only by two guardian words in a row.
QList<std::pair<qsizetype, qsizetype>> compound(const QString &text)
{
    const QHash<QString, Meaning> &known = spellings();
    // best[i]: the fewest words that spell text from i on, or nothing.
    QList<std::optional<QList<std::pair<qsizetype, qsizetype>>>> best(text.size() + 1);
    best[text.size()] = QList<std::pair<qsizetype, qsizetype>>();
    for (qsizetype start = text.size() - 1; start >= 0; --start) {
        for (qsizetype end = text.size(); end > start; --end) {
            if (!best.at(end) || !known.contains(text.mid(start, end - start)))
                continue;
            // Two guardian words written together name another person: "Farmor", "Morfar".
            const auto guardianAt = [&](qsizetype from, qsizetype to) {
                return known.value(text.mid(from, to - from)).kind == Kind::Guardian;
            };
            if (guardianAt(start, end) && !best.at(end)->isEmpty() &&
                guardianAt(best.at(end)->first().first, best.at(end)->first().second))
                continue;
            QList<std::pair<qsizetype, qsizetype>> words = {{start, end}};
            words.append(*best.at(end));
            if (!best.at(start) || words.size() < best.at(start)->size())
                best[start] = words;
        }
    }
    return best.at(0).value_or(QList<std::pair<qsizetype, qsizetype>>());
}

// The header read into pieces: numbers, known words and phrases (the longest phrase first,
// "first name" before "name"), compounds split into their words, unknown words.
QList<Piece> pieces(const QString &header)
{
    constexpr qsizetype longestPhrase = 5; // words, as a header may write them
    const QHash<QString, Meaning> &known = spellings();
    const QList<Token> words = tokens(header);
    QList<Piece> result;
    for (qsizetype i = 0; i < words.size();) {
        const Token &word = words.at(i);
        if (word.digits) {
            result.append({Meaning(), true, word.text.toInt(), word.begin(), word.end()});
            ++i;
            if (i < words.size() && !words.at(i).digits && isOrdinalEnding(words.at(i).text))
                ++i;
            continue;
        }
        bool found = false;
        for (qsizetype count = std::min(longestPhrase, words.size() - i); count > 0 && !found;
             --count) {
            QString text;
            bool letters = true;
            for (qsizetype j = i; j < i + count; ++j) {
                letters = letters && !words.at(j).digits;
                text += words.at(j).text;
            }
            const auto it = known.constFind(text);
            if (!letters || it == known.constEnd())
                continue;
            result.append({*it, false, 0, word.begin(), words.at(i + count - 1).end()});
            i += count;
            found = true;
        }
        if (found)
            continue;
        const auto parts = compound(word.text);
        for (const auto &[start, end] : parts) {
            result.append({known.value(word.text.mid(start, end - start)), false, 0,
                           word.from.at(start), word.to.at(end - 1)});
        }
        if (parts.isEmpty())
            result.append({Meaning(), false, 0, word.begin(), word.end()});
        ++i;
    }
    return result;
}

bool isKind(const Piece &piece, Kind kind)
{
    return !piece.number && piece.meaning.kind == kind;
}

// The guardian's group and the words of the header that name it.
void readGroup(const QString &header, const QList<Piece> &parts, HeaderMeaning &meaning,
               QList<qsizetype> &used)
{
    const auto isGuardian = [&](qsizetype i) {
        return i >= 0 && i < parts.size() && isKind(parts.at(i), Kind::Guardian);
    };
    const auto isNumber = [&](qsizetype i) {
        return i >= 0 && i < parts.size() && parts.at(i).number;
    };

    qsizetype first = 0;
    while (!isGuardian(first))
        ++first;
    qsizetype last = first;
    while (isGuardian(last + 1))
        ++last;
    int wordGroup = 0;
    for (qsizetype i = first; i <= last; ++i)
        wordGroup = wordGroup ? wordGroup : parts.at(i).meaning.group;

    // A number beside the guardian's words: "1. foresatt", "Foresatt 1", "Parent no. 2".
    qsizetype number = -1;
    if (isNumber(first - 1)) {
        number = first - 1;
        first = number;
    } else if (isNumber(last + 1)) {
        number = last + 1;
        last = number;
    } else if (last + 2 < parts.size() && isKind(parts.at(last + 1), Kind::Key) &&
               isNumber(last + 2)) {
        used.append(last + 1);
        number = last + 2;
        last = number;
    }
    QString label = header.mid(parts.at(first).begin, parts.at(last).end - parts.at(first).begin);
    if (number < 0 && !wordGroup) {
        // A number elsewhere in the header: "Parent e-mail 2".
        QList<qsizetype> numbers;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (isNumber(i))
                numbers.append(i);
        }
        if (numbers.size() == 1) {
            number = numbers.first();
            const Piece &digits = parts.at(number);
            label += u' ' + header.mid(digits.begin, digits.end - digits.begin);
        }
    }
    if (number >= 0) {
        used.append(number);
        meaning.group = parts.at(number).value;
    } else {
        meaning.group = wordGroup;
    }
    meaning.groupLabel = label.trimmed();
}

} // namespace

namespace HeaderWords {

QString fold(const QString &header)
{
    QStringList words;
    for (const Token &token : tokens(header))
        words.append(token.text);
    return words.join(u' ');
}

HeaderMeaning understand(const QString &header)
{
    const QList<Piece> parts = pieces(header);
    const auto has = [&](Kind kind) {
        return std::any_of(parts.cbegin(), parts.cend(),
                           [kind](const Piece &piece) { return isKind(piece, kind); });
    };

    HeaderMeaning meaning;
    QList<qsizetype> used; // pieces read as the group's
    if (has(Kind::Guardian)) {
        meaning.role = HeaderRole::Guardian;
        readGroup(header, parts, meaning, used);
    } else if (has(Kind::Child)) {
        meaning.role = HeaderRole::Child;
    } else if (has(Kind::Learner)) {
        meaning.role = HeaderRole::Learner;
    }

    // What is left once the role and subject words, numbers and fillers are read past.
    QList<Piece> rest;
    bool subjectIsKey = false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Piece &piece = parts.at(i);
        if (piece.number || used.contains(i))
            continue;
        switch (piece.meaning.kind) {
        case Kind::Field:
        case Kind::Key:
        case Kind::Unknown:
            rest.append(piece);
            break;
        case Kind::Learner:
            subjectIsKey = subjectIsKey || piece.meaning.field == Field::SyncKey;
            break;
        case Kind::Guardian:
        case Kind::Child:
        case Kind::Filler:
            break;
        }
    }

    const bool allKeys = std::all_of(rest.cbegin(), rest.cend(),
                                     [](const Piece &piece) { return isKind(piece, Kind::Key); });
    if (rest.size() == 1 && isKind(rest.first(), Kind::Field))
        meaning.field = rest.first().meaning.field;
    else if (rest.isEmpty() && subjectIsKey)
        meaning.field = Field::SyncKey;
    // "Student ID", "Elevnummer", "ChildID": whose key the role or subject word says.
    else if (!rest.isEmpty() && allKeys && meaning.role != HeaderRole::Unmarked)
        meaning.field = Field::SyncKey;
    // "Pupil sync key", "Elevens synkroniseringsnøkkel": the platform's own word for a person's
    // key, said of a learner, is another person's key: the child's. A learner's own number is
    // written "Elevnummer", "Student ID".
    if (meaning.role == HeaderRole::Learner && meaning.field == Field::SyncKey &&
        rest.size() == 1 && isKind(rest.first(), Kind::Field))
        meaning.role = HeaderRole::Child;
    return meaning;
}

} // namespace HeaderWords

} // namespace Rollbook

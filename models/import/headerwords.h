#pragma once

#include "people/field.h"

#include <QString>
#include <QStringList>

namespace Rollbook {

// Whose value a column holds, as the role and subject words of its header tell.
enum class HeaderRole {
    Unmarked, // no role or subject word: the row's own person ("Fornavn", "E-mail")
    Learner,  // a subject word: the learner ("Elevnummer", "Student ID", "Pupil sync key")
    Child,    // a child word: another person, the child ("ChildID", "Barnets brukernavn")
    Guardian, // a guardian word ("Foresatt fornavn", "Parent1 Email", "Mother first name")
};

// What a header means once its words are understood.
struct HeaderMeaning
{
    // What is left when the role and subject words are stripped: First name, E-mail, … or
    // Ignore when the rest names no field. "Navn", "Full name", "Foresatt 1 navn" are FullName.
    Field field = Field::Ignore;
    HeaderRole role = HeaderRole::Unmarked;
    // Guardian columns: the guardian's number, from a digit ("Foresatt 1", "Parent2",
    // "Guardian 3") or the word (mother/mor/mutter/moeder = 1, father/far/vater/vader = 2);
    // 0 when the header names a guardian without a number ("Foresatt e-post").
    int group = 0;
    // Guardian columns: the words that name the group as the file writes them ("Foresatt 1",
    // "Parent1", "Mother"), for the wizard's section titles.
    QString groupLabel;
};

// The words of column headers, in English, Norwegian (Bokmål and Nynorsk), Swedish, Danish,
// Dutch and German: one table (headerwords.cpp), read by the guesses of the import.
namespace HeaderWords {

// The header folded for comparison: lower case, accents' variants made one (é → e, ø/ö → o,
// æ/ä → a, å → a, ü → u, ß → ss), punctuation and underscores as spaces, a digit run split from
// letters ("Parent1" → "parent 1"), camelCase split ("FirstName" → "first name"), spaces
// collapsed. The spellings without accents fold the same ("foraeldre", "Schueler": ae, oe, ue, aa
// as æ, ø, ü, å), and the e of "E-post"/"E-mail" stays with its word ("epost", "email").
QString fold(const QString &header);

// The header's words understood: role, group and field.
HeaderMeaning understand(const QString &header);

} // namespace HeaderWords

} // namespace Rollbook

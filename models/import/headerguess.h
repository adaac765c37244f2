#pragma once

#include "people/field.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rollbook::Fields {

// The field a column header names for the row's own person, word by word in any of the
// languages of import/headerwords.h ("E-post", "email" and "Foresatt e-post" are all Email);
// Ignore when the header names none or names a child.
Field guess(const QString &header);

// A guess for every header. A field named by two headers is guessed for the first only.
QList<Field> guessAll(const QStringList &headers);

} // namespace Rollbook::Fields

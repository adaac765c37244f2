#include "headerguess.h"

#include "import/headerwords.h"

namespace Rollbook::Fields {

Field guess(const QString &header)
{
    const HeaderMeaning meaning = HeaderWords::understand(header);
    // A child's key or name is not the row's own person's.
    return meaning.role == HeaderRole::Child ? Field::Ignore : meaning.field;
}

QList<Field> guessAll(const QStringList &headers)
{
    QList<Field> result;
    result.reserve(headers.size());
    for (const QString &header : headers) {
        Field field = guess(header);
        if (field != Field::Ignore && result.contains(field))
            field = Field::Ignore;
        result.append(field);
    }
    return result;
}

} // namespace Rollbook::Fields

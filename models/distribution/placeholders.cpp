#include "placeholders.h"

#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class PlaceholdersText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Placeholders)
};

// "Åse", "Åse and Bjørn", "Åse, Bjørn and Zoë".
QString joinNames(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return PlaceholdersText::tr("%1 and %2")
            .arg(names.mid(0, names.size() - 1).join(u", "_s), names.constLast());
}

} // namespace

SchoolDetails SchoolDetails::fromSettings(const QSqlDatabase &db)
{
    const SettingsStore settings(db);
    return {settings.text(SettingsStore::SchoolName), settings.text(SettingsStore::LoginAddress)};
}

namespace Placeholders {

QMap<QString, QString> values(const Recipient &recipient, const SchoolDetails &school)
{
    const Person &person = recipient.person;
    QStringList children;
    for (const Person &child : recipient.children)
        children.append(child.fullName().isEmpty() ? child.username : child.fullName());
    QString childrenSentence;
    if (person.isParent() && !children.isEmpty())
        childrenSentence =
                PlaceholdersText::tr("With this login you follow %1.").arg(joinNames(children));
    return {
            {u"school"_s, school.schoolName},    {u"name"_s, person.fullName()},
            {u"first_name"_s, person.firstName}, {u"last_name"_s, person.lastName},
            {u"username"_s, person.username},    {u"password"_s, person.password},
            {u"email"_s, person.email},          {u"login_address"_s, school.loginAddress},
            {u"children"_s, childrenSentence},   {u"children_names"_s, joinNames(children)},
    };
}

QString fill(const QString &text, const QMap<QString, QString> &values, Format format)
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QString result;
    result.reserve(text.size() + 256);
    qsizetype copied = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd())
            continue; // not ours: left as written
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += format == Format::Html ? value->toHtmlEscaped() : *value;
        copied = match.capturedEnd();
    }
    result += QStringView(text).mid(copied);
    return result;
}

} // namespace Placeholders
} // namespace Rollbook

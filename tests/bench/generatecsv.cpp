// rollbook-bench generate-csv FILE [--rows N] [--seed S]: a parents file like DESIGN §6's, in
// UTF-8 with CRLF line ends: 600,000 rows make about 50 MB. Names carry Norwegian and French
// letters, and some fields need quotes (a comma, a quote), as real exports do.
#include "bench.h"
#include "csv/csvwriter.h"

#include <QFile>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

int generateCsv(Context &context)
{
    const QStringList args = context.arguments;
    if (args.isEmpty()) {
        context.err << "Usage: rollbook-bench generate-csv FILE [--rows N] [--seed S]\n";
        return 2;
    }
    qint64 rows = 600000;
    quint32 seed = 1;
    if (const qsizetype at = args.indexOf(u"--rows"_s); at > 0)
        rows = args.value(at + 1).toLongLong();
    if (const qsizetype at = args.indexOf(u"--seed"_s); at > 0)
        seed = args.value(at + 1).toUInt();

    QFile file(args.first());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        context.err << file.errorString() << '\n';
        return 3;
    }
    static const QStringList firstNames = {
            u"Kari"_s,   u"Ola"_s,   u"Åse"_s,        u"Øystein"_s,  u"Bjørn"_s, u"Zoë"_s,
            u"Ingrid"_s, u"Håkon"_s, u"Anne-Marie"_s, u"Jean-Luc"_s, u"Siri"_s,  u"Tor"_s};
    static const QStringList lastNames = {
            u"Berg"_s,     u"Haugen"_s, u"Næss"_s, u"Dubois-Lefèvre"_s, u"Hansen"_s,
            u"Johansen"_s, u"Olsen"_s,  u"Lie"_s,  u"Bakke"_s,          u"Sæther"_s};
    static const QString passwordLetters =
            u"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;

    QRandomGenerator random(seed);
    CsvWriteOptions options;
    options.byteOrderMark = false;
    CsvWriter writer(&file, options);
    writer.writeRow({u"Synchronisation key"_s, u"User name"_s, u"First name"_s, u"Last name"_s,
                     u"E-mail"_s, u"Password"_s, u"Child sync key"_s, u"Phone"_s});
    for (qint64 i = 0; i < rows; ++i) {
        const QString first = firstNames.at(random.bounded(firstNames.size()));
        QString last = lastNames.at(random.bounded(lastNames.size()));
        if (i % 97 == 0)
            last += u", Jr."_s; // quoted
        else if (i % 101 == 0)
            last += u" \"Junior\""_s; // quoted, with doubled quotes
        const QString user = u"%1.%2"_s.arg(first.toLower().left(3), QString::number(i));
        QString password;
        for (int k = 0; k < 9; ++k)
            password += passwordLetters.at(random.bounded(passwordLetters.size()));
        const QStringList row = {
                u"P%1"_s.arg(i, 7, 10, QLatin1Char('0')),
                user,
                first,
                last,
                user + u"@hjem.example"_s,
                password,
                u"L%1"_s.arg(random.bounded(rows), 7, 10, QLatin1Char('0')),
                u"9%1"_s.arg(random.bounded(10000000), 7, 10, QLatin1Char('0')),
        };
        if (!writer.writeRow(row)) {
            context.err << writer.errorString() << '\n';
            return 3;
        }
    }
    if (!writer.flush()) {
        context.err << writer.errorString() << '\n';
        return 3;
    }
    context.out << "file: " << args.first() << '\n'
                << "rows: " << rows << '\n'
                << "bytes: " << file.size() << '\n';
    return 0;
}

} // namespace Rollbook::Bench

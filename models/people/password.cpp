#include "password.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Passwords {

namespace {

const QString lower = u"abcdefghijkmnopqrstuvwxyz"_s; // no l
const QString upper = u"ACDEFGHJKLMNPQRTUVWXY"_s;     // no B, I, O, S, Z
const QString digits = u"34679"_s;                    // no 0, 1, 2, 5, 8
const QString symbols = u"#%*?$&"_s;

QChar pick(const QString &from)
{
    return from.at(int(QRandomGenerator::system()->bounded(quint32(from.size()))));
}

} // namespace

QString alphabet(bool withSymbols)
{
    return lower + upper + digits + (withSymbols ? symbols : QString());
}

QString generate(int length, bool withSymbols)
{
    length = std::clamp(length, minimumLength, maximumLength);
    const QString all = alphabet(withSymbols);
    QString password;
    password.reserve(length);
    // A letter first: the export writes a password exactly, and PersonRules refuses one that
    // begins like a spreadsheet formula. The classes below land anywhere after it.
    password += pick(lower + upper);
    password += pick(lower);
    password += pick(upper);
    password += pick(digits);
    if (withSymbols)
        password += pick(symbols);
    while (password.size() < length)
        password += pick(all);
    // Shuffle all but the first so that the guaranteed classes are not always in front.
    for (qsizetype i = password.size() - 1; i > 1; --i) {
        const auto j = 1 + qsizetype(QRandomGenerator::system()->bounded(quint32(i)));
        std::swap(password[i], password[j]);
    }
    return password;
}

} // namespace Rollbook::Passwords

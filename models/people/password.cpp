#include "password.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Passwords {

namespace {

const QString lower = u"abcdefghijkmnopqrstuvwxyz"_s; // no l
const QString upper = u"ACDEFGHJKLMNPQRTUVWXY"_s;     // no B, I, O, S, Z
const QString digits = u"34679"_s;                    // no 0, 1, 2, 5, 8

QChar pick(const QString &from)
{
    return from.at(int(QRandomGenerator::system()->bounded(quint32(from.size()))));
}

} // namespace

QString alphabet()
{
    return lower + upper + digits;
}

QString generate(int length)
{
    length = std::max(length, minimumLength);
    const QString all = alphabet();
    QString password;
    password.reserve(length);
    password += pick(lower);
    password += pick(upper);
    password += pick(digits);
    while (password.size() < length)
        password += pick(all);
    // Shuffle so that the guaranteed classes are not always in front.
    for (qsizetype i = password.size() - 1; i > 0; --i) {
        const auto j = qsizetype(QRandomGenerator::system()->bounded(quint32(i + 1)));
        std::swap(password[i], password[j]);
    }
    return password;
}

} // namespace Rollbook::Passwords

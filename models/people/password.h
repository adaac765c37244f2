#pragma once

#include <QString>

namespace Rollbook {

// Initial passwords people type from a printed letter: no characters that look alike (0/O,
// 1/l/I, 5/S, 2/Z, 8/B), drawn from the operating system's random source.
namespace Passwords {

constexpr int defaultLength = 12;
constexpr int minimumLength = 10;

// The characters a generated password is made of.
QString alphabet();

// A password of `length` characters (at least minimumLength), with at least one lower-case
// letter, one upper-case letter and one digit.
QString generate(int length = defaultLength);

} // namespace Passwords
} // namespace Rollbook

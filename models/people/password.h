#pragma once

#include <QString>

namespace Rollbook {

// Initial passwords people type from a printed letter: no characters that look alike (0/O,
// 1/l/I, 5/S, 2/Z, 8/B), drawn from the operating system's random source.
namespace Passwords {

constexpr int defaultLength = 12;
constexpr int minimumLength = 10;
constexpr int maximumLength = 64;

// The characters a generated password is made of. The symbols are none that a spreadsheet reads
// as a formula (= + - @), none that delimit or quote a CSV field, and no ! or | (like l and I).
QString alphabet(bool symbols = false);

// A password of `length` characters (clamped to minimumLength..maximumLength) that starts with a
// letter and has at least one lower-case letter, one upper-case letter and one digit (and one
// symbol, when asked for).
QString generate(int length = defaultLength, bool symbols = false);

} // namespace Passwords
} // namespace Rollbook

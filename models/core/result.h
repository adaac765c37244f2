#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Rollbook {

// What went wrong, in words for the person at the keyboard. The kind decides the command line's
// exit status and whether the window offers another file.
struct Error
{
    enum class Kind {
        Usage,   // the request itself is malformed (exit 2)
        Invalid, // the data was checked and refused; nothing was written (exit 1)
        File,    // a file or the database could not be read or written (exit 3)
    };

    Kind kind = Kind::File;
    QString message;

    static Error usage(const QString &message) { return {Kind::Usage, message}; }
    static Error invalid(const QString &message) { return {Kind::Invalid, message}; }
    static Error file(const QString &message) { return {Kind::File, message}; }
};

// A value or the reason there is none. Small on purpose: std::expected arrives with C++23.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that give back nothing but success.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace Rollbook

#pragma once

#include <QString>

#include <stdexcept>

namespace dateline {

// What the library throws when the database refuses something: one line a
// person can read ("the file is not a Dateline library"), never raw SQL.
class LibraryError final : public std::runtime_error
{
public:
    explicit LibraryError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }

    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace dateline

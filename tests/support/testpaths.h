#pragma once

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

// Readable QString values in GoogleTest messages and failure output.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace dateline::test {

// The project's own fixtures (tests/fixtures).
QString fixturePath(const QString &relative);
// The shared folder beside the checkout, or an empty string when it is absent.
QString sharedPath(const QString &relative);
// The project's resources folder.
QString resourcePath(const QString &relative);
QByteArray readFile(const QString &path);

} // namespace dateline::test

// Skips the current test when ../shared (or the named part of it) is absent.
#define DATELINE_REQUIRE_SHARED(relative)                                                                              \
    do {                                                                                                               \
        if (::dateline::test::sharedPath(relative).isEmpty())                                                          \
            GTEST_SKIP() << "../shared/" << (relative) << " is not present";                                           \
    } while (false)

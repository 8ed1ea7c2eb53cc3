#pragma once

#include "bulletin/article.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <ostream>

namespace za::bulletin::test {

// The real page in the shared folder; empty when it is absent (tests then skip).
QString readSharedSample(const QString &relativePath);
QString readSourceFile(const QString &relativePath);

// The input's non-whitespace characters, in order, without Markdown heading markers: what must
// come out of the parser again.
QString contentCharacters(QStringView pageText);

// The output's non-whitespace characters from every field that holds page text.
QString outputCharacters(const ParsedPage &page);

// Empty when every content character of the input is in exactly one output field (as multisets);
// otherwise a description of what went missing or appeared.
QString nothingLostReport(QStringView pageText, const ParsedPage &page);

// Human-readable dump of a parsed page, for failure messages.
QString describe(const ParsedPage &page);

// Deterministic generator of bulletin-like pages with layout damage.
class PageGenerator final
{
public:
    explicit PageGenerator(std::uint64_t seed);
    QString page();
    QString mutate(const QString &page);

private:
    std::uint64_t next();
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    QString sentence();
    QString paragraph();
    QString name();
    QString phrase(int minChars, int maxChars);

    std::uint64_t m_state;
};

} // namespace za::bulletin::test

// Readable failure messages for QString in gtest assertions.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(u'|').toStdString() << ']';
}

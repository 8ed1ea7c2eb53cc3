#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// Internal helpers shared by the places sources; not part of the module's API.
namespace za::places::detail {

// Bytes of a file embedded under :/za/places/ (data files from resources/places and the gazetteer pack).
QByteArray embeddedFile(QStringView name);

// Parses an embedded JSON object file; an invalid file is a build error, so this aborts loudly.
QJsonObject embeddedJson(QStringView name);

QStringList stringList(const QJsonValue &value);

// Punctuation, spaces, digits and Latin letters end a Chinese word; Han characters do not.
bool isBoundaryChar(QChar c);

bool isStopChar(QChar c, QStringView stopChars);

// Sorts longest first so that scanning prefers 经济技术开发区 over 开发区.
void sortLongestFirst(QStringList &list);

// Longest entry of `list` (sorted longest first) that `text` starts with at `pos`; empty if none.
QStringView matchAt(QStringView text, qsizetype pos, const QStringList &list);

// Longest entry of `list` (sorted longest first) that `text` ends with; empty if none.
QStringView matchSuffix(QStringView text, const QStringList &list);

// A set of two-unit pairs as one bit per hashed pair (32 KB): "no" is certain, "maybe" is wrong about
// one time in forty for a few thousand pairs. Scans that test every character of every article ask it
// before a hash-table lookup or a computation that nearly always finds nothing.
class PairFilter final
{
public:
    PairFilter();
    void insert(QChar first, QChar second);
    bool mayContain(QChar first, QChar second) const
    {
        const quint32 bit = bitOf(first, second);
        return (m_bits[bit / 64] >> (bit % 64)) & 1;
    }

private:
    static constexpr int kLog2Bits = 18;
    static quint32 bitOf(QChar first, QChar second)
    {
        return ((quint32(first.unicode()) << 16 | second.unicode()) * 0x9E3779B1u) >> (32 - kLog2Bits);
    }
    std::vector<quint64> m_bits;
};

} // namespace za::places::detail

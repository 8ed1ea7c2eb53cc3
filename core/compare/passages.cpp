#include "compare/passages.h"

#include "text/fold.h"

#include <QHash>

#include <vector>

namespace za::compare {

namespace {

// The comparable form of a text: one folded key per non-whitespace code point, with where it came from.
struct Keys
{
    std::vector<char32_t> key;
    std::vector<qsizetype> start; // UTF-16 offset of the code point in the original
    std::vector<qsizetype> end;   // one past its last code unit
};

Keys keysOf(QStringView text)
{
    Keys k;
    k.key.reserve(size_t(text.size()));
    k.start.reserve(size_t(text.size()));
    k.end.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size();) {
        char32_t cp = text[i].unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(cp) && next < text.size() && text[next].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[next]);
            ++next;
        }
        if (!QChar::isSpace(cp)) {
            k.key.push_back(text::foldCodePoint(cp));
            k.start.push_back(i);
            k.end.push_back(next);
        }
        i = next;
    }
    return k;
}

constexpr quint64 kBase = 1000003ULL;

quint64 power(quint64 base, int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= base;
    return result;
}

} // namespace

QList<SharedPassage> sharedPassages(QStringView a, QStringView b, int minChars)
{
    QList<SharedPassage> passages;
    if (minChars < 1)
        minChars = 1;
    const Keys ka = keysOf(a);
    const Keys kb = keysOf(b);
    const size_t k = size_t(minChars);
    if (ka.key.size() < k || kb.key.size() < k)
        return passages;

    // Every window of A by its rolling hash (wrapping 64-bit arithmetic); collisions are verified below.
    QMultiHash<quint64, size_t> windows;
    windows.reserve(qsizetype(ka.key.size()));
    const quint64 top = power(kBase, minChars - 1);
    quint64 h = 0;
    for (size_t i = 0; i < ka.key.size(); ++i) {
        if (i >= k)
            h -= top * ka.key[i - k];
        h = h * kBase + ka.key[i];
        if (i + 1 >= k)
            windows.insert(h, i + 1 - k);
    }

    std::vector<bool> usedA(ka.key.size(), false);
    const auto hashAt = [&kb, k](size_t from) {
        quint64 value = 0;
        for (size_t i = from; i < from + k; ++i)
            value = value * kBase + kb.key[i];
        return value;
    };
    size_t i = 0;
    quint64 hb = hashAt(0);
    while (i + k <= kb.key.size()) {
        size_t bestStart = 0;
        size_t bestLength = 0;
        for (auto it = windows.constFind(hb); it != windows.cend() && it.key() == hb; ++it) {
            const size_t j = it.value();
            if (usedA[j])
                continue;
            size_t length = 0;
            while (j + length < ka.key.size() && i + length < kb.key.size() && !usedA[j + length] &&
                   ka.key[j + length] == kb.key[i + length])
                ++length;
            if (length >= k && length > bestLength) {
                bestLength = length;
                bestStart = j;
            }
        }
        if (bestLength > 0) {
            for (size_t m = 0; m < bestLength; ++m)
                usedA[bestStart + m] = true;
            SharedPassage p;
            p.startA = ka.start[bestStart];
            p.lengthA = ka.end[bestStart + bestLength - 1] - p.startA;
            p.startB = kb.start[i];
            p.lengthB = kb.end[i + bestLength - 1] - p.startB;
            passages << p;
            i += bestLength;
            if (i + k <= kb.key.size())
                hb = hashAt(i);
            continue;
        }
        // Roll the window of B one key further.
        if (i + k < kb.key.size())
            hb = (hb - top * kb.key[i]) * kBase + kb.key[i + k];
        ++i;
    }
    return passages;
}

double sharedFraction(QStringView b, const QList<SharedPassage> &passages)
{
    qsizetype total = 0;
    for (QChar c : b) {
        if (!c.isSpace())
            ++total;
    }
    if (total == 0)
        return 0;
    qsizetype shared = 0;
    for (const SharedPassage &p : passages) {
        for (QChar c : b.mid(p.startB, p.lengthB)) {
            if (!c.isSpace())
                ++shared;
        }
    }
    return double(shared) / double(total);
}

} // namespace za::compare

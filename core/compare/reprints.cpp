#include "compare/reprints.h"

#include "text/fold.h"

#include <QChar>

#include <algorithm>

namespace za::compare {

namespace {

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Multiply-shift hash functions h_i(x) = (a_i·x + b_i) >> 32 with fixed odd multipliers: the signatures
// must be the same on every machine and every run, since they are stored in the library.
struct HashFamily
{
    std::array<quint64, kMinHashSize> a{};
    std::array<quint64, kMinHashSize> b{};
    HashFamily()
    {
        quint64 state = 0x5A41524350524E54ULL; // fixed seed
        for (int i = 0; i < kMinHashSize; ++i) {
            state = splitMix64(state);
            a[std::size_t(i)] = state | 1U;
            state = splitMix64(state);
            b[std::size_t(i)] = state;
        }
    }
};

const HashFamily &family()
{
    static const HashFamily f;
    return f;
}

} // namespace

bool minHash(QStringView text, MinHashSignature *signature)
{
    signature->fill(0xFFFFFFFFU);
    std::vector<char32_t> keys;
    keys.reserve(std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size();) {
        char32_t cp = text[i].unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(cp) && next < text.size() && text[next].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[next]);
            ++next;
        }
        i = next;
        if (!QChar::isLetterOrNumber(cp))
            continue;
        keys.push_back(text::foldCodePoint(cp));
    }
    if (keys.size() < std::size_t(kShingleChars))
        return false;
    // Distinct shingle hashes first: repeated phrases cost nothing in the 128-hash loop.
    std::vector<quint64> shingles;
    shingles.reserve(keys.size());
    for (std::size_t i = 0; i + kShingleChars <= keys.size(); ++i) {
        quint64 h = 0;
        for (int k = 0; k < kShingleChars; ++k)
            h = h * 0x100000001B3ULL + keys[i + std::size_t(k)];
        shingles.push_back(splitMix64(h));
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    const HashFamily &f = family();
    for (int i = 0; i < kMinHashSize; ++i) {
        const quint64 a = f.a[std::size_t(i)];
        const quint64 b = f.b[std::size_t(i)];
        quint32 minimum = 0xFFFFFFFFU;
        for (quint64 x : shingles)
            minimum = std::min(minimum, quint32((a * x + b) >> 32));
        (*signature)[std::size_t(i)] = minimum;
    }
    return true;
}

double estimatedJaccard(const MinHashSignature &a, const MinHashSignature &b)
{
    int equal = 0;
    for (int i = 0; i < kMinHashSize; ++i)
        equal += a[std::size_t(i)] == b[std::size_t(i)] ? 1 : 0;
    return double(equal) / kMinHashSize;
}

namespace {

quint64 bandKey(const MinHashSignature &signature, int band)
{
    quint64 h = quint64(band) + 1;
    for (int r = 0; r < kRowsPerBand; ++r)
        h = splitMix64(h ^ signature[std::size_t(band * kRowsPerBand + r)]);
    return h;
}

} // namespace

std::size_t ReprintIndex::slotOf(const Band &band, quint64 key)
{
    const std::size_t mask = band.keys.size() - 1;
    std::size_t slot = std::size_t(splitMix64(key)) & mask;
    while (band.keys[slot] != 0 && band.keys[slot] != key)
        slot = (slot + 1) & mask;
    return slot;
}

void ReprintIndex::grow(Band &band)
{
    std::vector<quint64> keys = std::move(band.keys);
    std::vector<quint32> heads = std::move(band.heads);
    const std::size_t capacity = std::max<std::size_t>(1024, keys.size() * 2); // a power of two
    band.keys.assign(capacity, 0);
    band.heads.assign(capacity, 0);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == 0)
            continue;
        const std::size_t slot = slotOf(band, keys[i]);
        band.keys[slot] = keys[i];
        band.heads[slot] = heads[i];
    }
}

void ReprintIndex::add(qint64 id, const MinHashSignature &signature)
{
    const std::size_t article = m_ids.size();
    m_ids.push_back(id);
    m_next.resize(m_next.size() + kBands, 0);
    for (int b = 0; b < kBands; ++b) {
        Band &band = m_bands[std::size_t(b)];
        if ((band.used + 1) * 4 > band.keys.size() * 3) // at most three quarters full
            grow(band);
        const quint64 key = bandKey(signature, b) | 1; // never 0, the empty slot
        const std::size_t slot = slotOf(band, key);
        const auto entry = quint32(article * kBands + std::size_t(b));
        if (band.keys[slot] == 0) {
            band.keys[slot] = key;
            ++band.used;
        }
        m_next[entry] = band.heads[slot];
        band.heads[slot] = entry + 1;
    }
    ++m_size;
}

std::vector<qint64> ReprintIndex::candidates(const MinHashSignature &signature) const
{
    std::vector<qint64> found;
    for (int b = 0; b < kBands; ++b) {
        const Band &band = m_bands[std::size_t(b)];
        if (band.keys.empty())
            continue;
        const std::size_t slot = slotOf(band, bandKey(signature, b) | 1);
        for (quint32 e = band.heads[slot]; e != 0; e = m_next[e - 1])
            found.push_back(m_ids[(e - 1) / kBands]);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

} // namespace za::compare

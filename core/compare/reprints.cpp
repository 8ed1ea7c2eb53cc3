#include "compare/reprints.h"

#include "text/fold.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <bit>

namespace za::compare {

namespace {

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

bool minHash(QStringView text, MinHashSignature *signature)
{
    signature->fill(kMaxMinHashValue);
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
    // One permutation hashing: one hash per shingle; its top bits choose the slot, the low 16 bits
    // compete for that slot's minimum. Same estimate of Jaccard similarity as kMinHashSize independent
    // hash functions at 1/kMinHashSize of the cost. The values are stored in the library, so the hash
    // is fixed (no per-run seed).
    static_assert((kMinHashSize & (kMinHashSize - 1)) == 0, "slots are chosen by the top bits");
    constexpr int kSlotShift = 64 - std::countr_zero(unsigned(kMinHashSize));
    std::array<bool, kMinHashSize> filled{};
    for (std::size_t i = 0; i + kShingleChars <= keys.size(); ++i) {
        quint64 h = 0;
        for (int k = 0; k < kShingleChars; ++k)
            h = h * 0x100000001B3ULL + keys[i + std::size_t(k)];
        h = splitMix64(h);
        const std::size_t slot = std::size_t(h >> kSlotShift);
        (*signature)[slot] = std::min((*signature)[slot], MinHashValue(h));
        filled[slot] = true;
    }
    // Short texts leave slots empty. Each takes the value of the next filled slot (cyclically) mixed
    // with the distance, so that two texts agree on an empty slot as often as on a filled one
    // (densification by rotation) and an empty slot never matches by accident.
    for (int slot = 0; slot < kMinHashSize; ++slot) {
        if (filled[std::size_t(slot)])
            continue;
        for (int distance = 1; distance < kMinHashSize; ++distance) {
            const std::size_t from = std::size_t((slot + distance) % kMinHashSize);
            if (filled[from]) {
                (*signature)[std::size_t(slot)] =
                    MinHashValue(splitMix64((quint64((*signature)[from]) << 8) | quint64(distance)));
                break;
            }
        }
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

namespace {
constexpr std::size_t kFilterBitsPerKey = 8;
constexpr std::size_t kMinFilterWords = std::size_t(1) << 14; // 1 Mbit

// The filter's bit for a band key; a hash of its own, apart from the table's slot.
std::size_t filterBit(quint64 key, std::size_t words)
{
    return std::size_t(splitMix64(key ^ 0x5bd1e995u) & (words * 64 - 1));
}
} // namespace

bool ReprintIndex::mayHold(quint64 key) const
{
    if (m_filter.empty())
        return false;
    const std::size_t bit = filterBit(key, m_filter.size());
    return (m_filter[bit / 64] >> (bit % 64)) & 1u;
}

void ReprintIndex::remember(quint64 key)
{
    if ((m_filterKeys + 1) * kFilterBitsPerKey > m_filter.size() * 64)
        growFilter();
    const std::size_t bit = filterBit(key, m_filter.size());
    m_filter[bit / 64] |= quint64(1) << (bit % 64);
    ++m_filterKeys;
}

void ReprintIndex::growFilter()
{
    m_filter.assign(std::max(kMinFilterWords, m_filter.size() * 2), 0); // a power of two
    m_filterKeys = 0;
    for (const Band &band : m_bands) {
        for (const quint64 key : band.keys) {
            if (key == 0)
                continue;
            const std::size_t bit = filterBit(key, m_filter.size());
            m_filter[bit / 64] |= quint64(1) << (bit % 64);
            ++m_filterKeys;
        }
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
            remember(key);
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
        const quint64 key = bandKey(signature, b) | 1;
        if (band.keys.empty() || !mayHold(key))
            continue;
        const std::size_t slot = slotOf(band, key);
        for (quint32 e = band.heads[slot]; e != 0; e = m_next[e - 1])
            found.push_back(m_ids[(e - 1) / kBands]);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

} // namespace za::compare

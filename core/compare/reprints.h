#pragma once

#include <QList>
#include <QStringView>

#include <array>
#include <vector>

namespace za::compare {

// MinHash over character shingles, for finding reprints (one story printed in two issues or bulletins)
// among a whole library without comparing every pair. The signature of a text estimates the Jaccard
// similarity of its shingle sets; LSH banding (kBands bands of kRowsPerBand hashes) turns "similar
// signatures" into "same bucket in some band", so candidates come from hash lookups. Candidates are then
// verified on the texts themselves (sharedPassages / sharedFraction).
inline constexpr int kMinHashSize = 128;
inline constexpr int kRowsPerBand = 4;
inline constexpr int kBands = kMinHashSize / kRowsPerBand;
// With 32 bands of 4 rows a pair of Jaccard 0.5 becomes a candidate with probability 0.87, 0.6 with
// 0.99, while unrelated articles (Jaccard ≈ 0.05) collide with probability 2·10⁻⁴.
inline constexpr int kShingleChars = 5;

// 16 bits a slot: two unrelated texts agree on a slot by chance once in 65,536, which moves a
// Jaccard estimate by nothing that matters, and a signature takes 256 bytes (stored for every article).
using MinHashValue = quint16;
inline constexpr MinHashValue kMaxMinHashValue = 0xFFFF;
using MinHashSignature = std::array<MinHashValue, kMinHashSize>;

// Shingles are runs of kShingleChars letters/digits of the search-folded text (NFKC, case,
// Traditional→Simplified); whitespace and punctuation are skipped, so layout and full-width forms do not
// matter. Returns false (and an all-max signature) for texts with fewer than kShingleChars such characters.
bool minHash(QStringView text, MinHashSignature *signature);

// Fraction of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity.
double estimatedJaccard(const MinHashSignature &a, const MinHashSignature &b);

// LSH index of signatures under caller-chosen ids. Not thread-safe.
class ReprintIndex final
{
public:
    void add(qint64 id, const MinHashSignature &signature);
    // Ids already in the index that share at least one band with the signature (each once, unordered).
    std::vector<qint64> candidates(const MinHashSignature &signature) const;
    std::size_t size() const { return m_size; }

private:
    // One open-addressing table per band from band key to the newest entry with that key; entries of
    // one key are chained. An entry is (article, band), numbered article * kBands + band. About 20
    // bytes per entry, where node-based maps of vectors took ~100 (460 MB at 144,000 articles).
    struct Band
    {
        std::vector<quint64> keys;  // 0 = empty slot (band keys are made non-zero)
        std::vector<quint32> heads; // entry + 1
        std::size_t used = 0;
    };
    static std::size_t slotOf(const Band &band, quint64 key);
    static void grow(Band &band);
    bool mayHold(quint64 key) const;
    void remember(quint64 key);
    void growFilter();

    std::array<Band, kBands> m_bands;
    // A bit per band key (of any band), about 8 bits a key: a signature sharing no band with the index
    // (nearly every stored sketch streamed past a chunk) is answered from this small array instead of a
    // cache miss in each of the kBands tables.
    std::vector<quint64> m_filter;
    std::size_t m_filterKeys = 0;
    std::vector<quint32> m_next; // per entry: the previous entry with the same key + 1 (0 = none)
    std::vector<qint64> m_ids;   // per article
    std::size_t m_size = 0;
};

} // namespace za::compare

#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace za::text {

namespace {

bool isSurrogate(char32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

// NFKC of one code point, kept only when it is again one code point: folding must stay 1:1 so that
// positions in the folded text map back to the original (e.g. U+FF21 -> 'A', U+F900 -> U+8C48, but
// U+3231 "(株)" stays as it is).
char32_t nfkcSingle(const icu::Normalizer2 *nfkc, char32_t cp)
{
    if (!nfkc || nfkc->isInert(static_cast<UChar32>(cp)))
        return cp;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString in(static_cast<UChar32>(cp));
    const icu::UnicodeString out = nfkc->normalize(in, status);
    if (U_FAILURE(status) || out.isEmpty() || out.countChar32() != 1)
        return cp;
    return static_cast<char32_t>(out.char32At(0));
}

char32_t foldSingle(const icu::Normalizer2 *nfkc, char32_t cp)
{
    const char32_t normalized = nfkcSingle(nfkc, cp);
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(normalized), U_FOLD_CASE_DEFAULT));
}

// The fold of every BMP code point, computed once. Supplementary code points (rare in bulletins) are
// folded on demand without the Traditional-to-Simplified step, which ICU's Hant-Hans data barely covers
// outside the BMP anyway.
class FoldTable final
{
public:
    FoldTable()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_nfkc = icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status))
            m_nfkc = nullptr;

        m_bmp.resize(0x10000);
        for (char32_t cp = 0; cp < 0x10000; ++cp)
            m_bmp[cp] = isSurrogate(cp) ? cp : foldSingle(m_nfkc, cp);
        applyTraditionalToSimplified();
    }

    char32_t fold(char32_t cp) const
    {
        if (cp < 0x10000)
            return m_bmp[cp];
        if (cp > 0x10FFFF)
            return cp;
        return foldSingle(m_nfkc, cp);
    }

    const icu::Normalizer2 *nfkc() const { return m_nfkc; }

private:
    // ICU's Hant-Hans transliterator is run once over all BMP ideographs, each on its own line so that
    // no multi-character rule can see a neighbour; only one-to-one results enter the table.
    void applyTraditionalToSimplified()
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t2s(
            icu::Transliterator::createInstance(icu::UnicodeString(u"Hant-Hans"), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !t2s)
            return;

        std::vector<char32_t> sources;
        icu::UnicodeString batch;
        for (char32_t cp = 0; cp < 0x10000; ++cp) {
            const char32_t folded = m_bmp[cp];
            if (!isHan(folded))
                continue;
            sources.push_back(cp);
            batch.append(static_cast<UChar32>(folded));
            batch.append(u'\n');
        }
        t2s->transliterate(batch);

        std::size_t index = 0;
        int32_t start = 0;
        while (start < batch.length() && index < sources.size()) {
            int32_t end = batch.indexOf(u'\n', start);
            if (end < 0)
                end = batch.length();
            const icu::UnicodeString piece = batch.tempSubStringBetween(start, end);
            if (piece.countChar32() == 1) {
                const auto simplified = static_cast<char32_t>(piece.char32At(0));
                if (isHan(simplified))
                    m_bmp[sources[index]] = simplified;
            }
            ++index;
            start = end + 1;
        }
    }

    const icu::Normalizer2 *m_nfkc = nullptr;
    std::vector<char32_t> m_bmp;
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

} // namespace

char32_t foldCodePoint(char32_t codePoint)
{
    return foldTable().fold(codePoint);
}

QString foldForSearch(QStringView text)
{
    const FoldTable &table = foldTable();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = text[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        const char32_t folded = table.fold(cp);
        if (QChar::requiresSurrogates(folded)) {
            out.append(QChar(QChar::highSurrogate(folded)));
            out.append(QChar(QChar::lowSurrogate(folded)));
        } else {
            out.append(QChar(static_cast<char16_t>(folded)));
        }
    }
    return out;
}

bool isHan(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF)       // Unified Ideographs
           || (cp >= 0x3400 && cp <= 0x4DBF)    // Extension A
           || (cp >= 0xF900 && cp <= 0xFAFF)    // Compatibility Ideographs
           || (cp >= 0x20000 && cp <= 0x2FA1F)  // Extensions B-F, Compatibility Supplement
           || (cp >= 0x30000 && cp <= 0x323AF); // Extensions G-H
}

} // namespace za::text

#pragma once

#include <QString>
#include <QStringView>

namespace za::text {

// Search-key folding: NFKC (full-width ASCII and digits to half-width), case folding and
// Traditional-to-Simplified Chinese. Folding is per code point so that offsets into the folded form
// map back to the original text; stored text is never folded, only keys derived from it.
char32_t foldCodePoint(char32_t codePoint);

// Folds a whole string code point by code point (same semantics as foldCodePoint).
QString foldForSearch(QStringView text);

// True for CJK ideographs (Unified, Extensions, Compatibility).
bool isHan(char32_t codePoint);

} // namespace za::text

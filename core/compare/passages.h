#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace za::compare {

// A stretch of text that two articles share: [startA, startA+length) in A equals
// [startB, startB+length) in B, compared on search keys (NFKC, case, Traditional→Simplified) with
// whitespace ignored, so a reprint with other spacing or full-width digits still matches. Offsets are in
// UTF-16 code units of the original texts.
struct SharedPassage
{
    qsizetype startA = 0;
    qsizetype lengthA = 0;
    qsizetype startB = 0;
    qsizetype lengthB = 0;
};

// Maximal shared passages of at least minChars characters (not counting whitespace), found by hashing
// every window of minChars characters of A and extending each match in B. Linear in the texts' length for
// ordinary articles; passages do not overlap in either text.
QList<SharedPassage> sharedPassages(QStringView a, QStringView b, int minChars = 12);

// Fraction (0..1) of B's non-whitespace characters that lie in passages shared with A.
double sharedFraction(QStringView b, const QList<SharedPassage> &passages);

} // namespace za::compare

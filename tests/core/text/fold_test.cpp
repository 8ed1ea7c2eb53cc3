#include "text/fold.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using za::text::foldCodePoint;
using za::text::foldForSearch;
using za::text::isHan;

TEST(Fold, FullWidthAsciiBecomesHalfWidthAndLowerCase)
{
    EXPECT_EQ(foldCodePoint(U'Ａ'), U'a');
    EXPECT_EQ(foldCodePoint(U'ｍ'), U'm');
    EXPECT_EQ(foldCodePoint(U'３'), U'3');
    EXPECT_EQ(foldCodePoint(U'．'), U'.');
    EXPECT_EQ(foldCodePoint(U'％'), U'%');
    EXPECT_EQ(foldCodePoint(U'\u3000'), U' '); // ideographic space
    EXPECT_EQ(foldForSearch(u"ＭＥＭＳ研发中心Ｄ１版"), u"mems研发中心d1版"_s);
}

TEST(Fold, CaseFoldsBeyondAscii)
{
    EXPECT_EQ(foldCodePoint(U'Q'), U'q');
    EXPECT_EQ(foldCodePoint(U'Ä'), U'ä');
    EXPECT_EQ(foldCodePoint(U'Σ'), U'σ');
    EXPECT_EQ(foldCodePoint(U'ς'), U'σ');
}

TEST(Fold, TraditionalBecomesSimplified)
{
    EXPECT_EQ(foldForSearch(u"臨汾經濟開發區"), u"临汾经济开发区"_s);
    EXPECT_EQ(foldForSearch(u"國家農業高新技術產業示範區"), u"国家农业高新技术产业示范区"_s);
    EXPECT_EQ(foldCodePoint(U'門'), U'门');
    // Simplified and shared characters are untouched.
    EXPECT_EQ(foldForSearch(u"太原晋中经济技术开发区"), u"太原晋中经济技术开发区"_s);
}

TEST(Fold, CompatibilityIdeographsBecomeUnified)
{
    EXPECT_EQ(foldCodePoint(U'\uF900'), U'\u5C82'); // 豈 (U+8C48) and then Simplified 岂
    EXPECT_EQ(foldCodePoint(U'\U0002F800'), U'\u4E3D');
}

TEST(Fold, OneCodePointStaysOneCodePoint)
{
    // NFKC would expand these; folding keeps them so that offsets stay aligned.
    EXPECT_EQ(foldCodePoint(U'\u3231'), U'\u3231'); // ㈱
    EXPECT_EQ(foldCodePoint(U'\uFB01'), U'\uFB01'); // ﬁ
    EXPECT_EQ(foldCodePoint(U'½'), U'½');
    const QString mixed = u"（上接Ｄ１版）㈱臨汾ﬁ😀"_s;
    EXPECT_EQ(foldForSearch(mixed).size(), mixed.size());
    EXPECT_EQ(foldForSearch(mixed), u"(上接d1版)㈱临汾ﬁ😀"_s);
}

TEST(Fold, SupplementaryCodePointsSurvive)
{
    EXPECT_EQ(foldCodePoint(U'\U00020000'), U'\U00020000');
    EXPECT_EQ(foldForSearch(u"\U00020000中"), u"\U00020000中"_s);
    EXPECT_EQ(foldCodePoint(0x110000), char32_t(0x110000)); // out of range: unchanged
    const QString lone = QString(QChar(0xD800)) + u"a"_s;   // unpaired surrogate kept as is
    EXPECT_EQ(foldForSearch(lone), lone);
}

TEST(Fold, IsHan)
{
    EXPECT_TRUE(isHan(U'中'));
    EXPECT_TRUE(isHan(U'\u3400'));
    EXPECT_TRUE(isHan(U'\uF900'));
    EXPECT_TRUE(isHan(U'\U00020000'));
    EXPECT_TRUE(isHan(U'\U00030000'));
    EXPECT_FALSE(isHan(U'a'));
    EXPECT_FALSE(isHan(U'，'));
    EXPECT_FALSE(isHan(U'ア'));
    EXPECT_FALSE(isHan(U'\u3007')); // 〇 is a symbol-block ideograph; the tokenizer handles it itself
}

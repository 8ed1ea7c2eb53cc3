#include "search/ftstokenizer.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using za::search::Token;
using za::search::tokenize;
using za::search::TokenizeMode;

namespace {

// "term@begin-end" with a leading '+' for colocated tokens.
QStringList describe(const QList<Token> &tokens)
{
    QStringList out;
    for (const Token &t : tokens)
        out.append((t.colocated ? u"+"_s : QString()) + t.text + u'@' + QString::number(t.begin) + u'-' +
                   QString::number(t.end));
    return out;
}

} // namespace

TEST(Tokenizer, HanRunInDocumentIsBigramsWithColocatedUnigrams)
{
    const QStringList expected = {u"太原@0-2"_s, u"+太@0-1"_s, u"原市@1-3"_s, u"+原@1-2"_s, u"市@2-3"_s};
    EXPECT_EQ(describe(tokenize(u"太原市", TokenizeMode::Document)), expected);
}

// A character's unigram is indexed once per column (where it first occurs) and wherever it ends a run:
// enough for one-character queries and phrase positions, at a fraction of the index.
TEST(Tokenizer, UnigramsOnlyAtFirstOccurrenceAndRunEnds)
{
    const QStringList expected = {u"太原@0-2"_s, u"+太@0-1"_s,  u"原市@1-3"_s, u"+原@1-2"_s, u"市太@2-4"_s,
                                  u"+市@2-3"_s,  u"太原@3-5"_s, u"原@4-5"_s,   u"太@6-7"_s};
    EXPECT_EQ(describe(tokenize(u"太原市太原，太", TokenizeMode::Document)), expected);
    // Each call (column) starts afresh.
    EXPECT_EQ(describe(tokenize(u"原市", TokenizeMode::Document)),
              (QStringList{u"原市@0-2"_s, u"+原@0-1"_s, u"市@1-2"_s}));
}

TEST(Tokenizer, HanRunInQueryIsBigramChain)
{
    EXPECT_EQ(describe(tokenize(u"晋", TokenizeMode::Query)), QStringList{u"晋@0-1"_s});
    EXPECT_EQ(describe(tokenize(u"太原市", TokenizeMode::Query)),
              (QStringList{u"太原@0-2"_s, u"原市@1-3"_s}));
    // A run followed by more terms ends with its last character so that phrase positions line up.
    EXPECT_EQ(describe(tokenize(u"亿元 D1", TokenizeMode::Query)),
              (QStringList{u"亿元@0-2"_s, u"元@1-2"_s, u"d1@3-5"_s}));
}

TEST(Tokenizer, NumbersPercentAndCodes)
{
    EXPECT_EQ(describe(tokenize(u"完成3.26亿元", TokenizeMode::Query)),
              (QStringList{u"完成@0-2"_s, u"成@1-2"_s, u"3.26@2-6"_s, u"亿元@6-8"_s}));
    EXPECT_EQ(describe(tokenize(u"增长28.9%。", TokenizeMode::Document)).mid(3),
              (QStringList{u"28.9%@2-7"_s, u"+28.9@2-6"_s}));
    EXPECT_EQ(describe(tokenize(u"28.9%", TokenizeMode::Query)), QStringList{u"28.9%@0-5"_s});
    EXPECT_EQ(describe(tokenize(u"淮海集团 MEMS 研发", TokenizeMode::Document)).mid(7, 1),
              QStringList{u"mems@5-9"_s});
    EXPECT_EQ(describe(tokenize(u"(上接 D1 版)", TokenizeMode::Document)).mid(3, 1),
              QStringList{u"d1@4-6"_s});
    // A sentence-final full stop is not a decimal point.
    EXPECT_EQ(describe(tokenize(u"2023.", TokenizeMode::Document)), QStringList{u"2023@0-4"_s});
}

TEST(Tokenizer, FoldsWidthCaseAndTraditionalButKeepsOriginalOffsets)
{
    EXPECT_EQ(describe(tokenize(u"ＭＥＭＳ３．２６", TokenizeMode::Document)),
              QStringList{u"mems3.26@0-8"_s});
    EXPECT_EQ(describe(tokenize(u"經濟", TokenizeMode::Query)), QStringList{u"经济@0-2"_s});
    EXPECT_EQ(describe(tokenize(u"臨汾", TokenizeMode::Document)),
              (QStringList{u"临汾@0-2"_s, u"+临@0-1"_s, u"汾@1-2"_s}));
}

TEST(Tokenizer, PunctuationOnlyGivesNoTokens)
{
    EXPECT_TRUE(tokenize(u"*** ，。！ \"\" NEAR(", TokenizeMode::Query).size() == 1); // only "near"
    EXPECT_TRUE(tokenize(u"*，。！()", TokenizeMode::Query).isEmpty());
}

TEST(Tokenizer, SupplementaryIdeographsKeepSurrogateOffsets)
{
    const QString text = u"𠀀中"_s; // U+20000 then U+4E2D
    const QStringList expected = {u"𠀀中@0-3"_s, u"+𠀀@0-2"_s, u"中@2-3"_s};
    EXPECT_EQ(describe(tokenize(text, TokenizeMode::Document)), expected);
}

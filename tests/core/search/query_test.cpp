#include "search/query.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::search;

namespace {

QString tree(const QString &query)
{
    const ParsedQuery parsed = parseQuery(query);
    if (!parsed.ok())
        return u"error: "_s + parsed.error;
    return parsed.hasQuery ? describe(parsed.root) : u"<all>"_s;
}

} // namespace

TEST(QueryParser, ImplicitAndExplicitAnd)
{
    EXPECT_EQ(tree(u"太原 招商"_s), u"AND(太原, 招商)"_s);
    EXPECT_EQ(tree(u"太原 AND 招商"_s), u"AND(太原, 招商)"_s);
}

TEST(QueryParser, OrBindsLooserThanAnd)
{
    EXPECT_EQ(tree(u"a b OR c"_s), u"OR(AND(a, b), c)"_s);
    EXPECT_EQ(tree(u"a (b OR c)"_s), u"AND(a, OR(b, c))"_s);
}

TEST(QueryParser, NotAndLeadingMinus)
{
    EXPECT_EQ(tree(u"太原 NOT 大同"_s), u"AND(太原, NOT(大同))"_s);
    EXPECT_EQ(tree(u"太原 -大同"_s), u"AND(太原, NOT(大同))"_s);
    EXPECT_EQ(tree(u"-大同"_s), u"NOT(大同)"_s);
    EXPECT_EQ(tree(u"NOT NOT 大同"_s), u"大同"_s);
    EXPECT_EQ(tree(u"3-5"_s), u"3-5"_s); // a hyphen inside a word is not an operator
}

TEST(QueryParser, Phrases)
{
    EXPECT_EQ(tree(u"\"侯马 经济\" 招商"_s), u"AND(\"侯马 经济\", 招商)"_s);
    EXPECT_EQ(tree(u"“招商引资”"_s), u"\"招商引资\""_s);
    EXPECT_EQ(tree(u"＂招商＂"_s), u"\"招商\""_s);
}

TEST(QueryParser, EachField)
{
    EXPECT_EQ(tree(u"headline:开发区"_s), u"headline:开发区"_s);
    EXPECT_EQ(tree(u"zone:侯马"_s), u"zone:侯马"_s);
    EXPECT_EQ(tree(u"city:太原"_s), u"city:太原"_s);
    EXPECT_EQ(tree(u"county:小店区"_s), u"county:小店区"_s);
    EXPECT_EQ(tree(u"theme:招商引资"_s), u"theme:招商引资"_s);
    EXPECT_EQ(tree(u"author:贺玉斌"_s), u"author:贺玉斌"_s);
    EXPECT_EQ(tree(u"bulletin:简报"_s), u"bulletin:简报"_s);
    EXPECT_EQ(tree(u"issue:第5期"_s), u"issue:第5期"_s);
    EXPECT_EQ(tree(u"page:D1"_s), u"page:D1"_s);
    EXPECT_EQ(tree(u"Zone:\"侯马 经济\""_s), u"zone:\"侯马 经济\""_s);
    EXPECT_EQ(tree(u"ｃｉｔｙ：太原"_s), u"city:太原"_s);
    EXPECT_EQ(tree(u"foo:bar"_s), u"foo:bar"_s); // unknown field: plain text
}

TEST(QueryParser, Dates)
{
    EXPECT_EQ(tree(u"date:2023"_s), u"date:2023-01-01..2023-12-31"_s);
    EXPECT_EQ(tree(u"date:2023-02"_s), u"date:2023-02-01..2023-02-28"_s);
    EXPECT_EQ(tree(u"date:2023-05-01"_s), u"date:2023-05-01..2023-05-01"_s);
    EXPECT_EQ(tree(u"date:2023-05-01..2023-06-30"_s), u"date:2023-05-01..2023-06-30"_s);
    EXPECT_EQ(tree(u"date:2023-05..2023-06"_s), u"date:2023-05-01..2023-06-30"_s);
    EXPECT_EQ(tree(u"date:2023.."_s), u"date:2023-01-01.."_s);
    EXPECT_EQ(tree(u"date:..2022"_s), u"date:..2022-12-31"_s);
    EXPECT_TRUE(tree(u"date:2023-13"_s).startsWith(u"error:"_s));
    EXPECT_TRUE(tree(u"date:2023-02-30"_s).startsWith(u"error:"_s));
    EXPECT_TRUE(tree(u"date:2024..2023"_s).startsWith(u"error:"_s));
    EXPECT_TRUE(tree(u"date:soon"_s).startsWith(u"error:"_s));
}

TEST(QueryParser, MalformedInputIsRepairedWithWarnings)
{
    struct Case
    {
        QString input;
        QString tree;
    };
    const Case cases[] = {
        {u"\"太原 招商"_s, u"\"太原 招商\""_s},
        {u"(太原 OR 大同"_s, u"OR(太原, 大同)"_s},
        {u"太原) 大同"_s, u"AND(太原, 大同)"_s},
        {u"太原 NOT"_s, u"太原"_s},
        {u"OR 太原"_s, u"太原"_s},
        {u"太原 OR"_s, u"太原"_s},
        {u"太原 *"_s, u"太原"_s},
        {u"zone: 太原"_s, u"太原"_s},
    };
    for (const Case &c : cases) {
        const ParsedQuery parsed = parseQuery(c.input);
        EXPECT_TRUE(parsed.ok()) << c.input.toStdString();
        EXPECT_FALSE(parsed.warnings.isEmpty()) << c.input.toStdString();
        EXPECT_EQ(describe(parsed.root), c.tree) << c.input.toStdString();
    }
}

TEST(QueryParser, UnusableInputGivesAClearMessage)
{
    EXPECT_FALSE(parseQuery(u"*"_s).ok());
    EXPECT_FALSE(parseQuery(u"NOT"_s).ok());
    EXPECT_FALSE(parseQuery(QString(10000, u'晋')).ok());
    EXPECT_TRUE(parseQuery(QString(10000, u'晋')).error.contains(u"too long"_s));
    QString manyTerms;
    for (int i = 0; i < 100; ++i)
        manyTerms += u"词 "_s;
    EXPECT_FALSE(parseQuery(manyTerms).ok());
    EXPECT_FALSE(parseQuery(QString(QString(100, u'(') + u"a"_s)).ok());
    EXPECT_TRUE(parseQuery(u"   "_s).ok());
    EXPECT_FALSE(parseQuery(u"   "_s).hasQuery);
}

TEST(QueryParser, PhrasesAskWhereRunsMeetAsUnigramOrBigram)
{
    EXPECT_EQ(ftsPhrases(u"晋"_s), QStringList{u"\"晋\""_s});
    EXPECT_EQ(ftsPhrases(u"经济开发区"_s), QStringList{u"\"经济开发区\""_s});
    EXPECT_EQ(ftsPhrases(u"项目 D1"_s), QStringList{u"\"项目 D1\""_s}); // a run ends before a word
    EXPECT_EQ(ftsPhrases(u"项目 开工"_s),
              (QStringList{u"\"项目\" + \"目\" + \"开工\""_s, u"\"项目\" + \"目开\" + \"开工\""_s}));
    EXPECT_EQ(ftsPhrases(u"开发 区"_s),
              (QStringList{u"\"开发\" + \"发\" + \"区\"*"_s, u"\"开发\" + \"发区\" + \"区\"*"_s}));
    // Past eight phrases, the meeting characters are prefixes.
    const QStringList many = ftsPhrases(u"一二 三四 五六 七八 九十"_s);
    ASSERT_EQ(many.size(), 1);
    EXPECT_EQ(many.first().count(u'*'), 4);
}

TEST(QueryParser, FtsMatchQuotesEveryTerm)
{
    const ParsedQuery parsed = parseQuery(u"NEAR(a b) \"x\"\"y\" headline:开发区 -MEMS*"_s);
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed.root.isFullText());
    EXPECT_EQ(
        toFtsMatch(parsed.root),
        u"((\"NEAR\" AND \"a\" AND \"b\" AND \"x\" AND \"y\" AND {head} : \"开发区\") NOT (\"MEMS*\"))"_s);
    EXPECT_EQ(quoteFts(u"a\"b"), u"\"a\"\"b\""_s);
    // FTS5 would stop reading a string at a NUL (found by fuzz_query).
    EXPECT_EQ(quoteFts(QString(u"a"_s + QChar(0) + u"b"_s)), u"\"a b\""_s);
    EXPECT_EQ(tree(QString(u"NE"_s + QChar(0) + u"*"_s)), u"NE"_s);
}

TEST(QueryParser, FieldTermsAreNotFullText)
{
    const ParsedQuery parsed = parseQuery(u"太原 zone:侯马"_s);
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed.root.isFullText());
    EXPECT_EQ(parsed.positiveTextTerms(), QStringList{u"太原"_s});
    EXPECT_FALSE(parseQuery(u"-太原"_s).root.isFullText());
}

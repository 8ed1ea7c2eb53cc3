#include "bulletin/layoutrules.h"
#include "pagetestsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::bulletin;

namespace {

TEST(EndsSentence, FinalPunctuationAndClosers)
{
    EXPECT_TRUE(rules::endsSentence(u"园区召开会议。"_s));
    EXPECT_TRUE(rules::endsSentence(u"他说：“好！”  "_s));
    EXPECT_TRUE(rules::endsSentence(u"如下："_s));
    EXPECT_FALSE(rules::endsSentence(u"被作为典型"_s));
    EXPECT_FALSE(rules::endsSentence(u"编入《报告》"_s));
    EXPECT_FALSE(rules::endsSentence(u"面积 11"_s));
}

TEST(CleanHeading, LayoutBreaks)
{
    EXPECT_EQ(rules::cleanHeading(u" 甲 乙\u3000丙 "_s), u"甲乙丙"_s);
    EXPECT_EQ(rules::cleanHeading(u"园区 MEMS  项目"_s), u"园区 MEMS 项目"_s);
    EXPECT_EQ(rules::cleanSubheading(u"甲乙  丙丁"_s), u"甲乙 丙丁"_s);
}

TEST(MatchDateline, Forms)
{
    auto m = rules::matchDateline(u"本刊讯 5月12日，会议召开。"_s);
    EXPECT_EQ(m.dateline, u"本刊讯"_s);
    EXPECT_EQ(m.length, 4);
    m = rules::matchDateline(u"本报讯（通讯员 欧阳明华、李丽）园区开会。"_s);
    EXPECT_EQ(m.authors, (QStringList{u"欧阳明华"_s, u"李丽"_s}));
    EXPECT_EQ(rules::matchDateline(u"本月园区开会。"_s).length, 0);
    EXPECT_EQ(rules::matchDateline(u"记者了解到，园区开会。"_s).length, 0);
    EXPECT_EQ(rules::matchDateline(u"资讯显示，园区开会。"_s).length, 0);
}

TEST(MatchTrailingByline, FormsAndNonBylines)
{
    auto m = rules::matchTrailingByline(u"进行了深入探讨。(贺玉斌)"_s);
    EXPECT_EQ(m.byline, u"(贺玉斌)"_s);
    EXPECT_EQ(m.start, 8);
    m = rules::matchTrailingByline(u"完成任务。（记者 李明 通讯员 王强）"_s);
    EXPECT_EQ(m.authors, (QStringList{u"李明"_s, u"王强"_s}));
    m = rules::matchTrailingByline(u"园区发展。”（运城经开区供稿）"_s);
    EXPECT_EQ(m.authors, QStringList{u"运城经开区"_s});
    EXPECT_EQ(rules::matchTrailingByline(u"实施方案（试行）"_s).start, -1);
    EXPECT_EQ(rules::matchTrailingByline(u"报告。(2021)"_s).start, -1);
    EXPECT_EQ(rules::matchTrailingByline(u"结束。(完)"_s).start, -1);
}

TEST(IsNameLine, Names)
{
    QStringList names;
    EXPECT_TRUE(rules::isNameLine(u"吕平"_s, &names));
    EXPECT_EQ(names, QStringList{u"吕平"_s});
    EXPECT_TRUE(rules::isNameLine(u"温泉 王彦凯"_s, &names));
    EXPECT_EQ(names.size(), 2);
    EXPECT_FALSE(rules::isNameLine(u"筑巢引凤添动能"_s));
    EXPECT_FALSE(rules::isNameLine(u"第3版"_s));
}

TEST(Continuations, Markers)
{
    auto from = rules::matchContinuedFrom(u"(上接 D1 版)全方位服务。"_s);
    EXPECT_EQ(from.page, u"D1"_s);
    EXPECT_EQ(from.marker, u"(上接 D1 版)"_s);
    EXPECT_EQ(rules::matchContinuedFrom(u"（接第２版）园区"_s).page, u"2"_s);
    auto to = rules::matchContinuedTo(u"园区持续发力(下转ｄ２版)"_s);
    EXPECT_EQ(to.page, u"D2"_s);
    EXPECT_EQ(rules::matchContinuedTo(u"（转载）"_s).start, -1);
}

TEST(FindDate, FirstSentenceOnly)
{
    const QDate issue(2023, 5, 25);
    EXPECT_EQ(rules::findDate(u"为落实部署，5月18日，园区开会。"_s, issue).toIso(), u"2023-05-18"_s);
    EXPECT_TRUE(rules::findDate(u"今年以来，园区发展。5月1日开会。"_s, issue).isNull());
    EXPECT_EQ(rules::findDate(u"５月１２日，园区开会。"_s, {}).toIso(), u"--05-12"_s);
    EXPECT_TRUE(rules::findDate(u"2月30日，园区开会。"_s, issue).isNull());
    EXPECT_EQ(rules::findDate(u"2月29日，园区开会。"_s, {}).toIso(), u"--02-29"_s);
}

TEST(PartialDate, Iso)
{
    EXPECT_EQ((PartialDate{2023, 5, 12}).toIso(), u"2023-05-12"_s);
    EXPECT_EQ((PartialDate{0, 5, 12}).toIso(), u"--05-12"_s);
    EXPECT_EQ(PartialDate{}.toIso(), QString());
}

} // namespace

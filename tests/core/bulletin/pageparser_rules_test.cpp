// One or more small hand-made pages per rule of issue 3 (text written for these tests).
#include "bulletin/pageparser.h"
#include "pagetestsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::bulletin;

namespace {

ParsedPage parse(const QString &text, QDate issueDate = QDate(2024, 3, 15))
{
    ParseOptions options;
    options.issueDate = issueDate;
    const ParsedPage page = parsePage(text, options);
    EXPECT_EQ(test::nothingLostReport(text, page), QString()) << test::describe(page).toStdString();
    return page;
}

bool hasWarning(const ParsedArticle &article, const QString &part)
{
    for (const QString &warning : article.warnings) {
        if (warning.contains(part))
            return true;
    }
    return false;
}

// Rule 1 -----------------------------------------------------------------------------------------

TEST(Rule1Kicker, HeadingFollowedByHeadingIsKickerAndHeadline)
{
    const auto page = parse(u"## 在运城经济技术开发区\n\n# 省商务厅调研外贸企业稳订单情况\n\n"
                            u"本刊讯 3月8日，省商务厅调研组到运城经济技术开发区调研。(李明)\n"_s);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_EQ(page.articles[0].kicker, u"在运城经济技术开发区"_s);
    EXPECT_EQ(page.articles[0].headline, u"省商务厅调研外贸企业稳订单情况"_s);
    EXPECT_TRUE(page.articles[0].warnings.isEmpty());
}

TEST(Rule1Kicker, PlainLineAboveHeadingIsKicker)
{
    const auto page = parse(u"晋城经济技术开发区\n\n## 抓项目促投资开好局\n\n"
                            u"本刊讯 今年以来，晋城经济技术开发区聚焦项目建设。(赵华)\n"_s);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_EQ(page.articles[0].kicker, u"晋城经济技术开发区"_s);
    EXPECT_EQ(page.articles[0].headline, u"抓项目促投资开好局"_s);
    EXPECT_TRUE(hasWarning(page.articles[0], u"kicker guessed"_s));
}

TEST(Rule1Kicker, HeadlineWithoutKicker)
{
    const auto page = parse(u"### 太原经济技术开发区举办人才招聘会\n\n本报讯 3月2日，招聘会在园区举行。\n"_s);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_TRUE(page.articles[0].kicker.isEmpty());
    EXPECT_EQ(page.articles[0].headline, u"太原经济技术开发区举办人才招聘会"_s);
}

TEST(Rule1Kicker, SubtitleBelowHeadline)
{
    const auto page =
        parse(u"# 园区签约十个项目\n\n## ——总投资逾三十亿元\n\n本刊讯 3月1日，园区举行集中签约。\n"_s);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_EQ(page.articles[0].headline, u"园区签约十个项目"_s);
    EXPECT_EQ(page.articles[0].subtitle, u"——总投资逾三十亿元"_s);
    EXPECT_TRUE(page.articles[0].sections.isEmpty());
}

// Rule 2 -----------------------------------------------------------------------------------------

TEST(Rule2HeadlineInsideBody, HeadingThatCutsASentenceIsTheHeadline)
{
    const QString text =
        u"(王芳)\n\n"
        u"本刊讯 为推动企业稳产达产，3月6日，运城经济技术开发区召开一季度经济运行调度会。\n\n"
        u"会议通报了各企业生产情况，并对下一步需\n\n"
        u"## 运城经济技术开发区 召开一季度经济运行调度会\n\n"
        u"重点推进的工作作出安排。(刘强)\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 2) << test::describe(page).toStdString();
    const ParsedArticle &a = page.articles[1];
    EXPECT_EQ(a.headline, u"运城经济技术开发区召开一季度经济运行调度会"_s);
    EXPECT_EQ(a.date.toIso(), u"2024-03-06"_s);
    ASSERT_EQ(a.paragraphs.size(), 2);
    EXPECT_EQ(a.paragraphs[1], u"会议通报了各企业生产情况，并对下一步需重点推进的工作作出安排。"_s);
    EXPECT_TRUE(a.sections.isEmpty());
    EXPECT_TRUE(hasWarning(a, u"sentence it cut"_s));
}

// Rule 3 -----------------------------------------------------------------------------------------

TEST(Rule3HeadlineAfterBody, TrailingHeadingAfterBylineBelongsToThePrecedingBody)
{
    const QString text = u"## 太原经开区 举办消防演练\n\n本刊讯 3月9日，园区组织开展消防应急演练。(孙伟)\n\n"
                         u"园区坚持把优化服务作为第一要务，持续完善配套设施。\n\n"
                         u"下一步，园区将继续提升服务水平。\n\n"
                         u"周敏\n\n"
                         u"## 晋城经开区 打造一流营商环境\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 2) << test::describe(page).toStdString();
    const ParsedArticle &a = page.articles[1];
    EXPECT_EQ(a.headline, u"晋城经开区打造一流营商环境"_s);
    EXPECT_EQ(a.authors, QStringList{u"周敏"_s});
    EXPECT_EQ(a.byline, u"周敏"_s);
    EXPECT_EQ(a.paragraphs.size(), 2);
    EXPECT_TRUE(hasWarning(a, u"after its body"_s));
}

// Rule 4 -----------------------------------------------------------------------------------------

TEST(Rule4Subheadings, HeadingsAndPlainLinesInsideABodyAreSections)
{
    const QString text = u"# 运城经开区加快建设现代化园区\n\n"
                         u"今年以来，园区围绕主导产业精准发力。\n\n"
                         u"## 聚焦主导产业 招引优质项目\n\n"
                         u"园区新签约项目十二个。\n\n"
                         u"项目建设进展顺利。\n\n"
                         u"优化营商环境  \n提升服务效能\n\n"
                         u"园区推行全程代办服务。\n\n"
                         u"强化要素保障\n\n"
                         u"园区新建标准厂房五万平方米。\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 1) << test::describe(page).toStdString();
    const ParsedArticle &a = page.articles[0];
    const QList<Section> expected = {
        {u"聚焦主导产业 招引优质项目"_s, 1}, {u"优化营商环境 提升服务效能"_s, 3}, {u"强化要素保障"_s, 4}};
    EXPECT_EQ(a.sections, expected);
    EXPECT_EQ(a.paragraphs.size(), 5);
    EXPECT_EQ(a.headline, u"运城经开区加快建设现代化园区"_s);
}

TEST(Rule4Subheadings, LongPlainLineAfterAFullSentenceIsACutParagraphNotASubheading)
{
    const QString text = u"# 调研组到园区调研\n\n本刊讯 3月5日，调研组到太原经开区调研。\n\n"
                         u"调研组一行先后走访了园区新材料产\n\n"
                         u"业基地和科技企业孵化器。\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_TRUE(page.articles[0].sections.isEmpty());
    ASSERT_EQ(page.articles[0].paragraphs.size(), 2);
    EXPECT_EQ(page.articles[0].paragraphs[1], u"调研组一行先后走访了园区新材料产业基地和科技企业孵化器。"_s);
}

// Rule 5 -----------------------------------------------------------------------------------------

TEST(Rule5ColumnBreaks, UnfinishedParagraphContinuesWithoutSpace)
{
    const QString text =
        u"# 园区建设提速\n\n园区今年新建成投用的标准厂房\n\n面积达到 3 万平方米，已有多家企\n\n业入驻。\n\n"
        u"第二段完整。\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_EQ(page.articles[0].paragraphs,
              (QStringList{u"园区今年新建成投用的标准厂房面积达到 3 万平方米，已有多家企业入驻。"_s,
                           u"第二段完整。"_s}));
}

TEST(Rule5ColumnBreaks, LatinWordsKeepASpaceAndSoftLineBreaksJoin)
{
    const QString text =
        u"# 园区引进项目\n\n项目采用国际先进的 MEMS\n\nsensor 技术。\n\n园区企业\n加快发展。\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_EQ(page.articles[0].paragraphs,
              (QStringList{u"项目采用国际先进的 MEMS sensor 技术。"_s, u"园区企业加快发展。"_s}));
}

TEST(Rule5ColumnBreaks, ClosingQuoteAfterFinalPunctuationEndsTheParagraph)
{
    const auto page = parse(u"# 标题\n\n他说：“园区要再上新台阶。”\n\n另起一段。\n"_s);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_EQ(page.articles[0].paragraphs.size(), 2);
}

// Rule 6 -----------------------------------------------------------------------------------------

TEST(Rule6HeadlineSpaces, LayoutBreaksBetweenCjkGoLatinSpacesStay)
{
    const auto page = parse(u"## 晋城经济技术开发区 召开光机电产业 推进会\n\n本刊讯 3月1日，会议召开。\n\n"
                            u"## 园区 5G 应用 项目落地\n\n本刊讯 3月2日，项目落地。\n"_s);
    ASSERT_EQ(page.articles.size(), 2);
    EXPECT_EQ(page.articles[0].headline, u"晋城经济技术开发区召开光机电产业推进会"_s);
    EXPECT_EQ(page.articles[1].headline, u"园区 5G 应用项目落地"_s);
}

// Rule 7 -----------------------------------------------------------------------------------------

TEST(Rule7Datelines, DateAtStartLaterInFirstSentenceOrAbsent)
{
    const QString text = u"# 甲\n\n本刊讯 3月12日，园区召开会议。\n\n"
                         u"# 乙\n\n本刊讯 为落实全省部署，3月14日，园区开展专项行动。5月1日起施行新规。\n\n"
                         u"# 丙\n\n本刊讯 今年以来，园区项目建设加快推进。4月2日再次调度。\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 3);
    EXPECT_EQ(page.articles[0].date.toIso(), u"2024-03-12"_s);
    EXPECT_EQ(page.articles[1].date.toIso(), u"2024-03-14"_s);
    EXPECT_TRUE(page.articles[2].date.isNull());
    for (const ParsedArticle &a : page.articles)
        EXPECT_EQ(a.dateline, u"本刊讯"_s);
    EXPECT_TRUE(page.articles[0].paragraphs[0].startsWith(u"3月12日"_s));
}

TEST(Rule7Datelines, ReportersInDatelinesBecomeAuthors)
{
    const QString text = u"# 甲\n\n本报讯（记者 张伟 通讯员 李娜）3月3日，园区举行开工仪式。\n\n"
                         u"# 乙\n\n本报讯 记者 王磊 报道：园区新增企业二十家。\n\n"
                         u"# 丙\n\n记者 赵敏 报道 园区出台十条措施。\n\n"
                         u"# 丁\n\n通讯员 陈刚 3月4日，园区召开座谈会。\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 4) << test::describe(page).toStdString();
    EXPECT_EQ(page.articles[0].dateline, u"本报讯（记者 张伟 通讯员 李娜）"_s);
    EXPECT_EQ(page.articles[0].authors, (QStringList{u"张伟"_s, u"李娜"_s}));
    EXPECT_EQ(page.articles[0].date.toIso(), u"2024-03-03"_s);
    EXPECT_EQ(page.articles[1].dateline, u"本报讯 记者 王磊 报道："_s);
    EXPECT_EQ(page.articles[1].authors, QStringList{u"王磊"_s});
    EXPECT_EQ(page.articles[1].paragraphs[0], u"园区新增企业二十家。"_s);
    EXPECT_EQ(page.articles[2].dateline, u"记者 赵敏 报道"_s);
    EXPECT_EQ(page.articles[3].dateline, u"通讯员 陈刚"_s);
    EXPECT_EQ(page.articles[3].date.toIso(), u"2024-03-04"_s);
}

TEST(Rule7Datelines, SentenceStartingWithReporterIsNotADateline)
{
    const auto page = parse(u"# 甲\n\n记者从园区管委会获悉，一季度园区经济运行良好。\n"_s);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_TRUE(page.articles[0].dateline.isEmpty());
}

TEST(Rule7Datelines, YearComesFromTheIssueOrStaysUnknown)
{
    const QString text = u"# 甲\n\n本刊讯 12月28日，园区召开年度总结会。\n"_s;
    EXPECT_EQ(parse(text, QDate(2024, 1, 10)).articles[0].date.toIso(), u"2023-12-28"_s);
    EXPECT_EQ(parse(text, QDate(2023, 12, 30)).articles[0].date.toIso(), u"2023-12-28"_s);
    EXPECT_EQ(parse(text, QDate()).articles[0].date.toIso(), u"--12-28"_s);
    EXPECT_EQ(parse(u"# 甲\n\n本刊讯 2022年6月1日，园区挂牌。\n"_s).articles[0].date.toIso(),
              u"2022-06-01"_s);
}

// Rule 8 -----------------------------------------------------------------------------------------

TEST(Rule8Bylines, BracketedNamesAtTheEndBecomeAuthors)
{
    const QString text = u"# 甲\n\n本刊讯 园区开展培训。(刘洋)\n\n"
                         u"# 乙\n\n本刊讯 园区开展评比。（郭静、胡斌）\n\n"
                         u"# 丙\n\n本刊讯 园区开展宣讲。（马丽 林涛）\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 3);
    EXPECT_EQ(page.articles[0].authors, QStringList{u"刘洋"_s});
    EXPECT_EQ(page.articles[0].byline, u"(刘洋)"_s);
    EXPECT_EQ(page.articles[0].paragraphs[0], u"园区开展培训。"_s);
    EXPECT_EQ(page.articles[1].authors, (QStringList{u"郭静"_s, u"胡斌"_s}));
    EXPECT_EQ(page.articles[2].authors, (QStringList{u"马丽"_s, u"林涛"_s}));
}

TEST(Rule8Bylines, BracketsThatAreNotBylinesStayInTheText)
{
    const auto page = parse(u"# 甲\n\n园区印发实施方案（试行）\n\n全文见附件。\n\n园区发布报告(2023)。\n"_s);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_TRUE(page.articles[0].authors.isEmpty());
    EXPECT_TRUE(page.articles[0].byline.isEmpty());
}

TEST(Rule8Bylines, BareNameLineBeforeTheNextArticleIsTheByline)
{
    const QString text =
        u"# 甲\n\n园区召开会议。\n\n会议要求抓好落实。\n\n罗军\n\n# 乙\n\n园区举办活动。\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 2) << test::describe(page).toStdString();
    EXPECT_EQ(page.articles[0].authors, QStringList{u"罗军"_s});
    EXPECT_EQ(page.articles[0].paragraphs.size(), 2);
    EXPECT_TRUE(hasWarning(page.articles[0], u"byline"_s));
    EXPECT_EQ(page.articles[1].headline, u"乙"_s);
}

// Rule 9 -----------------------------------------------------------------------------------------

TEST(Rule9Continuations, ContinuedFromAndToMarkers)
{
    const QString text = u"（上接第3版）园区持续优化服务，企业发展信心更足。\n\n"
                         u"# 运城经开区启动数字化改造\n\n本刊讯 3月7日，园区启动企业数字化改造行动，"
                         u"首批二十家企业参与。(下转 D4 版)\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 2) << test::describe(page).toStdString();
    EXPECT_EQ(page.articles[0].continuedFrom, u"3"_s);
    EXPECT_EQ(page.articles[0].continuedFromMarker, u"（上接第3版）"_s);
    EXPECT_TRUE(page.articles[0].headline.isEmpty());
    EXPECT_FALSE(hasWarning(page.articles[0], u"no headline"_s));
    EXPECT_EQ(page.articles[1].continuedTo, u"D4"_s);
    EXPECT_EQ(page.articles[1].continuedToMarker, u"(下转 D4 版)"_s);
    EXPECT_TRUE(page.articles[1].paragraphs.back().endsWith(u"参与。"_s));
}

TEST(Rule9Continuations, FragmentFollowedByAFeatureWithTrailingHeadline)
{
    const QString text = u"(上接 A1 版)企业负责人表示，将继续扩大投资。\n\n"
                         u"## 做强主导产业\n\n园区聚焦装备制造。\n\n## 做优服务环境\n\n园区推行帮办代办。\n\n"
                         u"高杰\n\n# 太原经开区 高质量发展势头强劲\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 2) << test::describe(page).toStdString();
    EXPECT_EQ(page.articles[0].continuedFrom, u"A1"_s);
    EXPECT_EQ(page.articles[0].paragraphs.size(), 1);
    EXPECT_EQ(page.articles[1].headline, u"太原经开区高质量发展势头强劲"_s);
    EXPECT_EQ(page.articles[1].subheadings(), (QStringList{u"做强主导产业"_s, u"做优服务环境"_s}));
    EXPECT_EQ(page.articles[1].authors, QStringList{u"高杰"_s});
}

// Rule 10 and robustness -------------------------------------------------------------------------

TEST(Rule10Warnings, ArticleWithoutHeadlineIsFlagged)
{
    const auto page = parse(u"园区召开会议，研究部署重点工作。\n"_s);
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_TRUE(hasWarning(page.articles[0], u"no headline"_s));
}

TEST(Robustness, PageWithoutHeadingsAndPunctuationOnlyLines)
{
    const QString text =
        u"本报讯 3月1日，园区召开会议。(林涛)\n\n* * *\n\n——\n\n本报讯 3月2日，园区举办活动。\n"_s;
    const auto page = parse(text);
    ASSERT_EQ(page.articles.size(), 2) << test::describe(page).toStdString();
    EXPECT_EQ(page.articles[1].paragraphs.size(), 1);
}

TEST(Robustness, EmptyAndMarkupOnlyPages)
{
    EXPECT_TRUE(parse(QString()).articles.isEmpty());
    EXPECT_TRUE(parse(u"\n\n  \n"_s).articles.isEmpty());
    EXPECT_TRUE(parse(u"#\n\n## \n\n###"_s).articles.isEmpty());
    EXPECT_EQ(parse(u"#######\n"_s).articles.size(), 1);
}

TEST(Robustness, MastheadIsRecognisedAndKept)
{
    const auto page =
        parse(u"山西开发区简报 2024年3月15日 第6期\n\n# 园区新闻\n\n本刊讯 3月1日，园区开会。\n"_s);
    EXPECT_EQ(page.masthead.issueNo, u"6"_s);
    EXPECT_EQ(page.masthead.issueDate, QDate(2024, 3, 15));
    ASSERT_EQ(page.articles.size(), 1);
    EXPECT_EQ(page.articles[0].headline, u"园区新闻"_s);
}

// Speed is bench_bulletin's business; a quadratic slip here would run into ctest's timeout.
TEST(Robustness, TenThousandHeadingsAndAHugeLine)
{
    QString headings;
    for (int i = 0; i < 10000; ++i)
        headings += u"## 标题"_s + QString::number(i) + u"\n\n"_s;
    const auto many = parse(headings);
    EXPECT_EQ(many.articles.size(), 10000 - 2);
    QString line;
    line.reserve(8 * 1024 * 1024);
    while (line.size() < 8 * 1024 * 1024)
        line += u"园区项目建设，"_s;
    const auto huge = parsePage(line, {});
    ASSERT_EQ(huge.articles.size(), 1);
    EXPECT_EQ(huge.articles[0].paragraphs.front().size(), line.size());
}

} // namespace

// Golden test of the real page in the shared folder (never copied into the repository).
#include "bulletin/pageparser.h"
#include "pagetestsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::bulletin;

namespace {

const QString SamplePath = u"samples/shanxi-bulletin-2023-05-page.md"_s;

struct Expected
{
    QString kicker;
    QString headline;
    QString date;
    QStringList authors;
    QStringList subheadings;
    QString continuedFrom;
    QString bodyStart;
    QString bodyEnd;
};

class RealPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_text = test::readSharedSample(SamplePath);
        if (m_text.isEmpty())
            GTEST_SKIP() << "real sample page absent: " << ZA_SHARED_DIR << "/" << qPrintable(SamplePath);
        ParseOptions options;
        options.issueDate = QDate(2023, 5, 25);
        m_page = parsePage(m_text, options);
    }

    QString m_text;
    ParsedPage m_page;
};

TEST_F(RealPage, GivesTheEightArticlesInOrder)
{
    const QList<Expected> expected = {
        {u"在太原西山生态修复和文化旅游示范区"_s,
         u"临汾市委副书记、市长王延峰考察生态治理模式"_s,
         u"2023-05-12"_s,
         {u"贺玉斌"_s},
         {},
         {},
         u"5月12日，临汾市委副书记"_s,
         u"进行了深入探讨。"_s},
        {u"侯马经济开发区"_s,
         u"全力推动开发区升级版提质提速"_s,
         {},
         {u"贺玉斌"_s},
         {},
         {},
         u"今年以来，侯马经济开发区"_s,
         u"按序时进度完成全年目标任务。"_s},
        {{},
         u"忻州经济开发区召开冶金工贸行业重大事故隐患专项排查整治动员部署会议"_s,
         u"2023-05-18"_s,
         {u"张虎虎"_s},
         {},
         {},
         u"为深入贯彻落实省、市冶金工贸"_s,
         u"扎实推进专项行动各项工作。"_s},
        {{},
         u"大同经济技术开发区召开全区转型综改牵引性集成改革试点工作推进会"_s,
         u"2023-05-17"_s,
         {u"孟国宇"_s},
         {},
         {},
         u"5月17日，大同经济技术开发区"_s,
         u"提出有突破性的意见建议。"_s},
        {{},
         u"省科技厅调研组在长治经开区开展专题调研"_s,
         u"2023-05-16"_s,
         {u"靳晓妹"_s},
         {},
         {},
         u"5月16日，省科技厅"_s,
         u"以科技创新支撑行业高质量发展。"_s},
        {{},
         u"晋中市委督查指导二组在晋中国家农高区开展督查"_s,
         u"2023-05-17"_s,
         {u"温泉"_s, u"王彦凯"_s},
         {},
         {},
         u"5月17日，由晋中市委督查指导二组"_s,
         u"按照时间节点认真完成各项工作。"_s},
        {{}, {}, {}, {}, {}, u"D1"_s, u"全方位、全流程无微不至的服务"_s, u"安心发展、舒心生活！"_s},
        {{},
         u"左云经济技术开发区打造绿色低碳发展新样板"_s,
         {},
         {u"吕平"_s},
         {u"围绕高质量发展 布局规划高起点"_s, u"严把环境准入关 筑巢引凤添动能"_s,
          u"拓展延伸产业链 打造绿色集约专业镇"_s},
         {},
         u"锚定打造绿色环保园区发展目标"_s,
         u"打造绿色低碳“新样本”。"_s},
    };
    const std::string dump = test::describe(m_page).toStdString();
    ASSERT_EQ(m_page.articles.size(), expected.size()) << dump;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE("article " + std::to_string(i));
        const ParsedArticle &a = m_page.articles.at(i);
        const Expected &e = expected.at(i);
        EXPECT_EQ(a.kicker, e.kicker);
        EXPECT_EQ(a.headline, e.headline);
        EXPECT_EQ(a.date.toIso(), e.date);
        EXPECT_EQ(a.authors, e.authors);
        EXPECT_EQ(a.subheadings(), e.subheadings);
        EXPECT_EQ(a.continuedFrom, e.continuedFrom);
        EXPECT_TRUE(a.continuedTo.isEmpty());
        ASSERT_FALSE(a.paragraphs.isEmpty());
        EXPECT_TRUE(a.paragraphs.front().startsWith(e.bodyStart))
            << a.paragraphs.front().left(40).toStdString();
        EXPECT_TRUE(a.paragraphs.back().endsWith(e.bodyEnd)) << a.paragraphs.back().right(40).toStdString();
    }
    EXPECT_EQ(m_page.articles.at(6).byline, QString());
    EXPECT_EQ(m_page.articles.at(6).continuedFromMarker, u"(上接 D1 版)"_s);
}

TEST_F(RealPage, DatelinesAreSeparated)
{
    for (qsizetype i : {0, 1, 2, 3, 4, 5})
        EXPECT_EQ(m_page.articles.at(i).dateline, u"本刊讯"_s) << i;
    EXPECT_TRUE(m_page.articles.at(6).dateline.isEmpty());
    EXPECT_TRUE(m_page.articles.at(7).dateline.isEmpty());
}

TEST_F(RealPage, ColumnBrokenParagraphsAreJoinedWithoutSpaces)
{
    const QString all = [this] {
        QString text;
        for (const ParsedArticle &a : m_page.articles)
            text += a.body() + u"\n\n"_s;
        return text;
    }();
    for (const QString &joined :
         {u"被作为典型案例编入"_s, u"唯美诺中小企业创业园"_s, u"标准厂房面积可达"_s, u"近期需开展的工作"_s,
          u"工作的必要性和紧迫性"_s, u"逐项整改，确保"_s, u"提升产业研发合作层次"_s,
          u"山西省中药材集团育苗基地"_s, u"全面优化提升性能"_s, u"全力打造晋北现代煤化工"_s})
        EXPECT_TRUE(all.contains(joined)) << joined.toStdString();
    // Paragraph boundaries that are real stay.
    const ParsedArticle &first = m_page.articles.at(0);
    EXPECT_EQ(first.paragraphs.size(), 5);
}

TEST_F(RealPage, SubheadingsKeepTheirPlace)
{
    const ParsedArticle &feature = m_page.articles.at(7);
    ASSERT_EQ(feature.sections.size(), 3);
    EXPECT_EQ(feature.sections.at(0).firstParagraph, 0);
    EXPECT_TRUE(feature.paragraphs.at(feature.sections.at(1).firstParagraph).startsWith(u"该园区始终坚持"_s));
    EXPECT_TRUE(feature.paragraphs.at(feature.sections.at(2).firstParagraph).startsWith(u"该园区充分利用"_s));
    EXPECT_EQ(feature.byline, u"吕平"_s);
}

TEST_F(RealPage, UncertainDecisionsAreWarned)
{
    const auto hasWarning = [](const ParsedArticle &a, const QString &part) {
        for (const QString &w : a.warnings) {
            if (w.contains(part))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(hasWarning(m_page.articles.at(1), u"kicker guessed"_s));
    EXPECT_TRUE(hasWarning(m_page.articles.at(2), u"inside its body"_s));
    EXPECT_TRUE(hasWarning(m_page.articles.at(7), u"after its body"_s));
    EXPECT_TRUE(hasWarning(m_page.articles.at(7), u"byline"_s));
    EXPECT_TRUE(hasWarning(m_page.articles.at(7), u"subheading"_s));
    EXPECT_TRUE(m_page.articles.at(0).warnings.isEmpty())
        << m_page.articles.at(0).warnings.join(u'\n').toStdString();
}

TEST_F(RealPage, NothingIsLost)
{
    EXPECT_EQ(test::nothingLostReport(m_text, m_page), QString());
}

TEST_F(RealPage, WithoutIssueDateTheYearStaysUnknown)
{
    const ParsedPage page = parsePage(m_text, {});
    ASSERT_EQ(page.articles.size(), 8);
    EXPECT_EQ(page.articles.at(0).date.toIso(), u"--05-12"_s);
}

} // namespace

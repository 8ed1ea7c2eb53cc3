#include "places/figures.h"
#include "testprint.h"

#include <gtest/gtest.h>

using namespace za::places;
using namespace Qt::StringLiterals;

namespace {

const FigureExtractor &extractor()
{
    static const FigureExtractor e({u"经济开发区"_s, u"经济技术开发区"_s, u"经开区"_s});
    return e;
}

} // namespace

TEST(Figures, InvestmentAndGrowth)
{
    const QList<Figure> f = extractor().extract(u"侯马经济开发区工业投资完成3.26亿元，同比增长28.9%；"_s);
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(f.at(0).metric, u"工业投资"_s);
    ASSERT_TRUE(f.at(0).value.has_value());
    EXPECT_DOUBLE_EQ(*f.at(0).value, 3.26);
    EXPECT_EQ(f.at(0).unit, u"亿元"_s);
    EXPECT_EQ(f.at(0).text, u"3.26亿元"_s);
    EXPECT_EQ(f.at(1).metric, u"工业投资 同比增长"_s);
    EXPECT_DOUBLE_EQ(*f.at(1).value, 28.9);
    EXPECT_EQ(f.at(1).unit, u"%"_s);
}

TEST(Figures, UnitsAndSpaces)
{
    const QList<Figure> f =
        extractor().extract(u"建设并交付使用的标准厂房 6800 平方米，计划新建 4 万平方米，总投资 27.3 亿元"_s);
    ASSERT_EQ(f.size(), 3);
    EXPECT_EQ(f.at(0).metric, u"标准厂房"_s);
    EXPECT_EQ(f.at(0).unit, u"平方米"_s);
    EXPECT_DOUBLE_EQ(*f.at(0).value, 6800);
    EXPECT_EQ(f.at(1).unit, u"万平方米"_s);
    EXPECT_DOUBLE_EQ(*f.at(1).value, 4);
    EXPECT_EQ(f.at(2).metric, u"总投资"_s);
}

TEST(Figures, CountsTakeTheThingCounted)
{
    const QList<Figure> f = extractor().extract(u"通过对今年确定的27个重点项目逐个进行调研"_s);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.front().metric, u"重点项目"_s);
    EXPECT_EQ(f.front().unit, u"个"_s);
}

TEST(Figures, ChineseNumerals)
{
    const QList<Figure> f = extractor().extract(u"已帮助入园企业完成技改项目三项，是一个缩影"_s);
    ASSERT_EQ(f.size(), 1);
    EXPECT_DOUBLE_EQ(*f.front().value, 3);
    EXPECT_EQ(f.front().unit, u"项"_s);
    EXPECT_EQ(f.front().text, u"三项"_s);
    EXPECT_EQ(f.front().metric, u"技改项目"_s);
    EXPECT_DOUBLE_EQ(*extractor().extract(u"新签约十二个项目"_s).front().value, 12);
}

TEST(Figures, RangesAndProducts)
{
    const QList<Figure> r = extractor().extract(u"预计总投资3-5亿元"_s);
    ASSERT_EQ(r.size(), 1);
    EXPECT_FALSE(r.front().value.has_value());
    EXPECT_EQ(r.front().text, u"3-5亿元"_s);
    const QList<Figure> p = extractor().extract(u"正在谋划实施的 2×100 万千瓦煤电联产项目"_s);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p.front().text, u"2×100 万千瓦"_s);
    EXPECT_EQ(p.front().unit, u"万千瓦"_s);
    EXPECT_DOUBLE_EQ(*p.front().value, 200);
}

TEST(Figures, NotFigures)
{
    EXPECT_TRUE(extractor().extract(u"2023年5月12日，一是聚焦招大引强，全省唯一一家，个人家庭"_s).isEmpty());
    EXPECT_TRUE(extractor().extract(u"第三个"_s).isEmpty());
}

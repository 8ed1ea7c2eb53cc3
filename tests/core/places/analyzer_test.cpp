#include "places/analyzer.h"
#include "testprint.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace za::places;
using namespace Qt::StringLiterals;

namespace {

const ZoneMention *zone(const ArticleAnalysis &r, const QString &name)
{
    for (const ZoneMention &z : r.zones)
        if (z.name == name)
            return &z;
    return nullptr;
}

} // namespace

TEST(Analyzer, AnaphoraMakesTheReferredZonePrimary)
{
    ArticleText a;
    a.headline = u"绿色发展结硕果"_s;
    a.paragraphs = {u"近年来，平遥县大力推进产业转型。"_s,
                    u"平遥经济开发区负责人介绍，该园区今年新引进企业12家，园区企业产值持续增长。"_s,
                    u"下一步，该园区将对标苏州高新区，加快发展。"_s};
    const ArticleAnalysis r = Analyzer::instance().analyze(a, {u"山西省"_s});
    const ZoneMention *pingyao = zone(r, u"平遥经济开发区"_s);
    ASSERT_NE(pingyao, nullptr);
    EXPECT_EQ(pingyao->role, ZoneRole::Primary);
    EXPECT_TRUE(pingyao->discovered);
    EXPECT_EQ(pingyao->city, u"晋中市"_s);
    const ZoneMention *suzhou = zone(r, u"苏州高新技术产业开发区"_s);
    ASSERT_NE(suzhou, nullptr);
    EXPECT_EQ(suzhou->role, ZoneRole::Mentioned);
    EXPECT_TRUE(r.cities.contains(u"晋中市"_s));
    EXPECT_FALSE(r.cities.contains(u"苏州市"_s))
        << "a mentioned zone does not file the article under its city";
}

TEST(Analyzer, HeadlineZoneIsPrimaryAndShortFormsAreOneZone)
{
    ArticleText a;
    a.headline = u"省科技厅调研组 在长治经开区开展专题调研"_s;
    a.paragraphs = {u"本刊讯 5月16日，调研组在长治经济技术开发区调研企业技术创新工作。"_s};
    const ArticleAnalysis r = Analyzer::instance().analyze(a, {u"山西省"_s});
    ASSERT_EQ(r.zones.size(), 1);
    EXPECT_EQ(r.zones.front().name, u"长治经济技术开发区"_s);
    EXPECT_EQ(r.zones.front().asWritten, u"长治经开区"_s);
    EXPECT_EQ(r.zones.front().role, ZoneRole::Primary);
    EXPECT_FALSE(r.zones.front().discovered);
    EXPECT_EQ(r.cities, QStringList{u"长治市"_s});
    EXPECT_EQ(r.provinces, QStringList{u"山西省"_s});
}

TEST(Analyzer, NoZoneNoPrimary)
{
    ArticleText a;
    a.paragraphs = {u"高平市招商引资的过程，是晋城市招商引资工作的一个缩影，确保社会长治久安。"_s};
    const ArticleAnalysis r = Analyzer::instance().analyze(a, {u"山西省"_s});
    EXPECT_TRUE(r.zones.isEmpty());
    EXPECT_TRUE(r.cities.contains(u"晋城市"_s));
    EXPECT_FALSE(r.cities.contains(u"长治市"_s));
    EXPECT_EQ(r.counties, QStringList{u"高平市"_s});
}

TEST(Analyzer, ConstUseFromSeveralThreads)
{
    ArticleText a;
    a.headline = u"左云经济技术开发区 打造绿色低碳发展新样板"_s;
    a.paragraphs = {u"该园区持续投入节能环保资金，推进绿色低碳循环发展，总投资27.3亿元。"_s};
    const Analyzer &analyzer = Analyzer::instance();
    const ArticleAnalysis expected = analyzer.analyze(a, {u"山西省"_s});
    std::vector<ArticleAnalysis> results(8);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&analyzer, &a, &results, i] {
            for (int n = 0; n < 20; ++n)
                results[i] = analyzer.analyze(a, {u"山西省"_s});
        });
    for (std::thread &t : threads)
        t.join();
    for (const ArticleAnalysis &r : results) {
        ASSERT_EQ(r.zones.size(), expected.zones.size());
        EXPECT_EQ(r.zones.front().name, expected.zones.front().name);
        EXPECT_EQ(r.cities, expected.cities);
        EXPECT_EQ(r.figures.size(), expected.figures.size());
    }
}
